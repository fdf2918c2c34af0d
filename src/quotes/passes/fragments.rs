//! `quotes.fragments`: a quotation inside a mixed quote ("X reports that
//! ... "keep it under wraps"") is a piece of that quote, listed in its
//! `fragments`, not a quote of its own: each quote is listed once.

use super::{Run, Strategy};
use crate::quotes::state::{Context, State};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.fragments",
        about: crate::passes::about(
            "a quotation inside a mixed quote is its fragment, not a second quote",
        ),
    },
    run: Run::Finish(run),
};

fn run(cx: &Context, state: &mut State) {
    let n_direct = state.n_direct;
    // Direct quotes are in text order: for each mixed quote, those that
    // start inside it are found by a binary search.
    let starts: Vec<usize> = state.quotes[..n_direct]
        .iter()
        .map(|q| q.spans.first().map_or(0, |s| s[0]))
        .collect();
    for m in n_direct..state.quotes.len() {
        if state.quotes[m].kind != "mixed" {
            continue;
        }
        let Some(&[start, end]) = state.quotes[m].spans.first() else {
            continue;
        };
        let first = starts.partition_point(|&s| s < start);
        let mut named_term = false;
        for (d, &from) in starts.iter().enumerate().skip(first) {
            if from >= end {
                break;
            }
            let inside = state.quotes[d]
                .spans
                .iter()
                .all(|&[s, e]| start <= s && e <= end);
            // A quoted name is left to `quotes.terms` (only while that
            // pass is on: switched off, it has no effect here either).
            if inside && cx.terms_on && super::terms::named_term(cx, state, d) {
                named_term = true;
            } else if inside && !state.gone[d] {
                let pieces = state.quotes[d].spans.clone();
                state.quotes[m].fragments.extend(pieces);
                state.gone[d] = true;
            }
        }
        // A report whose only quotation is a term ("defended what he
        // called a "New GM""; `quotes.terms` lists it) quotes no words.
        if state.quotes[m].fragments.is_empty() && named_term {
            state.quotes[m].kind = "indirect".into();
        }
    }
}
