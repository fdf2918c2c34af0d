//! The per-token index of one article that every attribution pass reads:
//! which tokens are names (and of which label), cues and cues beside a
//! quotation, looked up once; and the word tests built on it.

use crate::document::{Entity, Mention};
use crate::segment::{lower, Structure, Token};
use crate::text::span::Span;
use crate::text::words::{is_article, is_be, is_function_word, is_have};

/// Whether `w` is a word of a noun phrase: letters, perhaps joined by
/// hyphens with digits ("conservative-leaning", "46-year-old").
pub(crate) fn is_word(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && w.chars().all(|c| c.is_alphanumeric() || c == '-')
}

pub(crate) fn word<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    &text[tokens[i].span.range()]
}

/// Whether `s` ends in a web domain's ending: a dot after a letter, then
/// two or three lower-case letters ("Detik.com", "Politico.eu").
fn is_domain(s: &str) -> bool {
    s.rsplit_once('.').is_some_and(|(name, end)| {
        name.ends_with(|c: char| c.is_alphabetic())
            && (2..=3).contains(&end.len())
            && end.chars().all(|c| c.is_ascii_lowercase())
    })
}

/// The tokens of an article, indexed for attribution: names, cues and
/// cues beside a quotation, each looked up once.
pub(crate) struct Index<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// For each token, the entity that starts there and its token length.
    pub entity_at: Vec<Option<(usize, usize)>>,
    /// For each token, the entity that ends there (token index of its start).
    pub entity_ending: Vec<Option<usize>>,
    /// Whether the token is inside a name: "the United States" is no cue.
    pub in_entity: Vec<bool>,
    /// The label of each name that `entity_at` points to.
    pub labels: Vec<&'a str>,
    /// Whether each token is a cue ("said"), looked up once.
    pub cue_at: Vec<bool>,
    /// Whether each token is a cue right beside a quotation: any cue, and
    /// "read", "pressed" and the like ("the email read").
    pub adjacent_cue_at: Vec<bool>,
}

impl<'a> Index<'a> {
    pub(crate) fn new(text: &'a str, tokens: &'a [Token], entities: &'a [Entity]) -> Index<'a> {
        let mut entity_at = vec![None; tokens.len()];
        let mut entity_ending = vec![None; tokens.len()];
        let mut in_entity = vec![false; tokens.len()];
        let mut labels = Vec::new();
        for (e_idx, e) in entities
            .iter()
            .filter(|e| matches!(e.label.as_str(), "PERSON" | "ORG" | "GPE" | "NORP"))
            .enumerate()
        {
            labels.push(e.label.as_str());
            let first = tokens.partition_point(|t| t.span.start < e.start);
            let last = tokens.partition_point(|t| t.span.end <= e.end);
            if first < last && last <= tokens.len() {
                entity_at[first] = Some((e_idx, last - first));
                entity_ending[last - 1] = Some(first);
                in_entity[first..last].iter_mut().for_each(|t| *t = true);
            }
        }
        let mut cue_at = vec![false; tokens.len()];
        let mut adjacent_cue_at = vec![false; tokens.len()];
        for i in (0..tokens.len()).filter(|&i| !in_entity[i]) {
            let w = lower(word(text, tokens, i));
            let cue = crate::resources::lists::quotes::cues::contains(w.as_ref());
            cue_at[i] = cue || crate::resources::lists::quotes::attitude_cues::contains(w.as_ref());
            // Verbs of thought are no cue beside a quotation: "the team
            // wanted to "keep it quiet"" is not the team's quote.
            adjacent_cue_at[i] =
                cue || crate::resources::lists::quotes::adjacent_cues::contains(w.as_ref());
        }
        Index {
            text,
            tokens,
            entity_at,
            entity_ending,
            cue_at,
            adjacent_cue_at,
            in_entity,
            labels,
        }
    }

    pub(crate) fn word(&self, i: usize) -> &'a str {
        word(self.text, self.tokens, i)
    }

