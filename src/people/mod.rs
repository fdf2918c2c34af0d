//! People and organisations as clusters: the mentions of one person ("Russian
//! Foreign Minister Sergey Lavrov" ... "Lavrov" ... "he") or organisation
//! ("North Atlantic Treaty Organization" ... "NATO" ... "the alliance")
//! grouped, with roles and affiliations read off the titles before a name
//! and the apposition after it; then each quote's speaker linked to its
//! cluster.
//!
//! Works on the normalised text and the names layer's entities. Every rule
//! reads a bounded window around one mention, and names, people and roles
//! are found through maps, so the pass is linear in the text.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use crate::document::{Cluster, Entity, Mention, Quote};
use crate::names::gazetteer::{Gazetteer, Kind, Sex};
use crate::segment::{Structure, Token};
use crate::text::span::Span;

/// How many sentences back a pronoun looks for its person.
const PRONOUN_REACH: usize = 3;

/// Longest apposition read as a role ("the chairman of the project's panel").
const MAX_APPOSITION: usize = 10;

/// Most words between "the" and the noun of a description ("the 32-member
/// alliance").
const MAX_DESCRIPTION_GAP: usize = 2;

/// Most tokens read before a name for its titles and affiliations
/// ("former Soviet leader", "Russia's TASS").
const MAX_PREMODIFIER_TOKENS: usize = 12;

/// How many earlier names a reflexive ("himself") looks back over.
const MAX_REFLEXIVE_REACH: usize = 8;

/// How many tokens back a relative "who" looks for its person: past one
/// aside ("McConnell, now the Senate majority leader, who").
const MAX_WHO_REACH: usize = 12;

/// Most tokens of one title ("Senate Majority Leader").
const MAX_TITLE_TOKENS: usize = 4;

/// One person or organisation while clusters are built.
struct Group {
    label: &'static str,
    /// The longest name it goes by.
    name: String,
    /// The words of that name, possessive dropped.
    words: Vec<String>,
    acronym: Option<String>,
    /// What kind of body an organisation is ("alliance", "committee").
    kind: Option<String>,
    mentions: Vec<Span>,
    roles: Vec<String>,
    affiliations: Vec<String>,
    sex: Option<Sex>,
}

impl Group {
    fn new(label: &'static str, name: &str) -> Group {
        Group {
            label,
            name: name.to_string(),
            words: name_words(name),
            acronym: None,
            kind: None,
            mentions: Vec::new(),
            roles: Vec::new(),
            affiliations: Vec::new(),
            sex: None,
        }
    }

    fn last_word(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }

    fn add_role(&mut self, role: &str) {
        if !role.is_empty() && !self.roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
            self.roles.push(role.to_string());
        }
    }

    fn add_affiliation(&mut self, place: &str) {
        if !place.is_empty() && !self.affiliations.iter().any(|a| a == place) {
            self.affiliations.push(place.to_string());
        }
    }

    fn agrees(&self, sex: Option<Sex>) -> bool {
        self.label == "PERSON" && (self.sex.is_none() || sex.is_none() || self.sex == sex)
    }
}

/// The words of a name, without a possessive ending.
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches("'s").to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The initials of an organisation's capitalised words ("North Atlantic
/// Treaty Organization" gives "NATO"), if there are at least two.
fn acronym_of(words: &[String]) -> Option<String> {
    let initials: String = words
        .iter()
        .filter(|w| {
            !crate::resources::lists::lexicon::function_words::contains(w.to_lowercase().as_str())
        })
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    (words.len() >= 2 && initials.chars().count() >= 2).then_some(initials)
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| *c != '.').count();
    (2..=8).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&')
}

/// A name found by the names layer, with its tokens and cluster.
struct NameMention {
    span: Span,
    tokens: Range<usize>,
    label: &'static str,
    group: Option<usize>,
}

struct Resolver<'a> {
    text: &'a str,
    gazetteer: &'a Gazetteer,
    tokens: &'a [Token],
    structure: &'a Structure,
    groups: Vec<Group>,
    names: Vec<NameMention>,
    /// For each token, the name (index into `names`) that ends there.
    name_ending: Vec<Option<usize>>,
    /// Tokens inside direct quotes, where "he" is the speaker's business.
    quoted: Vec<bool>,
    /// Resolved pronouns and descriptions: span and group.
    references: Vec<(Span, usize)>,
}

