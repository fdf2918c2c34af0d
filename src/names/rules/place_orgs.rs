//! `names.place_orgs`: a place written right before an organisation's
//! name is part of that name: "United States Air Force" and "U.S.
//! Republican Party" are one organisation each. The tagger often proposes
//! the place apart (LOC) and the rest as an ORG. Both CoNLL-2003, whose
//! `eng.train` never splits a place from an ORG it opens ("U.N. Security
//! Council", "Japan Credit Rating Agency"), and modern news mark the
//! whole name. A nationality is left apart: CoNLL splits "French |
//! Interior Ministry" as often as it joins "Czech National Bank", and
//! joining it cost 0.0003 F1 on `eng.testa`.
//!
//! Only an ORG whose last word says it is an institution or a company
//! (`data/gazetteers/org_heads.txt`, `data/gazetteers/corporate_suffixes.txt`)
//! takes the place in, and only when the two are separated by one space:
//! "in France, Air France said" or a heading above a paragraph stays two
//! names. Linear: one pass over the names in text order.

use crate::names::Name;
use crate::resources::lists::gazetteers::{corporate_suffixes, org_heads};
use crate::segment::Token;

pub fn place_orgs(text: &str, tokens: &[Token], names: &mut Vec<Name>) {
    crate::names::sort_by_start(names);
    let word = |i: usize| &text[tokens[i].span.range()];
    for idx in 1..names.len() {
        let (left, right) = (&names[idx - 1], &names[idx]);
        if left.tokens.is_empty() || left.tokens.end != right.tokens.start || right.label != "ORG" {
            continue;
        }
        let gap =
            &text[tokens[left.tokens.end - 1].span.end..tokens[right.tokens.start].span.start];
        let last = word(right.tokens.end - 1);
        if left.label == "LOC"
            && gap == " "
            && (org_heads::contains(last) || corporate_suffixes::contains(last))
        {
            let end = right.tokens.end;
            names[idx - 1].tokens.end = end;
            names[idx - 1].label = "ORG";
            // Emptied, and dropped below.
            names[idx].tokens.end = names[idx].tokens.start;
        }
    }
    crate::names::drop_empty(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    /// A text, the names proposed, the names after the rule.
    type Case = (
        &'static str,
        &'static [(&'static str, &'static str)],
        &'static [(&'static str, &'static str)],
    );

    #[test]
    fn a_place_opens_an_organisation() {
        let cases: &[Case] = &[
            (
                "He served in the United States Air Force.",
                &[("United States", "LOC"), ("Air Force", "ORG")],
                &[("United States Air Force", "ORG")],
            ),
            (
                "Officials of the U.S. Republican Party met.",
                &[("U.S.", "LOC"), ("Republican Party", "ORG")],
                &[("U.S. Republican Party", "ORG")],
            ),
            // A nationality stays apart, as CoNLL-2003 has it.
            (
                "The French Interior Ministry said so.",
                &[("French", "MISC"), ("Interior Ministry", "ORG")],
                &[("French", "MISC"), ("Interior Ministry", "ORG")],
            ),
            // No head word: a place and a company stay two names.
            (
                "In Brazil Petrobras fell.",
                &[("Brazil", "LOC"), ("Petrobras", "ORG")],
                &[("Brazil", "LOC"), ("Petrobras", "ORG")],
            ),
            // A comma between them.
            (
                "In Paris, Air Force officers met.",
                &[("Paris", "LOC"), ("Air Force", "ORG")],
                &[("Paris", "LOC"), ("Air Force", "ORG")],
            ),
            // A person before an organisation is no place.
            (
                "Then Jones Party members left.",
                &[("Jones", "PERSON"), ("Party", "ORG")],
                &[("Jones", "PERSON"), ("Party", "ORG")],
            ),
        ];
        for &(text, before, after) in cases {
            let s = segment(text);
            let mut names: Vec<Name> = placed(text, &s, before);
            place_orgs(text, &s.tokens, &mut names);
            let got = names_of(text, &s, &names);
            let want: Vec<(String, &str)> =
                after.iter().map(|&(w, l)| (w.to_string(), l)).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
