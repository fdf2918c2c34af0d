//! `names.and_heads`: "and" inside an institution's or a facility's name.
//! "the National Air and Space Museum" and "the Truth and Reconciliation
//! Commission" are one name each, but the tagger, which splits lists at
//! "and", may give "National Air" and "Space Museum". Two names with only
//! "and" or "&" between them are joined when the second ends in a head
//! (`data/gazetteers/org_heads.txt`, `facility_heads.txt`: "Museum",
//! "Commission"), which gives the whole its type (LOC after a facility's
//! head, ORG after another), and neither is a name of its own: the
//! second has two words or more and the article writes its first word in
//! lower case too ("space", "reconciliation": a common noun, where "Columbia
//! University", "Westchester County Airport" and "SBC Communications" open
//! with a name, in GUM and CoNLL-2003 lists), and the first:
//!
//! - it ends in no head ("the Wikimedia Foundation and Creative Commons
//!   Foundation" are two);
//! - the gazetteer knows it as no place or nationality ("Kenya and
//!   Tanzania Airways");
//! - it is no PERSON and opens with no given name ("Ann Lee and Acme
//!   Foundation", "Goodlatte and Benghazi Committee");
//! - the article names it nowhere else, but in such pairs ("Apple and
//!   Samsung Electronics" where Apple recurs).
//!
//! Linear: one sort of the names, one count of their texts, one walk over
//! neighbouring pairs and, if a pair may be joined, one over the words.

use rustc_hash::FxHashMap as HashMap;

use super::is_known_place;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::{facility_heads, org_heads};
use crate::segment::Token;

/// The type a head word gives a name that it ends.
fn head_type(word: &str) -> Option<&'static str> {
    match facility_heads::get(word) {
        Some(facility_heads::Value::Site) => Some("ORG"),
        Some(_) => Some("LOC"),
        None => org_heads::contains(word).then_some("ORG"),
    }
}

pub fn and_heads(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    crate::names::sort_by_start(names);
    let mut count: HashMap<&str, usize> = HashMap::default();
    for name in names.iter() {
        *count
            .entry(token_text(text, tokens, name.tokens.clone()))
            .or_default() += 1;
    }
    // Pairs to join, and the first word of the second name of each.
    let mut pairs: Vec<(usize, &'static str, &str)> = Vec::new();
    let mut paired: HashMap<&str, usize> = HashMap::default();
    for n in 1..names.len() {
        let (a, b) = (names[n - 1].tokens.clone(), names[n].tokens.clone());
        if a.is_empty()
            || b.len() < 2
            || a.end + 1 != b.start
            || !matches!(word(a.end), "and" | "&")
        {
            continue;
        }
        let Some(label) = head_type(word(b.end - 1)) else {
            continue;
        };
        let first = token_text(text, tokens, a.clone());
        if names[n - 1].label == "PERSON"
            || head_type(word(a.end - 1)).is_some()
            || is_known_place(text, &tokens[a.clone()], gazetteer)
            || gazetteer.kinds(word(a.start)).has(Kind::FirstName)
        {
            continue;
        }
        pairs.push((n, label, word(b.start)));
        *paired.entry(first).or_default() += 1;
    }
    // A first name the article also writes alone is a name of its own.
    pairs.retain(|&(n, _, _)| {
        let first = token_text(text, tokens, names[n - 1].tokens.clone());
        count.get(first) <= paired.get(first)
    });
    if pairs.is_empty() {
        return;
    }
    // The second name's first word is a common noun: the article writes
    // it in lower case too ("space" beside "Space Museum").
    let mut common = vec![false; pairs.len()];
    for t in tokens {
        let w = &text[t.span.range()];
        if w.chars().next().is_some_and(char::is_lowercase) {
            for (k, &(_, _, first)) in pairs.iter().enumerate() {
                common[k] |= w.eq_ignore_ascii_case(first);
            }
        }
    }
    for (k, &(n, label, _)) in pairs.iter().enumerate() {
        if common[k] {
            let start = names[n - 1].tokens.start;
            names[n].tokens.start = start;
            names[n].label = label;
            names[n - 1].tokens = start..start;
        }
    }
    crate::names::drop_empty(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn and_inside_an_institution_joins_its_words() {
        let text = "The National Air and Space Museum and the Truth & Reconciliation Commission met \
                    the Wikimedia Foundation and Creative Commons Foundation, Kenya and Tanzania Airways, \
                    Ann Lee and Acme Foundation, and Apple and Samsung Electronics. Apple agreed. \
                    GTE Corp. and SBC Communications, the British Library and Columbia University: \
                    reconciliation in space, samsung, tanzania, acme, creative.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("National Air", "ORG"),
                ("Space Museum", "GPE"),
                ("Truth", "ORG"),
                ("Reconciliation Commission", "ORG"),
                ("Wikimedia Foundation", "ORG"),
                ("Creative Commons Foundation", "ORG"),
                ("Kenya", "LOC"),
                ("Tanzania Airways", "ORG"),
                ("Ann Lee", "PERSON"),
                ("Acme Foundation", "ORG"),
                ("Apple", "ORG"),
                ("Samsung Electronics", "ORG"),
                ("Apple agreed", "ORG"),
                ("GTE Corp.", "ORG"),
                ("SBC Communications", "ORG"),
                ("British Library", "ORG"),
                ("Columbia University", "ORG"),
            ],
        );
        names[12].tokens.end -= 1;
        and_heads(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("National Air and Space Museum".into(), "LOC"),
                ("Truth & Reconciliation Commission".into(), "ORG"),
                ("Wikimedia Foundation".into(), "ORG"),
                ("Creative Commons Foundation".into(), "ORG"),
                ("Kenya".into(), "LOC"),
                ("Tanzania Airways".into(), "ORG"),
                ("Ann Lee".into(), "PERSON"),
                ("Acme Foundation".into(), "ORG"),
                ("Apple".into(), "ORG"),
                ("Samsung Electronics".into(), "ORG"),
                ("Apple".into(), "ORG"),
                ("GTE Corp.".into(), "ORG"),
                ("SBC Communications".into(), "ORG"),
                ("British Library".into(), "ORG"),
                ("Columbia University".into(), "ORG"),
            ]
        );
    }
}
