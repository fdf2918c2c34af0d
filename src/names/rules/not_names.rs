//! `names.not_names`: currency symbols and codes ("US$", "GB£", "USD") and
//! time zones ("UTC", "GMT", "EST") are not names, though they are written
//! in capitals; nor are acronyms of common nouns alone ("the DNA tests",
//! "the CEO said": `data/gazetteers/common_acronyms.txt`). A currency is an entry of `data/quantities/units.txt` (a
//! symbol or code, or a short code glued to a symbol); a time zone is
//! a `zone` of `data/timex/terms.txt`: the lists the quantity and time
//! layers read.

use crate::names::Name;
use crate::resources::lists::gazetteers::common_acronyms;
use crate::resources::lists::quantities::units::{self, Class as UnitClass};
use crate::resources::lists::timex::terms::{self, Class as TermClass};
use crate::segment::Token;

/// Whether `word` is written in capitals or symbols, as codes are.
fn is_code(word: &str) -> bool {
    !word.chars().any(char::is_lowercase)
}

fn is_currency(word: &str) -> bool {
    units::starting(word)
        .iter()
        .any(|p| p.word_count() == 1 && p.class == UnitClass::Currency)
}

/// Whether the token at `idx` is a currency, a time zone, or a country
/// code glued to a currency symbol ("US" in "US$", "GB" in "GB£").
fn is_not_name(text: &str, tokens: &[Token], idx: usize) -> bool {
    let word = &text[tokens[idx].span.range()];
    if !is_code(word) {
        return false;
    }
    let zone = terms::starting(&word.to_lowercase())
        .iter()
        .any(|p| p.word_count() == 1 && p.class == TermClass::Zone);
    // A code with a currency symbol inside it ("GB£", "HK$").
    let with_symbol = word
        .chars()
        .any(|c| is_currency(c.encode_utf8(&mut [0; 4])))
        && word.chars().any(char::is_alphabetic);
    let prefix = word.chars().count() <= 3
        && tokens.get(idx + 1).is_some_and(|next| {
            next.span.start == tokens[idx].span.end && is_currency(&text[next.span.range()])
        });
    zone || is_currency(word) || with_symbol || prefix
}

pub fn not_names(text: &str, tokens: &[Token], names: &mut Vec<Name>) {
    names.retain(|n| {
        let common = n.tokens.len() == 1
            && common_acronyms::contains(&text[tokens[n.tokens.start].span.range()]);
        !common && !n.tokens.clone().all(|idx| is_not_name(text, tokens, idx))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, range_of};
    use crate::segment::segment;

    #[test]
    fn codes_and_zones_are_not_names() {
        let text = "US$ 5 and GB£ 4 at 10:00 UTC, 6 a.m. EST, in the US and at USD rates.";
        let s = segment(text);
        let mut names: Vec<Name> = ["US$", "GB£", "UTC", "EST", "US", "USD"]
            .iter()
            .map(|w| Name {
                tokens: range_of(text, &s, w),
                label: "ORG",
            })
            .collect();
        names[4].tokens = {
            let at = text.find("the US").unwrap() + 4;
            let idx = s.tokens.iter().position(|t| t.span.start == at).unwrap();
            idx..idx + 1
        };
        not_names(text, &s.tokens, &mut names);
        assert_eq!(names_of(text, &s, &names), [("US".into(), "ORG")]);
    }

    #[test]
    fn common_acronyms_alone_are_not_names() {
        let text = "The CEO of Sky TV ordered DNA tests at the DNA Learning Center.";
        let s = segment(text);
        let mut names: Vec<Name> = ["CEO", "Sky TV", "DNA", "DNA Learning Center"]
            .iter()
            .map(|w| Name {
                tokens: range_of(text, &s, w),
                label: "ORG",
            })
            .collect();
        let center = text.rfind("DNA").unwrap();
        let idx = s
            .tokens
            .iter()
            .position(|t| t.span.start == center)
            .unwrap();
        names[3].tokens = idx..idx + 3;
        not_names(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Sky TV".into(), "ORG"),
                ("DNA Learning Center".into(), "ORG")
            ]
        );
    }
}
