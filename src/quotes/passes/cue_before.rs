//! `quotes.cue_before`: a quotation inside its sentence takes the cue
//! before it in that sentence and the cue's speaker: "Trump called the
//! deal "a disaster"".

use std::ops::Range;

use super::{Run, Strategy};
use crate::quotes::index::sentence_of;
use crate::quotes::state::{Context, Found, Recent, State};
use crate::quotes::{ATTRIBUTION_WINDOW, MAX_PARENTHETICAL};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.cue_before",
        about: crate::passes::about(
            "a quotation inside its sentence: the cue before it and its speaker",
        ),
    },
    run: Run::Within(run),
};

/// For a quotation that opens inside its sentence: the sentence, and the
/// tokens before the quotation that the strategies of its sentence read.
pub(super) fn inside(cx: &Context, open: usize) -> Option<(Range<usize>, Range<usize>)> {
    let sentence = sentence_of(cx.structure, open);
    if open <= sentence.start {
        return None;
    }
    let from = sentence
        .start
        .max(open.saturating_sub(ATTRIBUTION_WINDOW + MAX_PARENTHETICAL));
    Some((sentence, from..open))
}

fn run(cx: &Context, state: &State, _recent: &Recent, q: usize) -> Option<Found> {
    let at = &cx.at;
    let (sentence, before) = inside(cx, state.extents[q].0)?;
    let (c, (first, last)) = before
        .rev()
        .filter(|&c| at.is_cue(c) && !at.used_as_noun(c))
        .find_map(|c| Some((c, at.speaker_before_cue(c, sentence.start)?)))?;
    Some(Found::with_cue(at.mention(first, last), at.mention(c, c)))
}
