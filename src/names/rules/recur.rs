//! `names.recur`: the surname of a person the article names in full is that
//! person where it recurs and the tagger saw nothing there. "Vladimir
//! Putin" early in a story makes "Putin" a PERSON in "the crisis that Putin
//! himself once caused", which a model reading one sentence at a time can
//! miss: the capital letter is the only evidence that sentence gives.
//! (`names.one_type` gives a tagged lone surname its person's type; this
//! pass finds the untagged ones.)
//!
//! A recurrence is only taken where nothing else claims the word: no name
//! covers it, the article gives the word no other type, the words beside
//! it are not capitalised (the surname inside an untagged longer name,
//! "the Putin Foundation", stays untagged; a sentence's first word says
//! nothing and does not count), no article or possessive comes before it
//! ("the Moriori people" uses a name as a word), and it is neither a letter, a
//! month, a weekday nor a word the article also writes in lower case
//! ("Will", "Young").
//!
//! Linear: one pass over the names, one hash lookup per token.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::names::Name;
use crate::resources::lists::lexicon::{months, weekdays};
use crate::segment::Structure;
use crate::text::words::{is_article, is_possessive};

/// `lower_case` are the article's words written in lower case
/// ([`super::lower_words`]).
pub fn recur(text: &str, structure: &Structure, lower_case: &HashSet<&str>, names: &mut Vec<Name>) {
    let tokens = &structure.tokens;
    let word = |i: usize| &text[tokens[i].span.range()];
    // Each surname, and whether the article also uses its word in a name
    // of another type (then it is left alone).
    let mut surnames: HashMap<&str, bool> = HashMap::default();
    for name in names
        .iter()
        .filter(|n| n.label == "PERSON" && n.tokens.len() >= 2)
    {
        surnames.insert(word(name.tokens.end - 1), true);
    }
    if surnames.is_empty() {
        return;
    }
    for name in names.iter().filter(|n| n.label != "PERSON") {
        for i in name.tokens.clone() {
            if let Some(usable) = surnames.get_mut(word(i)) {
                *usable = false;
            }
        }
    }
    let mut covered = vec![false; tokens.len()];
    for name in names.iter() {
        covered[name.tokens.clone()].fill(true);
    }
    let capitalised = |i: usize| crate::text::is_capitalised(word(i));
    let mut added = Vec::new();
    for sentence in &structure.sentences {
        let range = sentence.tokens.clone();
        for i in range.clone() {
            if covered[i] || surnames.get(word(i)) != Some(&true) {
                continue;
            }
            let before_ok = i == range.start
                || (!after_determiner(word(i - 1))
                    && (i - 1 == range.start || !capitalised(i - 1)));
            let after_ok = i + 1 == range.end || !capitalised(i + 1);
            if before_ok && after_ok && !common(word(i), lower_case) {
                added.push(Name {
                    tokens: i..i + 1,
                    label: "PERSON",
                });
            }
        }
    }
    if added.is_empty() {
        return;
    }
    names.extend(added);
    crate::names::sort_by_start(names);
}

/// Whether a word follows an article or a possessive: "the Moriori
/// people", "a Galois group", "their Lund cousins" use a name as a word,
/// not as a person. (Demonstratives are left out: "that" is more often
/// the conjunction, "the plan that Berg praised".)
fn after_determiner(previous: &str) -> bool {
    let lower = previous.to_lowercase();
    is_article(&lower) || is_possessive(&lower)
}

/// Whether a surname's word is also a common word: a single letter, a
/// month, a weekday, or written in lower case elsewhere in the article.
fn common(word: &str, lower_case: &HashSet<&str>) -> bool {
    word.chars().nth(1).is_none()
        || months::get(word).is_some()
        || weekdays::get(word).is_some()
        || lower_case.contains(word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, owned, placed};
    use crate::segment::segment;

    /// The names after the pass, given the tagger's `found` (words and
    /// label, each at its first occurrence).
    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names = placed(text, &s, found);
        let lower_case = crate::names::rules::lower_words(text, &s.tokens);
        recur(text, &s, &lower_case, &mut names);
        names_of(text, &s, &names)
    }

    #[test]
    fn a_surname_recurs_as_its_person() {
        let text = "Ann Berg spoke first. It was a plan that Berg herself once praised.";
        assert_eq!(
            run(text, &[("Ann Berg", "PERSON")]),
            owned(&[("Ann Berg", "PERSON"), ("Berg", "PERSON")])
        );
    }

    #[test]
    fn common_words_and_longer_names_are_left_alone() {
        // "May" is a month; "Young" is written in lower case; "Berg" opens
        // an untagged longer name; "the Lund" uses the name as a word.
        let text = "Ann May, Bob Young and Eva Lund met. In May the young voters joined \
                    the Berg Institute, which Ann Berg founded. Young said so. The Lund \
                    family agreed.";
        let found = [
            ("Ann May", "PERSON"),
            ("Bob Young", "PERSON"),
            ("Eva Lund", "PERSON"),
            ("Ann Berg", "PERSON"),
        ];
        assert_eq!(run(text, &found), owned(&found));
    }

    #[test]
    fn a_surname_the_article_gives_another_type_is_left_alone() {
        let text = "Jo Jordan met officials. Jordan Telecom said so. Later, Jordan left.";
        let found = [("Jo Jordan", "PERSON"), ("Jordan Telecom", "ORG")];
        assert_eq!(run(text, &found), owned(&found));
    }
}