    /// Whether a PERSON name starts at token `i` (false past the end).
    pub(crate) fn person_starts(&self, i: usize) -> bool {
        self.entity_at
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|(e, _)| self.labels[e] == "PERSON")
    }

    pub(crate) fn is_cue(&self, i: usize) -> bool {
        self.cue_at[i]
    }

    /// Whether tokens `first..=last` name an outlet: a name with a word of
    /// the news trade ("the Washington Post", "Fox News") or a web domain
    /// ("Detik.com").
    pub(crate) fn is_outlet(&self, first: usize, last: usize) -> bool {
        let span = &self.text[self.tokens[first].span.start..self.tokens[last].span.end];
        is_domain(span)
            || (first..=last).any(|k| {
                (self.in_entity[k] || self.capitalised(k))
                    && crate::resources::lists::quotes::media_words::contains(
                        lower(self.word(k)).as_ref(),
                    )
            })
    }

    /// Token `last`, or the last token of a web domain's ending right
    /// after it: "Detik" of "Detik.com" gives "com".
    pub(crate) fn with_domain(&self, last: usize) -> usize {
        let start = self.tokens[last].span.start;
        (last + 1..self.tokens.len().min(last + 3))
            .take_while(|&k| self.tokens[k].span.start == self.tokens[k - 1].span.end)
            .filter(|&k| is_domain(&self.text[start..self.tokens[k].span.end]))
            .last()
            .unwrap_or(last)
    }

    /// The name that starts at token `i`, if any: its last token.
    pub(crate) fn name_at(&self, i: usize) -> Option<usize> {
        self.entity_at.get(i)?.map(|(_, len)| i + len - 1)
    }

    /// Whether speaker `first..=last` and cue `cue` are a hedge, not a
    /// report: the writer or the reader with a verb of thought ("I think",
    /// "you know", "we see").
    pub(crate) fn hedge(&self, first: usize, last: usize, cue: usize) -> bool {
        first == last
            && crate::resources::lists::quotes::attitude_cues::contains(
                lower(self.word(cue)).as_ref(),
            )
            && crate::resources::lists::quotes::hedge_subjects::contains(
                lower(self.word(first)).as_ref(),
            )
    }

    pub(crate) fn is_adjacent_cue(&self, i: usize) -> bool {
        self.adjacent_cue_at[i]
    }

    /// Whether token `i` is a cue of telling ("told", "telling"), whose
    /// object is the listener (`data/quotes/listener_cues.txt`).
    pub(crate) fn is_listener_cue(&self, i: usize) -> bool {
        crate::resources::lists::quotes::listener_cues::contains(lower(self.word(i)).as_ref())
    }

    pub(crate) fn mention(&self, first: usize, last: usize) -> Mention {
        let span = Span::new(self.tokens[first].span.start, self.tokens[last].span.end);
        Mention {
            start: span.start,
            end: span.end,
            text: self.text[span.range()].to_string(),
        }
    }
}

