//! `quotes.that_clause`: a cue verb and its "that" clause report speech
//! or thought whoever the subject is ("Republicans have often argued
//! that ...", "Akhil Johri, the chief financial officer, noted that
//! ...", "Democrats — and some Republicans — say that ...", "X said in
//! an interview that ..."). `quotes.reported` takes the reports whose
//! speaker it can read next to the cue; this pass takes the cue-and-
//! "that" reports it left, with the clause's subject as the speaker
//! when one can be read, and no speaker otherwise.

use super::reported::ends_content;
use super::{Run, Strategy};
use crate::quotes::state::{Context, State};
use crate::quotes::{ATTRIBUTION_WINDOW, MAX_SPEAKER_TOKENS, MIN_CONTENT_TOKENS};
use crate::segment::lower;
use crate::text::words::{
    is_article, is_be, is_determiner, is_modal, is_possessive, is_preposition, is_subject_pronoun,
};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.that_clause",
        about: crate::passes::about(
            "a cue verb and its \"that\" clause, whatever stands before the verb",
        ),
    },
    run: Run::Document(run),
};

/// Most tokens of a source between its comma and a cue ending the
/// sentence ("a study by the Council of the Great City Schools").
const MAX_SOURCE_TOKENS: usize = 10;

/// Most tokens of content after "that" (or the cue) that this pass reads.
const MAX_SCAN_TOKENS: usize = 200;

fn run(cx: &Context, state: &mut State) {
    let (structure, at) = (cx.structure, &cx.at);
    let tokens = &structure.tokens;
    let mut covered = state.covered(tokens);
    for sentence in &structure.sentences {
        let range = sentence.tokens.clone();
        let end = at.end_before_stop(&range);
        // A quotation mark left unpaired in the sentence may open or
        // close words that are quoted: nothing there is taken (found once
        // per sentence).
        let unpaired = range
            .clone()
            .any(|k| at.word(k) == "\"" && !state.quoted[k]);
        for cue in range.clone() {
            if cue + 1 == end && !state.quoted[cue] && !state.used_cue[cue] && !covered[cue] {
                if let Some((content, speaker)) = source_last(cx, state, cue, range.start) {
                    if covered[content.clone()].iter().any(|&c| c) {
                        continue;
                    }
                    state.add_reported(
                        tokens,
                        &mut covered,
                        content,
                        cue,
                        at.mention(cue, cue),
                        Some(at.mention(speaker.0, speaker.1)),
                    );
                }
                continue;
            }
            if cue + 1 >= end
                || state.quoted[cue]
                || state.used_cue[cue]
                || covered[cue]
                || !at.is_cue(cue)
            {
                continue;
            }
            let noun = at.used_as_noun(cue)
                || (cue > range.start && {
                    let before = lower(at.word(cue - 1));
                    is_determiner(&before) || is_possessive(&before)
                });
            if noun && !at.word(cue + 1).eq_ignore_ascii_case("that") {
                continue;
            }
            let Some(that) = that_after(cx, cue, end)
                .or_else(|| (!noun && clause_after(cx, cue, range.start, end)).then_some(cue))
            else {
                continue;
            };
            if unpaired {
                continue;
            }
            let first = that + 1;
            if end.saturating_sub(first) < MIN_CONTENT_TOKENS {
                continue;
            }
            // The content ends where a clause of its own opens (", saying
            // ...", "and vowed ...").
            if state.quoted[first] {
                continue;
            }
            // (At most MAX_SCAN_TOKENS are read for that, so a long
            // sentence of many cues stays linear: a longer content is no
            // report this pass takes.)
            if end - first > MAX_SCAN_TOKENS {
                continue;
            }
            let last = (first + 1..end)
                .find(|&k| {
                    state.quoted[k]
                        || ends_content(at, k, end)
                        || (k + 1 < end
                            && at.word(k) == ","
                            && at.word(k + 1).eq_ignore_ascii_case("according"))
                        || state.used_cue[k]
                        || covered[k]
                })
                .unwrap_or(end);
            // Content that runs into a quotation is a mixed quote's, and
            // a speaker's few words before another report are that
            // report's source ("The Post reports that the team wanted
            // ..."): this pass leaves both alone.
            if last < end
                && (state.quoted[last]
                    || ((state.used_cue[last] || covered[last])
                        && last - first <= MAX_SPEAKER_TOKENS))
            {
                continue;
            }
            let last = if last < end && last > first && at.word(last - 1) == "," {
                last - 1
            } else {
                last
            };
            if last < first + MIN_CONTENT_TOKENS || covered[first..last].iter().any(|&c| c) {
                continue;
            }
            // The speaker next to the cue, or the clause's subject when it
            // names someone; an "it" before "is" or a modal is no one's
            // ("It should be noted that", "it is fair to say that").
            let speaker = at
                .speaker_before_cue(cue, range.start)
                // "Rubio responded before adding that": the speaker of a
                // cue just before, in the same clause.
                .or_else(|| {
                    (range.start.max(cue.saturating_sub(ATTRIBUTION_WINDOW))..cue)
                        .rev()
                        .take_while(|&c| at.word(c) != ",")
                        .find(|&c| at.is_cue(c) && !at.used_as_noun(c))
                        .and_then(|c| at.speaker_before_cue(c, range.start))
                })
                .or_else(|| {
                    at.subject(range.start..cue, cue, &state.quoted)
                        .filter(|&(f, l)| that == cue || at.names_someone(f, l))
                })
                .filter(|&(f, l)| {
                    l < cue
                        && at.can_speak(f, l)
                        && !(f == l && at.word(f).eq_ignore_ascii_case("it") && {
                            let next = lower(at.word(f + 1));
                            is_be(&next) || is_modal(&next)
                        })
                });
            // Without "that" the verb may have an object, not a clause
            // ("has advised a super PAC"): without a speaker, only a clause
            // that opens with a subject pronoun is taken ("the campaign has
            // long maintained they were not marked").
            let next = lower(at.word(cue + 1));
            let personal = is_subject_pronoun(&next) && !matches!(next.as_ref(), "it" | "you");
            if that == cue && speaker.is_none() && !personal {
                continue;
            }
            state.add_reported(
                tokens,
                &mut covered,
                first..last,
                cue,
                at.mention(cue, cue),
                speaker.map(|(f, l)| at.mention(f, l)),
            );
        }
    }
}

