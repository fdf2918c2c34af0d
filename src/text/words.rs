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

/// An adverb particle of a phrasal verb: "back" in "cut back".
pub fn is_particle(lower: &str) -> bool {
    words::particles::contains(lower)
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

/// A personal pronoun in the object case, as "him" in "told him".
pub fn is_object_pronoun(lower: &str) -> bool {
    words::object_pronouns::contains(lower)
}

/// A word that negates a verb, as "not" in "would not last".
pub fn is_negation(lower: &str) -> bool {
    words::negations::contains(lower)
}

/// The letters of an ordinal in figures: "st" in "1st", "th" in "7th".
pub fn is_ordinal_suffix(lower: &str) -> bool {
    words::ordinal_suffixes::contains(lower)
}

/// A preposition, as "of" in "chairman of the panel".
pub fn is_preposition(lower: &str) -> bool {
    words::prepositions::contains(lower)
}

/// A coordinating conjunction, as "and" in "Russia and China".
pub fn is_coordinator(lower: &str) -> bool {
    words::coordinators::contains(lower)
}

/// A determiner of quantity, as "several" in "several officials".
pub fn is_quantifier(lower: &str) -> bool {
    words::quantifiers::contains(lower)
}

/// A form of "have".
pub fn is_have(lower: &str) -> bool {
    words::have::contains(lower)
}

/// A word of a closed class: a determiner, preposition, conjunction,
/// auxiliary ("be", "have", a modal), subject or relative pronoun. What is
/// left are the open classes: nouns, verbs, adjectives, adverbs.
pub fn is_function_word(lower: &str) -> bool {
    is_determiner(lower)
        || is_preposition(lower)
        || is_coordinator(lower)
        || is_subordinator(lower)
        || is_be(lower)
        || is_have(lower)
        || is_modal(lower)
        || is_subject_pronoun(lower)
        || is_relative(lower)
}

/// A preposition that opens an adjunct after a reporting verb, as "in" in
/// "said in a statement that", not the verb's complement ("complained
/// about a law that ...").
pub fn is_adjunct_preposition(lower: &str) -> bool {
    words::adjunct_prepositions::contains(lower)
}

/// The prefixes a surname keeps in title case when it is printed in
/// capitals: "McCAIN", "MacARTHUR".
const NAME_PREFIXES: [&str; 2] = ["Mc", "Mac"];

/// Whether `w` is a word in capitals of two letters or more, as a
/// transcript labels its speakers ("TRUMP", "O'ROURKE"), a surname's
/// prefix "Mc" or "Mac" aside ("McCAIN").
pub fn in_capitals(w: &str) -> bool {
    all_capitals(w)
        || NAME_PREFIXES
            .iter()
            .any(|prefix| w.strip_prefix(prefix).is_some_and(all_capitals))
}

/// Whether `w` has two letters or more and none in lower case: "TRUMP",
/// "U.S.", "O'ROURKE"; no prefix aside ("McCAIN" is not).
pub fn all_capitals(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase)
}

/// A word in capitals as a name in title case: "TAPPER" as "Tapper",
/// "O'ROURKE" as "O'Rourke" (each letter after a non-letter opens a word
/// part), "McCAIN" as "McCain".
pub fn name_in_title_case(w: &str) -> String {
    let (prefix, rest) = NAME_PREFIXES
        .iter()
        .find_map(|p| w.strip_prefix(p).map(|rest| (*p, rest)))
        .filter(|(_, rest)| in_capitals(rest))
        .unwrap_or(("", w));
    let mut out = String::with_capacity(w.len());
    out.push_str(prefix);
    let mut opens = true;
    for c in rest.chars() {
        if opens {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        opens = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        type Row = (fn(&str) -> bool, &'static str, &'static str);
        let table: [Row; 18] = [
            (is_article, "an", "his"),
            (is_object_pronoun, "him", "his"),
            (is_possessive, "their", "the"),
            (is_demonstrative, "those", "them"),
            (is_determiner, "this", "they"),
            (is_be, "been", "bee"),
            (is_modal, "might", "may be"),
            (is_subordinator, "whereas", "and"),
            (is_relative, "whom", "what"),
            (is_subject_pronoun, "she", "her"),
            (is_negation, "n't", "nor"),
            (is_ordinal_suffix, "rd", "d"),
            (is_preposition, "toward", "and"),
            (is_adjunct_preposition, "during", "about"),
            (is_coordinator, "nor", "for"),
            (is_quantifier, "several", "the"),
            (is_have, "had", "hat"),
            (is_function_word, "whose", "minister"),
        ];
        for (test, yes, no) in table {
            assert!(test(yes), "{yes}");
            assert!(!test(no), "{no}");
        }
    }

    #[test]
    fn names_in_capitals() {
        for w in ["TRUMP", "O'ROURKE", "McCAIN", "MacARTHUR"] {
            assert!(in_capitals(w), "{w}");
        }
        for w in ["Trump", "McCain", "Mc", "A", "Macy"] {
            assert!(!in_capitals(w), "{w}");
        }
        assert_eq!(name_in_title_case("TAPPER"), "Tapper");
        assert_eq!(name_in_title_case("O'ROURKE"), "O'Rourke");
        assert_eq!(name_in_title_case("McCAIN"), "McCain");
        assert_eq!(name_in_title_case("MACY"), "Macy");
    }
}
