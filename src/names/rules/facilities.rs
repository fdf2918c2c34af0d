//! `names.facilities`: a facility is a place. An organisation or other
//! name whose last word is a facility head
//! (`data/gazetteers/facility_heads.txt`: "Airport", "Stadium", "Museum",
//! "Mosque", "Hospital") is LOC ("McMurdo Station" proposed as ORG); a
//! person's name only when a two-word head ends it ("Kennedy Space
//! Center") or a head that is no surname ("Mercy Hospital said"), since
//! some one-word heads are surnames too ("Shirley Temple", "John Tower":
//! the `surname` class of the list). The heads of other languages (class
//! `opens`: "Masjid", "Wat", "Gurdwara", "Estadio") make a place of a name
//! they open or end, a person's too ("Masjid al-Aqsa" proposed as PERSON).
//! A name the tagger typed ORG whose last word is a geographic head
//! (`data/gazetteers/location_heads.txt`, class `place`: "Valley",
//! "River", "Street") is LOC too ("Apple Valley police"); the heads that
//! end clubs and surnames as often ("Hill", "Park", "Forest", class
//! `name`) are left to the tagger ("Damon Hill", "Nottingham Forest"),
//! and so is an ORG that some mention speaks of as a company ("Silver
//! Lake said it would buy", the "said it" of `names.company_mentions`):
//! a place says nothing and buys nothing.
//!
//! A person or an organisation of the tagger's right before a place's
//! noun in lower case (`data/gazetteers/place_nouns.txt`: "province",
//! "airport", "cave") is a place in that mention: "Chiang Rai province"
//! was a PERSON ("Flights from Kennedy airport ..., and Kennedy was later
//! named": only the first is a place). Not a MISC ("the Basque region"), a
//! name some mention speaks of as a company, an ORG's acronym ("a GOP
//! district chair"), a name of an organisation's shape ("The Bank of
//! Japan district managers"), nor a name after an indefinite article or a
//! possessive and any adjectives ("a Trump district", "its new Azure
//! region": a district or region the name's bearer holds).

use rustc_hash::FxHashSet as HashSet;

use super::company_mentions::said_it;
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::facility_heads::{self, Value as Head};
use crate::resources::lists::gazetteers::location_heads::{self, Value as Place};
use crate::resources::lists::gazetteers::{org_heads, place_nouns};
use crate::segment::Token;

/// Whether the name over `tokens` ends in a facility head: one word, or
/// (with `person`, for a name the tagger made a person's) only two or one
/// that is no surname; or opens with a head of another language that may
/// stand first ("Masjid al-Aqsa", "Wat Arun").
pub(super) fn ends_in_facility_head(text: &str, tokens: &[Token], person: bool) -> bool {
    let word = |t: &Token| &text[t.span.range()];
    let Some(last) = tokens.last() else {
        return false;
    };
    let two = (tokens.len() >= 3).then(|| {
        let t = &tokens[tokens.len() - 2..];
        format!("{} {}", word(&t[0]), word(&t[1]))
    });
    let one = match facility_heads::get(word(last)) {
        Some(Head::Place | Head::Opens) => true,
        Some(Head::Surname) => !person,
        Some(Head::Site) | None => false,
    };
    // A head of another language may open the name: "Masjid al-Aqsa".
    let opens = facility_heads::get(word(&tokens[0])) == Some(Head::Opens);
    tokens.len() >= 2 && (one || opens || two.is_some_and(|w| facility_heads::get(&w).is_some()))
}

pub fn facilities(text: &str, tokens: &[Token], names: &mut [Name]) {
    // ORG names that some mention speaks of as a company.
    let companies: HashSet<&str> = names
        .iter()
        .filter(|n| n.label == "ORG" && said_it(text, tokens, n.tokens.end, false))
        .map(|n| token_text(text, tokens, n.tokens.clone()))
        .collect();
    for name in names.iter_mut() {
        let person = name.label == "PERSON";
        let range = name.tokens.clone();
        let place = name.label == "ORG"
            && range.len() >= 2
            && location_heads::get(&text[tokens[range.end - 1].span.range()]) == Some(Place::Place)
            && !companies.contains(token_text(text, tokens, range.clone()));
        if name.label != "LOC" && (place || ends_in_facility_head(text, &tokens[range], person)) {
            name.label = "LOC";
        }
    }
    // "Chiang Rai province", "Tham Luang cave": a place's noun in lower
    // case right after a person or an organisation of the tagger's.
    let word = |i: usize| &text[tokens[i].span.range()];
    let mut places = Vec::new();
    for (idx, n) in names.iter().enumerate() {
        let before_noun = matches!(n.label, "PERSON" | "ORG")
            && tokens.get(n.tokens.end).is_some_and(|t| {
                text[tokens[n.tokens.end - 1].span.end..t.span.start] == *" "
                    && place_nouns::contains(&text[t.span.range()])
            });
        if !before_noun
            || companies.contains(token_text(text, tokens, n.tokens.clone()))
            // An organisation's acronym is its members' ("a GOP district
            // chairman"); an airport's is a PERSON of the tagger's, "JFK".
            || (n.label == "ORG"
                && n.tokens.len() == 1
                && crate::text::words::all_capitals(word(n.tokens.start)))
            // An organisation's shape: "The Bank of Japan district".
            || n
                .tokens
                .clone()
                .any(|i| word(i) == "of" || org_heads::contains(word(i)))
            || owned_or_one_of_many(text, tokens, n.tokens.start)
        {
            continue;
        }
        places.push(idx);
    }
    // Only that mention: "Kennedy airport" is a place, "Kennedy was later
    // named" a person.
    for idx in places {
        names[idx].label = "LOC";
    }
}

