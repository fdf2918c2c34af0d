//! `names.given_said`: a given name that "said she" is a person. The
//! tagger types a lone word an ORG when it also names companies ("Morgan
//! said she would appeal" of a Ms. Morgan). A one-word ORG that the
//! gazetteer knows as a given name and as no organisation or news
//! agency, written right before a reporting verb and "he" or "she"
//! ("said she", "added he"), is a PERSON in every mention.
//!
//! An earlier form of this rule (`names.said_he`, twelfth session) read
//! any one- or two-word ORG or LOC so and made institutions people:
//! "Downing Street said she", "The Kremlin said he", "Reuters said he",
//! "Morgan Stanley said she". Institutions report on people; given names
//! do not name institutions alone. So the name must be one word and a
//! given name, not after "the", not a word of a longer name of the
//! article ("Morgan Stanley", "J.P. Morgan"), and no mention may be spoken
//! of as a company ("Morgan said it").
//!
//! The surname of a person the article names in full is read the same way
//! ("Jafari said she" after "Amneh Jafari", typed ORG alone): a word
//! that ends a PERSON of two words or more and is no other word of a
//! longer name.
//!
//! A place's name can be a person's surname ("Valeska Paris"): the tagger
//! types the lone surname a place in every mention ("Paris claims she was
//! kept"), and the full name, where it reads no given name, an ORG. A
//! one-word LOC that ends a two-word PERSON or ORG of the article
//! ("Valeska Paris", whose first word the gazetteer knows as a given name
//! or as nothing, that opens or heads no institution, facility or place,
//! "Radio Paris", and that the article never writes in lower case) and
//! "said she" in one mention is a PERSON in every
//! mention, and so is that two-word name, when no mention of the word
//! follows a preposition of place ("in Paris") and it is no country: a
//! country speaks through its government ("Israel said he was a
//! militant"), and an earlier rule that retyped such a place on the full
//! name alone made "Israel" a person after "Representative Steve Israel".
//!
//! Linear: one pass over the names for the words of longer names and the
//! cues, one for the mentions.

use rustc_hash::FxHashSet as HashSet;

use super::company_mentions::said_it;
use super::retype_mentions;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::{
    facility_heads, location_heads, org_heads, org_openers, place_prepositions,
};
use crate::resources::lists::quotes::cues;
use crate::segment::Token;
use crate::text::words;

