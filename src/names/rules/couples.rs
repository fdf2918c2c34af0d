//! `names.couples`: an institution named after a couple is one name, "the
//! Bill and Melinda Gates Foundation", "the Michael and Susan Dell
//! Foundation". The tagger reads the first given name as a person and the
//! rest as the institution ("Bill", "Melinda Gates Foundation").
//!
//! Narrow on purpose: two names joined by "and" are as often two names
//! ("the White House and State Department", "Smith and Jones Ltd"), and a
//! pass that joined any name to a head after "and" was reverted. Here the
//! join needs all of:
//!
//! - a name of the tagger's of three or more capitalised words, a given
//!   name the gazetteer knows, a surname, and an institution's or a
//!   prize's head last (`data/gazetteers/org_heads.txt`: "Foundation",
//!   "Institute", "Trust", "Fund"; `facility_heads.txt` bar the heads that
//!   are surnames too: "Center", "Museum"; `event_heads.txt`: "Prize");
//!   Each word between the given name and the head is a surname's: no
//!   word the gazetteer knows as a place, a nationality, a group, an
//!   organisation or a title, no head of a place, an institution, a
//!   building or an event, and no common English word, one whose lower
//!   case the tagger's word clusters hold ("Georgia State University",
//!   "National", "Community");
//! - right before it "and", and before that a capitalised given name the
//!   gazetteer knows, alone or the tagger's one-word PERSON: one the
//!   tagger typed a place or an organisation is one ("Virginia and James
//!   Madison University", "Jordan and Henry Jackson Society", "Israel and
//!   Benjamin Franklin Institute");
//! - before that given name, no capitalised word but an article, so that
//!   a longer name's end ("Gates Bill and ...") is no given name, and no
//!   comma: a list of three given names ("the Bill, Hillary and Chelsea
//!   Clinton Foundation") is left as the tagger found it.
//!
//! The joined name keeps the institution's type; a PERSON becomes an ORG
//! (its head names no person), and later passes type it by its head as
//! any name (`names.companies`, `names.facilities`, `names.events`).
//!
//! Linear: one walk over the names, a few tokens looked at for each.

use crate::names::clusters::Clusters;
use crate::names::gazetteer::{Gazetteer, Kind, Kinds};
use crate::names::{drop_empty, Name};
use crate::resources::lists::gazetteers::{
    event_heads, facility_heads, location_heads, org_heads, org_openers,
};
use crate::segment::Token;
use crate::text::{is_capitalised, words};

