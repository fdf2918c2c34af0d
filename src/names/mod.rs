//! Names: the tagger proposes spans with CoNLL types, and rule passes refine
//! them into PERSON, ORG, GPE, LOC, NORP and MISC.
//!
//! Each pass is a function over the entity list and can be tested alone:
//! `split_labels` (LOC into GPE/LOC, MISC into NORP/MISC), `strip_titles`
//! (no title inside a PERSON) and `check_headings` (capitals in a title-case
//! heading are no evidence). Keeping a name's type through the article is
//! the tagger's second stage's job, not a rule's.

pub mod gazetteer;
pub mod tagger;
#[cfg(feature = "cli")]
pub mod train;

use rustc_hash::FxHashSet as HashSet;

use crate::document::Entity;
use crate::segment::{BlockKind, Structure, Token};
use crate::text::span::Span;
use crate::{Pass, Switches};
use gazetteer::{Gazetteer, Kind};
use tagger::Tagger;

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
                if !region && !crate::resources::lists::gazetteers::location_heads::contains(last) {
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

/// Drops names inside a title-case heading ("NATO's Historic Spending
/// Pledge") that nothing outside headings supports: in such a line every
/// word is capitalised, so capitals are no evidence of a name. A name is
/// supported when the same words are a name elsewhere, or a gazetteer knows
/// them.
pub fn check_headings(
    text: &str,
    structure: &Structure,
    gazetteer: &Gazetteer,
    names: &mut Vec<Name>,
) {
    let tokens = &structure.tokens;
    let word = |t: &Token| &text[t.span.range()];
    // Words written in lower case in the body: a heading that capitalises
    // one of them ("Spending") is in title case, not a list of names.
    let body_lower: HashSet<&str> = structure
        .paragraphs
        .iter()
        .filter(|p| p.kind == BlockKind::Body)
        .flat_map(|p| tokens[p.tokens.clone()].iter().map(word))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    let mut in_heading = vec![false; tokens.len()];
    for p in structure
        .paragraphs
        .iter()
        .filter(|p| p.kind == BlockKind::Heading)
    {
        let title_case = tokens[p.tokens.clone()].iter().map(word).any(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && body_lower.contains(w.to_lowercase().as_str())
        });
        if title_case && !tagger::is_all_caps(text, &tokens[p.tokens.clone()]) {
            in_heading[p.tokens.clone()]
                .iter_mut()
                .for_each(|f| *f = true);
        }
    }
    let supported: HashSet<&str> = names
        .iter()
        .filter(|n| !in_heading[n.tokens.start])
        .map(|n| token_text(text, tokens, n.tokens.clone()))
        .collect();
    names.retain(|n| {
        let range = n.tokens.clone();
        if !in_heading[range.start] || supported.contains(token_text(text, tokens, range.clone())) {
            return true;
        }
        let matches = gazetteer.find(text, &tokens[range.clone()], false);
        matches.iter().any(|m| m.start == 0 && m.end == range.len())
    });
}

/// What a rule pass over the tagger's names sees.
pub struct Context<'a> {
    pub text: &'a str,
    pub structure: &'a Structure,
    pub gazetteer: &'a Gazetteer,
}

/// A rule pass over the tagger's names, and its registry entry.
pub struct Rule {
    pub pass: Pass,
    pub run: fn(&Context, &mut Vec<Name>),
}

/// The name rules, in the order they run.
pub const RULES: &[Rule] = &[
    Rule {
        pass: Pass {
            name: "names.strip_titles",
            about:
                "no title inside a PERSON: \"Foreign Minister Sergey Lavrov\" is \"Sergey Lavrov\"",
        },
        run: |cx, names| strip_titles(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.check_headings",
            about: "names in a title-case heading need support from the body or a gazetteer",
        },
        run: |cx, names| check_headings(cx.text, cx.structure, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.split_labels",
            about: "LOC into GPE and LOC, MISC into NORP and MISC, by gazetteer",
        },
        run: |cx, names| split_labels(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
];

/// The rule passes of this stage, in the order they run.
pub fn passes() -> impl Iterator<Item = &'static Pass> {
    RULES.iter().map(|rule| &rule.pass)
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
    let cx = Context {
        text,
        structure,
        gazetteer,
    };
    for rule in RULES.iter().filter(|r| switches.is_on(r.pass.name)) {
        (rule.run)(&cx, &mut names);
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// Names as (text, label).
    fn names_of(text: &str, structure: &Structure, names: &[Name]) -> Vec<(String, &'static str)> {
        names
            .iter()
            .map(|n| {
                (
                    token_text(text, &structure.tokens, n.tokens.clone()).to_string(),
                    n.label,
                )
            })
            .collect()
    }

    /// The token range of the first occurrence of `words` in the text.
    fn range_of(text: &str, structure: &Structure, words: &str) -> std::ops::Range<usize> {
        let start = text.find(words).unwrap();
        let first = structure
            .tokens
            .iter()
            .position(|t| t.span.start == start)
            .unwrap();
        let last = structure
            .tokens
            .iter()
            .position(|t| t.span.end == start + words.len())
            .unwrap();
        first..last + 1
    }

    #[test]
    fn titles_leave_person_names() {
        let text = "Foreign Minister Sergey Lavrov met President Putin and the Minister.";
        let s = segment(text);
        let mut names = vec![
            Name {
                tokens: range_of(text, &s, "Foreign Minister Sergey Lavrov"),
                label: "PERSON",
            },
            Name {
                tokens: range_of(text, &s, "President Putin"),
                label: "PERSON",
            },
            Name {
                tokens: range_of(text, &s, "Minister."),
                label: "PERSON",
            },
        ];
        names[2].tokens.end -= 1;
        strip_titles(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Sergey Lavrov".into(), "PERSON"),
                ("Putin".into(), "PERSON")
            ]
        );
    }

    #[test]
    fn labels_split_by_gazetteer_and_head_word() {
        let text = "Russia and the Yellow River and Polish and Olympic and Minsk.";
        let s = segment(text);
        let mut names: Vec<Name> = [
            ("Russia", "LOC"),
            ("Yellow River", "LOC"),
            ("Polish", "MISC"),
            ("Olympic", "MISC"),
            ("Minsk", "LOC"),
        ]
        .iter()
        .map(|&(w, label)| Name {
            tokens: range_of(text, &s, w),
            label,
        })
        .collect();
        split_labels(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["GPE", "LOC", "NORP", "MISC", "GPE"]);
    }

    #[test]
    fn title_case_headings_need_support() {
        let text = "NATO's Historic Spending Pledge\nNATO leaders agreed on higher spending.";
        let s = segment(text);
        let mut names = vec![
            Name {
                tokens: range_of(text, &s, "NATO"),
                label: "ORG",
            },
            Name {
                tokens: range_of(text, &s, "Historic Spending Pledge"),
                label: "MISC",
            },
        ];
        let body_nato = s
            .tokens
            .iter()
            .rposition(|t| &text[t.span.range()] == "NATO")
            .unwrap();
        names.push(Name {
            tokens: body_nato..body_nato + 1,
            label: "ORG",
        });
        check_headings(text, &s, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [("NATO".into(), "ORG"), ("NATO".into(), "ORG")]
        );
    }
}
