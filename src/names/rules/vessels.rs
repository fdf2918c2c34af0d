//! `names.vessels`: ships and spacecraft are MISC names, neither
//! organisations nor people. The tagger makes "Space Shuttle Atlantis" an
//! ORG and "HMS Searcher" a PERSON. A name that opens with a vessel's
//! prefix (`data/gazetteers/vessel_words.txt`, class `prefix`: "USS",
//! "HMS", "RMS", "Space Shuttle") and has a word after it, or that comes
//! right after a noun for a vessel (class `noun`: "the ferry Trident
//! Seven", "the shuttle Atlantis"), is MISC, as CoNLL-2003 tags "RMS
//! Titanic". The vessel's own name alone elsewhere in the article
//! ("Atlantis") is MISC too, unless it is a PERSON there or opens with a
//! given name ("USS Ronald Reagan" leaves the president alone).
//!
//! A two-word prefix alone ("the Space Shuttle program") names the kind
//! of vessel, MISC too.
//!
//! Left alone: a name after a noun that the gazetteer knows as a place
//! ("the ferry Estonia" is as often the route), and a prefix whose
//! following word the article also writes in lower case ("the Space
//! Shuttle Program" is a programme: "program").
//!
//! Linear: one walk over the names, one over the words for the few
//! candidates, one over the names for the other mentions.

use rustc_hash::FxHashSet as HashSet;

use super::{is_known_place, ByLower};
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::vessel_words::{self, Value as Vessel};
use crate::segment::Token;

/// `lower_words` are the article's words written in lower case
/// ([`super::lower_words`]).
pub fn vessels(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    lower_words: &HashSet<&str>,
    names: &mut [Name],
) {
    let word = |i: usize| &text[tokens[i].span.range()];
    // A prefix of two words alone names the kind of vessel: "the three
    // remaining Space Shuttle orbiters", "the Space Shuttle program".
    for name in names.iter_mut() {
        let r = name.tokens.clone();
        if r.len() == 2 && vessel_words::get(token_text(text, tokens, r)) == Some(Vessel::Prefix) {
            name.label = "MISC";
        }
    }
    // Candidates: (name index, first word of the vessel's own name).
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (n, name) in names.iter().enumerate() {
        let r = name.tokens.clone();
        if r.is_empty() {
            continue;
        }
        let two = (r.len() >= 3)
            .then(|| token_text(text, tokens, r.start..r.start + 2))
            .is_some_and(|w| vessel_words::get(w) == Some(Vessel::Prefix));
        let prefix = if two {
            Some(r.start + 2)
        } else if r.len() >= 2 && vessel_words::get(word(r.start)) == Some(Vessel::Prefix) {
            Some(r.start + 1)
        } else {
            None
        };
        if let Some(own) = prefix {
            found.push((n, own));
        } else if r.start > 0
            && vessel_words::get(word(r.start - 1)) == Some(Vessel::Noun)
            && !is_known_place(text, &tokens[r.clone()], gazetteer)
        {
            found.push((n, r.start));
        }
    }
    if found.is_empty() {
        return;
    }
    // The first word of the vessel's own name written in lower case: a
    // common noun ("Space Shuttle Program").
    // Looked up by ASCII lower case, one lookup a distinct word (linear).
    let mut common = vec![false; found.len()];
    let mut by_lower = ByLower::new(found.iter().map(|&(_, own)| word(own)));
    // Each distinct word once: marking is the same for every mention.
    for &w in lower_words {
        for &k in by_lower.get(w) {
            common[k] |= w.eq_ignore_ascii_case(word(found[k].1));
        }
    }
    let mut own_names: HashSet<&str> = HashSet::default();
    for (k, &(n, own)) in found.iter().enumerate() {
        if common[k] {
            continue;
        }
        names[n].label = "MISC";
        if !gazetteer.kinds(word(own)).has(Kind::FirstName) {
            own_names.insert(token_text(text, tokens, own..names[n].tokens.end));
        }
    }
    for name in names.iter_mut() {
        if name.label != "PERSON"
            && !name.tokens.is_empty()
            && own_names.contains(token_text(text, tokens, name.tokens.clone()))
        {
            name.label = "MISC";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn ships_and_spacecraft_are_misc() {
        let text = "Space Shuttle Atlantis flew, HMS Searcher sailed, and the ferry Trident Seven sank \
                    near the ferry Estonia. USS Ronald Reagan docked. The Space Shuttle Program ended and \
                    Atlantis landed; the program cost much. Ronald Reagan spoke. \
                    HMS said so.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Space Shuttle Atlantis", "ORG"),
                ("HMS Searcher", "PERSON"),
                ("Trident Seven", "ORG"),
                ("Estonia", "LOC"),
                ("USS Ronald Reagan", "PERSON"),
                ("Space Shuttle Program", "ORG"),
                ("Atlantis landed", "ORG"),
                ("Ronald Reagan spoke", "PERSON"),
                ("HMS", "ORG"),
            ],
        );
        names[6].tokens.end -= 1;
        names[7].tokens.end -= 1;
        let lower_words = crate::names::rules::lower_words(text, &s.tokens);
        vessels(
            text,
            &s.tokens,
            &Gazetteer::embedded(),
            &lower_words,
            &mut names,
        );
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Space Shuttle Atlantis".into(), "MISC"),
                ("HMS Searcher".into(), "MISC"),
                ("Trident Seven".into(), "MISC"),
                ("Estonia".into(), "LOC"),
                ("USS Ronald Reagan".into(), "MISC"),
                ("Space Shuttle Program".into(), "ORG"),
                ("Atlantis".into(), "MISC"),
                ("Ronald Reagan".into(), "PERSON"),
                ("HMS".into(), "ORG"),
            ]
        );
    }

    #[test]
    fn a_prefix_alone_is_the_kind_of_vessel() {
        let text = "The last Space Shuttle orbiters flew. USS crews sailed.";
        let s = segment(text);
        let mut names = placed(text, &s, &[("Space Shuttle", "ORG"), ("USS", "ORG")]);
        vessels(
            text,
            &s.tokens,
            &Gazetteer::embedded(),
            &crate::names::rules::lower_words(text, &s.tokens),
            &mut names,
        );
        assert_eq!(
            names_of(text, &s, &names),
            [("Space Shuttle".into(), "MISC"), ("USS".into(), "ORG")]
        );
    }
}
