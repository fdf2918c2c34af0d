//! `people.organisations`: organisations grouped by name, case and "the"
//! aside, and (unless `people.acronyms` is off) by acronym: "NATO" joins
//! "North Atlantic Treaty Organization", as does an acronym in brackets
//! right after the name. Each gets its kind ("the alliance") and, for a
//! news agency, that role.

use super::Rule;
use crate::document::Quote;
use crate::people::resolver::Resolver;
use crate::Pass;
use rustc_hash::FxHashMap as HashMap;

use crate::names::gazetteer::Kind;
use crate::people::group::{acronym_of, is_acronym, name_words, Group};

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.organisations",
        about: crate::passes::about(
            "organisations grouped by name (case and \"the\" aside), with their kind",
        ),
    },
    run,
};

fn run(r: &mut Resolver, _quotes: &[Quote], on: bool) {
    if on {
        r.group_organisations();
    }
}

impl Resolver<'_> {
    /// Organisations in text order.
    fn group_organisations(&mut self) {
        let acronyms = self.switches.is_on(super::acronyms::RULE.pass.name);
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
                if !acronyms {
                    return None;
                }
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
            if acronyms
                && end + 2 < self.tokens.len()
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
}
