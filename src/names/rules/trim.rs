//! `names.trim`: a name begins and ends with a word of the name. Tokens
//! without a letter or digit ("Stardust @", "— Genesis"; a bracket the name
//! opened stays, "Mladost (L)"), a lower-case word
//! at either edge ("BBC etc."; a particle may open a name, "van Gogh", and a
//! part written against the rest stays, "U.S.-led"), a
//! weekday at the end ("Aner Shalev Wednesday", from a dateline), a
//! question mark, comma or colon at the end even when written against
//! the name ("the West?") and an
//! article opening an organisation ("The New York Times": names are
//! written without their determiner) and a word that opens a sentence or
//! a greeting before a person ("Hey Frank", "Instead Joubert":
//! `data/gazetteers/name_openers.txt`) are cut
//! off; a name left empty is dropped.

use crate::names::Name;
use crate::resources::lists::gazetteers::{name_openers, name_particles};
use crate::resources::lists::lexicon::weekdays;
use crate::segment::Token;
use crate::text::words;

pub fn trim(text: &str, tokens: &[Token], names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let wordless = |i: usize| !word(i).chars().any(char::is_alphanumeric);
    // A lower-case word, not a name written in lower case ("eBay").
    let lower = |i: usize| {
        word(i).chars().next().is_some_and(char::is_lowercase)
            && !word(i).chars().any(char::is_uppercase)
    };
    // Written against its neighbour inside the name: a part of a compound
    // ("U.S.-led"), which stays.
    let glued_next = |i: usize| {
        tokens
            .get(i + 1)
            .is_some_and(|n| n.span.start == tokens[i].span.end)
    };
    let glued_prev = |i: usize| i > 0 && tokens[i - 1].span.end == tokens[i].span.start;
    for name in names.iter_mut() {
        let range = &mut name.tokens;
        while range.start < range.end
            && (((wordless(range.start) || lower(range.start))
                && !(range.start + 1 < range.end && glued_next(range.start))
                && !name_particles::contains(word(range.start)))
                || (name.label == "ORG"
                    && range.len() > 1
                    && words::is_article(&word(range.start).to_lowercase())))
        {
            range.start += 1;
        }
        // A word that opens a sentence or a greeting before a person's
        // name: "Hey Frank", "Instead Joubert".
        // A pronoun after it says the two were no name at all ("Because
        // We've Seen This"), which names.common_words drops whole.
        while name.label == "PERSON"
            && range.len() > 1
            && name_openers::contains(word(range.start))
            && !words::is_subject_pronoun(&word(range.start + 1).to_lowercase())
        {
            range.start += 1;
        }
        // A bracket the name opened stays: "Mladost (L)".
        let closes = |r: &std::ops::Range<usize>| {
            word(r.end - 1) == ")" && r.clone().any(|i| word(i) == "(")
        };
        // A mark that ends a question or a clause, even written against
        // the name ("the West?"); "Yahoo!" keeps its mark, and a stop is
        // left where it may end an abbreviation ("Eau Claire, Wisc.", the
        // stop split off at the end of a sentence: cutting it cost 0.0002
        // on `eng.train`).
        let stop = |i: usize| matches!(word(i), "?" | "," | ";" | ":");
        while range.start < range.end
            && ((((wordless(range.end - 1) && !closes(range)) || lower(range.end - 1))
                && !(range.end - 1 > range.start && glued_prev(range.end - 1)))
                || (range.len() > 1 && stop(range.end - 1))
                || (range.len() > 1 && weekdays::get(word(range.end - 1)).is_some()))
        {
            range.end -= 1;
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
    fn names_have_word_edges() {
        let text = "The New York Times, BBC etc. and Aner Shalev Wednesday saw Stardust @ home, van Gogh and U.S.-led talks. The West? Yahoo! Hey Dana, But Hal Brent said. Because We tried.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("The New York Times", "ORG"),
                ("BBC etc.", "ORG"),
                ("Aner Shalev Wednesday", "PERSON"),
                ("Stardust @", "MISC"),
                ("van Gogh", "PERSON"),
                ("U.S.-led", "MISC"),
                ("West?", "LOC"),
                ("Yahoo!", "ORG"),
                ("Hey Dana", "PERSON"),
                ("But Hal Brent", "PERSON"),
                ("Because We", "PERSON"),
            ],
        );
        trim(text, &s.tokens, &mut names);
        let got: Vec<String> = names_of(text, &s, &names)
            .into_iter()
            .map(|n| n.0)
            .collect();
        assert_eq!(
            got,
            [
                "New York Times",
                "BBC",
                "Aner Shalev",
                "Stardust",
                "van Gogh",
                "U.S.-led",
                "West",
                "Yahoo!",
                "Dana",
                "Hal Brent",
                "Because We"
            ]
        );
    }
}
