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
//! Something must also say it is a person: a title before it ("President
//! Bashar al-Assad"), a given name of the gazetteer in it ("Mohammed
//! al-Baghdadi"), a word that opens only personal names
//! (`data/gazetteers/arabic_person_openers.txt`: "Abu Musab al-Zarqawi",
//! "Abd al-Karim Qasim") or a person the tagger found in it ("Abdel Fattah"):
//! "Fatah al-Islam", "Maarat al-Numan" and "Asharq al-Awsat" are a
//! group, a town and a paper of the same shape. Without a title the name
//! begins at that person or given name ("Emir Sheikh Tamim bin Hamad
//! al-Thani" is "Tamim bin Hamad al-Thani"); "bin" and "ibn" go on
//! with it; a weekday or a month after it ends it; a head of an
//! organisation or a place in or after it ("Movement", "Bank", "mosque")
//! rules it out; and a longer person of the tagger's that holds it stays.
//!
//! The run replaces the names of the tagger inside it or across its
//! edges. Linear: one pass over the tokens, one over the names.

use super::is_known_place;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::arabic_articles::{self, Value as Article};
use crate::resources::lists::gazetteers::{
    arabic_heads, arabic_person_openers, facility_heads, location_heads, name_particles, org_heads,
};
use crate::resources::lists::lexicon::{months, weekdays};
use crate::segment::{Token, TokenKind};
use crate::text::words;

/// Most plain capitalised words before the first "al-" word.
const MAX_GIVEN: usize = 3;

/// Whether `word` is an Arabic article joined to a capitalised word by a
/// hyphen: "al-Assad", "el-Sisi", "ash-Shaibani"; with `capital`, "Al-"
/// and "El-" too.
/// A word in capitals ("AL-WATAN", a headline's) is none.
fn is_article_word(word: &str, capital: bool) -> bool {
    // Most words have no hyphen: a byte scan says so before any splitting.
    if !word.bytes().any(|b| b == b'-') {
        return false;
    }
    let Some((article, rest)) = word.split_once('-') else {
        return false;
    };
    let Some(class) = arabic_articles::get(&article.to_ascii_lowercase()) else {
        return false;
    };
    // Capitalised, only "Al-" and "El-": "At-Large", "Ad-Supported".
    let cased = article.starts_with(|c: char| c.is_ascii_lowercase())
        || (capital && class == Article::Capital);
    cased && rest.starts_with(|c: char| c.is_uppercase()) && rest.chars().any(char::is_lowercase)
}

