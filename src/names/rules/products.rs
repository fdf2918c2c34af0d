//! `names.products`: a product named by its maker and a model code ("the
//! Airbus A380", "a Sukhoi Su-30") names the maker, an organisation: the
//! name is cut before its first model code (a word with letters and
//! digits) and the maker left is an ORG. Names from a model code on are
//! products, which the modern-news convention does not count as names.

use crate::names::Name;
use crate::segment::Token;

/// A model code: one word with both letters and digits ("A380", "Su-30").
fn is_model_code(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit()) && word.chars().any(char::is_alphabetic)
}

pub fn products(text: &str, tokens: &[Token], names: &mut [Name]) {
    let word = |i: usize| &text[tokens[i].span.range()];
    for name in names.iter_mut() {
        if !matches!(name.label, "MISC" | "ORG") {
            continue;
        }
        let maker_capitalised = word(name.tokens.start)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let code = (name.tokens.start + 1..name.tokens.end).find(|&i| is_model_code(word(i)));
        if let (Some(code), true) = (code, maker_capitalised) {
            name.tokens.end = code;
            name.label = "ORG";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn a_product_names_its_maker() {
        let text = "The Zephyr Z500 flew beside the Korvak Su-30 Flanker and Volta 2000.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Zephyr Z500", "MISC"),
                ("Korvak Su-30 Flanker", "MISC"),
                ("Volta 2000", "MISC"),
            ],
        );
        products(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Zephyr".into(), "ORG"),
                ("Korvak".into(), "ORG"),
                ("Volta 2000".into(), "MISC")
            ]
        );
    }
}
