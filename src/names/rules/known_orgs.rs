//! `names.known_orgs`: a name that is, whole, an organisation of the
//! gazetteer (`data/gazetteers/organisations.txt`: "Boko Haram",
//! "al-Qaeda", "Interpol", "Hamas"; `organisations_world.txt`, read in
//! use only: "Fatah", "Lok Sabha", "Daesh") and nothing else the gazetteer knows
//! (no place, people, group, given name or title) is an ORG, whatever type
//! the tagger gave it. The list is a feature of the tagger, but one
//! feature among many: it made "Boko Haram" a person, from the shape of
//! its words, and "al-Qaeda" a place.
//!
//! An organisation of the lists that the tagger left out is added as an
//! ORG where no capitalised word runs on from it ("The Knesset voted",
//! "Daesh claimed the attack").
//!
//! Not a news agency of the list alone ("Bloomberg" is a mayor too: the
//! outlet passes judge agencies by what the sentence says of them), nor a
//! name that ends a person's full name in the article ("Michael Bloomberg"
//! ... "Bloomberg said"). Not the seats of government (`data/gazetteers/seats.txt`: "the
//! Kremlin", "the White House") where the tagger typed them places, as
//! CoNLL-2003 does every time.

use crate::names::gazetteer::{Gazetteer, Kind, Kinds};
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::seats;
use crate::segment::Token;
use crate::text::words;

pub fn known_orgs(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let org = Kinds(1 << Kind::Org as u8);
    let surnames = super::surnames(text, tokens, names);
    for name in names.iter_mut() {
        if name.label == "ORG" {
            continue;
        }
        let kinds = gazetteer.whole(text, &tokens[name.tokens.clone()], false);
        if !kinds.has(Kind::Org) || kinds.any_of(Kinds(Kinds::NOT_A_PERSON.0 & !org.0)) {
            continue;
        }
        if kinds.has(Kind::FirstName) {
            continue;
        }
        if name.tokens.len() == 1
            && surnames.contains(&text[tokens[name.tokens.start].span.range()])
        {
            continue;
        }
        if name.label == "LOC" && seats::contains(token_text(text, tokens, name.tokens.clone())) {
            continue;
        }
        name.label = "ORG";
    }
    left_out(text, tokens, gazetteer, names);
}

/// Adds, as ORGs, the organisations of the lists the tagger left out
/// ("The Knesset voted", "Daesh claimed the attack"): a whole run of
/// capitalised words (numbers after the first: "France 24"), an article
/// that opens it aside, that is of only the organisation kind and that no
/// name covers; not part of a longer name ("Lebanese Hezbollah", "Red
/// Cross Hospital" are runs of their own). Linear: one lookup per run.
fn left_out(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let mut covered = vec![false; tokens.len()];
    for name in names.iter() {
        for flag in &mut covered[name.tokens.clone()] {
            *flag = true;
        }
    }
    let word = |i: usize| &text[tokens[i].span.range()];
    let capitalised = |i: usize| crate::text::is_capitalised(word(i));
    let only_org = Kinds(Kinds::NOT_A_PERSON.0 & !(1 << Kind::Org as u8));
    let before = names.len();
    let mut i = 0;
    while i < tokens.len() {
        if !capitalised(i) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < tokens.len()
            && (capitalised(end) || word(end).bytes().all(|b| b.is_ascii_digit()))
        {
            end += 1;
        }
        let start = if words::is_article(&word(i).to_lowercase()) {
            i + 1
        } else {
            i
        };
        let run = start..end;
        i = end;
        if run.is_empty() || covered[run.clone()].iter().any(|&c| c) {
            continue;
        }
        let kinds = gazetteer.whole(text, &tokens[run.clone()], false);
        if !kinds.has(Kind::Org)
            || kinds.any_of(only_org)
            || kinds.has(Kind::FirstName)
            || seats::contains(token_text(text, tokens, run.clone()))
        {
            continue;
        }
        names.push(Name {
            tokens: run,
            label: "ORG",
        });
    }
    if names.len() > before {
        crate::names::sort_by_start(names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names: Vec<Name> = placed(text, &s, found);
        known_orgs(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
    }

    #[test]
    fn organisations_of_the_list_are_orgs() {
        let got = run(
            "Boko Haram gunmen attacked the town, and al-Qaeda and Hamas praised Interpol.",
            &[
                ("Boko Haram", "PERSON"),
                ("al-Qaeda", "LOC"),
                ("Hamas", "MISC"),
                ("Interpol", "ORG"),
            ],
        );
        let labels: Vec<&str> = got.iter().map(|(_, l)| *l).collect();
        assert_eq!(labels, ["ORG", "ORG", "ORG", "ORG"], "{got:?}");
    }

    #[test]
    fn seats_and_other_names_keep_their_type() {
        let got = run(
            "The Kremlin and the White House spoke, as did Georgia and John.",
            &[
                ("Kremlin", "LOC"),
                ("White House", "LOC"),
                ("Georgia", "LOC"),
                ("John", "PERSON"),
            ],
        );
        let labels: Vec<&str> = got.iter().map(|(_, l)| *l).collect();
        assert_eq!(labels, ["LOC", "LOC", "LOC", "PERSON"], "{got:?}");
    }

    #[test]
    fn agencies_and_peoples_surnames_keep_their_type() {
        let got = run(
            "Michael Smith met Ann Taliban. Taliban said Bloomberg would run.",
            &[
                ("Michael Smith", "PERSON"),
                ("Ann Taliban", "PERSON"),
                ("Taliban", "PERSON"),
                ("Bloomberg", "PERSON"),
            ],
        );
        let labels: Vec<&str> = got.iter().map(|(_, l)| *l).collect();
        assert_eq!(labels, ["PERSON", "PERSON", "PERSON", "PERSON"], "{got:?}");
    }

    #[test]
    fn left_out_organisations_are_added() {
        let got = run(
            "The Knesset voted. Daesh claimed it. Lebanese Hezbollah fought. She told France 24.",
            &[],
        );
        assert_eq!(
            got,
            crate::names::rules::testing::owned(&[
                ("Knesset", "ORG"),
                ("Daesh", "ORG"),
                ("France 24", "ORG")
            ]),
        );
    }
}
