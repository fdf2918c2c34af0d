//! `names.companies`: words that say a name is an organisation make it an
//! ORG, in every mention of the article: a corporate suffix ending the
//! name or right after it ("Acme Inc.", "Fiat SpA":
//! `data/gazetteers/corporate_suffixes.txt`), an institution's head word
//! ending it ("Wikimedia Foundation", "Republican Party":
//! `data/gazetteers/org_heads.txt`) or, in other languages, opening it
//! ("Instituto Cervantes", "Partido Popular":
//! `data/gazetteers/org_openers.txt`), or a cue next to it ("shares
//! of X", "automaker X", "X's chief executive", "the news agency X":
//! `data/gazetteers/org_cues.txt`), or, for a platform the tagger made a
//! person or a place, what its users write there or where they post ("a
//! Facebook post", "his Twitter account", "Twitter users", "posted on
//! Twitter", "trending on Twitter"). The tagger, trained on 1996 wire copy,
//! often makes a company a person or a place. Names the gazetteer knows as
//! places or nationalities are left alone ("London shares"), and so is a
//! MISC before a cue, an adjective ("the Yugoslav news agency"), unless
//! the cue is a possessive's ("Dow's chief executive"). A cued
//! mention the tagger already typed ORG carries the type to the other
//! mentions too.
//!
//! A cue that opens a sentence is capitalised for the sentence's sake, and
//! the tagger takes it into the name ("Automaker Maxtell said" a PERSON):
//! a name the tagger typed a person or a place that opens its sentence
//! with a cue of the `before` class loses the cue, which then calls it a
//! company, as "automaker Maxtell" mid-sentence. A MISC is left whole, a
//! title ("\"Daily Show\" host"), and an ORG too. Not where the article writes the
//! whole name away from a sentence's start, or the gazetteer knows it as
//! an organisation: there the word is part of the name ("the Daily Mail");
//! nor where what is left opens with a given name or an article, or is a
//! head word alone ("Retailer Philip Green sold", "Tabloid The Sun",
//! "Brewer Street").
//!
//! A cue that names a person's occupation as well as a company's kind
//! (class `occupation` of `org_cues.txt`: "broadcaster") is no company's
//! cue before a person's full name, a given name the gazetteer knows and
//! capitalised words that end in no institution's head or corporate
//! suffix ("the broadcaster Terry Wogan"); one that opens the sentence is
//! left out of the name, which is a PERSON ("Broadcaster Terry Wogan
//! said"). Unless the article speaks of the name as a company in some
//! mention ("said it", "its", "shares of", the next sentence opening
//! "The company"): then it is a company's cue as any ("Broadcaster Anna
//! Vell said it would cut jobs"). "Retailer" and "brewer" are no such
//! class: companies named after people ("Retailer John Lewis", "Brewer
//! Samuel Adams") outnumber the people they name.

use rustc_hash::FxHashSet as HashSet;

use super::company_mentions::{company_cue_before, company_evidence, full_name};
use super::{is_known_place, phrase_at, retype_mentions};
use crate::names::gazetteer::Gazetteer;
use crate::names::gazetteer::Kind;
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::org_cues::{self, Class as Cue};
use crate::resources::lists::gazetteers::{
    corporate_suffixes, facility_heads, location_heads, org_heads, org_openers,
};
use crate::segment::{Structure, Token};

/// Whether the lower-cased words of `tokens` from `at` on spell a cue of
/// `class` of exactly `n_words` words (any length when `n_words` is 0).
fn cue_at(text: &str, tokens: &[Token], at: usize, class: Cue, n_words: usize) -> bool {
    phrase_at(text, tokens, at, org_cues::starting, |p| {
        p.class == class && (n_words == 0 || p.word_count() == n_words)
    })
}

/// Whether the name over `range` has a corporate suffix at its end or
/// right after it, or an organisation cue before or after it; a platform
/// cue after it when it is one word that the tagger made a person or a
/// place (`label`).
fn is_company(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    range: std::ops::Range<usize>,
    label: &str,
) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let last = word(range.end - 1);
    let suffix_inside = range.len() >= 2
        && (corporate_suffixes::contains(last)
            || org_heads::contains(last)
            || org_openers::contains(word(range.start)));
    let suffix_after = corporate_suffixes::contains(word(range.end));
    let before = company_cue_before(text, tokens, gazetteer, range.clone());
    // A MISC right before a cue is an adjective ("the Yugoslav news
    // agency"), unless the cue is a possessive's ("Dow's chief
    // executive").
    // A bare apostrophe is the possessive of a name in -s ("Sanders' show").
    let possessive = matches!(word(range.end), "'s" | "'" | "\u{2019}s" | "\u{2019}");
    let after = (label != "MISC" || possessive) && cue_at(text, tokens, range.end, Cue::After, 0);
    // "posted on Trump's account": the possessive's owner is no platform.
    let platform = range.len() == 1
        && matches!(label, "PERSON" | "LOC")
        && !possessive
        && (cue_at(text, tokens, range.end, Cue::Platform, 0)
            || (1..=2).any(|k| {
                range.start >= k && cue_at(text, tokens, range.start - k, Cue::Posted, k)
            }));
    suffix_inside || suffix_after || before || after || platform
}