/// Groups the PERSON and ORG names of a document into clusters, adds
/// pronouns and descriptions that refer to them, and links each quote's
/// speaker to its cluster. Spans are in the normalised text.
pub fn resolve(
    text: &str,
    structure: &Structure,
    entities: &[Entity],
    quotes: &mut [Quote],
    gazetteer: &Gazetteer,
    _switches: &crate::Switches,
) -> Vec<Cluster> {
    let tokens = &structure.tokens;
    let token_range = |span: Span| {
        tokens.partition_point(|t| t.span.start < span.start)
            ..tokens.partition_point(|t| t.span.end <= span.end)
    };
    let mut names = Vec::new();
    for e in entities {
        let label = match e.label.as_str() {
            "PERSON" => "PERSON",
            "ORG" => "ORG",
            "GPE" => "GPE",
            "NORP" => "NORP",
            _ => continue,
        };
        let span = Span::new(e.start, e.end);
        let range = token_range(span);
        if !range.is_empty() {
            names.push(NameMention {
                span,
                tokens: range,
                label,
                group: None,
            });
        }
    }
    let mut name_ending = vec![None; tokens.len()];
    for (i, n) in names.iter().enumerate() {
        name_ending[n.tokens.end - 1] = Some(i);
    }
    let mut quoted = vec![false; tokens.len()];
    for q in quotes.iter().filter(|q| q.kind == "direct") {
        for &[s, e] in &q.spans {
            for flag in &mut quoted[token_range(Span::new(s, e))] {
                *flag = true;
            }
        }
    }
    let mut r = Resolver {
        text,
        gazetteer,
        tokens,
        structure,
        groups: Vec::new(),
        names,
        name_ending,
        quoted,
        references: Vec::new(),
    };
    r.group_people();
    r.group_organisations();
    r.read_roles();
    r.resolve_pronouns();
    r.resolve_descriptions();
    r.link_speakers(quotes);
    r.into_clusters(quotes)
}

