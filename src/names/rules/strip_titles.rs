//! `names.strip_titles`: no title inside a PERSON name: neither a title of
//! the gazetteer ("Foreign Minister") nor an abbreviated one ("Ms.",
//! "Rep.": the title class of `data/lexicon/abbreviations.txt`). A title
//! is only stripped before what can be a person: a name that ends in an
//! institution's head word or a corporate suffix ("General Dynamics",
//! "General Assembly": `data/gazetteers/org_heads.txt`,
//! `corporate_suffixes.txt`) is an organisation that a title word opens,
//! and keeps it, or gets back the title word that the tagger left before
//! it ("General" of "General Motors", which it read as a person
//! "Motors"); `names.companies` then makes it an ORG. The same holds for
//! such a name the tagger typed ORG without its title word ("Electric"
//! of "General Electric said it"): it gets the word back, so that no
//! later pass reads a title before a lone word and makes it a person.
//! An honorific is a person's whatever follows ("Mr. Post"). Only some
//! titles open institutions' names (`data/gazetteers/institution_titles.txt`:
//! "General", "Justice", "Queen"); any other title before one word that
//! the tagger joined into a name ("President Bank said", ORG) is a
//! person's title, and the word after it is the PERSON.

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::{corporate_suffixes, institution_titles, org_heads};
use crate::resources::lists::people::honorifics;
use crate::segment::{AbbrevClass, Token, TokenKind};

/// Whether the name over `range` ends in a word that ends organisations'
/// names, not people's ("Dynamics", "Assembly", "Corp.").
fn ends_as_org(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    let last = &text[tokens[range.end - 1].span.range()];
    org_heads::contains(last) || corporate_suffixes::contains(last)
}

/// Whether the token at `idx` is an honorific or an abbreviated title
/// ("Mr.", "Lady", "Rep."): those only stand before people, some of whom
/// bear a word that ends organisations' names ("Mr. Post").
fn is_honorific(text: &str, tokens: &[Token], idx: usize) -> bool {
    tokens[idx].kind == TokenKind::Abbreviation(AbbrevClass::Title)
        || honorifics::get(&text[tokens[idx].span.range()]).is_some()
}

/// Whether the name over `range` is a title that stands only before people
/// and one capitalised word: "President Bank", not "General Motors".
fn person_title_and_word(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    range: std::ops::Range<usize>,
) -> bool {
    let word = |k: usize| &text[tokens[k].span.range()];
    let title = range.start;
    range.len() == 2
        && word(title).starts_with(char::is_uppercase)
        && !institution_titles::contains(word(title).trim_end_matches('.'))
        && (is_honorific(text, tokens, title)
            || gazetteer
                .find(text, &tokens[title..title + 1], false)
                .first()
                .is_some_and(|m| m.kinds.has(Kind::Title)))
        && word(title + 1).starts_with(char::is_uppercase)
        && word(title + 1).chars().all(char::is_alphabetic)
}

/// Removes leading titles from PERSON names ("Foreign Minister Sergey
/// Lavrov" gives "Sergey Lavrov"); a name that is only a title is dropped.
pub fn strip_titles(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    for name in names
        .iter_mut()
        .filter(|n| matches!(n.label, "PERSON" | "ORG"))
    {
        let start = name.tokens.start;
        // A PERSON keeps what the loop below strips; only a name read as
        // an organisation's ("President Bank") gives its title up here.
        let org_like = name.label == "ORG" || ends_as_org(text, tokens, name.tokens.clone());
        if org_like && person_title_and_word(text, tokens, gazetteer, name.tokens.clone()) {
            name.tokens.start += 1;
            name.label = "PERSON";
            continue;
        }
        if ends_as_org(text, tokens, name.tokens.clone()) && !is_honorific(text, tokens, start) {
            let title_before = start > 0
                && !is_honorific(text, tokens, start - 1)
                && gazetteer
                    .find(text, &tokens[start - 1..start], false)
                    .first()
                    .is_some_and(|m| m.kinds.has(Kind::Title))
                && text[tokens[start - 1].span.range()].starts_with(char::is_uppercase);
            if title_before {
                name.tokens.start -= 1;
            }
            continue;
        }
        if name.label != "PERSON" {
            continue;
        }
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

    #[test]
    fn a_title_word_that_opens_an_organisation_stays() {
        // The tagger took these for people; what follows the title word
        // ends organisations' names, so there is no person to strip to.
        let text = "General Dynamics and General Foods met General Assembly Speaker Ana Ruiz and General Electric, Mr. Post and Ms. Press. General Motors said it would. Chancellor Merkel spoke.";
        let s = segment(text);
        // The tagger's PERSON names: "Electric" without the title word it
        // left out; "Mr. Post" with an honorific before a word of
        // organisations' names (a person); "Press" after "Ms.".
        let mut names: Vec<Name> = [
            "General Dynamics",
            "General Foods",
            "General Assembly",
            "Speaker Ana Ruiz",
            "Electric",
            "Mr. Post",
            "Press",
        ]
        .iter()
        .map(|w| Name {
            tokens: range_of(text, &s, w),
            label: "PERSON",
        })
        .collect();
        // ORG names the tagger left the title word out of: "Motors" ends
        // organisations' names and gets "General" back; "Merkel" does not.
        for w in ["Motors", "Merkel"] {
            names.push(Name {
                tokens: range_of(text, &s, w),
                label: "ORG",
            });
        }
        strip_titles(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("General Dynamics".into(), "PERSON"),
                ("General Foods".into(), "PERSON"),
                ("General Assembly".into(), "PERSON"),
                ("Ana Ruiz".into(), "PERSON"),
                ("General Electric".into(), "PERSON"),
                ("Post".into(), "PERSON"),
                ("Press".into(), "PERSON"),
                ("General Motors".into(), "ORG"),
                ("Merkel".into(), "ORG")
            ]
        );
    }

    #[test]
    fn a_persons_title_before_one_word_the_tagger_made_an_org_is_stripped() {
        // "Bank" ends institutions' names, but "President" stands only
        // before people; "General", "Justice" and "Queen" open
        // institutions' names (institution_titles.txt) and stay.
        let text = "President Bank said so. General Motors said it would. \
                    Justice Department said. Senator Post spoke. Miss Stamper won.";
        let s = segment(text);
        let mut names = crate::names::rules::testing::placed(
            text,
            &s,
            &[
                ("President Bank", "ORG"),
                ("General Motors", "ORG"),
                ("Justice Department", "ORG"),
                ("Senator Post", "PERSON"),
                ("Miss Stamper", "PERSON"),
            ],
        );
        strip_titles(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Bank".into(), "PERSON"),
                ("General Motors".into(), "ORG"),
                ("Justice Department".into(), "ORG"),
                ("Post".into(), "PERSON"),
                ("Miss Stamper".into(), "PERSON")
            ]
        );
    }
}
