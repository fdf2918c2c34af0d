//! `people.pronouns`: "he" and "she" outside quotes resolve to the first
//! person of agreeing sex named earlier in the sentence (its subject), else
//! in the nearest of the sentences before that names one; "himself" to the
//! nearest. A person of known sex comes before one of unknown sex.

use super::Rule;
use crate::document::Quote;
use crate::names::gazetteer::Sex;
use crate::people::resolver::Resolver;
use crate::people::{MAX_REFLEXIVE_REACH, PRONOUN_REACH};
use crate::Pass;

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.pronouns",
        about: crate::passes::about("\"he\"/\"she\" to the first person of agreeing sex in the sentence, else in the nearest before"),
    },
    run,
};

fn run(r: &mut Resolver, _quotes: &[Quote], on: bool) {
    if on {
        r.resolve_pronouns();
    }
}

impl Resolver<'_> {
    /// Resolves the pronouns of the text, in order.
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
}
