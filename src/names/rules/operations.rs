//! `names.operations`: "Operation" and the capitalised words after it name
//! a military or police operation ("Operation Desert Storm", "Operation
//! Car Wash"), one MISC name with its "Operation", as CoNLL-2003 tags
//! "Operation Provide Comfort" and as GUM's core keeps the capitalised
//! run. The tagger, which knows few operations, makes them organisations
//! or people ("Operation Yewtree" an ORG). A name the tagger began before
//! "Operation" ends before it ("NATO Operation Unified Protector" keeps
//! the ORG "NATO"); a name inside the operation gives way to it.
//!
//! Where the tagger has a name over the first word after "Operation", the
//! operation takes it in, function words and all ("Operation Pillar of
//! Defense"); it goes on over capitalised words, up to four words in
//! all. Either way it ends before a job or a title
//! (`data/gazetteers/job_words.txt`, `titles.txt`: "Operation Desert
//! Storm Commander Norman Schwarzkopf"), a weekday, a month before a
//! number ("Operation Overlord June 6"), a place the gazetteer knows
//! ("During Operation Protective Edge Israel struck") or another name of
//! the tagger, a person, a place or an organisation, that starts inside
//! it ("In Operation Sea Lion Germany planned"); the first word is
//! always the operation's ("Operation Midland"). It is no operation when
//! that first word is a job or a title ("Operation Manager Jenna Ortiz
//! said") or a given name that opens the tagger's name of a person whose
//! surname the article names alone ("Operation Jenna Ortiz ... Ortiz
//! said"). In a sentence in
//! title case, a headline's ("Operation Costs Rise At Airport."), it
//! needs an operation of the same first words in the article's other
//! sentences, and is cut to it. An operation the article speaks of as
//! an organisation in some mention stays an ORG in every mention: a
//! reporting verb and "it" or "its" after it ("Operation Smile said it"),
//! or a word of `data/gazetteers/operation_org_cues.txt` after it ("a
//! charity", "founder").
//!
//! Linear: the work is per "Operation", of which an article has few.

use std::ops::Range;

use super::company_mentions::said_it;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::job_words;
use crate::resources::lists::gazetteers::operation_org_cues::{self, Value as OrgCue};
use crate::resources::lists::lexicon::{months, weekdays};
use crate::segment::Structure;
use crate::text::words;

/// The word that opens an operation's name.
const OPERATION: &str = "Operation";

/// Most words of an operation's name after "Operation" ("Enduring
/// Freedom", "Iraqi Freedom", "Provide Comfort"), where the tagger has
/// no name there.
const MAX_NAME_WORDS: usize = 4;

/// Most lower-case modifiers between an apposition's determiner and its
/// head noun (", a US-based medical charity").
const MAX_MODIFIERS: usize = 3;

/// An operation found, and whether it stands in a headline.
struct Found {
    tokens: Range<usize>,
    headline: bool,
}

