//! `names.company_mentions`: a company the sentence speaks of as one is an
//! ORG, even where the tagger, trained on 1996 wire copy, left it out or
//! made it a person or a place. The evidence is in the sentence:
//!
//! - a cue of `data/gazetteers/org_cues.txt` before or after it ("shares
//!   of X", "analysts at X", "X's chief executive");
//! - an apposition whose head is a company noun ("X, its Swedish
//!   competitor,", "X, the British engine maker,", "X, a research firm,":
//!   `data/gazetteers/company_nouns.txt`);
//! - a reporting verb (`data/quotes/cues.txt`) followed within a few words
//!   by "it" or "its" ("X said on Monday it would", "X reported its first
//!   fall"): a person would be "he" or "she";
//! - a verb followed within a few words by what a company reports, cuts
//!   or sells ("X cut 1,700 jobs", "X reported a loss", "X will cut
//!   jobs", "X plans to cut jobs":
//!   `data/gazetteers/company_results.txt`);
//! - "shares" or "stock" and a market verb after it ("X shares fell 3%",
//!   verbs of `data/gazetteers/index_cues.txt`), for words the tagger
//!   left out only where the tagger's word clusters know none of them, as
//!   written or in lower case: a sector's word ("Tech shares fell", "Bank
//!   shares rose") is common English, an unknown word is a name, but not
//!   one that opens a sentence, a dateline or a quotation unless the
//!   article writes it again where nothing opens (sectors the clusters
//!   lack: "Biotech shares fell"); a word of a person's full name in the
//!   article stays the person's ("Donald Trump ... Trump shares fell");
//! - for a word the tagger left out where a sentence opens, the subject
//!   of the verb after it: "its" right after that verb ("SpaceX launched
//!   its", "X is cutting back its"), for a word the clusters do not know
//!   (and that does not end like a common noun) or know on a company path
//!   (`data/clusters/company_paths.txt`); for a word on a company path,
//!   also ", the company said" ending the sentence or "The <company
//!   noun>" opening the next one ("Microsoft will release it in June, the
//!   company said");
//! - "and" or "or" joining it to a company: an ORG that a corporate
//!   suffix or a cue calls one in some mention ("X and Lufthansa AG"),
//!   or a candidate this pass found; not any ORG, as people are joined
//!   to institutions ("Obama and Congress"), and never a candidate that
//!   may be a person (a word of a person's name in the article, a given
//!   name and a surname);
//! - what follows two names joined by "and" is said of both ("X and Y
//!   reported higher sales", "X and Y, the German discounters,", "X and
//!   Y also said they"), for a one-word name the tagger made a person
//!   too when the pair reports results.
//!
//! The last three only count for words the tagger left out, and "and"
//! also for a place it typed after "<ORG> and": a person's name is as
//! often before "said it" ("Rosati said it had changed") and beside an ORG
//! ("Williams and Gerhard Berger", on CoNLL-2003 eng.train), and a place
//! before "and" beside an institution ("the parish schools of Cruden and
//! Ellon", on GUM).
//!
//! A name the tagger made MISC (not a nationality) counts only by a
//! company's own evidence: a cue before it, one after it that opens with
//! "'s", or results it reports ("X posted higher profits"). "Yugoslav
//! news agency" and "Taleban said its" are a nationality's and a group's.
//!
//! What it finds holds for the whole article, and for the joins above: every mention with the same
//! words becomes an ORG, and so does every capitalised run of those words
//! that the tagger left out, in a heading too. A candidate is a name the
//! tagger made a person or a place (not one the gazetteer knows as a place
//! or a nationality, nor a person whose first word is a given name), or a
//! run of up to four capitalised words the tagger left out (with the web
//! domain glued to its last word, "GunBroker.com"), outside
//! headings (whose words are capitalised for the heading's sake), none of
//! them a word the
//! article also writes in lower case ("Analysts said it"), a function
//! word or a sentence opener, a title, a month or weekday, a place or a
//! nationality the gazetteer knows, or the head of an unnamed source
//! (`data/quotes/anonymous.txt`).
//!
//! Linear: one pass over the tokens for the runs, one over the names and
//! runs for the evidence, one for the mentions.

use rustc_hash::{FxHashMap, FxHashSet as HashSet};

use super::web_addresses::address_end;
use super::{is_known_place, phrase_at};
use crate::names::clusters::Clusters;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::{token_text, Name};
use crate::resources::lists::clusters::company_paths;
use crate::resources::lists::gazetteers::company_nouns::{self, Value as Head};
use crate::resources::lists::gazetteers::org_cues::{self, Class as Cue};
use crate::resources::lists::gazetteers::{
    company_results, corporate_suffixes, facility_heads, index_cues, org_heads,
};
use crate::resources::lists::lexicon::{months, noun_endings, sentence_openers, weekdays};
use crate::resources::lists::people::role_modifiers;
use crate::resources::lists::quotes::{anonymous, auxiliaries, cues};
use crate::segment::{AbbrevClass, BlockKind, Structure, Token, TokenKind};
use crate::text::words;

/// Most words in a run the tagger left out that can be a company.
const MAX_RUN: usize = 4;

/// Most words between a reporting verb and the "it" that refers back.
const IT_WINDOW: usize = 4;

/// Most modifiers between an apposition's determiner and its head noun.
const MAX_MODIFIERS: usize = 3;

/// A run of capitalised words the tagger left out.
struct Run {
    tokens: std::ops::Range<usize>,
    /// Whether it is in a heading, where words are capitalised for the
    /// heading's sake: such a run gets the type of its other mentions but
    /// is no evidence.
    in_heading: bool,
}

/// A name or a run of capitalised words that can be a company.
struct Candidate {
    tokens: std::ops::Range<usize>,
    /// The index of the tagger's name, or `None` for a run it left out.
    name: Option<usize>,
}

