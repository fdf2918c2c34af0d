//! `names.transcript`: in a transcript, the speakers its labels name are
//! people. A debate or interview printed as turns ("McCAIN: We will
//! win.", "OBAMA: ...") writes its speakers' surnames in capitals at the
//! start of paragraphs, where CoNLL's training text puts datelines and
//! headlines, mostly places; the tagger's second stage then lets those
//! forms vote for the same word in the body, and "Barack Obama" becomes a
//! place. A label before a colon names who speaks, so a name the article
//! writes in the body whose last word is a speaker's label, and the
//! label itself, is a PERSON whatever type the tagger gave it.
//!
//! A label is a speaker's only where the article reads as a dialogue, as
//! `quotes::turns` reads it: two paragraphs or more open with a label in
//! capitals and a colon, of two speakers or more ("UPDATE:" once and a
//! colon dateline, "NEW DELHI:", are no dialogue); a label with an
//! article ("THE FACTS:") is a section, and "Q:" and "A:" name no one.
//! A label the gazetteer knows as a place or a nationality ("CHINA:" in a
//! council's record) changes nothing, nor one that is a place's head word
//! ("FALLS:" leaves "Victoria Falls" a place). A role after a comma ("JAKE TAPPER,
//! CNN HOST:") is no speaker's name.
//!
//! Linear: a bounded look at each paragraph's first words, then one walk
//! over the names with a hash lookup each.

use rustc_hash::FxHashSet as HashSet;

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::facility_heads::{self, Value as Facility};
use crate::resources::lists::gazetteers::location_heads::{self, Value as Place};
use crate::segment::{label_at, lower, Structure};
use crate::text::words::{is_article, name_in_title_case};

/// The tokens of the speaker's name in the label that opens the paragraph
/// over `range`, if one does (`segment::label_at`).
fn label(
    text: &str,
    structure: &Structure,
    range: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    label_at(text, &structure.tokens, range).map(|l| l.first..l.last + 1)
}

/// Makes PERSON the names whose last word is a transcript speaker's label,
/// in the body and in the labels.
pub fn transcript(text: &str, structure: &Structure, gazetteer: &Gazetteer, names: &mut [Name]) {
    let tokens = &structure.tokens;
    let word = |k: usize| &text[tokens[k].span.range()];
    let labels: Vec<std::ops::Range<usize>> = structure
        .paragraphs
        .iter()
        .filter_map(|p| label(text, structure, p.tokens.clone()))
        .filter(|r| !is_article(&lower(word(r.start))))
        .collect();
    if labels.len() < 2 {
        return;
    }
    let speakers: HashSet<String> = labels
        .iter()
        .map(|r| lower(word(r.end - 1)).into_owned())
        .collect();
    if speakers.len() < 2 {
        return;
    }
    // A dialogue comes back to a speaker ("TAPPER:" ... "TAPPER:"); a
    // round-up names each of its labels once ("APPLE:", "TESLA:").
    let mut seen: HashSet<String> = HashSet::default();
    let returns = labels
        .iter()
        .any(|r| !seen.insert(lower(word(r.end - 1)).into_owned()));
    if !returns {
        return;
    }
    // A label the gazetteer knows whole is a place or a body, no
    // speaker ("HONG KONG:", "EUROPEAN UNION:", "NATO:").
    let known = |r: &std::ops::Range<usize>| {
        let label = &tokens[r.clone()];
        gazetteer.find(text, label, true).iter().any(|m| {
            m.start == 0
                && m.end == label.len()
                && m.kinds
                    .iter()
                    .any(|k| !matches!(k, Kind::FirstName | Kind::Title))
        })
    };
    // A place's head word in a label ("FALLS:") is no surname either:
    // "Victoria Falls" stays a place.
    let place_head = |w: &str| {
        let title = name_in_title_case(w);
        location_heads::get(&title) == Some(Place::Place)
            || facility_heads::get(&title) == Some(Facility::Place)
    };
    let speakers: HashSet<String> = labels
        .iter()
        .filter(|r| !known(r))
        .filter(|r| !super::is_known_place(text, &tokens[r.end - 1..r.end], gazetteer))
        .filter(|r| !place_head(word(r.end - 1)))
        .map(|r| lower(word(r.end - 1)).into_owned())
        .collect();
    for name in names.iter_mut().filter(|n| n.label != "PERSON") {
        let last = name.tokens.end - 1;
        if speakers.contains(lower(word(last)).as_ref()) {
            name.label = "PERSON";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names = placed(text, &s, found);
        transcript(text, &s, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
    }

    #[test]
    fn a_speakers_name_is_a_person_in_the_body_and_the_label() {
        let text = "John McCain and Barack Obama met, moderated by Jake Tapper.\n\n\
                    JAKE TAPPER, CNN HOST: Hello.\n\nMcCAIN: I fought.\n\n\
                    OBAMA: Thank you.\n\nTAPPER: Thanks.";
        let found = [
            ("John McCain", "PERSON"),
            ("Barack Obama", "LOC"),
            ("CNN", "ORG"),
            ("OBAMA", "LOC"),
        ];
        assert_eq!(
            run(text, &found),
            [
                ("John McCain".into(), "PERSON"),
                ("Barack Obama".into(), "PERSON"),
                ("CNN".into(), "ORG"),
                ("OBAMA".into(), "PERSON"),
            ]
        );
    }

    #[test]
    fn no_dialogue_no_place_label_changes_nothing() {
        // A colon dateline once and one section label: no dialogue.
        let found = [("Georgia", "LOC"), ("Jordan Valley", "LOC")];
        let text = "GEORGIA: Georgia and the Jordan Valley.\n\nUPDATE: Later.";
        assert_eq!(
            run(text, &found),
            [("Georgia".into(), "LOC"), ("Jordan Valley".into(), "LOC")]
        );
        // Speakers that are places ("CHINA:" in a council's record) or a
        // place's head word stay places; the other speaker is a person.
        let text = "China, Victoria Falls and Ann Lee.\n\nCHINA: Yes.\n\n\
                    FALLS: No.\n\nLEE: Yes.\n\nLEE: Again.";
        let found = [
            ("China", "LOC"),
            ("Victoria Falls", "LOC"),
            ("Ann Lee", "LOC"),
        ];
        assert_eq!(
            run(text, &found),
            [
                ("China".into(), "LOC"),
                ("Victoria Falls".into(), "LOC"),
                ("Ann Lee".into(), "PERSON")
            ]
        );
    }

    #[test]
    fn a_round_up_is_no_dialogue() {
        // Each label once: companies and places of a round-up stay what
        // the tagger says.
        let text = "Shares moved.\n\nAPPLE: Apple Inc. shares rose.\n\nTESLA: Tesla fell.\n\n\
                    HONG KONG: Hong Kong rallied.";
        assert_eq!(
            run(
                text,
                &[
                    ("APPLE", "ORG"),
                    ("Apple Inc.", "ORG"),
                    ("TESLA", "ORG"),
                    ("Tesla", "ORG")
                ]
            ),
            [
                ("APPLE".into(), "ORG"),
                ("Apple Inc.".into(), "ORG"),
                ("TESLA".into(), "ORG"),
                ("Tesla".into(), "ORG")
            ]
        );
        // A label the gazetteer knows whole is no speaker, even in a
        // dialogue.
        let text = "Talks.\n\nHONG KONG: Yes.\n\nLEE: No.\n\nHONG KONG: Yes.\n\nLEE: Fine.";
        assert_eq!(
            run(text, &[("HONG KONG", "LOC")]),
            [("HONG KONG".into(), "LOC")]
        );
    }
}
