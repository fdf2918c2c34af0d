//! `names.one_type`: one name keeps one type through an article. Every
//! mention of the same words takes the type most of them have (a
//! one-word name tied between a person and one other type is the other
//! type; other ties, a person with two other types among them, leave
//! each as it is), and the words that end a
//! person's full name elsewhere in the article are that person
//! ("Santorum" after "Rick Santorum"; "Suu Kyi" after "Aung San Suu Kyi",
//! which the tagger took for an organisation each time), unless a lone
//! word is an organisation there by most mentions; and the other way
//! round, a full name that begins with a given name and ends with a word
//! that alone is a person by most of its mentions is that person ("Andy
//! Warhol" in "an Andy Warhol exhibit", after "Warhol" alone was a person
//! throughout). A name the gazetteer knows as a place keeps the type its
//! context gave it ("Chicago" the city in the dateline, the club in the
//! results).

use rustc_hash::FxHashMap as HashMap;

use super::is_known_place;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::{token_text, Name};
use crate::segment::Token;

const LABELS: [&str; 4] = ["PERSON", "ORG", "LOC", "MISC"];

/// Longest tail of a person's full name, in tokens, that is the person.
const MAX_TAIL_WORDS: usize = 4;

pub fn one_type(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let mut votes: HashMap<&str, [usize; 4]> = HashMap::default();
    let mut surnames: HashMap<&str, usize> = HashMap::default();
    for name in names.iter() {
        let Some(idx) = LABELS.iter().position(|l| *l == name.label) else {
            continue;
        };
        votes
            .entry(token_text(text, tokens, name.tokens.clone()))
            .or_default()[idx] += 1;
        // Every tail of a person's full name: "Santorum" of "Rick
        // Santorum", "Suu Kyi" and "Kyi" of "Aung San Suu Kyi".
        // At most the last [`MAX_TAIL_WORDS`] words, so that the work stays
        // linear in the length of a name.
        if name.label == "PERSON" && name.tokens.len() >= 2 {
            let first = (name.tokens.start + 1).max(name.tokens.end.saturating_sub(MAX_TAIL_WORDS));
            for from in first..name.tokens.end {
                *surnames
                    .entry(token_text(text, tokens, from..name.tokens.end))
                    .or_default() += 1;
            }
        }
    }
    for name in names.iter_mut() {
        if is_known_place(text, &tokens[name.tokens.clone()], gazetteer) {
            continue;
        }
        let words = token_text(text, tokens, name.tokens.clone());
        let Some(count) = votes.get(words) else {
            continue;
        };
        let best = (0..4).max_by_key(|&i| count[i]).unwrap_or(0);
        let unique = (0..4).filter(|&i| count[i] == count[best]).count() == 1;
        if unique {
            name.label = LABELS[best];
        } else if count[0] == count[best] && name.tokens.len() == 1 {
            // A one-word name tied between a person and another type is
            // the other: news introduces a person by a full name or a
            // title, and half the mentions saw no person ("Airbus said"
            // against "the Airbus A380"). A full name tied so keeps each
            // mention's type ("Junius Ho" under a heading and in a
            // sentence). A person tied with two or more other types
            // ("Jordan" a person, a country and a club once each) says
            // nothing of which: each mention keeps its type.
            let mut others = (1..4).filter(|&i| count[i] == count[best]);
            if let (Some(other), None) = (others.next(), others.next()) {
                name.label = LABELS[other];
            }
        }
        let org_majority = unique && LABELS[best] == "ORG";
        // A tail of two or more words is the person even where the tagger
        // made every mention of it an organisation; a lone word that
        // most mentions make an organisation stays one ("Ford").
        let tail = surnames.contains_key(words);
        if tail && (name.tokens.len() >= 2 || !org_majority) {
            name.label = "PERSON";
        }
        // The other way round: a full name that begins with a given name
        // and ends with a word that alone is a person by most of its
        // mentions, and more often than the full name is anything, is
        // that person ("Andy Warhol" in "an Andy Warhol exhibit", after
        // "Warhol" alone was a person throughout). A company named after
        // its founder ("Ralph Lauren" cut its forecast, three times, and
        // "Lauren" founded it once) stays an organisation.
        if name.tokens.len() >= 2 && name.label != "PERSON" && !org_majority {
            let word = |k: usize| token_text(text, tokens, k..k + 1);
            let given = gazetteer
                .kinds(word(name.tokens.start))
                .has(Kind::FirstName);
            let most = count.iter().copied().max().unwrap_or(0);
            let last_is_person = votes
                .get(word(name.tokens.end - 1))
                .is_some_and(|c| (1..4).all(|i| c[0] > c[i]) && c[0] > most);
            if given && last_is_person {
                name.label = "PERSON";
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// The `nth` occurrence of `words` in `text` as a name of `label`.
    fn name(text: &str, tokens: &[Token], words: &str, nth: usize, label: &'static str) -> Name {
        let start = text.match_indices(words).nth(nth).unwrap().0;
        let first = tokens.iter().position(|t| t.span.start == start).unwrap();
        let last = tokens
            .iter()
            .position(|t| t.span.end == start + words.len())
            .unwrap();
        Name {
            tokens: first..last + 1,
            label,
        }
    }

    /// The types `one_type` leaves on the mentions given as (words, which
    /// occurrence, the tagger's type), in that order.
    fn retyped(text: &str, mentions: &[(&str, usize, &'static str)]) -> Vec<&'static str> {
        let s = segment(text);
        let mut names: Vec<Name> = mentions
            .iter()
            .map(|&(words, nth, label)| name(text, &s.tokens, words, nth, label))
            .collect();
        one_type(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        names.iter().map(|n| n.label).collect()
    }

    #[test]
    fn a_name_keeps_its_type() {
        let text = "Rick Santorum spoke. Santorum left. Magna rose, Magna fell, Magna won.";
        let s = segment(text);
        let at = |i: usize| i..i + 1;
        let word = |w: &str, nth: usize| {
            let start = text.match_indices(w).nth(nth).unwrap().0;
            s.tokens.iter().position(|t| t.span.start == start).unwrap()
        };
        let mut names = vec![
            Name {
                tokens: word("Rick", 0)..word("Rick", 0) + 2,
                label: "PERSON",
            },
            Name {
                tokens: at(word("Santorum", 1)),
                label: "LOC",
            },
            Name {
                tokens: at(word("Magna", 0)),
                label: "ORG",
            },
            Name {
                tokens: at(word("Magna", 1)),
                label: "PERSON",
            },
            Name {
                tokens: at(word("Magna", 2)),
                label: "ORG",
            },
        ];
        one_type(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["PERSON", "PERSON", "ORG", "ORG", "ORG"]);
    }

    #[test]
    fn the_tail_of_a_full_name_is_the_person() {
        let text = "Aung San Suu Kyi spoke. Suu Kyi left. Suu Kyi won. Ford rose, Ford fell. \
                    Henry Ford died.";
        let labels = retyped(
            text,
            &[
                ("Aung San Suu Kyi", 0, "PERSON"),
                ("Suu Kyi", 1, "ORG"),
                ("Suu Kyi", 2, "ORG"),
                ("Ford", 0, "ORG"),
                ("Ford", 1, "ORG"),
                ("Henry Ford", 0, "PERSON"),
            ],
        );
        // Two words that end the full name are the person though the
        // tagger made both mentions an ORG; a lone word that most mentions
        // make an ORG stays one.
        assert_eq!(
            labels,
            ["PERSON", "PERSON", "PERSON", "ORG", "ORG", "PERSON"]
        );
    }

    #[test]
    fn a_given_name_before_a_person_is_the_person() {
        let text = "Warhol spoke. Warhol left. An Andy Warhol show opened at the \
                    Andy Warhol Foundation. Ford rose, Ford fell. A Henry Ford car. \
                    Ralph Lauren fell. Ralph Lauren rose. Lauren founded it.";
        let labels = retyped(
            text,
            &[
                ("Warhol", 0, "PERSON"),
                ("Warhol", 1, "PERSON"),
                ("Andy Warhol", 0, "MISC"),
                ("Andy Warhol Foundation", 0, "ORG"),
                ("Ford", 0, "ORG"),
                ("Ford", 1, "ORG"),
                ("Henry Ford", 0, "MISC"),
                ("Ralph Lauren", 0, "ORG"),
                ("Ralph Lauren", 1, "ORG"),
                ("Lauren", 2, "PERSON"),
            ],
        );
        // "Andy Warhol" is the person "Warhol" is; the foundation named
        // after him, a car named after a man whose surname is a company
        // here, and a company named after its founder keep their types.
        assert_eq!(
            labels,
            ["PERSON", "PERSON", "PERSON", "ORG", "ORG", "ORG", "MISC", "ORG", "ORG", "PERSON"]
        );
    }

    #[test]
    fn a_tie_with_a_person_goes_to_the_other_type() {
        let text = "Velmar said so. The Velmar plant closed. Tobin Hill rose. Tobin Hill fell.";
        let labels = retyped(
            text,
            &[
                ("Velmar", 0, "PERSON"),
                ("Velmar", 1, "ORG"),
                ("Tobin Hill", 0, "ORG"),
                ("Tobin Hill", 1, "LOC"),
            ],
        );
        // A person against an organisation is the organisation; a tie
        // with no person in it leaves each mention as it was.
        assert_eq!(labels, ["ORG", "ORG", "ORG", "LOC"]);
    }

    #[test]
    fn a_person_tied_with_two_other_types_keeps_each() {
        let text = "Quarn said so. Quarn, the county, voted. The Quarn plant closed.";
        let labels = retyped(
            text,
            &[
                ("Quarn", 0, "PERSON"),
                ("Quarn", 1, "LOC"),
                ("Quarn", 2, "ORG"),
            ],
        );
        // Not the organisation for all three by the order of the types.
        assert_eq!(labels, ["PERSON", "LOC", "ORG"]);
    }
}
