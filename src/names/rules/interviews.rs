//! `names.interviews`: a lone word that interviews people, or that people
//! speak to, is a news outlet. A site or paper named without "The"
//! ("Wikinews interviews the president", "interviewed by Wikinews",
//! "told Xinhua") is a word the tagger has seldom seen, and it leaves it
//! out or types it by its letters. A single capitalised word, with no
//! capitalised word beside it, followed by a word of class `subject`
//! (`data/gazetteers/outlet_cues.txt`: "interviews", "spoke with") or
//! preceded by one of class `listener` or `before` ("spoke to", "told",
//! "interviewed by", "according to") is an ORG in every mention, found or
//! not, when:
//!
//! - no name of the article that holds it is a PERSON, and it is no word
//!   of a longer name ("Bos" of "Nick Bos");
//! - the gazetteer knows it as nothing but an organisation: no given name,
//!   title, place, nationality or party, nor their plural ("told Maria",
//!   "told Moscow", "according to Republicans", "speaking to Iowans");
//!   it is no month ("according to July's poll"), modifies no noun
//!   after it ("according to Jewish law") and is no part of an address
//!   ("according to Factcheck.org");
//! - the article never writes it in lower case, and writes it capitalised
//!   inside a sentence at least once, or twice beside a cue, or it is a
//!   word the tagger's word clusters know in neither case: a sentence's
//!   first word that English has ("Police interviewed him", "Officials
//!   told", "Researchers spoke to") is no name, and a coined one that
//!   opens the article's only cue ("Wikinews interviewed him on May 18")
//!   is.
//!
//! Linear: one pass over the names, one over the tokens for the cues, and
//! one over the tokens for the few words they cue.

use rustc_hash::FxHashSet as HashSet;

use super::outlets::noun_follows;
use super::{is_known_place, phrase_at, ByLower};
use crate::names::clusters::Clusters;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::outlet_cues::{self, Class as Cue};
use crate::resources::lists::lexicon::months;
use crate::segment::Structure;
use crate::text::words;

/// Most words of a cue that ends right before the name ("interviewed by").
const MAX_CUE_WORDS: usize = 3;

