//! `names.one_type`: one name keeps one type through an article. Every
//! mention of the same words takes the type most of them have (a tie
//! leaves each as it is), and a lone word that ends a person's full name
//! elsewhere in the article is that person ("Santorum" after "Rick
//! Santorum"), unless it is an organisation there by most mentions. A
//! name the gazetteer knows as a place keeps the type its context gave it
//! ("Chicago" the city in the dateline, the club in the results).

use rustc_hash::FxHashMap as HashMap;

use super::is_known_place;
use crate::names::gazetteer::Gazetteer;
use crate::names::{token_text, Name};
use crate::segment::Token;

const LABELS: [&str; 4] = ["PERSON", "ORG", "LOC", "MISC"];

pub fn one_type(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let mut votes: HashMap<&str, [usize; 4]> = HashMap::default();
    let mut surnames: HashMap<&str, usize> = HashMap::default();
    for name in names.iter() {
        let Some(idx) = LABELS.iter().position(|l| *l == name.label) else {
            continue;
        };
        votes
            .entry(token_text(text, tokens, name.tokens.clone()))
            .or_default()[idx] += 1;
        if name.label == "PERSON" && name.tokens.len() >= 2 {
            let last = &tokens[name.tokens.end - 1];
            *surnames.entry(&text[last.span.range()]).or_default() += 1;
        }
    }
    for name in names.iter_mut() {
        if is_known_place(text, &tokens[name.tokens.clone()], gazetteer) {
            continue;
        }
        let words = token_text(text, tokens, name.tokens.clone());
        let Some(count) = votes.get(words) else {
            continue;
        };
        let best = (0..4).max_by_key(|&i| count[i]).unwrap_or(0);
        let unique = (0..4).filter(|&i| count[i] == count[best]).count() == 1;
        if unique {
            name.label = LABELS[best];
        }
        let org_majority = unique && LABELS[best] == "ORG";
        if name.tokens.len() == 1 && surnames.contains_key(words) && !org_majority {
            name.label = "PERSON";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    #[test]
    fn a_name_keeps_its_type() {
        let text = "Rick Santorum spoke. Santorum left. Magna rose, Magna fell, Magna won.";
        let s = segment(text);
        let at = |i: usize| i..i + 1;
        let word = |w: &str, nth: usize| {
            let start = text.match_indices(w).nth(nth).unwrap().0;
            s.tokens.iter().position(|t| t.span.start == start).unwrap()
        };
        let mut names = vec![
            Name {
                tokens: word("Rick", 0)..word("Rick", 0) + 2,
                label: "PERSON",
            },
            Name {
                tokens: at(word("Santorum", 1)),
                label: "LOC",
            },
            Name {
                tokens: at(word("Magna", 0)),
                label: "ORG",
            },
            Name {
                tokens: at(word("Magna", 1)),
                label: "PERSON",
            },
            Name {
                tokens: at(word("Magna", 2)),
                label: "ORG",
            },
        ];
        one_type(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["PERSON", "PERSON", "ORG", "ORG", "ORG"]);
    }
}
