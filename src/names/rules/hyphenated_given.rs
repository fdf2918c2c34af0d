//! `names.hyphenated_given`: a Chinese or Korean name written in Latin
//! letters, a family name and a hyphenated given name whose second part is
//! in lower case and both parts one romanised syllable ("Leung Chun-ying"
//! or "Kim Jong-un"), is one PERSON. English compounds have other shapes
//! ("New York-based" or "Rolls-Royce"), and the tagger, which learned few
//! such names, misses or splits them.

use crate::names::Name;
use crate::resources::lists::gazetteers::romanised_finals;
use crate::segment::Token;
use crate::text::words;

/// One romanised Chinese or Korean syllable, lower case: consonants, one
/// run of vowels, then nothing or one final of
/// `data/gazetteers/romanised_finals.txt`. So "ying" and "kuen" are
/// syllables; "based" (two vowel runs) and "born" (two finals) are not.
fn is_syllable(s: &str) -> bool {
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let rest = s.trim_start_matches(|c: char| c.is_ascii_lowercase() && !is_vowel(c));
    let after_vowels = rest.trim_start_matches(is_vowel);
    let n_vowels = rest.len() - after_vowels.len();
    n_vowels > 0
        && s.is_ascii()
        && (after_vowels.is_empty() || romanised_finals::contains(after_vowels))
}

/// A hyphenated given name of two syllables, capitalised: "Chun-ying".
fn is_hyphenated_given(word: &str) -> bool {
    let Some((head, tail)) = word.split_once('-') else {
        return false;
    };
    let mut chars = head.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && is_syllable(&head.to_ascii_lowercase())
        && is_syllable(tail)
}

pub fn hyphenated_given(text: &str, tokens: &[Token], names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    // A family name: a capitalised word that is not a function word.
    let family = |i: usize| {
        let w = word(i);
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && !words::is_function_word(&w.to_lowercase())
    };
    let mut added = Vec::new();
    for i in 1..tokens.len() {
        if !(is_hyphenated_given(word(i)) && family(i - 1)) {
            continue;
        }
        let pair = i - 1..i + 1;
        let holding = names
            .iter_mut()
            .find(|n| n.tokens.start <= pair.start && pair.end <= n.tokens.end);
        match holding {
            Some(name) => name.label = "PERSON",
            None => {
                // Names over one of the two words give way to the pair.
                names.retain(|n| n.tokens.end <= pair.start || n.tokens.start >= pair.end);
                added.push(Name {
                    tokens: pair,
                    label: "PERSON",
                });
            }
        }
    }
    names.extend(added);
    crate::names::sort_by_start(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, range_of};
    use crate::segment::segment;

    #[test]
    fn hyphenated_given_names_make_one_person() {
        let text = "Then Leung Chun-ying met Kim Jong-un at Rolls-Royce, a New York-based and Ireland-born firm.";
        let s = segment(text);
        let mut names = vec![
            Name {
                tokens: range_of(text, &s, "Kim"),
                label: "LOC",
            },
            Name {
                tokens: range_of(text, &s, "Rolls-Royce"),
                label: "ORG",
            },
        ];
        hyphenated_given(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Leung Chun-ying".into(), "PERSON"),
                ("Kim Jong-un".into(), "PERSON"),
                ("Rolls-Royce".into(), "ORG"),
            ]
        );
    }
}
