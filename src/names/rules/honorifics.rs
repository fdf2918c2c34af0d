//! `names.honorifics`: a name right after an honorific ("Mr. Chen", "Ms.
//! Ortiz": `data/people/honorifics.txt`, the list the people layer reads
//! a person's sex from) is a PERSON, whatever type the tagger proposed.

use crate::names::Name;
use crate::resources::lists::people::honorifics;
use crate::segment::Token;

pub fn honorifics(text: &str, tokens: &[Token], names: &mut [Name]) {
    for name in names.iter_mut() {
        let start = name.tokens.start;
        if start > 0 && honorifics::get(&text[tokens[start - 1].span.range()]).is_some() {
            name.label = "PERSON";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::placed;
    use crate::segment::segment;

    #[test]
    fn a_name_after_an_honorific_is_a_person() {
        let text = "Then said Mr. Chen and Ms. Ortiz of Acme.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[("Chen", "MISC"), ("Ortiz", "ORG"), ("Acme", "ORG")],
        );
        honorifics(text, &s.tokens, &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["PERSON", "PERSON", "ORG"]);
    }
}
