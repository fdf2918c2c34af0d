//! `names.lists`: names in one list share a type. A line-up ("Given,
//! Breen, Staunton, Irwin, McAteer") or a list of clubs or countries names
//! things of one kind; the tagger, reading each name with little context,
//! now and then types one of them apart from the rest. In a run of three or
//! more names joined only by commas, "and", "or" or "&", a type that more
//! than half of them have (and at least two more than any other) is given
//! to the rest of one word. MISC names are left out of the vote and alone:
//! a list mixes nationalities in ("Dutch, Belgian and Spain"). Names of
//! several words keep their type: the parties of a court case list people
//! among the bodies ("County of Maui, Office of the Mayor, Scott Teruya,
//! ..." made the person an ORG on GUM's tuning genres), and so does a
//! place the gazetteer knows that the tagger typed LOC ("Boston, James F.
//! Lyons, William S. Goldberg": a lawyer's city before the lawyers).
//! A list of nationalities or languages the gazetteer knows (demonyms, all
//! MISC) makes its one other name MISC too when that is one word the
//! gazetteer does not know ("German, Hebrew, and Japanese": "Hebrew" was a
//! PERSON); a place it knows stays ("Dutch, Belgian and Spain").
//!
//!
//! Companies are listed with places' and people's names of their own
//! kind, and the tagger, trained on 1996 wire copy, types an unknown
//! brand a person or a place ("Asus, Lenovo and Dell" gave an ORG, a GPE
//! and a PERSON). In a run of two or more names joined so, a plural of a
//! company's cue of class `before` right before the first
//! (`org_cues.txt`: "makers Asus, Lenovo and Dell", "carmakers Kia and
//! Honda") makes each one-word name of the run an ORG; without a cue,
//! an ORG of the tagger's in a run of three or more with "and" or "or"
//! before its last does so when the run holds no place or nationality the
//! gazetteer knows, no name of several words, no person and no more
//! places than organisations ("Grab, Gojek and Uber"; not "Gravel, Bruin
//! and Stanton", "names Uber, Kalanick and Levandowski", "Djokovic,
//! Alcaraz and Sinner", "Qamenas, Sarmin and Talamenes", nor two names,
//! "for Chechnya, Interfax said"). Bare "makers" after "policy",
//! "decision", "law" or a possessive is no cue ("Policy makers Powell,
//! Lagarde and Ueda", "the show's makers Duffer and Levy"). Either way not a
//! word the gazetteer knows (a place, a given name; after a cue a given
//! name may be a brand, "makers Asus and Dell") nor the last word of a
//! person named in full in the article, and every mention of a retyped
//! word follows it.
//!
//! Linear: one pass over the names in text order.

use rustc_hash::FxHashSet as HashSet;

use super::{is_known_place, retype_mentions, surnames};
use crate::names::gazetteer::{Gazetteer, Kind, Kinds};
use crate::names::token_text;
use crate::names::Name;
use crate::resources::lists::gazetteers::org_cues::{self, Class as Cue};
use crate::resources::lists::words::coordinators;
use crate::segment::Token;

/// Fewest names a list must have.
const MIN_NAMES: usize = 3;

const LABELS: [&str; 3] = ["PERSON", "ORG", "LOC"];

