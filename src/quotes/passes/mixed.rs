//! `quotes.mixed`: a quotation inside a mixed quote ("X reports that ...
//! "keep it under wraps"") has that quote's source and cue.

use super::{Run, Strategy};
use crate::quotes::state::{Context, Found, Recent, State};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.mixed",
        about: crate::passes::about("a quotation inside a mixed quote has that quote's source"),
    },
    run: Run::Within(run),
};

fn run(_cx: &Context, state: &State, recent: &Recent, q: usize) -> Option<Found> {
    let &[start, end] = state.quotes[q].spans.first()?;
    // Mixed quotes are one per sentence, so only the nearest one starting
    // before a quotation can hold it.
    let idx = recent.mixed.partition_point(|m| m.0 <= start);
    let &(_, outer_end, r) = idx.checked_sub(1).map(|i| &recent.mixed[i])?;
    if end > outer_end {
        return None;
    }
    let outer = &state.quotes[r];
    Some(Found {
        cue: outer.cue.clone(),
        ..Found::speaker(outer.speaker.clone()?)
    })
}
