//! `people.speakers`: the cluster of each quote's speaker: a name inside
//! the speaker (a person before an organisation, the last one), a
//! resolved pronoun or description, a transcript's "WALLACE" for Wallace,
//! or for "it" the organisation that spoke just before.

use super::Rule;
use crate::document::Quote;
use crate::people::resolver::Resolver;
use crate::Pass;
use rustc_hash::FxHashMap as HashMap;

use crate::text::span::Span;

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.speakers",
        about: crate::passes::about("each quote's speaker linked to its cluster: a name inside it, a resolved pronoun or description"),
    },
    run,
};

fn run(r: &mut Resolver, quotes: &[Quote], on: bool) {
    if on {
        r.link_speakers(quotes);
    }
}

impl Resolver<'_> {
    /// Links every quote with a speaker.
    fn link_speakers(&mut self, quotes: &[Quote]) {
        crate::sort::sort_by_key(&mut self.references, |r| r.0.start);
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
        for (q_idx, q) in quotes.iter().enumerate() {
            let Some(speaker) = &q.speaker else {
                continue;
            };
            let span = Span::new(speaker.start, speaker.end);
            // A speaker that ends in a relative ("Ann Lee, 45, who", "the
            // union, which") is its antecedent's: only a name or mention
            // that opens it and is no possessive ("Trump's adult
            // children, who"), or the relative's own link.
            let relative = speaker
                .text
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| matches!(crate::segment::lower(w).as_ref(), "who" | "which"));
            let heads = |start: usize, end: usize| {
                !relative || {
                    let after = &self.text[end..];
                    start == span.start
                        && !after.starts_with("'s")
                        && !after.starts_with("\u{2019}s")
                }
            };
            let from = name_starts.partition_point(|&s| s < span.start);
            let inside = self.names[from..]
                .iter()
                .take_while(|n| n.span.start < span.end)
                .filter(|n| n.span.end <= span.end && heads(n.span.start, n.span.end))
                .filter_map(|n| n.group)
                .collect::<Vec<_>>();
            let named = inside
                .iter()
                .rev()
                .find(|&&g| self.groups[g].label == "PERSON")
                .or_else(|| inside.last())
                .copied();
            // A list of people ("Ann Lee, Bob Chan and Joe Park said")
            // or of organisations ("Acme and Globex said") speaks as one:
            // no one party's cluster takes the words.
            if self.lists_parties(span) {
                continue;
            }
            let referred = || {
                let at = self.references.partition_point(|r| r.0.start < span.start);
                self.references[at..]
                    .iter()
                    .take_while(|r| r.0.start < span.end)
                    .find(|r| r.0.end == span.end || heads(r.0.start, r.0.end))
                    .map(|r| r.1)
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
                self.speaker_groups[q_idx] = Some(g);
            }
            previous = self.speaker_groups[q_idx];
        }
        self.references.extend(speaker_mentions);
    }

    /// Whether the speaker at `span` is a list of two or more parties,
    /// people or organisations ("Ann Lee and Bob Chan", "Acme and Globex",
    /// "Ann Lee and Acme Corp."): its last two names are of different
    /// clusters with only "and" or ", and" between them.
    fn lists_parties(&self, span: Span) -> bool {
        let from = self.names.partition_point(|n| n.span.start < span.start);
        let named: Vec<(&crate::people::resolver::NameMention, usize)> = self.names[from..]
            .iter()
            .take_while(|n| n.span.start < span.end)
            .filter(|n| n.span.end <= span.end)
            .filter_map(|n| n.group.map(|g| (n, g)))
            .filter(|&(_, g)| matches!(self.groups[g].label, "PERSON" | "ORG"))
            .collect();
        let [.., (a, ga), (b, gb)] = named.as_slice() else {
            return false;
        };
        let gap = self.text[a.span.end..b.span.start].trim();
        ga != gb && matches!(gap, "and" | ", and")
    }
}
