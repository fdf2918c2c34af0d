//! `names.person_cues`: words right after a name that only follow a
//! person's make it a PERSON in every mention of the article: "the Obama
//! administration", "Reagan's presidency", "Clinton's wife"
//! (`data/gazetteers/person_cues.txt`). The tagger reads "the X
//! administration" as an institution and types X an ORG; in a story about
//! the administration those mentions outvote the others, and the person
//! becomes an organisation throughout (`names.one_type`). Only an ORG or
//! a LOC is retyped: a MISC before "administration" is a party or a
//! nationality ("the Republican administration"), and so are the names
//! the gazetteer knows as places or nationalities ("the U.S.
//! administration").
//!
//! A one-word name after a title ("President Obama", "Mr. Obama", "Sen.
//! Rubio": the gazetteer's titles and the abbreviated titles) is a person
//! in the whole article too: a surname alone is what the tagger most often
//! mistypes ("an Obama nominee" ORG, then every "Obama" by vote). Longer
//! names after a title are left: a title also opens facilities and
//! institutions ("Sheikh Lotfollah Mosque"), and retyping them cost 0.0001
//! F1 on `eng.train` and on GUM's tuning genres. A surname shared with a
//! company follows the person ("Mr. Bloomberg" and "Bloomberg says").

use rustc_hash::FxHashSet as HashSet;

use super::{is_known_place, phrase_at, retype_mentions};
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::person_cues;
use crate::segment::{AbbrevClass, Token, TokenKind};

/// Whether the lower-cased words of `tokens` from `at` on begin with a
/// person cue.
fn cue_at(text: &str, tokens: &[Token], at: usize) -> bool {
    phrase_at(text, tokens, at, person_cues::starting, |_| true)
}

/// Whether a capitalised title ends right before `start`: an abbreviated
/// one ("Sen.", "Mr.") or one of the gazetteer ("President").
fn title_before(text: &str, tokens: &[Token], gazetteer: &Gazetteer, start: usize) -> bool {
    if start == 0 {
        return false;
    }
    if tokens[start - 1].kind == TokenKind::Abbreviation(AbbrevClass::Title) {
        return true;
    }
    let from = start.saturating_sub(MAX_TITLE_WORDS);
    let window = &tokens[from..start];
    gazetteer.find(text, window, false).iter().any(|m| {
        m.end == window.len()
            && m.kinds.has(Kind::Title)
            && text[window[m.start].span.range()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    })
}

/// Longest title, in tokens ("Secretary of State").
const MAX_TITLE_WORDS: usize = 3;

pub fn person_cues(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let cued: HashSet<&str> = names
        .iter()
        .filter(|n| {
            (matches!(n.label, "ORG" | "LOC") && cue_at(text, tokens, n.tokens.end))
                || (n.tokens.len() == 1
                    && text[tokens[n.tokens.start].span.range()]
                        .chars()
                        .all(char::is_alphabetic)
                    && title_before(text, tokens, gazetteer, n.tokens.start))
        })
        .filter(|n| !is_known_place(text, &tokens[n.tokens.clone()], gazetteer))
        .map(|n| token_text(text, tokens, n.tokens.clone()))
        .collect();
    if cued.is_empty() {
        return;
    }
    retype_mentions(text, tokens, &cued, "PERSON", names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn cues_make_people() {
        let text = "The Orban administration said so. The U.S. administration and Vantor's wife \
                    met Kestrel's chief executive and the Delmar campaign under a Whig administration. Orban left. \
                    President Maddox spoke of the Maddox plan and the Sheikh Zayed Mosque.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Orban", "ORG"),
                ("U.S.", "LOC"),
                ("Vantor", "ORG"),
                ("Kestrel", "ORG"),
                ("Delmar", "ORG"),
                ("Whig", "MISC"),
            ],
        );
        // The second "Orban", which no cue follows, and the second
        // "Maddox".
        for (words, nth, len, label) in [
            ("Orban", 1, 1, "ORG"),
            ("Maddox", 0, 1, "LOC"),
            ("Maddox", 1, 1, "ORG"),
            ("Sheikh Zayed Mosque", 0, 2, "LOC"),
        ] {
            let mut start = text.match_indices(words).nth(nth).unwrap().0;
            if words.starts_with("Sheikh") {
                start += "Sheikh ".len();
            }
            let idx = s.tokens.iter().position(|t| t.span.start == start).unwrap();
            names.push(Name {
                tokens: idx..idx + len,
                label,
            });
        }
        person_cues(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let got = names_of(text, &s, &names);
        let want = [
            ("Orban", "PERSON"),
            ("U.S.", "LOC"),
            ("Vantor", "PERSON"),
            ("Kestrel", "ORG"),
            ("Delmar", "ORG"),
            ("Whig", "MISC"),
            ("Orban", "PERSON"),
            ("Maddox", "PERSON"),
            ("Maddox", "PERSON"),
            ("Zayed Mosque", "LOC"),
        ];
        let want: Vec<(String, &str)> = want.iter().map(|&(w, l)| (w.to_string(), l)).collect();
        assert_eq!(got, want);
    }
}