pub fn lists(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    crate::names::sort_by_start(names);
    let people = surnames(text, tokens, names);
    let mut companies: HashSet<&str> = HashSet::default();
    let word = |i: usize| &text[tokens[i].span.range()];
    // Whether only a comma or a coordinator stands between two names.
    let joined = |a: &Name, b: &Name| {
        let gap = a.tokens.end..b.tokens.start;
        !gap.is_empty()
            && gap.len() <= 2
            && gap.clone().all(|i| {
                let w = word(i);
                w == "," || w == "&" || coordinators::contains(&w.to_lowercase())
            })
            && !text[tokens[a.tokens.end - 1].span.end..tokens[b.tokens.start].span.start]
                .contains('\n')
    };
    let mut start = 0;
    while start < names.len() {
        let mut end = start + 1;
        while end < names.len() && joined(&names[end - 1], &names[end]) {
            end += 1;
        }
        if end - start >= 2 {
            company_list(
                text,
                tokens,
                gazetteer,
                &people,
                &names[start..end],
                &mut companies,
            );
        }
        if end - start >= MIN_NAMES {
            demonyms(text, tokens, gazetteer, &mut names[start..end]);
            let mut votes = [0usize; 3];
            for name in &names[start..end] {
                if let Some(i) = LABELS.iter().position(|l| *l == name.label) {
                    votes[i] += 1;
                }
            }
            let best = (0..3).max_by_key(|&i| votes[i]).unwrap_or(0);
            let second = (0..3)
                .filter(|&i| i != best)
                .map(|i| votes[i])
                .max()
                .unwrap_or(0);
            if 2 * votes[best] > end - start && votes[best] >= second + 2 {
                for name in &mut names[start..end] {
                    let place = name.label == "LOC"
                        && is_known_place(text, &tokens[name.tokens.clone()], gazetteer);
                    if name.label != "MISC" && name.tokens.len() == 1 && !place {
                        name.label = LABELS[best];
                    }
                }
            }
        }
        start = end;
    }
    retype_mentions(text, tokens, &companies, "ORG", names);
}

/// Adds to `companies` the one-word names of `list` that a company's cue
/// before the list or an ORG among them calls companies (see the module
/// documentation).
fn company_list<'t>(
    text: &'t str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    people: &HashSet<&str>,
    list: &[Name],
    companies: &mut HashSet<&'t str>,
) {
    let place = |n: &Name| is_known_place(text, &tokens[n.tokens.clone()], gazetteer);
    // "makers Asus, Lenovo and Dell": the cue's plural, one word.
    let cued = list[0].tokens.start.checked_sub(1).is_some_and(|i| {
        let w = &text[tokens[i].span.range()];
        // Bare "makers" make policy, decisions, laws and shows as well as
        // goods: after those words or a possessive ("Policy makers Powell,
        // Lagarde and Ueda", "The show's makers Duffer and Levy") they
        // are people.
        let people_make = w.eq_ignore_ascii_case("makers")
            && i.checked_sub(1).is_some_and(|b| {
                let before = text[tokens[b].span.range()].to_lowercase();
                matches!(
                    before.as_str(),
                    "policy" | "decision" | "law" | "'s" | "’s" | "'" | "’"
                ) || before.ends_with("'s")
                    || before.ends_with("’s")
            });
        !people_make
            && w.strip_suffix('s').is_some_and(|one| {
                org_cues::starting(one)
                    .iter()
                    .any(|p| p.class == Cue::Before && p.word_count() == 1)
            })
    });
    let count = |label: &str| list.iter().filter(|n| n.label == label).count();
    // Two names side by side are as often a place and its region, or a
    // name and the tagger's mistake beside it ("for Chechnya, Interfax
    // said"; "between Roermond and Landgraaf"): only a list of three or
    // more, "and" or "or" before its last name, votes so.
    let last_joint = list[list.len() - 1]
        .tokens
        .start
        .checked_sub(1)
        .is_some_and(|i| coordinators::contains(&text[tokens[i].span.range()]));
    let mixed = list.len() >= MIN_NAMES
        && last_joint
        && list.iter().any(|n| n.label == "ORG")
        && list.iter().all(|n| n.tokens.len() == 1 && !place(n))
        && count("PERSON") == 0
        && count("LOC") <= count("ORG");
    if !(cued || mixed) {
        return;
    }
    for name in list {
        let word = token_text(text, tokens, name.tokens.clone());
        // A MISC is often an adjective; after a company's cue it is a brand.
        let retype = matches!(name.label, "PERSON" | "LOC") || (cued && name.label == "MISC");
        if name.tokens.len() == 1
            && retype
            && (gazetteer.kinds(word).is_empty()
                || (cued && !gazetteer.kinds(word).any_of(Kinds::NOT_A_PERSON)))
            && !people.contains(word)
            && !place(name)
        {
            companies.insert(word);
        }
    }
}

