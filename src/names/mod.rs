//! Names: the tagger proposes spans with CoNLL types, and rule passes refine
//! them into PERSON, ORG, GPE, LOC, NORP and MISC.
//!
//! `features`, `model` and `decode` are the statistical tagger's parts and
//! `tagger` runs them in two stages; `clusters` holds the words' Brown
//! cluster paths the features read; `gazetteer` is the longest-match
//! lookup of the compiled name lists; `rules/` holds the rule passes, one
//! file each, listed once in `rules::RULES`. The weights are rebuilt by
//! `crate::train` (CLI only), which reads the corpora. Keeping a name's
//! type through the article is first the tagger's second stage's job, then
//! the rule `names.one_type`'s.

pub mod clusters;
pub mod decode;
pub mod features;
pub mod gazetteer;
pub mod model;
pub mod rules;
pub mod tagger;

use crate::document::Entity;
use crate::resources::lists::gazetteers::corporate_suffixes;
use crate::segment::{Structure, Token, TokenKind};
use crate::text::span::Span;
use crate::{Pass, Switches};
use gazetteer::Gazetteer;
use rules::{Context, RULES};
use tagger::Tagger;

/// A name found in the text: token range and label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub tokens: std::ops::Range<usize>,
    pub label: &'static str,
}

/// Puts names in text order. One function for every pass that needs the
/// order, so that the sort is compiled once.
pub(crate) fn sort_by_start(names: &mut [Name]) {
    crate::sort::sort_by_key(names, |n| n.tokens.start);
}

/// Removes the names a pass emptied (a title without a name, a name that
/// two were joined into another). One function for every pass, compiled
/// once.
pub(crate) fn drop_empty(names: &mut Vec<Name>) {
    names.retain(|n| !n.tokens.is_empty());
}

/// Maps the tagger's CoNLL type index to a first label.
fn first_label(type_idx: usize) -> &'static str {
    match decode::TYPES[type_idx] {
        "PER" => "PERSON",
        "ORG" => "ORG",
        "LOC" => "LOC",
        _ => "MISC",
    }
}

pub(crate) fn token_text<'t>(
    text: &'t str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
) -> &'t str {
    &text[tokens[range.start].span.start..tokens[range.end - 1].span.end]
}

/// The rule passes of this stage, in the order they run.
pub fn passes() -> impl Iterator<Item = &'static Pass> {
    rules::passes()
}

/// Finds the names of a document: the tagger proposes, then each rule that
/// `switches` leaves on refines. Spans are in the normalised text.
pub fn extract(
    text: &str,
    structure: &Structure,
    tagger: &Tagger,
    gazetteer: &Gazetteer,
    switches: &Switches,
) -> Vec<Entity> {
    let sentences: Vec<std::ops::Range<usize>> = structure
        .sentences
        .iter()
        .map(|s| s.tokens.clone())
        .collect();
    let tokens = &structure.tokens;
    let mut names: Vec<Name> = tagger
        .tag_document(gazetteer, text, tokens, &sentences)
        .into_iter()
        .map(|(range, ty)| Name {
            tokens: range,
            label: first_label(ty),
        })
        .collect();
    let cx = Context::new(text, structure, gazetteer, &tagger.clusters);
    for rule in RULES.iter().filter(|r| switches.is_on(r.pass.name)) {
        (rule.run)(&cx, &mut names);
    }
    sort_by_start(&mut names);
    // Whether token `i` is the last word of its sentence: a suffix's
    // period there is also the sentence's full stop.
    let ends_sentence = |i: usize| {
        let s = structure.sentences.partition_point(|s| s.tokens.end <= i);
        structure.sentences.get(s).is_some_and(|s| {
            s.tokens.contains(&i)
                && (i + 1..s.tokens.end).all(|k| tokens[k].kind == TokenKind::Punct)
        })
    };
    names
        .into_iter()
        .map(|n| {
            let last = n.tokens.end - 1;
            let mut end = tokens[last].span.end;
            // "… of Acme & Co." ends its sentence: the full stop is no part
            // of the name, as CoNLL-2003 and GUM write it.
            if matches!(tokens[last].kind, TokenKind::Abbreviation(_))
                && text[..end]
                    .strip_suffix('.')
                    .is_some_and(|w| corporate_suffixes::contains(&w[tokens[last].span.start..]))
                && ends_sentence(last)
            {
                end -= 1;
            }
            let span = Span::new(tokens[n.tokens.start].span.start, end);
            Entity {
                start: span.start,
                end: span.end,
                text: text[span.range()].to_string(),
                label: n.label.to_string(),
            }
        })
        .collect()
}
