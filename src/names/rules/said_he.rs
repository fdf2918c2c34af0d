//! `names.said_he`: a name before a reporting verb and "he" or "she" is a
//! person's ("Morgan said she would appeal", "Jones told reporters he
//! was"), in every mention of the article. The tagger, trained on 1996
//! wire copy in which "Morgan" and "Jones" alone are as often banks and
//! indices, types such a word ORG. The mirror of
//! `names.company_mentions`' "X said it": a reporting verb
//! (`data/quotes/cues.txt`) right after the name, then within a few
//! words a personal pronoun of `data/people/pronouns.txt` before any
//! other subject pronoun or the end of the sentence. Only for names of
//! one or two words typed ORG or LOC, and not the object of a preposition
//! ("the conflict in Chechnya showed he would", eng.train), a place the
//! gazetteer knows ("Britain said she"), nor a name ending in a corporate suffix
//! or an institution's head ("Acme Inc. said he", "the Labour Party said
//! she", where "he" is more likely a spokesman).

use rustc_hash::FxHashSet as HashSet;

use super::{is_known_place, retype_mentions};
use crate::names::gazetteer::Gazetteer;
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::{corporate_suffixes, org_heads};
use crate::resources::lists::people::pronouns;
use crate::resources::lists::quotes::cues;
use crate::segment::Token;
use crate::text::words;

/// Most words between the reporting verb and the pronoun.
const WINDOW: usize = 4;

/// Most words of a name the rule retypes.
const MAX_WORDS: usize = 2;

pub fn said_he(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let said_he = |at: usize| {
        if !cues::contains(&word(at).to_lowercase()) {
            return false;
        }
        for i in at + 1..=at + WINDOW {
            let lower = word(i).to_lowercase();
            if pronouns::get(&lower).is_some() && words::is_subject_pronoun(&lower) {
                return true;
            }
            if lower.is_empty()
                || words::is_subject_pronoun(&lower)
                || matches!(word(i), "." | ";" | "\"")
            {
                return false;
            }
        }
        false
    };
    let people: HashSet<&str> = names
        .iter()
        .filter(|n| {
            let range = n.tokens.clone();
            let last = word(range.end - 1);
            let company = corporate_suffixes::contains(last)
                || corporate_suffixes::contains(word(range.end))
                || (range.len() >= 2 && org_heads::contains(last));
            let after_preposition =
                range.start > 0 && words::is_preposition(&word(range.start - 1).to_lowercase());
            matches!(n.label, "ORG" | "LOC")
                && range.len() <= MAX_WORDS
                && !company
                && !after_preposition
                && !is_known_place(text, &tokens[range.clone()], gazetteer)
                && said_he(range.end)
        })
        .map(|n| token_text(text, tokens, n.tokens.clone()))
        .collect();
    if !people.is_empty() {
        retype_mentions(text, tokens, &people, "PERSON", names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    fn run(text: &str, proposed: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names: Vec<Name> = placed(text, &s, proposed);
        said_he(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
    }

    #[test]
    fn a_name_that_said_he_is_a_person_everywhere() {
        let text = "Halvorsen said on Monday she would appeal. Friends of Halvorsen agreed.";
        let s = segment(text);
        // The tagger's ORG at every mention.
        let mut names: Vec<Name> = (0..s.tokens.len())
            .filter(|&i| &text[s.tokens[i].span.range()] == "Halvorsen")
            .map(|i| Name {
                tokens: i..i + 1,
                label: "ORG",
            })
            .collect();
        said_he(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Halvorsen".to_string(), "PERSON"),
                ("Halvorsen".to_string(), "PERSON")
            ]
        );
    }

    #[test]
    fn companies_places_and_it_stay() {
        assert_eq!(
            run(
                "Velmar Inc. said he left. Britain said she would. Tarsk said it would, and they said he. \
                 Fights in Ostrava showed he was right.",
                &[("Velmar Inc.", "ORG"), ("Britain", "LOC"), ("Tarsk", "ORG"), ("Ostrava", "LOC")]
            ),
            [
                ("Velmar Inc.".to_string(), "ORG"),
                ("Britain".to_string(), "LOC"),
                ("Tarsk".to_string(), "ORG"),
                ("Ostrava".to_string(), "LOC")
            ]
        );
    }
}
