//! The resolver's state, which every people pass reads and extends: the
//! names of the article with their groups, the pronouns and descriptions
//! resolved so far, and the speaker links; with the helpers that read
//! titles, places and appositions around a name.

use std::cell::RefCell;
use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use super::group::Group;
use super::{SpeakerLink, MAX_APPOSITION, MAX_TITLE_TOKENS};
use crate::document::{Cluster, Mention};
use crate::names::gazetteer::{FirstWords, Gazetteer, Kind};
use crate::segment::{Structure, Token};
use crate::text::span::Span;
use crate::text::words::{is_article, is_function_word, is_preposition};

/// A name found by the names layer, with its tokens and cluster.
pub(crate) struct NameMention {
    pub span: Span,
    pub tokens: Range<usize>,
    pub label: &'static str,
    pub group: Option<usize>,
}

/// What the people passes share: the article, the groups built so far,
/// the names and what they refer to, and the speaker links.
pub(crate) struct Resolver<'a> {
    pub text: &'a str,
    pub gazetteer: &'a Gazetteer,
    pub tokens: &'a [Token],
    pub structure: &'a Structure,
    pub switches: &'a crate::Switches,
    pub groups: Vec<Group>,
    pub names: Vec<NameMention>,
    /// For each token, the name (index into `names`) that ends there.
    pub name_ending: Vec<Option<usize>>,
    /// Tokens inside direct quotes, where "he" is the speaker's business.
    pub quoted: Vec<bool>,
    /// Resolved pronouns and descriptions: span and group.
    pub references: Vec<(Span, usize)>,
    /// People by the last and by the first word of their full name, so
    /// that finding a lone name's person costs no scan of all people.
    pub by_last: HashMap<String, Vec<usize>>,
    pub by_first: HashMap<String, Vec<usize>>,
    /// For each quote, the group its speaker is (before renumbering).
    pub speaker_groups: Vec<Option<usize>>,
    /// For each quote, the news agency that carried it.
    pub outlets: Vec<Option<Mention>>,
    /// Which words of the article start a gazetteer entry or a title,
    /// looked up once for all the titles sought before names.
    pub first_words: RefCell<FirstWords<'a>>,
}