pub fn operations(text: &str, structure: &Structure, gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let tokens = &structure.tokens;
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    if !tokens.iter().any(|t| &text[t.span.range()] == OPERATION) {
        return;
    }
    // A capitalised word on the line, no function word ("Operation The").
    let capitalised = |i: usize| {
        let w = word(i);
        crate::text::is_capitalised(w)
            && w.chars().any(char::is_alphabetic)
            && !words::is_function_word(&w.to_lowercase())
            && !text[tokens[i - 1].span.end..tokens[i].span.start].contains('\n')
    };
    // A job or a title: "Manager", "Commander", "Governor".
    let job = |i: usize| {
        let w = word(i);
        crate::text::is_capitalised(w)
            && (job_words::contains(&w.to_lowercase()) || gazetteer.is_title(w))
    };
    let place = |r: Range<usize>| {
        r.end <= tokens.len() && {
            let kinds = gazetteer.whole(text, &tokens[r], false);
            kinds.has(Kind::Country)
                || kinds.has(Kind::City)
                || kinds.has(Kind::State)
                || kinds.has(Kind::Region)
        }
    };
    // The tagger's name starting at each token, if any.
    let mut starts: Vec<Option<usize>> = vec![None; tokens.len()];
    for (k, n) in names.iter().enumerate() {
        starts[n.tokens.start].get_or_insert(k);
    }
    // Where an operation that took in token `j` (past its first word)
    // ends before it: a job, a weekday, a month before a number, a place,
    // or another name of the tagger's, not `basis`.
    let stop = |j: usize, basis: Option<usize>| {
        let w = word(j);
        job(j)
            || (weekdays::get(w).is_some() && w.ends_with("day"))
            || (months::get(w).is_some() && word(j + 1).starts_with(|c: char| c.is_ascii_digit()))
            || place(j..j + 1)
            || place(j..j + 2)
            || starts[j].is_some_and(|k| {
                Some(k) != basis && matches!(names[k].label, "PERSON" | "ORG" | "LOC")
            })
    };
    let mut found: Vec<Found> = Vec::new();
    for i in 0..tokens.len() {
        if word(i) != OPERATION
            || i + 1 >= tokens.len()
            || found.last().is_some_and(|f| i < f.tokens.end)
            || !capitalised(i + 1)
            || job(i + 1)
        {
            continue;
        }
        // The tagger's name over the first word after "Operation".
        let basis = names
            .iter()
            .position(|n| n.tokens.start <= i + 1 && i + 1 < n.tokens.end);
        // "Operation Jenna Ortiz ... Ortiz said": a person the tagger read
        // from a given name, whose surname the article names alone
        // ("Operation Noble Eagle", "Operation Golden Dawn" are
        // operations: none is called "Eagle" after).
        let person = basis.is_some_and(|k| {
            let n = &names[k];
            let surname = word(n.tokens.end - 1);
            n.label == "PERSON"
                && n.tokens.start == i + 1
                && n.tokens.len() >= 2
                && gazetteer.kinds(word(i + 1)).has(Kind::FirstName)
                && names
                    .iter()
                    .any(|m| m.tokens.len() == 1 && word(m.tokens.start) == surname)
        });
        if person {
            continue;
        }
        // Over the tagger's name, then over capitalised words.
        let within = basis.map_or(i + 2, |k| names[k].tokens.end);
        let limit = within.max((i + 1 + MAX_NAME_WORDS).min(tokens.len()));
        let mut end = i + 2;
        while end < limit && (end < within || capitalised(end)) && !stop(end, basis) {
            end += 1;
        }
        // Within the tagger's name, a function word or a mark may stand
        // ("Operation Pillar of Defense"), but not end it.
        while end > i + 2 && !capitalised(end - 1) {
            end -= 1;
        }
        let sentence = structure.sentences.partition_point(|s| s.tokens.end <= i);
        let headline = structure
            .sentences
            .get(sentence)
            .is_some_and(|s| crate::segment::is_title_case(text, &tokens[s.tokens.clone()]));
        found.push(Found {
            tokens: i..end,
            headline,
        });
    }
    if found.is_empty() {
        return;
    }
    // A headline's operation is cut to the longest one of the same first
    // words the other sentences write, or is none.
    let same_words = |a: &Range<usize>, b: &Range<usize>, n: usize| {
        a.len() >= n && b.len() >= n && (0..n).all(|k| word(a.start + k) == word(b.start + k))
    };
    let support: Vec<Option<usize>> = found
        .iter()
        .map(|h| {
            if !h.headline {
                return Some(h.tokens.len());
            }
            found
                .iter()
                .filter(|b| !b.headline && same_words(&h.tokens, &b.tokens, b.tokens.len()))
                .map(|b| b.tokens.len())
                .max()
        })
        .collect();
    let found: Vec<Range<usize>> = found
        .iter()
        .zip(support)
        .filter_map(|(f, len)| len.map(|len| f.tokens.start..f.tokens.start + len))
        .collect();
    // Said of an organisation: "said it", ", a charity", "founder".
    let org_evidence = |end: usize| {
        let apposition = word(end) == ","
            && words::is_determiner(&word(end + 1).to_lowercase())
            && (end + 2..=end + 2 + MAX_MODIFIERS)
                .map(|k| word(k).to_lowercase())
                .take_while(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-'))
                .any(|w| operation_org_cues::get(&w) == Some(OrgCue::Noun));
        let at = if word(end) == "'s" { end + 1 } else { end };
        let after = operation_org_cues::get(&word(at).to_lowercase()) == Some(OrgCue::After);
        apposition || after || said_it(text, tokens, end, false)
    };
    let evidence: Vec<bool> = found.iter().map(|r| org_evidence(r.end)).collect();
    let labels: Vec<&'static str> = found
        .iter()
        .map(|r| {
            let org = found
                .iter()
                .zip(&evidence)
                .any(|(o, &e)| e && o.len() == r.len() && same_words(o, r, r.len()));
            if org {
                "ORG"
            } else {
                "MISC"
            }
        })
        .collect();
    let mut in_operation = vec![false; tokens.len()];
    for r in &found {
        in_operation[r.clone()].fill(true);
    }
    for n in names.iter_mut() {
        let Some(first) = n.tokens.clone().find(|&i| in_operation[i]) else {
            continue;
        };
        if first > n.tokens.start {
            // A name the tagger began before the operation ends before it.
            n.tokens.end = first;
        } else {
            // One begun inside keeps what is left after it, past a job.
            let mut start = n
                .tokens
                .clone()
                .rev()
                .find(|&i| in_operation[i])
                .map_or(first, |l| l + 1);
            while start < n.tokens.end && job(start) {
                start += 1;
            }
            n.tokens.start = start.min(n.tokens.end);
            // What is left of a name that ran on is a place where the
            // gazetteer knows one ("Operation Enduring Freedom
            // Afghanistan").
            if !n.tokens.is_empty() && place(n.tokens.clone()) {
                n.label = "LOC";
            }
        }
    }
    crate::names::drop_empty(names);
    names.extend(
        found
            .into_iter()
            .zip(labels)
            .map(|(tokens, label)| Name { tokens, label }),
    );
    crate::names::sort_by_start(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed, placed_in_turn};
    use crate::segment::segment;

    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names = placed_in_turn(text, &s, found);
        operations(text, &s, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
    }

    fn owned(want: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        want.iter().map(|&(w, l)| (w.to_string(), l)).collect()
    }

    #[test]
    fn operations_are_misc_names_with_their_word() {
        let text = "Operation Kestrel Dawn began. Police ran Operation Larkspur in May. \
                    The NATO Operation Blue Harbour ended. Operation Pinewood Hill, a raid, failed.";
        let s = segment(text);
        let mut names = placed(
            text,
            &s,
            &[
                ("Operation Kestrel Dawn", "ORG"),
                ("Larkspur", "PERSON"),
                ("NATO Operation Blue Harbour", "ORG"),
            ],
        );
        operations(text, &s, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Operation Kestrel Dawn".into(), "MISC"),
                ("Operation Larkspur".into(), "MISC"),
                ("NATO".into(), "ORG"),
                ("Operation Blue Harbour".into(), "MISC"),
                ("Operation Pinewood Hill".into(), "MISC"),
            ]
        );
    }

    #[test]
    fn operation_without_a_name_is_left_alone() {
        // Lower case, a plural, a function word or a line break after it.
        let text = "The operation Cole led failed. Operations Director Ann Vey spoke. \
                    Operation of the plant stopped. Operation\nLisbon";
        assert_eq!(
            run(text, &[("Cole", "PERSON"), ("Ann Vey", "PERSON")]),
            owned(&[("Cole", "PERSON"), ("Ann Vey", "PERSON")])
        );
    }

    #[test]
    fn a_job_or_a_person_after_operation_is_no_operation() {
        let text = "Operation Manager Jenna Ortiz said so. Operation Chief Ivo Hale agreed. \
                    Operation Jenna Ortiz spoke. Ortiz left. Operation Noble Heron began.";
        assert_eq!(
            run(
                text,
                &[
                    ("Jenna Ortiz", "PERSON"),
                    ("Ivo Hale", "PERSON"),
                    ("Jenna Ortiz", "PERSON"),
                    ("Ortiz", "PERSON"),
                    ("Noble Heron", "PERSON"),
                ],
            ),
            owned(&[
                ("Jenna Ortiz", "PERSON"),
                ("Ivo Hale", "PERSON"),
                ("Jenna Ortiz", "PERSON"),
                ("Ortiz", "PERSON"),
                // No "Heron" alone: an operation's name.
                ("Operation Noble Heron", "MISC"),
            ])
        );
    }

    #[test]
    fn an_operation_ends_before_a_job_a_date_a_place_or_a_name() {
        let text = "Operation Kestrel Dawn Commander Ivo Hale spoke. \
                    Operation Larkspur June 6, 1944 came. \
                    During Operation Blue Harbour Germany struck. \
                    In Operation Sand Owl Ruritania planned. \
                    Operation Pillar of Sand ended. Operation Dune Hawk Germany veterans met.";
        assert_eq!(
            run(
                text,
                &[
                    ("Ivo Hale", "PERSON"),
                    ("Ruritania", "LOC"),
                    // The tagger's name is the operation's.
                    ("Pillar of Sand", "ORG"),
                    ("Operation Dune Hawk Germany", "MISC"),
                ],
            ),
            owned(&[
                ("Operation Kestrel Dawn", "MISC"),
                ("Ivo Hale", "PERSON"),
                ("Operation Larkspur", "MISC"),
                ("Operation Blue Harbour", "MISC"),
                ("Operation Sand Owl", "MISC"),
                ("Ruritania", "LOC"),
                ("Operation Pillar of Sand", "MISC"),
                ("Operation Dune Hawk", "MISC"),
                ("Germany", "LOC"),
            ])
        );
        // The first word is the operation's, a place's name or not.
        assert_eq!(
            run("Operation Germany Falcon ended.", &[("Germany", "LOC")]),
            owned(&[("Operation Germany Falcon", "MISC")])
        );
    }

    #[test]
    fn an_organisation_named_operation_stays_an_org() {
        let text = "Operation Lantern Kite, a medical charity, spoke. \
                    Operation Lantern Kite said it would return. \
                    Operation Tidal Fern founder Ann Vey spoke. \
                    Operation Desert Lark and its aftermath were studied.";
        assert_eq!(
            run(text, &[("Ann Vey", "PERSON")]),
            owned(&[
                ("Operation Lantern Kite", "ORG"),
                ("Operation Lantern Kite", "ORG"),
                ("Operation Tidal Fern", "ORG"),
                ("Ann Vey", "PERSON"),
                ("Operation Desert Lark", "MISC"),
            ])
        );
    }

    #[test]
    fn a_headline_operation_needs_the_body() {
        assert_eq!(
            run(
                "Operation Costs Rise At Airport. The airport said its costs rose.",
                &[("Airport", "LOC")]
            ),
            owned(&[("Airport", "LOC")])
        );
        assert_eq!(
            run(
                "Operation Kestrel Dawn Ends\n\nOperation Kestrel Dawn ended on Monday.",
                &[]
            ),
            owned(&[
                ("Operation Kestrel Dawn", "MISC"),
                ("Operation Kestrel Dawn", "MISC"),
            ])
        );
    }
}
