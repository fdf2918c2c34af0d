//! `names.org_person`: "CEO of the Refugee Council Ruth Abernathy told Sky
//! News" names an organisation and a person. English sets a person's
//! institution before her name with no comma, and the tagger, which keeps
//! capitalised runs whole, reads the run as one ORG. A name whose words
//! are an institution ending in its head (`org_heads.txt`,
//! `corporate_suffixes.txt`, `facility_heads.txt`: "Council", "Party",
//! "Inc.", "Museum") and then exactly two more, a known given name
//! (`first_names.txt`) and a capitalised word that ends the run, is split
//! into the ORG and the PERSON, when the person is more than a pair of
//! words:
//!
//! - a speech verb follows the run (`data/quotes/cues.txt`: "told",
//!   "said"), or the last word is a PERSON, or ends one, elsewhere in the
//!   article;
//! - the last word is no head itself ("the Arts Council Grant Fund"), no
//!   event's head ("Prize"), nothing the gazetteer knows but a given name
//!   (a title, a place), and the article writes neither word in lower
//!   case ("the Arts Council Grant Scheme" where the article speaks of a
//!   "grant" or "the scheme"); "said to be" is no speech.
//!
//! Left whole: three or more words after the head ("Port Authority George
//! Washington Bus Station"), a title between ("Federal Reserve Chairman
//! Jerome Powell": `names.strip_titles` already cut it).
//!
//! Linear: one look at each name's words, one pass over the tokens for
//! the few candidates' last words.

use rustc_hash::FxHashSet as HashSet;

use super::ByLower;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::{
    corporate_suffixes, event_heads, facility_heads, org_heads,
};
use crate::resources::lists::quotes::cues as speech_verbs;
use crate::segment::Token;

fn is_head(word: &str) -> bool {
    org_heads::contains(word)
        || corporate_suffixes::contains(word)
        || facility_heads::get(word).is_some()
}

/// `lower_words` are the article's words written in lower case
/// ([`super::lower_words`]).
pub fn org_person(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    lower_words: &HashSet<&str>,
    names: &mut Vec<Name>,
) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let capitalised = |i: usize| {
        let w = word(i);
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
    };
    // Last words of people's names, and of their full names' tails.
    let mut people: HashSet<&str> = HashSet::default();
    for name in names.iter().filter(|n| n.label == "PERSON") {
        if let Some(last) = name.tokens.clone().last() {
            people.insert(word(last));
        }
    }
    // Candidates: (name index, first word of the person).
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (n, name) in names.iter().enumerate() {
        let r = name.tokens.clone();
        // At least two words of the institution, then the two of the person.
        if name.label == "PERSON" || r.len() < 4 {
            continue;
        }
        let (head, given, last) = (r.end - 3, r.end - 2, r.end - 1);
        // A speech verb, not the passive's "said to be".
        let speech = tokens.get(r.end).is_some_and(|t| {
            let w = &text[t.span.range()];
            w.chars().all(|c| c.is_ascii_lowercase()) && speech_verbs::contains(w)
        }) && tokens
            .get(r.end + 1)
            .is_none_or(|t| &text[t.span.range()] != "to");
        let surname = word(last);
        if !is_head(word(head))
            || !gazetteer.kinds(word(given)).has(Kind::FirstName)
            || !capitalised(given)
            || !capitalised(last)
            || is_head(surname)
            || event_heads::contains(surname)
            || gazetteer
                .kinds(surname)
                .iter()
                .any(|k| k != Kind::FirstName)
            || !(speech || people.contains(surname))
        {
            continue;
        }
        found.push((n, given));
    }
    if found.is_empty() {
        return;
    }
    // A given name or a last word that the article writes in lower case
    // is a common word ("grant", "scheme"). Entry 2k is candidate k's
    // given name, 2k + 1 its last word.
    let mut common = vec![false; found.len()];
    let mut by_lower = ByLower::new(
        found
            .iter()
            .flat_map(|&(n, given)| [word(given), word(names[n].tokens.end - 1)]),
    );
    // Each distinct word once: marking is the same for every mention.
    for &w in lower_words {
        for &k in by_lower.get(w) {
            common[k / 2] = true;
        }
    }
    for (k, &(n, given)) in found.iter().enumerate() {
        if common[k] {
            continue;
        }
        let end = names[n].tokens.end;
        names[n].tokens.end = given;
        names[n].label = "ORG";
        names.push(Name {
            tokens: given..end,
            label: "PERSON",
        });
    }
    crate::names::sort_by_start(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn an_institution_and_the_person_after_it_are_two_names() {
        let text = "The CEO of the Refugee Council Ruth Abernathy told reporters. \
                    Funds of the Arts Council Grant Scheme said the scheme was open. \
                    The Arts Council Will Power said to be a grant. \
                    The Port Authority George Washington Bus Station told us. \
                    The Civic Party Alan Leong rose. Leong spoke. \
                    The Green Party Mary Threlkeld won. The Green Party Mary Oldham said so.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Refugee Council Ruth Abernathy", "ORG"),
                ("Arts Council Grant Scheme", "ORG"),
                ("Arts Council Will Power", "ORG"),
                ("Port Authority George Washington Bus Station", "LOC"),
                ("Civic Party Alan Leong", "ORG"),
                ("Leong", "PERSON"),
                ("Green Party Mary Threlkeld", "ORG"),
                ("Green Party Mary Oldham", "ORG"),
            ],
        );
        let lower_words = crate::names::rules::lower_words(text, &s.tokens);
        org_person(
            text,
            &s.tokens,
            &Gazetteer::embedded(),
            &lower_words,
            &mut names,
        );
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Refugee Council".into(), "ORG"),
                ("Ruth Abernathy".into(), "PERSON"),
                ("Arts Council Grant Scheme".into(), "ORG"),
                ("Arts Council Will Power".into(), "ORG"),
                ("Port Authority George Washington Bus Station".into(), "LOC"),
                ("Civic Party".into(), "ORG"),
                ("Alan Leong".into(), "PERSON"),
                ("Leong".into(), "PERSON"),
                // No speech verb, and "Threlkeld" no person elsewhere;
                // "Oldham" a place.
                ("Green Party Mary Threlkeld".into(), "ORG"),
                ("Green Party Mary Oldham".into(), "ORG"),
            ]
        );
    }
}