pub fn company_mentions(
    text: &str,
    structure: &Structure,
    gazetteer: &Gazetteer,
    clusters: &Clusters,
    lower_words: &HashSet<&str>,
    names: &mut Vec<Name>,
) {
    let tokens = &structure.tokens;
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    // A word of a person's name in the article is as likely that person
    // where the tagger left it out ("Lee said it … Lee Hsien Loong"): the
    // weak evidence below does not count for it.
    let person_words: HashSet<&str> = names
        .iter()
        .filter(|n| n.label == "PERSON")
        .flat_map(|n| n.tokens.clone())
        .map(word)
        .collect();
    let full_name_words: HashSet<&str> = names
        .iter()
        .filter(|n| n.label == "PERSON" && n.tokens.len() >= 2)
        .flat_map(|n| n.tokens.clone())
        .map(word)
        .collect();
    // Where the tagger's people of two or more words start: a leader's
    // role between a name and one ("Amazon founder Jeff Bezos") calls the
    // name a company.
    let full_name_at: HashSet<usize> = names
        .iter()
        .filter(|n| n.label == "PERSON" && n.tokens.len() >= 2)
        .map(|n| n.tokens.start)
        .collect();
    let name_ends: HashSet<usize> = names.iter().map(|n| n.tokens.end).collect();
    let runs = left_out_runs(text, structure, gazetteer, names, lower_words);
    let mut candidates: Vec<Candidate> = names
        .iter()
        .enumerate()
        .filter(|(_, n)| is_candidate_name(text, tokens, gazetteer, n))
        .map(|(idx, n)| Candidate {
            tokens: n.tokens.clone(),
            name: Some(idx),
        })
        .chain(runs.iter().filter(|r| !r.in_heading).map(|r| Candidate {
            tokens: r.tokens.clone(),
            name: None,
        }))
        .collect();
    crate::sort::sort_by_key(&mut candidates, |c| c.tokens.start);
    // An unknown word that opens a phrase, after no word or a mark other
    // than a comma (a sentence, a dateline's dash, a quotation mark:
    // "Biotech shares fell", "LONDON - Fintech shares slid"), is as often
    // a sector the clusters lack as a company, unless the article also
    // writes it where no phrase opens.
    let opens =
        |at: usize| at == 0 || !(tokens[at - 1].kind == TokenKind::Word || word(at - 1) == ",");
    let written_inside: HashSet<&str> = candidates
        .iter()
        .filter(|c| !opens(c.tokens.start))
        .map(|c| token_text(text, tokens, c.tokens.clone()))
        .collect();
    // A name before "said it" is as often a person ("Rosati said it had
    // changed"): that and a company's results only count for the words the
    // tagger left out.
    // The names and runs the article writes more than once.
    let mut seen: HashSet<&str> = HashSet::default();
    let written_twice: HashSet<&str> = candidates
        .iter()
        .map(|c| token_text(text, tokens, c.tokens.clone()))
        .filter(|t| !seen.insert(t))
        .collect();
    // The sentence each sentence's first word opens.
    let sentence_at: FxHashMap<usize, usize> = structure
        .sentences
        .iter()
        .enumerate()
        .filter_map(|(s, sentence)| {
            sentence
                .tokens
                .clone()
                .find(|&i| tokens[i].kind == TokenKind::Word)
                .map(|i| (i, s))
        })
        .collect();
    let mut is_org: Vec<bool> = candidates
        .iter()
        .map(|c| {
            let misc = c.name.is_some_and(|idx| names[idx].label == "MISC");
            if misc {
                // A MISC is as often an adjective ("Yugoslav news agency")
                // or a group ("Taleban said its"): only a company's own
                // evidence counts for it.
                return has_company_cue(text, tokens, gazetteer, c.tokens.clone())
                    || reports_results(text, tokens, c.tokens.end);
            }
            has_cue(text, tokens, gazetteer, c.tokens.clone())
                || (leads_company(
                    text,
                    tokens,
                    c.tokens.end,
                    c.name.is_some_and(|idx| names[idx].label == "PERSON"),
                    &full_name_at,
                )
                    && !c.tokens.clone().any(|i| {
                        full_name_words.contains(word(i))
                            || role_modifiers::contains(&word(i).to_lowercase())
                    })
                    // Of the runs the tagger left out: one the article
                    // writes once, with words the clusters know, is as
                    // often a title's word ("Group CEO John Smith"); one
                    // that opens a phrase is as often a word capitalised
                    // there
                    // ("Company founder Mary Jones", "~ Controversial
                    // owner Chris Hughes"), and counts only if the
                    // article writes it again where nothing opens; one
                    // right after a name ends it ("Perry Capital CEO
                    // Richard Perry"); one that opens the role is part of
                    // it ("Executive Chairman Stephen Bannon"). A word
                    // the clusters do not hold is no English word
                    // capitalised where the sentence opens: "Alibaba
                    // founder Jack Ma will step down" counts.
                    && (c.name.is_some()
                        || ((written_twice
                            .contains(token_text(text, tokens, c.tokens.clone()))
                            || unknown_words(text, tokens, clusters, c.tokens.clone()))
                            && (!opens(c.tokens.start)
                            || written_inside.contains(token_text(text, tokens, c.tokens.clone()))
                            || unknown_words(text, tokens, clusters, c.tokens.clone()))
                            && !name_ends.contains(&c.tokens.start)
                            && !c.tokens.clone().any(|i| leader_at(text, tokens, i)))))
                || (stock_moved(text, tokens, c.tokens.end)
                    && (c.name.is_some()
                        || (unknown_words(text, tokens, clusters, c.tokens.clone())
                            && (!opens(c.tokens.start)
                                || written_inside
                                    .contains(token_text(text, tokens, c.tokens.clone())))))
                    // A word of a person's full name in the article is
                    // that person ("Donald Trump ... Trump shares fell"):
                    // the shares do not retype it.
                    && !c.tokens.clone().any(|i| full_name_words.contains(word(i))))
                || (c.name.is_none()
                    && !c.tokens.clone().any(|i| person_words.contains(word(i)))
                    && (said_it(text, tokens, c.tokens.end, false)
                        || reports_results(text, tokens, c.tokens.end)))
                || (c.name.is_none()
                    && !c.tokens.clone().any(|i| person_words.contains(word(i)))
                    && sentence_at.get(&c.tokens.start).is_some_and(|&s| {
                        let known = known_as(text, tokens, clusters, c.tokens.clone());
                        subject_evidence(text, structure, s, c.tokens.end, known)
                    }))
        })
        .collect();
    // "X and Y said they", "X and Y, the German discounters,", "X and Y
    // reported a loss": what follows the pair is said of both.
    let name_end_at: FxHashMap<usize, usize> = names
        .iter()
        .map(|n| (n.tokens.start, n.tokens.end))
        .chain(candidates.iter().map(|c| (c.tokens.start, c.tokens.end)))
        .collect();
    let name_start_at: FxHashMap<usize, usize> =
        name_end_at.iter().map(|(&s, &e)| (e, s)).collect();
    // Where the tagger's people start (true) and end (false, the token
    // after them).
    let person_bounds: rustc_hash::FxHashSet<(usize, bool)> = names
        .iter()
        .filter(|n| n.label == "PERSON")
        .flat_map(|n| [(n.tokens.start, true), (n.tokens.end, false)])
        .collect();
    for (c, org) in candidates.iter().zip(is_org.iter_mut()) {
        let (start, end) = (c.tokens.start, c.tokens.end);
        let joined = |i: usize| {
            tokens
                .get(i)
                .is_some_and(|t| words::is_coordinator(&text[t.span.range()]))
        };
        // The end of the pair: the other name's end if this one is first,
        // this one's if it is second.
        let pair_end = if joined(end) {
            name_end_at.get(&(end + 1)).copied()
        } else if start >= 2 && joined(start - 1) && name_start_at.contains_key(&(start - 1)) {
            Some(end)
        } else {
            None
        };
        let Some(at) = pair_end else { continue };
        // "Obama and Biden said they": beside a person the tagger saw,
        // the pair is two people as often as two companies.
        let beside_person = if joined(end) {
            person_bounds.contains(&(end + 1, true))
        } else {
            person_bounds.contains(&(start - 1, false))
        };
        let left_out =
            c.name.is_none() && !c.tokens.clone().any(|i| person_words.contains(word(i)));
        // "X and Y both lowered", "X and Y also said they".
        let verb = if words::is_quantifier(word(at)) || auxiliaries::contains(word(at)) {
            at + 1
        } else {
            at
        };
        // A one-word name the tagger made a person, and that is no word of
        // a person named in full, is a company when the pair reports
        // results ("X and Y reported higher sales"); "said they" is as
        // often two people's.
        let lone = c.name.is_some()
            && c.tokens.len() == 1
            && !full_name_words.contains(word(c.tokens.start));
        *org |= apposition(text, tokens, at, true)
            || ((left_out || lone) && reports_results(text, tokens, verb))
            || (left_out && !beside_person && said_it(text, tokens, verb, true));
    }
    // "X and Y": a company on one side makes the candidate on the other
    // one. Of the tagger's ORGs only one the sentence calls a company
    // counts (a corporate suffix, a cue): people are as often joined to
    // institutions ("Obama and Congress", "the mayor and Parliament"), and
    // a facility the tagger typed ORG ("Dublin Airport and Schiphol") is a
    // place that names.facilities makes LOC later.
    // What one mention says holds for the others ("Shares of X rose …
    // X and Y").
    let company_texts: HashSet<&str> = names
        .iter()
        .filter(|n| {
            let last = word(n.tokens.end - 1);
            n.label == "ORG"
                && (corporate_suffixes::contains(last)
                    || corporate_suffixes::contains(word(n.tokens.end))
                    || has_cue(text, tokens, gazetteer, n.tokens.clone()))
        })
        .map(|n| token_text(text, tokens, n.tokens.clone()))
        .collect();
    let is_org_name = |n: &&Name| {
        n.label == "ORG"
            && facility_heads::get(word(n.tokens.end - 1))
                .is_none_or(|h| h == facility_heads::Value::Site)
            && company_texts.contains(token_text(text, tokens, n.tokens.clone()))
    };
    // A candidate that may be a person is joined to nothing: a word of a
    // person's name in the article, or a given name and a surname
    // ("Barack Obama and Kraft").
    let may_be_person = |range: std::ops::Range<usize>| {
        range.clone().any(|i| person_words.contains(word(i)))
            || (range.len() >= 2 && gazetteer.kinds(word(range.start)).has(Kind::FirstName))
    };
    let org_at_start: HashSet<usize> = names
        .iter()
        .filter(is_org_name)
        .map(|n| n.tokens.start)
        .collect();
    let org_at_end: HashSet<usize> = names
        .iter()
        .filter(is_org_name)
        .map(|n| n.tokens.end)
        .collect();
    let joiner = |i: usize| words::is_coordinator(&word(i).to_lowercase());
    // "the X and Y" is one name more often than two ("the National
    // Aeronautics and Space Administration"), and so is "for X and Y"
    // ("Secretary of State for Foreign and Commonwealth Affairs"): words
    // before "and" count only where they open a sentence or a clause
    // ("X and Lufthansa said").
    let after_the = |start: usize| start > 0 && words::is_article(&word(start - 1).to_lowercase());
    let opens: HashSet<usize> = structure.sentences.iter().map(|s| s.tokens.start).collect();
    let opens_clause = |start: usize| {
        let before = start.checked_sub(1).map_or("", word);
        let lower = before.to_lowercase();
        opens.contains(&start)
            || matches!(before, "," | ";" | ":")
            || words::is_subordinator(&lower)
            || words::is_coordinator(&lower)
    };
    let names_after_the: HashSet<usize> = names
        .iter()
        .filter(|n| after_the(n.tokens.start))
        .map(|n| n.tokens.end)
        .collect();
    // What a sentence said of one mention holds for the others before
    // they are joined: "Google posted higher profits … Google and Wal-Mart
    // announced".
    let evidenced: HashSet<&str> = candidates
        .iter()
        .zip(&is_org)
        .filter(|(_, &o)| o)
        .map(|(c, _)| token_text(text, tokens, c.tokens.clone()))
        .collect();
    for (c, org) in candidates.iter().zip(is_org.iter_mut()) {
        *org |= evidenced.contains(token_text(text, tokens, c.tokens.clone()));
    }
    // Twice, so that an ORG found by joining passes on along "X and Y".
    for _ in 0..2 {
        let orgs_start: HashSet<usize> = candidates
            .iter()
            .zip(&is_org)
            .filter(|(_, &o)| o)
            .map(|(c, _)| c.tokens.start)
            .chain(org_at_start.iter().copied())
            .collect();
        let orgs_end: HashSet<usize> = candidates
            .iter()
            .zip(&is_org)
            .filter(|(_, &o)| o)
            .map(|(c, _)| c.tokens.end)
            .chain(org_at_end.iter().copied())
            .collect();
        for (c, org) in candidates.iter().zip(is_org.iter_mut()) {
            // Of the tagger's names, only a place after "<ORG> and" counts
            // ("British Petrolem and Caltex"): one before "and" is as often
            // a place beside an institution.
            let place = c.name.is_some_and(|idx| names[idx].label == "LOC");
            if (c.name.is_some() && !place) || may_be_person(c.tokens.clone()) {
                continue;
            }
            let (start, end) = (c.tokens.start, c.tokens.end);
            let after =
                !place && joiner(end) && orgs_start.contains(&(end + 1)) && opens_clause(start);
            let before = start >= 2
                && joiner(start - 1)
                && orgs_end.contains(&(start - 1))
                && !names_after_the.contains(&(start - 1));
            *org |= after || before;
        }
    }
    // What a sentence said of one mention holds for the article.
    let org_texts: HashSet<&str> = candidates
        .iter()
        .zip(&is_org)
        .filter(|(_, &o)| o)
        .map(|(c, _)| token_text(text, tokens, c.tokens.clone()))
        .collect();
    for name in names.iter_mut() {
        if org_texts.contains(token_text(text, tokens, name.tokens.clone())) {
            name.label = "ORG";
        }
    }
    let n_before = names.len();
    for run in &runs {
        if org_texts.contains(token_text(text, tokens, run.tokens.clone())) {
            names.push(Name {
                tokens: run.tokens.clone(),
                label: "ORG",
            });
        }
    }
    if names.len() > n_before {
        crate::names::sort_by_start(names);
    }
}

