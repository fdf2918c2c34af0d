//! `names.acronyms`: an acronym that the article spells out names what its
//! spelling names. The tagger types the letters by their shape, an ORG
//! mostly, where the words before them say a place or a work: "the
//! Kennedy Space Center (KSC)" is a facility, and "KSC employees" with it.
//! A name of two words or more followed by one word in capitals in
//! brackets ("(KSC)", "[KPA]"), or such a word followed by a name of two
//! words or more in brackets ("CEI (Italian Episcopal Conference)"), where
//! every letter of the acronym opens a word of the name, gives the
//! acronym the name's type in every mention of the article, and adds it
//! where the tagger saw no name. Only an ORG or a LOC speaks for its
//! acronym: the tagger's MISC of a long name is as often wrong as the
//! acronym's type ("the African Football Confederation (CAF)" MISC, its
//! "CAF" rightly ORG), unless an event's or a law's word ends it
//! (`data/gazetteers/event_heads.txt`): "the Freedom of Information Act
//! (FOIA)" makes "FOIA requests" MISC. An acronym that is a function word in capitals
//! ("Intelligent Network (IN)") is left, and so is one the gazetteer
//! knows ("AP", "US"), and a name in capitals ("PALO ALTO (AP)", a
//! dateline).
//!
//! Linear: one look around each name, then one pass over the names with
//! a map of the acronyms.

use rustc_hash::FxHashMap as HashMap;

use crate::names::gazetteer::Gazetteer;
use crate::names::Name;
use crate::resources::lists::gazetteers::event_heads;
use crate::segment::Token;

/// Most letters of an acronym.
const MAX_LETTERS: usize = 8;

pub fn acronyms(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    spelled_out(text, tokens, gazetteer, names, false);
}

/// `names.acronym_places`: after `names.split_labels`, a place's acronym
/// is the kind of place its spelling is. The split reads head words, which
/// a bare acronym lacks, so "KSC" would be a GPE beside "the Kennedy Space
/// Center" LOC, and "ME" a GPE beside "the Middle East".
pub fn acronym_places(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    spelled_out(text, tokens, gazetteer, names, true);
}