pub fn couples(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    clusters: &Clusters,
    names: &mut Vec<Name>,
) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let given = |i: usize| {
        let w = word(i);
        is_capitalised(w)
            && w.chars().all(char::is_alphabetic)
            && gazetteer.kinds(w).has(Kind::FirstName)
    };
    let head = |w: &str| {
        org_heads::contains(w)
            || event_heads::contains(w)
            || facility_heads::get(w).is_some_and(|h| h != facility_heads::Value::Surname)
    };
    // A word of a person's surname: nothing else the gazetteer or the
    // heads know, and no common English word.
    let surname = |i: usize| {
        let w = word(i);
        !(gazetteer.kinds(w).any_of(Kinds::NOT_A_PERSON)
            || head(w)
            || location_heads::get(w).is_some()
            || org_openers::contains(w)
            || clusters.get(&w.to_lowercase()).is_some())
    };
    // The tagger's one-word name at each token, to fold into the join.
    let mut one_word: Vec<Option<usize>> = vec![None; tokens.len()];
    let mut covered = vec![false; tokens.len()];
    for (idx, name) in names.iter().enumerate() {
        if name.tokens.len() == 1 {
            one_word[name.tokens.start] = Some(idx);
        }
        for i in name.tokens.clone() {
            covered[i] = true;
        }
    }
    let mut joined = false;
    for idx in 0..names.len() {
        let range = names[idx].tokens.clone();
        let start = range.start;
        if range.len() < 3
            || start < 2
            || !range.clone().all(|i| is_capitalised(word(i)))
            || !given(start)
            || !head(word(range.end - 1))
            || word(start - 1) != "and"
            || !given(start - 2)
            || !(start + 1..range.end - 1).all(surname)
        {
            continue;
        }
        let first = start - 2;
        // The first given name stands alone, or is the tagger's one-word
        // PERSON: no longer name of the tagger's runs over it, and the
        // tagger read no place or organisation in it ("Virginia and James
        // Madison University").
        if covered[first] && one_word[first].is_none_or(|k| names[k].label != "PERSON") {
            continue;
        }
        // Nor does it end a list ("the Bill, Hillary and Chelsea Clinton
        // Foundation" names three people, and joining two would take one
        // of them away).
        if first > 0 {
            let before = word(first - 1);
            if before == ","
                || (is_capitalised(before) && !words::is_article(&before.to_lowercase()))
            {
                continue;
            }
        }
        if let Some(k) = one_word[first] {
            names[k].tokens = first..first;
        }
        let name = &mut names[idx];
        name.tokens.start = first;
        if name.label == "PERSON" {
            name.label = "ORG";
        }
        joined = true;
    }
    if joined {
        drop_empty(names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed_in_turn};
    use crate::segment::segment;

    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names = placed_in_turn(text, &s, found);
        couples(
            text,
            &s.tokens,
            &Gazetteer::embedded(),
            &Clusters::embedded(),
            &mut names,
        );
        names_of(text, &s, &names)
    }

    #[test]
    fn a_couples_institution_is_one_name() {
        assert_eq!(
            run(
                "A grant from the Peter and Alice Dorne Foundation and the Karen and Hugh Vell Center.",
                &[
                    ("Peter", "PERSON"),
                    ("Alice Dorne Foundation", "ORG"),
                    ("Hugh Vell Center", "PERSON"),
                ],
            ),
            [
                ("Peter and Alice Dorne Foundation".into(), "ORG"),
                ("Karen and Hugh Vell Center".into(), "ORG"),
            ]
        );
        assert_eq!(
            run(
                "Edward and Mary Corlan Trust grants rose. He won the Mark and Anna Vennel Prize.",
                &[
                    ("Mary Corlan Trust", "ORG"),
                    ("Mark", "PERSON"),
                    ("Anna Vennel Prize", "MISC")
                ],
            ),
            [
                ("Edward and Mary Corlan Trust".into(), "ORG"),
                ("Mark and Anna Vennel Prize".into(), "MISC"),
            ]
        );
    }

    #[test]
    fn two_names_joined_by_and_stay_two() {
        let cases: &[(&str, &[(&str, &'static str)])] = &[
            // No given names.
            (
                "The White House and State Department disagreed.",
                &[("White House", "LOC"), ("State Department", "ORG")],
            ),
            (
                "Smith and Jones Ltd won.",
                &[("Smith", "ORG"), ("Jones Ltd", "ORG")],
            ),
            // No surname: a person and an institution.
            (
                "Anna and Mary Foundation staff met.",
                &[("Anna", "PERSON"), ("Mary Foundation", "ORG")],
            ),
            // No head: two people.
            (
                "Peter and Alice Dorne Smith came.",
                &[("Peter", "PERSON"), ("Alice Dorne Smith", "PERSON")],
            ),
            // A head that is a surname too.
            (
                "Peter and Alice Ann Tower came.",
                &[("Peter", "PERSON"), ("Alice Ann Tower", "PERSON")],
            ),
            // The first given name ends a longer name.
            (
                "Dorne Peter and Alice Vell Foundation met.",
                &[("Dorne Peter", "PERSON"), ("Alice Vell Foundation", "ORG")],
            ),
            (
                "Dr Peter and Alice Vell Foundation met.",
                &[("Alice Vell Foundation", "ORG")],
            ),
            // A first given name the tagger read as a place or an
            // organisation.
            (
                "Virginia and James Madison University meet on Saturday.",
                &[("Virginia", "GPE"), ("James Madison University", "ORG")],
            ),
            (
                "Jordan and Henry Jackson Society staff wrote it.",
                &[("Jordan", "GPE"), ("Henry Jackson Society", "ORG")],
            ),
            (
                "Sydney and Harold Vell Memorial Centre staff met.",
                &[("Sydney", "LOC"), ("Harold Vell Memorial Centre", "ORG")],
            ),
            (
                "Madison and Frank Lloyd Vell Foundation archivists met.",
                &[("Madison", "ORG"), ("Frank Lloyd Vell Foundation", "ORG")],
            ),
            // A word between the given name and the head that is no
            // surname's: a common word, a place, a head.
            (
                "Georgia and Georgia State University signed a pact.",
                &[("Georgia State University", "ORG")],
            ),
            (
                "Anna and Mary National Foundation met.",
                &[("Mary National Foundation", "ORG")],
            ),
            (
                "Anna and Mary Paris Foundation met.",
                &[("Mary Paris Foundation", "ORG")],
            ),
            // A surname that is a common word too is left as the tagger
            // found it (a join missed, as without the pass).
            (
                "He won the Mark and Anna Fell Prize.",
                &[("Mark", "PERSON"), ("Anna Fell Prize", "MISC")],
            ),
            // The end of a list of given names.
            (
                "The Ruth, Peter and Alice Dorne Foundation met.",
                &[
                    ("Ruth", "PERSON"),
                    ("Peter", "PERSON"),
                    ("Alice Dorne Foundation", "ORG"),
                ],
            ),
        ];
        for &(text, found) in cases {
            let want: Vec<(String, &str)> =
                found.iter().map(|&(w, l)| (w.to_string(), l)).collect();
            assert_eq!(run(text, found), want, "{text}");
        }
    }
}
