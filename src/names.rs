//! Names: the tagger proposes spans with CoNLL types, and rule passes refine
//! them into PERSON, ORG, GPE, LOC, NORP and MISC.
//!
//! Each pass is a function over the entity list and can be tested alone:
//! `split_labels` (LOC into GPE/LOC, MISC into NORP/MISC), `strip_titles`
//! (no title inside a PERSON), and `propagate` (a name keeps its label through
//! the article, and a person named in full is found again by surname).

use std::collections::HashMap;

use crate::document::Entity;
use crate::gazetteer::{Gazetteer, Kind};
use crate::resources::lexicon;
use crate::segment::{Structure, Token};
use crate::span::Span;
use crate::tagger::{self, Model};

/// A name found in the text: token range and label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub tokens: std::ops::Range<usize>,
    pub label: &'static str,
}

/// Maps the tagger's CoNLL type index to a first label.
fn first_label(type_idx: usize) -> &'static str {
    match tagger::TYPES[type_idx] {
        "PER" => "PERSON",
        "ORG" => "ORG",
        "LOC" => "LOC",
        _ => "MISC",
    }
}

fn token_text<'t>(text: &'t str, tokens: &[Token], range: std::ops::Range<usize>) -> &'t str {
    &text[tokens[range.start].span.start..tokens[range.end - 1].span.end]
}

/// LOC becomes GPE unless it is a region or ends in a word like "River";
/// MISC becomes NORP when it is a nationality or group.
pub fn split_labels(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let lex = lexicon();
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
                if !region && !lex.location_heads.contains(last) {
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

/// Removes leading titles from PERSON names ("Foreign Minister Sergey
/// Lavrov" gives "Sergey Lavrov"); a name that is only a title is dropped.
pub fn strip_titles(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    for name in names.iter_mut().filter(|n| n.label == "PERSON") {
        loop {
            let range = name.tokens.clone();
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
    names.retain(|n| !n.tokens.is_empty());
}

/// Gives every mention of a name the label it has most often in the
/// document, and finds untagged repeats: the same words again, or the
/// surname of a person named in full.
pub fn propagate(
    text: &str,
    tokens: &[Token],
    sentences: &[std::ops::Range<usize>],
    names: &mut Vec<Name>,
) {
    // Votes per surface form.
    let mut votes: HashMap<&str, HashMap<&'static str, usize>> = HashMap::new();
    for name in names.iter() {
        *votes
            .entry(token_text(text, tokens, name.tokens.clone()))
            .or_default()
            .entry(name.label)
            .or_default() += 1;
    }
    // Surnames (last word) of people named with two or more words.
    for name in names
        .iter()
        .filter(|n| n.label == "PERSON" && n.tokens.len() >= 2)
    {
        let last = &text[tokens[name.tokens.end - 1].span.range()];
        *votes.entry(last).or_default().entry("PERSON").or_default() += 1;
    }
    let best: HashMap<&str, &'static str> = votes
        .iter()
        .map(|(form, counts)| {
            let label = counts
                .iter()
                .max_by_key(|(label, n)| (**n, *label))
                .map(|(l, _)| *l)
                .unwrap_or("MISC");
            (*form, label)
        })
        .collect();
    for name in names.iter_mut() {
        if let Some(&label) = best.get(token_text(text, tokens, name.tokens.clone())) {
            name.label = label;
        }
    }
    // Untagged capitalised single tokens that are a known form.
    let mut covered = vec![false; tokens.len()];
    for name in names.iter() {
        covered[name.tokens.clone()]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    for range in sentences {
        for i in range.clone() {
            let word = &text[tokens[i].span.range()];
            if covered[i] || !word.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            if let Some(&label) = best.get(word) {
                names.push(Name {
                    tokens: i..i + 1,
                    label,
                });
                covered[i] = true;
            }
        }
    }
    names.sort_by_key(|n| n.tokens.start);
}

/// Finds the names of a document. Spans are in the normalised text.
pub fn extract(
    text: &str,
    structure: &Structure,
    model: &Model,
    gazetteer: &Gazetteer,
) -> Vec<Entity> {
    let sentences: Vec<std::ops::Range<usize>> = structure
        .sentences
        .iter()
        .map(|s| s.tokens.clone())
        .collect();
    let tokens = &structure.tokens;
    let mut names: Vec<Name> = tagger::tag_document(model, gazetteer, text, tokens, &sentences)
        .into_iter()
        .map(|(_, range, ty)| Name {
            tokens: range,
            label: first_label(ty),
        })
        .collect();
    strip_titles(text, tokens, gazetteer, &mut names);
    propagate(text, tokens, &sentences, &mut names);
    split_labels(text, tokens, gazetteer, &mut names);
    names
        .into_iter()
        .map(|n| {
            let span = Span::new(
                tokens[n.tokens.start].span.start,
                tokens[n.tokens.end - 1].span.end,
            );
            Entity {
                start: span.start,
                end: span.end,
                text: text[span.range()].to_string(),
                label: n.label.to_string(),
            }
        })
        .collect()
}
