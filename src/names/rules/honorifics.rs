//! `names.honorifics`: a name right after an honorific ("Mr. Chen", "Ms.
//! Ortiz": `data/people/honorifics.txt`, the list the people layer reads
//! a person's sex from) is a PERSON, whatever type the tagger proposed.
//!
//! An abbreviated honorific ("Mr.", "Ms.", "Mrs.": an honorific the
//! segmenter reads as a title abbreviation) stands only before a person,
//! so a name it opens is the person after it: "Ms. Press", proposed as an
//! ORG since "Press" ends organisations' names, gives the PERSON "Press".
//! (Making a PERSON of the capitalised words after one that the tagger
//! left out gained nothing on CoNLL-2003 or the GUM interviews and cost
//! 0.0005 on the GUM tuning genres: a toy, "Mr. Marbles".)
//!
//! The honorifics that are words ("Lord", "Queen", "Prince") open places
//! and clubs too ("Prince Rupert", "Queen's Park"), and are left to the
//! tagger there.

use crate::names::Name;
use crate::resources::lists::people::honorifics;
use crate::segment::{AbbrevClass, Token, TokenKind};

pub fn honorifics(text: &str, tokens: &[Token], names: &mut [Name]) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let abbreviated = |i: usize| {
        honorifics::get(word(i)).is_some()
            && tokens[i].kind == TokenKind::Abbreviation(AbbrevClass::Title)
    };
    for name in names.iter_mut() {
        let start = name.tokens.start;
        if name.tokens.len() >= 2 && abbreviated(start) {
            name.tokens.start += 1;
            name.label = "PERSON";
        } else if start > 0 && honorifics::get(word(start - 1)).is_some() {
            name.label = "PERSON";
        }
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
        honorifics(text, &s.tokens, &mut names);
        names_of(text, &s, &names)
    }

    fn person(w: &str) -> (String, &'static str) {
        (w.to_string(), "PERSON")
    }

    #[test]
    fn a_name_after_an_honorific_is_a_person() {
        assert_eq!(
            run(
                "Then said Mr. Chen and Ms. Ortiz of Acme.",
                &[("Chen", "MISC"), ("Ortiz", "ORG"), ("Acme", "ORG")]
            ),
            [person("Chen"), person("Ortiz"), ("Acme".to_string(), "ORG")]
        );
    }

    #[test]
    fn an_abbreviated_honorific_opens_no_name() {
        assert_eq!(
            run("They met Ms. Press there.", &[("Ms. Press", "ORG")]),
            [person("Press")]
        );
        // A word honorific opens places ("Prince Rupert").
        assert_eq!(
            run("They sailed to Prince Rupert.", &[("Prince Rupert", "LOC")]),
            [("Prince Rupert".to_string(), "LOC")]
        );
    }
}
