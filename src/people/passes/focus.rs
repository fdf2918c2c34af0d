//! `people.focus`: a pronoun speaker that nothing nearer resolved ("he"
//! two paragraphs after the name, past a long quote) is the one in focus,
//! as a reader takes it: whoever spoke last, if they agree; else the
//! person of that sex mentioned last. "he" and "she" go only to people;
//! "it" goes to the organisation that spoke or was named last, and "they"
//! to an organisation that spoke last or was named in its sentence or the
//! one before.

use super::Rule;
use crate::document::Quote;
use crate::names::gazetteer::Sex;
use crate::people::resolver::Resolver;
use crate::text::span::Span;
use crate::Pass;

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.focus",
        about: crate::passes::about("an unresolved pronoun speaker goes to who spoke last, or the person of that sex named last"),
    },
    run,
};

fn run(r: &mut Resolver, quotes: &[Quote], on: bool) {
    if on {
        r.resolve_focus(quotes);
    }
}

/// What a pronoun can refer to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wants {
    Person(Sex),
    Organisation,
    /// "they": only an organisation that spoke last.
    SpeakingOrganisation,
}

impl Resolver<'_> {
    /// The token that starts at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }

    fn wants(word: &str) -> Option<Wants> {
        match crate::resources::lists::people::pronouns::get(word) {
            Some('F') => Some(Wants::Person(Sex::Female)),
            Some(_) => Some(Wants::Person(Sex::Male)),
            None if word == "it" => Some(Wants::Organisation),
            None if word == "they" => Some(Wants::SpeakingOrganisation),
            None => None,
        }
    }

    /// Links the quotes whose speaker is a pronoun with no cluster yet.
    fn resolve_focus(&mut self, quotes: &[Quote]) {
        // Every mention with its group, in text order, and the quotes to
        // resolve in the order of their speakers.
        let mut timeline: Vec<(usize, usize)> = self
            .names
            .iter()
            .filter_map(|n| Some((n.span.start, n.group?)))
            .chain(self.references.iter().map(|&(s, g)| (s.start, g)))
            .collect();
        crate::sort::sort(&mut timeline);
        let mut spoke: Vec<(usize, usize)> = quotes
            .iter()
            .zip(&self.speaker_groups)
            .filter_map(|(q, g)| Some((q.speaker.as_ref()?.start, (*g)?)))
            .collect();
        crate::sort::sort(&mut spoke);
        let mut todo: Vec<(usize, usize, Wants)> = quotes
            .iter()
            .enumerate()
            .filter(|&(q, _)| self.speaker_groups[q].is_none())
            .filter_map(|(q, quote)| {
                let speaker = quote.speaker.as_ref()?;
                let wants = Self::wants(crate::segment::lower(&speaker.text).as_ref())?;
                Some((speaker.start, q, wants))
            })
            .collect();
        crate::sort::sort_by_key(&mut todo, |t| (t.0, t.1));
        // The last person of each sex (known, or of unknown sex) and the
        // last organisation named before the point the sweep has reached.
        let (mut known, mut agreeing) = ([None; 2], [None; 2]);
        let mut organisation = None;
        let (mut next, mut next_spoke, mut last_spoke) = (0, 0, None);
        for (at, q, wants) in todo {
            while next < timeline.len() && timeline[next].0 < at {
                let g = timeline[next].1;
                let group = &self.groups[g];
                if group.label == "PERSON" {
                    for (i, sex) in [Sex::Male, Sex::Female].into_iter().enumerate() {
                        if group.sex == Some(sex) {
                            known[i] = Some(g);
                        }
                        if group.agrees(Some(sex)) {
                            agreeing[i] = Some(g);
                        }
                    }
                } else {
                    organisation = Some((timeline[next].0, g));
                }
                next += 1;
            }
            while next_spoke < spoke.len() && spoke[next_spoke].0 < at {
                last_spoke = Some(spoke[next_spoke].1);
                next_spoke += 1;
            }
            let found = match wants {
                Wants::Person(sex) => {
                    let i = usize::from(sex == Sex::Female);
                    last_spoke
                        .filter(|&g| self.groups[g].agrees(Some(sex)))
                        .or(known[i])
                        .or(agreeing[i])
                }
                Wants::Organisation => last_spoke
                    .filter(|&g| self.groups[g].label == "ORG")
                    .or(organisation.map(|o| o.1)),
                // "they" for an organisation named in this sentence or the
                // one before ("Politifact seized on ... They checked").
                Wants::SpeakingOrganisation => {
                    let token = self.token_at(at);
                    let sentence = self.sentence_of(token);
                    // A group of people in subject position before it in
                    // its sentence ("Exhibit goers then became part of the
                    // exhibit they had wanted to attend") is what "they"
                    // takes up, not the organisation that spoke last; one
                    // named in this sentence or the one before still is.
                    let group_nearer = self.plural_subject(sentence, token);
                    last_spoke
                        .filter(|&g| self.groups[g].label == "ORG" && !group_nearer)
                        .or(organisation
                            .filter(|&(pos, _)| {
                                self.sentence_of(self.token_at(pos)) + 1 >= sentence
                            })
                            .map(|o| o.1))
                }
            };
            if let Some(g) = found {
                self.speaker_groups[q] = Some(g);
                let speaker = quotes[q].speaker.as_ref().expect("a speaker");
                self.references
                    .push((Span::new(speaker.start, speaker.end), g));
                last_spoke = Some(g);
            }
        }
    }
}

/// Most tokens from a sentence's start (past an opening phrase) that are
/// read as its subject.
const SUBJECT_TOKENS: usize = 3;

impl Resolver<'_> {
    /// Whether sentence `s` opens (before token `before`) with a plural
    /// subject that is no name: a lower-case plural noun ("Exhibit
    /// goers"), past an opening phrase that ends in a comma ("In fact,
    /// the organisers ...").
    fn plural_subject(&self, s: usize, before: usize) -> bool {
        let range = self.sentence_tokens(s);
        let end = range.end.min(before);
        let opening = (range.start..end.min(range.start + 2 * SUBJECT_TOKENS))
            .find(|&k| self.word(k) == ",")
            .map_or(range.start, |comma| comma + 1);
        (opening..end.min(opening + SUBJECT_TOKENS)).any(|k| {
            let w = self.word(k);
            w.len() > 3
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && !crate::text::words::is_function_word(w)
                && !crate::resources::lists::quotes::cues::contains(w)
        })
    }
}
