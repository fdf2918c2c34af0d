//! `quotes.inverted`: the cue first, opening the sentence or its clause,
//! right before a quotation: "Said Ellis: "..."", "But, said Solovey,
//! "..."".

use super::{Run, Strategy};
use crate::quotes::marks::Marked;
use crate::quotes::state::{Context, Found, State};
use crate::quotes::MAX_SPEAKER_TOKENS;
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.inverted",
        about: crate::passes::about(
            "the cue, then the speaker, before the quotation: \"Said Ellis: \"...\"\"",
        ),
    },
    run: Run::Beside(run),
};

fn run(cx: &Context, state: &State, m: &Marked) -> Option<Found> {
    let at = &cx.at;
    let (sentence, c) = super::before::lead_in(cx, m);
    if !(c > sentence.start + 1 && c < m.open_token && matches!(at.word(c), "," | ":")) {
        return None;
    }
    let (j, last) = (sentence.start.max(c.saturating_sub(2 + MAX_SPEAKER_TOKENS))..c - 1)
        .filter(|&j| {
            at.is_cue(j)
                && !state.used_cue[j]
                && (j == sentence.start || at.word(j - 1) == ",")
                && at.may_open_speaker(j + 1)
        })
        .find_map(|j| {
            let last = at.speaker_from(j + 1, c).filter(|&last| last + 1 == c)?;
            Some((j, last))
        })?;
    Some(Found {
        claims: Some(j),
        ..Found::with_cue(at.mention(j + 1, last), at.mention(j, j))
    })
}
