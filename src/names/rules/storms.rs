//! `names.storms`: the name after a storm word ("Hurricane Katrina",
//! "Typhoon Haiyan", "Tropical Storm Bill") is a MISC name, as CoNLL-2003
//! tags "Hurricane Edouard": the name alone, the storm word left out. The
//! tagger, which knows few storms, makes them people ("Hurricane
//! Katrina" a PERSON who could then be quoted) or organisations. The
//! storm's name alone elsewhere in the article is the storm too. A storm
//! word inside a longer name ("the National Hurricane Center") is left
//! alone: the word before it is capitalised, and no function word that
//! opens the sentence ("Once Hurricane Maria hit").

use rustc_hash::FxHashSet as HashSet;

use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::storm_words;
use crate::segment::Token;
use crate::text::words;

/// Most words of a storm's name ("Phailin", "Maria", "Bill").
const MAX_NAME_WORDS: usize = 2;

pub fn storms(text: &str, tokens: &[Token], names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let capitalised = |i: usize| {
        let w = word(i);
        crate::text::is_capitalised(w)
            && w.chars().any(char::is_lowercase)
            && !words::is_determiner(&w.to_lowercase())
    };
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        if !storm_words::contains(word(i)) {
            continue;
        }
        // "Tropical Storm": the phrase begins one word earlier.
        let first = if i > 0 && word(i - 1) == "Tropical" {
            i - 1
        } else {
            i
        };
        // A capitalised function word before it opens the sentence, not
        // a name ("Once Cyclone Phailin comes on shore").
        if first > 0
            && capitalised(first - 1)
            && !words::is_function_word(&word(first - 1).to_lowercase())
            && tokens[first - 1].span.end + 1 >= tokens[first].span.start
        {
            continue;
        }
        let mut end = i + 1;
        while end < tokens.len() && end - i <= MAX_NAME_WORDS && capitalised(end) {
            end += 1;
        }
        // Storm phrases never overlap ("Hurricane Storm Bill" is one).
        let after_last = found
            .last()
            .is_none_or(|(_, last): &(usize, std::ops::Range<usize>)| first >= last.end);
        if end > i + 1 && after_last {
            found.push((first, i + 1..end));
        }
    }
    if found.is_empty() {
        return;
    }
    // The tagger's names over a storm phrase give way to it: one pass over
    // the names, whatever the number of storms.
    let mut in_storm = vec![false; tokens.len()];
    let mut storm_names: HashSet<&str> = HashSet::default();
    for (first, name) in &found {
        in_storm[*first..name.end].fill(true);
        storm_names.insert(token_text(text, tokens, name.clone()));
    }
    names.retain(|n| !n.tokens.clone().any(|i| in_storm[i]));
    // The storm's name alone elsewhere ("Phailin's winds") is the storm.
    for n in names.iter_mut() {
        if storm_names.contains(token_text(text, tokens, n.tokens.clone())) {
            n.label = "MISC";
        }
    }
    names.extend(found.into_iter().map(|(_, name)| Name {
        tokens: name,
        label: "MISC",
    }));
    crate::names::sort_by_start(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, range_of};
    use crate::segment::segment;

    #[test]
    fn storms_are_misc_names_without_their_storm_word() {
        let text = "Hurricane Katrina hit. Tropical Storm Bill formed, the National Hurricane Center said. Katrina passed. \
                    After Cyclone Phailin hit, it rained.";
        let s = segment(text);
        let mut names = vec![
            Name {
                tokens: range_of(text, &s, "Hurricane Katrina"),
                label: "PERSON",
            },
            Name {
                tokens: range_of(text, &s, "Storm Bill"),
                label: "ORG",
            },
            Name {
                tokens: range_of(text, &s, "National Hurricane Center"),
                label: "ORG",
            },
            Name {
                tokens: {
                    let at = text.rfind("Katrina").unwrap();
                    let i = s.tokens.iter().position(|t| t.span.start == at).unwrap();
                    i..i + 1
                },
                label: "PERSON",
            },
            Name {
                tokens: range_of(text, &s, "Cyclone Phailin"),
                label: "ORG",
            },
        ];
        storms(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Katrina".into(), "MISC"),
                ("Bill".into(), "MISC"),
                ("National Hurricane Center".into(), "ORG"),
                ("Katrina".into(), "MISC"),
                ("Phailin".into(), "MISC")
            ]
        );
    }
}