/// In a list of names all of which but one are MISC demonyms of the
/// gazetteer, the other becomes MISC if it is one word the gazetteer does
/// not know.
fn demonyms(text: &str, tokens: &[Token], gazetteer: &Gazetteer, list: &mut [Name]) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let demonym =
        |n: &Name| n.tokens.len() == 1 && gazetteer.kinds(word(n.tokens.start)).has(Kind::Demonym);
    let others: Vec<usize> = (0..list.len())
        .filter(|&i| !(list[i].label == "MISC" && demonym(&list[i])))
        .collect();
    if let [odd] = others[..] {
        let name = &mut list[odd];
        if name.tokens.len() == 1 && gazetteer.kinds(word(name.tokens.start)).is_empty() {
            name.label = "MISC";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed, placed_in_turn};
    use crate::segment::segment;

    /// Tags the first occurrence of each of `found`'s words with its label
    /// and runs the rule.
    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<&'static str> {
        let s = segment(text);
        let mut names: Vec<Name> = placed(text, &s, found);
        lists(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
            .into_iter()
            .map(|(_, l)| l)
            .collect()
    }

    #[test]
    fn names_in_a_list_share_a_type() {
        type Case<'a> = (&'a str, &'a [(&'a str, &'static str)], &'a [&'a str]);
        let cases: &[Case] = &[
            (
                "Team: Gravel, Bruin, Stanton, Irvo and Hart.",
                &[
                    ("Gravel", "PERSON"),
                    ("Bruin", "PERSON"),
                    ("Stanton", "ORG"),
                    ("Irvo", "PERSON"),
                    ("Hart", "PERSON"),
                ],
                &["PERSON"; 5],
            ),
            // A language among languages the gazetteer knows.
            (
                "Books in German, Hebrew, and Japanese.",
                &[
                    ("German", "MISC"),
                    ("Hebrew", "PERSON"),
                    ("Japanese", "MISC"),
                ],
                &["MISC"; 3],
            ),
            // A place the gazetteer knows stays.
            (
                "Dutch, Belgian and Spain.",
                &[("Dutch", "MISC"), ("Belgian", "MISC"), ("Spain", "LOC")],
                &["MISC", "MISC", "LOC"],
            ),
            // A MISC stays.
            (
                "Gravel, Bruin, Dutch and Irvo.",
                &[
                    ("Gravel", "PERSON"),
                    ("Bruin", "PERSON"),
                    ("Dutch", "MISC"),
                    ("Irvo", "PERSON"),
                ],
                &["PERSON", "PERSON", "MISC", "PERSON"],
            ),
            // No clear majority: left as it is.
            (
                "Gravel, Bruin and Stanton.",
                &[
                    ("Gravel", "PERSON"),
                    ("Bruin", "PERSON"),
                    ("Stanton", "ORG"),
                ],
                &["PERSON", "PERSON", "ORG"],
            ),
            // A name of several words keeps its type.
            (
                "Acme, Brill, Kestrel and Dana Smith.",
                &[
                    ("Acme", "ORG"),
                    ("Brill", "ORG"),
                    ("Kestrel", "ORG"),
                    ("Dana Smith", "PERSON"),
                ],
                &["ORG", "ORG", "ORG", "PERSON"],
            ),
            // A known place typed LOC stays.
            (
                "Boston, Gravel, Bruin and Irvo.",
                &[
                    ("Boston", "LOC"),
                    ("Gravel", "PERSON"),
                    ("Bruin", "PERSON"),
                    ("Irvo", "PERSON"),
                ],
                &["LOC", "PERSON", "PERSON", "PERSON"],
            ),
            // Words between the names: no list.
            (
                "Gravel met Bruin, who saw Stanton and Irvo.",
                &[
                    ("Gravel", "PERSON"),
                    ("Bruin", "PERSON"),
                    ("Stanton", "ORG"),
                    ("Irvo", "PERSON"),
                ],
                &["PERSON", "PERSON", "ORG", "PERSON"],
            ),
        ];
        for &(text, found, want) in cases {
            assert_eq!(run(text, found), want, "{text}");
        }
    }

    /// Tags `found`'s words in turn, as the text writes them, and runs
    /// the rule.
    fn run_in_turn(text: &str, found: &[(&str, &'static str)]) -> Vec<&'static str> {
        let s = segment(text);
        let mut names: Vec<Name> = placed_in_turn(text, &s, found);
        lists(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
            .into_iter()
            .map(|(_, l)| l)
            .collect()
    }

    #[test]
    fn companies_in_a_list_are_companies() {
        type Case<'a> = (&'a str, &'a [(&'a str, &'static str)], &'a [&'a str]);
        let cases: &[Case] = &[
            // A company's cue in the plural before the list.
            (
                "Computer makers Asux, Lenvo and Dell reported losses.",
                &[("Asux", "ORG"), ("Lenvo", "LOC"), ("Dell", "PERSON")],
                &["ORG"; 3],
            ),
            (
                "The carmakers Kiro and Hondra said so.",
                &[("Kiro", "PERSON"), ("Hondra", "MISC")],
                &["ORG"; 2],
            ),
            // Bare "makers" of policy or of a show are people.
            (
                "Policy makers Powl, Lagrd and Uedo met.",
                &[("Powl", "PERSON"), ("Lagrd", "PERSON"), ("Uedo", "PERSON")],
                &["PERSON"; 3],
            ),
            (
                "The show's makers Dufr and Levo said so.",
                &[("Dufr", "PERSON"), ("Levo", "PERSON")],
                &["PERSON"; 2],
            ),
            // An ORG among unknown words, and no person.
            (
                "Graba, Gojo and Ubra compete.",
                &[("Graba", "ORG"), ("Gojo", "LOC"), ("Ubra", "ORG")],
                &["ORG"; 3],
            ),
            (
                "The suit names Ubra, Kalnik and Levdo as defendants.",
                &[("Ubra", "ORG"), ("Kalnik", "PERSON"), ("Levdo", "PERSON")],
                &["ORG", "PERSON", "PERSON"],
            ),
            (
                "Graba, Gojo and Ubra compete.",
                &[("Graba", "PERSON"), ("Gojo", "LOC"), ("Ubra", "ORG")],
                &["PERSON", "LOC", "ORG"],
            ),
            // Every mention follows.
            (
                "Gojo, Acmo and Ubra compete. Gojo grew.",
                &[
                    ("Gojo", "LOC"),
                    ("Acmo", "ORG"),
                    ("Ubra", "ORG"),
                    ("Gojo", "LOC"),
                ],
                &["ORG"; 4],
            ),
            // More people than organisations, a known place, a given
            // name without a cue, a person named in full: left alone.
            (
                "Gravel, Bruin and Stanton.",
                &[
                    ("Gravel", "PERSON"),
                    ("Bruin", "PERSON"),
                    ("Stanton", "ORG"),
                ],
                &["PERSON", "PERSON", "ORG"],
            ),
            (
                "Gravel and Stanton met, for Chechnya, Interfax said.",
                &[
                    ("Gravel", "PERSON"),
                    ("Stanton", "ORG"),
                    ("Chechnya", "LOC"),
                    ("Interfax", "ORG"),
                ],
                &["PERSON", "ORG", "LOC", "ORG"],
            ),
            (
                "Kosovia, Spain and Nato met.",
                &[("Kosovia", "LOC"), ("Spain", "LOC"), ("Nato", "ORG")],
                &["LOC", "LOC", "ORG"],
            ),
            (
                "Attacks in Qamen, Sarmo and Talamo.",
                &[("Qamen", "LOC"), ("Sarmo", "LOC"), ("Talamo", "ORG")],
                &["LOC", "LOC", "ORG"],
            ),
            (
                "Asux, Lenvo and Dell reported losses.",
                &[("Asux", "ORG"), ("Lenvo", "LOC"), ("Dell", "PERSON")],
                &["ORG", "LOC", "PERSON"],
            ),
            (
                "Ann Gravel spoke. Gravel, Acmo and Stanton met.",
                &[
                    ("Ann Gravel", "PERSON"),
                    ("Gravel", "PERSON"),
                    ("Acmo", "ORG"),
                    ("Stanton", "ORG"),
                ],
                &["PERSON", "PERSON", "ORG", "ORG"],
            ),
        ];
        for &(text, found, want) in cases {
            assert_eq!(run_in_turn(text, found), want, "{text}");
        }
    }
}
