//! `names.facilities`: a facility is a place. An organisation or other
//! name whose last word is a facility head
//! (`data/gazetteers/facility_heads.txt`: "Airport", "Stadium", "Museum",
//! "Mosque") is LOC ("McMurdo Station" proposed as ORG); a person's name
//! only when a two-word head ends it ("Kennedy Space Center"), since
//! one-word heads are surnames too ("Shirley Temple", "John Tower").
//! Geographic heads ("Hill", "Park", "Forest") are left to the tagger:
//! they are surnames and clubs ("Damon Hill", "Nottingham Forest").

use crate::names::Name;
use crate::resources::lists::gazetteers::facility_heads;
use crate::segment::Token;

/// Whether the name over `tokens` ends in a facility head: one word, or
/// (with `two_words`) only two.
pub(super) fn ends_in_facility_head(text: &str, tokens: &[Token], two_words: bool) -> bool {
    let word = |t: &Token| &text[t.span.range()];
    let Some(last) = tokens.last() else {
        return false;
    };
    let two = (tokens.len() >= 3).then(|| {
        let t = &tokens[tokens.len() - 2..];
        format!("{} {}", word(&t[0]), word(&t[1]))
    });
    tokens.len() >= 2
        && ((!two_words && facility_heads::contains(word(last)))
            || two.is_some_and(|w| facility_heads::contains(&w)))
}

pub fn facilities(text: &str, tokens: &[Token], names: &mut [Name]) {
    for name in names.iter_mut() {
        let person = name.label == "PERSON";
        if name.label != "LOC" && ends_in_facility_head(text, &tokens[name.tokens.clone()], person)
        {
            name.label = "LOC";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn facilities_are_places() {
        let text = "From McMurdo Station to Kennedy Space Center via Wembley, Damon Hill, Shirley Temple and Acme Corp.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("McMurdo Station", "ORG"),
                ("Kennedy Space Center", "PERSON"),
                ("Wembley", "ORG"),
                ("Damon Hill", "PERSON"),
                ("Shirley Temple", "PERSON"),
                ("Acme Corp.", "ORG"),
            ],
        );
        facilities(text, &s.tokens, &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["LOC", "LOC", "ORG", "PERSON", "PERSON", "ORG"]);
        let _ = names_of(text, &s, &names);
    }
}
