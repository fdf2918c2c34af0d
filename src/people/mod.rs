//! People and organisations as clusters: the mentions of one person ("Russian
//! Foreign Minister Sergey Lavrov" ... "Lavrov" ... "he") or organisation
//! ("North Atlantic Treaty Organization" ... "NATO" ... "the alliance")
//! grouped, with roles and affiliations read off the titles before a name
//! and the apposition after it; then, for each quote, the cluster of its
//! speaker and the outlet that carried it, returned as [`SpeakerLink`]s
//! for the pipeline to apply.
//!
//! - `group`: a person or organisation while clusters are built;
//! - `resolver`: what the passes share, and the readers of titles,
//!   places and appositions around a name;
//! - `passes/`: one file per pass, run in the order of `passes::ALL`,
//!   each named `people.<pass>` and switchable.
//!
//! Works on the normalised text and the names layer's entities. Every rule
//! reads a bounded window around one mention, and names, people and roles
//! are found through maps, so the stage is linear in the text.

mod group;
pub(crate) mod passes;
mod resolver;

use crate::document::{Cluster, Entity, Mention, Quote};
use crate::names::gazetteer::Gazetteer;
use crate::segment::Structure;
use crate::text::span::Span;
use resolver::{NameMention, Resolver};

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

/// What the people stage says about one quote: the cluster of its speaker
/// (an index into the clusters it returns) and the news agency that
/// carried it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpeakerLink {
    pub cluster: Option<usize>,
    pub outlet: Option<Mention>,
}

/// Groups the PERSON and ORG names of a document into clusters, adds
/// pronouns and descriptions that refer to them, and links each quote's
/// speaker to its cluster: one [`SpeakerLink`] per quote, in the order of
/// `quotes`. Spans are in the normalised text.
pub fn resolve(
    text: &str,
    structure: &Structure,
    entities: &[Entity],
    quotes: &[Quote],
    gazetteer: &Gazetteer,
    switches: &crate::Switches,
) -> (Vec<Cluster>, Vec<SpeakerLink>) {
    let tokens = &structure.tokens;
    let token_range = |span: Span| {
        tokens.partition_point(|t| t.span.start < span.start)
            ..tokens.partition_point(|t| t.span.end <= span.end)
    };
    // An outlet that carried a quote is an organisation, whatever the
    // tagger said: "Detik.com" never becomes a person.
    let mut outlets: Vec<(usize, usize)> = quotes
        .iter()
        .filter_map(|q| q.outlet.as_ref().map(|o| (o.start, o.end)))
        .collect();
    crate::sort::sort(&mut outlets);
    let mut names = Vec::new();
    for e in entities {
        let outlet = outlets.binary_search(&(e.start, e.end)).is_ok();
        let label = match e.label.as_str() {
            "PERSON" if outlet => "ORG",
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
        switches,
        groups: Vec::new(),
        names,
        name_ending,
        quoted,
        references: Vec::new(),
        by_last: Default::default(),
        by_first: Default::default(),
        speaker_groups: vec![None; quotes.len()],
        outlets: vec![None; quotes.len()],
        first_words: Default::default(),
    };
    for rule in passes::ALL {
        (rule.run)(&mut r, quotes, switches.is_on(rule.pass.name));
    }
    r.into_clusters()
}

/// The rule passes of this stage, in the order they run.
pub fn passes() -> impl Iterator<Item = &'static crate::Pass> {
    passes::ALL.iter().map(|r| &r.pass)
}

#[cfg(test)]
mod tests;