impl<'a> Resolver<'a> {
    fn word(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].span.range()]
    }

    fn name_text(&self, n: usize) -> &'a str {
        &self.text[self.names[n].span.range()]
    }

    fn sentence_of(&self, i: usize) -> usize {
        self.structure
            .sentences
            .partition_point(|s| s.tokens.end <= i)
            .min(self.structure.sentences.len().saturating_sub(1))
    }

    fn sentence_tokens(&self, s: usize) -> Range<usize> {
        self.structure
            .sentences
            .get(s)
            .map_or(0..self.tokens.len(), |s| s.tokens.clone())
    }

    /// Full names first, each its own person unless first and last name
    /// agree with one before; then every mention in order, a lone surname
    /// ("Lavrov", "Mr. Obama") joining the person of that surname named
    /// most recently, or else the first one named later.
    fn group_people(&mut self) {
        // People by last and by first word of their name, so that finding
        // a name's person costs no scan of all people.
        let mut by_last: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for n in 0..self.names.len() {
            if self.names[n].label != "PERSON" {
                continue;
            }
            let words = name_words(self.name_text(n));
            if words.len() < 2 {
                continue;
            }
            let last = &words[words.len() - 1];
            let same = by_last.get(last).and_then(|gs| {
                gs.iter().copied().find(|&g| {
                    self.groups[g].words.first().is_some_and(|f| {
                        f == &words[0]
                            || (words[0].chars().next().is_some_and(|c| f.starts_with(c))
                                && (f.len() <= 2 || words[0].len() <= 2))
                    })
                })
            });
            let g = same.unwrap_or_else(|| {
                self.groups.push(Group::new("PERSON", self.name_text(n)));
                let g = self.groups.len() - 1;
                by_last.entry(last.clone()).or_default().push(g);
                g
            });
            if self.name_text(n).len() > self.groups[g].name.len() {
                self.groups[g].name = self.name_text(n).to_string();
                self.groups[g].words = words;
            }
            let first = self.groups[g].words[0].clone();
            let firsts = by_first.entry(first).or_default();
            if !firsts.contains(&g) {
                firsts.push(g);
            }
            self.names[n].group = Some(g);
        }
        // Lone names, in text order; an ORG that is a known person's
        // surname ("Trump" mistagged) is that person.
        let mut last_seen: Vec<Option<usize>> = vec![None; self.groups.len()];
        for n in 0..self.names.len() {
            let pos = self.names[n].tokens.start;
            if let Some(g) = self.names[n].group {
                last_seen[g] = Some(pos);
                continue;
            }
            let words = name_words(self.name_text(n));
            let label = self.names[n].label;
            if words.len() != 1 || !matches!(label, "PERSON" | "ORG") {
                continue;
            }
            let w = &words[0];
            let none = Vec::new();
            let by_surname = by_last.get(w).unwrap_or(&none);
            let candidates = if by_surname.is_empty() && label == "PERSON" {
                by_first.get(w).unwrap_or(&none)
            } else {
                by_surname
            };
            let chosen = candidates
                .iter()
                .filter(|&&g| last_seen[g].is_some())
                .max_by_key(|&&g| last_seen[g])
                .or_else(|| candidates.first())
                .copied();
            let g = match chosen {
                Some(g) => g,
                None if label == "PERSON" => {
                    // A person named only by one word: later mentions of
                    // it join this one.
                    self.groups.push(Group::new("PERSON", w));
                    last_seen.push(None);
                    let g = self.groups.len() - 1;
                    by_last.entry(w.clone()).or_default().push(g);
                    g
                }
                None => continue,
            };
            self.names[n].label = "PERSON";
            self.names[n].group = Some(g);
            last_seen[g] = Some(pos);
        }
    }

    /// Organisations by name, case and "the" aside, and by acronym: "NATO"
    /// joins "North Atlantic Treaty Organization", as does an acronym in
    /// brackets right after the name.
    fn group_organisations(&mut self) {
        let key = |words: &[String]| {
            let joined = words.join(" ").to_lowercase();
            joined
                .strip_prefix("the ")
                .map(str::to_string)
                .unwrap_or(joined)
        };
        let mut by_key: HashMap<String, usize> = HashMap::default();
        let mut by_acronym: HashMap<String, usize> = HashMap::default();
        for n in 0..self.names.len() {
            if self.names[n].label != "ORG" || self.names[n].group.is_some() {
                continue;
            }
            let text = self.name_text(n);
            let words = name_words(text);
            let k = key(&words);
            let found = by_key.get(&k).copied().or_else(|| {
                let acronym = if words.len() == 1 && is_acronym(&words[0]) {
                    words[0].replace('.', "")
                } else {
                    acronym_of(&words)?
                };
                by_key
                    .get(&acronym.to_lowercase())
                    .or_else(|| by_acronym.get(&acronym))
                    .copied()
            });
            let g = found.unwrap_or_else(|| {
                let mut group = Group::new("ORG", text);
                group.words = words.clone();
                group.acronym = acronym_of(&words);
                self.groups.push(group);
                self.groups.len() - 1
            });
            if let Some(acronym) = &self.groups[g].acronym {
                by_acronym.entry(acronym.clone()).or_insert(g);
            }
            by_key.insert(k, g);
            // The longer name is the cluster's: "NATO" then "North
            // Atlantic Treaty Organization".
            if words.len() > self.groups[g].words.len() {
                self.groups[g].name = text.to_string();
                self.groups[g].words = words;
                if self.groups[g].acronym.is_none() {
                    self.groups[g].acronym = acronym_of(&self.groups[g].words);
                }
            }
            // "Alliance to Reclaim Our Schools (AROS)".
            let end = self.names[n].tokens.end;
            if end + 2 < self.tokens.len()
                && self.word(end) == "("
                && self.word(end + 2) == ")"
                && is_acronym(self.word(end + 1))
            {
                let acronym = self.word(end + 1).replace('.', "");
                by_key.insert(acronym.to_lowercase(), g);
                by_acronym.entry(acronym.clone()).or_insert(g);
                self.groups[g].acronym = Some(acronym);
            }
            self.names[n].group = Some(g);
        }
        for g in self.groups.iter_mut().filter(|g| g.label == "ORG") {
            let known =
                crate::resources::lists::people::org_kinds::get(g.name.as_str()).or_else(|| {
                    crate::resources::lists::people::org_kinds::get(
                        g.acronym.as_deref().unwrap_or(""),
                    )
                });
            g.kind = match known {
                Some(kind) => Some(kind.to_string()),
                // "the committee" for "Oversight Committee".
                None if g.words.len() >= 2 => {
                    Some(g.last_word().to_lowercase()).filter(|w| w.len() > 3)
                }
                None => None,
            };
            // A listed agency, or one that says so ("Korean Central News
            // Agency").
            let says_so = g.words.len() >= 2
                && g.words.iter().any(|w| w == "News")
                && g.last_word() == "Agency";
            if self.gazetteer.kinds(&g.name).has(Kind::Agency) || says_so {
                g.add_role("news agency");
            }
        }
    }

    /// The title (from the titles list) that ends right before token `end`
    /// in the sentence starting at `start`: its first token.
    fn title_ending_at(&self, end: usize, start: usize) -> Option<usize> {
        let from = end.saturating_sub(MAX_TITLE_TOKENS).max(start);
        self.gazetteer
            .find(self.text, &self.tokens[from..end], false)
            .into_iter()
            .filter(|m| m.kinds.has(Kind::Title) && from + m.end == end)
            .map(|m| from + m.start)
            .min()
    }

    /// Where an affiliation names: "Russian" is Russia, "U.S." is U.S.
    fn place_of(&self, n: usize) -> String {
        let text = self.name_text(n);
        let text = text.strip_suffix("'s").unwrap_or(text);
        match self.names[n].group {
            Some(g) => self.groups[g].name.clone(),
            None => crate::resources::lists::people::demonym_places::get(text)
                .map_or_else(|| text.to_string(), |p| p.to_string()),
        }
    }

    /// Roles and affiliations from the words before each name ("former
    /// Soviet leader Leonid Brezhnev", "Russia's TASS news agency") and
    /// from an apposition after it ("John Burrows, the chairman of the
    /// panel,"); a person's sex from an honorific or their given name.
    fn read_roles(&mut self) {
        for n in 0..self.names.len() {
            let Some(g) = self.names[n].group else {
                continue;
            };
            let range = self.names[n].tokens.clone();
            let sentence = self.sentence_tokens(self.sentence_of(range.start));
            let mut titles: Vec<Range<usize>> = Vec::new();
            let mut affiliations = Vec::new();
            let mut sex = None;
            // An abbreviated title ("Rep.") stands for its role.
            let mut abbreviated = None;
            let mut j = range.start;
            let floor = sentence
                .start
                .max(range.start.saturating_sub(MAX_PREMODIFIER_TOKENS));
            while j > floor {
                let w = self.word(j - 1);
                if let Some(first) = self.title_ending_at(j, sentence.start) {
                    titles.push(first..j);
                    j = first;
                } else if crate::resources::lists::people::role_modifiers::contains(
                    w.to_lowercase().as_str(),
                ) && !titles.is_empty()
                {
                    titles.push(j - 1..j);
                    j -= 1;
                } else if let Some(s) = crate::resources::lists::people::honorifics::get(w) {
                    sex = Some(if s == 'F' { Sex::Female } else { Sex::Male });
                    j -= 1;
                } else if let Some(role) =
                    crate::resources::lists::people::title_abbreviations::get(w)
                        .filter(|_| titles.is_empty() && abbreviated.is_none())
                {
                    abbreviated = Some(role);
                    j -= 1;
                } else if let Some(a) = self.affiliation_ending_at(j, sentence.start) {
                    affiliations.push(self.place_of(a));
                    j = self.names[a].tokens.start;
                } else {
                    break;
                }
            }
            titles.reverse();
            let role = titles
                .iter()
                .map(|t| {
                    &self.text[self.tokens[t.start].span.start..self.tokens[t.end - 1].span.end]
                })
                .collect::<Vec<_>>()
                .join(" ");
            let apposition = self.apposition(range.end, sentence.end);
            let group = &mut self.groups[g];
            if group.label == "PERSON" {
                group.add_role(&role);
                if let Some(title) = abbreviated {
                    group.add_role(title);
                }
            }
            for a in affiliations.iter().rev() {
                group.add_affiliation(a);
            }
            if let Some((role, affiliation)) = apposition {
                if group.label == "PERSON" {
                    group.add_role(&role);
                }
                if let Some(a) = affiliation {
                    group.add_affiliation(&a);
                }
            }
            if group.sex.is_none() {
                group.sex = sex.or_else(|| {
                    (group.words.len() >= 2)
                        .then(|| self.gazetteer.kinds(&group.words[0]).sex())
                        .flatten()
                });
            }
        }
    }

    /// A place, nationality or organisation that ends right before token
    /// `end` ("NATO", "Russian", "Russia 's"): its name index.
    fn affiliation_ending_at(&self, end: usize, start: usize) -> Option<usize> {
        let last = if end >= start + 2 && self.word(end - 1) == "'s" {
            end - 2
        } else {
            end.checked_sub(1)?
        };
        let n = self.name_ending[last]?;
        matches!(self.names[n].label, "GPE" | "ORG" | "NORP").then_some(n)
    }

    /// ", the chairman of the project's panel," after a name ending before
    /// token `i`: the role without its article, and a place or
    /// organisation named inside it.
    fn apposition(&self, mut i: usize, end: usize) -> Option<(String, Option<String>)> {
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member,".
        if i < end && self.word(i) == "(" {
            i = (i..end.min(i + 6)).find(|&k| self.word(k) == ")")? + 1;
        }
        if i + 2 >= end || self.word(i) != "," {
            return None;
        }
        let first = i + 1;
        let article = matches!(self.word(first).to_lowercase().as_str(), "the" | "a" | "an");
        let close = (first..end.min(first + MAX_APPOSITION + 1)).find(|&k| self.word(k) == ",")?;
        let phrase = if article {
            first + 1..close
        } else {
            first..close
        };
        let titled = self
            .title_ending_at(
                phrase.end.min(phrase.start + MAX_TITLE_TOKENS),
                phrase.start,
            )
            .is_some()
            || (phrase.start..phrase.end)
                .any(|k| self.title_ending_at(k + 1, phrase.start).is_some());
        if phrase.is_empty()
            || !(article || titled)
            || phrase.clone().any(|k| {
                let w = self.word(k).to_lowercase();
                w == "who" || crate::resources::lists::quotes::cues::contains(w.as_str())
            })
        {
            return None;
        }
        let role = self.text
            [self.tokens[phrase.start].span.start..self.tokens[phrase.end - 1].span.end]
            .to_string();
        let affiliation = phrase
            .clone()
            .rev()
            .filter_map(|k| self.name_ending[k])
            .find(|&n| matches!(self.names[n].label, "GPE" | "ORG"))
            .map(|n| self.place_of(n));
        Some((role, affiliation))
    }

    /// "he" and "she" outside quotes: the first person of agreeing sex
    /// named earlier in the sentence (its subject), else in the nearest of
    /// the sentences before that names one; "himself" the nearest.
    fn resolve_pronouns(&mut self) {
        // People named per sentence, in order: (token, group).
        let mut named: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.structure.sentences.len()];
        for n in &self.names {
            if let Some(g) = n.group {
                if self.groups[g].label == "PERSON" {
                    named[self.sentence_of(n.tokens.start)].push((n.tokens.start, g));
                }
            }
        }
        // The first person of each sex-agreement in each sentence: index 0
        // agrees with "he", 1 with "she".
        let first_agreeing: Vec<[Option<(usize, usize)>; 2]> = named
            .iter()
            .map(|people| {
                [Sex::Male, Sex::Female].map(|sex| {
                    // One known to be of that sex before one of unknown sex
                    // ("In her book, Living History, Clinton noted ...").
                    people
                        .iter()
                        .find(|&&(_, g)| self.groups[g].sex == Some(sex))
                        .or_else(|| {
                            people
                                .iter()
                                .find(|&&(_, g)| self.groups[g].agrees(Some(sex)))
                        })
                        .copied()
                })
            })
            .collect();
        for (s, sentence) in self.structure.sentences.iter().enumerate() {
            for i in sentence.tokens.clone() {
                let w = crate::segment::lower(self.word(i));
                // ", who": the name right before the comma, or before an
                // aside that opens with an article or "now" ("McConnell,
                // now the Senate majority leader, who said"); not a name
                // further back ("Trump attacked the judge, who said").
                if w == "who" && i >= sentence.tokens.start + 2 && self.word(i - 1) == "," {
                    let aside = || {
                        let open = (sentence.tokens.start.max(i.saturating_sub(MAX_WHO_REACH))
                            ..i - 1)
                            .rev()
                            .find(|&k| self.word(k) == ",")?;
                        let opener = crate::segment::lower(self.word(open + 1));
                        (open > sentence.tokens.start
                            && matches!(
                                opener.as_ref(),
                                "now" | "then" | "formerly" | "the" | "a" | "an"
                            ))
                        .then(|| self.name_ending[open - 1])
                        .flatten()
                    };
                    let group = self.name_ending[i - 2]
                        .or_else(aside)
                        .and_then(|n| self.names[n].group)
                        .filter(|&g| matches!(self.groups[g].label, "PERSON" | "ORG"));
                    if let Some(g) = group {
                        self.references.push((self.tokens[i].span, g));
                    }
                    continue;
                }
                let Some(sex) = crate::resources::lists::people::pronouns::get(w.as_ref()) else {
                    continue;
                };
                if self.quoted[i] {
                    continue;
                }
                let (sex, which) = if sex == 'F' {
                    (Some(Sex::Female), 1)
                } else {
                    (Some(Sex::Male), 0)
                };
                let here = if w.ends_with("self") {
                    // A reflexive binds the nearest person before it.
                    let before = named[s].partition_point(|&(t, _)| t < i);
                    named[s][..before]
                        .iter()
                        .rev()
                        .take(MAX_REFLEXIVE_REACH)
                        .find(|&&(_, g)| self.groups[g].agrees(sex))
                        .copied()
                } else {
                    first_agreeing[s][which].filter(|&(t, _)| t < i)
                };
                let found = here.or_else(|| {
                    (s.saturating_sub(PRONOUN_REACH)..s)
                        .rev()
                        .find_map(|p| first_agreeing[p][which])
                });
                if let Some((_, g)) = found {
                    self.references.push((self.tokens[i].span, g));
                }
            }
        }
    }

    /// "the minister" for the person whose role ends in "minister", named
    /// last before it; "the alliance" for the one organisation of that kind.
    fn resolve_descriptions(&mut self) {
        let mut by_role: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_kind: HashMap<&str, Vec<usize>> = HashMap::default();
        for (g, group) in self.groups.iter().enumerate() {
            // A role's head is its last word before any preposition:
            // "minister" of "Foreign Minister", "chairman" of "chairman of
            // the Royal Society".
            for role in &group.roles {
                let head = role
                    .split(' ')
                    .take_while(|w| !crate::resources::lists::lexicon::function_words::contains(w))
                    .last();
                if let Some(head) = head {
                    let head = head.to_lowercase();
                    // And the other nouns for it: "the congressman" for a
                    // Representative.
                    if let Some(others) =
                        crate::resources::lists::people::role_synonyms::get(head.as_str())
                    {
                        for other in others.split(' ') {
                            by_role.entry(other.to_string()).or_default().push(g);
                        }
                    }
                    by_role.entry(head).or_default().push(g);
                }
            }
            if let Some(kind) = &group.kind {
                by_kind.entry(kind.as_str()).or_default().push(g);
            }
        }
        if by_role.is_empty() && by_kind.is_empty() {
            return;
        }
        // Where each group was last named, as the text is read.
        let mut starts: Vec<(usize, usize)> = self
            .names
            .iter()
            .filter_map(|n| Some((n.tokens.start, n.group?)))
            .collect();
        starts.sort_unstable();
        // The role heads of each person, and who was named last with each.
        let mut heads_of: Vec<Vec<&str>> = vec![Vec::new(); self.groups.len()];
        for (head, gs) in &by_role {
            for &g in gs {
                heads_of[g].push(head.as_str());
            }
        }
        let mut recent: HashMap<&str, usize> = HashMap::default();
        let mut last_named = vec![None; self.groups.len()];
        let mut next = 0;
        for i in 0..self.tokens.len() {
            while next < starts.len() && starts[next].0 < i {
                let g = starts[next].1;
                last_named[g] = Some(starts[next].0);
                for &head in &heads_of[g] {
                    recent.insert(head, g);
                }
                next += 1;
            }
            if !self.word(i).eq_ignore_ascii_case("the") || self.quoted[i] {
                continue;
            }
            for j in i + 1..(i + 2 + MAX_DESCRIPTION_GAP).min(self.tokens.len()) {
                let w = self.word(j);
                let lower = w.to_lowercase();
                // A place or nationality may qualify the noun ("the
                // California congressman"); other names end the search.
                let qualifier = self.name_ending[j]
                    .is_some_and(|n| matches!(self.names[n].label, "GPE" | "NORP"));
                if qualifier {
                    continue;
                }
                if self.name_ending[j].is_some()
                    || !w.chars().all(|c| c.is_alphanumeric() || c == '-')
                {
                    break;
                }
                let person = recent.get(lower.as_str()).copied();
                let body = by_kind
                    .get(lower.as_str())
                    .filter(|gs| gs.len() == 1 && last_named[gs[0]].is_some())
                    .map(|gs| gs[0]);
                if let Some(g) = person.or(body) {
                    let span = Span::new(self.tokens[i].span.start, self.tokens[j].span.end);
                    self.references.push((span, g));
                    break;
                }
                if w.chars().next().is_some_and(char::is_uppercase) && j > i + 1 {
                    break;
                }
            }
        }
    }

    /// The cluster of each quote's speaker: a name inside the speaker (a
    /// person before an organisation, the last one), a resolved pronoun
    /// or description, or a transcript's "WALLACE" for Wallace.
    fn link_speakers(&mut self, quotes: &mut [Quote]) {
        self.references.sort_unstable_by_key(|r| r.0.start);
        let name_starts: Vec<usize> = self.names.iter().map(|n| n.span.start).collect();
        let mut previous: Option<usize> = None;
        // Speakers that become mentions ("WALLACE", "it"), added after the
        // loop so that `references` stays sorted for the search.
        let mut speaker_mentions = Vec::new();
        // People by their surname in capitals, for transcripts; the first
        // named wins.
        let mut by_caps: HashMap<String, usize> = HashMap::default();
        for (g, group) in self.groups.iter().enumerate().rev() {
            if group.label == "PERSON" {
                by_caps.insert(group.last_word().to_uppercase(), g);
            }
        }
        for q in quotes.iter_mut() {
            let Some(speaker) = &q.speaker else {
                continue;
            };
            let span = Span::new(speaker.start, speaker.end);
            let from = name_starts.partition_point(|&s| s < span.start);
            let inside = self.names[from..]
                .iter()
                .take_while(|n| n.span.start < span.end)
                .filter(|n| n.span.end <= span.end)
                .filter_map(|n| n.group)
                .collect::<Vec<_>>();
            let named = inside
                .iter()
                .rev()
                .find(|&&g| self.groups[g].label == "PERSON")
                .or_else(|| inside.last())
                .copied();
            let referred = || {
                let at = self.references.partition_point(|r| r.0.start < span.start);
                self.references[at..]
                    .iter()
                    .take_while(|r| r.0.start < span.end)
                    .map(|r| r.1)
                    .next()
            };
            let shouted = || {
                let w = speaker.text.as_str();
                (w.len() > 1 && w.chars().all(|c| c.is_uppercase() || c == '-'))
                    .then(|| by_caps.get(w).copied())
                    .flatten()
            };
            // "it added": the organisation that spoke just before.
            let it = || {
                (speaker.text.eq_ignore_ascii_case("it"))
                    .then_some(previous)
                    .flatten()
                    .filter(|&g: &usize| self.groups[g].label == "ORG")
            };
            let group = named.or_else(referred);
            let extra = shouted().or_else(it);
            if let Some(g) = group.or(extra) {
                // A transcript's "WALLACE" or an organisation's "it" is a
                // mention of its cluster too.
                if group.is_none() {
                    speaker_mentions.push((span, g));
                }
                q.speaker_cluster = Some(g);
            }
            previous = q.speaker_cluster;
        }
        self.references.extend(speaker_mentions);
        // The outlet: a news agency named in the sentence of the cue that
        // is not the speaker ("In a prior interview with AFP, Sikorski
        // warned"). Per sentence the first two agencies of different
        // clusters are enough, found once, however many quotes it holds.
        let mut agencies: HashMap<usize, Vec<&NameMention>> = HashMap::default();
        for n in &self.names {
            let Some(g) = n.group else {
                continue;
            };
            if !self.groups[g].roles.iter().any(|r| r == "news agency") {
                continue;
            }
            let found = agencies
                .entry(self.sentence_of(n.tokens.start))
                .or_default();
            if found.len() < 2 && found.iter().all(|m| m.group != Some(g)) {
                found.push(n);
            }
        }
        for q in quotes.iter_mut() {
            let Some(cue) = &q.cue else {
                continue;
            };
            let at = self.tokens.partition_point(|t| t.span.start < cue.start);
            let outlet = agencies
                .get(&self.sentence_of(at))
                .and_then(|found| found.iter().find(|n| n.group != q.speaker_cluster));
            q.outlet = outlet.map(|n| Mention {
                start: n.span.start,
                end: n.span.end,
                text: self.text[n.span.range()].to_string(),
            });
        }
    }

    /// Clusters in order of first mention, with ids from 0; quotes'
    /// `speaker_cluster` renumbered to match.
    fn into_clusters(mut self, quotes: &mut [Quote]) -> Vec<Cluster> {
        for n in &self.names {
            if let Some(g) = n.group {
                self.groups[g].mentions.push(n.span);
            }
        }
        for &(span, g) in &self.references {
            self.groups[g].mentions.push(span);
        }
        let mut order: Vec<usize> = (0..self.groups.len())
            .filter(|&g| !self.groups[g].mentions.is_empty())
            .collect();
        for g in &mut self.groups {
            g.mentions.sort_unstable_by_key(|s| (s.start, s.end));
            g.mentions.dedup();
        }
        order.sort_by_key(|&g| self.groups[g].mentions[0].start);
        let mut id_of = vec![None; self.groups.len()];
        for (id, &g) in order.iter().enumerate() {
            id_of[g] = Some(id);
        }
        for q in quotes.iter_mut() {
            q.speaker_cluster = q.speaker_cluster.and_then(|g| id_of[g]);
        }
        let mut groups: Vec<Option<Group>> = self.groups.into_iter().map(Some).collect();
        order
            .iter()
            .enumerate()
            .filter_map(|(id, &g)| {
                let group = groups[g].take()?;
                Some(Cluster {
                    id,
                    label: group.label.to_string(),
                    name: group.name,
                    mentions: group.mentions.iter().map(|s| [s.start, s.end]).collect(),
                    roles: group.roles,
                    affiliations: group.affiliations,
                })
            })
            .collect()
    }
}

