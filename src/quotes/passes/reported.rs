//! `quotes.reported`: reported speech by its cue: "X warned that ...",
//! "X described Y as ...", "content, X said.", "content, said X.", "X's
//! claim that ..."; one report per coordinated clause with its own named
//! speaker, and a report in an opening subordinate clause ends with it.

use super::{Run, Strategy};
use crate::document::Quote;
use crate::quotes::state::{Context, State};
use crate::quotes::{
    ATTRIBUTION_WINDOW, MAX_DESCRIPTION_TOKENS, MAX_PARENTHETICAL, MAX_SPEAKER_TOKENS,
    MAX_TAIL_TOKENS, MIN_CONTENT_TOKENS,
};
use crate::segment::lower;
use crate::text::span::Span;
use crate::text::words::{
    is_article, is_determiner, is_possessive, is_preposition, is_subject_pronoun, is_subordinator,
};
use crate::Pass;

/// Reported content of this many tokens is taken whatever its first word.
const CLAUSE_TOKENS: usize = 4;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.reported",
        about: crate::passes::about(
            "reported speech by its cue: \"X warned that ...\", \"content, X said.\"",
        ),
    },
    run: Run::Document(run),
};

/// The content runs from after the cue (and "that") to the sentence's end,
/// or from the sentence's start to the comma before the attribution.
fn run(cx: &Context, state: &mut State) {
    let (structure, at) = (cx.structure, &cx.at);
    let tokens = &structure.tokens;
    for (s_idx, sentence) in structure.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        let end = at.end_before_stop(&range);
        // For each token of the sentence, the first quoted token from it
        // on (found once, so each cue asks in one step).
        let mut next_quoted = vec![range.end; range.len() + 1];
        for k in range.clone().rev() {
            next_quoted[k - range.start] = if state.quoted[k] {
                k
            } else {
                next_quoted[k + 1 - range.start]
            };
        }
        // Where the next report may start: after a coordinated clause
        // with a speaker of its own ("Ryan saying A and Trump calling it
        // B"), the sentence holds a second report.
        let mut from = range.start;
        // An outlet whose report of someone's words this sentence holds
        // ("X reported that Y said"), for that report.
        let mut pending_outlet = None;
        for cue in range.clone() {
            if cue < from || state.quoted[cue] || state.used_cue[cue] || !at.is_cue(cue) {
                continue;
            }
            // "a swiftly called, late-afternoon meeting": an adverb before
            // and a comma after make the cue an adjective.
            let adjective = cue > range.start
                && cue + 1 < end
                && at.word(cue + 1) == ","
                && at.word(cue - 1).len() > 4
                && at.word(cue - 1).ends_with("ly")
                && !at.capitalised(cue - 1);
            if at.used_as_noun(cue) || adjective {
                continue;
            }

            // "X said (that) content", or the content first: "content, X
            // said (on Monday)." and "content, said X."
            // The outlet that carried the words, when the sentence names
            // one ("X quoted Y as saying", "Y told the Washington Post").
            let mut outlet = None;
            // The content's second part, after an attribution inserted
            // between commas.
            let mut rest: Option<std::ops::Range<usize>> = None;
            let (first, last, content) = if let Some((first, last)) = at
                .speaker_before_cue(cue, range.start)
                .or_else(|| at.participle_after_quotation(cue, range.start))
                .filter(|&(first, last)| !at.hedge(first, last, cue))
            {
                let mut content = cue + 1;
                // "Detik.com quoted Djamal as saying (that) ...": Djamal
                // speaks, Detik.com carried it.
                let (first, last) = match at.quoted_as(cue, end) {
                    Some((speaker, speaker_end, said)) => {
                        outlet = Some((first, at.with_domain(last)));
                        content = said + 1;
                        (speaker, speaker_end)
                    }
                    None => match at.carried_as(cue, range.start) {
                        // "The Gazette translated her as saying ...": she
                        // speaks, the Gazette carried it.
                        Some((y_first, y_last)) if last < y_first => {
                            outlet = Some((first, at.with_domain(last)));
                            (y_first, y_last)
                        }
                        _ => (first, last),
                    },
                };
                // "Y told Detik.com (that) ...": the listener is the outlet,
                // and the content follows it.
                if let Some((o_first, o_last)) = at.listener_outlet(cue, end) {
                    outlet = Some((o_first, o_last));
                    content = o_last + 1;
                } else if let Some(that) = at.that_after_listener(cue, end) {
                    // "X told reporters (on Tuesday) that ...": whom it
                    // was told is no content.
                    content = that;
                } else if let Some(clause) = at.clause_after_listener(cue, end) {
                    // "X told him the plan was dead": no "that", and whom
                    // it was told is still no content.
                    content = clause;
                }
                // "X reported that Y said ...": Y's words, which X carried.
                if pending_outlet.is_none() && at.is_outlet(first, last) {
                    let inner = content
                        + usize::from(
                            content < end && at.word(content).eq_ignore_ascii_case("that"),
                        );
                    let nested = (inner + 1..end.min(inner + 2 + MAX_SPEAKER_TOKENS))
                        .find(|&c| at.is_cue(c))
                        .and_then(|c| at.speaker_before_cue(c, inner))
                        .is_some_and(|(f, _)| f == inner);
                    if nested {
                        pending_outlet = Some((first, last));
                        continue;
                    }
                }
                // "The spot concludes with footage of ...": "with" after
                // the verb and no "that" to come reports no speech ("said
                // with a smile that ..." does).
                if content < end
                    && at.word(content).eq_ignore_ascii_case("with")
                    && !(content..end.min(content + ATTRIBUTION_WINDOW))
                        .any(|j| at.word(j).eq_ignore_ascii_case("that"))
                {
                    continue;
                }
                // "agreed to a landmark deal": "to" and a noun phrase is an
                // object, not a clause ("agreed to raise" is one).
                if content + 1 < end
                    && at.word(content).eq_ignore_ascii_case("to")
                    && is_determiner(lower(at.word(content + 1)).as_ref())
                {
                    continue;
                }
                // An adjunct between the cue and "that" is no content:
                // "said on Monday that ...", "said in a statement that
                // ...", "said last week that ...".
                if let Some(that) = at.that_after_adjunct(content, end) {
                    content = that;
                }
                let that = content < end && at.word(content).eq_ignore_ascii_case("that");
                content += usize::from(that);
                // Content first ("..., Mr. King said."): back over a
                // title and closing marks to the comma.
                // (And over an article and the words of a description:
                // "..., the news site RTL Info reported.")
                let mut titled = first;
                while titled > range.start
                    && first - titled < MAX_DESCRIPTION_TOKENS
                    && (at.capitalised(titled - 1) || at.word(titled - 1) == "." || {
                        let w = lower(at.word(titled - 1));
                        is_article(&w)
                            || (crate::quotes::index::is_word(&w)
                                && !crate::text::words::is_function_word(&w)
                                && !at.is_cue(titled - 1))
                    })
                {
                    titled -= 1;
                }
                // Not after an opening phrase: "At the debate, she
                // cited ..." has its content after the cue.
                // ("In a general election, he could win ..., Sabato said"
                // has its content before: the opening phrase ends at an
                // earlier comma.)
                // What follows the cue in that form is an adjunct ("said on
                // Monday", "said Tuesday"), not a clause ("said the leak
                // was justified").
                // ("told the Washington Examiner" names whom it was told).
                let adjunct =
                    content >= end || at.is_time_word(content) || at.is_listener_cue(cue) || {
                        let next = lower(at.word(content));
                        !(is_article(&next) || is_subject_pronoun(&next) || is_possessive(&next))
                    };
                // A cue that ends its sentence has its content before it
                // whatever the first word ("But the plan failed, he said.").
                // So does one followed by a comma and a second clause
                // joined to the first ("..., KING-TV reported, while in
                // Chicago ...").
                // And so does one followed by a comma and a participle of
                // its own ("..., Nefzi said, adding ...").
                let last_word = content >= end
                    || (at.word(content) == ","
                        && content + 1 < end
                        && (crate::resources::lists::quotes::report_joiners::contains(
                            lower(at.word(content + 1)).as_ref(),
                        ) || ends_content(at, content, end)));
                // An attribution between commas inside the content
                // reports both sides: "When she got inside, she said,
                // there were no ballots."
                let inserted = !last_word
                    && cue <= last + 2
                    && content + MIN_CONTENT_TOKENS < end
                    && at.word(content) == ","
                    && !at.word(content + 1).eq_ignore_ascii_case("that")
                    && !at.is_cue(content + 1)
                    && next_quoted[content + 1 - range.start] >= end;
                let tail = at.comma_before(titled, range.start).filter(|&comma| {
                    last_word
                        || inserted
                        || !crate::resources::lists::quotes::openers::contains(
                            at.word(range.start).to_lowercase().as_str(),
                        )
                        || (range.start..comma).any(|k| at.word(k) == ",")
                });
                // A speaker between commas right before the cue is in
                // apposition to what stands before it: "The official, Ana
                // Ruiz, said airlines must ..." reports what follows, when
                // a clause follows ("The plan is dead, the spokesman, John
                // Smith, said on Monday." has its content before: the cue
                // ends the sentence or an adjunct follows it; an
                // infinitive, "declined to comment", is a clause).
                let apposed = last + 2 == cue
                    && at.word(last + 1) == ","
                    && !last_word
                    && !at.is_time_word(content)
                    && (at.word(content) == "to"
                        || !is_preposition(lower(at.word(content)).as_ref()));
                if let Some(comma) = tail.filter(|_| {
                    !that
                        && !apposed
                        && adjunct
                        && (last_word || inserted || end.saturating_sub(content) <= MAX_TAIL_TOKENS)
                }) {
                    if inserted {
                        rest = Some(content + 1..end);
                    }
                    // The speaker in apposition to a phrase that opens with
                    // an article or possessive ("The plan is dead, the
                    // company's spokesman, John Smith, said."): the content
                    // ends before that phrase.
                    let phrase = (last + 2 == cue && at.word(last + 1) == ",")
                        .then(|| {
                            (range.start..comma)
                                .rev()
                                .take(MAX_SPEAKER_TOKENS)
                                .find(|&k| at.word(k) == ",")
                        })
                        .flatten()
                        .filter(|&k| {
                            let w = lower(at.word(k + 1));
                            k > range.start && (is_article(&w) || is_possessive(&w))
                        });
                    (first, last, range.start..phrase.unwrap_or(comma))
                } else if that
                    || end.saturating_sub(content) >= CLAUSE_TOKENS
                    // Shorter: an object or a short clause ("praised the
                    // deal", "said she could"), not an adjunct ("said in
                    // his interview", "said on Monday").
                    || (end.saturating_sub(content) >= MIN_CONTENT_TOKENS
                        && (!is_preposition(lower(at.word(content)).as_ref())
                            // An infinitive: "declined to comment".
                            || at.word(content) == "to")
                        && !at.is_time_word(content))
                    // A name alone: "Ryan endorsed Trump."
                    || (content < end
                        && at.entity_at[content].is_some_and(|(_, len)| content + len == end))
                {
                    (first, last, content..end)
                } else {
                    continue;
                }
            } else if let Some((first, last, content)) = at.passive_report(cue, range.start, end) {
                // "O'Malley's move was first reported by MSNBC": the
                // source after "by", the content the subject before.
                (first, last, content)
            } else if let Some(comma) = at.comma_before(cue, range.start).filter(|_| cue + 1 < end)
            {
                // "said the minister." ends the sentence or its clause.
                let phrase_end = (cue + 2..end)
                    .find(|&j| !at.word(j).chars().all(char::is_alphabetic))
                    .unwrap_or(end);
                let next = at.word(cue + 1).to_lowercase();
                let phrase = (is_article(&next) || is_possessive(&next))
                    && phrase_end - cue <= MAX_SPEAKER_TOKENS;
                let Some(last) = at
                    .speaker_from(cue + 1, end)
                    .or_else(|| phrase.then(|| phrase_end - 1))
                else {
                    continue;
                };
                // The speaker may carry a description of any length
                // between a comma and the sentence's end: "..., said Mark
                // Jones, a political scientist at Rice University in
                // Houston." A cue in it is the description's own only
                // after a relative (", who notes that ...").
                let described = last + 2 < end && at.word(last + 1) == "," && {
                    let tail = last + 2..end;
                    match tail.clone().find(|&k| at.is_cue(k) || state.quoted[k]) {
                        None => true,
                        Some(k) => {
                            !state.quoted[k]
                                && (last + 2..k).any(|j| {
                                    crate::text::words::is_relative(lower(at.word(j)).as_ref())
                                })
                        }
                    }
                };
                if end - last > MAX_TAIL_TOKENS && !described {
                    continue;
                }
                (cue + 1, last, range.start..comma)
            } else {
                continue;
            };
            if content.is_empty() || content.clone().all(|k| state.quoted[k]) {
                continue;
            }
            // In a subordinate clause opening the sentence the content
            // ends with the clause: "While he acknowledged funding was a
            // reason, Ham also noted ...". (Found first: the scans below
            // then stop there, so a sentence of many clauses stays linear.)
            let subordinate = {
                // A preposition ("As a senator, ...", "After the debate,
                // ...") opens a phrase, not a clause.
                let first = lower(at.word(range.start));
                is_subordinator(&first) && !is_preposition(&first)
            };
            // So does a report in a relative clause between commas:
            // "Cruz, who says Trump is attacking him, said GOP voters
            // ..." reports one thing by "who" and another by "said".
            // (The speaker runs from the antecedent to the relative.)
            let relative = last > range.start
                && at.word(last - 1) == ","
                && (at.word(last).eq_ignore_ascii_case("who")
                    || at.word(last).eq_ignore_ascii_case("which"));
            // The relative clause in the sentence's subject closes at its
            // comma: "Teachers at the academy, who said they were not
            // paid, marched ...". It is in the subject when no cue or
            // comma stands before the speaker in the sentence ("Union
            // leader Ana Costa, who said").
            // (Bounded: a subject that long is no subject we read.)
            let in_subject = relative
                && first - range.start <= MAX_PARENTHETICAL
                && (range.start..first).all(|j| at.word(j) != "," && !at.is_cue(j));
            let coordinated = content.clone().find(|&k| {
                at.opens_coordinated_report(k, content.end)
                    || (subordinate && at.word(k) == ",")
                    || (relative
                        && at.word(k) == ","
                        && ((k + 1..content.end.min(k + 4)).any(|c| at.is_cue(c))
                            || (in_subject && k >= content.start + MIN_CONTENT_TOKENS)))
                    || (k > content.start
                        && at.word(content.start) != ","
                        && (!state.quoted[k] || at.word(k) == "\"")
                        && ends_content(at, k, content.end))
            });
            let content = content.start..coordinated.map_or(content.end, |k| {
                // (A closing mark after the comma stays: the quotation in
                // the content is whole.)
                if at.word(k) == "\"" {
                    k + 1
                } else {
                    k - usize::from(k > content.start && at.word(k - 1) == ",")
                }
            });
            // Content stops before another attribution: "X's claim that
            // A, Lavrov remarked, "B"" reports A; ", according to TASS" is
            // the source of the report, not part of it.
            let according = content.clone().find(|&k| {
                k + 1 < content.end
                    && at.word(k) == ","
                    && at.word(k + 1).eq_ignore_ascii_case("according")
            });
            let content = content.start..according.unwrap_or(content.end);
            let content = match content.clone().find(|&k| state.used_cue[k]) {
                Some(other) => {
                    let comma = (content.start..other).rev().find(|&k| at.word(k) == ",");
                    // When all before it is that attribution's speaker,
                    // the content would be that speaker's name alone: the
                    // cue gives no report of its own. "Reuters reported
                    // that Marsh said "..."" is Marsh's quote (with
                    // Reuters as its outlet, set by `quotes.before` when
                    // the reporter is an outlet); "the police said that
                    // Marsh said ..." lists Marsh's words only, not the
                    // police's report of them.
                    let own_speaker = comma.is_none()
                        && at.speaker_before_cue(other, content.start).is_some_and(
                            |(first, last)| first == content.start && last + 2 >= other,
                        );
                    if own_speaker {
                        continue;
                    }
                    content.start..comma.unwrap_or(other)
                }
                None => content,
            };
            if content.is_empty() {
                continue;
            }
            let (content, end) = (content.start, content.end);
            // Content with a quotation inside is a mixed quote ("X reports
            // that ... "keep it under wraps"").
            let kind = if (content..end).any(|k| state.quoted[k]) {
                "mixed"
            } else {
                "indirect"
            };
            state.used_cue[cue] = true;
            let span = Span::new(tokens[content].span.start, tokens[end - 1].span.end);
            let mut spans = vec![[span.start, span.end]];
            if let Some(rest) = rest.filter(|r| !r.is_empty()) {
                spans.push([tokens[rest.start].span.start, tokens[rest.end - 1].span.end]);
            }
            state.quotes.push(Quote {
                kind: kind.into(),
                spans,
                cue: Some(at.mention(cue, cue)),
                speaker: at.can_speak(first, last).then(|| at.mention(first, last)),
                speaker_cluster: None,
                anonymous: false,
                outlet: outlet
                    .or(pending_outlet.take())
                    .map(|(f, l)| at.mention(f, l)),
                fragments: Vec::new(),
            });
            state.last_report_in[s_idx] = Some(state.quotes.len() - 1);
            match coordinated {
                Some(k) => from = k + 1,
                None => break,
            }
        }
    }
}

