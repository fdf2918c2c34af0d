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
//! "CAF" rightly ORG). An acronym that is a function word in capitals
//! ("Intelligent Network (IN)") is left, and so is one the gazetteer
//! knows ("AP", "US"), and a name in capitals ("PALO ALTO (AP)", a
//! dateline).
//!
//! Linear: one look around each name, then one pass over the names with
//! a map of the acronyms.

use rustc_hash::FxHashMap as HashMap;

use crate::names::gazetteer::Gazetteer;
use crate::names::Name;
use crate::segment::Token;

/// Most letters of an acronym.
const MAX_LETTERS: usize = 8;

pub fn acronyms(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
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
    let mut named = vec![None; tokens.len()];
    for (k, name) in names.iter().enumerate() {
        for i in name.tokens.clone() {
            named[i] = Some(k);
        }
    }
    // (the acronym's token, the label it takes)
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    for name in names.iter() {
        let (start, end) = (name.tokens.start, name.tokens.end);
        if name.tokens.len() < 2 || !matches!(name.label, "ORG" | "LOC") || in_capitals(name) {
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
    // out twice with two types is left (`None`). A map, so that the
    // mentions are retyped in one pass over the names, however many
    // acronyms the article spells out.
    let mut labels: HashMap<&str, Option<&'static str>> = HashMap::default();
    for &(at, label) in &found {
        let entry = labels.entry(word(at)).or_insert(Some(label));
        if *entry != Some(label) {
            *entry = None;
        }
        if named[at].is_none() {
            names.push(Name {
                tokens: at..at + 1,
                label,
            });
            named[at] = Some(usize::MAX);
        }
    }
    crate::names::sort_by_start(names);
    for name in names.iter_mut() {
        if name.tokens.len() != 1 {
            continue;
        }
        if let Some(Some(label)) = labels.get(word(name.tokens.start)) {
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
                    PALO ALTO (PA) - It rose. The Acme Prize (AP) was won.";
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
            ]
        );
    }
}
