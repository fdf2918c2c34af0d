//! `names.versions`: software is no organisation. A name followed by a
//! version number and, at most four words on, a software head noun
//! (`data/gazetteers/product_heads.txt`: "Internet Explorer 9 (IE9)
//! browser", "Windows 10 operating system") names a product, MISC in every
//! mention; the tagger types it ORG, a person or a place. The number alone
//! is no evidence ("Dacom 24 percent", "Sweden 8.57", "Atlanta 2 (1st
//! game"): the head noun is what a count lacks. The short form the name
//! is given beside its version, "(IE9)", is the product too: "IE".
//!
//! Linear: one look at the words after each name, one pass to retype.

use rustc_hash::FxHashSet as HashSet;

use super::{phrase_at, retype_mentions};
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::product_heads;
use crate::segment::{Token, TokenKind};

/// How many words after the number the head noun may come.
const WINDOW: usize = 4;

/// A year is no version: "Adobe 2020 software subscriptions" names the
/// maker (review).
fn is_year(w: &str) -> bool {
    w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && !w.contains('.')
}

pub fn versions(text: &str, tokens: &[Token], names: &mut [Name]) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let mut products: HashSet<&str> = HashSet::default();
    for name in names.iter() {
        let end = name.tokens.end;
        let version = tokens.get(end).is_some_and(|t| {
            let w = word(end);
            t.kind == TokenKind::Number
                && w.len() <= 4
                && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && !is_year(w)
        });
        if name.label == "MISC" || !version {
            continue;
        }
        let window = end + 1..tokens.len().min(end + 1 + WINDOW);
        let window = window.take_while(|&i| !matches!(word(i), "." | ";" | "!" | "?"));
        let mut headed = false;
        let mut short = None;
        for i in window {
            headed |= phrase_at(text, tokens, i, product_heads::starting, |_| true);
            // "(IE9)": the name's initials and the version, written short.
            let w = word(i);
            let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
            let initials = name.tokens.clone().map(|k| word(k).as_bytes()[0]);
            if word(i - 1) == "("
                && letters.len() >= 2
                && letters.len() < w.len()
                && letters.bytes().eq(initials)
            {
                short = Some(letters);
            }
        }
        if headed {
            products.insert(token_text(text, tokens, name.tokens.clone()));
            products.extend(short);
        }
    }
    if !products.is_empty() {
        retype_mentions(text, tokens, &products, "MISC", names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn a_versioned_product_is_misc() {
        let text = "Zorbix Explorer 9 (ZE9) browser is out. Dacom 24 percent rose. \
                    Atlanta 2 (1st game) ended. Zorbix Explorer is slow. ZE is old. \
                    Hexa 3 is the most successful software. Boeing 747 aircraft flew.";
        let s = segment(text);
        let mut names = placed(
            text,
            &s,
            &[
                ("Zorbix Explorer", "ORG"),
                ("Dacom", "ORG"),
                ("Atlanta", "ORG"),
                ("ZE is", "ORG"),
                ("Hexa", "ORG"),
                ("Boeing", "ORG"),
            ],
        );
        names[3].tokens.end -= 1;
        names.insert(3, {
            let r = crate::names::rules::testing::range_of(text, &s, "Zorbix Explorer is");
            Name {
                tokens: r.start..r.end - 1,
                label: "ORG",
            }
        });
        versions(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Zorbix Explorer".into(), "MISC"),
                ("Dacom".into(), "ORG"),
                ("Atlanta".into(), "ORG"),
                // The other mention too, and the short form.
                ("Zorbix Explorer".into(), "MISC"),
                ("ZE".into(), "MISC"),
                // The head noun five words on is too far.
                ("Hexa".into(), "ORG"),
                ("Boeing".into(), "ORG"),
            ]
        );
    }

    #[test]
    fn a_maker_before_a_year_or_a_console_stays() {
        let text = "Adobe 2020 software sales grew. Nintendo 64 console sales soared.";
        let s = segment(text);
        let mut names = placed(text, &s, &[("Adobe", "ORG"), ("Nintendo", "ORG")]);
        versions(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [("Adobe".into(), "ORG"), ("Nintendo".into(), "ORG")]
        );
    }
}
