//! `names.arabic_names`: an Arabic personal name written with an article
//! joined by a hyphen ("Bashar al-Assad", "Abdel Fattah el-Sisi", "Abu
//! Bakr al-Baghdadi", "Abd al-Karim Qasim") is one PERSON. The tagger,
//! which learned few such names, stops before the "al-" word, misses the
//! name or types it ORG or LOC.
//!
//! The name is a run of capitalised words: one to three plain ones, then
//! an "al-" word ("al-", "el-" and the assimilated "ad-", "ar-", "as-",
//! "ash-", "at-", "az-", "an-"), then any more capitalised words or "al-"
//! words. A run that opens with an "al-" word is the name of a group, a
//! paper or a place as often ("al-Gama'a al-Islamiya", "al-Aqsa") and is
//! left to the tagger; so is one whose first word opens Arabic place and
//! organisation names (`data/gazetteers/arabic_heads.txt`: "Jebel
//! al-Akhdar", "Ansar al-Sharia"), one after "the" or a possessive ("the
//! Burj al-Arab hotel"), one that a facility or place noun ends or
//! follows ("al-Aqsa mosque", "the al-Ram checkpoint"), and one whose
//! first word is a title, a known place or a function word. On CoNLL-2003
//! every run of this shape is a PERSON ("Hassan al-Turabi", "Abdul-Karim
//! al-Kabariti", "Rami al-Saadani").
//!
//! The run replaces the names of the tagger inside it or across its
//! edges. Linear: one pass over the tokens, one over the names.

use super::is_known_place;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::{arabic_heads, facility_heads, location_heads};
use crate::segment::{Token, TokenKind};
use crate::text::words;

/// Most plain capitalised words before the first "al-" word.
const MAX_GIVEN: usize = 3;

/// Whether `word` is an Arabic article joined to a capitalised word by a
/// hyphen: "al-Assad", "el-Sisi", "ash-Shaibani"; with `capital`, "Al-"
/// and "El-" too.
/// A word in capitals ("AL-WATAN", a headline's) is none.
fn is_article_word(word: &str, capital: bool) -> bool {
    let Some((article, rest)) = word.split_once('-') else {
        return false;
    };
    let lower = article.to_ascii_lowercase();
    let known = matches!(
        lower.as_str(),
        "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an" | "ul" | "ud"
    );
    let cased = capital || article.starts_with(|c: char| c.is_ascii_lowercase());
    known
        && cased
        && rest.starts_with(|c: char| c.is_uppercase())
        && rest.chars().any(char::is_lowercase)
}

