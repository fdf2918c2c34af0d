//! `names.firms`: capitalised names joined by "&" are one firm, an ORG
//! ("Schroder Wertheim & Co.", "A.G. Edwards & Sons", "Procter &
//! Gamble"). The tagger, which reads a word at a time, often leaves such a
//! name out or keeps only a part of it. The name runs left from the "&"
//! over capitalised words (initials too, "A.G."), and right over
//! capitalised words and a corporate suffix
//! (`data/gazetteers/corporate_suffixes.txt`, ", Inc." too). It must end
//! in a firm's word (a suffix or an organisation's last word of
//! `data/gazetteers/org_heads.txt`: "& Co", "& Sons", "& Partners") or
//! hold a name the tagger made an ORG: "Miller & Robertson" citing a
//! paper are two authors. A list of partners ("Goldman, Sachs & Co") is
//! taken in only when a firm's word ends the name. Left alone: headings,
//! whose words are all capitalised ("Arts & Culture"), places ("Trinidad & Tobago": both sides places the gazetteer
//! knows, or a name the tagger made a place across the "&"), a side that is a
//! common word of the article ("Research & Development"), and a name
//! that would open with a word the article writes in lower case ("In
//! Smith & Co" keeps "In" out).

use rustc_hash::FxHashSet as HashSet;

use super::is_known_place;
use crate::names::gazetteer::Gazetteer;
use crate::names::{drop_empty, Name};
use crate::resources::lists::gazetteers::{corporate_suffixes, org_heads};
use crate::resources::lists::lexicon::function_words;
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

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

pub fn firms(
    text: &str,
    structure: &Structure,
    gazetteer: &Gazetteer,
    lower_words: &HashSet<&str>,
    names: &mut Vec<Name>,
) {
    let tokens = &structure.tokens;
    let word = |i: usize| &text[tokens[i].span.range()];
    let common = |i: usize| {
        let lower = word(i).to_lowercase();
        lower_words.contains(lower.as_str()) || function_words::contains(&lower)
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
            if word(amp) != "&" || !spaced {
                continue;
            }
            // Right: capitalised words, then a suffix (", Inc." too).
            let mut right = amp + 1;
            while right < end && right - amp <= MOST_WORDS && is_capitalised(word(right)) {
                right += 1;
            }
            if right == amp + 1 {
                continue;
            }
            let mut suffix = is_firm_end(word(right - 1));
            if right + 1 < end
                && word(right) == ","
                && corporate_suffixes::contains(word(right + 1))
            {
                right += 2;
                suffix = true;
            }
            // Left: capitalised words and initials, and partners listed
            // with commas when a suffix ends the name.
            let mut left = amp;
            while left > first && amp - left < MOST_WORDS {
                let w = word(left - 1);
                // A partner is one word between commas: "Goldman, Sachs
                // & Co", not "Evercore Partners, Moelis & Company".
                let partner = suffix
                    && w == ","
                    && left - 1 > first
                    && left < amp
                    && is_capitalised(word(left - 2))
                    && (left - 2 == first || !is_capitalised(word(left - 3)));
                if partner || (is_capitalised(w) && !is_compound_adjective(w)) {
                    left -= 1;
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
            let sides_common = (left..amp).all(common) || (amp + 1..right).all(common);
            let places = (is_known_place(text, &tokens[left..amp], gazetteer)
                && is_known_place(text, &tokens[amp + 1..right], gazetteer))
                || names
                    .iter()
                    .any(|n| n.tokens.start < amp && amp < n.tokens.end && n.label == "LOC");
            // Without a firm's last word, the tagger must have seen an
            // organisation in it: "Miller & Robertson (2007)" are authors.
            let tagged_org = names
                .iter()
                .any(|n| n.tokens.start < right && left < n.tokens.end && n.label == "ORG");
            if !places && (suffix || (tagged_org && !sides_common)) {
                found.push(left..right);
            }
        }
    }
    if found.is_empty() {
        return;
    }
    for range in &found {
        for name in names.iter_mut() {
            if name.tokens.start < range.end && range.start < name.tokens.end {
                name.tokens = name.tokens.start..name.tokens.start;
            }
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
    }
}
