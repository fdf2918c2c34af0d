//! `names.datelines`: the place in capitals that opens a wire story's
//! paragraph ("WASHINGTON (AP) —", "NEW YORK, Nov. 19 (UPI) —") is a
//! place. The tagger, which learned its datelines from CoNLL-2003's
//! "WASHINGTON 1996-08-22", makes the place before a bracket or a dash a
//! person (PolNeAR's AP stories: "WASHINGTON" PERSON 32 times in 40). Only
//! a name the gazetteer knows as a place, written in capitals, first in
//! its paragraph and followed by "(", ",", or a dash, is retyped.

use super::is_known_place;
use crate::names::gazetteer::Gazetteer;
use crate::names::Name;
use crate::segment::Token;

pub fn datelines(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    for name in names.iter_mut() {
        if name.label == "LOC" {
            continue;
        }
        let range = name.tokens.clone();
        let start = tokens[range.start].span.start;
        let end = tokens[range.end - 1].span.end;
        let first_in_paragraph = text.as_bytes()[..start]
            .iter()
            .rev()
            .find(|&&b| b != b' ' && b != b'\t')
            .is_none_or(|&b| b == b'\n');
        let words = &text[start..end];
        let capitals = words.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !words.chars().any(char::is_lowercase);
        let then = tokens.get(range.end).map_or("", |t| &text[t.span.range()]);
        if first_in_paragraph
            && capitals
            && matches!(then, "(" | "," | "—" | "–" | "-" | "--")
            && is_known_place(text, &tokens[range], gazetteer)
        {
            name.label = "LOC";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::names_of;
    use crate::segment::segment;

    #[test]
    fn a_dateline_opens_with_a_place() {
        let cases: &[(&str, &str, &str)] = &[
            ("WASHINGTON (AP) — The vote was close.", "WASHINGTON", "LOC"),
            (
                "Title\n\nNEW YORK, Nov. 19 (UPI) — Rain fell.",
                "NEW YORK",
                "LOC",
            ),
            // Not first in its paragraph.
            (
                "He met WASHINGTON (the band) there.",
                "WASHINGTON",
                "PERSON",
            ),
            // Not in capitals.
            ("Washington (who else) spoke.", "Washington", "PERSON"),
            // No place the gazetteer knows.
            ("ZORBLAT (AP) — It rained.", "ZORBLAT", "PERSON"),
        ];
        for &(text, words, want) in cases {
            let s = segment(text);
            let start = text.find(words).unwrap();
            let first = s.tokens.iter().position(|t| t.span.start == start).unwrap();
            let last = s
                .tokens
                .iter()
                .position(|t| t.span.end == start + words.len())
                .unwrap();
            let mut names = vec![Name {
                tokens: first..last + 1,
                label: "PERSON",
            }];
            datelines(text, &s.tokens, &Gazetteer::embedded(), &mut names);
            assert_eq!(names_of(text, &s, &names)[0].1, want, "{text}");
        }
    }
}
