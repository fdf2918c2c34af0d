//! `names.check_headings`: in a title-case heading every word has a
//! capital, so a name found there needs support from the body (the same
//! name, or a name sharing one of its words) or the gazetteer.

use rustc_hash::FxHashSet as HashSet;

use crate::names::features::is_all_caps;
use crate::names::gazetteer::Gazetteer;
use crate::names::{token_text, Name};
use crate::segment::{BlockKind, Structure, Token};

/// Drops names inside a title-case heading ("NATO's Historic Spending
/// Pledge") that nothing outside headings supports: in such a line every
/// word is capitalised, so capitals are no evidence of a name. A name is
/// supported when the same words are a name elsewhere, when one of its
/// words is a word of a name in the body ("Aner Shalev" in the title,
/// "Shalev" in the text), or when a gazetteer knows it.
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
            crate::text::is_capitalised(w) && body_lower.contains(w.to_lowercase().as_str())
        });
        if title_case && !is_all_caps(text, &tokens[p.tokens.clone()]) {
            in_heading[p.tokens.clone()]
                .iter_mut()
                .for_each(|f| *f = true);
        }
    }
    let outside = || names.iter().filter(|n| !in_heading[n.tokens.start]);
    let supported: HashSet<&str> = outside()
        .map(|n| token_text(text, tokens, n.tokens.clone()))
        .collect();
    let name_words: HashSet<&str> = outside()
        .flat_map(|n| tokens[n.tokens.clone()].iter().map(word))
        .filter(|w| crate::text::is_capitalised(w))
        .collect();
    names.retain(|n| {
        let range = n.tokens.clone();
        if !in_heading[range.start]
            || supported.contains(token_text(text, tokens, range.clone()))
            || tokens[range.clone()]
                .iter()
                .any(|t| name_words.contains(word(t)))
        {
            return true;
        }
        let matches = gazetteer.find(text, &tokens[range.clone()], false);
        matches.iter().any(|m| m.start == 0 && m.end == range.len())
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, range_of};
    use crate::segment::segment;

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