/// Whether the tagger's name can be a company it mistyped: a person or a
/// place of up to four words that the gazetteer knows neither as a place
/// nor, for a person of two or more words, by its given name.
fn is_candidate_name(text: &str, tokens: &[Token], gazetteer: &Gazetteer, name: &Name) -> bool {
    let range = name.tokens.clone();
    let given = range.len() >= 2
        && gazetteer
            .kinds(&text[tokens[range.start].span.range()])
            .has(Kind::FirstName);
    let misc = name.label == "MISC"
        && !range.clone().any(|i| {
            gazetteer
                .kinds(&text[tokens[i].span.range()])
                .has(Kind::Demonym)
        });
    (matches!(name.label, "PERSON" | "LOC") || misc)
        && range.len() <= MAX_RUN
        && !given
        && !is_known_place(text, &tokens[range], gazetteer)
}

/// The runs of capitalised words outside the names that can be a company:
/// each word capitalised, none a function word, a sentence opener, a
/// title, a month, a weekday, a place or nationality, the head of an
/// unnamed source or a word the article also writes in lower case, and
/// the first no corporate suffix; each marked whether it is in a heading.
fn left_out_runs(
    text: &str,
    structure: &Structure,
    gazetteer: &Gazetteer,
    names: &[Name],
    lower_words: &HashSet<&str>,
) -> Vec<Run> {
    let tokens = &structure.tokens;
    let mut covered = vec![false; tokens.len()];
    for name in names {
        for flag in &mut covered[name.tokens.clone()] {
            *flag = true;
        }
    }
    // What token `i`'s text decides: the same for every token of that
    // text, so found once per distinct word.
    let word_can_be_company = |i: usize| {
        let w = &text[tokens[i].span.range()];
        let one = &tokens[i..i + 1];
        let lower = w.to_lowercase();
        // "Spanish-English" is an adjective of nationalities.
        let first_part = w.split('-').next().unwrap_or(w);
        !gazetteer.kinds(first_part).has(Kind::Demonym)
            && !is_known_place(text, one, gazetteer)
            && !words::is_function_word(&lower)
            && months::get(w).is_none()
            && weekdays::get(w).is_none()
            && !anonymous::contains(&lower)
            && !sentence_openers::contains(w)
            && !gazetteer.whole(text, one, false).has(Kind::Title)
            && !gazetteer.whole_title(text, one).has(Kind::Title)
            && !lower_words.contains(lower.as_str())
    };
    let mut by_word: rustc_hash::FxHashMap<&str, bool> = Default::default();
    let can_be_company: Vec<bool> = (0..tokens.len())
        .map(|i| {
            let w = &text[tokens[i].span.range()];
            // The cheap tests first: most words are covered or lower case.
            !covered[i]
                && crate::text::is_capitalised(w)
                && !matches!(tokens[i].kind, TokenKind::Abbreviation(AbbrevClass::Title))
                && *by_word.entry(w).or_insert_with(|| word_can_be_company(i))
        })
        .collect();
    let can_be_company = |i: usize| can_be_company[i];
    let mut runs = Vec::new();
    for sentence in &structure.sentences {
        let in_heading = structure.paragraphs[sentence.paragraph].kind == BlockKind::Heading;
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            if !can_be_company(i) {
                i += 1;
                continue;
            }
            let start = i;
            // A leader's role ends the run: "Apple CEO Tim Cook" is the
            // run "Apple" before the role.
            while i < sentence.tokens.end
                && can_be_company(i)
                && !(i > start && leader_at(text, tokens, i))
            {
                i += 1;
            }
            // A run beside "&" is part of a longer name ("Eli Lilly &
            // Co.").
            let amp = |j: usize| tokens.get(j).is_some_and(|t| &text[t.span.range()] == "&");
            // An abbreviation that ends the sentence ends it with its
            // period ("Acme Inc."), so where the run ends is unsure.
            let last_abbrev = matches!(tokens[i - 1].kind, TokenKind::Abbreviation(_))
                && i == sentence.tokens.end;
            let beside_amp = amp(i) || (start > 0 && amp(start - 1));
            // A corporate suffix opens no name ("Inc." opening a line).
            let suffix_first = corporate_suffixes::contains(&text[tokens[start].span.range()]);
            if i - start <= MAX_RUN && !beside_amp && !last_abbrev && !suffix_first {
                // "GunBroker.com": the address is the name.
                runs.push(Run {
                    tokens: start..address_end(text, tokens, i).unwrap_or(i),
                    in_heading,
                });
            }
        }
    }
    runs
}

