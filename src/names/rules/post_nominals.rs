//! `names.post_nominals`: letters after a person's name for an office, an
//! honour, a degree or a fellowship ("Mark Smith QC", "Tom Jenkins OBE",
//! "Jane Cole PhD": `data/gazetteers/post_nominals.txt`) are no name of
//! their own, which the tagger makes of them ("QC" an ORG, "MBE" an ORG,
//! "M.Sc" a PERSON). Written right after a person's name, on its line,
//! they end the PERSON, as GUM's name cores keep them ("Daniel Bernoulli
//! FRS": the run of capitalised words that ends the mention). After a
//! comma ("John Harris, QC, said") the name ends before the comma, as the
//! core is cut there, and the letters are no name. A name of letters of
//! class `alone` and nothing else is no name anywhere ("The CBE"); those
//! of class `after` ("SC", "MD", "MA": also a state's abbreviation) are
//! read only after a person; a name of letters of class `role` ("MP",
//! "QC", "KC", "MSP": also Madhya Pradesh's, Quebec's, Kansas City's, an
//! airport's) is dropped only where it is a role: after "the", a
//! possessive or another lower-case word that is no preposition or
//! conjunction ("the MP said", "the QC argued"), before "for" ("MP for
//! Bath") or before a person's name ("MP Jess Phillips"); not in
//! "Madhya Pradesh (MP)", "Fans in KC" nor "Montreal, QC,". Letters of
//! any class do not end a person's name before a lower-case word that is
//! no verb or function word ("Peter Thiel VC firm", "Tom Brady TD pass",
//! "Jane Smith PhD candidates": there they modify the noun). A name of another
//! type that opens with a given name and ends with letters after a
//! surname is a person ("Alex Sobel MP" read as an ORG).

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::post_nominals::{self, Value as PostNominal};
use crate::resources::lists::quotes::{auxiliaries, cues};
use crate::segment::Token;
use crate::text::words;

/// The class of a token's letters, read without a final full stop
/// ("Ph.D." as "Ph.D"); the people and quotes layers read them so too.
pub fn class(word: &str) -> Option<PostNominal> {
    post_nominals::get(word).or_else(|| post_nominals::get(word.strip_suffix('.')?))
}