impl Index<'_> {
    /// Whether token `i` starts with a capital letter.
    pub(crate) fn capitalised(&self, i: usize) -> bool {
        crate::text::is_capitalised(self.word(i))
    }

    /// Whether cue `cue` is a noun here: followed by its verb it is the
    /// subject ("Recent reports have revealed that ..."), before "of" it
    /// is a noun too ("a rare note of self-deprecation"), and so is "show"
    /// after a name.
    pub(crate) fn used_as_noun(&self, cue: usize) -> bool {
        (cue + 1 < self.tokens.len() && {
            let next = lower(self.word(cue + 1));
            // ("said having him ..." opens a clause with a gerund.)
            (is_have(&next) && next != "having") || is_be(&next) || next == "of"
        })
            // "Blige's upcoming Apple Music show": "show" after a name is
            // a noun ("Polls show that ..." is a report).
            || (cue > 0 && lower(self.word(cue)) == "show" && self.in_entity[cue - 1])
    }

    /// Whether token `i` is a word in capitals ("CONGRESS", "OZ'S").
    pub(crate) fn all_caps(&self, i: usize) -> bool {
        crate::text::words::all_capitals(self.word(i))
    }

    /// Whether token `i` is a year in four digits.
    pub(crate) fn is_year(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())
    }

    /// Whether token `i` is a year, a weekday or a month.
    pub(crate) fn is_time_word(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_year(i)
            || crate::text::calendar::weekday_of(w).is_some()
            || crate::text::calendar::month_of(w).is_some()
            || crate::resources::lists::quotes::time_nouns::contains(lower(w).as_ref())
    }

    /// Whether token `i` can open a speaker found away from its cue: a
    /// capitalised word or an article ("said Solovey", "the Saudis").
    pub(crate) fn may_open_speaker(&self, i: usize) -> bool {
        self.capitalised(i) || is_article(lower(self.word(i)).as_ref())
    }

    /// Whether tokens `first..=last` hold a name or are a pronoun.
    pub(crate) fn names_someone(&self, first: usize, last: usize) -> bool {
        (first..=last).any(|k| self.in_entity[k])
            || (first == last
                && crate::resources::lists::quotes::pronouns::contains(
                    lower(self.word(first)).as_ref(),
                ))
    }

    /// Whether cue `cue` is a participle after a comma ("said, adding").
    pub(crate) fn is_participle(&self, cue: usize, start: usize) -> bool {
        cue > start && self.word(cue - 1) == "," && self.word(cue).ends_with("ing")
    }

    /// The comma right before token `i`, after `start`, past the
    /// apostrophes between: the typewriter quotation marks of "''It is
    /// over,'' said X" close the content before the attribution.
    pub(crate) fn comma_before(&self, mut i: usize, start: usize) -> Option<usize> {
        while i > start && matches!(self.word(i - 1), "'" | "''") {
            i -= 1;
        }
        (i > start + 1 && self.word(i - 1) == ",").then(|| i - 1)
    }

    /// Whether token `i` is a capitalised word that is no name: a word
    /// that opens sentences or clauses ("After", "Only"), a month or a
    /// weekday.
    pub(crate) fn is_opener(&self, i: usize) -> bool {
        let w = self.word(i);
        let lower = w.to_lowercase();
        crate::resources::lists::lexicon::sentence_openers::contains(w)
            || crate::resources::lists::quotes::openers::contains(lower.as_str())
            || is_function_word(&lower)
            || crate::text::calendar::month_of(w).is_some()
            || crate::text::calendar::weekday_of(w).is_some()
    }

    /// The end of the tokens `range` of a sentence without its closing
    /// stop ("." "!" "?"), where what it reports ends.
    pub(crate) fn end_before_stop(&self, range: &std::ops::Range<usize>) -> usize {
        range.end
            - usize::from(range.len() > 1 && matches!(self.word(range.end - 1), "." | "!" | "?"))
    }

    /// Whether token `i` ends the clause of an attribution: a semicolon
    /// or a quotation mark, but not the marks of a nickname inside a name
    /// (`state Del. Marcia "Cia" Price`).
    pub(crate) fn ends_clause(&self, i: usize) -> bool {
        match self.word(i) {
            ";" => true,
            "\"" => {
                let nickname = |open: usize| {
                    open + 2 < self.tokens.len()
                        && self.word(open) == "\""
                        && self.capitalised(open + 1)
                        && self.word(open + 2) == "\""
                };
                !(nickname(i) || (i >= 2 && nickname(i - 2)))
            }
            _ => false,
        }
    }
}

/// The sentence holding token `i`, as a token range.
pub(crate) fn sentence_of(structure: &Structure, i: usize) -> std::ops::Range<usize> {
    let idx = structure.sentences.partition_point(|s| s.tokens.end <= i);
    structure
        .sentences
        .get(idx)
        .map_or(i..i + 1, |s| s.tokens.clone())
}

/// The names as attribution reads them: in a headline in title case
/// ("Dennis Prager Tells Conservatives They Need To Change Course"), the
/// names layer may run a name on over the verb; such a name ends before
/// a capitalised cue that is not its first word, so the cue attributes
/// and the name before it speaks. A headline is a heading, or a first
/// paragraph of one sentence (a title pasted with its full stop).
pub(crate) fn headline_names(
    text: &str,
    structure: &Structure,
    entities: &[Entity],
) -> Vec<Entity> {
    let tokens = &structure.tokens;
    let headline = |i: usize| {
        let p = structure.paragraphs.partition_point(|p| p.tokens.end <= i);
        structure.paragraphs.get(p).is_some_and(|para| {
            para.kind == crate::segment::BlockKind::Heading
                || (p == 0
                    && structure
                        .sentences
                        .first()
                        .is_some_and(|s| s.tokens.end >= para.tokens.end))
        })
    };
    entities
        .iter()
        .map(|e| {
            let first = tokens.partition_point(|t| t.span.start < e.start);
            let last = tokens.partition_point(|t| t.span.end <= e.end);
            if last <= first + 1 || !headline(first) {
                return e.clone();
            }
            let cue = (first + 1..last).find(|&k| {
                let w = word(text, tokens, k);
                w.starts_with(char::is_uppercase)
                    && crate::resources::lists::quotes::cues::contains(lower(w).as_ref())
            });
            match cue {
                None => e.clone(),
                Some(cue) => {
                    let end = tokens[cue - 1].span.end;
                    Entity {
                        end,
                        text: text[e.start..end].to_string(),
                        ..e.clone()
                    }
                }
            }
        })
        .collect()
}
