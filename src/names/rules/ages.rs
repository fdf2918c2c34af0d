//! `names.ages`: a name followed by an age between commas is a person's
//! ("Jones, 45, was arrested"), in every mention of the article. In
//! CoNLL-2003 eng.train a name before ", <one or two digits>," or ",
//! <digits>." is a PER all 56 times; the tagger, seeing a lone surname
//! ("Jones", "Morgan") that 1996 wire copy also uses for banks, types some
//! of them ORG. Only for names of up to three words typed ORG or LOC, and
//! not a place the gazetteer knows.

use rustc_hash::FxHashSet as HashSet;

use super::{is_known_place, retype_mentions};
use crate::names::gazetteer::Gazetteer;
use crate::names::{token_text, Name};
use crate::segment::Token;

/// Most words of a name the rule retypes.
const MAX_WORDS: usize = 3;

pub fn ages(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let is_age = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let people: HashSet<&str> = names
        .iter()
        .filter(|n| {
            let end = n.tokens.end;
            matches!(n.label, "ORG" | "LOC")
                && n.tokens.len() <= MAX_WORDS
                && word(end) == ","
                && is_age(word(end + 1))
                && matches!(word(end + 2), "," | ".")
                && !is_known_place(text, &tokens[n.tokens.clone()], gazetteer)
        })
        .map(|n| token_text(text, tokens, n.tokens.clone()))
        .collect();
    if !people.is_empty() {
        retype_mentions(text, tokens, &people, "PERSON", names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    fn run(text: &str, proposed: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names: Vec<Name> = placed(text, &s, proposed);
        ages(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
    }

    #[test]
    fn a_name_with_an_age_is_a_person() {
        assert_eq!(
            run("Halvorsen, 45, was arrested.", &[("Halvorsen", "ORG")]),
            [("Halvorsen".to_string(), "PERSON")]
        );
    }

    #[test]
    fn places_counts_and_years_stay() {
        assert_eq!(
            run(
                "In France, 12, and in Tarsk, 1996, and Velmar, 45 shops, opened.",
                &[("France", "LOC"), ("Tarsk", "ORG"), ("Velmar", "ORG")]
            ),
            [
                ("France".to_string(), "LOC"),
                ("Tarsk".to_string(), "ORG"),
                ("Velmar".to_string(), "ORG")
            ]
        );
    }
}
