//! `names.common_words`: a phrase of common words in title case is no
//! person. The tagger takes two capitalised words for a person's name
//! when nothing else speaks against it ("Term Limits", "Irish Cream",
//! "Magic Month"); the article itself does: it writes each of those words
//! in lower case elsewhere, which it never does with every word of a
//! person's name. A PERSON of two or more words whose first word is no
//! given name the gazetteer knows, and every word of which the article
//! also writes in lower case, becomes MISC (a name still, for the title
//! of a work or a campaign, but no one's card), or no name at all when
//! one of its words is a function word ("Have To", "About Her": words of
//! a title-case heading). A lone word is left
//! alone: surnames are words too ("Green", "Hill"), and the article's
//! lower-case "green" says nothing against the person (turning lone words
//! cost 0.0002 F1 on `eng.train` and 0.0009 on GUM's tuning genres). So
//! is a name in capitals, from a headline.
//!
//! Linear: one pass over the words of the text for the lower-case ones,
//! one over the names.

use rustc_hash::FxHashSet as HashSet;

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::segment::Token;
use crate::text::words;

pub fn common_words(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |t: &Token| &text[t.span.range()];
    // Words standing alone between spaces, punctuation around them left
    // out: "lotte.wilms@kb.nl" is an address, not the words "lotte" and
    // "wilms".
    let lower: HashSet<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()))
        .collect();
    if lower.is_empty() {
        return;
    }
    for name in names.iter_mut() {
        if name.label != "PERSON" {
            continue;
        }
        let words: Vec<&str> = tokens[name.tokens.clone()]
            .iter()
            .map(word)
            .filter(|w| w.chars().any(char::is_alphabetic))
            .collect();
        let Some(first) = words.first() else {
            continue;
        };
        let given = gazetteer.kinds(first).has(Kind::FirstName);
        // A headline in capitals says nothing of how words are written.
        let caps = !words.iter().any(|w| w.chars().any(char::is_lowercase));
        if words.len() >= 2
            && !given
            && !caps
            && words
                .iter()
                .all(|w| lower.contains(w.to_lowercase().as_str()))
        {
            let fragment = words
                .iter()
                .any(|w| words::is_function_word(&w.to_lowercase()));
            if fragment {
                name.tokens.end = name.tokens.start;
            }
            name.label = "MISC";
        }
    }
    crate::names::drop_empty(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn common_words_are_no_person() {
        let text = "Term Limits and Young Turner spoke. Have To. Grace Young met Stone Cold and Ottla Brems. STONE COLD WINS. \
                    The limits of the term were to have young and cold, by grace of stone: ottla.brems@example.org.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Term Limits", "PERSON"),
                ("Have To", "PERSON"),
                // "Turner" is never written in lower case.
                ("Young Turner", "PERSON"),
                // "Grace" is a given name.
                ("Grace Young", "PERSON"),
                ("Stone Cold", "PERSON"),
                // Written in lower case only in an address.
                ("Ottla Brems", "PERSON"),
                ("STONE COLD", "PERSON"),
            ],
        );
        common_words(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let got: Vec<(String, &str)> = names_of(text, &s, &names);
        let want = [
            ("Term Limits", "MISC"),
            ("Young Turner", "PERSON"),
            ("Grace Young", "PERSON"),
            ("Stone Cold", "MISC"),
            ("Ottla Brems", "PERSON"),
            ("STONE COLD", "PERSON"),
        ];
        let want: Vec<(String, &str)> = want.iter().map(|&(w, l)| (w.to_string(), l)).collect();
        assert_eq!(got, want);
    }
}