/// The rule passes of this stage, in the order they run: none can be
/// switched off yet (see `ARCHITECTURE.md`, "How to add a rule pass").
pub fn passes() -> impl Iterator<Item = &'static crate::Pass> {
    std::iter::empty()
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, Options};

    /// A cluster as (name, mentions, roles, affiliations).
    type Summary = (String, Vec<String>, Vec<String>, Vec<String>);

    fn clusters(text: &str) -> Vec<Summary> {
        let doc = Analyzer::new().annotate(text, &Options::new());
        doc.clusters
            .into_iter()
            .map(|c| {
                let mentions = c
                    .mentions
                    .iter()
                    .map(|&[s, e]| text[s..e].to_string())
                    .collect();
                (c.name, mentions, c.roles, c.affiliations)
            })
            .collect()
    }

    fn find<'c>(all: &'c [Summary], name: &str) -> &'c Summary {
        all.iter()
            .find(|c| c.0 == name)
            .unwrap_or_else(|| panic!("no {name} in {all:?}"))
    }

    #[test]
    fn surnames_join_the_person_named_last() {
        let all = clusters(
            "Bill Clinton met Hillary Clinton in Denver. Clinton said the trip went well. \
             Later Bill Clinton left, and Clinton waved.",
        );
        assert_eq!(
            find(&all, "Hillary Clinton").1,
            ["Hillary Clinton", "Clinton"]
        );
        assert_eq!(
            find(&all, "Bill Clinton").1,
            ["Bill Clinton", "Bill Clinton", "Clinton"]
        );
    }

    #[test]
    fn pronouns_agree_in_sex() {
        let all = clusters(
            "Elizabeth Warren questioned John Stumpf on Tuesday. She asked why he had not resigned.",
        );
        assert!(
            find(&all, "Elizabeth Warren")
                .1
                .contains(&"She".to_string()),
            "{all:?}"
        );
        assert!(
            find(&all, "John Stumpf").1.contains(&"he".to_string()),
            "{all:?}"
        );
    }

    #[test]
    fn a_person_of_known_sex_before_one_of_unknown_sex() {
        // The names layer takes the book title for a person; "she" is
        // still Clinton's.
        let all = clusters(
            "Hillary Clinton spoke on Monday. In her 2003 book, Living History, Clinton noted the clot. \
             After that, she was whisked off to a hospital.",
        );
        let clinton = find(&all, "Hillary Clinton");
        assert!(clinton.1.contains(&"she".to_string()), "{all:?}");
    }

    #[test]
    fn a_relative_who_is_the_person_before_it() {
        let all = clusters(
            "Obama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, \
             who in 2010 said the goal was to make Obama a \"one-term president.\"",
        );
        assert!(
            find(&all, "Mitch McConnell").1.contains(&"who".to_string()),
            "{all:?}"
        );
    }

    #[test]
    fn abbreviated_titles_are_roles_that_descriptions_name() {
        let all = clusters(
            "Rep. Adam Schiff called for sanctions. Meddling, the California congressman said, \
             is designed to sow discord. Sen. Tim Kaine spoke. The senator said more.",
        );
        let schiff = find(&all, "Adam Schiff");
        assert!(
            schiff.1.contains(&"the California congressman".to_string()),
            "{all:?}"
        );
        assert!(schiff.2.contains(&"Representative".to_string()), "{all:?}");
        let kaine = find(&all, "Tim Kaine");
        assert!(kaine.1.contains(&"The senator".to_string()), "{all:?}");
    }

    #[test]
    fn a_relative_who_is_not_a_name_further_back() {
        let all = clusters(
            "Donald Trump attacked the federal judge, who said the case would go on. \
             John Smith sued the Justice Department, who said the claims were baseless.",
        );
        assert!(
            !find(&all, "Donald Trump").1.contains(&"who".to_string()),
            "{all:?}"
        );
        assert!(
            !find(&all, "John Smith").1.contains(&"who".to_string()),
            "{all:?}"
        );
    }

    #[test]
    fn roles_from_apposition_and_descriptions() {
        let all = clusters(
            "John Burrows, the chairman of the Royal Society, spoke on Monday. \
             The chairman said the panel would meet again.",
        );
        let burrows = find(&all, "John Burrows");
        assert_eq!(burrows.2, ["chairman of the Royal Society"]);
        assert_eq!(burrows.3, ["Royal Society"]);
        assert!(
            burrows.1.contains(&"The chairman".to_string()),
            "{burrows:?}"
        );
    }

    #[test]
    fn acronyms_join_their_organisation() {
        let all = clusters(
            "The International Monetary Fund cut its forecast. The IMF said growth would slow.",
        );
        let imf = find(&all, "International Monetary Fund");
        assert!(imf.1.contains(&"IMF".to_string()), "{all:?}");
    }

    #[test]
    fn agencies_name_themselves_and_it_is_the_last_speaker() {
        let text = "North Korea's Korean Central News Agency (KCNA) said the drills \
                    were a provocation. \"We will answer,\" it added.";
        let doc = Analyzer::new().annotate(text, &Options::new());
        let kcna = doc
            .clusters
            .iter()
            .find(|c| c.name == "Korean Central News Agency")
            .unwrap_or_else(|| panic!("{:?}", doc.clusters));
        assert_eq!(kcna.roles, ["news agency"]);
        assert!(kcna.mentions.iter().any(|&[s, e]| &text[s..e] == "KCNA"));
        let direct = doc
            .quotes
            .iter()
            .find(|q| q.kind == "direct")
            .expect("a quote");
        assert_eq!(direct.speaker_cluster, Some(kcna.id), "{:?}", doc.quotes);
    }

    #[test]
    fn accented_given_names_and_shared_surnames() {
        // Once a panic: the first letter of "Łukasz" is two bytes.
        let all = clusters(
            "Jan Kowalski met reporters in Warsaw on Monday. Łukasz Kowalski said the talks \
             had failed. Émile Dupont and Eric Dupont disagreed.",
        );
        assert!(all.iter().any(|c| c.0 == "Łukasz Kowalski"), "{all:?}");
        assert!(all.iter().any(|c| c.0 == "Jan Kowalski"), "{all:?}");
    }

    #[test]
    fn a_transcript_speaker_does_not_hide_later_pronouns() {
        let text = "Fox host Chris Wallace interviewed Mike Pence on Sunday.\n\n\
                    \"WALLACE: Will you run?\"\n\nPence laughed. \"No,\" he said.";
        let doc = Analyzer::new().annotate(text, &Options::new());
        let pence = doc
            .clusters
            .iter()
            .find(|c| c.name == "Mike Pence")
            .expect("Pence");
        let last = doc.quotes.last().expect("a quote");
        assert_eq!(last.speaker.as_ref().map(|m| m.text.as_str()), Some("he"));
        assert_eq!(last.speaker_cluster, Some(pence.id));
    }
}