pub fn arabic_names(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let is_word = |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
    let capitalised = |i: usize| word(i).starts_with(|c: char| c.is_uppercase());
    // A plain capitalised word that can be part of a personal name.
    // A plain capitalised word that can be part of a personal name: not in
    // capitals, not a function word.
    let plain = |i: usize| {
        is_word(i)
            && capitalised(i)
            && word(i).chars().any(char::is_lowercase)
            && !is_article_word(word(i), true)
            && {
                let lower = word(i).to_lowercase();
                !words::is_function_word(&lower)
            }
    };
    // Whether token `i` is on the line of the token before it.
    let same_line = |i: usize| {
        i == 0
            || tokens
                .get(i)
                .is_some_and(|t| !text[tokens[i - 1].span.end..t.span.start].contains('\n'))
    };
    let is_head = |w: &str| {
        facility_heads::get(w).is_some()
            || location_heads::get(w).is_some()
            || facility_heads::get(&capitalise(w)).is_some()
            || location_heads::get(&capitalise(w)).is_some()
    };
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !plain(i) {
            i += 1;
            continue;
        }
        // Titles before the name are no part of it ("Prime Minister
        // Abdul-Karim al-Kabariti", "General Abd al-Karim Qasim").
        let mut start = i;
        while let Some(len) = (1..=3).rev().find(|&len| {
            start + len < tokens.len()
                && (start..start + len).all(&plain)
                && (gazetteer
                    .whole_title(text, &tokens[start..start + len])
                    .has(Kind::Title)
                    // "Attorney-General": a compound that ends in a title.
                    || (len == 1
                        && word(start)
                            .rsplit_once('-')
                            .is_some_and(|(_, last)| gazetteer.is_title(last))))
        }) {
            start += len;
        }
        let mut k = start;
        while k < tokens.len() && k - start < MAX_GIVEN && plain(k) && same_line(k) {
            k += 1;
        }
        if k == start {
            i = start.max(i + 1);
            continue;
        }
        if !is_article_word(word(k), true) || !same_line(k) {
            i = k.max(i + 1);
            continue;
        }
        let mut end = k + 1;
        while end < tokens.len()
            && same_line(end)
            && (plain(end) || is_article_word(word(end), true))
        {
            end += 1;
        }
        let before = start.checked_sub(1).map_or("", word).to_lowercase();
        let first = word(start);
        let first_kinds = gazetteer.whole(text, &tokens[start..start + 1], false);
        let is_person = !arabic_heads::contains(first)
            && !words::is_article(&before)
            && !words::is_determiner(&before)
            && before != "'s"
            && !first_kinds.has(Kind::Title)
            && !gazetteer
                .whole_title(text, &tokens[start..start + 1])
                .has(Kind::Title)
            && !is_known_place(text, &tokens[start..start + 1], gazetteer)
            && !is_head(word(end - 1))
            && !is_head(word(end));
        if is_person {
            runs.push(start..end);
        }
        i = end;
    }
    if runs.is_empty() {
        return;
    }
    // The tagger's names that overlap a run give way to it.
    let mut at = 0;
    names.retain(|n| {
        while at < runs.len() && runs[at].end <= n.tokens.start {
            at += 1;
        }
        runs.get(at)
            .is_none_or(|r| r.start >= n.tokens.end || r.end <= n.tokens.start)
    });
    names.extend(runs.into_iter().map(|tokens| Name {
        tokens,
        label: "PERSON",
    }));
    crate::names::sort_by_start(names);
}

/// `word` with its first letter upper-cased ("mosque" -> "Mosque").
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    fn run(text: &str, proposed: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names: Vec<Name> = placed(text, &s, proposed);
        crate::names::sort_by_start(&mut names);
        arabic_names(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
    }

    fn person(w: &str) -> (String, &'static str) {
        (w.to_string(), "PERSON")
    }

    #[test]
    fn a_name_with_an_article_is_one_person() {
        assert_eq!(
            run("He met Bashar al-Assad on Monday.", &[("Bashar", "ORG")]),
            [person("Bashar al-Assad")]
        );
        assert_eq!(
            run("Abdel Fattah el-Sisi spoke.", &[("Abdel Fattah", "PERSON")]),
            [person("Abdel Fattah el-Sisi")]
        );
        assert_eq!(
            run(
                "Abu Bakr al-Baghdadi was mentioned.",
                &[("al-Baghdadi", "MISC")]
            ),
            [person("Abu Bakr al-Baghdadi")]
        );
        assert_eq!(
            run("General Abd al-Karim Qasim ruled.", &[]),
            [person("Abd al-Karim Qasim")]
        );
        assert_eq!(
            run("Attorney-General Khaled al-Qidra left.", &[]),
            [person("Khaled al-Qidra")]
        );
    }

    #[test]
    fn places_groups_and_papers_stay_the_taggers() {
        // A run that opens with the article, a head word of Arabic place
        // and group names, "the" before it, a facility after it.
        let cases: [(&str, &[(&str, &'static str)]); 5] = [
            (
                "The group al-Gama'a al-Islamiya said so.",
                &[("al-Gama'a al-Islamiya", "ORG")],
            ),
            (
                "Fighters of Ansar al-Sharia left.",
                &[("Ansar al-Sharia", "ORG")],
            ),
            ("They met in the Jebel al-Akhdar region.", &[]),
            ("Police said Omar al-Aqsa mosque was shut.", &[]),
            (
                "He stayed at the Burj al-Arab hotel.",
                &[("Burj al-Arab", "LOC")],
            ),
        ];
        for (text, proposed) in cases {
            let expected: Vec<(String, &str)> =
                proposed.iter().map(|&(w, l)| (w.to_string(), l)).collect();
            assert_eq!(run(text, proposed), expected, "{text}");
        }
    }
}