/// Whether a company leader's role (class `leader` or `boss` of
/// `org_cues.txt`) starts at `at`.
fn leader_at(text: &str, tokens: &[Token], at: usize) -> bool {
    phrase_at(text, tokens, at, org_cues::starting, |p| {
        matches!(p.class, Cue::Leader | Cue::Boss)
    })
}

/// Whether a company leader's role (class `leader` of `org_cues.txt`,
/// after "'s" or not, or class `boss` without it and not after a name the
/// tagger typed a `person`) starts at `at` and a person's name of two or
/// more words (`full_name_at`: where they start) follows it at once:
/// "Amazon founder Jeff Bezos", "Apple's CEO Tim Cook", "Tesla boss Elon
/// Musk".
fn leads_company(
    text: &str,
    tokens: &[Token],
    at: usize,
    person: bool,
    full_name_at: &HashSet<usize>,
) -> bool {
    let possessive = tokens
        .get(at)
        .is_some_and(|t| &text[t.span.range()] == "'s");
    let at = if possessive { at + 1 } else { at };
    (1..=3).any(|k| {
        full_name_at.contains(&(at + k))
            && phrase_at(text, tokens, at, org_cues::starting, |p| {
                p.word_count() == k
                    && match p.class {
                        Cue::Leader => !(possessive && person),
                        Cue::Boss => !possessive && !person,
                        _ => false,
                    }
            })
    })
}

/// Whether "shares" or "stock" and a market verb start at `at` ("X shares
/// fell 3%", "X stock closed higher"): what a company's shares do. The
/// verb rules out "Smith shares his view".
fn stock_moved(text: &str, tokens: &[Token], at: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    matches!(word(at), "shares" | "stock") && index_cues::contains(word(at + 1))
}

/// Whether no word over `range` is one the tagger's word clusters hold, as
/// written or in lower case: "Velstrom shares fell" names a company, "Tech
/// shares fell" and "Bank shares rose" a sector, in words the clusters
/// know.
fn unknown_words(
    text: &str,
    tokens: &[Token],
    clusters: &Clusters,
    range: std::ops::Range<usize>,
) -> bool {
    range.clone().all(|i| {
        let w = &text[tokens[i].span.range()];
        clusters.get(w).is_none() && clusters.get(&w.to_lowercase()).is_none()
    })
}

/// How the tagger's word clusters know a run that opens a sentence.
#[derive(Clone, Copy, PartialEq)]
enum Known {
    /// Every word is on a path whose words are mostly companies
    /// (`data/clusters/company_paths.txt`: "Intel", "Barclays").
    CompanyPath,
    /// Some word is unknown, as written and in lower case, and none looks
    /// like a common noun ("Joblessness", "Wildfires"); the rest are on a
    /// company path.
    Unknown,
    /// Some word is known on another path ("Critics", "Officials",
    /// "Smith") or looks like a common noun.
    Other,
}

/// What the clusters say of the words over `range`. The clusters hold
/// only 2,000 lower-case words, so an unknown word is no name unless it
/// also does not end like a common noun (`data/lexicon/noun_endings.txt`:
/// a plural, "-ness", "-ity", "-tion").
fn known_as(
    text: &str,
    tokens: &[Token],
    clusters: &Clusters,
    range: std::ops::Range<usize>,
) -> Known {
    let mut known = Known::CompanyPath;
    for i in range {
        let w = &text[tokens[i].span.range()];
        match clusters.get(w) {
            Some(code) if company_paths::contains(&crate::names::clusters::path(code)) => {}
            Some(_) => return Known::Other,
            None if clusters.get(&w.to_lowercase()).is_some()
                || noun_endings::words().any(|e| w.ends_with(e)) =>
            {
                return Known::Other
            }
            None => known = Known::Unknown,
        }
    }
    known
}

