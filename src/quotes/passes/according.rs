//! `quotes.according`: a source named by "according to" or "per":
//! "according to X, content", "content, according to X", "content, per
//! X". After a report of its own ("X emphasized A, according to TASS")
//! the source reports that report. A poll or survey after "in" is a
//! source too: "In a CNN poll, content", "content in national polls".

use super::{Run, Strategy};
use crate::document::Quote;
use crate::quotes::state::{Context, State};
use crate::quotes::{MAX_PARENTHETICAL, MAX_SPEAKER_TOKENS};
use crate::segment::lower;
use crate::text::span::Span;
use crate::text::words::{is_article, is_coordinator, is_possessive};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.according",
        about: crate::passes::about("a source after \"according to\" or \"per\", or a poll after \"in\", before or after the content"),
    },
    run: Run::Document(run),
};

fn run(cx: &Context, state: &mut State) {
    let (structure, at) = (cx.structure, &cx.at);
    let tokens = &structure.tokens;
    for (s_idx, sentence) in structure.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        let end = at.end_before_stop(&range);
        // "according to X, content" and "content, according to X"; also
        // "content, per X" ("it's prohibited ..., per the party's bylaws").
        for k in range.clone() {
            let according = k + 1 < end
                && at.word(k).eq_ignore_ascii_case("according")
                && at.word(k + 1).eq_ignore_ascii_case("to");
            // The comma before, perhaps inside a closing mark (""...,"
            // per the party's bylaws").
            let comma = (k > range.start + 1)
                .then(|| match at.word(k - 1) {
                    "," => Some(k - 1),
                    "\"" if k > range.start + 2 && at.word(k - 2) == "," => Some(k - 2),
                    _ => None,
                })
                .flatten();
            // "per" a name or a determined phrase, not "$5, per person".
            let per = at.word(k) == "per"
                && comma.is_some()
                && k + 1 < end
                && (at.capitalised(k + 1)
                    || is_article(lower(at.word(k + 1)).as_ref())
                    || is_possessive(lower(at.word(k + 1)).as_ref()));
            // "In a CNN national poll, content" and "content in public
            // opinion polls": a poll or survey after "in", within the
            // phrase that starts there, is the source.
            let poll = (!according && !per && at.word(k).eq_ignore_ascii_case("in"))
                .then(|| {
                    (k + 1..end.min(k + 2 + MAX_SPEAKER_TOKENS))
                        .take_while(|&j| at.word(j) != "," && at.word(j) != "\"")
                        .find(|&j| {
                            crate::resources::lists::quotes::survey_nouns::contains(
                                lower(at.word(j)).as_ref(),
                            )
                        })
                })
                .flatten();
            // Where the source starts.
            let from = k + if according { 2 } else { 1 };
            // A quotation that already took this "according to" as its
            // cue (`quotes.before`) is the report.
            if !(according || per || poll.is_some()) || from >= end || state.used_cue[k] {
                continue;
            }
            // The source runs to the comma or the sentence's end when that is
            // short ("according to Russia's TASS news agency"), else it is
            // the name or phrase that starts there.
            let reach = end.min(from + MAX_SPEAKER_TOKENS + 2);
            let stop = (from..reach).find(|&j| at.word(j) == ",").unwrap_or(end);
            let whole = (stop > from && stop - from <= MAX_SPEAKER_TOKENS + 1).then_some(stop - 1);
            // Opening the sentence, perhaps after a conjunction ("But,
            // according to the poll, ...", "(According to ..."), the
            // source runs to the first comma ("According to a 52-count
            // civil complaint filed by the SEC and a 15-count complaint by
            // Vermont, the developers ...").
            let opening = (range.start..k).all(|t| {
                let w = lower(at.word(t));
                matches!(w.as_ref(), "," | "(") || is_coordinator(&w)
            });
            // (A poll's phrase ends with its noun when it runs on: "in
            // the wake of a new poll".)
            let Some(last) = whole
                .or(poll)
                .or_else(|| at.speaker_from(from, end))
                .or_else(|| {
                    opening
                        .then(|| {
                            (from..end)
                                .take(MAX_PARENTHETICAL)
                                .find(|&j| at.word(j) == ",")
                        })
                        .flatten()
                        .filter(|&c| c > from)
                        .map(|c| c - 1)
                })
            else {
                continue;
            };
            let (last, content) = if opening {
                let comma = (last + 1..end)
                    .take(MAX_PARENTHETICAL)
                    .find(|&j| at.word(j) == ",");
                // "According to X, Y said ...": Y's report, which X
                // carried: X is its outlet, not a second speaker.
                let inner = state.last_report_in[s_idx].filter(|&q| {
                    comma.is_some_and(|c| {
                        state.quotes[q]
                            .spans
                            .first()
                            .is_some_and(|s| s[0] >= tokens[c].span.end)
                    })
                });
                if let (Some(q), Some(comma)) = (inner, comma) {
                    if state.quotes[q].outlet.is_none() {
                        state.quotes[q].outlet = Some(at.mention(from, comma - 1));
                    }
                    break;
                }
                match comma.filter(|&c| c + 1 < end) {
                    Some(comma) => (
                        comma - 1,
                        Some(Span::new(
                            tokens[comma + 1].span.start,
                            tokens[end - 1].span.end,
                        )),
                    ),
                    None => (last, None),
                }
            } else if let Some(comma) = comma.filter(|&c| c > range.start) {
                // "X emphasized A, according to TASS": X's report, which
                // TASS carried: one quote, X's, with TASS as its outlet.
                // Otherwise the sentence before the comma, unless a quote
                // there already has its speaker ("the senator said,
                // according to Reuters": Reuters only carried it, and
                // `people` makes it the outlet).
                let report = state.last_report_in[s_idx].filter(|&q| {
                    state.quotes[q]
                        .spans
                        .first()
                        .is_some_and(|s| s[1] <= tokens[comma].span.start)
                });
                if let Some(q) = report {
                    if state.quotes[q].outlet.is_none() {
                        // The name in the source ("Russia's TASS news
                        // agency" is TASS), else the whole source.
                        let name = (from..=last).rev().find_map(|t| {
                            at.entity_at[t]
                                .filter(|&(e, len)| at.labels[e] == "ORG" && t + len <= last + 1)
                                .map(|(_, len)| (t, t + len - 1))
                        });
                        let (first, end) = name.unwrap_or((from, last));
                        state.quotes[q].outlet = Some(at.mention(first, end));
                    }
                    break;
                }
                let content = match report {
                    Some(_) => None,
                    None if (range.start..k).any(|t| state.used_cue[t]) => None,
                    // Up to the comma, or with the closing mark after it.
                    None => Some(Span::new(
                        tokens[range.start].span.start,
                        tokens[if comma + 1 == k { comma - 1 } else { k - 1 }]
                            .span
                            .end,
                    )),
                };
                (last, content)
            } else if poll.is_some()
                && k >= range.start + 3
                && (last + 1 == end || at.word(last + 1) == ",")
                && !(range.start..k).any(|t| state.used_cue[t] || state.quoted[t])
            {
                // "Mr. Trump is ahead in public opinion polls in Florida":
                // the clause before "in" is what the polls report.
                let content = Span::new(tokens[range.start].span.start, tokens[k - 1].span.end);
                (last, Some(content))
            } else {
                (last, None)
            };
            let Some(span) = content.filter(|s| !s.is_empty()) else {
                continue;
            };
            // With a quotation inside, the source of both is X.
            let inside = tokens.partition_point(|t| t.span.start < span.start)
                ..tokens.partition_point(|t| t.span.end <= span.end);
            let kind = if inside.clone().any(|t| state.quoted[t]) {
                "mixed"
            } else {
                "indirect"
            };
            state.quotes.push(Quote {
                kind: kind.into(),
                spans: vec![[span.start, span.end]],
                cue: Some(at.mention(k, from - 1)),
                speaker: at.can_speak(from, last).then(|| at.mention(from, last)),
                speaker_cluster: None,
                anonymous: false,
                outlet: None,
                fragments: Vec::new(),
            });
            break;
        }
    }
}
