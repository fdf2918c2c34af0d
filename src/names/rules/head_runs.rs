//! `names.head_runs`: an organisation's name that ends in an
//! institution's head word ("Party", "Movement", "Front":
//! `data/gazetteers/org_heads.txt`) takes in the capitalised words the
//! tagger cut off before it. The tagger, reading each word with a narrow
//! window, now and then begins such a name one or two words late: "the
//! Five Star Movement" gave "Star Movement", and "the Justice and
//! Development Party" gave "Justice" and "Development Party".
//!
//! A word taken in is capitalised, in no other name, opens no sentence
//! (there the capital is the sentence's), and is no place, nationality,
//! title or given name of the gazetteer ("Italian Communist Party" and
//! "U.S. Republican Party" are left to the tagger and `names.place_orgs`),
//! no weekday, month or function word ("On Monday Labour Party members").
//! At most three words are taken in. One "and" or "&" may join them when
//! the head is a public body's (`data/gazetteers/public_body_heads.txt`:
//! "Party", "Ministry", "Committee"; not "Motors", "Force", "Service"), a
//! word of that kind stands before it and the run begins there, after a
//! word in lower case: "the opposition Peace and Development Party" is
//! one ORG (a name of the tagger's over that one word, not an ORG, is
//! dropped), but not "Hamas and the Labour Party", "Ford and General
//! Motors", nor where the word before is an ORG of the tagger's ("the
//! Senate and House Armed Services Committee", "Labour and Conservative
//! Party candidates"; "the Justice and Development Party" is lost so) or
//! an organisation the gazetteer knows ("Fatah and Democratic Front"), one
//! the article names alone elsewhere, or one the word clusters do not
//! hold ("Badr and Interior Ministry": a common English word, "Peace",
//! "Ways", is one they hold). Any run begins after a word in lower case:
//! a heading capitalises every word ("Voters Abandon Republican Party").
//!
//! Linear: one pass over the names in text order.

use rustc_hash::FxHashMap as HashMap;

use crate::names::clusters::Clusters;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::{org_heads, public_body_heads};
use crate::resources::lists::lexicon::{months, weekdays};
use crate::segment::Structure;

/// Most words a run takes in before the tagger's name.
const MAX_WORDS: usize = 3;

