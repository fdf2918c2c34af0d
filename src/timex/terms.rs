//! The term table of the time layer, `data/timex/terms.txt`: which of
//! its phrases start at a word, and the longest one of a class.

use super::matcher::{Matcher, Word};
use crate::resources::lists::timex::terms;
pub(super) use crate::resources::lists::timex::terms::Class;
use crate::resources::Phrase;

/// The phrases of `data/timex/terms.txt` that begin with `lower`.
pub(super) fn phrases_of(lower: &str) -> &'static [Phrase<Class, &'static str>] {
    terms::starting(lower)
}

/// The longest term of `class` starting at word `idx`: its end and value.
pub(super) fn term_at(words: &[Word], idx: usize, class: Class) -> Option<(usize, &'static str)> {
    let lower = |k: usize| words.get(k).map_or("", |w| w.lower.as_ref());
    words
        .get(idx)?
        .phrases
        .iter()
        .filter(|t| t.class == class)
        .filter(|t| t.words().enumerate().all(|(k, w)| lower(idx + k) == w))
        .max_by_key(|t| t.word_count())
        .map(|t| (idx + t.word_count(), t.value))
}

impl Matcher<'_, '_> {
    /// The longest term of `class` starting at `idx`: its end and value.
    pub(super) fn term(&self, idx: usize, class: Class) -> Option<(usize, &'static str)> {
        term_at(self.words, idx, class)
    }

    pub(super) fn unit(&self, idx: usize) -> Option<&'static str> {
        self.term(idx, Class::Unit).map(|(_, v)| v)
    }
}
