//! `names.split_labels`: the tagger's LOC becomes GPE or LOC, and its MISC
//! NORP or MISC, by what the gazetteer knows of the whole name.

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::possessive_heads::{self, Value as Possessive};
use crate::resources::lists::gazetteers::{facility_heads, location_heads};
use crate::segment::Token;

/// LOC becomes GPE unless it is a region or ends in a word like "River";
/// MISC becomes NORP when it is a nationality or group.
pub fn split_labels(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    for name in names.iter_mut() {
        let range = name.tokens.clone();
        let matches = gazetteer.find(text, &tokens[range.clone()], false);
        let whole = matches
            .iter()
            .find(|m| m.start == 0 && m.end == range.len())
            .map(|m| m.kinds);
        match name.label {
            "LOC" => {
                let last = &text[tokens[range.end - 1].span.range()];
                let region = whole.is_some_and(|k| k.has(Kind::Region) && !k.has(Kind::Country));
                // A facility ("Kennedy Space Center", "Airport") is no
                // political entity.
                let facility =
                    super::facilities::ends_in_facility_head(text, &tokens[range.clone()], false)
                        || (range.len() == 1 && facility_heads::get(last).is_some());
                // A saint's church or a ground ("St Mary's Church"); a green
                // right after a possessive ("St Stephen's Green", not the
                // district "Bethnal Green").
                let possessive_place = range.len() >= 2
                    && match possessive_heads::get(last) {
                        Some(Possessive::Place) => true,
                        Some(Possessive::Saint) => {
                            let before = &text[tokens[range.end - 2].span.range()];
                            before.eq_ignore_ascii_case("'s") || before == "'"
                        }
                        _ => false,
                    };
                if !(region || facility || possessive_place || location_heads::get(last).is_some())
                {
                    name.label = "GPE";
                }
            }
            "MISC" if whole.is_some_and(|k| k.has(Kind::Demonym) || k.has(Kind::Group)) => {
                name.label = "NORP";
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::placed;
    use crate::segment::segment;

    #[test]
    fn labels_split_by_gazetteer_and_head_word() {
        let text = "Russia and the Yellow River and Polish and Olympic and Minsk and Kennedy Space Center.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Russia", "LOC"),
                ("Yellow River", "LOC"),
                ("Polish", "MISC"),
                ("Olympic", "MISC"),
                ("Minsk", "LOC"),
                ("Kennedy Space Center", "LOC"),
            ],
        );
        split_labels(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["GPE", "LOC", "NORP", "MISC", "GPE", "LOC"]);
    }

    #[test]
    fn a_saints_church_or_green_is_a_place() {
        let text = "St Mary's Church and St Stephen's Green and Bethnal Green and Ashford.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("St Mary's Church", "LOC"),
                ("St Stephen's Green", "LOC"),
                ("Bethnal Green", "LOC"),
                ("Ashford", "LOC"),
            ],
        );
        split_labels(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["LOC", "LOC", "GPE", "GPE"]);
    }
}