pub fn interviews(
    text: &str,
    structure: &Structure,
    gazetteer: &Gazetteer,
    clusters: &Clusters,
    names: &mut Vec<Name>,
) {
    let tokens = &structure.tokens;
    let word = |i: usize| &text[tokens[i].span.range()];
    let capitalised = |i: usize| {
        let w = word(i);
        crate::text::is_capitalised(w) && w.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    // Words of people's names and of longer names: never an outlet.
    let mut taken: HashSet<&str> = HashSet::default();
    let mut named = vec![false; tokens.len()];
    for name in names.iter() {
        if name.label == "PERSON" || name.tokens.len() >= 2 {
            taken.extend(name.tokens.clone().map(word));
        }
        for i in name.tokens.clone() {
            named[i] = true;
        }
    }
    // A word the tagger has no capitalised neighbour for; the word before
    // is not capitalised there, so no allocation to read it as an article.
    let lone = |i: usize| {
        capitalised(i)
            && !(i > 0 && (capitalised(i - 1) || words::is_article(word(i - 1))))
            && !tokens.get(i + 1).is_some_and(|_| capitalised(i + 1))
    };
    // Whether a cue may open at `j`: a cue's first word as written, or a
    // capitalised word ("According to"); a hash lookup, so that
    // `phrase_at`, which lower-cases, runs only where a cue may be.
    let may_open = |j: usize| {
        tokens.get(j).is_some_and(|_| {
            let w = word(j);
            crate::text::is_capitalised(w) || !outlet_cues::starting(w).is_empty()
        })
    };
    // The cued words, and how many times a cue speaks of each.
    let mut cued: Vec<&str> = Vec::new();
    let mut times: Vec<usize> = Vec::new();
    for i in 0..tokens.len() {
        let w = word(i);
        if !lone(i) || taken.contains(w) {
            continue;
        }
        let subject = may_open(i + 1)
            && phrase_at(text, tokens, i + 1, outlet_cues::starting, |p| {
                p.class == Cue::Subject
            });
        let object = !subject
            && (1..=MAX_CUE_WORDS).any(|k| {
                i >= k
                    && may_open(i - k)
                    && phrase_at(text, tokens, i - k, outlet_cues::starting, |p| {
                        matches!(p.class, Cue::Listener | Cue::Before) && p.word_count() == k
                    })
            });
        if !(subject || object) {
            continue;
        }
        // Known words of other kinds: given names, titles, places,
        // nationalities and parties ("told Maria", "according to
        // Republicans"), and their plurals ("speaking to Iowans", "-ans");
        // months ("according to July's poll"); a word before a noun it
        // modifies ("according to Jewish law"); and a word glued to
        // what follows ("according to Factcheck.org").
        let known = |w: &str| {
            let kinds = gazetteer.kinds(w);
            !(kinds.is_empty() || kinds.has(Kind::Org) || kinds.has(Kind::Agency))
        };
        let glued = tokens.get(i + 1).is_some_and(|t| {
            t.span.start == tokens[i].span.end
                && tokens.get(i + 2).is_some_and(|u| {
                    u.span.start == t.span.end && word(i + 2).chars().all(char::is_alphanumeric)
                })
        });
        if known(w)
            || w.strip_suffix('s').is_some_and(known)
            || w.ends_with("ans")
            || months::get(w).is_some()
            || is_known_place(text, &tokens[i..i + 1], gazetteer)
            || words::is_function_word(&w.to_lowercase())
            || (object && noun_follows(text, tokens, i + 1))
            || glued
        {
            continue;
        }
        match cued.iter().position(|c| *c == w) {
            Some(k) => times[k] += 1,
            None => {
                cued.push(w);
                times.push(1);
            }
        }
    }
    if cued.is_empty() {
        return;
    }
    // Each cued word's evidence: written capitalised inside a sentence,
    // written in lower case.
    let mut inside = vec![false; cued.len()];
    let mut lower = vec![false; cued.len()];
    // The cued words by their lower case, so that each word of the text
    // is looked up once rather than compared with every cued word.
    let mut by_lower = ByLower::new(cued.iter().copied());
    for sentence in &structure.sentences {
        for i in sentence.tokens.clone() {
            let w = word(i);
            if !w.chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            for &k in by_lower.get(w) {
                let c = cued[k];
                if w == c {
                    let after_opening = i > sentence.tokens.start
                        && !matches!(
                            word(i - 1),
                            ":" | "\"" | "“" | "'" | "‘" | "(" | "[" | "—" | "-"
                        );
                    inside[k] |= after_opening;
                } else if w.eq_ignore_ascii_case(c) {
                    lower[k] = true;
                }
            }
        }
    }
    // A word the clusters hold in neither case is one English lacks, no
    // common noun that merely opens a sentence; one allocation per cued
    // word, of which an article has few.
    let coined = |c: &str| clusters.get(c).is_none() && clusters.get(&c.to_lowercase()).is_none();
    let outlets: HashSet<&str> = cued
        .iter()
        .enumerate()
        .filter(|&(k, c)| (inside[k] || times[k] >= 2 || coined(c)) && !lower[k])
        .map(|(_, c)| *c)
        .collect();
    if outlets.is_empty() {
        return;
    }
    for name in names.iter_mut() {
        if name.tokens.len() == 1 && outlets.contains(word(name.tokens.start)) {
            name.label = "ORG";
        }
    }
    for (i, &in_name) in named.iter().enumerate() {
        if !in_name && outlets.contains(word(i)) {
            names.push(Name {
                tokens: i..i + 1,
                label: "ORG",
            });
        }
    }
    crate::names::sort_by_start(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn what_interviews_or_is_told_is_an_outlet() {
        let text = "Newsbeat interviews a magician. The magician told Newsbeat he was 61. \
                    Police interviewed him. Mr. Jones told Bos he would stay, said Nick Bos. \
                    He told Maria and spoke to Moscow, according to Republicans and Jewish law, Factcheck.org and Iowans. Kestrel interviewed him. The police were there. \
                    Zephyr interviews a poet. Zephyr spoke with her.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Jones", "PERSON"),
                ("Nick Bos", "PERSON"),
                ("Maria", "PERSON"),
                ("Moscow", "LOC"),
            ],
        );
        // The second "Newsbeat", typed a place.
        let at = s
            .tokens
            .iter()
            .rposition(|t| &text[t.span.range()] == "Newsbeat")
            .unwrap();
        names.push(Name {
            tokens: at..at + 1,
            label: "LOC",
        });
        interviews(
            text,
            &s,
            &Gazetteer::embedded(),
            &Clusters::embedded(),
            &mut names,
        );
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Newsbeat".into(), "ORG"),
                ("Newsbeat".into(), "ORG"),
                ("Jones".into(), "PERSON"),
                ("Nick Bos".into(), "PERSON"),
                ("Maria".into(), "PERSON"),
                ("Moscow".into(), "LOC"),
                ("Zephyr".into(), "ORG"),
                ("Zephyr".into(), "ORG"),
            ]
        );
    }

    #[test]
    fn a_coined_word_that_opens_a_sentence_interviews() {
        // Each article's only cue comes after its first word: a coined
        // word is an outlet there, a common noun or a word English has
        // in either case is not.
        let run = |text: &str| {
            let s = segment(text);
            let mut names = Vec::new();
            interviews(
                text,
                &s,
                &Gazetteer::embedded(),
                &Clusters::embedded(),
                &mut names,
            );
            names_of(text, &s, &names)
        };
        assert_eq!(
            run("Quillpost interviewed the mayor on May 18. She spoke of roads."),
            [("Quillpost".into(), "ORG")]
        );
        assert_eq!(
            run("Zorbnet spoke with the author. He was kind."),
            [("Zorbnet".into(), "ORG")]
        );
        for text in [
            "Police interviewed him on Tuesday. He left.",
            "Investigators interviewed the pilot. He left.",
            "Researchers spoke with the author. He left.",
            "Doctors interviewed her twice. She left.",
            "Officials spoke to the press. They left.",
            // A coined word the article writes in lower case is a word.
            "Quillpost interviewed the mayor. A quillpost is a pen.",
        ] {
            assert_eq!(run(text), [], "{text}");
        }
    }
}