/// Whether sentence `s`, opened by a name that ends at `end` and is the
/// subject of the verb after it, speaks of that name as a company: "its"
/// right after its verb, or after a particle or an adverb ("SpaceX
/// launched its", "X is cutting back its", "Ford plans to cut its"); and,
/// for a name on a company path of the clusters only (an unknown word is
/// as often a surname: "Kowalski resigned, the company said"), the
/// sentence ending in ", the company said" (a company noun of
/// `company_nouns.txt`, a reporting verb and at most four words) or the
/// next sentence of the paragraph opening with "The", up to three
/// lower-case or hyphened words and a company noun ("The state-controlled
/// company said").
fn subject_evidence(text: &str, structure: &Structure, s: usize, end: usize, known: Known) -> bool {
    let tokens = &structure.tokens;
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let company_noun = |i: usize| company_nouns::get(&word(i).to_lowercase()) == Some(Head::Any);
    let sentence = structure.sentences[s].tokens.clone();
    // The name is the subject of a verb: one in the past tense, a
    // reporting or market verb, a non-be auxiliary before a verb, a form
    // of "be" before an -ing form ("Mobil is cutting"), a verb with "to"
    // ("Ford plans to cut its"); not "is now at its", "Owing to its",
    // "Separately, ...".
    let lower = |i: usize| word(i).chars().all(char::is_lowercase) && !word(i).is_empty();
    let verb = word(end);
    let subject = lower(end)
        && ((verb.len() > 3 && verb.ends_with("ed"))
            || cues::contains(verb)
            || index_cues::contains(verb)
            || (auxiliaries::contains(verb) && !words::is_be(verb) && lower(end + 1))
            || (words::is_be(verb) && word(end + 1).ends_with("ing"))
            || (word(end + 1) == "to" && lower(end + 2)));
    if !subject || known == Known::Other {
        return false;
    }
    // The main verb: after an auxiliary or "be", and after "to".
    let mut main = end;
    if auxiliaries::contains(verb) || words::is_be(verb) {
        main += 1;
    }
    if word(main + 1) == "to" {
        main += 2;
    }
    let mut at = main + 1;
    if words::is_particle(word(at)) || word(at).ends_with("ly") {
        at += 1;
    }
    if at < sentence.end && word(at) == "its" {
        return true;
    }
    if known != Known::CompanyPath {
        return false;
    }
    // ", the company said." ending the sentence.
    let said_by_company = (sentence.start..sentence.end.saturating_sub(3)).any(|i| {
        word(i) == ","
            && word(i + 1).eq_ignore_ascii_case("the")
            && company_noun(i + 2)
            && cues::contains(word(i + 3))
            && sentence.end - (i + 4) <= 4
            && (i + 4..sentence.end).all(|k| word(k) != ",")
    });
    if said_by_company {
        return true;
    }
    let Some(next) = structure.sentences.get(s + 1) else {
        return false;
    };
    if structure.sentences[s].paragraph != next.paragraph {
        return false;
    }
    let open = next.tokens.start;
    word(open) == "The"
        && (open + 1..(open + 5).min(next.tokens.end)).any(|i| {
            company_noun(i)
                && (open + 1..i).all(|k| {
                    let w = word(k);
                    w.contains('-') || w.chars().all(char::is_lowercase)
                })
                && word(i + 1).chars().all(char::is_lowercase)
                && !word(i + 1).is_empty()
                && word(i + 1) != "of"
        })
}

/// Whether a cue that ends right before the name over `range` calls it a
/// company: one of class `before` ("drugmaker Eli Lilly"), or one of
/// class `occupation` before what is no person's full name ("broadcaster
/// Sky", not "broadcaster Terry Wogan"), or before a full name the
/// article speaks of as a company ("Broadcaster Anna Vell said it would
/// cut jobs").
pub(super) fn company_cue_before(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    range: std::ops::Range<usize>,
) -> bool {
    (1..=3).any(|k| {
        range.start >= k
            && phrase_at(text, tokens, range.start - k, org_cues::starting, |p| {
                p.word_count() == k
                    && match p.class {
                        Cue::Before => true,
                        Cue::Occupation => {
                            !full_name(text, tokens, gazetteer, range.clone())
                                || company_evidence(text, tokens, range.clone())
                        }
                        _ => false,
                    }
            })
    })
}

/// Whether the words over `range` are a person's full name: a given name
/// the gazetteer knows and one or more capitalised words, the last no
/// institution's head or corporate suffix ("Terry Wogan", not "Jim Beam
/// Brands" nor "Anna Bank"), the whole no organisation the gazetteer
/// knows.
pub(super) fn full_name(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    range: std::ops::Range<usize>,
) -> bool {
    let word = |i: usize| &text[tokens[i].span.range()];
    let last = word(range.end - 1);
    range.len() >= 2
        && range.clone().all(|i| crate::text::is_capitalised(word(i)))
        && gazetteer.kinds(word(range.start)).has(Kind::FirstName)
        && !(org_heads::contains(last) || corporate_suffixes::contains(last))
        && !{
            let kinds = gazetteer.whole(text, &tokens[range.clone()], false);
            kinds.has(Kind::Org) || kinds.has(Kind::Agency)
        }
}

/// Whether the article speaks of the words over `range` as a company in
/// some mention of them: a reporting verb and "it" or "its" after it
/// ("said it would", "said its"), "its" within a few words after it ("cut
/// its budget"), a cue of class `before` right before it ("shares of"),
/// or the next sentence opening with "The" and a company noun ("The
/// company", "The firm"). A person is "he" or "she" and no firm.
///
/// Walks the article once for each name it is asked about; only a full
/// name after an occupation cue is, of which an article has few.
pub(super) fn company_evidence(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let n = range.len();
    let first = word(range.start);
    let mut mentions = (0..tokens.len().saturating_sub(n - 1))
        .filter(|&i| word(i) == first && (1..n).all(|k| word(i + k) == word(range.start + k)));
    let its_after = |end: usize| {
        (end..end + IT_WINDOW)
            .map(word)
            .take_while(|w| !matches!(*w, "" | "." | ";" | "\""))
            .any(|w| w.eq_ignore_ascii_case("its"))
    };
    let cue_before = |start: usize| {
        (1..=3).any(|k| {
            start >= k
                && phrase_at(text, tokens, start - k, org_cues::starting, |p| {
                    p.class == Cue::Before && p.word_count() == k
                })
        })
    };
    let the_company_next = |end: usize| {
        let Some(stop) = (end..tokens.len()).find(|&i| matches!(word(i), "." | "!" | "?")) else {
            return false;
        };
        let Some(open) = (stop + 1..tokens.len()).find(|&i| tokens[i].kind != TokenKind::Punct)
        else {
            return false;
        };
        word(open) == "The" && company_nouns::get(&word(open + 1).to_lowercase()).is_some()
    };
    mentions.any(|i| {
        let end = i + n;
        said_it(text, tokens, end, false)
            || its_after(end)
            || cue_before(i)
            || the_company_next(end)
    })
}

