//! `people.surnames`: a lone name ("Lavrov", "Mr. Obama") joins the
//! person of that surname named most recently, or else the first one named
//! later; an ORG that is a known person's surname ("Trump" mistagged) is
//! that person; a person named only by one word gathers its later mentions.

use super::Rule;
use crate::document::Quote;
use crate::people::group::{name_words, Group};
use crate::people::resolver::Resolver;
use crate::Pass;

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.surnames",
        about: crate::passes::about(
            "a lone surname joins the person of that surname named last (or next)",
        ),
    },
    run,
};

fn run(r: &mut Resolver, _quotes: &[Quote], on: bool) {
    if on {
        r.join_lone_names();
    }
}

impl Resolver<'_> {
    /// Lone names, in text order.
    fn join_lone_names(&mut self) {
        // Lone names, in text order; an ORG that is a known person's
        // surname ("Trump" mistagged) is that person.
        let mut last_seen: Vec<Option<usize>> = vec![None; self.groups.len()];
        // The surnames by their lower case, for a surname in capitals
        // ("O'ROURKE" is O'Rourke), read once.
        let caps: rustc_hash::FxHashMap<String, String> = self
            .by_last
            .keys()
            .map(|k| (k.to_lowercase(), k.clone()))
            .collect();
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
            // A surname in capitals, as a transcript labels its speaker
            // ("PENCE: ..."), is the person of that surname.
            let by_surname = self
                .by_last
                .get(w)
                .or_else(|| {
                    shouted(w)
                        .and_then(|low| caps.get(&low))
                        .and_then(|k| self.by_last.get(k))
                })
                .unwrap_or(&none);
            let candidates = if by_surname.is_empty() && label == "PERSON" {
                self.by_first.get(w).unwrap_or(&none)
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
                    self.by_last.entry(w.clone()).or_default().push(g);
                    g
                }
                None => continue,
            };
            self.names[n].label = "PERSON";
            self.names[n].group = Some(g);
            last_seen[g] = Some(pos);
        }
    }
}

/// A word in capitals ("PENCE", "O'ROURKE", "McCAIN") in lower case, to
/// look up as a name; `None` for any other word.
fn shouted(w: &str) -> Option<String> {
    crate::text::words::in_capitals(w).then(|| w.to_lowercase())
}