/// Whether the reported content stops at token `k` (before `end`), where
/// a clause of its own opens that the annotation, and a reader, keep
/// apart: a non-restrictive relative (", who has vowed ..."), a
/// participle (", saying ...", ", releasing a statement"), or a second
/// verb of report sharing the subject ("... and vowed to", "but said").
/// The loop then reads that clause as a report of its own.
pub(super) fn ends_content(at: &crate::quotes::index::Index, k: usize, end: usize) -> bool {
    let next = |j: usize| (j < end).then(|| lower(at.word(j)));
    // A comma inside closing quotation marks ends the clause as well:
    // "he has "expanded the party," claiming ...".
    if at.word(k) == "," || (at.word(k) == "\"" && k > 0 && at.word(k - 1) == ",") {
        let Some(w) = next(k + 1) else { return false };
        // A participle cue: lower case, long enough not to be "thing" or
        // "king", and no naming verb (", calling it an achievement" still
        // says what the deal was praised as).
        return w.len() > 5
            && w.ends_with("ing")
            && !at.capitalised(k + 1)
            && at.is_cue(k + 1)
            && !crate::resources::lists::quotes::naming_cues::contains(w.as_ref());
    }
    let w = lower(at.word(k));
    if !matches!(w.as_ref(), "and" | "but") {
        return false;
    }
    // Past an adverb or auxiliary: "and also said", "but would not say".
    let mut c = k + 1;
    while c < end
        && crate::resources::lists::quotes::auxiliaries::contains(lower(at.word(c)).as_ref())
    {
        c += 1;
    }
    c < end && at.is_cue(c) && !at.word(c).ends_with("ing") && !at.used_as_noun(c)
}
