//! `quotes.dash`: a dash and a name after a quotation, as a signature:
//! ""..." ― Pamela Padilla".

use super::{Run, Strategy};
use crate::quotes::index::sentence_of;
use crate::quotes::marks::Marked;
use crate::quotes::state::{Context, Found, State};
use crate::quotes::MAX_SPEAKER_TOKENS;
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.dash",
        about: crate::passes::about(
            "a dash and a name after the quotation: \"\"...\" - Pamela Padilla\"",
        ),
    },
    run: Run::Beside(run),
};

fn run(cx: &Context, _state: &State, m: &Marked) -> Option<Found> {
    let at = &cx.at;
    let dash = m.close_token + 1;
    let is_dash = dash + 1 < cx.structure.tokens.len()
        && matches!(
            at.word(dash),
            "-" | "--" | "\u{2013}" | "\u{2014}" | "\u{2015}"
        );
    if !is_dash {
        return None;
    }
    let end = sentence_of(cx.structure, dash + 1)
        .end
        .min(dash + 1 + MAX_SPEAKER_TOKENS);
    // A name or a capitalised run, not a phrase: ""..." - a charge that
    // might have stung" is no attribution.
    let named = |_: &usize| at.capitalised(dash + 1);
    let last = at.speaker_from(dash + 1, end).filter(named).or_else(|| {
        let run = (dash + 1..end)
            .take_while(|&j| at.capitalised(j) || at.word(j) == ".")
            .last()?;
        (at.capitalised(dash + 1) && run > dash + 1).then_some(run)
    })?;
    Some(Found::speaker(at.mention(dash + 1, last)))
}