/// The "that" opening the clause of cue token `cue`: right after it, or
/// after a short adjunct that opens with a preposition or a time word ("said
/// in an interview that", "said Monday that").
fn that_after(cx: &Context, cue: usize, end: usize) -> Option<usize> {
    let at = &cx.at;
    let is_that = |k: usize| at.word(k).eq_ignore_ascii_case("that");
    let that = if is_that(cue + 1) {
        cue + 1
    } else {
        let opens_adjunct =
            is_preposition(lower(at.word(cue + 1)).as_ref()) || at.is_time_word(cue + 1);
        if !opens_adjunct {
            return None;
        }
        // ("responded to that tweet": "that" right after the preposition
        // is its object's determiner.)
        (cue + 2..end.min(cue + 1 + ATTRIBUTION_WINDOW))
            .take_while(|&k| {
                at.word(k) != "," && !at.is_cue(k) && crate::quotes::index::is_word(at.word(k))
                    || is_that(k)
            })
            .find(|&k| is_that(k))
            .filter(|&k| k > cue + 2 || !is_preposition(lower(at.word(cue + 1)).as_ref()))?
    };
    // "that" as a determiner or pronoun closes no clause: "said that day",
    // "noted that." The clause has a word after it.
    (that + 1 < end && crate::quotes::index::is_word(at.word(that + 1))).then_some(that)
}

/// Whether a finite cue verb at `cue` (no "-ing" form, after a word of
/// its subject) has a clause of its own right after it, without "that":
/// "Many speakers at the service — including Muslims and Jews — said
/// Ali's death is painful", "That person said the hostility hampered
/// him". The clause opens with a subject pronoun, an article or a
/// possessive, or a name.
fn clause_after(cx: &Context, cue: usize, start: usize, end: usize) -> bool {
    let at = &cx.at;
    if cue == start || cue + 2 >= end || at.word(cue).ends_with("ing") {
        return false;
    }
    let before = lower(at.word(cue - 1));
    let after_subject = (crate::quotes::index::is_word(&before)
        && !is_determiner(&before)
        && !is_preposition(&before)
        && before != "to")
        || matches!(at.word(cue - 1), ")" | "\u{2014}" | "--" | ",");
    let next = lower(at.word(cue + 1));
    let opens_clause = is_subject_pronoun(&next)
        || is_article(&next)
        || is_possessive(&next)
        || (at.capitalised(cue + 1) && !at.is_time_word(cue + 1));
    after_subject && opens_clause
}

/// Content first and its source last, the cue ending the sentence:
/// "..., police said.", "..., a study by the Council of the Great City
/// Schools found.", "..., campaign and corporate records show." The source
/// is every word between the last comma and the cue (past auxiliaries:
/// "as some have speculated" is no such source); the content is the
/// sentence before that comma. Returns the content's tokens and the
/// source's first and last token.
fn source_last(
    cx: &Context,
    state: &State,
    cue: usize,
    start: usize,
) -> Option<(std::ops::Range<usize>, (usize, usize))> {
    let at = &cx.at;
    if !at.is_cue(cue) || at.used_as_noun(cue) || at.word(cue).ends_with("ing") {
        return None;
    }
    let comma = (start..cue)
        .rev()
        .take(MAX_SOURCE_TOKENS + 1)
        .find(|&k| at.word(k) == ",")?;
    let (first, last) = (comma + 1, cue.checked_sub(1)?);
    if first > last || comma < start + MIN_CONTENT_TOKENS + 1 {
        return None;
    }
    // A source of words: no auxiliary, relative, subordinator or cue in
    // it, nothing quoted, and a word to end it.
    let plain = (first..=last).all(|k| {
        let w = lower(at.word(k));
        !state.quoted[k]
            && !at.is_cue(k)
            && !crate::resources::lists::quotes::auxiliaries::contains(w.as_ref())
            && !crate::text::words::is_relative(&w)
            && !crate::text::words::is_subordinator(&w)
            && (crate::quotes::index::is_word(at.word(k)) || matches!(at.word(k), "'s" | "."))
    });
    let opens = lower(at.word(first));
    if !plain
        || !crate::quotes::index::is_word(at.word(last))
        || !at.can_speak(first, last)
        || crate::resources::lists::quotes::openers::contains(opens.as_ref())
        || crate::resources::lists::quotes::report_joiners::contains(opens.as_ref())
    {
        return None;
    }
    let content = start..comma;
    if (start..comma).any(|k| state.quoted[k] || state.used_cue[k]) {
        return None;
    }
    Some((content, (first, last)))
}