pub fn arabic_names(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let is_word = |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
    let capitalised = |i: usize| word(i).starts_with(|c: char| c.is_uppercase());
    // A plain capitalised word that can be part of a personal name: not in
    // capitals, not a function word, a weekday or a month ("met Bashar
    // al-Assad Monday").
    let plain = |i: usize| {
        is_word(i)
            && capitalised(i)
            && word(i).chars().any(char::is_lowercase)
            && !is_article_word(word(i), true)
            && weekdays::get(word(i)).is_none()
            && months::get(word(i)).is_none()
            && !words::is_function_word(&word(i).to_lowercase())
    };
    // "bin", "ibn": a particle with a name word after it ("Hamad bin
    // Jassim al-Thani").
    let particle = |i: usize| {
        name_particles::contains(word(i)) && (plain(i + 1) || is_article_word(word(i + 1), true))
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
            || org_heads::contains(w)
            || facility_heads::get(&capitalise(w)).is_some()
            || location_heads::get(&capitalise(w)).is_some()
            || org_heads::contains(&capitalise(w))
    };
    // A title of one to three words at `at` ("Prime Minister", "General",
    // "Attorney-General": a compound that ends in a title), its length.
    let title_at = |at: usize| {
        (1..=3).rev().find(|&len| {
            at + len < tokens.len()
                && (at..at + len).all(&plain)
                && (gazetteer
                    .whole_title(text, &tokens[at..at + len])
                    .has(Kind::Title)
                    || (len == 1
                        && word(at)
                            .rsplit_once('-')
                            .is_some_and(|(_, last)| gazetteer.is_title(last))))
        })
    };
    // The tagger's people, by the tokens they cover.
    let mut person_at = vec![None; tokens.len()];
    for name in names.iter().filter(|n| n.label == "PERSON") {
        for slot in person_at.get_mut(name.tokens.clone()).into_iter().flatten() {
            *slot = Some(name.tokens.clone());
        }
    }
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if !is_article_word(word(k), true) || k == 0 || !same_line(k) {
            k += 1;
            continue;
        }
        // Back over the given names and particles before the article.
        let mut start = k;
        let mut n_plain = 0;
        while start > 0
            && same_line(start)
            && n_plain < MAX_GIVEN + 3
            && (plain(start - 1) || particle(start - 1))
        {
            start -= 1;
            n_plain += usize::from(plain(start));
        }
        // Titles before the name are no part of it.
        let mut titled = false;
        while let Some(len) = title_at(start).filter(|&len| start + len < k) {
            start += len;
            titled = true;
        }
        let mut end = k + 1;
        while end < tokens.len()
            && same_line(end)
            && (plain(end) || is_article_word(word(end), true) || particle(end))
        {
            end += 1;
        }
        // Without a title, the name begins at the tagger's person or at
        // the first given name, not at the capitalised words before them
        // ("Emir Sheikh Tamim bin Hamad al-Thani", "Grand Ayatollah Ali
        // al-Sistani").
        if !titled {
            let tagged = (start..k).find_map(|i| person_at[i].as_ref().map(|p| p.start.max(start)));
            // A word that opens only personal names opens this one, even
            // where the tagger's person begins after it ("Abu" before
            // "Musab al-Zarqawi").
            let opener = (start..k).find(|&i| plain(i) && arabic_person_openers::contains(word(i)));
            let anchor = match (tagged, opener) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            }
            .or_else(|| {
                (start..k).find(|&i| plain(i) && gazetteer.kinds(word(i)).has(Kind::FirstName))
            });
            if let Some(anchor) = anchor {
                start = anchor;
            }
        }
        let run = start..end;
        k = end;
        if !(start < k && plain(start)) || run.clone().filter(|&i| plain(i)).count() > MAX_GIVEN + 2
        {
            continue;
        }
        let before = start.checked_sub(1).map_or("", word).to_lowercase();
        // What says a person: a title before the name, a given name in
        // it, or the tagger's person inside it.
        let given = run.clone().any(|i| {
            plain(i)
                && (gazetteer.kinds(word(i)).has(Kind::FirstName)
                    || arabic_person_openers::contains(word(i)))
        });
        let tagged = run.clone().any(|i| person_at[i].is_some());
        // A longer person of the tagger's that holds the run stays.
        let held = person_at[start]
            .as_ref()
            .is_some_and(|p| p.start <= start && p.end >= end);
        let is_person = (titled || given || tagged)
            && !held
            && !arabic_heads::contains(word(start))
            && !words::is_article(&before)
            && !words::is_determiner(&before)
            && before != "'s"
            && !is_known_place(text, &tokens[start..start + 1], gazetteer)
            && !run.clone().any(|i| is_head(word(i)))
            && !is_head(word(end));
        if is_person {
            runs.push(run);
        }
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

    #[test]
    fn an_article_word_has_its_hyphen_after_the_article() {
        for (word, capital, is) in [
            ("al-Assad", false, true),
            ("el-Sisi", false, true),
            ("Al-Assad", true, true),
            ("Al-Assad", false, false),
            ("At-Large", true, false),
            ("AL-WATAN", true, false),
            ("alAssad", true, false),
            ("al", true, false),
            ("", true, false),
            ("al-", true, false),
            ("-Assad", true, false),
        ] {
            assert_eq!(is_article_word(word, capital), is, "{word}");
        }
    }

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
        // A title before it, a given name in it, or the tagger's person in
        // it says a person.
        assert_eq!(
            run(
                "He met President Bashar al-Assad Monday.",
                &[("Bashar", "ORG")]
            ),
            [person("Bashar al-Assad")]
        );
        assert_eq!(
            run("Abdel Fattah el-Sisi spoke.", &[("Abdel Fattah", "PERSON")]),
            [person("Abdel Fattah el-Sisi")]
        );
        assert_eq!(
            run(
                "Mohammed al-Baghdadi was mentioned.",
                &[("al-Baghdadi", "MISC")]
            ),
            [person("Mohammed al-Baghdadi")]
        );
        assert_eq!(
            run("General Abd al-Karim Qasim ruled.", &[]),
            [person("Abd al-Karim Qasim")]
        );
        assert_eq!(
            run("Attorney-General Khaled al-Qidra left.", &[]),
            [person("Khaled al-Qidra")]
        );
        // "bin" inside the name; a longer person of the tagger's stays.
        assert_eq!(
            run("President Khalifa bin Zayed al-Nahyan spoke.", &[]),
            [person("Khalifa bin Zayed al-Nahyan")]
        );
        // Without a title, the name begins at the tagger's person or the
        // first given name.
        assert_eq!(
            run(
                "Emir Sheikh Tamim bin Hamad al-Thani spoke.",
                &[("Tamim bin Hamad", "PERSON")]
            ),
            [person("Tamim bin Hamad al-Thani")]
        );
        assert_eq!(
            run("Grand Ayatollah Ali al-Sistani spoke.", &[]),
            [person("Ali al-Sistani")]
        );
        assert_eq!(
            run(
                "Hamad bin Jassim al-Thani resigned.",
                &[("Hamad bin Jassim al-Thani", "PERSON")]
            ),
            [person("Hamad bin Jassim al-Thani")]
        );
        // A word that opens only personal names ("father of", "servant
        // of") says a person where the tagger said a group.
        assert_eq!(
            run(
                "Abu Musab al-Zarqawi led the group.",
                &[("Abu Musab al-Zarqawi", "ORG")]
            ),
            [person("Abu Musab al-Zarqawi")]
        );
        assert_eq!(
            run(
                "Troops hunted Abu Bakr al-Baghdadi.",
                &[("Bakr al-Baghdadi", "ORG")]
            ),
            [person("Abu Bakr al-Baghdadi")]
        );
        assert_eq!(
            run(
                "The vote was held. Abu Musab al-Zarqawi led the group.",
                &[("Musab al-Zarqawi", "PERSON")]
            ),
            [person("Abu Musab al-Zarqawi")]
        );
        assert_eq!(
            run("Abdul Rashid al-Ghazi spoke.", &[]),
            [person("Abdul Rashid al-Ghazi")]
        );
    }

    #[test]
    fn places_groups_and_papers_stay_the_taggers() {
        // A run that opens with the article, a head word of Arabic place
        // and group names, "the" before it, a facility after it.
        let cases: [(&str, &[(&str, &'static str)]); 11] = [
            // "Abu" opens places too, but none with an article word after
            // it; a facility after the run still rules it out.
            ("Flights from Abu Dhabi resumed.", &[("Abu Dhabi", "GPE")]),
            (
                "Jets flew from the Abu al-Duhur airbase.",
                &[("Abu al-Duhur", "LOC")],
            ),
            // No word that says a person.
            ("Fighters of Hurras al-Din left.", &[]),
            ("Bank Al-Jazira grew.", &[("Bank Al-Jazira", "ORG")]),
            (
                "Council Member At-Large Robert White spoke.",
                &[("Robert White", "PERSON")],
            ),
            ("Leader Omar al-Bashir Movement", &[]),
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