/// "Automaker Maxtell said": takes a capitalised `before` cue that opens
/// the sentence out of the name the tagger began with it (see the module
/// documentation).
pub fn opening_cues(text: &str, structure: &Structure, gazetteer: &Gazetteer, names: &mut [Name]) {
    let tokens = &structure.tokens;
    let openers = super::sentence_openers(structure);
    let written_mid: HashSet<&str> = names
        .iter()
        .filter(|n| !openers.contains(&n.tokens.start))
        .map(|n| token_text(text, tokens, n.tokens.clone()))
        .collect();
    for name in names.iter_mut() {
        let start = name.tokens.start;
        if matches!(name.label, "ORG" | "MISC")
            || !openers.contains(&start)
            || written_mid.contains(token_text(text, tokens, name.tokens.clone()))
        {
            continue;
        }
        let Some((k, class)) = (1..name.tokens.len().min(4)).find_map(|k| {
            [Cue::Before, Cue::Occupation]
                .into_iter()
                .find(|&class| cue_at(text, tokens, start, class, k))
                .map(|class| (k, class))
        }) else {
            continue;
        };
        let kinds = gazetteer.whole(text, &tokens[name.tokens.clone()], false);
        if kinds.has(Kind::Org) || kinds.has(Kind::Agency) {
            continue;
        }
        let rest = start + k..name.tokens.end;
        // An occupation before a person's full name is the person's, no
        // part of the name ("Broadcaster Terry Wogan said"), unless the
        // article speaks of the name as a company ("Broadcaster Anna
        // Vell said it would cut jobs").
        if class == Cue::Occupation && full_name(text, tokens, gazetteer, rest.clone()) {
            name.tokens.start += k;
            if !company_evidence(text, tokens, rest) {
                name.label = "PERSON";
            }
            continue;
        }
        // What is left is no company's name when it opens with a given
        // name after a cue of class `before` ("Retailer Philip Green
        // sold": companies named after people are as common, "Retailer
        // John Lewis", and later passes judge them by their cues; after
        // an occupation it is no full name here, "Broadcaster Anna Vell
        // Media") or an article ("Tabloid The Sun"), or
        // is a street's, a site's or an institution's head alone: the cue
        // word begins that name ("Brewer Street", "Maker Studios";
        // "Carmaker Dovra Motors" keeps its cue out).
        let first = &text[tokens[rest.start].span.range()];
        let last = &text[tokens[rest.end - 1].span.range()];
        if (class == Cue::Before && gazetteer.kinds(first).has(Kind::FirstName))
            || crate::text::words::is_article(&first.to_lowercase())
            || (rest.len() == 1
                && (org_heads::contains(last)
                    || facility_heads::get(last).is_some()
                    || location_heads::get(last).is_some()))
        {
            continue;
        }
        name.tokens.start += k;
    }
}