/// The two passes above: `places` only moves a place's acronym between
/// GPE and LOC and adds no name.
fn spelled_out(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    names: &mut Vec<Name>,
    places: bool,
) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let is_acronym = |i: usize| {
        let w = word(i);
        let letters = w.chars().filter(char::is_ascii_alphabetic).count();
        (2..=MAX_LETTERS).contains(&letters)
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && !crate::text::words::is_function_word(&w.to_ascii_lowercase())
            && gazetteer.kinds(w).is_empty()
    };
    // A name in capitals is a dateline's or a heading's ("PALO ALTO (AP)").
    let in_capitals = |name: &Name| {
        !text[tokens[name.tokens.start].span.start..tokens[name.tokens.end - 1].span.end]
            .chars()
            .any(char::is_lowercase)
    };
    // Whether every letter of the acronym opens a word of the name.
    let spells = |acronym: &str, name: std::ops::Range<usize>| {
        acronym.chars().filter(char::is_ascii_alphabetic).all(|a| {
            name.clone().any(|i| {
                word(i)
                    .chars()
                    .next()
                    .is_some_and(|c| c.eq_ignore_ascii_case(&a))
            })
        })
    };
    let opens = |i: usize| matches!(word(i), "(" | "[");
    let closes = |i: usize| matches!(word(i), ")" | "]");
    let speaks = |label: &str| {
        if places {
            matches!(label, "LOC" | "GPE")
        } else {
            matches!(label, "ORG" | "LOC")
        }
    };
    // (the acronym's token, the label it takes)
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    for name in names.iter() {
        let (start, end) = (name.tokens.start, name.tokens.end);
        // A law's or an event's name speaks for its letters: "the Freedom
        // of Information Act (FOIA)".
        let event = !places && name.label == "MISC" && event_heads::contains(word(end - 1));
        if name.tokens.len() < 2 || !(speaks(name.label) || event) || in_capitals(name) {
            continue;
        }
        // "Kennedy Space Center (KSC)"
        if end + 2 < tokens.len()
            && opens(end)
            && is_acronym(end + 1)
            && closes(end + 2)
            && spells(word(end + 1), start..end)
        {
            found.push((end + 1, name.label));
        }
        // "CEI (Italian Episcopal Conference)"
        if start >= 2
            && opens(start - 1)
            && is_acronym(start - 2)
            && end < tokens.len()
            && closes(end)
            && spells(word(start - 2), start..end)
        {
            found.push((start - 2, name.label));
        }
    }
    if found.is_empty() {
        return;
    }
    // Each acronym's label holds for all its mentions; an acronym spelled
    // out twice with two types (None) is left, and gets no new mention.
    let mut labels: HashMap<&str, Option<&'static str>> = HashMap::default();
    for &(at, label) in &found {
        labels
            .entry(word(at))
            .and_modify(|l| {
                if *l != Some(label) {
                    *l = None;
                }
            })
            .or_insert(Some(label));
    }
    if !places {
        let mut named = vec![false; tokens.len()];
        for name in names.iter() {
            for i in name.tokens.clone() {
                named[i] = true;
            }
        }
        for &(at, _) in &found {
            if let Some(&Some(label)) = labels.get(word(at)) {
                if !named[at] {
                    names.push(Name {
                        tokens: at..at + 1,
                        label,
                    });
                    named[at] = true;
                }
            }
        }
        crate::names::sort_by_start(names);
    }
    for name in names.iter_mut() {
        if name.tokens.len() != 1 || places && !matches!(name.label, "LOC" | "GPE") {
            continue;
        }
        if let Some(&Some(label)) = labels.get(word(name.tokens.start)) {
            name.label = label;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn an_acronym_takes_the_type_of_its_spelling() {
        let text = "It rose at the Kennedy Space Center (KSC) today. Many KSC staff came. \
                    The CEI (Italian Episcopal Conference) spoke. The World Health Body (WHB) met. \
                    Acme Space Works (XYZ) grew. The Blue Lake [BL] froze. BL said so. \
                    The African Football Confederation (AFC) met. AFC said. Intelligent Network (IN) sold. \
                    PALO ALTO (PA) - It rose. The Acme Prize (AP) was won. \
                    The Clean Water Act (CWA) passed. CWA rules stood.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Kennedy Space Center", "LOC"),
                ("KSC)", "ORG"),
                ("KSC staff", "ORG"),
                ("CEI", "MISC"),
                ("Italian Episcopal Conference", "ORG"),
                ("World Health Body", "ORG"),
                // The letters do not spell the name.
                ("Acme Space Works", "ORG"),
                ("XYZ", "LOC"),
                ("Blue Lake", "LOC"),
                ("BL said", "ORG"),
                // A MISC spelling.
                ("African Football Confederation", "MISC"),
                ("AFC)", "ORG"),
                ("Intelligent Network", "ORG"),
                // In capitals.
                ("PALO ALTO", "LOC"),
                // An acronym the gazetteer knows.
                ("Acme Prize", "ORG"),
                // A law's MISC speaks for its letters.
                ("Clean Water Act", "MISC"),
                ("CWA)", "ORG"),
                ("CWA rules", "ORG"),
            ],
        );
        for n in names.iter_mut() {
            // "KSC)", "BL said": the acronym alone.
            let first = &text[s.tokens[n.tokens.start].span.range()];
            if n.tokens.len() == 2
                && n.label == "ORG"
                && first.chars().all(|c| c.is_ascii_uppercase())
            {
                n.tokens.end -= 1;
            }
        }
        acronyms(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Kennedy Space Center".into(), "LOC"),
                ("KSC".into(), "LOC"),
                ("KSC".into(), "LOC"),
                ("CEI".into(), "ORG"),
                ("Italian Episcopal Conference".into(), "ORG"),
                ("World Health Body".into(), "ORG"),
                // Added where the tagger saw no name.
                ("WHB".into(), "ORG"),
                ("Acme Space Works".into(), "ORG"),
                ("XYZ".into(), "LOC"),
                ("Blue Lake".into(), "LOC"),
                // Added, and its other mention retyped.
                ("BL".into(), "LOC"),
                ("BL".into(), "LOC"),
                ("African Football Confederation".into(), "MISC"),
                ("AFC".into(), "ORG"),
                ("Intelligent Network".into(), "ORG"),
                ("PALO ALTO".into(), "LOC"),
                ("Acme Prize".into(), "ORG"),
                ("Clean Water Act".into(), "MISC"),
                ("CWA".into(), "MISC"),
                ("CWA".into(), "MISC"),
            ]
        );
    }

    #[test]
    fn a_place_acronym_keeps_its_spelling_kind_of_place() {
        // After the split, "the Middle East" is LOC and its bare acronym
        // GPE; the acronym follows its spelling. An ORG is left, and an
        // acronym spelled out as two kinds of place is left.
        let text = "The Middle East (ME) is tense. ME leaders met. The Acme Group (AG) grew. \
                    The Blue Sea (BS) froze. Bay State (BS) voted.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Middle East", "LOC"),
                ("ME)", "GPE"),
                ("ME leaders", "GPE"),
                ("Acme Group", "ORG"),
                ("AG)", "GPE"),
                ("Blue Sea", "LOC"),
                ("BS)", "GPE"),
                ("Bay State", "GPE"),
                ("BS) voted", "GPE"),
            ],
        );
        for n in names.iter_mut() {
            // "ME)", "BS) voted": the acronym alone.
            let first = &text[s.tokens[n.tokens.start].span.range()];
            if first.chars().all(|c| c.is_ascii_uppercase()) {
                n.tokens.end = n.tokens.start + 1;
            }
        }
        acronym_places(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<(String, &str)> = names_of(text, &s, &names);
        assert_eq!(
            labels,
            vec![
                ("Middle East".into(), "LOC"),
                ("ME".into(), "LOC"),
                ("ME".into(), "LOC"),
                ("Acme Group".into(), "ORG"),
                ("AG".into(), "GPE"),
                ("Blue Sea".into(), "LOC"),
                ("BS".into(), "GPE"),
                ("Bay State".into(), "GPE"),
                ("BS".into(), "GPE"),
            ]
        );
    }
}
