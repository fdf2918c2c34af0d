//! `names.head_person`: an institution's name and the person after it are
//! two names. Written without a comma ("CEO of the Refugee Council Ann
//! Lee told ...", "chairman of the Federal Reserve Board Jerome Powell"),
//! the tagger reads the run of capitalised words as one name. A name whose
//! word is an institution's or a facility's head
//! (`data/gazetteers/org_heads.txt`, `facility_heads.txt`: "Council",
//! "Party", "Museum"), after at least one word of its own, and is followed
//! by a known given name (`first_names.txt`) and one or two more
//! capitalised words or initials that end the name, is split there: the
//! institution keeps its type (an ORG or, after a facility head, a LOC),
//! and the rest is a PERSON. A name that ends in a head itself is one
//! name ("the Port Authority George Washington Bus Station", gold in GUM;
//! "the Ocean Council Mary Smith Foundation", "the Air and Space Museum
//! Steven F. Hazy Center": "Center", which ends institutions and sites
//! alike, is a head of class `site`).
//!
//! A head that opens the name is left ("Bank Julius Baer" is a bank), and
//! so is a given name that is a function word too ("Museum Will Tell" in
//! a title-case headline).
//!
//! Linear: one walk over each name's words.

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::{facility_heads, org_heads};
use crate::segment::Token;
use crate::text::words;

/// Most words of the person after the given name: "Jerome Powell",
/// "Steven F. Udvar-Hazy Center".
const MAX_AFTER_GIVEN: usize = 3;

/// The type a head word gives a name that it ends.
fn head_type(word: &str) -> Option<&'static str> {
    if facility_heads::get(word).is_some() {
        Some("LOC")
    } else if org_heads::contains(word) {
        Some("ORG")
    } else {
        None
    }
}

pub fn head_person(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let capitalised = |i: usize| word(i).chars().next().is_some_and(char::is_uppercase);
    let mut split = Vec::new();
    for (n, name) in names.iter().enumerate() {
        let range = name.tokens.clone();
        if range.len() < 4 {
            continue;
        }
        // The first given name after a head, past the name's first word.
        let Some(given) = (range.start + 2..range.end - 1).find(|&k| {
            head_type(word(k - 1)).is_some()
                && gazetteer.kinds(word(k)).has(Kind::FirstName)
                && !words::is_function_word(&word(k).to_lowercase())
                && range.end - k - 1 <= MAX_AFTER_GIVEN
                && (k + 1..range.end).all(capitalised)
        }) else {
            continue;
        };
        if head_type(word(range.end - 1)).is_some() {
            continue;
        }
        let first = head_type(word(given - 1)).unwrap_or("ORG");
        split.push((n, given, first));
    }
    for &(n, given, first) in &split {
        let end = names[n].tokens.end;
        names[n].tokens.end = given;
        names[n].label = first;
        names.push(Name {
            tokens: given..end,
            label: "PERSON",
        });
    }
    if !split.is_empty() {
        crate::names::sort_by_start(names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn an_institution_and_the_person_after_it_are_two_names() {
        let text = "The head of the Refugee Council Mary Solomon said so, and chairman of the \
                    Federal Reserve Board Jerome Powell agreed, at the Air and Space Museum Steven F. Hazy Center. \
                    Obama Says Museum Will Tell. Bank Julius Baer, the Ocean Council Mary Smith Foundation and the Port Authority George Washington Bus Station were there.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Refugee Council Mary Solomon", "ORG"),
                ("Federal Reserve Board Jerome Powell", "PERSON"),
                ("Air and Space Museum Steven F. Hazy Center", "LOC"),
                ("Obama Says Museum Will Tell", "PERSON"),
                ("Bank Julius Baer", "ORG"),
                ("Ocean Council Mary Smith Foundation", "ORG"),
                ("Port Authority George Washington Bus Station", "LOC"),
            ],
        );
        head_person(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Refugee Council".into(), "ORG"),
                ("Mary Solomon".into(), "PERSON"),
                ("Federal Reserve Board".into(), "ORG"),
                ("Jerome Powell".into(), "PERSON"),
                ("Air and Space Museum Steven F. Hazy Center".into(), "LOC"),
                ("Obama Says Museum Will Tell".into(), "PERSON"),
                ("Bank Julius Baer".into(), "ORG"),
                ("Ocean Council Mary Smith Foundation".into(), "ORG"),
                ("Port Authority George Washington Bus Station".into(), "LOC"),
            ]
        );
    }
}
