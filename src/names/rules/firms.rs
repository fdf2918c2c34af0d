//! `names.firms`: capitalised names joined by "&" are one firm, an ORG
//! ("Schroder Wertheim & Co.", "A.G. Edwards & Sons", "Procter &
//! Gamble"). The tagger, which reads a word at a time, often leaves such a
//! name out or keeps only a part of it.
//!
//! The name runs left from the "&" over capitalised words (initials too,
//! "A.G."), and right up to its first firm's word: a corporate suffix
//! (`data/gazetteers/corporate_suffixes.txt`, "Co Ltd" and ", Inc." too)
//! or an organisation's last word (`data/gazetteers/org_heads.txt`: "&
//! Sons", "& Partners"), so "Smith & Co Chairman John Brown" leaves the
//! chairman out. Without a firm's word it takes one word after the "&",
//! and the tagger must have seen an ORG in it: "Miller & Robertson (2007)"
//! citing a paper are two authors. Partners listed with commas
//! ("Goldman, Sachs & Co") are taken in only before a firm's word; a
//! longer name of the tagger's keeps its start ("the Department of Trade
//! & Industry").
//!
//! Left alone: headings and table lines, which run capitalised words
//! together ("Lead Underwriter Bear Stearns & Co Inc"); places (both
//! sides places the gazetteer knows, or a place the tagger found across
//! the "&": "Trinidad & Tobago"); a side that is a common word of the
//! article ("Research & Development"). The name does not open with a
//! sentence's first word the article writes in lower case ("In Smith &
//! Co"), nor run over a day or a month ("On Monday Smith & Co"), an
//! adjective ("Family-controlled") or the firm before it.
//!
//! Linear: each "&" looks at a few tokens, through a table of which name
//! covers each token.

use rustc_hash::FxHashSet as HashSet;

use super::is_known_place;
use crate::names::gazetteer::Gazetteer;
use crate::names::{drop_empty, Name};
use crate::resources::lists::gazetteers::{corporate_suffixes, org_heads};
use crate::resources::lists::lexicon::{function_words, months, weekdays};
use crate::segment::{BlockKind, Structure};

/// The most words on either side of the "&".
const MOST_WORDS: usize = 4;

/// A word that ends a firm's name: a corporate suffix ("Co.") or an
/// organisation's last word ("Partners", "Sons").
fn is_firm_end(word: &str) -> bool {
    corporate_suffixes::contains(word) || org_heads::contains(word)
}

/// "Family-controlled", "London-based": an adjective before the name.
fn is_compound_adjective(word: &str) -> bool {
    word.split('-')
        .skip(1)
        .any(|part| part.chars().next().is_some_and(char::is_lowercase))
}