/// Whether the words around the name over `range` call it a company: an
/// organisation cue or a company apposition.
fn has_cue(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    range: std::ops::Range<usize>,
) -> bool {
    let end = range.end;
    has_company_cue(text, tokens, gazetteer, range.clone())
        || phrase_at(text, tokens, end, org_cues::starting, |p| {
            p.class == Cue::After
        })
        || apposition(text, tokens, end, false)
}

/// Whether the words around the name over `range` call it a company in a
/// way no adjective takes: a cue before it ("shares of X") or one after it
/// that opens with "'s" ("X's chief executive"), not "X news agency",
/// which a nationality takes too ("the Yugoslav news agency").
fn has_company_cue(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    range: std::ops::Range<usize>,
) -> bool {
    let end = range.end;
    let before = company_cue_before(text, tokens, gazetteer, range);
    let after = tokens
        .get(end)
        .is_some_and(|t| &text[t.span.range()] == "'s")
        && phrase_at(text, tokens, end, org_cues::starting, |p| {
            p.class == Cue::After
        });
    before || after
}

/// Whether ", its|a|an|the", up to three lower-case words or
/// capitalised modifiers ("Swedish"), and a company noun start at `at`;
/// with `plural`, after two names joined by "and", ", the|their" and the
/// noun's plural ("X and Y, the German discounters,").
fn apposition(text: &str, tokens: &[Token], at: usize, plural: bool) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    if word(at) != "," {
        return false;
    }
    let det = word(at + 1).to_lowercase();
    let its = det == if plural { "their" } else { "its" };
    if !(its || (words::is_article(&det) && !(plural && matches!(det.as_str(), "a" | "an")))) {
        return false;
    }
    for k in 0..=MAX_MODIFIERS {
        let w = word(at + 2 + k);
        let head = if plural { w.strip_suffix('s') } else { Some(w) };
        // "Separately, the company said": a clause's subject, no
        // apposition.
        let clause = cues::contains(word(at + 3 + k));
        match head.and_then(company_nouns::get) {
            Some(Head::Any) => return !clause,
            Some(Head::Its) if its => return !clause,
            // "a rival brand": the word is a modifier there.
            Some(Head::Its) | None => {}
        }
        if !w.chars().all(|c| c.is_alphabetic() || c == '-') || w.is_empty() {
            return false;
        }
    }
    false
}

/// Whether a verb stands at `at` and a company's result follows it within
/// a few words, before anything capitalised or the end of the sentence
/// ("cut 1,700 jobs", "reported a loss of", "posted record profits"); or
/// one or two auxiliaries, and a verb with "to", before the verb ("will
/// cut 1,000 jobs", "has also raised its dividend", "plans to cut jobs").
fn reports_results(text: &str, tokens: &[Token], at: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let lower_word = |i: usize| word(i).chars().all(char::is_lowercase) && !word(i).is_empty();
    // Not "is" or "was": "X was a sales executive" says nothing of X.
    let mut at = at;
    let mut helped = false;
    for _ in 0..2 {
        if auxiliaries::contains(word(at)) && !words::is_be(word(at)) {
            at += 1;
            helped = true;
        }
    }
    if lower_word(at) && word(at + 1) == "to" {
        at += 2;
        helped = true;
    }
    // A verb in the past tense, a market or reporting verb, or "cut":
    // any lower-case word lets in "Human rights workers" and "Several
    // hundred workers" (CoNLL-2003 eng.train); after an auxiliary or
    // "to" it is a verb.
    let verb = word(at);
    let is_verb = lower_word(at)
        && (helped
            || (verb.len() > 3 && verb.ends_with("ed"))
            || index_cues::contains(verb)
            || cues::contains(verb)
            || verb == "cut");
    if !is_verb {
        return false;
    }
    for i in at + 1..=at + IT_WINDOW {
        let w = word(i);
        if company_results::contains(w) {
            return true;
        }
        if w.is_empty() || w.starts_with(char::is_uppercase) || matches!(w, "." | ";" | ",") {
            return false;
        }
    }
    false
}