pub fn given_said(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    lower_words: &HashSet<&str>,
    names: &mut [Name],
) {
    let word = |i: usize| &text[tokens[i].span.range()];
    // Whether a word may be a given name: the gazetteer knows it as one
    // or as nothing, it opens or heads no institution, facility or place
    // ("Radio Paris", "Cape Town"), and the article never writes it in
    // lower case.
    let may_be_given = |w: &str| {
        let kinds = gazetteer.kinds(w);
        (kinds.is_empty() || kinds.iter().all(|k| k == Kind::FirstName))
            && crate::text::is_capitalised(w)
            && w.chars().skip(1).all(char::is_lowercase)
            && !org_heads::contains(w)
            && !org_openers::contains(w)
            && facility_heads::get(w).is_none()
            && location_heads::get(w).is_none()
            && !lower_words.contains(w.to_lowercase().as_str())
    };
    let lower = |i: usize| tokens.get(i).map(|_| word(i).to_lowercase());
    // Words of longer names, and names spoken of as companies.
    let mut longer: HashSet<&str> = HashSet::default();
    let mut company: HashSet<&str> = HashSet::default();
    // The last words of people's full names ("Jafari" of "Amneh Jafari").
    let mut surnames: HashSet<&str> = HashSet::default();
    // The last words of two-word names whose first word the gazetteer
    // knows as nothing but a given name ("Paris" of "Valeska Paris").
    let mut name_ends: HashSet<&str> = HashSet::default();
    // Words inside longer names, before their last, of those places.
    let mut inner: HashSet<&str> = HashSet::default();
    // The one-word places, the only words the two sets above are asked of.
    let places: HashSet<&str> = names
        .iter()
        .filter(|n| n.label == "LOC" && n.tokens.len() == 1)
        .map(|n| word(n.tokens.start))
        .collect();
    for name in names.iter() {
        if name.tokens.len() >= 2 && !places.is_empty() {
            inner.extend(
                name.tokens
                    .clone()
                    .take(name.tokens.len() - 1)
                    .map(word)
                    .filter(|w| places.contains(w)),
            );
        }
        if name.tokens.len() == 2
            && matches!(name.label, "PERSON" | "ORG")
            && places.contains(word(name.tokens.start + 1))
            && may_be_given(word(name.tokens.start))
        {
            name_ends.insert(word(name.tokens.start + 1));
        }
        if name.tokens.len() >= 2 && name.label == "PERSON" {
            surnames.insert(word(name.tokens.end - 1));
            longer.extend(name.tokens.clone().take(name.tokens.len() - 1).map(word));
        } else if name.tokens.len() >= 2 {
            longer.extend(name.tokens.clone().map(word));
        } else if said_it(text, tokens, name.tokens.end, false) {
            company.insert(word(name.tokens.start));
        }
    }
    // Places the article puts after a preposition of place ("in Paris").
    let mut placed: HashSet<&str> = HashSet::default();
    for name in names.iter() {
        let at = name.tokens.start;
        if name.label == "LOC"
            && at > 0
            && name_ends.contains(word(at))
            && place_prepositions::contains(&super::lower_cow(word(at - 1)))
        {
            placed.insert(word(at));
        }
    }
    let cued: HashSet<&str> = names
        .iter()
        .filter(|n| n.tokens.len() == 1)
        .filter(|n| match n.label {
            "ORG" => true,
            "LOC" => name_ends.contains(word(n.tokens.start)),
            _ => false,
        })
        .filter(|n| {
            let (at, end) = (n.tokens.start, n.tokens.end);
            let w = word(at);
            let kinds = gazetteer.kinds(w);
            let after_article = at > 0 && words::is_article(&word(at - 1).to_lowercase());
            let surname = match n.label {
                "ORG" => {
                    (kinds.has(Kind::FirstName) || surnames.contains(w)) && !longer.contains(w)
                }
                "LOC" => {
                    name_ends.contains(w)
                        && !inner.contains(w)
                        && !placed.contains(w)
                        && !kinds.has(Kind::Country)
                }
                _ => false,
            };
            surname
                && !kinds.has(Kind::Org)
                && !kinds.has(Kind::Agency)
                && !after_article
                && !company.contains(w)
                && lower(end).is_some_and(|v| cues::contains(&v))
                && lower(end + 1).is_some_and(|p| p == "he" || p == "she")
        })
        .map(|n| word(n.tokens.start))
        .collect();
    if cued.is_empty() {
        return;
    }
    retype_mentions(text, tokens, &cued, "PERSON", names);
    // The two-word names a retyped place ends ("Valeska Paris").
    for name in names.iter_mut() {
        if name.tokens.len() == 2
            && name.label == "ORG"
            && cued.contains(word(name.tokens.start + 1))
            && name_ends.contains(word(name.tokens.start + 1))
            && may_be_given(word(name.tokens.start))
        {
            name.label = "PERSON";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn a_given_name_that_said_she_is_a_person() {
        let text = "Morgan said she would appeal. Reuters said he left. The Jackie said he lied. \
                    Lee said he was fine at Lee Enterprises. Acme said she quit. Morgan agreed. \
                    Taylor said it would sue. Taylor said she quit. Ann Varga spoke. Varga said she left.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Morgan", "ORG"),
                // A news agency.
                ("Reuters", "ORG"),
                // After "The".
                ("Jackie", "ORG"),
                // A word of a longer name.
                ("Lee", "ORG"),
                ("Lee Enterprises", "ORG"),
                // No given name.
                ("Acme", "ORG"),
                ("Morgan agreed", "ORG"),
                // Spoken of as a company in one mention.
                ("Taylor", "ORG"),
                ("Ann Varga", "PERSON"),
                ("Varga said", "ORG"),
            ],
        );
        let n = names.len();
        names[n - 4].tokens.end -= 1;
        names[n - 1].tokens.end -= 1;
        let taylor = text.rfind("Taylor").unwrap();
        let at = s
            .tokens
            .iter()
            .position(|t| t.span.start == taylor)
            .unwrap();
        names.push(Name {
            tokens: at..at + 1,
            label: "ORG",
        });
        given_said(
            text,
            &s.tokens,
            &Gazetteer::embedded(),
            &crate::names::rules::lower_words(text, &s.tokens),
            &mut names,
        );
        let got: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(
            got,
            [
                "PERSON", "ORG", "ORG", "ORG", "ORG", "ORG", "PERSON", "ORG", "PERSON", "PERSON",
                "ORG"
            ]
        );
        let _ = names_of(text, &s, &names);
    }
}

