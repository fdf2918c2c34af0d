//! `names.office_titles`: a title of office before one word names a
//! person, not an organisation. The tagger reads "President Bank said" as
//! the ORG "President Bank", since "Bank" ends organisations' names; a
//! title of the gazetteer ("President", "Senator", "Foreign Minister")
//! and one word after it is the PERSON that word names. Titles that also
//! open organisations' names ("General Motors", "Premier League", "Justice
//! Department": `data/gazetteers/title_openers.txt`) and the honorifics
//! that are words ("Prince Rupert", "Queen's Park": left to the tagger)
//! change nothing, nor does a word that is a corporate suffix ("President
//! Inc.").

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::{corporate_suffixes, title_openers};
use crate::resources::lists::people::honorifics;
use crate::segment::{Token, TokenKind};

pub fn office_titles(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let word = |i: usize| &text[tokens[i].span.range()];
    for name in names.iter_mut().filter(|n| n.label == "ORG") {
        let range = name.tokens.clone();
        let first = word(range.start);
        if range.len() < 2
            || !first.starts_with(char::is_uppercase)
            || title_openers::contains(first)
            || honorifics::get(first).is_some()
        {
            continue;
        }
        let Some(title) = gazetteer
            .find(text, &tokens[range.clone()], false)
            .into_iter()
            .next()
            .filter(|m| m.start == 0 && m.kinds.has(Kind::Title))
        else {
            continue;
        };
        let last = range.end - 1;
        if title.end + 1 == range.len()
            && tokens[last].kind == TokenKind::Word
            && word(last).starts_with(char::is_uppercase)
            && !corporate_suffixes::contains(word(last))
        {
            name.tokens.start = last;
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
        office_titles(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
    }

    #[test]
    fn a_title_and_one_word_are_a_person() {
        assert_eq!(
            run(
                "President Bank said so, and Foreign Minister Post agreed.",
                &[("President Bank", "ORG"), ("Foreign Minister Post", "ORG")]
            ),
            [
                ("Bank".to_string(), "PERSON"),
                ("Post".to_string(), "PERSON")
            ]
        );
    }

    #[test]
    fn titles_that_open_organisations_change_nothing() {
        let kept = [
            ("General Motors", "ORG"),
            ("Premier League", "ORG"),
            ("Prince Rupert", "ORG"),
            ("President Inc.", "ORG"),
            ("Senator Bank Group", "ORG"),
        ];
        let text =
            "General Motors, Premier League, Prince Rupert, President Inc., Senator Bank Group.";
        let expected: Vec<(String, &str)> = kept.iter().map(|&(w, l)| (w.to_string(), l)).collect();
        assert_eq!(run(text, &kept), expected);
    }
}
