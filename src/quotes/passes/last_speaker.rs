//! `quotes.last_speaker`: a quotation with no other evidence goes to
//! whoever spoke last, in this paragraph or the one before.

use super::{Run, Strategy};
use crate::quotes::state::{Context, Found, Recent, State};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.last_speaker",
        about: crate::passes::about(
            "otherwise whoever spoke last, in this or the previous paragraph",
        ),
    },
    run: Run::Inherited(run),
};

fn run(cx: &Context, state: &State, recent: &Recent, q: usize) -> Option<Found> {
    let structure = cx.structure;
    let paragraph_of = |i: usize| structure.paragraphs.partition_point(|p| p.tokens.end <= i);
    let open = state.extents[q].0;
    let (i, speaker) = recent.last_said.as_ref()?;
    (paragraph_of(open) <= paragraph_of(*i) + 1).then(|| Found::speaker(speaker.clone()))
}
