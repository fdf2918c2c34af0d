//! `names.strip_titles`: no title inside a PERSON name: neither a title of
//! the gazetteer ("Foreign Minister") nor an abbreviated one ("Ms.",
//! "Rep.": the title class of `data/lexicon/abbreviations.txt`).

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::segment::{AbbrevClass, Token, TokenKind};

/// Removes leading titles from PERSON names ("Foreign Minister Sergey
/// Lavrov" gives "Sergey Lavrov"); a name that is only a title is dropped.
pub fn strip_titles(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    for name in names.iter_mut().filter(|n| n.label == "PERSON") {
        loop {
            let range = name.tokens.clone();
            if range.len() > 1
                && tokens[range.start].kind == TokenKind::Abbreviation(AbbrevClass::Title)
            {
                name.tokens.start += 1;
                continue;
            }
            let matches = gazetteer.find(text, &tokens[range.clone()], false);
            match matches.first() {
                Some(m) if m.start == 0 && m.kinds.has(Kind::Title) && m.end < range.len() => {
                    name.tokens.start += m.end;
                }
                Some(m) if m.start == 0 && m.kinds.has(Kind::Title) => {
                    name.tokens.start = name.tokens.end;
                    break;
                }
                _ => break,
            }
        }
    }
    crate::names::drop_empty(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, range_of};
    use crate::segment::segment;

    #[test]
    fn titles_leave_person_names() {
        let text =
            "Foreign Minister Sergey Lavrov met President Putin, Ms. Ortiz and the Minister.";
        let s = segment(text);
        let mut names = vec![
            Name {
                tokens: range_of(text, &s, "Foreign Minister Sergey Lavrov"),
                label: "PERSON",
            },
            Name {
                tokens: range_of(text, &s, "President Putin"),
                label: "PERSON",
            },
            Name {
                tokens: range_of(text, &s, "Minister."),
                label: "PERSON",
            },
            Name {
                tokens: range_of(text, &s, "Ms. Ortiz"),
                label: "PERSON",
            },
        ];
        names[2].tokens.end -= 1;
        strip_titles(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Sergey Lavrov".into(), "PERSON"),
                ("Putin".into(), "PERSON"),
                ("Ortiz".into(), "PERSON")
            ]
        );
    }
}
