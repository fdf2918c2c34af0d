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
//! Linear: one pass over the names for the words of longer names and the
//! cues, one for the mentions.

use rustc_hash::FxHashSet as HashSet;

use super::company_mentions::said_it;
use super::retype_mentions;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::quotes::cues;
use crate::segment::Token;
use crate::text::words;

pub fn given_said(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let lower = |i: usize| tokens.get(i).map(|_| word(i).to_lowercase());
    // Words of longer names, and names spoken of as companies.
    let mut longer: HashSet<&str> = HashSet::default();
    let mut company: HashSet<&str> = HashSet::default();
    // The last words of people's full names ("Jafari" of "Amneh Jafari").
    let mut surnames: HashSet<&str> = HashSet::default();
    for name in names.iter() {
        if name.tokens.len() >= 2 && name.label == "PERSON" {
            surnames.insert(word(name.tokens.end - 1));
            longer.extend(name.tokens.clone().take(name.tokens.len() - 1).map(word));
        } else if name.tokens.len() >= 2 {
            longer.extend(name.tokens.clone().map(word));
        } else if said_it(text, tokens, name.tokens.end, false) {
            company.insert(word(name.tokens.start));
        }
    }
    let cued: HashSet<&str> = names
        .iter()
        .filter(|n| n.label == "ORG" && n.tokens.len() == 1)
        .filter(|n| {
            let (at, end) = (n.tokens.start, n.tokens.end);
            let w = word(at);
            let kinds = gazetteer.kinds(w);
            let after_article = at > 0 && words::is_article(&word(at - 1).to_lowercase());
            (kinds.has(Kind::FirstName) || surnames.contains(w))
                && !kinds.has(Kind::Org)
                && !kinds.has(Kind::Agency)
                && !after_article
                && !longer.contains(w)
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
        given_said(text, &s.tokens, &Gazetteer::embedded(), &mut names);
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
