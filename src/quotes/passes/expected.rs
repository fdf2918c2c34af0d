//! `quotes.expected`: an expectation with no named source: "Sanders is
//! expected to win", "a role that is widely expected to be filled by
//! Ryan". The whole clause is what is expected; nobody is its source.

use super::{Run, Strategy};
use crate::quotes::state::{Context, State};
use crate::segment::lower;
use crate::text::words::is_be;
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.expected",
        about: crate::passes::about(
            "an expectation with no source: \"Sanders is expected to win\"",
        ),
    },
    run: Run::Document(run),
};

fn run(cx: &Context, state: &mut State) {
    let (structure, at) = (cx.structure, &cx.at);
    let tokens = &structure.tokens;
    let mut covered = state.covered(tokens);
    for sentence in &structure.sentences {
        let range = sentence.tokens.clone();
        let end = at.end_before_stop(&range);
        for cue in range.start + 1..end.saturating_sub(1) {
            if !at.word(cue).eq_ignore_ascii_case("expected")
                || state.used_cue[cue]
                || at.word(cue + 1) != "to"
            {
                continue;
            }
            // A form of "be" before it, past an adverb or "not": "is
            // widely expected", "are not expected".
            let mut be = cue - 1;
            while be > range.start
                && (crate::resources::lists::quotes::auxiliaries::contains(
                    lower(at.word(be)).as_ref(),
                ) || (at.word(be).ends_with("ly") && !at.capitalised(be)))
                && !is_be(lower(at.word(be)).as_ref())
            {
                be -= 1;
            }
            if !is_be(lower(at.word(be)).as_ref()) || be == range.start {
                continue;
            }
            // The clause: from after the last comma before it (or the
            // sentence's start) to the sentence's end or the next comma.
            let first = (range.start..be)
                .rev()
                .find(|&k| at.word(k) == ",")
                .map_or(range.start, |k| k + 1);
            let last = (cue + 2..end).find(|&k| at.word(k) == ",").unwrap_or(end);
            if first >= be || last <= cue + 2 || (first..last).any(|k| state.quoted[k]) {
                continue;
            }
            if covered[first..last].iter().any(|&c| c) {
                continue;
            }
            state.add_reported(
                tokens,
                &mut covered,
                first..last,
                cue,
                at.mention(be, cue),
                None,
            );
        }
    }
}
