//! A person or organisation while clusters are built, and the words of a
//! name: without its possessive, its initials, whether it is an acronym.

use crate::names::gazetteer::Sex;
use crate::text::span::Span;
use crate::text::words::{is_article, is_coordinator, is_preposition};

/// One person or organisation while clusters are built.
pub(crate) struct Group {
    pub label: &'static str,
    /// The longest name it goes by.
    pub name: String,
    /// The words of that name, possessive dropped.
    pub words: Vec<String>,
    pub acronym: Option<String>,
    /// What kind of body an organisation is ("alliance", "committee").
    pub kind: Option<String>,
    pub mentions: Vec<Span>,
    pub roles: Vec<String>,
    pub affiliations: Vec<String>,
    pub sex: Option<Sex>,
}

impl Group {
    pub(crate) fn new(label: &'static str, name: &str) -> Group {
        Group {
            label,
            name: name.to_string(),
            words: name_words(name),
            acronym: None,
            kind: None,
            mentions: Vec::new(),
            roles: Vec::new(),
            affiliations: Vec::new(),
            sex: None,
        }
    }

    pub(crate) fn last_word(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }

    pub(crate) fn add_role(&mut self, role: &str) {
        if !role.is_empty() && !self.roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
            self.roles.push(role.to_string());
        }
    }

    pub(crate) fn add_affiliation(&mut self, place: &str) {
        if !place.is_empty() && !self.affiliations.iter().any(|a| a == place) {
            self.affiliations.push(place.to_string());
        }
    }

    pub(crate) fn agrees(&self, sex: Option<Sex>) -> bool {
        self.label == "PERSON" && (self.sex.is_none() || sex.is_none() || self.sex == sex)
    }
}

/// The words of a name, without a possessive ending.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches("'s").to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The initials of an organisation's capitalised words ("North Atlantic
/// Treaty Organization" gives "NATO"), if there are at least two.
pub(crate) fn acronym_of(words: &[String]) -> Option<String> {
    let initials: String = words
        .iter()
        .filter(|w| {
            // Articles, prepositions and conjunctions ("of") have no letter in
            // the acronym.
            let w = w.to_lowercase();
            !(is_article(&w) || is_preposition(&w) || is_coordinator(&w))
        })
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    (words.len() >= 2 && initials.chars().count() >= 2).then_some(initials)
}

pub(crate) fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| *c != '.').count();
    (2..=8).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&')
}