/// Whether a reporting verb stands at `at` and "it" (not "it was") or
/// "its" follows it
/// within a few words, before any other subject pronoun or the end of the
/// sentence ("said on Monday it would", "reported its first fall").
///
/// With `plural`, after two names joined by "and", "they" or "their"
/// ("X and Y said they would"): only for words the tagger left out, as
/// for one name.
pub(super) fn said_it(text: &str, tokens: &[Token], at: usize, plural: bool) -> bool {
    let lower = |i: usize| tokens.get(i).map(|t| text[t.span.range()].to_lowercase());
    if !lower(at).is_some_and(|w| cues::contains(&w)) {
        return false;
    }
    let (it, its) = if plural {
        ("they", "their")
    } else {
        ("it", "its")
    };
    for i in at + 1..=at + IT_WINDOW {
        match lower(i).as_deref() {
            // "it was", "it is": the "it" of a thing or of nothing ("Smith
            // said it was over"), not a company's.
            Some(w) if w == it => return plural || !lower(i + 1).is_some_and(|w| words::is_be(&w)),
            Some(w) if w == its => return true,
            Some(w) if words::is_subject_pronoun(w) || matches!(w, "." | ";" | "\"") => {
                return false;
            }
            None => return false,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    /// The names after the pass, from the tagger's `proposed` ones.
    fn run(text: &str, proposed: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names: Vec<Name> = placed(text, &s, proposed);
        let lower_words = crate::names::rules::lower_words(text, &s.tokens);
        let clusters = Clusters::embedded();
        company_mentions(
            text,
            &s,
            &Gazetteer::embedded(),
            &clusters,
            &lower_words,
            &mut names,
        );
        names_of(text, &s, &names)
    }

    fn org(w: &str) -> (String, &'static str) {
        (w.to_string(), "ORG")
    }

    #[test]
    fn shares_that_move_name_a_company_the_clusters_do_not_know() {
        // Each case: the text, the tagger's names and the names after.
        type Names<'a> = &'a [(&'a str, &'static str)];
        let cases: &[(&str, Names, Names)] = &[
            (
                "On Monday, Velstrom shares fell 3%.",
                &[],
                &[("Velstrom", "ORG")],
            ),
            // An unknown word that opens a sentence once: a sector as
            // often ("Biotech shares fell").
            ("Velstrom shares fell 3% on Monday.", &[], &[]),
            ("Biotech shares fell. Crypto shares rose.", &[], &[]),
            ("LONDON - Fintech shares slid.", &[], &[]),
            ("\"Biotech shares fell,\" he said.", &[], &[]),
            // Written again, but each time opening a sentence.
            (
                "Crypto shares rose. Crypto exchanges were hacked.",
                &[],
                &[],
            ),
            // A word of a person's full name stays the person's.
            (
                "Frump shares fell. Analysts met Donald Frump.",
                &[("Frump", "PERSON"), ("Donald Frump", "PERSON")],
                &[("Frump", "PERSON"), ("Donald Frump", "PERSON")],
            ),
            (
                "In Tokyo, Korvex stock closed higher.",
                &[],
                &[("Korvex", "ORG")],
            ),
            (
                "Bivvo shares rose. Analysts like Bivvo.",
                &[],
                &[("Bivvo", "ORG"), ("Bivvo", "ORG")],
            ),
            (
                "Dalmor shares rose.",
                &[("Dalmor", "PERSON")],
                &[("Dalmor", "ORG")],
            ),
            // Words the clusters know: a sector, not a company.
            ("Tech shares fell.", &[], &[]),
            ("Bank shares rose and Mining shares fell.", &[], &[]),
            // A place stays a place.
            (
                "London shares fell.",
                &[("London", "GPE")],
                &[("London", "GPE")],
            ),
            // A verb, not a company's shares.
            ("Velstrom shares his view.", &[], &[]),
            // A word the article writes in lower case.
            ("Zippo shares fell, zippo said.", &[], &[]),
            // The address after a cue is the name: "GunBroker.com".
            (
                "The website Gunvaro.com said so.",
                &[],
                &[("Gunvaro.com", "ORG")],
            ),
        ];
        for &(text, proposed, want) in cases {
            let want: Vec<(String, &str)> = want.iter().map(|&(w, l)| (w.to_string(), l)).collect();
            assert_eq!(run(text, proposed), want, "{text}");
        }
    }

    #[test]
    fn a_leaders_role_before_a_full_name_makes_a_company() {
        let boss = ("Anna Brook", "PERSON");
        // Opening the sentence, a word the clusters do not hold.
        assert_eq!(
            run("Zentorix founder Anna Brook will step down.", &[boss]),
            [org("Zentorix"), boss_row()]
        );
        // Left out by the tagger, or typed a place or a person.
        assert_eq!(
            run("It was backed by Zentor founder Anna Brook.", &[boss]),
            [org("Zentor"), boss_row()]
        );
        assert_eq!(
            run("Shares rose after Zentor CEO Anna Brook spoke.", &[boss]),
            [org("Zentor"), boss_row()]
        );
        assert_eq!(
            run(
                "It was backed by Zentor's chief executive officer Anna Brook.",
                &[("Zentor", "LOC"), boss]
            ),
            [org("Zentor"), boss_row()]
        );
        // A band's leader.
        assert_eq!(
            run(
                "It was sung by Zentor frontman Anna Brook.",
                &[("Zentor", "LOC"), boss]
            ),
            [org("Zentor"), boss_row()]
        );
        // The cue holds for every mention.
        assert_eq!(
            run(
                "Zentor grew. It was backed by Zentor boss Anna Brook.",
                &[("Zentor", "PERSON"), boss]
            ),
            [org("Zentor"), org("Zentor"), boss_row()]
        );
        // No full name after the role, a known place, a role modifier, a
        // word that opens the sentence, a run that goes on a name, or a
        // word of the article's person.
        for (text, names) in [
            ("It was backed by Zentor founder Brook.", vec![]),
            ("It was backed by Pakistan founder Anna Brook.", vec![boss]),
            ("Former CEO Anna Brook resigned.", vec![boss]),
            ("It was run by acting CEO Anna Brook.", vec![boss]),
            ("Company founder Anna Brook said so.", vec![boss]),
            ("It was run by Group CEO Anna Brook.", vec![boss]),
            (
                "Kell's boss Anna Brook spoke.",
                vec![("Kell", "PERSON"), boss],
            ),
            (
                "Its founder is Rex. Rex's owner Anna Brook came.",
                vec![boss],
            ),
            (
                "She wed Perry Capital CEO Anna Brook.",
                vec![("Perry", "PERSON"), boss],
            ),
            (
                "It hired Brook Holt. Brook chairman Anna Lee spoke.",
                vec![("Brook Holt", "PERSON"), ("Anna Lee", "PERSON")],
            ),
        ] {
            let found = run(text, &names);
            assert!(found.iter().all(|(_, l)| *l != "ORG"), "{text}: {found:?}");
        }
    }

    fn boss_row() -> (String, &'static str) {
        ("Anna Brook".to_string(), "PERSON")
    }

    #[test]
    fn it_was_and_a_persons_word_make_no_company() {
        // "it was" is a thing's "it"; "Lee" is the article's person.
        assert_eq!(run("Smith said it was over.", &[]), []);
        let text = "Lee said it would sue. Lee Hsien Loong spoke.";
        assert_eq!(
            run(text, &[("Lee Hsien Loong", "PERSON")]),
            [("Lee Hsien Loong".to_string(), "PERSON")]
        );
    }

    #[test]
    fn a_reporting_verb_and_it_make_a_company_of_a_left_out_word() {
        assert_eq!(
            run("Zentor said on Monday it would buy Qavo.", &[]),
            [org("Zentor")]
        );
        assert_eq!(
            run(
                "Brillo reported its first loss. Analysts said it was early.",
                &[]
            ),
            [org("Brillo")]
        );
        // A person the tagger found keeps its type.
        assert_eq!(
            run("Rosati said it had changed.", &[("Rosati", "PERSON")]),
            [("Rosati".to_string(), "PERSON")]
        );
    }

    #[test]
    fn what_a_company_reports_makes_a_company_of_a_left_out_word() {
        assert_eq!(
            run(
                "Norvela cut 1,700 jobs in Finland. Tarsk posted a loss. \
                 Human rights workers marched. Net loss 447 million.",
                &[("Finland", "LOC")]
            ),
            [org("Norvela"), ("Finland".to_string(), "LOC"), org("Tarsk")]
        );
        // After one or two auxiliaries, or a verb with "to": the tagger
        // leaves a sentence's first word out before "will" more often
        // than before a verb in the past tense.
        assert_eq!(
            run(
                "Norvela will cut 1,700 jobs. Tarsk has also raised its dividend. \
                 Brimo plans to cut jobs. Velka would report a loss.",
                &[]
            ),
            [org("Norvela"), org("Tarsk"), org("Brimo"), org("Velka")]
        );
        // Not after "is" or "was", nor without a company's result.
        assert_eq!(
            run(
                "Norvela was a sales executive. Tarsk will play tonight. \
                 Brimo is a profit centre.",
                &[]
            ),
            []
        );
    }

    #[test]
    fn a_sentence_speaks_of_its_opening_word_as_a_company() {
        // "its" after its verb, for a word the clusters do not know or
        // know on a company path.
        assert_eq!(
            run(
                "Norvela launched its first rocket. Tarsk is cutting back its spending. \
                 Brimo plans to expand its network.",
                &[]
            ),
            [org("Norvela"), org("Tarsk"), org("Brimo")]
        );
        // ", the company said" or "The company" next: only on a company
        // path ("Barclays", "Intel").
        assert_eq!(
            run(
                "Barclays will release the phone in June, the company said. \
                 Intel announced a find. The state-controlled company said it was big.",
                &[]
            ),
            [org("Barclays"), org("Intel")]
        );
        // Not where the word is no subject of a verb after it, nor "its"
        // the object's, nor a word that looks like a common noun, nor an
        // unknown word (a surname as often) by ", the company said", nor
        // the next paragraph's company, nor an adverb before "the company
        // said".
        assert_eq!(
            run(
                "Joblessness is now at its highest. Owing to its history, it grew. \
                 Turnout fell to its lowest. Velka destroyed the plant and its stock. \
                 Negotiators resumed its talks. Kowalski resigned, the company said. \
                 Separately, the company said it would grow. \
                 Intel announced a find.\nThe company said it was big.",
                &[]
            ),
            []
        );
    }

    #[test]
    fn a_word_covered_in_one_mention_can_be_a_company_in_another() {
        // What a word's text decides is found once per word; that a name
        // covers one mention, or that it is a title's abbreviation there,
        // is the mention's own.
        assert_eq!(
            run(
                "Velmar Bank grew. Velmar said it would sell.",
                &[("Velmar Bank", "ORG")]
            ),
            [org("Velmar Bank"), org("Velmar")]
        );
    }

    #[test]
    fn a_corporate_suffix_opens_no_run() {
        assert_eq!(
            run("Inc. said it would. Zentor said it would.", &[]),
            [org("Zentor")]
        );
    }

    #[test]
    fn a_company_apposition_makes_an_org() {
        assert_eq!(
            run(
                "Brevia, its Swedish rival, said so. Kalvo, a research firm, agreed. \
                 Tenner, the British engine maker, too. Smith, his rival, did not.",
                &[("Kalvo", "PERSON"), ("Smith", "PERSON")]
            ),
            [
                org("Brevia"),
                org("Kalvo"),
                org("Tenner"),
                ("Smith".to_string(), "PERSON")
            ]
        );
    }

    #[test]
    fn a_rival_before_the_head_is_a_modifier() {
        assert_eq!(
            run("Sales rose. Pardot, a rival brand, sells cars.", &[]),
            [org("Pardot")]
        );
    }

    #[test]
    fn a_heading_gets_the_type_but_gives_none() {
        // The heading's "Velmar" is the company of the body, and a
        // heading's words are no evidence: "Dravo Said It" is no company.
        assert_eq!(
            run(
                "Velmar to cut jobs as Dravo Said It\n\nVelmar, a lender, said so.",
                &[]
            ),
            [org("Velmar"), org("Velmar")]
        );
    }

    #[test]
    fn a_word_joined_to_an_org_is_one() {
        // A facility the tagger typed ORG is no anchor.
        assert_eq!(
            run(
                "Delays at Dorval Airport and Kestrup grew.",
                &[("Dorval Airport", "ORG")]
            ),
            [org("Dorval Airport")]
        );
        assert_eq!(
            run(
                "Quorra and Lufthansa AG declined.",
                &[("Lufthansa AG", "ORG")]
            ),
            [org("Quorra"), org("Lufthansa AG")]
        );
    }

    #[test]
    fn what_follows_a_pair_is_said_of_both() {
        assert_eq!(
            run(
                "Norvik and Tarsa reported higher sales.",
                &[("Tarsa", "PERSON")]
            ),
            [org("Norvik"), org("Tarsa")]
        );
        assert_eq!(
            run(
                "Brolo and Quenta, the German discounters, grew. Velka and Ostri also said they would.",
                &[]
            ),
            [org("Brolo"), org("Quenta"), org("Velka"), org("Ostri")]
        );
        // Two people say things too; a person named in full is no company.
        assert_eq!(
            run(
                "Then Vance and Ostrow said they would. Rena Ostrow and Velka reported a loss.",
                &[
                    ("Vance", "PERSON"),
                    ("Ostrow", "PERSON"),
                    ("Rena Ostrow", "PERSON")
                ]
            ),
            [
                ("Vance".to_string(), "PERSON"),
                ("Ostrow".to_string(), "PERSON"),
                ("Rena Ostrow".to_string(), "PERSON"),
                org("Velka")
            ]
        );
        // A word the tagger left out beside a person it saw: "said they"
        // is two people's ("Obama and Biden said they").
        assert_eq!(
            run(
                "Varno and Biddle said they would veto it.",
                &[("Biddle", "PERSON")]
            ),
            [("Biddle".to_string(), "PERSON")]
        );
    }

    #[test]
    fn only_a_company_makes_a_company_by_and() {
        // An institution is no company: people are joined to it.
        assert_eq!(
            run("Velkor and Congress agreed.", &[("Congress", "ORG")]),
            [org("Congress")]
        );
        // A given name and a surname, or a word of the article's person,
        // is no company beside one.
        assert_eq!(
            run(
                "John Velkor and Zentor Inc. met. Then Brask and Zentor Inc. met. Ann Brask left.",
                &[
                    ("Zentor Inc.", "ORG"),
                    ("Zentor Inc.", "ORG"),
                    ("Ann Brask", "PERSON")
                ]
            ),
            [
                org("Zentor Inc."),
                org("Zentor Inc."),
                ("Ann Brask".to_string(), "PERSON")
            ]
        );
        // "the X and Y" and "for X and Y" are one name.
        assert_eq!(
            run(
                "It went to the Velda and Space Agency for Trade and Home Affairs.",
                &[("Space Agency", "ORG"), ("Home Affairs", "ORG")]
            ),
            [org("Space Agency"), org("Home Affairs")]
        );
    }

    #[test]
    fn a_misc_takes_only_a_companys_own_evidence() {
        // The tagger's MISC that reports results, or whose shares trade,
        // is a company; one before "news agency" or "said its" is as
        // often a nationality or a group.
        assert_eq!(
            run("Vorlax posted higher profits.", &[("Vorlax", "MISC")]),
            [org("Vorlax")]
        );
        assert_eq!(
            run("Shares of Vorlax fell.", &[("Vorlax", "MISC")]),
            [org("Vorlax")]
        );
        assert_eq!(
            run("The Vorlax news agency said so.", &[("Vorlax", "MISC")]),
            [("Vorlax".to_string(), "MISC")]
        );
        assert_eq!(
            run("Kestra said its fighters left.", &[("Kestra", "MISC")]),
            [("Kestra".to_string(), "MISC")]
        );
    }

    #[test]
    fn what_one_mention_shows_is_joined_along_and() {
        // "Vorlax" reports results in one sentence; beside it in another,
        // "Kendra" is a company too, though the tagger made it a place.
        assert_eq!(
            run(
                "Vorlax posted higher profits. Later, Vorlax and Kendra announced a partnership.",
                &[("Vorlax", "MISC"), ("Kendra", "LOC")]
            ),
            [org("Vorlax"), org("Vorlax"), org("Kendra")]
        );
    }

    #[test]
    fn what_one_sentence_says_holds_for_the_article() {
        assert_eq!(
            run("Shares of Morvek fell. The deal with Morvek closed.", &[]),
            [org("Morvek"), org("Morvek")]
        );
        // The tagger's person, an opener, a title and an honorific are
        // no company's words.
        assert_eq!(
            run(
                "Vantor, a lender, grew. But Vantor cut jobs, Ms. Vantor left and President Vantor spoke.",
                &[("Vantor left", "PERSON")]
            ),
            [
                org("Vantor"),
                org("Vantor"),
                ("Vantor left".to_string(), "PERSON"),
                org("Vantor")
            ]
        );
    }
}