pub fn companies(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let cued: HashSet<&str> = names
        .iter()
        .filter(|n| is_company(text, tokens, gazetteer, n.tokens.clone(), n.label))
        .filter(|n| !is_known_place(text, &tokens[n.tokens.clone()], gazetteer))
        .map(|n| token_text(text, tokens, n.tokens.clone()))
        .collect();
    retype_mentions(text, tokens, &cued, "ORG", names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::placed;
    use crate::segment::segment;

    #[test]
    fn cues_make_companies() {
        let text = "Shares of Zenvia fell. Automaker Kestrel said Brill Corp and Orrin's chief executive met Zenvia and Paris at the Tolland Foundation with the Varnish Navy. A Chirpr post, a Trumpian post and a Jeb Bush post. \
                    She posted on Vidly and Tubra users.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Zenvia", "PERSON"),
                ("Kestrel", "PERSON"),
                ("Brill", "LOC"),
                ("Orrin", "PERSON"),
                ("Paris", "LOC"),
                ("Tolland Foundation", "LOC"),
                ("Varnish Navy", "MISC"),
                ("Chirpr", "PERSON"),
                ("Trumpian", "MISC"),
                ("Jeb Bush", "PERSON"),
                ("Vidly", "LOC"),
                ("Tubra", "PERSON"),
            ],
        );
        let second = text.rfind("Zenvia").unwrap();
        let idx = s
            .tokens
            .iter()
            .position(|t| t.span.start == second)
            .unwrap();
        names.push(Name {
            tokens: idx..idx + 1,
            label: "LOC",
        });
        companies(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(
            labels,
            [
                "ORG", "ORG", "ORG", "ORG", "LOC", "ORG", "ORG", "ORG", "MISC", "PERSON", "ORG",
                "ORG", "ORG"
            ]
        );
    }

    #[test]
    fn a_cue_that_opens_the_sentence_is_no_part_of_the_name() {
        // Each case: the sentence, the tagger's name in it and its type,
        // and the name and type after both steps of the pass.
        let cases: &[(&str, &str, &str, &str, &str)] = &[
            (
                "Automaker Maxtell said sales fell.",
                "Automaker Maxtell",
                "PERSON",
                "Maxtell",
                "ORG",
            ),
            (
                "\"Carmaker Dovra Motors said so.",
                "Carmaker Dovra Motors",
                "LOC",
                "Dovra Motors",
                "ORG",
            ),
            (
                "Shares of Velbro rose.",
                "Shares of Velbro",
                "PERSON",
                "Velbro",
                "ORG",
            ),
            // Mid-sentence the capital is the name's.
            (
                "He read Weekly Orbit.",
                "Weekly Orbit",
                "PERSON",
                "Weekly Orbit",
                "PERSON",
            ),
            // The tagger's ORG and MISC are left as they are.
            (
                "Daily Kestrel said so.",
                "Daily Kestrel",
                "ORG",
                "Daily Kestrel",
                "ORG",
            ),
            (
                "\"Daily Rant\" host Ann Vell said.",
                "Daily Rant",
                "MISC",
                "Daily Rant",
                "MISC",
            ),
            // Written whole mid-sentence too: the word is the name's.
            (
                "Weekly Orbit ran it. He read Weekly Orbit.",
                "Weekly Orbit",
                "PERSON",
                "Weekly Orbit",
                "PERSON",
            ),
            // An occupation before a given name and a surname is the
            // person's, and no part of the name, whatever the tagger
            // typed it.
            // A given name after a cue that names companies: left as the
            // tagger found it, cue and all; mid-sentence, the cue calls it
            // a company, as companies named after people are ("retailer
            // John Lewis", "brewer Samuel Adams").
            (
                "Retailer Philip Varn sold the chain.",
                "Retailer Philip Varn",
                "PERSON",
                "Retailer Philip Varn",
                "PERSON",
            ),
            (
                "He met the brewer Jim Kolder on Monday.",
                "Jim Kolder",
                "PERSON",
                "Jim Kolder",
                "ORG",
            ),
            (
                "Sales rose at the retailer Laura Vennick last year.",
                "Laura Vennick",
                "PERSON",
                "Laura Vennick",
                "ORG",
            ),
            // An occupation before a given name and a surname is the
            // person's, and no part of the name, whatever the tagger
            // typed it.
            (
                "Broadcaster Terry Vellan said he was ill.",
                "Broadcaster Terry Vellan",
                "LOC",
                "Terry Vellan",
                "PERSON",
            ),
            (
                "Broadcaster Terry Vellan said he was ill.",
                "Terry Vellan",
                "PERSON",
                "Terry Vellan",
                "PERSON",
            ),
            (
                "He met the broadcaster Terry Vellan on Monday.",
                "Terry Vellan",
                "PERSON",
                "Terry Vellan",
                "PERSON",
            ),
            (
                "Broadcaster Terry Vellan said it was over. The show ended.",
                "Broadcaster Terry Vellan",
                "PERSON",
                "Terry Vellan",
                "PERSON",
            ),
            // Unless the article speaks of the name as a company.
            (
                "Broadcaster Anna Vellan said it would cut jobs.",
                "Broadcaster Anna Vellan",
                "PERSON",
                "Anna Vellan",
                "ORG",
            ),
            (
                "Broadcaster Anna Vellan cut its news budget.",
                "Broadcaster Anna Vellan",
                "PERSON",
                "Anna Vellan",
                "ORG",
            ),
            (
                "Broadcaster Anna Vellan lost viewers. The company blamed streaming.",
                "Broadcaster Anna Vellan",
                "PERSON",
                "Anna Vellan",
                "ORG",
            ),
            (
                "Broadcaster Anna Vellan blamed ads. Shares of Anna Vellan fell.",
                "Anna Vellan",
                "PERSON",
                "Anna Vellan",
                "ORG",
            ),
            // Before anything else it is a company's cue.
            (
                "Broadcaster Zelvo said it would cut jobs.",
                "Broadcaster Zelvo",
                "PERSON",
                "Zelvo",
                "ORG",
            ),
            (
                "Broadcaster Anna Lindvik Media said so.",
                "Broadcaster Anna Lindvik Media",
                "PERSON",
                "Anna Lindvik Media",
                "ORG",
            ),
            (
                "He met the broadcaster Kolder Media on Monday.",
                "Kolder Media",
                "PERSON",
                "Kolder Media",
                "ORG",
            ),
            // An article or a head after the cue: the cue word is no
            // cue there.
            (
                "Brewer Street was closed.",
                "Brewer Street",
                "LOC",
                "Brewer Street",
                "LOC",
            ),
            // No cue.
            (
                "Director Vann Ortel said so.",
                "Director Vann Ortel",
                "PERSON",
                "Director Vann Ortel",
                "PERSON",
            ),
        ];
        for &(text, name, label, want, want_label) in cases {
            let s = segment(text);
            // Every mention of the name, the tagger's type on each.
            let mut names: Vec<Name> = text
                .match_indices(name)
                .map(|(at, _)| {
                    let first = s.tokens.iter().position(|t| t.span.start == at).unwrap();
                    let n_words = segment(name).tokens.len();
                    Name {
                        tokens: first..first + n_words,
                        label,
                    }
                })
                .collect();
            opening_cues(text, &s, &Gazetteer::embedded(), &mut names);
            companies(text, &s.tokens, &Gazetteer::embedded(), &mut names);
            let got = crate::names::rules::testing::names_of(text, &s, &names);
            assert_eq!(got[0], (want.to_string(), want_label), "{text}");
        }
    }

    #[test]
    fn a_band_is_an_org_unless_a_person_formed_it() {
        let text =
            "It was played by the band Kettlefish. British rock band Dovetail Rising will tour. \
                    He joined the band Bob Dylan formed.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Kettlefish", "PERSON"),
                ("Dovetail Rising", "GPE"),
                ("Bob Dylan", "PERSON"),
            ],
        );
        companies(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["ORG", "ORG", "PERSON"]);
    }

    #[test]
    fn a_magazines_word_makes_an_org() {
        let text = "She wrote for the Dalton Monthly and the Kettle Quarterly.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[("Dalton Monthly", "GPE"), ("Kettle Quarterly", "PERSON")],
        );
        companies(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["ORG", "ORG"]);
    }

    #[test]
    fn the_owner_of_a_post_is_no_platform() {
        // "posted on Trump's account": Trump owns the account.
        let text = "A clip posted on Dorvan's page, posted on Marles' page and the Kelso channel.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Dorvan", "PERSON"),
                ("Marles", "PERSON"),
                ("Kelso", "PERSON"),
            ],
        );
        companies(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["PERSON", "PERSON", "PERSON"]);
    }

    #[test]
    fn an_analysts_employer_its_chief_and_its_shareholders_make_companies() {
        let text = "Analysts at Trelby and the chief executive of Norvik met Pellan shareholders.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[("Trelby", "LOC"), ("Norvik", "PERSON"), ("Pellan", "LOC")],
        );
        companies(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["ORG", "ORG", "ORG"]);
    }
    #[test]
    fn a_head_of_another_language_opens_an_institution() {
        let text = "Instituto Brelano and Partido Vastro met Banco.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Instituto Brelano", "PERSON"),
                ("Partido Vastro", "LOC"),
                ("Banco", "PERSON"),
            ],
        );
        companies(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["ORG", "ORG", "PERSON"]);
    }

    #[test]
    fn a_cued_name_is_an_org_in_every_mention() {
        // The tagger typed the cued mention right and the others wrong:
        // the cue still carries to them. A MISC before the cue is an
        // adjective and stays.
        let text = "The Varlan news agency Zorbu said so. Zorbu added that Zorbu knew. \
                    A Kelvo reporter asked Kelvo. Brax's chief executive left.";
        let s = segment(text);
        let at = |w: &str, nth: usize| {
            let start = text.match_indices(w).nth(nth).unwrap().0;
            let idx = s.tokens.iter().position(|t| t.span.start == start).unwrap();
            idx..idx + 1
        };
        let mut names = vec![
            Name {
                tokens: at("Varlan", 0),
                label: "MISC",
            },
            Name {
                tokens: at("Zorbu", 0),
                label: "ORG",
            },
            Name {
                tokens: at("Zorbu", 1),
                label: "PERSON",
            },
            Name {
                tokens: at("Zorbu", 2),
                label: "PERSON",
            },
            Name {
                tokens: at("Kelvo", 0),
                label: "PERSON",
            },
            Name {
                tokens: at("Kelvo", 1),
                label: "PERSON",
            },
            Name {
                tokens: at("Brax", 0),
                label: "MISC",
            },
        ];
        companies(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(labels, ["MISC", "ORG", "ORG", "ORG", "ORG", "ORG", "ORG"]);
    }
}
