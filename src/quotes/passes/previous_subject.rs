//! `quotes.previous_subject`: a quotation that is a sentence of its own,
//! after a sentence (of this paragraph or the last) about someone named,
//! with no attribution of its own since: "Sen. Bernie Sanders identified
//! young voters' exhaustion ... "The younger people are sick and tired.""

use super::{Run, Strategy};
use crate::quotes::index::sentence_of;
use crate::quotes::state::{Context, Found, Recent, State};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.previous_subject",
        about: crate::passes::about(
            "a quotation opening its sentence: the named subject of the sentence before",
        ),
    },
    run: Run::Inherited(run),
};

fn run(cx: &Context, state: &State, recent: &Recent, q: usize) -> Option<Found> {
    let (structure, at) = (cx.structure, &cx.at);
    let paragraph_of = |i: usize| structure.paragraphs.partition_point(|p| p.tokens.end <= i);
    let open = state.extents[q].0;
    let sentence = sentence_of(structure, open);
    if !(open == sentence.start && sentence.start > 0) {
        return None;
    }
    let previous = sentence_of(structure, sentence.start - 1);
    let spoke_since = recent.last_own.is_some_and(|i| i >= previous.start);
    if paragraph_of(previous.start) + 1 < paragraph_of(open) || spoke_since {
        return None;
    }
    let (first, last) = at
        .subject(previous.clone(), previous.end, &state.quoted)
        .filter(|&(first, last)| (first..=last).any(|k| at.in_entity[k]))?;
    Some(Found::speaker(at.mention(first, last)))
}