#[cfg(test)]
mod place_tests {
    use super::*;
    use crate::names::rules::lower_words;
    use crate::names::rules::testing::range_of;
    use crate::segment::segment;

    /// The labels after the pass of a text whose names are given as (the
    /// words from which the name starts, how many of them, label).
    fn labels(text: &str, found: &[(&str, usize, &'static str)]) -> Vec<&'static str> {
        let s = segment(text);
        let mut names: Vec<Name> = found
            .iter()
            .map(|&(words, n, label)| {
                let r = range_of(text, &s, words);
                Name {
                    tokens: r.start..r.start + n,
                    label,
                }
            })
            .collect();
        let lower = lower_words(text, &s.tokens);
        given_said(text, &s.tokens, &Gazetteer::embedded(), &lower, &mut names);
        names.iter().map(|n| n.label).collect()
    }

    #[test]
    fn a_place_that_ends_a_name_and_said_she_is_a_person() {
        // The full name, an ORG, and every mention of the place.
        assert_eq!(
            labels(
                "Teodora Lyon, a former member, spoke. Lyon claims she was held. Lyon left.",
                &[
                    ("Teodora Lyon", 2, "ORG"),
                    ("Lyon claims", 1, "LOC"),
                    ("Lyon left", 1, "LOC")
                ],
            ),
            ["PERSON", "PERSON", "PERSON"]
        );
        // A country speaks through its government.
        assert_eq!(
            labels(
                "Representative Steve Israel spoke. Israel said he was a militant.",
                &[("Steve Israel", 2, "PERSON"), ("Israel said", 1, "LOC")],
            ),
            ["PERSON", "LOC"]
        );
        // The article writes the word as a place.
        assert_eq!(
            labels(
                "Jack London wrote. Officials in London met. London said he would go.",
                &[
                    ("Jack London", 2, "PERSON"),
                    ("London met", 1, "LOC"),
                    ("London said", 1, "LOC")
                ],
            ),
            ["PERSON", "LOC", "LOC"]
        );
        // No "said she"; a first word that heads a station or is written
        // in lower case; a place of two words.
        assert_eq!(
            labels(
                "Anna Moscow spoke. Moscow said it would reply. Radio Paris said so. \
                 Paris said he was a spy. The radio was on. East Berlin grew. Berlin said she left.",
                &[
                    ("Anna Moscow", 2, "PERSON"),
                    ("Moscow said", 1, "LOC"),
                    ("Radio Paris", 2, "ORG"),
                    ("Paris said", 1, "LOC"),
                    ("East Berlin", 2, "LOC"),
                    ("Berlin said", 1, "LOC"),
                ],
            ),
            ["PERSON", "LOC", "ORG", "LOC", "LOC", "LOC"]
        );
    }
}
