//! `quotes.as_put_it`: "as X put it", before or after the quotation ("as a
//! Homeland Security memo put it").

use super::{Run, Strategy};
use crate::quotes::index::sentence_of;
use crate::quotes::state::{Context, Found, Recent, State};
use crate::quotes::{ATTRIBUTION_WINDOW, MAX_PARENTHETICAL};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.as_put_it",
        about: crate::passes::about("\"as X put it\" near the quotation"),
    },
    run: Run::Within(run),
};

fn run(cx: &Context, state: &State, _recent: &Recent, q: usize) -> Option<Found> {
    let at = &cx.at;
    let (open, close) = state.extents[q];
    let sentence = sentence_of(cx.structure, open);
    let window = ATTRIBUTION_WINDOW + MAX_PARENTHETICAL;
    let near =
        sentence.start.max(open.saturating_sub(window))..sentence.end.min(close + 1 + window);
    let (first, last, cue) = at.as_put_it(near)?;
    Some(Found::with_cue(
        at.mention(first, last),
        at.mention(cue, cue + 1),
    ))
}
