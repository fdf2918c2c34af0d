//! `people.outlets`: a news agency named in the sentence of a quote's cue
//! that is not its speaker is the quote's outlet ("In a prior interview
//! with AFP, Sikorski warned").

use super::Rule;
use crate::document::Quote;
use crate::people::resolver::Resolver;
use crate::Pass;
use rustc_hash::FxHashMap as HashMap;

use crate::document::Mention;
use crate::people::resolver::NameMention;

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.outlets",
        about: crate::passes::about(
            "a news agency in the cue's sentence that is not the speaker is the quote's outlet",
        ),
    },
    run,
};

fn run(r: &mut Resolver, quotes: &[Quote], on: bool) {
    if on {
        r.find_outlets(quotes);
    }
}

impl Resolver<'_> {
    /// The outlet of every quote with a cue.
    fn find_outlets(&mut self, quotes: &[Quote]) {
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
        for (q_idx, q) in quotes.iter().enumerate() {
            let Some(cue) = &q.cue else {
                continue;
            };
            let at = self.tokens.partition_point(|t| t.span.start < cue.start);
            let outlet = agencies
                .get(&self.sentence_of(at))
                .and_then(|found| found.iter().find(|n| n.group != self.speaker_groups[q_idx]));
            self.outlets[q_idx] = outlet.map(|n| Mention {
                start: n.span.start,
                end: n.span.end,
                text: self.text[n.span.range()].to_string(),
            });
        }
    }
}
