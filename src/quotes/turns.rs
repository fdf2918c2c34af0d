//! Transcript turns: paragraphs that open with a speaker's name in
//! capitals and a colon, as interview and debate transcripts are printed
//! ("WALLACE: Let's start ...", ""PENCE: Well, look ...", "KATE BOULDUAN:
//! Why not debate?").
//!
//! A label in capitals before a colon is also how news marks a section
//! ("CORRECTION:", "UPDATE:", "VIDEO:", "THE FACTS:"), so a label is a
//! speaker only where the article reads as a dialogue: it names a person
//! the article names ("TRUMP:" where "Donald Trump" is a PERSON), or its
//! last word opens two turns or more ("WALLACE:" again and again) beside
//! one that names a person; it has no article; and the article has at
//! least two such speakers, the ones who take turns.

use super::index::Index;
use crate::segment::{label_at, lower, Structure};
use crate::text::words::{in_capitals, is_article};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// One turn: the label's first and last token (the speaker's name, not a
/// role after a comma), the token of its colon and the paragraph it
/// opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Turn {
    pub first: usize,
    pub last: usize,
    pub colon: usize,
    pub paragraph: usize,
}

/// The turn that the label opening paragraph `paragraph` (its tokens
/// `range`) starts, if one does.
fn label(at: &Index, paragraph: usize, range: std::ops::Range<usize>) -> Option<Turn> {
    let l = label_at(at.text, at.tokens, range)?;
    Some(Turn {
        first: l.first,
        last: l.last,
        colon: l.colon,
        paragraph,
    })
}

/// The transcript turns of the article, in text order; none unless two
/// speakers or more take turns.
pub(crate) fn turns(structure: &Structure, at: &Index) -> Vec<Turn> {
    let candidates: Vec<Turn> = structure
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| label(at, i, p.tokens.clone()))
        .collect();
    if candidates.len() < 2 {
        return Vec::new();
    }
    let key = |t: &Turn| lower(at.word(t.last)).into_owned();
    let mut opens: HashMap<String, usize> = HashMap::default();
    for t in &candidates {
        *opens.entry(key(t)).or_default() += 1;
    }
    // The words of the article's people, in lower case.
    let people: HashSet<String> = (0..structure.tokens.len())
        .filter_map(|k| at.entity_at[k].map(|(e, n)| (k, e, n)))
        .filter(|&(_, e, _)| at.labels[e] == "PERSON")
        .flat_map(|(k, _, n)| k..k + n)
        .filter(|&k| !in_capitals(at.word(k)))
        .map(|k| lower(at.word(k)).into_owned())
        .collect();
    // A label with an article is a section, whatever it repeats ("THE
    // FACTS:" after each claim of a fact check).
    let candidates: Vec<Turn> = candidates
        .into_iter()
        .filter(|t| !is_article(lower(at.word(t.first)).as_ref()))
        .collect();
    let named = |t: &Turn| people.contains(&key(t));
    // A label that only repeats speaks in a dialogue with someone the
    // article names ("WALLACE:" beside "PENCE:" where Mike Pence is
    // named); sections repeat too ("UPDATE:", "QUESTION:"/"ANSWER:").
    if !candidates.iter().any(named) {
        return Vec::new();
    }
    // A label with a role after a comma must name someone: "WASHINGTON,
    // D.C.:" is a dateline, however often it opens a paragraph.
    let speaks = |t: &Turn| named(t) || (opens[&key(t)] >= 2 && t.last + 1 == t.colon);
    let kept: Vec<Turn> = candidates.into_iter().filter(|t| speaks(t)).collect();
    let speakers: HashSet<String> = kept.iter().map(key).collect();
    if speakers.len() < 2 {
        return Vec::new();
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Entity;

    fn labels(text: &str, people: &[&str]) -> Vec<String> {
        let structure = crate::segment::segment(text);
        let entities: Vec<Entity> = people
            .iter()
            .map(|p| {
                let start = text.find(p).expect("in the text");
                Entity {
                    start,
                    end: start + p.len(),
                    text: (*p).into(),
                    label: "PERSON".into(),
                }
            })
            .collect();
        let at = Index::new(text, &structure.tokens, &entities);
        turns(&structure, &at)
            .iter()
            .map(|t| at.mention(t.first, t.last).text)
            .collect()
    }

    #[test]
    fn turns_are_read_where_two_speakers_take_them() {
        let text = "Donald Trump spoke to Jake Tapper.\n\n\
                    JAKE TAPPER: Why?\n\nTRUMP: Because.\n\nTAPPER: Really?";
        assert_eq!(
            labels(text, &["Donald Trump", "Jake Tapper"]),
            ["JAKE TAPPER", "TRUMP", "TAPPER"]
        );
        // A label that recurs speaks beside one the article names.
        let text = "Mike Pence spoke.\n\n\"WALLACE: Why?\n\n\"PENCE: Because.\n\n\
                    \"WALLACE: Really?\n\n\"PENCE: Yes.";
        assert_eq!(
            labels(text, &["Mike Pence"]),
            ["WALLACE", "PENCE", "WALLACE", "PENCE"]
        );
    }

    #[test]
    fn a_prefixed_surname_and_a_role_after_a_comma_are_labels() {
        // "McCAIN" is a surname in capitals; "JAKE TAPPER, CNN HOST:"
        // names Jake Tapper, and the role after the comma is no name.
        let text = "John McCain spoke to Jake Tapper.\n\n\
                    JAKE TAPPER, CNN HOST: Why?\n\nMcCAIN: Because.\n\nTAPPER: Really?";
        assert_eq!(
            labels(text, &["John McCain", "Jake Tapper"]),
            ["JAKE TAPPER", "McCAIN", "TAPPER"]
        );
    }

    #[test]
    fn a_dateline_with_a_comma_is_no_speaker() {
        let text = "Ann Smith spoke.\n\nWASHINGTON, D.C.: The vote is in.\n\nSMITH: Yes.\n\n\
                    WASHINGTON, D.C.: It was close.\n\nSMITH: No.";
        assert_eq!(labels(text, &["Ann Smith"]), Vec::<String>::new());
    }

    #[test]
    fn section_labels_and_one_speaker_are_no_turns() {
        // Sections of news, once each, name no one.
        let text = "UPDATE: The vote is in.\n\nPREVIOUSLY: It was close.";
        assert!(labels(text, &[]).is_empty());
        // One speaker is no dialogue ("CORRECTION:" is no one).
        let text = "Ann Lee spoke.\n\nLEE: Yes.\n\nCORRECTION: An earlier version erred.";
        assert!(labels(text, &["Ann Lee"]).is_empty());
        // Sections that repeat, with no one the article names, or with an
        // article ("THE FACTS:" after each claim).
        let text = "UPDATE: In.\n\nCORRECTION: Out.\n\nUPDATE: Again.\n\nCORRECTION: Fixed.";
        assert!(labels(text, &[]).is_empty());
        let text = "Donald Trump spoke.\n\nTRUMP: Great.\n\nTHE FACTS: Not so.\n\n\
                    TRUMP: Paid.\n\nTHE FACTS: Not so.";
        assert!(labels(text, &["Donald Trump"]).is_empty());
        // "Q:" and "A:" do not name who speaks.
        let text = "Q: Why?\n\nA: Because.\n\nQ: Really?\n\nA: Yes.";
        assert!(labels(text, &[]).is_empty());
    }
}
