//! `names.outlets`: a publication that reports or is told things is an
//! organisation. The tagger types a newspaper's or a site's name by its
//! words: "The Onion" a place, "according to The Guardian" MISC, "The
//! Independent" anything. Written after a capital "The" with a word of the
//! press beside it (`data/gazetteers/outlet_cues.txt`: "told The X",
//! "according to The X", "a writer for The X", "The X reported", "The X
//! writes"), the name is an outlet, an ORG in every mention of the
//! article. A name the gazetteer knows as a place or a nationality is
//! left ("The Netherlands reported", "The Hague"), and so is a name that
//! a noun follows ("told The Hague tribunal"), and a name with
//! no "The" ("told Smith" names a listener), and a PERSON of two or more
//! words ("The Rolling Stones" is a band).
//!
//! Linear: one pass over the names for the cues, one for the mentions.

use rustc_hash::FxHashSet as HashSet;

use super::{is_known_place, phrase_at};
use crate::names::gazetteer::Gazetteer;
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::outlet_cues::{self, Class as Cue};
use crate::segment::Token;

/// The words of a name without a leading "The", and where "The" stands
/// (inside the name or right before it), if it does.
fn after_the(text: &str, tokens: &[Token], name: &Name) -> (std::ops::Range<usize>, Option<usize>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let range = name.tokens.clone();
    if range.len() >= 2 && word(range.start) == "The" {
        (range.start + 1..range.end, Some(range.start))
    } else if range.start >= 1 && word(range.start - 1) == "The" {
        let the = range.start - 1;
        (range, Some(the))
    } else {
        (range, None)
    }
}

/// Whether the word at `at` is a noun that the name before it modifies
/// ("The Hague tribunal", "Jewish law"). A verb of the name as subject, in
/// "-s" or "-ed", may follow ("A writer for The Herald resigned"); a bare
/// form ("quit") is taken for a noun.
pub(super) fn noun_follows(text: &str, tokens: &[Token], at: usize) -> bool {
    tokens.get(at).is_some_and(|t| {
        let w = &text[t.span.range()];
        w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().all(char::is_alphabetic)
            && !crate::text::words::is_function_word(w)
            && !(w.ends_with('s') || w.ends_with("ed"))
    })
}

pub fn outlets(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let mut cued: HashSet<&str> = HashSet::default();
    for name in names.iter() {
        // An ORG the tagger saw by a cue still speaks for the other
        // mentions it typed otherwise.
        if name.label == "PERSON" && name.tokens.len() >= 2 {
            continue;
        }
        let (words, the) = after_the(text, tokens, name);
        let Some(the) = the else {
            continue;
        };
        if words.is_empty() || is_known_place(text, &tokens[words.clone()], gazetteer) {
            continue;
        }
        // The name ends its noun phrase: "told The Hague tribunal" and
        // "according to The Bronx district attorney" name no outlet.
        let head_follows = noun_follows(text, tokens, words.end);
        let before = !head_follows
            && (1..=3).any(|k| {
                the >= k
                    && phrase_at(text, tokens, the - k, outlet_cues::starting, |p| {
                        p.class == Cue::Before && p.word_count() == k
                    })
            });
        let after = phrase_at(text, tokens, words.end, outlet_cues::starting, |p| {
            p.class == Cue::After
        });
        if before || after {
            cued.insert(token_text(text, tokens, words));
        }
    }
    if cued.is_empty() {
        return;
    }
    for name in names.iter_mut() {
        let (words, _) = after_the(text, tokens, name);
        if !words.is_empty() && cued.contains(token_text(text, tokens, words)) {
            name.label = "ORG";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn the_press_is_an_organisation() {
        let text = "How The Onion writes an issue. The Herald is read. A reporter for The Herald resigned. According to The Guardian, it rained. \
                    He told The Clarion. The Netherlands reported a loss. We met at The Oval. \
                    The Rolling Stones wrote songs. Smith reported it. A writer for The Onion agreed. \
                    He liked Clarion.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Onion", "LOC"),
                ("Herald", "LOC"),
                ("Guardian", "MISC"),
                // "The" inside the name.
                ("The Clarion", "PERSON"),
                ("Netherlands", "LOC"),
                ("Oval", "LOC"),
                ("Rolling Stones", "PERSON"),
                ("Smith", "PERSON"),
                ("A writer for The Onion agreed", "LOC"),
                ("Clarion.", "PERSON"),
            ],
        );
        // The second "Onion", and "Clarion" without the full stop; the
        // second "Herald", which the tagger typed ORG.
        let herald = text.rfind("Herald").unwrap();
        let at = s
            .tokens
            .iter()
            .position(|t| t.span.start == herald)
            .unwrap();
        names.push(Name {
            tokens: at..at + 1,
            label: "ORG",
        });
        let n = names.len() - 1;
        names[n - 2].tokens.start += 4;
        names[n - 2].tokens.end -= 1;
        names[n - 1].tokens.end -= 1;
        outlets(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Onion".into(), "ORG"),
                ("Herald".into(), "ORG"),
                ("Guardian".into(), "ORG"),
                ("The Clarion".into(), "ORG"),
                ("Netherlands".into(), "LOC"),
                ("Oval".into(), "LOC"),
                ("Rolling Stones".into(), "PERSON"),
                ("Smith".into(), "PERSON"),
                ("Onion".into(), "ORG"),
                ("Clarion".into(), "ORG"),
                ("Herald".into(), "ORG"),
            ]
        );
    }

    #[test]
    fn a_name_before_a_noun_is_no_outlet() {
        let text = "He told The Hague tribunal it erred. The court in The Hague agreed. \
                    According to The Bronx district attorney, he lives in The Bronx.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Hague", "LOC"),
                ("The Hague agreed", "LOC"),
                ("Bronx", "LOC"),
                ("The Bronx.", "LOC"),
            ],
        );
        names[1].tokens.start += 1;
        names[1].tokens.end -= 1;
        names[3].tokens.start += 1;
        names[3].tokens.end -= 1;
        outlets(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert!(names.iter().all(|n| n.label == "LOC"), "{names:?}");
    }
}
