//! `names.operations`: "Operation" and the capitalised words after it name
//! a military or police operation ("Operation Desert Storm", "Operation
//! Car Wash"), one MISC name with its "Operation", as CoNLL-2003 tags
//! "Operation Provide Comfort" and as GUM's core keeps the capitalised
//! run. The tagger, which knows few operations, makes them organisations
//! or people ("Operation Yewtree" an ORG). A name the tagger began before
//! "Operation" ends before it ("NATO Operation Unified Protector" keeps
//! the ORG "NATO"); a name inside the operation gives way to it.

use crate::names::Name;
use crate::segment::Token;
use crate::text::words;

/// The word that opens an operation's name.
const OPERATION: &str = "Operation";

/// Most words of an operation's name after "Operation" ("Enduring
/// Freedom", "Iraqi Freedom", "Provide Comfort").
const MAX_NAME_WORDS: usize = 4;

pub fn operations(text: &str, tokens: &[Token], names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    // A capitalised word on the line, no function word ("Operation The").
    let capitalised = |i: usize| {
        let w = word(i);
        crate::text::is_capitalised(w)
            && w.chars().any(char::is_alphabetic)
            && !words::is_function_word(&w.to_lowercase())
            && !text[tokens[i - 1].span.end..tokens[i].span.start].contains('\n')
    };
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for i in 0..tokens.len() {
        if word(i) != OPERATION || found.last().is_some_and(|r| i < r.end) {
            continue;
        }
        let mut end = i + 1;
        while end < tokens.len() && end - i <= MAX_NAME_WORDS && capitalised(end) {
            end += 1;
        }
        if end > i + 1 {
            found.push(i..end);
        }
    }
    if found.is_empty() {
        return;
    }
    let mut in_operation = vec![false; tokens.len()];
    for r in &found {
        in_operation[r.clone()].fill(true);
    }
    for n in names.iter_mut() {
        // A name the tagger began before the operation ends before it.
        if let Some(first) = n.tokens.clone().find(|&i| in_operation[i]) {
            n.tokens.end = if first > n.tokens.start {
                first
            } else {
                n.tokens.start
            };
        }
    }
    crate::names::drop_empty(names);
    names.extend(found.into_iter().map(|tokens| Name {
        tokens,
        label: "MISC",
    }));
    crate::names::sort_by_start(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn operations_are_misc_names_with_their_word() {
        let text = "Operation Kestrel Dawn began. Police ran Operation Larkspur in May. \
                    The NATO Operation Blue Harbour ended. Operation Pinewood Hill, a raid, failed.";
        let s = segment(text);
        let mut names = placed(
            text,
            &s,
            &[
                ("Operation Kestrel Dawn", "ORG"),
                ("Larkspur", "PERSON"),
                ("NATO Operation Blue Harbour", "ORG"),
            ],
        );
        operations(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Operation Kestrel Dawn".into(), "MISC"),
                ("Operation Larkspur".into(), "MISC"),
                ("NATO".into(), "ORG"),
                ("Operation Blue Harbour".into(), "MISC"),
                ("Operation Pinewood Hill".into(), "MISC"),
            ]
        );
    }

    #[test]
    fn operation_without_a_name_is_left_alone() {
        // Lower case, a plural, a function word or a line break after it.
        let text = "The operation Cole led failed. Operations Director Ann Vey spoke. \
                    Operation of the plant stopped. Operation\nLisbon";
        let s = segment(text);
        let mut names = placed(text, &s, &[("Cole", "PERSON"), ("Ann Vey", "PERSON")]);
        operations(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [("Cole".into(), "PERSON"), ("Ann Vey".into(), "PERSON")]
        );
    }
}
