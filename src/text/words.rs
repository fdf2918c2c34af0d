//! The closed word classes of English that several layers test words
//! against, each defined once in `data/words/` and read here. Every test
//! takes a lower-case word.

use crate::resources::lists::words;

/// An article (`data/words/articles.txt`).
pub fn is_article(lower: &str) -> bool {
    words::articles::contains(lower)
}

/// A possessive determiner, as "his" in "his claim".
pub fn is_possessive(lower: &str) -> bool {
    words::possessives::contains(lower)
}

/// A demonstrative, as "those" in "those officials".
pub fn is_demonstrative(lower: &str) -> bool {
    words::demonstratives::contains(lower)
}

/// An article, possessive or demonstrative: a word that opens a noun
/// phrase and is not its head.
pub fn is_determiner(lower: &str) -> bool {
    is_article(lower) || is_possessive(lower) || is_demonstrative(lower)
}

/// A form of "be".
pub fn is_be(lower: &str) -> bool {
    words::be::contains(lower)
}

/// A modal auxiliary, as "could" or "must".
pub fn is_modal(lower: &str) -> bool {
    words::modals::contains(lower)
}

/// A conjunction that opens an adverbial clause: "while", "because".
pub fn is_subordinator(lower: &str) -> bool {
    words::subordinators::contains(lower)
}

/// A relative pronoun, as "who" in "Putin, who said".
pub fn is_relative(lower: &str) -> bool {
    words::relatives::contains(lower)
}

/// A personal pronoun in the subject case, as "she".
pub fn is_subject_pronoun(lower: &str) -> bool {
    words::subject_pronouns::contains(lower)
}

/// A preposition, as "in" in "the museum in Paris"
/// (`data/words/prepositions.txt`).
pub fn is_preposition(lower: &str) -> bool {
    words::prepositions::contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        type Row = (fn(&str) -> bool, &'static str, &'static str);
        let table: [Row; 10] = [
            (is_article, "an", "his"),
            (is_possessive, "their", "the"),
            (is_demonstrative, "those", "them"),
            (is_determiner, "this", "they"),
            (is_be, "been", "bee"),
            (is_modal, "might", "may be"),
            (is_subordinator, "whereas", "and"),
            (is_relative, "whom", "what"),
            (is_subject_pronoun, "she", "her"),
            (is_preposition, "towards", "the"),
        ];
        for (test, yes, no) in table {
            assert!(test(yes), "{yes}");
            assert!(!test(no), "{no}");
        }
    }
}