impl<'a> Resolver<'a> {
    pub(crate) fn word(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].span.range()]
    }

    pub(crate) fn name_text(&self, n: usize) -> &'a str {
        &self.text[self.names[n].span.range()]
    }

    pub(crate) fn sentence_of(&self, i: usize) -> usize {
        self.structure
            .sentences
            .partition_point(|s| s.tokens.end <= i)
            .min(self.structure.sentences.len().saturating_sub(1))
    }

    pub(crate) fn sentence_tokens(&self, s: usize) -> Range<usize> {
        self.structure
            .sentences
            .get(s)
            .map_or(0..self.tokens.len(), |s| s.tokens.clone())
    }

    /// The title (from the titles list) that ends right before token `end`
    /// in the sentence starting at `start`: its first token.
    pub(crate) fn title_ending_at(&self, end: usize, start: usize) -> Option<usize> {
        let from = end.saturating_sub(MAX_TITLE_TOKENS).max(start);
        self.gazetteer
            .find_with(
                self.text,
                &self.tokens[from..end],
                false,
                &mut self.first_words.borrow_mut(),
            )
            .into_iter()
            .filter(|m| m.kinds.has(Kind::Title) && from + m.end == end)
            .map(|m| from + m.start)
            .min()
    }

    /// Where an affiliation names: "Russian" is Russia, "U.S." is U.S.
    pub(crate) fn place_of(&self, n: usize) -> String {
        let text = self.name_text(n);
        let text = text.strip_suffix("'s").unwrap_or(text);
        match self.names[n].group {
            Some(g) => self.groups[g].name.clone(),
            None => crate::resources::lists::people::demonym_places::get(text)
                .map_or_else(|| text.to_string(), |p| p.to_string()),
        }
    }

    /// A place, nationality or organisation that ends right before token
    /// `end` ("NATO", "Russian", "Russia 's"): its name index.
    pub(crate) fn affiliation_ending_at(&self, end: usize, start: usize) -> Option<usize> {
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
    pub(crate) fn apposition(&self, mut i: usize, end: usize) -> Option<(String, Option<String>)> {
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member,".
        if i < end && self.word(i) == "(" {
            i = (i..end.min(i + 6)).find(|&k| self.word(k) == ")")? + 1;
        }
        if i + 2 >= end || self.word(i) != "," {
            return None;
        }
        let first = i + 1;
        let article = is_article(self.word(first).to_lowercase().as_str());
        // Up to the closing comma, or to the end of the sentence (the
        // apposition closes it: "said Peter Schiff, chief economist at
        // Merk Investments.").
        let close = (first..end.min(first + MAX_APPOSITION + 1))
            .find(|&k| self.word(k) == ",")
            .or_else(|| {
                let last = end.checked_sub(1)?;
                (last > first
                    && last - first <= MAX_APPOSITION
                    && matches!(self.word(last), "." | ";"))
                .then_some(last)
            })?;
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
            || !(article || titled || self.post_modified_role(phrase.clone()))
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
        let prep = phrase.clone().find(|&k| is_preposition(self.word(k)));
        let affiliation = phrase
            .clone()
            .rev()
            .filter_map(|k| self.name_ending[k])
            .find(|&n| matches!(self.names[n].label, "GPE" | "ORG"))
            .map(|n| match prep {
                // A name the tagger ran over the role ("CEO of GM"): the
                // words after the preposition.
                Some(p) if self.names[n].tokens.start <= p && p + 1 < self.names[n].tokens.end => {
                    self.text[self.tokens[p + 1].span.start..self.names[n].span.end].to_string()
                }
                _ => self.place_of(n),
            });
        Some((role, affiliation))
    }

    /// Whether `phrase` is a role with a post-modifier and no article:
    /// "chief economist at Merk Investments", "CEO of GM": a head of at
    /// most three lower-case words or an acronym ("CEO"), then a
    /// preposition and a name.
    fn post_modified_role(&self, phrase: Range<usize>) -> bool {
        let Some(prep) = phrase
            .clone()
            .find(|&k| is_preposition(self.word(k)))
            .filter(|&p| p > phrase.start && p - phrase.start <= 3 && p + 1 < phrase.end)
        else {
            return false;
        };
        let head_word = |k: usize| {
            let w = self.word(k);
            let acronym = (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
            let lower_word = w.chars().all(|c| c.is_lowercase() || c == '-')
                && !is_function_word(w)
                && !crate::resources::lists::quotes::cues::contains(w);
            acronym || lower_word
        };
        // The head's last word names a doer: "economist", "curator", or an
        // acronym ("CEO").
        let doer = {
            let w = self.word(prep - 1);
            let acronym = w.chars().all(|c| c.is_ascii_uppercase());
            acronym
                || (2..=6).any(|n| {
                    w.len() > n + 2
                        && w.is_char_boundary(w.len() - n)
                        && crate::resources::lists::people::role_suffixes::contains(
                            &w[w.len() - n..],
                        )
                })
        };
        doer && (phrase.start..prep).all(head_word)
            && (prep + 1..phrase.end).any(|k| self.name_ending[k].is_some())
    }

    /// Clusters in order of first mention, with ids from 0, and each
    /// quote's link to its speaker's cluster (renumbered to match) and
    /// outlet.
    pub(crate) fn into_clusters(mut self) -> (Vec<Cluster>, Vec<SpeakerLink>) {
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
            crate::sort::sort_by_key(&mut g.mentions, |s| (s.start, s.end));
            g.mentions.dedup();
        }
        crate::sort::sort_by_key(&mut order, |&g| self.groups[g].mentions[0].start);
        let mut id_of = vec![None; self.groups.len()];
        for (id, &g) in order.iter().enumerate() {
            id_of[g] = Some(id);
        }
        let links = self
            .speaker_groups
            .iter()
            .zip(std::mem::take(&mut self.outlets))
            .map(|(group, outlet)| SpeakerLink {
                cluster: group.and_then(|g| id_of[g]),
                outlet,
            })
            .collect();
        let mut groups: Vec<Option<Group>> = self.groups.into_iter().map(Some).collect();
        let clusters = order
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
            .collect();
        (clusters, links)
    }
}
