//! `names.common_phrases`: a phrase of common words in title case is no
//! organisation either. The tagger reads capitalised common
//! words as an institution ("a unique Pilot Training Program",
//! "Virginia's Tax Code", "a \"Virtual Microscope\""); as for people
//! (`names.common_words`), the article speaks against it when it writes
//! every word of the name in lower case elsewhere. An ORG of two or
//! more words, each capitalised and none in capitals, whose first word is
//! no given name, none of whose words the gazetteer knows, which does not
//! end in a word that ends institutions', facilities', places' or events'
//! names ("Central Bank", "Foreign Ministry" and "National Assembly" are
//! written so in `eng.train` too: `org_heads.txt`, `corporate_suffixes.txt`,
//! `facility_heads.txt`, `location_heads.txt`, `event_heads.txt`), and
//! every word of which the article writes in lower case, becomes MISC (the
//! title of a programme or a product is still a name), or no name when it
//! opens or ends with a function word (a heading's fragment).
//!
//! Places are left alone: they are named with common words far more
//! often ("the Old City", "Main Plaza", "the Palace of Forty Columns"
//! lost their LOC on `eng.testa` and GUM's travel guides when this pass
//! also read LOC names).
//!
//! Linear: one pass over the words of the text, one over the names.

use super::common_words::lower_words;
use crate::names::gazetteer::Gazetteer;
use crate::names::Name;
use crate::resources::lists::gazetteers::{
    corporate_suffixes, event_heads, facility_heads, location_heads, org_heads,
};
use crate::segment::Token;
use crate::text::words;

/// Whether `word` ends the names of institutions, facilities, places or
/// events.
fn is_head(word: &str) -> bool {
    org_heads::contains(word)
        || corporate_suffixes::contains(word)
        || facility_heads::get(word).is_some()
        || location_heads::get(word).is_some()
        || event_heads::contains(word)
}

pub fn common_phrases(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let lower = lower_words(text);
    if lower.is_empty() {
        return;
    }
    for name in names.iter_mut() {
        if name.label != "ORG" {
            continue;
        }
        let words: Vec<&str> = tokens[name.tokens.clone()]
            .iter()
            .map(|t| &text[t.span.range()])
            .filter(|w| w.chars().any(char::is_alphabetic))
            .collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        let lowered: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let function = |w: &str| words::is_function_word(w);
        let title_case = words.iter().zip(&lowered).all(|(w, l)| {
            function(l)
                || (w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase))
        });
        if words.len() < 2
            || !title_case
            || is_head(last)
            || words.iter().any(|w| !gazetteer.kinds(w).is_empty())
            || !lowered.iter().all(|w| lower.contains(w.as_str()))
        {
            continue;
        }
        if function(&first.to_lowercase()) || function(&last.to_lowercase()) {
            name.tokens.end = name.tokens.start;
        }
        name.label = "MISC";
    }
    crate::names::drop_empty(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn common_phrases_are_no_institutions() {
        let text = "He joined a Pilot Training Program and the Central Bank, saw the Virtual Microscope \
                    and Silver Lake, met Grace Harbor, read the Tax Code at Pilot Training Programs, and NATO TRAINING in Tax Haven. \
                    As a pilot in training, the program of the central bank was a virtual microscope on the tax code, \
                    silver on the lake, in grace, in a tax haven.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Pilot Training Program", "ORG"),
                // Ends in an institution's head word.
                ("Central Bank", "ORG"),
                ("Virtual Microscope", "ORG"),
                // A place.
                ("Tax Haven", "LOC"),
                // "Lake" ends places' names.
                ("Silver Lake", "ORG"),
                // "Grace" is a given name; "Harbor" is never in lower case.
                ("Grace Harbor", "ORG"),
                ("Tax Code", "ORG"),
                // "programs" is not in lower case.
                ("Pilot Training Programs", "ORG"),
                ("NATO TRAINING", "ORG"),
            ],
        );
        common_phrases(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Pilot Training Program".into(), "MISC"),
                ("Central Bank".into(), "ORG"),
                ("Virtual Microscope".into(), "MISC"),
                ("Tax Haven".into(), "LOC"),
                ("Silver Lake".into(), "ORG"),
                ("Grace Harbor".into(), "ORG"),
                ("Tax Code".into(), "MISC"),
                ("Pilot Training Programs".into(), "ORG"),
                ("NATO TRAINING".into(), "ORG"),
            ]
        );
    }
}