pub fn head_runs(
    text: &str,
    structure: &Structure,
    gazetteer: &Gazetteer,
    clusters: &Clusters,
    names: &mut Vec<Name>,
) {
    let tokens = &structure.tokens;
    crate::names::sort_by_start(names);
    let word = |i: usize| &text[tokens[i].span.range()];
    let openers = super::sentence_openers(structure);
    // Whether the word at `i` may open an organisation's name before its
    // head: capitalised, opening no sentence, and no word of another kind.
    let takes = |i: usize| {
        let w = word(i);
        let kinds = gazetteer.kinds(w);
        crate::text::is_capitalised(w)
            && w.chars().all(char::is_alphabetic)
            && !openers.contains(&i)
            && !kinds.has(Kind::Country)
            && !kinds.has(Kind::City)
            && !kinds.has(Kind::State)
            && !kinds.has(Kind::Region)
            && !kinds.has(Kind::Demonym)
            && !kinds.has(Kind::Title)
            && !kinds.has(Kind::FirstName)
            && weekdays::get(w).is_none()
            && months::get(w).is_none()
            && !crate::text::words::is_function_word(&w.to_lowercase())
    };
    // How often each one-word name is written.
    let mut singles: HashMap<&str, usize> = HashMap::default();
    for n in names.iter().filter(|n| n.tokens.len() == 1) {
        *singles.entry(word(n.tokens.start)).or_default() += 1;
    }
    // Whether the tokens between `a` and `b` are one space.
    let adjacent = |a: usize, b: usize| text[tokens[a].span.end..tokens[b].span.start] == *" ";
    for idx in 0..names.len() {
        let name = &names[idx];
        if name.label != "ORG"
            || name.tokens.len() < 2
            || !org_heads::contains(word(name.tokens.end - 1))
        {
            continue;
        }
        // The end of the name before this one: no word of it is taken.
        let floor = idx.checked_sub(1).map_or(0, |p| names[p].tokens.end);
        let mut start = name.tokens.start;
        while start > floor
            && name.tokens.start - (start - 1) <= MAX_WORDS
            && adjacent(start - 1, start)
            && takes(start - 1)
        {
            start -= 1;
        }
        // A run begins after a word in lower case ("the", "ruling"): in a
        // heading or a title-case line every word is capitalised
        // ("Wealthy Voters Abandon Republican Party", "Reuters) - Top
        // Republican Party donor").
        let after_lower = |i: usize| {
            i.checked_sub(1)
                .is_some_and(|b| word(b).chars().next().is_some_and(char::is_lowercase))
        };
        if start < name.tokens.start && !after_lower(start) {
            start = name.tokens.start;
        }
        // "Justice and Development Party": one word and a coordinator,
        // after a word in lower case; the word may be a name of the
        // tagger's of its own, which is dropped.
        // Only a public body's head ("Party", "Ministry": not "Motors",
        // "Force") joins so, and not over an ORG of the tagger's ("Ford
        // and General Motors", "the Senate and House Armed Services
        // Committee").
        let mut dropped = None;
        if start >= 2
            && matches!(word(start - 1), "and" | "&")
            && public_body_heads::contains(word(name.tokens.end - 1))
        {
            let first = start - 2;
            let own = names[..idx]
                .iter()
                .rposition(|n| n.tokens == (first..first + 1));
            let free = own.map_or(floor <= first, |o| names[o].label != "ORG");
            // A word the article names alone elsewhere is a name of its
            // own ("Hamas and Labour Party rivals"), and so is one the
            // word clusters do not hold, which English writes as no
            // common word ("the Badr and Interior Ministry forces").
            let alone = own.is_some() && singles.get(word(first)).copied().unwrap_or(0) > 1;
            let org = gazetteer.kinds(word(first)).has(Kind::Org)
                || alone
                || clusters.get(word(first)).is_none();
            if free && after_lower(first) && !org && takes(first) && adjacent(first, start - 1) {
                start = first;
                dropped = own;
            }
        }
        names[idx].tokens.start = start;
        if let Some(own) = dropped {
            names[own].tokens = start..start;
        }
    }
    crate::names::drop_empty(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, owned, placed_in_turn};
    use crate::segment::segment;

    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names = placed_in_turn(text, &s, found);
        head_runs(
            text,
            &s,
            &Gazetteer::embedded(),
            &Clusters::embedded(),
            &mut names,
        );
        names_of(text, &s, &names)
    }

    #[test]
    fn a_head_takes_in_the_words_cut_off_before_it() {
        type Case<'a> = (
            &'a str,
            &'a [(&'a str, &'static str)],
            &'a [(&'a str, &'static str)],
        );
        let cases: &[Case] = &[
            (
                "Votes went to the anti-graft Five Star Movement on Sunday.",
                &[("Star Movement", "ORG")],
                &[("Five Star Movement", "ORG")],
            ),
            (
                "He leads the ruling Justice and Development Party now.",
                &[("Development Party", "ORG")],
                &[("Justice and Development Party", "ORG")],
            ),
            (
                "Officials from the Agriculture and Rural Development Ministry came.",
                &[
                    ("Agriculture", "LOC"),
                    ("Rural Development Ministry", "ORG"),
                ],
                &[("Agriculture and Rural Development Ministry", "ORG")],
            ),
            // Over an ORG of the tagger's, or before a company's or a
            // service's head: two bodies.
            (
                "He leads the ruling Justice and Development Party now.",
                &[("Justice", "ORG"), ("Development Party", "ORG")],
                &[("Justice", "ORG"), ("Development Party", "ORG")],
            ),
            (
                "Voters who backed Labour and Conservative Party candidates.",
                &[("Labour", "ORG"), ("Conservative Party", "ORG")],
                &[("Labour", "ORG"), ("Conservative Party", "ORG")],
            ),
            (
                "It competes with Ford and General Motors in trucks.",
                &[("General Motors", "ORG")],
                &[("General Motors", "ORG")],
            ),
            (
                "The strike hit Amazon and United Parcel Service deliveries.",
                &[("Amazon", "LOC"), ("United Parcel Service", "ORG")],
                &[("Amazon", "LOC"), ("United Parcel Service", "ORG")],
            ),
            // A sentence's first word keeps its capital to itself.
            (
                "Voters like Green Front.",
                &[("Green Front", "ORG")],
                &[("Green Front", "ORG")],
            ),
            (
                "Rebel Green Front fighters fled.",
                &[("Green Front", "ORG")],
                &[("Green Front", "ORG")],
            ),
            // Places, nationalities, titles and dates stay out.
            (
                "He joined the Italian Green Party and the French Labour Party.",
                &[
                    ("Italian", "MISC"),
                    ("Green Party", "ORG"),
                    ("Labour Party", "ORG"),
                ],
                &[
                    ("Italian", "MISC"),
                    ("Green Party", "ORG"),
                    ("Labour Party", "ORG"),
                ],
            ),
            (
                "On Monday Labour Party members met.",
                &[("Labour Party", "ORG")],
                &[("Labour Party", "ORG")],
            ),
            // Another name, or one after "the", is no part of it.
            (
                "It pits Hamas and the Labour Party.",
                &[("Hamas", "ORG"), ("Labour Party", "ORG")],
                &[("Hamas", "ORG"), ("Labour Party", "ORG")],
            ),
            (
                "Hamas said so. It pits Hamas and Labour Party rivals.",
                &[("Hamas", "ORG"), ("Hamas", "ORG"), ("Labour Party", "ORG")],
                &[("Hamas", "ORG"), ("Hamas", "ORG"), ("Labour Party", "ORG")],
            ),
            // A heading, and a rare word before "and".
            (
                "Wealthy Voters Abandon Republican Party",
                &[("Republican Party", "ORG")],
                &[("Republican Party", "ORG")],
            ),
            (
                "He met the Badr and Interior Ministry forces.",
                &[("Badr", "ORG"), ("Interior Ministry", "ORG")],
                &[("Badr", "ORG"), ("Interior Ministry", "ORG")],
            ),
            (
                "He sits on the Ways and Means Committee.",
                &[("Means Committee", "ORG")],
                &[("Ways and Means Committee", "ORG")],
            ),
            // No head word: left alone.
            (
                "He joined the big Blue Star Coffee.",
                &[("Star Coffee", "ORG")],
                &[("Star Coffee", "ORG")],
            ),
        ];
        for &(text, found, want) in cases {
            assert_eq!(run(text, found), owned(want), "{text}");
        }
    }
}
