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
//!   inside a sentence at least once, or twice beside a cue; or it is a
//!   word the tagger's word clusters know in neither case and a verb of
//!   class `interviewer` follows it ("interviewed", "interviews") before
//!   an object (a determiner, an object pronoun or a capitalised word),
//!   with no he or she that refers back to it, opening the next sentence
//!   or a clause of its own. A sentence's first word that English has
//!   ("Police interviewed him", "Officials told") is no name; a coined one
//!   that interviews ("Wikinews interviewed him on May 18") is. One that
//!   speaks, talks or is told is not ("Tshisekedi spoke with reporters",
//!   "Sunak talked to farmers. He promised ..."): a politician's surname
//!   is as unknown to the clusters as a site's name; nor is a noun
//!   "interviews" ("Timbuktu interviews are rare"), nor one a "He" takes
//!   up ("Zorbnet interviewed the mayor. He ...").
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
use crate::resources::lists::people::pronouns as people_pronouns;
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
    // Whether a cue of class `interviewer` ever follows the word as a
    // verb: an object after it, and no he or she after it that refers
    // back to the word as a person.
    let mut verb: Vec<bool> = Vec::new();
    let interviewer_cue = |i: usize| {
        let object = |j: usize| {
            tokens.get(j).is_some_and(|_| {
                let w = word(j);
                let lower = w.to_lowercase();
                crate::text::is_capitalised(w)
                    || words::is_determiner(&lower)
                    || words::is_quantifier(&lower)
                    || words::is_object_pronoun(&lower)
            })
        };
        phrase_at(text, tokens, i + 1, outlet_cues::starting, |p| {
            p.class == Cue::Interviewer && object(i + 1 + p.word_count())
        }) && !refers_back(text, structure, i)
    };
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
        let by_verb = subject && interviewer_cue(i);
        match cued.iter().position(|c| *c == w) {
            Some(k) => {
                times[k] += 1;
                verb[k] |= by_verb;
            }
            None => {
                cued.push(w);
                times.push(1);
                verb.push(by_verb);
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
        .filter(|&(k, c)| (inside[k] || times[k] >= 2 || (verb[k] && coined(c))) && !lower[k])
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

/// Whether a he or she refers back to the word at `at` as a person: the
/// next sentence opens with a pronoun of one person ("He", "Her"), or a
/// clause of its own sentence after the word does ("..., and she said").
fn refers_back(text: &str, structure: &Structure, at: usize) -> bool {
    let tokens = &structure.tokens;
    let sentences = &structure.sentences;
    let personal =
        |i: usize| people_pronouns::get(&text[tokens[i].span.range()].to_lowercase()).is_some();
    let k = sentences.partition_point(|s| s.tokens.start <= at);
    let Some(own) = k.checked_sub(1).map(|k| &sentences[k]) else {
        return false;
    };
    let clause = (at + 1..own.tokens.end).any(|i| {
        let before = &text[tokens[i - 1].span.range()];
        (matches!(before, "," | ";") || words::is_coordinator(before))
            && words::is_subject_pronoun(&text[tokens[i].span.range()].to_lowercase())
            && personal(i)
    });
    let next = sentences.get(k).is_some_and(|s| {
        s.tokens
            .clone()
            .find(|&i| {
                text[tokens[i].span.range()]
                    .chars()
                    .any(char::is_alphanumeric)
            })
            .is_some_and(personal)
    });
    clause || next
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
        // word that interviews someone is an outlet there; a common noun,
        // a word English has in either case, a word that speaks, talks
        // or tells, and one a "he" or "she" takes up are not.
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
        for text in [
            "Quillpost interviewed the mayor on May 18. The mayor spoke of roads.",
            "Quillpost interviews Anna Vell about the strike. The talk ran long.",
            "Quillpost interviewed him for an hour. The tape is online.",
            "Quillpost interviews several experts. They disagree.",
        ] {
            assert_eq!(run(text), [("Quillpost".into(), "ORG")], "{text}");
        }
        for text in [
            "Police interviewed him on Tuesday. He left.",
            "Investigators interviewed the pilot. The pilot left.",
            "Doctors interviewed her twice. She left.",
            "Officials spoke to the press. They left.",
            // Speaking, talking and telling are what people do.
            "Zorbnet spoke with the author. The book is long.",
            "Zorbnet spoke with reporters on Monday. He said the talks were useful.",
            "Tshisekedi spoke with reporters on Monday. The talks were useful.",
            "Zorbnet talked to farmers. He promised more aid.",
            "Zorbnet told the crowd to wait. It did.",
            // A noun, not a verb: no object after it.
            "Zorbnet interviews are rare. Few agree to them.",
            "Zorbnet interviewed in Paris last year. The tape is lost.",
            // A he or she that takes the word up as a person.
            "Zorbnet interviewed the minister on Monday. He said the talks were useful.",
            "Zorbnet interviewed the minister on Monday. His aides were there.",
            "Zorbnet interviewed the candidates, and she said they were weak.",
            // A coined word the article writes in lower case is a word.
            "Quillpost interviewed the mayor. A quillpost is a pen.",
        ] {
            assert_eq!(run(text), [], "{text}");
        }
    }
}
