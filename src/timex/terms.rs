//! The word tables of the time layer: `data/timex/terms.txt` (the words of
//! time expressions and the cues of tense, by class) and
//! `data/timex/contexts.txt` (the words around a time that the patterns
//! read, by class).

use super::matcher::{Matcher, Word};
pub(super) use crate::resources::lists::timex::contexts::Class as Cue;
pub(super) use crate::resources::lists::timex::terms::Class;
use crate::resources::lists::timex::{contexts, terms};
use crate::resources::Phrase;

/// The phrases of `data/timex/terms.txt` that begin with `lower`.
pub(super) fn phrases_of(lower: &str) -> &'static [Phrase<Class, &'static str>] {
    terms::starting(lower)
}

/// The classes of `data/timex/contexts.txt` that the word `lower` is in.
pub(super) fn cues_of(lower: &str) -> &'static [Phrase<Cue, &'static str>] {
    contexts::starting(lower)
}

/// The classes of `phrases`, one bit each.
pub(super) fn classes_of(phrases: &[Phrase<Class, &'static str>]) -> u32 {
    phrases.iter().fold(0, |mask, p| mask | 1 << p.class as u32)
}

/// The longest term of `class` starting at word `idx`: its end and value.
#[inline]
pub(super) fn term_at(words: &[Word], idx: usize, class: Class) -> Option<(usize, &'static str)> {
    let word = words.get(idx)?;
    if word.classes & 1 << class as u32 == 0 {
        return None;
    }
    let lower = |k: usize| words.get(k).map_or("", |w| w.lower.as_ref());
    word.phrases
        .iter()
        .filter(|t| t.class == class)
        .filter(|t| t.words().enumerate().all(|(k, w)| lower(idx + k) == w))
        .max_by_key(|t| t.word_count())
        .map(|t| (idx + t.word_count(), t.value))
}

/// The value of the lower-case word `lower` in class `cue` of
/// `data/timex/contexts.txt`, if it is in that class.
pub(super) fn cue_value(lower: &str, cue: Cue) -> Option<&'static str> {
    contexts::starting(lower)
        .iter()
        .find(|p| p.class == cue && p.word_count() == 1)
        .map(|p| p.value)
}

/// Whether the lower-case word `lower` is in class `cue` of
/// `data/timex/contexts.txt`.
pub(super) fn cue(lower: &str, cue: Cue) -> bool {
    cue_value(lower, cue).is_some()
}

impl Matcher<'_, '_> {
    /// The longest term of `class` starting at `idx`: its end and value.
    pub(super) fn term(&self, idx: usize, class: Class) -> Option<(usize, &'static str)> {
        term_at(self.words, idx, class)
    }

    pub(super) fn unit(&self, idx: usize) -> Option<&'static str> {
        self.term(idx, Class::Unit).map(|(_, v)| v)
    }

    /// Whether a phrase of class `class` of `data/timex/contexts.txt`
    /// begins at word `idx` ("than", "same as"), all its words there.
    pub(super) fn is_cue(&self, idx: usize, class: Cue) -> bool {
        self.words.get(idx).is_some_and(|w| {
            w.cues.iter().any(|p| {
                p.class == class
                    && p.words()
                        .enumerate()
                        .all(|(k, word)| k == 0 || self.lower(idx + k) == word)
            })
        })
    }

    /// Whether a phrase of two or more words of class `class` of
    /// `data/timex/contexts.txt` ends at word `idx` ("same as" at "as").
    /// Phrases of the class are at most four words long.
    pub(super) fn cue_phrase_ends(&self, idx: usize, class: Cue) -> bool {
        (1..4.min(idx + 1)).any(|back| {
            self.words[idx - back].cues.iter().any(|p| {
                p.class == class
                    && p.word_count() == back + 1
                    && p.words()
                        .enumerate()
                        .all(|(k, word)| self.lower(idx - back + k) == word)
            })
        })
    }
}
