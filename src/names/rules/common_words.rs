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
//! a title-case heading). An ORG of two or more such words becomes MISC
//! too ("Magic Tricks", "Virtual Microscope", "Interplanetary Dust
//! Particles"), unless it ends in a head of an institution, a place or an
//! event (`org_heads.txt`, `corporate_suffixes.txt`, `facility_heads.txt`,
//! `location_heads.txt`, `event_heads.txt`: "Safety Council"), the
//! gazetteer knows it, or it holds a function word ("Church of
//! Scientology"). A lone word is left
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
use crate::resources::lists::gazetteers::{
    corporate_suffixes, event_heads, facility_heads, location_heads, org_heads,
};
use crate::segment::Token;

/// A word that ends institutions', places' or events' names.
fn is_head(word: &str) -> bool {
    org_heads::contains(word)
        || corporate_suffixes::contains(word)
        || facility_heads::get(word).is_some()
        || location_heads::get(word).is_some()
        || event_heads::contains(word)
}
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
        let org = name.label == "ORG";
        if name.label != "PERSON" && !org {
            continue;
        }
        // An organisation ends in its head, or is known as one.
        if org
            && (name.tokens.is_empty()
                || is_head(word(&tokens[name.tokens.end - 1]))
                || !gazetteer
                    .whole(text, &tokens[name.tokens.clone()], false)
                    .is_empty())
        {
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
            // An institution's name holds "of" and "and" ("Church of
            // Scientology"): left as it is.
            if org && fragment {
                continue;
            }
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

    #[test]
    fn common_words_are_no_organisation() {
        let text = "The Dust Particles and the Safety Council met the Church of Scientology and Brellow Widgets. \
                    The dust of particles, a council for safety, of the church and of widgets.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Dust Particles", "ORG"),
                // Ends in an institution's head.
                ("Safety Council", "ORG"),
                // "of" inside: an institution's name.
                ("Church of Scientology", "ORG"),
                // "Brellow" never in lower case.
                ("Brellow Widgets", "ORG"),
            ],
        );
        common_words(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Dust Particles".into(), "MISC"),
                ("Safety Council".into(), "ORG"),
                ("Church of Scientology".into(), "ORG"),
                ("Brellow Widgets".into(), "ORG"),
            ]
        );
    }
}
