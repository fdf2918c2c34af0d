//! `names.events`: a name that ends in an event head
//! (`data/gazetteers/event_heads.txt`: "Cup", "Olympics", "Open",
//! "Prize") is MISC, as CoNLL-2003 tags "the World Cup" and "the US
//! Open": the tagger made "the Summer Paralympics" a person. So is the
//! name of a law or a treaty ("Act", "Agreement": "the Freedom of
//! Information Act" was a place). One word alone is an event only when it is one of the plurals that name nothing
//! else ("Olympics", "Paralympics"); "Cup" or "Open" alone is left to the
//! tagger.
//!
//! A name that is, whole, an observance or a holiday
//! (`data/gazetteers/observances.txt`: "Ramadan", "Eid al-Fitr", "Yom
//! Kippur") is MISC too: the tagger made "Ramadan" a place and "Diwali" a
//! person. Not a one-word observance that ends a person's name in the
//! article ("Tariq Ramadan" ... "Ramadan said").

use crate::names::Name;
use crate::resources::lists::gazetteers::{event_heads, observances};
use crate::segment::Token;

/// Most words of an observance's name ("Day of the Dead").
const MAX_OBSERVANCE: usize = 4;

pub fn events(text: &str, tokens: &[Token], names: &mut [Name]) {
    let surnames = super::surnames(text, tokens, names);
    for name in names.iter_mut() {
        if name.label == "MISC" {
            continue;
        }
        let last = &text[tokens[name.tokens.end - 1].span.range()];
        let alone = name.tokens.len() == 1;
        let event = event_heads::contains(last) && (!alone || last.ends_with("lympics"));
        let observance = name.tokens.len() <= MAX_OBSERVANCE
            && is_observance(text, &tokens[name.tokens.clone()])
            && !(alone && surnames.contains(last));
        if event || observance {
            name.label = "MISC";
        }
    }
}

/// Whether `words` are, whole, an observance's name: their text with each
/// gap between words read as one space.
fn is_observance(text: &str, words: &[Token]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let span = &text[first.span.start..last.span.end];
    if !span.contains("  ") && !span.contains(|c: char| c.is_whitespace() && c != ' ') {
        return observances::contains(span);
    }
    let spaced = span.split_whitespace().collect::<Vec<_>>().join(" ");
    observances::contains(&spaced)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed, placed_in_turn};
    use crate::segment::segment;

    #[test]
    fn events_are_misc() {
        let text = "Before the Summer Paralympics and the Olympics, the World Cup, the Cup and Acme Games Inc. after the Harbour Tournament and the Lakeside Festival in Kite History Month under the Clean Air Act and the Acme Trade Partnership in the Great Recession.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Summer Paralympics", "PERSON"),
                ("Olympics", "ORG"),
                ("World Cup", "LOC"),
                ("Cup", "ORG"),
                ("Harbour Tournament", "ORG"),
                ("Lakeside Festival", "LOC"),
                ("Kite History Month", "ORG"),
                // Laws and treaties.
                ("Clean Air Act", "ORG"),
                ("Acme Trade Partnership", "GPE"),
                ("Great Recession", "GPE"),
            ],
        );
        let cup = text.rfind("Cup").unwrap();
        let idx = s.tokens.iter().position(|t| t.span.start == cup).unwrap();
        names[3].tokens = idx..idx + 1;
        events(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Summer Paralympics".into(), "MISC"),
                ("Olympics".into(), "MISC"),
                ("World Cup".into(), "MISC"),
                ("Cup".into(), "ORG"),
                ("Harbour Tournament".into(), "MISC"),
                ("Lakeside Festival".into(), "MISC"),
                ("Kite History Month".into(), "MISC"),
                ("Clean Air Act".into(), "MISC"),
                // An organisation's word as much as a pact's: left.
                ("Acme Trade Partnership".into(), "GPE"),
                ("Great Recession".into(), "MISC")
            ]
        );
    }

    #[test]
    fn observances_are_misc() {
        let text = "Muslims marked Ramadan and Eid al-Fitr while Hindus marked Diwali. \
                    Yom  Kippur fell on Easter Island near Christmas Island. \
                    Tariq Ramadan spoke. Ramadan said Passover and Carnival were near.";
        let s = segment(text);
        let mut names: Vec<Name> = placed_in_turn(
            text,
            &s,
            &[
                ("Ramadan", "GPE"),
                ("Eid al-Fitr", "PERSON"),
                ("Diwali", "PERSON"),
                ("Yom  Kippur", "ORG"),
                ("Easter Island", "LOC"),
                ("Christmas Island", "GPE"),
                ("Tariq Ramadan", "PERSON"),
                ("Ramadan", "PERSON"),
                ("Passover", "PERSON"),
                ("Carnival", "ORG"),
            ],
        );
        events(text, &s.tokens, &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(
            labels,
            [
                // Where a person is called Ramadan, "Ramadan" alone is
                // left to the tagger everywhere in the article.
                "GPE", // observances, whole:
                "MISC", "MISC", "MISC", "LOC", "GPE", // places that hold one
                "PERSON", "PERSON", // a person's surname, and its mention alone
                "MISC", "ORG", // "Carnival" is a company as often
            ]
        );
    }
}
