//! `names.events`: a name that ends in an event head
//! (`data/gazetteers/event_heads.txt`: "Cup", "Olympics", "Open",
//! "Prize") is MISC, as CoNLL-2003 tags "the World Cup" and "the US
//! Open": the tagger made "the Summer Paralympics" a person. So is the
//! name of a law or a treaty ("Act", "Agreement": "the Freedom of
//! Information Act" was a place). One word alone is an event only when it is one of the plurals that name nothing
//! else ("Olympics", "Paralympics"); "Cup" or "Open" alone is left to the
//! tagger.

use crate::names::Name;
use crate::resources::lists::gazetteers::event_heads;
use crate::segment::Token;

pub fn events(text: &str, tokens: &[Token], names: &mut [Name]) {
    for name in names.iter_mut() {
        if name.label == "MISC" {
            continue;
        }
        let last = &text[tokens[name.tokens.end - 1].span.range()];
        let alone = name.tokens.len() == 1;
        if event_heads::contains(last) && (!alone || last.ends_with("lympics")) {
            name.label = "MISC";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
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
}
