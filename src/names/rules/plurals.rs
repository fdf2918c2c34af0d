//! `names.plurals`: the plural of a name that is no person's is no
//! person. A brand's plural names its products ("100 Polaroids", "two
//! Boeings"), and the tagger, which reads "-s" after a capital as a
//! surname's ending, types it a PERSON. A one-word PERSON written as a
//! one-word ORG of the article with an "s" added is MISC in every
//! mention, when that singular is no given name
//! of the gazetteer ("Williams" of "William"), no word of a person's
//! longer name that opens with a given name ("the Lunds" after "Mira
//! Lund"), and the plural ends no such name ("Jon Pardos" with a company
//! "Pardo"). A singular of another type is
//! left: "Hebrews" beside the language "Hebrew" are people (GUM).
//!
//! Linear: one pass over the names for the singulars, one for the plurals.

use rustc_hash::FxHashSet as HashSet;

use super::retype_mentions;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::segment::Token;

pub fn plurals(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let word = |i: usize| &text[tokens[i].span.range()];
    // One-word ORGs, and the words of people's longer names that open
    // with a given name (not "Warhol Polaroid", a wrong PERSON).
    let mut singular: HashSet<&str> = HashSet::default();
    let mut person_words: HashSet<&str> = HashSet::default();
    for name in names.iter() {
        if name.label == "PERSON"
            && name.tokens.len() >= 2
            && gazetteer
                .kinds(word(name.tokens.start))
                .has(Kind::FirstName)
        {
            person_words.extend(name.tokens.clone().map(word));
        } else if name.label == "ORG" && name.tokens.len() == 1 {
            singular.insert(word(name.tokens.start));
        }
    }
    if singular.is_empty() {
        return;
    }
    let plural: HashSet<&str> = names
        .iter()
        .filter(|n| n.label == "PERSON" && n.tokens.len() == 1)
        .map(|n| word(n.tokens.start))
        .filter(|w| {
            w.strip_suffix('s').is_some_and(|one| {
                one.chars().count() >= 3
                    && singular.contains(one)
                    && !person_words.contains(one)
                    && !person_words.contains(w)
                    && !gazetteer.kinds(one).has(Kind::FirstName)
            })
        })
        .collect();
    if plural.is_empty() {
        return;
    }
    retype_mentions(text, tokens, &plural, "MISC", names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::placed;
    use crate::segment::segment;

    #[test]
    fn the_plural_of_a_brand_is_no_person() {
        let text = "A Zorbitol camera. It shows 100 Zorbitols. The Zorbitols were sold. \
                    William agreed. Williams spoke. The Kestrels flew. Pardo Inc. grew. \
                    Jon Pardos spoke. Pardos said so. Mira Lund won. Lunds ran. Lund Corp grew. \
                    Hebrew is spoken. The Hebrews left.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Zorbitol", "ORG"),
                ("Zorbitols", "PERSON"),
                ("Zorbitols were", "PERSON"),
                ("William", "ORG"),
                ("Williams", "PERSON"),
                ("Kestrels", "PERSON"),
                ("Pardo", "ORG"),
                ("Jon Pardos", "PERSON"),
                ("Pardos said", "PERSON"),
                ("Mira Lund", "PERSON"),
                ("Lunds", "PERSON"),
                ("Lund Corp", "ORG"),
                ("Hebrew", "MISC"),
                ("Hebrews", "PERSON"),
            ],
        );
        for n in names.iter_mut() {
            let first = &text[s.tokens[n.tokens.start].span.range()];
            if n.tokens.len() == 2 && n.label == "PERSON" && first.ends_with('s') {
                n.tokens.end -= 1;
            }
        }
        plurals(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let got: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(
            got,
            [
                // The brand's plural, both mentions.
                "ORG", "MISC", "MISC",
                // "William" is a given name; no singular of "Kestrels".
                "ORG", "PERSON", "PERSON", // The plural ends a person's name.
                "ORG", "PERSON", "PERSON",
                // The singular is a word of a person's name.
                "PERSON", "PERSON", "ORG",
                // The singular is no ORG: a people's language.
                "MISC", "PERSON",
            ]
        );
    }
}
