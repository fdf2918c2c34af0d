//! `names.such_as`: the noun before "such as" or "including" says what the
//! names of the list after it are. "The ancient gods, such as Zeus, Hera
//! and Athena" names people (the tagger typed each god ORG),
//! "publications including The Brooklyn Paper, Jezebel and Metro" names
//! organisations, "countries such as Chad" places; the nouns and their
//! types are `data/gazetteers/list_heads.txt`. Each name of the list,
//! from the first right after the cue (after "the" at most) to the last
//! that only commas, "and", "or" and "the" part from the one before, takes
//! the noun's type in every mention; a MISC of the tagger is left ("other
//! authors, including British journalist X").
//!
//! Linear: one walk over the tokens for the cues, the names visited once
//! in order beside it.

use rustc_hash::FxHashMap as HashMap;

use crate::names::gazetteer::Gazetteer;
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::{corporate_suffixes, list_heads, org_heads};
use crate::segment::Token;

pub fn such_as(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let is = |i: usize, w: &str| word(i).eq_ignore_ascii_case(w);
    crate::names::sort_by_start(names);
    let mut typed: HashMap<&str, &'static str> = HashMap::default();
    let mut next = 0;
    for i in 0..tokens.len() {
        let after = if is(i, "such") && is(i + 1, "as") {
            i + 2
        } else if is(i, "including") {
            i + 1
        } else {
            continue;
        };
        // The noun, a comma at most between it and the cue.
        let noun = match i.checked_sub(1) {
            Some(j) if word(j) == "," => j.checked_sub(1),
            j => j,
        };
        // Written in lower case: "the United Nations, including UNICEF"
        // ends a name, not a noun of kinds (review).
        let lower_noun = noun.filter(|&j| word(j).starts_with(|c: char| c.is_lowercase()));
        let Some(label) = lower_noun.and_then(|j| list_heads::get(&word(j).to_ascii_lowercase()))
        else {
            continue;
        };
        // "including: X" and "the X".
        let mut at = after + usize::from(matches!(word(after), ":" | ";"));
        at += usize::from(is(at, "the"));
        while next < names.len() && names[next].tokens.start < at {
            next += 1;
        }
        let mut closed = false;
        while let Some(name) = names.get(next).filter(|n| n.tokens.start == at) {
            // A MISC of the tagger is a nationality or an event, another
            // kind of word: "authors, including British journalist X".
            // A name the gazetteer knows, or one an organisation's word
            // ends, keeps its own kind in a mixed list: "countries
            // including the US, Canada and the EU", "politicians
            // including Obama and the Democratic Party" (review).
            let range = name.tokens.clone();
            let known = !gazetteer
                .whole(text, &tokens[range.clone()], false)
                .is_empty()
                || (range.len() >= 2
                    && (org_heads::contains(word(range.end - 1))
                        || corporate_suffixes::contains(word(range.end - 1))));
            if name.label != "MISC" && !known {
                typed.insert(token_text(text, tokens, range), label);
            }
            next += 1;
            if closed {
                break;
            }
            // The list goes on past commas, "and", "or" and "the", and
            // ends with the name after "and" or "or": "such as Chad and
            // Niger, Kowalski said" (review).
            let mut gap = name.tokens.end;
            while gap < name.tokens.end + 3
                && matches!(
                    word(gap).to_ascii_lowercase().as_str(),
                    "," | "and" | "or" | "the"
                )
            {
                closed |= is(gap, "and") || is(gap, "or");
                gap += 1;
            }
            if gap == name.tokens.end {
                break;
            }
            at = gap;
        }
    }
    if typed.is_empty() {
        return;
    }
    for name in names.iter_mut() {
        if let Some(&label) = typed.get(token_text(text, tokens, name.tokens.clone())) {
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
    fn the_noun_before_such_as_types_the_list() {
        let text = "Greeks worship the old gods, such as Zorb, Hexa, and Quill. \
                    It was covered by publications including; The Ferry Post, Jezzik and Mettro. \
                    Zorb is loved. Shares such as Tamber rose. Countries like Ombria agreed. \
                    Books by authors, including Britic writer Sam Eel.";
        let s = segment(text);
        let mut names = placed(
            text,
            &s,
            &[
                ("Zorb", "ORG"),
                ("Hexa", "LOC"),
                ("Quill", "ORG"),
                ("Ferry Post", "ORG"),
                ("Jezzik", "PERSON"),
                ("Mettro", "LOC"),
                ("Zorb is", "ORG"),
                ("Tamber", "PERSON"),
                ("Ombria", "PERSON"),
                ("Britic", "MISC"),
            ],
        );
        names[6].tokens.end -= 1;
        such_as(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let got: Vec<&str> = names_of(text, &s, &names).iter().map(|n| n.1).collect();
        assert_eq!(
            got,
            [
                "PERSON", "PERSON", "PERSON", // the gods
                "ORG", "ORG", "ORG",    // the publications
                "PERSON", // the god's other mention
                "PERSON", // "shares" is no list noun
                "PERSON", // "like" is no cue
                "MISC",   // a nationality
            ]
        );
    }

    #[test]
    fn a_list_ends_after_and_and_keeps_known_names() {
        let text = "Prices fell in countries such as Chadia and Nigra, Kowal said. \
                    Agencies of the United Nations, including Unif and Wopa. \
                    Backed by countries including Zorbia, Canada and the European Union.";
        let s = segment(text);
        let mut names = placed(
            text,
            &s,
            &[
                ("Chadia", "LOC"),
                ("Nigra", "LOC"),
                ("Kowal", "ORG"),
                ("United Nations", "ORG"),
                ("Unif", "ORG"),
                ("Wopa", "ORG"),
                ("Zorbia", "PERSON"),
                ("Canada", "LOC"),
                ("European Union", "ORG"),
            ],
        );
        such_as(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let got = names_of(text, &s, &names);
        assert_eq!(got[2], ("Kowal".into(), "ORG"), "{got:?}");
        assert_eq!(got[4], ("Unif".into(), "ORG"), "{got:?}");
        assert_eq!(got[6], ("Zorbia".into(), "LOC"), "{got:?}");
        assert_eq!(got[8], ("European Union".into(), "ORG"), "{got:?}");
    }
}
