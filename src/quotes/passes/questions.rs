//! `quotes.questions`: what someone was asked, reported as a question:
//! "when asked by a reporter whether that remains his view", "Asked why
//! he had yet to endorse Clinton, ...". The asker (after "by") is the
//! source, else there is none; the content runs from the question word to
//! the clause's end.

use super::{Run, Strategy};
use crate::quotes::state::{Context, State};
use crate::quotes::MAX_SPEAKER_TOKENS;
use crate::segment::lower;
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.questions",
        about: crate::passes::about(
            "what someone was asked: \"asked (by X) whether ...\", \"Asked why ...\"",
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
        for cue in range.clone() {
            if !at.word(cue).eq_ignore_ascii_case("asked") || state.used_cue[cue] {
                continue;
            }
            // The question word, right there or past the asker and a
            // short phrase ("by a reporter", "on Thursday", "Democrats").
            let reach = end.min(cue + 3 + MAX_SPEAKER_TOKENS);
            let Some(open) = (cue + 1..reach).find(|&j| {
                crate::resources::lists::quotes::question_openers::contains(
                    lower(at.word(j)).as_ref(),
                )
            }) else {
                continue;
            };
            if (cue + 1..open).any(|j| !at.word(j).chars().any(char::is_alphanumeric)) {
                continue;
            }
            // "asked by a reporter": the asker.
            let asker = (cue + 2 < open && at.word(cue + 1) == "by").then_some((cue + 2, open - 1));
            // To the clause's end: a comma, a dash or the sentence's end.
            let stop = (open + 1..end)
                .find(|&j| matches!(at.word(j), "," | ";" | "—" | "--" | ")"))
                .unwrap_or(end);
            if stop <= open + 1 || (open..stop).any(|j| state.quoted[j] || state.used_cue[j]) {
                continue;
            }
            if covered[open..stop].iter().any(|&c| c) {
                continue;
            }
            let asker = asker
                .filter(|&(f, l)| at.can_speak(f, l))
                .map(|(f, l)| at.mention(f, l));
            state.add_reported(
                tokens,
                &mut covered,
                open..stop,
                cue,
                at.mention(cue, cue),
                asker,
            );
        }
    }
}