/// Whether an indefinite article or a possessive, with words in lower case
/// between (adjectives), stands before the token at `start`: "a Trump
/// district", "a former Citigroup district manager", "its new Azure
/// region", "the show's Hawkins region" speak of a district or a region that
/// the name's bearer holds, not one named so ("the Musa Qala district",
/// "from Kennedy airport").
fn owned_or_one_of_many(text: &str, tokens: &[Token], start: usize) -> bool {
    let mut i = start;
    while let Some(b) = i.checked_sub(1) {
        let w = &text[tokens[b].span.range()];
        let lower = w.to_lowercase();
        // An indefinite article or a possessive ("its", `data/words`).
        if matches!(lower.as_str(), "a" | "an")
            || crate::text::words::is_possessive(&lower)
            || w.ends_with("'s")
            || w.ends_with("’s")
            || matches!(w, "'" | "’")
        {
            return true;
        }
        let adjective = w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !crate::text::words::is_function_word(&lower);
        if !adjective || start - b > 3 {
            return false;
        }
        i = b;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn a_place_noun_after_a_name_makes_a_place() {
        let text = "Floods hit Chang Rao province and Thoma Lung cave; Chang Rao grew. The Basque region and Acme said it would buy Acme airport. A GOP district chair. He holds a Trumo district, its new Azuro region and a former Citigrop district. The Bank of Japon district head. From Kenndy airport, and Kenndy said so.";
        let s = segment(text);
        let mut names: Vec<Name> = crate::names::rules::testing::placed_in_turn(
            text,
            &s,
            &[
                ("Chang Rao", "PERSON"),
                ("Thoma Lung", "ORG"),
                ("Chang Rao", "PERSON"),
                ("Basque", "MISC"),
                ("Acme", "ORG"),
                ("Acme", "ORG"),
                ("GOP", "ORG"),
                ("Trumo", "PERSON"),
                ("Azuro", "ORG"),
                ("Citigrop", "ORG"),
                ("Bank of Japon", "ORG"),
                ("Kenndy", "PERSON"),
                ("Kenndy", "PERSON"),
            ],
        );
        facilities(text, &s.tokens, &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        // Only the mention before the noun; not after "a" or "its", nor
        // an organisation's shape.
        assert_eq!(
            labels,
            [
                "LOC", "LOC", "PERSON", "MISC", "ORG", "ORG", "ORG", "PERSON", "ORG", "ORG", "ORG",
                "LOC", "PERSON"
            ]
        );
    }

    #[test]
    fn facilities_are_places() {
        let text = "From McMurdo Station to Kennedy Space Center via Wembley, Damon Hill, Shirley Temple, Mercy Hospital, Apple Valley, Nottingham Forest and Acme Corp. Silver Lake said it would buy Silver Lake. Masjid Al-Aqsa, Wat Arun, Birla Mandir.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("McMurdo Station", "ORG"),
                ("Kennedy Space Center", "PERSON"),
                ("Wembley", "ORG"),
                ("Damon Hill", "PERSON"),
                ("Shirley Temple", "PERSON"),
                ("Mercy Hospital", "PERSON"),
                ("Apple Valley", "ORG"),
                ("Nottingham Forest", "ORG"),
                ("Acme Corp.", "ORG"),
                ("Silver Lake", "ORG"),
                ("Masjid Al-Aqsa", "PERSON"),
                ("Wat Arun", "ORG"),
                ("Birla Mandir", "PERSON"),
            ],
        );
        // The second "Silver Lake", which the cue does not follow.
        let last = names[9].tokens.clone();
        let at = s
            .tokens
            .iter()
            .rposition(|t| &text[t.span.range()] == "Silver")
            .unwrap();
        names.push(Name {
            tokens: at..at + last.len(),
            label: "ORG",
        });
        facilities(text, &s.tokens, &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(
            labels,
            [
                "LOC", "LOC", "ORG", "PERSON", "PERSON", "LOC", "LOC", "ORG", "ORG", "ORG", "LOC",
                "LOC", "LOC", "ORG"
            ]
        );
        let _ = names_of(text, &s, &names);
    }

    #[test]
    fn planetariums_aquariums_prisons_and_zoos_are_places() {
        let text = "From the Hayden Planetarium to Kelpie Bay Aquarium, Belmarsh Prison and Edinburgh Zoo.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Hayden Planetarium", "GPE"),
                ("Kelpie Bay Aquarium", "ORG"),
                ("Belmarsh Prison", "MISC"),
                ("Edinburgh Zoo", "ORG"),
            ],
        );
        facilities(text, &s.tokens, &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["LOC", "LOC", "LOC", "LOC"]);
    }
}
