//! `names.datelines`: the place in capitals that opens a wire story's
//! paragraph ("WASHINGTON (AP) —", "NEW YORK, Nov. 19 (UPI) —") is a
//! place. The tagger, which learned its datelines from CoNLL-2003's
//! "WASHINGTON 1996-08-22", makes the place before a bracket or a dash a
//! person (PolNeAR's AP stories: "WASHINGTON" PERSON 32 times in 40). Only
//! a name the gazetteer knows as a place, written in capitals, first in
//! its paragraph and followed by "(", ",", or a dash, is retyped; where
//! the tagger saw no name there, the place is added ("BRITAIN - Gilts
//! fell", a market report's paragraph: missed 5 times in `eng.testa`).

use super::is_known_place;
use crate::names::gazetteer::Gazetteer;
use crate::names::Name;
use crate::segment::{Structure, Token};

/// Most words of a dateline's place ("UNITED ARAB EMIRATES").
const MAX_PLACE_WORDS: usize = 4;

pub fn datelines(text: &str, structure: &Structure, gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let tokens = &structure.tokens;
    retype(text, tokens, gazetteer, names);
    // A place the tagger left untagged at a paragraph's start: a run of
    // capitals before the mark, the longest the gazetteer knows.
    let mut covered = vec![false; tokens.len()];
    for name in names.iter() {
        for i in name.tokens.clone() {
            covered[i] = true;
        }
    }
    let word = |i: usize| &text[tokens[i].span.range()];
    let capitals = |i: usize| {
        word(i).chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word(i).chars().any(char::is_lowercase)
    };
    let mut added = Vec::new();
    for paragraph in &structure.paragraphs {
        let start = paragraph.tokens.start;
        let longest = (1..=MAX_PLACE_WORDS)
            .take_while(|&len| {
                start + len < paragraph.tokens.end
                    && !covered[start + len - 1]
                    && capitals(start + len - 1)
            })
            .filter(|&len| is_mark(word(start + len)))
            .filter(|&len| is_known_place(text, &tokens[start..start + len], gazetteer))
            .last();
        if let Some(len) = longest {
            added.push(Name {
                tokens: start..start + len,
                label: "LOC",
            });
        }
    }
    if !added.is_empty() {
        names.extend(added);
        crate::names::sort_by_start(names);
    }
}

/// The marks after a dateline's place.
fn is_mark(word: &str) -> bool {
    matches!(word, "(" | "," | "—" | "–" | "-" | "--")
}

/// Retypes the names the tagger proposed in a dateline's place.
fn retype(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
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
            && is_mark(then)
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
            datelines(text, &s, &Gazetteer::embedded(), &mut names);
            assert_eq!(names_of(text, &s, &names)[0].1, want, "{text}");
        }
    }

    #[test]
    fn a_dateline_place_the_tagger_missed_is_added() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("BRITAIN - Gilts fell.", &[("BRITAIN", "LOC")]),
            (
                "Markets\n\nUNITED STATES - Bonds fell.",
                &[("UNITED STATES", "LOC")],
            ),
            // No mark after the capitals, not in capitals, or no place.
            ("BRITAIN fell.", &[]),
            ("Britain - Gilts fell.", &[]),
            ("EUROBONDS - Trade was thin.", &[]),
        ];
        for &(text, want) in cases {
            let s = segment(text);
            let mut names = Vec::new();
            datelines(text, &s, &Gazetteer::embedded(), &mut names);
            let want: Vec<(String, &str)> = want.iter().map(|&(w, l)| (w.to_string(), l)).collect();
            assert_eq!(names_of(text, &s, &names), want, "{text}");
        }
    }
}
