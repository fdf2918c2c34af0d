//! `names.binomials`: a scientific name is an animal's or a plant's, no
//! PERSON, ORG or place. A binomial is a capitalised genus and a
//! lower-case epithet with a Latin ending (`latin_endings.txt`):
//! "Formica fusca", "Beauveria bassiana"; the tagger reads the genus alone
//! as a name. One word pair is weak evidence ("Bengal area", "Smith
//! era"), so the article must say more: the pair recurs, whole or with
//! the genus abbreviated ("E. andrillae" after "Edwardsiella andrillae"),
//! the epithet is never written apart from its one genus ("Green versus
//! X", "Kennedy versus Y" is no species), and the genus is no
//! word the gazetteer knows or the article writes in lower case. Then
//! the genus is MISC in every mention, alone or with its epithet.
//!
//! Linear: one walk over the tokens, one over the names.

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

use crate::names::gazetteer::Gazetteer;
use crate::names::Name;
use crate::resources::lists::gazetteers::latin_endings;
use crate::resources::lists::lexicon::function_words;
use crate::segment::Token;
use crate::text::words::{is_determiner, is_possessive};

/// A lower-case word of four letters or more with a Latin ending.
fn epithet(word: &str) -> bool {
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && (1..=3).any(|k| latin_endings::contains(&word[word.len() - k..]))
}

pub fn binomials(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    lower_words: &HashSet<&str>,
    names: &mut [Name],
) {
    let word = |i: usize| &text[tokens[i].span.range()];
    // Each epithet: how often it is written, how often after a genus or
    // its initial, its first genus, and whether another genus or initial
    // came before it too. With one genus and its initial only, the times
    // after them are the times the pair is written, whole or abbreviated
    // ("Formica fusca ... F. fusca"). One map, keyed by the epithet.
    #[derive(Default)]
    struct Seen<'t> {
        all: u32,
        bound: u32,
        genus: &'t str,
        letter: u8,
        mixed: bool,
    }
    let mut written: HashMap<&str, Seen> = HashMap::default();
    for i in 0..tokens.len() {
        let e = word(i);
        if !epithet(e) {
            continue;
        }
        let seen = written.entry(e).or_default();
        seen.all += 1;
        let Some(before) = i.checked_sub(1).map(word) else {
            continue;
        };
        let b = before.as_bytes();
        let initial = b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.';
        let genus =
            b.len() >= 4 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase);
        // A genus takes no article or possessive ("the Obama agenda").
        let determined = i >= 2 && {
            let d = word(i - 2).to_ascii_lowercase();
            is_determiner(&d) || is_possessive(&d)
        };
        if !(initial || genus) || determined {
            continue;
        }
        seen.bound += 1;
        if seen.letter == 0 {
            seen.letter = b[0];
        }
        seen.mixed |= seen.letter != b[0];
        if genus {
            if seen.genus.is_empty() {
                seen.genus = before;
            }
            seen.mixed |= seen.genus != before;
        }
    }
    let mut genera: HashSet<&str> = written
        .values()
        .filter(|s| {
            let g = s.genus;
            !g.is_empty()
                && s.bound >= 2
                && s.all == s.bound
                && !s.mixed
                && !function_words::contains(&g.to_ascii_lowercase())
                && !lower_words.contains(g.to_ascii_lowercase().as_str())
                && gazetteer.kinds(g).is_empty()
        })
        .map(|s| s.genus)
        .collect();
    // A name the tagger made a person somewhere is no genus: "Biden
    // listens to farmers" twice, "Obama agenda" (review).
    for n in names.iter() {
        if n.label == "PERSON" && n.tokens.len() == 1 {
            genera.remove(word(n.tokens.start));
        }
    }
    if genera.is_empty() {
        return;
    }
    for name in names.iter_mut() {
        let r = name.tokens.clone();
        let alone = r.len() == 1;
        let with_epithet = r.len() == 2 && epithet(word(r.end - 1));
        if (alone || with_epithet) && genera.contains(word(r.start)) {
            name.label = "MISC";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::lower_words;
    use crate::names::rules::testing::names_of;
    use crate::segment::segment;

    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let g = Gazetteer::embedded();
        // Each name at every occurrence of its words, as the tagger finds
        // a word wherever it recurs.
        let mut names = Vec::new();
        for &(words, label) in found {
            for (at, _) in text.match_indices(words) {
                let first = s.tokens.iter().position(|t| t.span.start == at);
                let n = words.split(' ').count();
                if let Some(first) = first {
                    names.push(Name {
                        tokens: first..first + n,
                        label,
                    });
                }
            }
        }
        crate::names::sort_by_start(&mut names);
        binomials(
            text,
            &s.tokens,
            &g,
            &lower_words(text, &s.tokens),
            &mut names,
        );
        names_of(text, &s, &names)
    }

    #[test]
    fn a_recurring_binomial_is_no_name() {
        let got = run(
            "The team used Zorbica fuscata, an ant. In the wild, Zorbica fuscata eats \
             aphids. Zorbica is common.",
            &[("Zorbica", "ORG")],
        );
        assert!(got.iter().all(|(_, l)| *l == "MISC"), "{got:?}");
        // Whole once, then abbreviated.
        let got = run(
            "Anemones of Edwardiana andrillae live in ice. Maps show E. andrillae there.",
            &[("Edwardiana", "ORG")],
        );
        assert_eq!(got, [("Edwardiana".to_string(), "MISC")]);
    }

    #[test]
    fn a_name_before_a_latin_looking_word_stays() {
        let cases: &[(&str, &[(&str, &'static str)])] = &[
            // Once only.
            ("They used Zorbica fuscata, an ant.", &[("Zorbica", "ORG")]),
            // The epithet is written alone too: an English word.
            (
                "The Bengali area grew. The Bengali area shrank. The area is wide.",
                &[("Bengali", "LOC")],
            ),
            // The word follows more than one capitalised word.
            (
                "Zorbica versus Tandora. Ellika versus Zorbica. Zorbica versus Marr.",
                &[("Zorbica", "PERSON")],
            ),
            // The gazetteer knows the first word.
            (
                "Near Tulsa campus is big. Tulsa campus is new.",
                &[("Tulsa", "LOC")],
            ),
            // The article writes the first word in lower case.
            (
                "Morena opera opened. Morena opera closed. A morena is a fish.",
                &[("Morena", "PERSON")],
            ),
            // A verb in -ens, a person, a name after an article (review).
            (
                "Barclays opens new branch. Barclays opens its books.",
                &[("Barclays", "ORG")],
            ),
            (
                "Bidden agenda stalls. Bidden agenda grows. Bidden said so.",
                &[("Bidden", "PERSON")],
            ),
            (
                "The Zorbam agenda stalls. The Zorbam agenda grows.",
                &[("Zorbam", "ORG")],
            ),
        ];
        for (text, found) in cases {
            let got = run(text, found);
            assert!(got.iter().all(|(_, l)| *l != "MISC"), "{text}: {got:?}");
        }
    }
}
