//! `names.binomials`: a species' Latin name is no person, organisation or
//! place. The tagger reads a capitalised word before a lower-case one as
//! a name ("Formica fusca" an ORG "Formica", "Beauveria bassiana" a
//! place). A genus and its epithet are a capitalised word followed by a
//! lower-case word with a Latin ending (`data/gazetteers/latin_endings.txt`:
//! "-a", "-us", "-ae", "-ii"); English words end so too ("the Taleban
//! militia", "Belgian media", "pro forma"), so the article must write the
//! pair as a pair: the epithet at least twice and only after that genus
//! or its initial ("E. coli"), and the genus never without the epithet
//! nor a word the gazetteer knows ("Belgian media" twice).
//! A name the tagger made of the genus (with or without the epithet)
//! becomes the MISC name of the whole binomial; where the tagger saw no
//! name, none is added.
//!
//! Linear: one walk over the tokens counts the words, one over the names.

use rustc_hash::FxHashMap as HashMap;

use crate::names::gazetteer::Gazetteer;
use crate::names::Name;
use crate::resources::lists::gazetteers::latin_endings;
use crate::segment::Token;

/// Whether `word` can be an epithet: four or more lower-case letters
/// ending in a Latin ending.
fn is_epithet(word: &str) -> bool {
    word.len() >= 4
        && word.chars().all(|c| c.is_ascii_lowercase())
        && (1..=2).any(|k| latin_endings::contains(&word[word.len() - k..]))
}

/// Whether `word` can be a genus: a capitalised word of three or more
/// letters, the rest lower case.
fn is_genus(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && word.len() >= 3
        && chars.all(|c| c.is_ascii_lowercase())
}

/// The initial before the token at `at`, if one stands there: "E." as
/// one token, or "E" and ".".
fn initial_before(text: &str, tokens: &[Token], at: usize) -> Option<char> {
    let word = |i: usize| &text[tokens[i].span.range()];
    let one = |w: &str| {
        let mut c = w.chars();
        let first = c.next().filter(char::is_ascii_uppercase);
        first.filter(|_| c.next().is_none())
    };
    if at >= 1 {
        let w = word(at - 1);
        if let Some(c) = w.strip_suffix('.').and_then(one) {
            return Some(c);
        }
        if w == "." && at >= 2 && tokens[at - 2].span.end == tokens[at - 1].span.start {
            return one(word(at - 2));
        }
    }
    None
}

/// What the article does with one epithet.
#[derive(Default)]
struct Epithet<'t> {
    /// Its occurrences.
    seen: usize,
    /// The genus it follows.
    genus: Option<&'t str>,
    /// The initial it follows.
    initial: Option<char>,
    /// Whether some occurrence follows neither a genus nor an initial, or
    /// another one than the others.
    stray: bool,
}

pub fn binomials(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let mut epithets: HashMap<&str, Epithet> = HashMap::default();
    // For each capitalised word, how often it stands before an epithet
    // candidate and how often at all.
    let mut genera: HashMap<&str, (usize, usize)> = HashMap::default();
    for i in 0..tokens.len() {
        let w = word(i);
        if is_genus(w) {
            let entry = genera.entry(w).or_default();
            entry.1 += 1;
            if tokens.get(i + 1).is_some_and(|_| is_epithet(word(i + 1))) {
                entry.0 += 1;
            }
        }
        if !is_epithet(w) {
            continue;
        }
        let e = epithets.entry(w).or_default();
        e.seen += 1;
        let before = (i > 0).then(|| word(i - 1)).filter(|g| is_genus(g));
        match (before, initial_before(text, tokens, i)) {
            (Some(g), _) if e.genus.is_none_or(|known| known == g) => e.genus = Some(g),
            (None, Some(c)) if e.initial.is_none_or(|known| known == c) => e.initial = Some(c),
            _ => e.stray = true,
        }
    }
    let pair = |i: usize| -> bool {
        let Some(next) = tokens.get(i + 1).map(|_| word(i + 1)) else {
            return false;
        };
        let Some(e) = epithets.get(next) else {
            return false;
        };
        let g = word(i);
        e.seen >= 2
            && !e.stray
            && e.genus == Some(g)
            && e.initial.is_none_or(|c| g.starts_with(c))
            && genera.get(g).is_some_and(|&(before, all)| before == all)
            && gazetteer.kinds(g).is_empty()
    };
    for name in names.iter_mut() {
        let start = name.tokens.start;
        if name.tokens.len() <= 2 && pair(start) {
            name.tokens.end = start + 2;
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
    fn species_are_no_names() {
        let text = "Formica fusca eats aphids. Ants of Formica fusca met Beauveria bassiana, \
                    and Beauveria bassiana won. E. andrillae lives as Edwardsiella andrillae under ice. \
                    The Taleban militia attacked. Taleban leaders and the Taleban militia fled. \
                    Belgian media said so; Belgian media agreed. Ozark media said so, as did the media.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Formica", "ORG"),
                ("Beauveria bassiana", "LOC"),
                ("Edwardsiella", "PERSON"),
                // "Taleban" also stands without "militia".
                ("Taleban", "ORG"),
                ("Belgian", "MISC"),
                // "media" also stands alone.
                ("Ozark", "LOC"),
            ],
        );
        binomials(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Formica fusca".into(), "MISC"),
                ("Beauveria bassiana".into(), "MISC"),
                ("Edwardsiella andrillae".into(), "MISC"),
                ("Taleban".into(), "ORG"),
                ("Belgian".into(), "MISC"),
                ("Ozark".into(), "LOC"),
            ]
        );
    }
}