pub fn post_nominals(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    // Only spaces between a token and the one before: no line break, no
    // punctuation.
    let spaced = |i: usize| {
        let gap = &text[tokens[i - 1].span.end..tokens[i].span.start];
        !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
    };
    // Whether letters that end before token `to` may end a person's name:
    // not before a lower-case word that is no verb (a reporting verb, an
    // auxiliary, one in "-ed"), function word, quantifier ("both") or
    // adverb in "-ly", which they modify ("Peter Thiel VC firm", "Jane
    // Smith PhD candidates"), whatever their class.
    let joins = |_from: usize, to: usize| {
        to >= tokens.len() || !spaced(to) || {
            let w = word(to);
            let lower = w.to_lowercase();
            !w.starts_with(char::is_lowercase)
                || words::is_function_word(&lower)
                || words::is_quantifier(&lower)
                || lower.ends_with("ly")
                || cues::contains(&lower)
                || auxiliaries::contains(&lower)
                || (lower.len() > 4 && lower.ends_with("ed"))
        }
    };
    // A name of another type that a given name opens and letters end,
    // after a surname, is a person's ("Alex Sobel MP" read as an ORG).
    for n in names.iter_mut().filter(|n| n.label != "PERSON") {
        let mut end = n.tokens.end;
        while end > n.tokens.start + 2 && class(word(end - 1)).is_some() && spaced(end - 1) {
            end -= 1;
        }
        if end < n.tokens.end
            && end - n.tokens.start >= 2
            && joins(end, n.tokens.end)
            && gazetteer.kinds(word(n.tokens.start)).has(Kind::FirstName)
            && (n.tokens.start..end).all(|i| crate::text::is_capitalised(word(i)))
        {
            n.label = "PERSON";
        }
    }
    // A person the tagger ended with letters that modify the noun after
    // them ends before them ("Tom Brady TD pass").
    for n in names.iter_mut().filter(|n| n.label == "PERSON") {
        let mut from = n.tokens.end;
        while from > n.tokens.start + 2 && class(word(from - 1)).is_some() && spaced(from - 1) {
            from -= 1;
        }
        if from < n.tokens.end && !joins(from, n.tokens.end) {
            n.tokens.end = from;
        }
    }
    // Where the phrase ends after letters that follow a comma: a comma, a
    // full stop, a bracket or the line's end ("John Harris, QC, said",
    // not "Smith, MD Anderson's head").
    let closes = |i: usize| {
        tokens.get(i).is_none_or(|t| {
            matches!(word(i), "," | "." | ";" | ")")
                || text[tokens[i - 1].span.end..t.span.start].contains('\n')
        })
    };
    // Post-nominal letters after a person: their own names are dropped.
    let mut letters = vec![false; tokens.len()];
    let mut found = false;
    for n in names.iter_mut().filter(|n| n.label == "PERSON") {
        let end = n.tokens.end;
        let comma = end < tokens.len() && word(end) == ",";
        let from = end + usize::from(comma);
        let mut to = from;
        while to < tokens.len() && class(word(to)).is_some() && (comma && to == from || spaced(to))
        {
            to += 1;
        }
        // Letters before a capitalised word open another name ("Bruno
        // Alves SC Braga": the club "SC Braga").
        let name_after = to < tokens.len() && spaced(to) && crate::text::is_capitalised(word(to));
        if to == from || (comma && !closes(to)) || name_after {
            continue;
        }
        letters[from..to].fill(true);
        found = true;
        // Written against the name they end it, unless they modify the
        // noun after them ("Peter Thiel VC firm"); after a comma they are
        // left out, as the name core is cut at the comma.
        if !comma && joins(from, to) {
            n.tokens.end = to;
        }
    }
    // Where letters of class `role` at `range` are one: after "the", a
    // possessive or another lower-case word that is no preposition or
    // conjunction ("the MP said", "the local MP", "Labour's MP"), before
    // "for" ("MP for Bath") or before a person's name ("MP Jess
    // Phillips").
    // Whether a person's name starts at each token: one look-up a name,
    // so that many letters among many people stay linear.
    let mut person_at = vec![false; tokens.len()];
    for n in names.iter().filter(|n| n.label == "PERSON") {
        person_at[n.tokens.start] = true;
    }
    let as_role = |range: std::ops::Range<usize>| {
        let before = range
            .start
            .checked_sub(1)
            .map(word)
            .filter(|_| spaced(range.start));
        let role_before = before.is_some_and(|w| {
            let lower = w.to_lowercase();
            w == "'s"
                || words::is_determiner(&lower)
                || (w.starts_with(char::is_lowercase)
                    && w.chars().all(char::is_alphabetic)
                    && !words::is_preposition(&lower)
                    && !words::is_coordinator(&lower))
        });
        let role_after = range.end < tokens.len()
            && spaced(range.end)
            && (word(range.end) == "for" || person_at[range.end]);
        role_before || role_after
    };
    // The letters' own names give way to the person's, and a name of
    // letters that are no name anywhere is dropped ("The CBE"), as is one
    // of a role's letters where they are a role ("The MP said").
    let drop: Vec<bool> = names
        .iter()
        .map(|n| {
            let classes = || n.tokens.clone().map(|i| class(word(i)));
            (found && letters[n.tokens.start])
                || (classes().all(|c| matches!(c, Some(PostNominal::Alone | PostNominal::Role)))
                    && (classes().all(|c| c == Some(PostNominal::Alone))
                        || as_role(n.tokens.clone())))
        })
        .collect();
    let mut k = 0;
    names.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names = placed(text, &s, found);
        post_nominals(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
    }

    #[test]
    fn letters_after_a_person_end_the_name() {
        assert_eq!(
            run(
                "Counsel Ines Varga KC said so. Olaf Brant OBE FRS and Mia Holt SC replied.",
                &[
                    ("Ines Varga", "PERSON"),
                    ("KC", "ORG"),
                    ("Olaf Brant", "PERSON"),
                    ("OBE", "ORG"),
                    ("Mia Holt", "PERSON"),
                ],
            ),
            [
                ("Ines Varga KC".into(), "PERSON"),
                ("Olaf Brant OBE FRS".into(), "PERSON"),
                ("Mia Holt SC".into(), "PERSON"),
            ]
        );
        // Held by the tagger already, or read as an ORG after a given name.
        assert_eq!(
            run(
                "Dr Tove Lind Ph.D. wrote it. Later Peter Quist MEP voted.",
                &[("Tove Lind Ph.D.", "PERSON"), ("Peter Quist MEP", "ORG")],
            ),
            [
                ("Tove Lind Ph.D.".into(), "PERSON"),
                ("Peter Quist MEP".into(), "PERSON"),
            ]
        );
    }

    #[test]
    fn letters_after_a_comma_or_alone_are_no_name() {
        assert_eq!(
            run(
                "Ruth Amsel, QC, said so. The MEP and the QC agreed.",
                &[("Ruth Amsel", "PERSON"), ("QC", "ORG"), ("MEP", "ORG")],
            ),
            [("Ruth Amsel".into(), "PERSON")]
        );
    }

    #[test]
    fn letters_that_are_places_stay_away_from_a_person() {
        // "SC" and "MD" alone are states; after a comma, a name follows
        // ("MD Anderson"), or a line break parts them.
        assert_eq!(
            run(
                "Eva Rosa SC Braga won. Voters in SC agreed. Ada Voss, MD Anderson's head, spoke. Omar Keel\nMD",
                &[
                    ("Eva Rosa", "PERSON"),
                    ("SC Braga", "ORG"),
                    ("SC", "GPE"),
                    ("Ada Voss", "PERSON"),
                    ("MD Anderson", "ORG"),
                    ("Omar Keel", "PERSON"),
                    ("MD", "GPE"),
                ],
            ),
            [
                ("Eva Rosa".into(), "PERSON"),
                ("SC Braga".into(), "ORG"),
                ("SC".into(), "GPE"),
                ("Ada Voss".into(), "PERSON"),
                ("MD Anderson".into(), "ORG"),
                ("Omar Keel".into(), "PERSON"),
                ("MD".into(), "GPE"),
            ]
        );
        // A place or an ORG that no given name opens keeps its type.
        assert_eq!(
            run(
                "The Ottawa Centre MP spoke.",
                &[("Ottawa Centre MP", "ORG")]
            ),
            [("Ottawa Centre MP".into(), "ORG")]
        );
    }
    #[test]
    fn letters_of_a_role_are_dropped_only_as_a_role() {
        let s = |text: &str, found: &[(&str, &'static str)]| {
            let seg = segment(text);
            let mut names = crate::names::rules::testing::placed_in_turn(text, &seg, found);
            post_nominals(text, &seg.tokens, &Gazetteer::embedded(), &mut names);
            names_of(text, &seg, &names)
        };
        let text = "Fans in KC cheered. Police in Lisbon, QC, spoke. Flights from MSP left. \
                    The QC argued. The MP for Bath spoke. MP Ivo Hale agreed. \
                    Officials in Madhya Pradesh (MP) spoke. MP Chief Minister Ravi Rao spoke.";
        assert_eq!(
            s(
                text,
                &[
                    ("KC", "LOC"),
                    ("Lisbon", "LOC"),
                    ("QC", "ORG"),
                    ("MSP", "ORG"),
                    ("QC", "ORG"),
                    ("MP", "ORG"),
                    ("Bath", "LOC"),
                    ("MP", "ORG"),
                    ("Ivo Hale", "PERSON"),
                    ("Madhya Pradesh", "LOC"),
                    ("MP", "ORG"),
                    ("MP", "ORG"),
                    ("Ravi Rao", "PERSON"),
                ],
            ),
            [
                ("KC".into(), "LOC"),
                ("Lisbon".into(), "LOC"),
                ("QC".into(), "ORG"),
                ("MSP".into(), "ORG"),
                ("Bath".into(), "LOC"),
                ("Ivo Hale".into(), "PERSON"),
                ("Madhya Pradesh".into(), "LOC"),
                ("MP".into(), "ORG"),
                ("MP".into(), "ORG"),
                ("Ravi Rao".into(), "PERSON"),
            ]
        );
    }

    #[test]
    fn letters_before_a_noun_modify_it() {
        // "VC firm", "TD pass": the letters go with the noun; before a
        // verb or a function word they end the name; the orders of wear.
        assert_eq!(
            run(
                "Investor Ivo Hale VC firm Tern led. Ann Vey TD pass won. Ola Berg TD said so. \
                 Rui Sal MD and colleagues wrote. Ada Lind KG DSO said so. Eli Moe VC fund won. \
                 Ivy Cho MP both said so. Jo Lund PhD candidates wrote. Uma Reis PhD said so.",
                &[
                    ("Ivo Hale", "PERSON"),
                    ("Ann Vey", "PERSON"),
                    ("Ola Berg", "PERSON"),
                    ("Rui Sal", "PERSON"),
                    ("Ada Lind", "PERSON"),
                    // Held by the tagger with the letters.
                    ("Eli Moe VC", "PERSON"),
                    ("Ivy Cho MP", "PERSON"),
                    ("Jo Lund PhD", "PERSON"),
                    ("Uma Reis", "PERSON"),
                ],
            ),
            [
                ("Ivo Hale".into(), "PERSON"),
                ("Ann Vey".into(), "PERSON"),
                ("Ola Berg TD".into(), "PERSON"),
                ("Rui Sal MD".into(), "PERSON"),
                ("Ada Lind KG DSO".into(), "PERSON"),
                ("Eli Moe".into(), "PERSON"),
                ("Ivy Cho MP".into(), "PERSON"),
                ("Jo Lund".into(), "PERSON"),
                ("Uma Reis PhD".into(), "PERSON"),
            ]
        );
    }
}
