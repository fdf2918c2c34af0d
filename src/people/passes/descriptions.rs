//! `people.descriptions`: "the minister", "the California congressman"
//! resolve by role head (with the other nouns of
//! `data/people/role_synonyms.txt`) to the person of that role named last
//! before; "the alliance" to the one organisation of that kind, and "the
//! company" to the one company (`data/people/company_suffixes.txt`).

use super::Rule;
use crate::document::Quote;
use crate::people::resolver::Resolver;
use crate::Pass;
use rustc_hash::FxHashMap as HashMap;

use crate::people::MAX_DESCRIPTION_GAP;
use crate::text::span::Span;
use crate::text::words::is_function_word;

/// The nouns that name a company whatever its trade ("the firm" is as
/// often a law or consulting firm named in passing: not read).
const COMPANY_NOUNS: [&str; 1] = ["company"];

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.descriptions",
        about: crate::passes::about("\"the minister\" to the person of that role named last; \"the alliance\" to the one organisation of that kind"),
    },
    run,
};

fn run(r: &mut Resolver, _quotes: &[Quote], on: bool) {
    if on {
        r.resolve_descriptions();
    }
}

impl Resolver<'_> {
    /// Resolves the descriptions of the text, in order.
    fn resolve_descriptions(&mut self) {
        let mut by_role: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_kind: HashMap<&str, Vec<usize>> = HashMap::default();
        for (g, group) in self.groups.iter().enumerate() {
            // A role's head is its last word before any preposition:
            // "minister" of "Foreign Minister", "chairman" of "chairman of
            // the Royal Society".
            for role in &group.roles {
                let head = role.split(' ').take_while(|w| !is_function_word(w)).last();
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
            // A company by its name's ending ("Halden Motors", "Corvan
            // Inc.") is also "the company".
            let company = group.label == "ORG"
                && group.words.len() >= 2
                && crate::resources::lists::people::company_suffixes::contains(
                    group.last_word().to_lowercase().as_str(),
                );
            if company {
                for noun in COMPANY_NOUNS {
                    if group.kind.as_deref() != Some(noun) {
                        by_kind.entry(noun).or_default().push(g);
                    }
                }
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
        crate::sort::sort(&mut starts);
        // The role heads of each person, and who was named last with each.
        let mut heads_of: Vec<Vec<&str>> = vec![Vec::new(); self.groups.len()];
        for (head, gs) in &by_role {
            for &g in gs {
                heads_of[g].push(head.as_str());
            }
        }
        let mut recent: HashMap<&str, usize> = HashMap::default();
        let mut last_named = vec![None; self.groups.len()];
        // The organisation named last outside quotation marks: "the
        // company" is a company only while it is the one in focus (an
        // article about a firm whose name says no "Inc." may name another
        // company in passing, or its spokesman may name one in a quote).
        let mut last_org = None;
        let mut next = 0;
        for i in 0..self.tokens.len() {
            while next < starts.len() && starts[next].0 < i {
                let g = starts[next].1;
                last_named[g] = Some(starts[next].0);
                if self.groups[g].label == "ORG" && !self.quoted[starts[next].0] {
                    last_org = Some(g);
                }
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
                    .map(|gs| gs[0])
                    .filter(|&g| {
                        !COMPANY_NOUNS.contains(&lower.as_str())
                            || self.groups[g].kind.as_deref() == Some(lower.as_str())
                            || last_org == Some(g)
                    });
                if let Some(g) = person.or(body) {
                    let span = Span::new(self.tokens[i].span.start, self.tokens[j].span.end);
                    self.references.push((span, g));
                    break;
                }
                if crate::text::is_capitalised(w) && j > i + 1 {
                    break;
                }
            }
        }
    }
}