pub fn firms(
    text: &str,
    structure: &Structure,
    gazetteer: &Gazetteer,
    lower_words: &HashSet<&str>,
    names: &mut Vec<Name>,
) {
    // Most articles have no "&": no table to build.
    if !text.contains('&') {
        return;
    }
    let tokens = &structure.tokens;
    let word = |i: usize| &text[tokens[i].span.range()];
    let common = |i: usize| {
        let lower = word(i).to_lowercase();
        lower_words.contains(lower.as_str()) || function_words::contains(&lower)
    };
    // Per token, the name over it, built once: each "&" then looks at a
    // few tokens, never at every name (linear in the article).
    let mut cover: Vec<Option<usize>> = vec![None; tokens.len()];
    for (k, name) in names.iter().enumerate() {
        for t in name.tokens.clone() {
            cover[t] = Some(k);
        }
    }
    let label_at = |t: usize| cover[t].map(|k| names[k].label);
    // A word no firm's name runs over on its left: a firm's own last
    // word ("Acme & Co, Inc., Baker & Sons"), a day or a month ("On
    // Monday Smith & Co"), an adjective ("Family-controlled").
    let stops = |w: &str| {
        is_firm_end(w)
            || weekdays::get(w).is_some()
            || months::get(w).is_some()
            || is_compound_adjective(w)
    };
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for sentence in &structure.sentences {
        // A heading or a table's label line ("Lead Underwriter Bear
        // Stearns & Co Inc") runs capitalised words together.
        if structure.paragraphs[sentence.paragraph].kind == BlockKind::Heading {
            continue;
        }
        let (first, end) = (sentence.tokens.start, sentence.tokens.end);
        for amp in first + 1..end.saturating_sub(1) {
            // "&" between spaces: "R&D" and "AT&T" are words of their own.
            let spaced = tokens[amp - 1].span.end < tokens[amp].span.start
                && tokens[amp].span.end < tokens[amp + 1].span.start;
            let taken = found.last().is_some_and(|r| amp < r.end);
            if word(amp) != "&" || !spaced || taken {
                continue;
            }
            // Right: up to the first firm's word a few capitalised words
            // on ("Smith & Co", not "Smith & Co Chairman John Brown"), and
            // the suffixes after it ("Co Ltd", ", Inc."); without one,
            // one word ("Johnson & Johnson Chief Executive Alex Gorsky").
            let mut right = amp + 1;
            let mut suffix = false;
            while right < end
                && right - amp <= MOST_WORDS
                && crate::text::is_capitalised(word(right))
            {
                right += 1;
                if is_firm_end(word(right - 1)) {
                    suffix = true;
                    break;
                }
            }
            if right == amp + 1 {
                continue;
            }
            if suffix {
                while right < end && corporate_suffixes::contains(word(right)) {
                    right += 1;
                }
                if right + 1 < end
                    && word(right) == ","
                    && corporate_suffixes::contains(word(right + 1))
                {
                    right += 2;
                }
            } else {
                right = amp + 2;
            }
            // Left: capitalised words and initials, and partners listed
            // with commas when a suffix ends the name, up to MOST_WORDS
            // words, never into the firm found before.
            let floor = found.last().map_or(first, |r| r.end.max(first));
            let mut left = amp;
            let mut words = 0;
            while left > floor && words < MOST_WORDS {
                let w = word(left - 1);
                // A partner is one word between commas: "Goldman, Sachs
                // & Co", not "Evercore Partners, Moelis & Company".
                let partner = suffix
                    && w == ","
                    && left - 1 > floor
                    && left < amp
                    && crate::text::is_capitalised(word(left - 2))
                    && !stops(word(left - 2))
                    && (left - 2 == floor || !crate::text::is_capitalised(word(left - 3)));
                if partner {
                    left -= 1;
                } else if crate::text::is_capitalised(w) && !stops(w) {
                    left -= 1;
                    words += 1;
                } else {
                    break;
                }
            }
            // A sentence's first word the article writes in lower case
            // ("In", "Shares") is no part of the name.
            while left < amp && (word(left) == "," || (left == first && common(left))) {
                left += 1;
            }
            if left == amp {
                continue;
            }
            // A longer name of the tagger's keeps its start: "the
            // Department of Trade & Industry", "Royal Bank of Scotland &
            // Co". One that already holds the firm is left as it is.
            if let Some(k) = cover[left].filter(|&k| names[k].label != "PERSON") {
                if names[k].tokens.start < left {
                    left = names[k].tokens.start;
                }
                if names[k].tokens.end >= right {
                    continue;
                }
            }
            let sides_common = (left..amp).all(common) || (amp + 1..right).all(common);
            let places = (is_known_place(text, &tokens[left..amp], gazetteer)
                && is_known_place(text, &tokens[amp + 1..right], gazetteer))
                || label_at(amp) == Some("LOC");
            // Without a firm's last word, the tagger must have seen an
            // organisation in it: "Miller & Robertson (2007)" are authors.
            let tagged_org = (left..right).any(|t| label_at(t) == Some("ORG"));
            if !places && (suffix || (tagged_org && !sides_common)) {
                found.push(left..right);
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // The tagger's names over a firm's tokens give way to it.
    let mut in_firm = vec![false; tokens.len()];
    for range in &found {
        for t in range.clone() {
            in_firm[t] = true;
        }
    }
    for name in names.iter_mut() {
        if name.tokens.clone().any(|t| in_firm[t]) {
            name.tokens = name.tokens.start..name.tokens.start;
        }
    }
    drop_empty(names);
    names.extend(found.into_iter().map(|tokens| Name {
        tokens,
        label: "ORG",
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::lower_words;
    use crate::names::rules::testing::{names_of, placed};
    use crate::names::sort_by_start;
    use crate::segment::segment;

    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let gazetteer = Gazetteer::embedded();
        let mut names = placed(text, &s, found);
        firms(
            text,
            &s,
            &gazetteer,
            &lower_words(text, &s.tokens),
            &mut names,
        );
        sort_by_start(&mut names);
        names_of(text, &s, &names)
    }

    #[test]
    fn names_joined_by_an_ampersand_are_one_firm() {
        assert_eq!(
            run(
                "The deal helps, said John Casesa of Schroder Wertheim & Co. on Friday.",
                &[("John Casesa", "PERSON"), ("Schroder", "PERSON")]
            ),
            [
                ("John Casesa".into(), "PERSON"),
                ("Schroder Wertheim & Co.".into(), "ORG")
            ]
        );
        assert_eq!(
            run(
                "James Weber, analyst at A.G. Edwards & Sons, said so.",
                &[("James Weber", "PERSON")]
            ),
            [
                ("James Weber".into(), "PERSON"),
                ("A.G. Edwards & Sons".into(), "ORG")
            ]
        );
        assert_eq!(
            run(
                "He left Goldman, Sachs & Co last year.",
                &[("Goldman", "PERSON"), ("Sachs", "ORG")]
            ),
            [("Goldman, Sachs & Co".into(), "ORG")]
        );
        assert_eq!(
            run("In Procter & Gamble shares rose.", &[("Gamble", "ORG")]),
            [("Procter & Gamble".into(), "ORG")]
        );
    }

    #[test]
    fn the_firm_ends_at_its_own_word_and_leaves_the_people_after_it() {
        assert_eq!(
            run(
                "Sales rose, Johnson & Johnson Chief Executive Alex Gorsky said.",
                &[("Johnson", "ORG"), ("Alex Gorsky", "PERSON")]
            ),
            [
                ("Johnson & Johnson".into(), "ORG"),
                ("Alex Gorsky".into(), "PERSON")
            ]
        );
        assert_eq!(
            run(
                "But Smith & Co Chairman John Brown said so.",
                &[("John Brown", "PERSON")]
            ),
            [
                ("Smith & Co".into(), "ORG"),
                ("John Brown".into(), "PERSON")
            ]
        );
        assert_eq!(
            run("He joined Salomon & Taylor Made Co Ltd in May.", &[]),
            [("Salomon & Taylor Made Co Ltd".into(), "ORG")]
        );
    }

    #[test]
    fn firms_side_by_side_stay_apart() {
        assert_eq!(
            run(
                "Bidders included Acme & Co, Inc., Baker & Sons and others.",
                &[]
            ),
            [
                ("Acme & Co, Inc.".into(), "ORG"),
                ("Baker & Sons".into(), "ORG")
            ]
        );
        assert_eq!(
            run(
                "It was advised by Skadden, Arps, Slate, Meagher & Flom LLP on the deal.",
                &[("Skadden", "PERSON"), ("Arps", "PERSON")]
            ),
            [("Skadden, Arps, Slate, Meagher & Flom LLP".into(), "ORG")]
        );
    }

    #[test]
    fn a_longer_name_and_a_day_before_the_firm() {
        assert_eq!(
            run(
                "Then the Department of Trade & Industry said so.",
                &[("Department of Trade & Industry", "ORG")]
            ),
            [("Department of Trade & Industry".into(), "ORG")]
        );
        assert_eq!(
            run(
                "He left Royal Bank of Scotland & Co in May.",
                &[("Royal Bank of Scotland", "ORG")]
            ),
            [("Royal Bank of Scotland & Co".into(), "ORG")]
        );
        assert_eq!(
            run("On Monday Smith & Co said so.", &[]),
            [("Smith & Co".into(), "ORG")]
        );
    }

    #[test]
    fn an_adjective_before_the_firm_stays_out() {
        assert_eq!(
            run("Family-controlled Douglas & Lomason Co. had revenue.", &[]),
            [("Douglas & Lomason Co.".into(), "ORG")]
        );
    }

    #[test]
    fn places_headings_and_common_words_are_left_alone() {
        assert_eq!(
            run(
                "He flew to Trinidad & Tobago on Monday.",
                &[("Trinidad & Tobago", "LOC")]
            ),
            [("Trinidad & Tobago".into(), "LOC")]
        );
        assert!(run("Arts & Culture\n\nThe show opened in the city.", &[]).is_empty());
        assert_eq!(
            run(
                "Lead Underwriter Bear Stearns & Co Inc\n\nThe bonds were sold.",
                &[("Bear Stearns", "ORG")]
            ),
            [("Bear Stearns".into(), "ORG")]
        );
        assert_eq!(
            run(
                "He hired Evercore Partners, Moelis & Company and others.",
                &[("Evercore Partners", "ORG")]
            ),
            [
                ("Evercore Partners".into(), "ORG"),
                ("Moelis & Company".into(), "ORG")
            ]
        );
        assert!(
            run(
                "Miller & Robertson (2007) found it.",
                &[("Miller", "PERSON"), ("Robertson", "PERSON")]
            )
            .len()
                == 2
        );
        assert!(run(
            "Research & Development grew. Spending on research and development rose.",
            &[]
        )
        .is_empty());
        // The guards themselves, with an ORG the tagger saw: two places,
        // a common word of the article, two authors.
        assert_eq!(
            run(
                "Exports from France & Germany rose on Monday.",
                &[("France", "ORG")]
            ),
            [("France".into(), "ORG")]
        );
        assert_eq!(
            run(
                "Spending on Research & Development grew. Spending on research and development rose.",
                &[("Research", "ORG")]
            ),
            [("Research".into(), "ORG")]
        );
        assert_eq!(
            run(
                "Miller & Robertson (2007) found it.",
                &[("Miller", "PERSON"), ("Robertson", "PERSON")]
            ),
            [("Miller".into(), "PERSON"), ("Robertson".into(), "PERSON")]
        );
    }
}
