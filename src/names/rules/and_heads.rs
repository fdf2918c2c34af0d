//! `names.and_heads`: an institution or a facility whose name has "and"
//! in it is one name: "the National Air and Space Museum", "the William
//! and Flora Hewlett Foundation", "Henry Holt and Company". The tagger,
//! which sees few such names, cuts them at "and" into two ("[National
//! Air] and [Space Museum]"). Two names of the tagger's joined by "and"
//! become one, of the second's type, when the second ends in an
//! institution's head word (`data/gazetteers/org_heads.txt`) or a
//! facility's (`data/gazetteers/facility_heads.txt`, of the classes that
//! end a place's name) and the first is no name by itself:
//!
//! - no head word of an institution, a facility or a place
//!   (`data/gazetteers/location_heads.txt`) anywhere in it ("Ithaca College
//!   and Cornell University", "Massachusetts Institute of Technology and
//!   Colorado State University" are two);
//! - no corporate suffix in it ("Biogen Inc and Berlex Laboratories"),
//!   and no nationality opening it ("the British Library and Columbia
//!   University");
//! - a second part whose first word is no place the gazetteer knows
//!   ("Columbia University", "Oklahoma State University" stand alone);
//! - not an acronym ("the FBI and Justice Department"), nor a place the
//!   gazetteer knows ("Texas and Oklahoma State University" is as often
//!   two);
//! - not a person, unless it is one given name and the second opens with
//!   another, a couple's foundation ("the Bill and Melinda Gates
//!   Foundation"; "Goodlatte and Benghazi Committee Chairman" is two), or
//!   the second is the head word alone ("Henry Holt and Company");
//! - not the last of a list ("Trump, Ryan and Republican National
//!   Committee").
//!
//! Linear: one look at each pair of neighbouring names.

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::facility_heads::{self, Value as Facility};
use crate::resources::lists::gazetteers::{corporate_suffixes, location_heads, org_heads};
use crate::segment::Token;

/// Most words in the first part ("National Air").
const MAX_FIRST: usize = 3;

/// Whether `w` ends an institution's or a facility's name.
fn is_head(w: &str) -> bool {
    org_heads::contains(w)
        || matches!(
            facility_heads::get(w),
            Some(Facility::Place | Facility::Site)
        )
}

pub fn and_heads(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let given = |i: usize| gazetteer.kinds(word(i)).has(Kind::FirstName);
    let mut joined = false;
    for k in 1..names.len() {
        let (first, second) = (&names[k - 1], &names[k]);
        let (a, b) = (first.tokens.clone(), second.tokens.clone());
        if a.is_empty() || b.is_empty() || a.end + 1 != b.start || word(a.end) != "and" {
            continue;
        }
        if !is_head(word(b.end - 1)) || a.len() > MAX_FIRST {
            continue;
        }
        let any_head = a.clone().any(|i| {
            let w = word(i);
            is_head(w) || facility_heads::get(w).is_some() || location_heads::get(w).is_some()
        });
        // "Biogen Inc and Berlex Laboratories", "the British Library and
        // Columbia University": a first part that a suffix ends or a
        // nationality or place opens is a name by itself.
        let suffix = a.clone().any(|i| corporate_suffixes::contains(word(i)));
        let kinds = gazetteer.kinds(word(a.start));
        let nationality = kinds.has(Kind::Demonym);
        // So is a second part whose words before the head are a known
        // place ("Columbia University", "Oklahoma State University").
        let placed_second =
            b.len() >= 2 && super::is_known_place(text, &tokens[b.start..b.start + 1], gazetteer);
        let acronym = a.len() == 1 && word(a.start).chars().all(|c| !c.is_lowercase());
        let listed = a.start > 0 && word(a.start - 1) == ",";
        let person = first.label == "PERSON";
        let couple = person && a.len() == 1 && given(a.start) && b.len() >= 2 && given(b.start);
        // "Henry Holt and Company": a head word alone names nothing.
        let head_alone = b.len() == 1;
        let place = super::is_known_place(text, &tokens[a.clone()], gazetteer);
        if any_head
            || suffix
            || nationality
            || placed_second
            || acronym
            || listed
            || place
            || (person && !couple && !head_alone)
        {
            continue;
        }
        names[k].tokens.start = a.start;
        names[k - 1].tokens = a.start..a.start;
        joined = true;
    }
    if joined {
        names.retain(|n| !n.tokens.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn a_name_with_and_before_its_head_is_one() {
        // Each case: the text, the tagger's two names, and the names after.
        type Found<'a> = [(&'a str, &'static str); 2];
        type Want<'a> = &'a [(&'a str, &'a str)];
        let cases: &[(&str, Found, Want)] = &[
            (
                "He saw the National Kite and Sail Museum.",
                [("National Kite", "ORG"), ("Sail Museum", "LOC")],
                &[("National Kite and Sail Museum", "LOC")],
            ),
            (
                "It paid the Bill and Melinda Gates Foundation.",
                [("Bill", "PERSON"), ("Melinda Gates Foundation", "ORG")],
                &[("Bill and Melinda Gates Foundation", "ORG")],
            ),
            (
                "Published by Henry Holt and Company, it sold.",
                [("Henry Holt", "PERSON"), ("Company", "ORG")],
                &[("Henry Holt and Company", "ORG")],
            ),
            (
                "Both Ithaca College and Cornell University agreed.",
                [("Ithaca College", "ORG"), ("Cornell University", "ORG")],
                &[("Ithaca College", "ORG"), ("Cornell University", "ORG")],
            ),
            (
                "Both the FBI and Justice Department agreed.",
                [("FBI", "ORG"), ("Justice Department", "ORG")],
                &[("FBI", "ORG"), ("Justice Department", "ORG")],
            ),
            (
                "Then Goodlatte and Benghazi Committee members met.",
                [("Goodlatte", "PERSON"), ("Benghazi Committee", "ORG")],
                &[("Goodlatte", "PERSON"), ("Benghazi Committee", "ORG")],
            ),
            (
                "Trump, Ryan and Republican National Committee met.",
                [("Ryan", "PERSON"), ("Republican National Committee", "ORG")],
                &[("Ryan", "PERSON"), ("Republican National Committee", "ORG")],
            ),
            (
                "Lawyers of Vexo Inc and Berlex Laboratories met.",
                [("Vexo Inc", "ORG"), ("Berlex Laboratories", "ORG")],
                &[("Vexo Inc", "ORG"), ("Berlex Laboratories", "ORG")],
            ),
            (
                "At the British Archive and Columbia University it rained.",
                [("British Archive", "ORG"), ("Columbia University", "ORG")],
                &[("British Archive", "ORG"), ("Columbia University", "ORG")],
            ),
            (
                "At the Royal Archive and Boston University it rained.",
                [("Royal Archive", "ORG"), ("Boston University", "ORG")],
                &[("Royal Archive", "ORG"), ("Boston University", "ORG")],
            ),
            (
                "Both Texas and Oklahoma State University agreed.",
                [("Texas", "LOC"), ("Oklahoma State University", "ORG")],
                &[("Texas", "LOC"), ("Oklahoma State University", "ORG")],
            ),
        ];
        for (text, found, want) in cases {
            let s = segment(text);
            let mut names: Vec<Name> = placed(text, &s, found);
            and_heads(text, &s.tokens, &Gazetteer::embedded(), &mut names);
            let want: Vec<(String, &str)> = want.iter().map(|&(w, l)| (w.to_string(), l)).collect();
            assert_eq!(names_of(text, &s, &names), want, "{text}");
        }
    }
}
