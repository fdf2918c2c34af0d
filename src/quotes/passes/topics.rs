//! `quotes.topics`: what a source spoke, voted or argued about: "Trump
//! talked about the wall", "referring to the emails", "she voted for the
//! bill". The source is the verb's subject; the content is the topic after
//! the preposition, to the clause's end.

use super::{Run, Strategy};
use crate::quotes::state::{Context, State};
use crate::segment::lower;
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.topics",
        about: crate::passes::about(
            "what a source spoke or voted about: \"X talked about Y\", \"X voted for Y\"",
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
            let first = cue + 2;
            if first >= end
                || state.used_cue[cue]
                || state.quoted[cue]
                || !topic_preposition(at, cue)
                // "spoke on Tuesday": a time, not a topic.
                || at.is_time_word(first)
            {
                continue;
            }
            let word = lower(at.word(cue));
            let source = if crate::resources::lists::quotes::topic_cues::contains(word.as_ref()) {
                at.speaker_before_cue(cue, range.start)
                    .filter(|&(f, l)| !at.hedge(f, l, cue) && at.can_speak(f, l))
            } else if crate::resources::lists::quotes::topic_nouns::contains(word.as_ref()) {
                possessor(at, cue, range.start)
            } else {
                None
            };
            let Some((s_first, s_last)) = source else {
                continue;
            };
            // To the clause's end: a comma, a semicolon, a dash, or a
            // clause of its own (see `reported::ends_content`).
            let last = (first + 1..end)
                .find(|&k| {
                    matches!(at.word(k), "," | ";" | "—" | "--" | "(")
                        || super::reported::ends_content(at, k, end)
                })
                .unwrap_or(end);
            if (first..last).any(|k| state.quoted[k] || covered[k]) {
                continue;
            }
            state.add_reported(
                tokens,
                &mut covered,
                first..last,
                cue,
                at.mention(cue, cue + 1),
                Some(at.mention(s_first, s_last)),
            );
        }
    }
}

/// Whether the word after `cue` opens its topic (a word of
/// data/quotes/topic_prepositions.txt), or "to" after "refer".
fn topic_preposition(at: &crate::quotes::index::Index, cue: usize) -> bool {
    let next = lower(at.word(cue + 1));
    crate::resources::lists::quotes::topic_prepositions::contains(next.as_ref())
        || (next == "to" && lower(at.word(cue)).starts_with("refer"))
}

/// The possessor before a noun at `noun`: "Trump's attacks" (the name or
/// phrase before "'s"), "his support" (the possessive pronoun).
fn possessor(
    at: &crate::quotes::index::Index,
    noun: usize,
    start: usize,
) -> Option<(usize, usize)> {
    if noun <= start {
        return None;
    }
    let before = lower(at.word(noun - 1));
    if crate::text::words::is_possessive(&before) && before != "its" {
        return Some((noun - 1, noun - 1));
    }
    if matches!(at.word(noun - 1), "'s" | "’s") && noun >= start + 2 {
        return at
            .speaker_to(noun - 2, start)
            .filter(|&(f, l)| at.names_someone(f, l));
    }
    None
}
