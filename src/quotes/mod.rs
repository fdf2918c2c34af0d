//! Who said what: direct quotes (paired quotation marks, also across
//! paragraphs and broken by their attribution) and reported speech ("X
//! warned that ..."), each with its cue and its speaker.
//!
//! Works on the normalised text, where every double quotation mark is `"`:
//! a mark after a space, bracket or dash or at a paragraph's start opens, any
//! other closes, and so does one after a space while a quote is open and the
//! text before it ends a clause or a nested quote ("'outreach,' "").
//! Unbalanced marks end the quote at the paragraph's end and never stop the
//! rest of the article from being read. Speakers are the names the names
//! layer found, pronouns, or short noun phrases ("the minister").

use crate::document::{Entity, Mention, Quote};
use crate::segment::{lower, Structure, Token};
use crate::text::span::Span;

/// How far around a quote (in tokens) its attribution is looked for.
const ATTRIBUTION_WINDOW: usize = 8;

/// Longest noun phrase taken as a speaker when no name is found.
const MAX_SPEAKER_TOKENS: usize = 5;

/// Most tokens after a cue that still count as the end of the sentence:
/// "content, Warren said on Monday in an interview."
const MAX_TAIL_TOKENS: usize = 6;

/// Fewest tokens of reported content without "that": "Obama said in his
/// interview." reports nothing.
const MIN_CONTENT_TOKENS: usize = 4;

/// Most comma-bounded asides skipped between a speaker and a cue.
const MAX_ASIDES: usize = 4;

/// Most title words before a name ("Clinton campaign spokesman").
const MAX_TITLE_TOKENS: usize = 4;

/// Longest parenthetical skipped between a speaker and a cue ("Putin, who,
/// after a recent meeting in Minsk, emphasized").
const MAX_PARENTHETICAL: usize = 24;

/// A run of quoted text between marks, as found before attribution.
struct Marked {
    /// The quoted pieces, marks excluded.
    pieces: Vec<Span>,
    /// Token indices of the opening and the closing mark (or the last token
    /// of the paragraph where an unbalanced quote ends).
    open_token: usize,
    close_token: usize,
}

/// Whether `w` is a word of a noun phrase: letters, perhaps joined by
/// hyphens with digits ("conservative-leaning", "46-year-old").
fn is_word(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && w.chars().all(|c| c.is_alphanumeric() || c == '-')
}

fn word<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    &text[tokens[i].span.range()]
}

/// Whether the mark at token `i` can open a quote: it starts the paragraph
/// or follows a space, an opening bracket or a dash.
fn opens(text: &str, tokens: &[Token], i: usize) -> bool {
    let start = tokens[i].span.start;
    text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '-' | '\u{2014}'))
}

/// Pairs the double quotation marks of the text into quoted runs.
fn pair_marks(text: &str, structure: &Structure) -> Vec<Marked> {
    let tokens = &structure.tokens;
    let mut out = Vec::new();
    let mut pending: Option<Marked> = None;
    let mut open_at: Option<usize> = None;
    for (p_idx, paragraph) in structure.paragraphs.iter().enumerate() {
        for i in paragraph.tokens.clone() {
            if word(text, tokens, i) != "\"" {
                continue;
            }
            // A mark after a space still closes an open quote when the word
            // before it ends a clause or a nested quote ("'outreach,' "").
            let after_end = text[..tokens[i].span.start]
                .trim_end()
                .ends_with(['\'', ',', '.', '!', '?']);
            let opening = opens(text, tokens, i) && !(open_at.is_some() && after_end);
            match (opening, open_at) {
                (true, None) => {
                    open_at = Some(tokens[i].span.end);
                    if pending
                        .as_ref()
                        .is_none_or(|m| !m.pieces.is_empty() && i != paragraph.tokens.start)
                    {
                        if let Some(done) = pending.take() {
                            out.push(done);
                        }
                        pending = Some(Marked {
                            pieces: Vec::new(),
                            open_token: i,
                            close_token: i,
                        });
                    }
                }
                (false, Some(start)) => {
                    let m = pending.get_or_insert(Marked {
                        pieces: Vec::new(),
                        open_token: i,
                        close_token: i,
                    });
                    m.pieces.push(Span::new(start, tokens[i].span.start));
                    m.close_token = i;
                    out.push(pending.take().expect("just set"));
                    open_at = None;
                }
                // A second opening mark inside a quote, or a stray closing
                // one: nested or unbalanced, read past it.
                _ => {}
            }
        }
        // A quote still open at the paragraph's end goes on if the next
        // paragraph opens with a mark (the multi-paragraph convention);
        // otherwise it ends here.
        if let Some(start) = open_at.take() {
            let m = pending.get_or_insert(Marked {
                pieces: Vec::new(),
                open_token: paragraph.tokens.start,
                close_token: 0,
            });
            if start < paragraph.span.end {
                m.pieces.push(Span::new(start, paragraph.span.end));
            }
            m.close_token = paragraph.tokens.end.saturating_sub(1);
            let next_opens = structure.paragraphs.get(p_idx + 1).is_some_and(|next| {
                !next.tokens.is_empty() && word(text, tokens, next.tokens.start) == "\""
            });
            if !next_opens {
                out.push(pending.take().expect("just set"));
            }
        }
    }
    out.extend(pending);
    out.retain(|m| !m.pieces.is_empty());
    out
}

/// Whether `piece` opens with a transcript's speaker: "WALLACE: ...".
fn transcript_speaker(text: &str, piece: Span) -> bool {
    let s = &text[piece.range()];
    s.split_once(':').is_some_and(|(name, _)| {
        name.len() > 1
            && name.len() <= 24
            && name.chars().any(char::is_alphabetic)
            && name
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\''))
    })
}

/// Splits a quote running over several paragraphs where a paragraph opens
/// with a new speaker's name, as transcripts do: ""WALLACE: ... "PENCE:
/// ..." is one quote per turn.
fn split_transcripts(text: &str, tokens: &[Token], marked: Vec<Marked>) -> Vec<Marked> {
    let mut out = Vec::with_capacity(marked.len());
    for m in marked {
        let turns: Vec<usize> = (1..m.pieces.len())
            .filter(|&p| transcript_speaker(text, m.pieces[p]))
            .collect();
        if turns.is_empty() {
            out.push(m);
            continue;
        }
        let token_at = |byte: usize| tokens.partition_point(|t| t.span.end <= byte);
        let mut bounds = vec![0];
        bounds.extend(turns);
        bounds.push(m.pieces.len());
        for w in bounds.windows(2) {
            let pieces = m.pieces[w[0]..w[1]].to_vec();
            let open_token = if w[0] == 0 {
                m.open_token
            } else {
                token_at(pieces[0].start).saturating_sub(1)
            };
            let close_token = if w[1] == m.pieces.len() {
                m.close_token
            } else {
                token_at(pieces[pieces.len() - 1].end.saturating_sub(1))
            };
            out.push(Marked {
                pieces,
                open_token,
                close_token: close_token.max(open_token),
            });
        }
    }
    out
}

/// Finds speakers and cues around quotes and in reported speech.
struct Attributor<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// For each token, the entity that starts there and its token length.
    entity_at: Vec<Option<(usize, usize)>>,
    /// For each token, the entity that ends there (token index of its start).
    entity_ending: Vec<Option<usize>>,
    /// Whether the token is inside a name: "the United States" is no cue.
    in_entity: Vec<bool>,
    /// The label of each name that `entity_at` points to.
    labels: Vec<&'a str>,
    /// Whether each token is a cue ("said"), looked up once.
    cue_at: Vec<bool>,
    /// Whether each token is a cue right beside a quotation: any cue, and
    /// "read", "pressed" and the like ("the email read").
    adjacent_cue_at: Vec<bool>,
}

impl<'a> Attributor<'a> {
    fn new(text: &'a str, tokens: &'a [Token], entities: &'a [Entity]) -> Attributor<'a> {
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
        let cue_at: Vec<bool> = (0..tokens.len())
            .map(|i| {
                !in_entity[i]
                    && crate::resources::lists::quotes::cues::contains(
                        lower(word(text, tokens, i)).as_ref(),
                    )
            })
            .collect();
        let adjacent_cue_at = (0..tokens.len())
            .map(|i| {
                cue_at[i]
                    || (!in_entity[i]
                        && crate::resources::lists::quotes::adjacent_cues::contains(
                            lower(word(text, tokens, i)).as_ref(),
                        ))
            })
            .collect();
        Attributor {
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

    fn word(&self, i: usize) -> &'a str {
        word(self.text, self.tokens, i)
    }

    fn is_cue(&self, i: usize) -> bool {
        self.cue_at[i]
    }

    fn is_adjacent_cue(&self, i: usize) -> bool {
        self.adjacent_cue_at[i]
    }

    fn mention(&self, first: usize, last: usize) -> Mention {
        let span = Span::new(self.tokens[first].span.start, self.tokens[last].span.end);
        Mention {
            start: span.start,
            end: span.end,
            text: self.text[span.range()].to_string(),
        }
    }

    /// A speaker starting at token `i`: a name (perhaps after a title), a
    /// pronoun, a short noun phrase up to a cue or the clause's end, or a
    /// capitalised run the names layer missed. Returns its last token.
    fn speaker_from(&self, i: usize, end: usize) -> Option<usize> {
        // A name, perhaps after a title or a short description: "said Rep.
        // Gwen Moore", "said former tech executive Carly Fiorina".
        for j in i..end.min(i + MAX_TITLE_TOKENS + 1) {
            if let Some((_, len)) = self.entity_at[j] {
                return Some(j + len - 1);
            }
            let descriptor = is_word(self.word(j))
                && !self.is_cue(j)
                && !self.is_time_word(j)
                && !crate::resources::lists::lexicon::function_words::contains(
                    lower(self.word(j)).as_ref(),
                );
            if !descriptor && self.word(j) != "." {
                break;
            }
        }
        let w = self.word(i).to_lowercase();
        if crate::resources::lists::quotes::pronouns::contains(w.as_str()) {
            return Some(i);
        }
        if matches!(
            w.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "one" | "another"
        ) {
            // A descriptor before a name: "the event organizer Alliance to
            // Reclaim Our Schools".
            let named = (i + 1..end.min(i + MAX_SPEAKER_TOKENS))
                .take_while(|&k| self.word(k).chars().all(char::is_alphanumeric))
                .find_map(|k| self.entity_at[k].map(|(_, len)| k + len - 1));
            if named.is_some() {
                return named;
            }
            let stop = (i + 1..end.min(i + MAX_SPEAKER_TOKENS))
                .find(|&k| self.is_cue(k) || !(self.word(k) == "'s" || is_word(self.word(k))));
            // Up to a cue ("the minister said") or the clause's end ("said
            // the ruling."); a longer phrase by its first words ("said a
            // person close to the Clintons").
            match stop {
                Some(stop) => {
                    let ends =
                        self.is_cue(stop) || matches!(self.word(stop), "." | "," | ";" | "!" | "?");
                    if stop > i + 1 && ends {
                        return Some(stop - 1);
                    }
                }
                None if i + MAX_SPEAKER_TOKENS <= end => return Some(i + MAX_SPEAKER_TOKENS - 1),
                None => {}
            }
        }
        // A name the names layer missed, perhaps after a short descriptor:
        // "said 9/11 widow Terry Strada", "said the Rev. Peter Wherry".
        let from = (i..end.min(i + 3))
            .take_while(|&j| {
                self.word(j)
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '/' || c == '.')
            })
            .find(|&j| self.capitalised(j) && !self.is_opener(j) && !self.is_cue(j))?;
        let mut last = from;
        while last + 1 < end
            && last + 1 - from < MAX_SPEAKER_TOKENS
            && (self.capitalised(last + 1) || self.word(last + 1) == ".")
        {
            last += 1;
        }
        while last > from && self.word(last) == "." {
            last -= 1;
        }
        Some(last)
    }

    /// A speaker ending at token `i` (right before a cue): a name, a
    /// pronoun, a relative "who", or a short noun phrase. Returns its
    /// first token.
    fn speaker_to(&self, i: usize, start: usize) -> Option<(usize, usize)> {
        // A name with a bracket after it: "Rep. Gwen Moore (D-Wis.)".
        if self.word(i) == ")" {
            let open = (start..i)
                .rev()
                .take(MAX_SPEAKER_TOKENS + 2)
                .find(|&k| self.word(k) == "(")?;
            return (open > start)
                .then(|| self.speaker_to(open - 1, start))
                .flatten();
        }
        if let Some(first) = self.entity_ending[i] {
            // A nationality alone before a cue noun is an adjective:
            // "PolitiFact rated 32% of Republican claims as ...".
            let adjective = first == i
                && i + 1 < self.tokens.len()
                && self.word(i + 1).ends_with('s')
                && self.entity_at[i].is_some_and(|(e, _)| self.labels[e] == "NORP")
                && !self.word(i).ends_with('s')
                && (i == start || !matches!(lower(self.word(i - 1)).as_ref(), "a" | "an" | "the"));
            if adjective {
                return None;
            }
            return Some((first, i));
        }
        let w = self.word(i).to_lowercase();
        if crate::resources::lists::quotes::pronouns::contains(w.as_str()) {
            return Some((i, i));
        }
        // A relative "who" is the local mention ("McConnell, now the
        // majority leader, who said"); `people` links it to the person
        // named before it.
        if w == "who" && i >= start + 2 && self.word(i - 1) == "," {
            return Some((i, i));
        }
        // A short noun phrase: "the minister", "officials", whose last
        // word is a word and no function word ("his plan and" is not one).
        if crate::resources::lists::lexicon::function_words::contains(w.as_str()) || !is_word(&w) {
            return None;
        }
        let mut first = i;
        while first > start
            && i - first < MAX_SPEAKER_TOKENS
            && (self.word(first - 1) == "'s"
                || is_word(self.word(first - 1))
                // "63 percent said".
                || self.word(first - 1).chars().all(|c| c.is_ascii_digit()))
            && (!crate::resources::lists::lexicon::function_words::contains(self.word(first - 1))
                || matches!(self.word(first - 1), "the" | "a" | "an" | "of"))
            && !crate::resources::lists::quotes::auxiliaries::contains(lower(self.word(first - 1)).as_ref())
            // A relative clause is no part of it: "a comment that
            // egregiously described".
            && !matches!(lower(self.word(first - 1)).as_ref(), "that" | "which" | "who")
        {
            let prev = self.word(first - 1).to_lowercase();
            first -= 1;
            if matches!(prev.as_str(), "the" | "a" | "an" | "his" | "her" | "their")
                || prev.starts_with(|c: char| c.is_ascii_digit())
            {
                return Some((first, i));
            }
        }
        // The whole attribution before the cue: ""...," Obama's former
        // strategist said".
        // ("It may return" is a clause, not a speaker.)
        let verbal = (first..=i).any(|k| {
            crate::resources::lists::quotes::auxiliaries::contains(lower(self.word(k)).as_ref())
        });
        if first == start
            && first < i
            && !verbal
            && !crate::resources::lists::quotes::pronouns::contains(
                self.word(first).to_lowercase().as_str(),
            )
            && !crate::resources::lists::quotes::openers::contains(
                self.word(first).to_lowercase().as_str(),
            )
        {
            return Some((first, i));
        }
        // A name the names layer missed: "Rep. Moore said".
        if self.capitalised(i)
            && w.chars().all(char::is_alphabetic)
            && !self.is_cue(i)
            && !self.is_opener(i)
        {
            let mut first = i;
            while first > start
                && i - first < MAX_SPEAKER_TOKENS
                && self.capitalised(first - 1)
                && self.word(first - 1).chars().all(char::is_alphabetic)
            {
                first -= 1;
            }
            return Some((first, i));
        }
        // A bare plural: "officials said", "Officials warned".
        (w.len() > 3 && w.ends_with('s') && w.chars().all(char::is_alphabetic)).then_some((i, i))
    }

    /// The speaker right before cue token `cue`: past auxiliaries ("is
    /// promising"), a name, pronoun or phrase, or the possessive of a cue
    /// noun ("Trump's claim"); back over up to `MAX_ASIDES` asides between
    /// commas; for coordinated verbs the sentence's subject, and for a
    /// participle ("said, adding") the speaker of the cue before it.
    fn speaker_before_cue(&self, cue: usize, start: usize) -> Option<(usize, usize)> {
        // An auxiliary or adverb may stand between: "Trump is promising",
        // "he also said". A form of "be" before a cue that is no "-ing"
        // form is a passive ("when terrorists are revealed"): whoever is
        // before it did not speak.
        let progressive = self.word(cue).ends_with("ing");
        let mut cue = cue;
        while cue > start
            && crate::resources::lists::quotes::auxiliaries::contains(
                lower(self.word(cue - 1)).as_ref(),
            )
        {
            let be = matches!(
                lower(self.word(cue - 1)).as_ref(),
                "is" | "are" | "was" | "were" | "be" | "been" | "being"
            );
            if be && !progressive {
                return None;
            }
            cue -= 1;
        }
        // A short time phrase may too: "who in 2010 said", "Trump on
        // Monday said".
        if cue >= start + 3 && !progressive && self.is_time_word(cue - 1) {
            let prep = lower(self.word(cue - 2));
            if matches!(prep.as_ref(), "in" | "on" | "last" | "this" | "earlier") {
                cue -= 2;
            }
        }
        if cue == start {
            return None;
        }
        // Coordinated verbs share the subject: "The nominee outlined his
        // plan and vowed ...", as does a participle after a comma: "Groups
        // granted an extension, saying ...".
        if self.is_participle(cue, start) {
            // "Chaffetz said, adding ...": the speaker of the nearest cue
            // before, unless that is a participle too (no chains).
            let from = start.max(cue.saturating_sub(2 * MAX_PARENTHETICAL));
            // A cue in a relative clause ("an architect who said ...,
            // saying") is not the one shared: the subject is.
            let before = (from..cue - 1)
                .rev()
                .find(|&c| self.is_cue(c) && !self.used_as_noun(c))
                .filter(|&c| !self.is_participle(c, start))
                .filter(|&c| !(c > start && self.word(c - 1).eq_ignore_ascii_case("who")))
                .and_then(|c| self.speaker_before_cue(c, start));
            return before.or_else(|| self.subject(start..cue, cue, &[]));
        }
        // A participle right after a phrase ("Trump unleashed a series of
        // tweets early Friday saying that ..."): the named subject of the
        // clause, when there is one.
        let named_before = || {
            self.speaker_to(cue - 1, start)
                .is_some_and(|(first, last)| self.names_someone(first, last))
        };
        if progressive && self.word(cue - 1) != "," && !named_before() {
            if let Some(subject) = self
                .subject(start..cue, cue, &[])
                .filter(|&(first, last)| last + 1 < cue && self.names_someone(first, last))
            {
                return Some(subject);
            }
        }
        if self.word(cue - 1).eq_ignore_ascii_case("and") {
            return self.subject(start..cue, cue, &[]);
        }
        // The subject of an infinitive: "led the Latvian journalist Dainis
        // Ivans to fear a ...".
        if self.word(cue - 1) == "to" && cue >= start + 2 {
            if let Some(first) = self.entity_ending[cue - 2] {
                return Some((first, cue - 2));
            }
        }
        // A possessive before a cue noun: "Trump's claim that".
        if self.word(cue - 1) == "'s" && cue > start + 1 {
            return self.speaker_to(cue - 2, start);
        }
        if let Some(found) = self.speaker_to(cue - 1, start) {
            // The object of a preposition is no speaker: "Protesters
            // marching through the streets chanted" has its subject first.
            let object = found.0 > start
                && found.1 + 1 == cue
                && matches!(
                    lower(self.word(found.0 - 1)).as_ref(),
                    "through" | "in" | "on" | "at" | "from" | "with" | "into" | "across" | "near"
                );
            if object {
                return self.subject(start..found.0, found.0, &[]);
            }
            return Some(found);
        }
        // Between commas: appositions and asides, each skipped when it
        // opens with an article, a preposition or "who" ("Scott Pruitt,
        // the attorney general of Oklahoma, one of the states suing, said").
        let mut close = cue - 1;
        for _ in 0..MAX_ASIDES {
            if self.word(close) != "," {
                return None;
            }
            let open = (start..close)
                .rev()
                .take(MAX_PARENTHETICAL)
                .find(|&k| self.word(k) == ",");
            let first = open.map_or(start, |o| o + 1);
            if first < close && !self.opens_aside(first) {
                return self.speaker_to(close - 1, first);
            }
            close = open.filter(|&o| o > start)?;
        }
        None
    }

    /// Whether the phrase at token `i` is an aside, not a speaker: it opens
    /// with an article, a preposition, a clause opener, a number, a party
    /// and state ("R-Ky."), "who", "one", a possessive or a participle.
    fn opens_aside(&self, i: usize) -> bool {
        let w = self.word(i).to_lowercase();
        crate::resources::lists::lexicon::function_words::contains(w.as_str())
            || crate::resources::lists::quotes::openers::contains(w.as_str())
            || w.starts_with(|c: char| c.is_ascii_digit())
            // A party and state: "Mitch McConnell, R-Ky., said".
            || {
                let b = self.word(i).as_bytes();
                b.len() >= 3 && b[0].is_ascii_uppercase() && b[1] == b'-' && b[2].is_ascii_uppercase()
            }
            || matches!(
                w.as_str(),
                "who" | "whose" | "which" | "one" | "its" | "his" | "her" | "their"
            )
            // A participle: "Fiorina, speaking to Iowans, said" (not a
            // name: "The analyst, Browning, said").
            || (w.len() > 4 && w.ends_with("ing") && !self.capitalised(i) && !self.in_entity[i])
    }
}

impl Attributor<'_> {
    fn capitalised(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// "as X put it" in the tokens `range`: X's first and last token and
    /// the token of "put".
    fn as_put_it(&self, range: std::ops::Range<usize>) -> Option<(usize, usize, usize)> {
        range.clone().find_map(|k| {
            if !self.word(k).eq_ignore_ascii_case("as") || k + 3 >= range.end {
                return None;
            }
            let cue = (k + 2..range.end.min(k + 2 + MAX_SPEAKER_TOKENS))
                .take_while(|&j| self.word(j).chars().all(char::is_alphanumeric))
                .find(|&j| matches!(self.word(j), "put" | "puts"))?;
            (cue + 1 < range.end && self.word(cue + 1) == "it").then_some((k + 1, cue - 1, cue))
        })
    }

    /// Whether token `k` is a conjunction opening a clause with a named
    /// speaker and a cue of its own before `end`: "and Donald Trump says",
    /// "and Sanders, who says" ("and protests demands" is no such clause).
    fn opens_coordinated_report(&self, k: usize, end: usize) -> bool {
        matches!(
            lower(self.word(k)).as_ref(),
            "and" | "but" | "while" | "whereas"
        ) && (k + 2..end.min(k + 4 + MAX_SPEAKER_TOKENS))
            .find(|&c| self.is_cue(c))
            .and_then(|c| self.speaker_before_cue(c, k + 1))
            .is_some_and(|(first, last)| first == k + 1 && self.names_someone(first, last))
    }

    /// Whether cue `cue` is a noun here: followed by its verb it is the
    /// subject ("Recent reports have revealed that ..."), before "of" it
    /// is a noun too ("a rare note of self-deprecation"), and so is "show"
    /// after a name.
    fn used_as_noun(&self, cue: usize) -> bool {
        (cue + 1 < self.tokens.len()
            && matches!(
                lower(self.word(cue + 1)).as_ref(),
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "of"
            ))
            // "Blige's upcoming Apple Music show": "show" after a name is
            // a noun ("Polls show that ..." is a report).
            || (cue > 0 && lower(self.word(cue)) == "show" && self.in_entity[cue - 1])
    }

    /// Whether token `i` is a word in capitals ("CONGRESS", "OZ'S").
    fn all_caps(&self, i: usize) -> bool {
        let w = self.word(i);
        w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase)
    }

    /// Whether token `i` is a year in four digits.
    fn is_year(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())
    }

    /// Whether token `i` is a year, a weekday or a month.
    fn is_time_word(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_year(i)
            || crate::text::calendar::weekday_of(w).is_some()
            || crate::text::calendar::month_of(w).is_some()
            || matches!(lower(w).as_ref(), "week" | "month" | "year")
    }

    /// Whether token `i` can open a speaker found away from its cue: a
    /// capitalised word or an article ("said Solovey", "the Saudis").
    fn may_open_speaker(&self, i: usize) -> bool {
        self.capitalised(i) || matches!(lower(self.word(i)).as_ref(), "the" | "a" | "an")
    }

    /// Whether tokens `first..=last` hold a name or are a pronoun.
    fn names_someone(&self, first: usize, last: usize) -> bool {
        (first..=last).any(|k| self.in_entity[k])
            || (first == last
                && crate::resources::lists::quotes::pronouns::contains(
                    lower(self.word(first)).as_ref(),
                ))
    }

    /// Whether cue `cue` is a participle after a comma ("said, adding").
    fn is_participle(&self, cue: usize, start: usize) -> bool {
        cue > start && self.word(cue - 1) == "," && self.word(cue).ends_with("ing")
    }

    /// The comma right before token `i`, after `start`, past the
    /// apostrophes between: the typewriter quotation marks of "''It is
    /// over,'' said X" close the content before the attribution.
    fn comma_before(&self, mut i: usize, start: usize) -> Option<usize> {
        while i > start && matches!(self.word(i - 1), "'" | "''") {
            i -= 1;
        }
        (i > start + 1 && self.word(i - 1) == ",").then(|| i - 1)
    }

    /// Whether token `i` is a capitalised word that is no name: a word
    /// that opens sentences or clauses ("After", "Only"), a month or a
    /// weekday.
    fn is_opener(&self, i: usize) -> bool {
        let w = self.word(i);
        let lower = w.to_lowercase();
        crate::resources::lists::lexicon::sentence_openers::contains(w)
            || crate::resources::lists::quotes::openers::contains(lower.as_str())
            || crate::resources::lists::lexicon::function_words::contains(lower.as_str())
            || crate::text::calendar::month_of(w).is_some()
            || crate::text::calendar::weekday_of(w).is_some()
    }

    /// Whether token `i` ends the clause of an attribution: a semicolon
    /// or a quotation mark, but not the marks of a nickname inside a name
    /// (`state Del. Marcia "Cia" Price`).
    fn ends_clause(&self, i: usize) -> bool {
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

    /// An attribution right after a quote, speaker first: "Rep. Gwen Moore
    /// (D-Wis.) said", "Scott Pruitt, the attorney general, said". Returns
    /// the speaker's tokens and the cue.
    fn speaker_then_cue(
        &self,
        k: usize,
        limit: usize,
        open_ended: bool,
    ) -> Option<(usize, usize, usize)> {
        // A new clause is no attribution: ""...," while 73 percent said".
        if matches!(
            lower(self.word(k)).as_ref(),
            "while"
                | "whereas"
                | "but"
                | "and"
                | "although"
                | "though"
                | "because"
                | "if"
                | "when"
                | "after"
                | "before"
                | "until"
                | "unless"
                | "where"
        ) {
            return None;
        }
        let cue = (k + 1..limit)
            .take_while(|&c| !self.ends_clause(c))
            .find(|&c| self.is_adjacent_cue(c))?;
        if let Some((first, last)) = self
            .speaker_before_cue(cue, k)
            .filter(|&(first, _)| first <= k + MAX_TITLE_TOKENS)
        {
            return Some((first, last, cue));
        }
        // A speaker with a long description before the cue: ""...," Fred
        // Kagan, director of the Critical Threats Project at the American
        // Enterprise Institute, said": the name right after the quote.
        if !open_ended || !self.may_open_speaker(k) {
            return None;
        }
        let last = self.speaker_from(k, cue)?;
        self.names_someone(k, last).then_some((k, last, cue))
    }

    /// Where the subject of a sentence can start, from token `i`: past a
    /// run-in head in capitals, a conjunction and up to three opening
    /// phrases ending in a comma. `None` when an opening phrase has no
    /// comma before `before`.
    fn past_openers(&self, mut i: usize, before: usize) -> Option<usize> {
        // A run-in head in capitals before a dash: "CONGRESS HAS
        // INVESTIGATED HIM — Oz's dubious medical advice ...".
        if self.all_caps(i) {
            let dash = (i..before.min(i + MAX_PARENTHETICAL))
                .find(|&k| matches!(self.word(k), "-" | "--" | "\u{2013}" | "\u{2014}"));
            if let Some(dash) = dash.filter(|&d| {
                (i..d).all(|k| self.all_caps(k) || !self.word(k).chars().any(char::is_alphabetic))
            }) {
                i = dash + 1;
            }
        }
        // A conjunction opening the sentence: "And then Trump went on".
        while i + 1 < before
            && matches!(
                lower(self.word(i)).as_ref(),
                "and" | "but" | "so" | "yet" | "then"
            )
        {
            i += 1;
        }
        // Opening phrases, one after another: "Once, on a highway, I ...",
        // also participles and adverbs: "Reading from a prepared text, Ben
        // Carson ...", "Moreover, Gowdy ...".
        for _ in 0..3 {
            if i >= before {
                return None;
            }
            let first = self.word(i).to_lowercase();
            let participle_or_adverb = self.capitalised(i)
                && self.entity_at[i].is_none()
                && first.len() > 4
                && (first.ends_with("ing") || first.ends_with("ly") || first == "moreover");
            // A time phrase: "Twenty-two years ago, a Times article ...".
            let time_phrase = (i..before.min(i + 6))
                .take_while(|&k| self.word(k) != ",")
                .any(|k| self.is_time_word(k) || lower(self.word(k)) == "ago")
                && (i..before.min(i + 6)).any(|k| self.word(k) == ",");
            if !crate::resources::lists::quotes::openers::contains(first.as_str())
                && !participle_or_adverb
                && !time_phrase
            {
                break;
            }
            if let Some(comma) = (i + 1..before)
                .take(MAX_PARENTHETICAL)
                .find(|&k| self.word(k) == ",")
            {
                // Past a year and a closing mark: "On July 6, 2015,
                // Sanders ...", "On "Face the Nation," Sanders ...".
                i = comma + 1;
                if i + 1 < before && self.is_year(i) && self.word(i + 1) == "," {
                    i += 2;
                }
                while i < before && self.word(i) == "\"" {
                    i += 1;
                }
                // The opening phrase goes on past a comma with a short
                // lower-case piece: "Following a swiftly called,
                // late-afternoon meeting, the Security Council ...".
                let piece_end = (i..before.min(i + 4)).find(|&k| self.word(k) == ",");
                if let Some(end) = piece_end.filter(|&e| {
                    e > i
                        && !self.capitalised(i)
                        && (i..e).all(|k| is_word(self.word(k)) && self.entity_at[k].is_none())
                        && !crate::resources::lists::quotes::pronouns::contains(
                            lower(self.word(i)).as_ref(),
                        )
                }) {
                    i = end + 1;
                }
            } else {
                return None;
            }
        }
        Some(i)
    }

    /// The subject of the sentence `range` if it starts before token
    /// `before`: its first name, pronoun or noun phrase, after an opening
    /// phrase ("At Monday's debate, Clinton cited ...").
    fn subject(
        &self,
        range: std::ops::Range<usize>,
        before: usize,
        quoted: &[bool],
    ) -> Option<(usize, usize)> {
        let mut i = range.start;
        // A sentence that opens with a quotation has its speaker elsewhere.
        if i < before && self.word(i) == "\"" {
            return None;
        }
        while i < before && matches!(self.word(i), "(" | "-" | "\u{2014}") {
            i += 1;
        }
        if i >= before {
            return None;
        }
        let mut i = self.past_openers(i, before)?;
        if i >= before || quoted.get(i) == Some(&true) {
            return None;
        }
        // A title before a name: "Gov. Earl Ray Tomblin".
        if let Some(named) = (i..before.min(i + MAX_TITLE_TOKENS))
            .take_while(|&j| self.capitalised(j) && self.entity_at[j].is_none())
            .last()
            .map(|j| j + 1)
            .filter(|&j| j < before && self.entity_at[j].is_some())
        {
            i = named;
        }
        if let Some((e, len)) = self.entity_at[i] {
            // "LOS ANGELES, Sept. 28 (UPI) —" is a dateline, no subject.
            let dateline =
                self.labels[e] == "GPE" && i + len < self.tokens.len() && self.word(i + len) == ",";
            return (i + len <= before && !dateline).then_some((i, i + len - 1));
        }
        let w = self.word(i).to_lowercase();
        if crate::resources::lists::quotes::pronouns::contains(w.as_str()) {
            return Some((i, i));
        }
        // A word of the noun phrase: no cue, no function word or
        // determiner that starts another phrase, no past-tense verb.
        let phrase_word = |k: usize| {
            let w = self.word(k);
            let lower = w.to_lowercase();
            w == "'s"
                || (w.chars().all(char::is_alphabetic)
                    && !self.is_cue(k)
                    && !crate::resources::lists::lexicon::function_words::contains(lower.as_str())
                    && !matches!(lower.as_str(), "his" | "her" | "their" | "its")
                    && (lower.len() <= 4 || !lower.ends_with("ed")))
        };
        let starts_phrase = matches!(
            w.as_str(),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "one"
                | "another"
                | "several"
                | "many"
                | "some"
        ) || (self.capitalised(i) && phrase_word(i) && !self.is_opener(i));
        if !starts_phrase {
            return None;
        }
        let mut last = i;
        while last + 1 < before
            && last + 1 - i < MAX_SPEAKER_TOKENS
            && phrase_word(last + 1)
            && !crate::resources::lists::quotes::auxiliaries::contains(
                self.word(last + 1).to_lowercase().as_str(),
            )
        {
            last += 1;
        }
        (last > i || self.capitalised(i)).then_some((i, last))
    }
}

/// The sentence holding token `i`, as a token range.
fn sentence_of(structure: &Structure, i: usize) -> std::ops::Range<usize> {
    let idx = structure.sentences.partition_point(|s| s.tokens.end <= i);
    structure
        .sentences
        .get(idx)
        .map_or(i..i + 1, |s| s.tokens.clone())
}

/// Finds the quotes of the normalised `text`; spans are in its bytes.
///
/// Attribution runs in passes, nearest evidence first: a cue and speaker
/// next to the quote, then reported speech, then for quotes still without a
/// speaker the mixed quote around them, a cue or the subject of their own
/// sentence, and last the speaker of the attribution just before.
pub fn extract(
    text: &str,
    structure: &Structure,
    entities: &[Entity],
    _switches: &crate::Switches,
) -> Vec<Quote> {
    let tokens = &structure.tokens;
    let at = Attributor::new(text, tokens, entities);
    let marked = split_transcripts(text, tokens, pair_marks(text, structure));
    let mut quotes: Vec<Quote> = Vec::new();
    // Token ranges (open mark to close mark) of each direct quote.
    let mut extents: Vec<(usize, usize)> = Vec::new();
    let mut quoted = vec![false; tokens.len()];
    let mut used_cue = vec![false; tokens.len()];
    let mut idx = 0;
    while idx < marked.len() {
        let m = &marked[idx];
        let mut close = m.close_token.max(m.open_token);
        quoted[m.open_token..=close]
            .iter_mut()
            .for_each(|q| *q = true);
        let mut quote = Quote {
            kind: "direct".into(),
            spans: m.pieces.iter().map(|s| [s.start, s.end]).collect(),
            cue: None,
            speaker: None,
            speaker_cluster: None,
            anonymous: false,
            outlet: None,
        };
        // After the quote, in its paragraph: ", said X." / ", X said, "B"".
        let paragraph_end = structure
            .paragraphs
            .get(
                structure
                    .paragraphs
                    .partition_point(|p| p.tokens.end <= m.close_token),
            )
            .map_or(tokens.len(), |p| p.tokens.end);
        let after_end = (m.close_token + 1 + ATTRIBUTION_WINDOW).min(paragraph_end);
        let mut k = m.close_token + 1;
        if k < after_end && at.word(k) == "," {
            k += 1;
        }
        let mut attribution_end = None;
        // A quotation inside a sentence that ends with it ("Russia insisted
        // that Pyongyang "stop its escapades."") leaves what follows to the
        // next sentence: "The IAEA said ..." is not its attribution.
        let embedded = m.open_token > sentence_of(structure, m.open_token).start;
        let last_char = m
            .pieces
            .last()
            .and_then(|p| text[p.range()].trim_end().chars().next_back());
        let ends_sentence = embedded && last_char == Some('.');
        // The quotation's text ends with a comma or a question: an
        // attribution follows (""...," Fred Kagan, director of ..., said").
        let open_ended = matches!(last_char, Some(',' | '?' | '!'));
        if k < after_end && !ends_sentence {
            if at.is_adjacent_cue(k) {
                if let Some(last) = (k + 1 < after_end)
                    .then(|| at.speaker_from(k + 1, after_end))
                    .flatten()
                {
                    quote.cue = Some(at.mention(k, k));
                    quote.speaker = Some(at.mention(k + 1, last));
                    used_cue[k] = true;
                    attribution_end = Some(last);
                }
            } else if let Some((first, last, cue)) = at.speaker_then_cue(
                k,
                (k + ATTRIBUTION_WINDOW + MAX_PARENTHETICAL).min(sentence_of(structure, k).end),
                open_ended,
            ) {
                quote.cue = Some(at.mention(cue, cue));
                quote.speaker = Some(at.mention(first, last));
                // After a quotation inside a sentence with no cue before it,
                // the cue also reports the sentence: "On CBS's "Face the
                // Nation," Ryan said the protests demand ...", "Trump is a
                // "change agent," Cole said."
                let sentence = sentence_of(structure, m.open_token);
                let cue_before = (sentence
                    .start
                    .max(m.open_token.saturating_sub(2 * MAX_PARENTHETICAL))
                    ..m.open_token)
                    .any(|j| at.is_cue(j));
                used_cue[cue] = !embedded || cue_before;
                attribution_end = Some(cue);
            }
        }
        // A dash and a name after the quote: ""..." ― Pamela Padilla".
        let dash = m.close_token + 1;
        if quote.speaker.is_none()
            && dash + 1 < tokens.len()
            && matches!(
                at.word(dash),
                "-" | "--" | "\u{2013}" | "\u{2014}" | "\u{2015}"
            )
        {
            let end = sentence_of(structure, dash + 1)
                .end
                .min(dash + 1 + MAX_SPEAKER_TOKENS);
            // A name or a capitalised run, not a phrase: ""..." - a charge
            // that might have stung" is no attribution.
            let named = |_: &usize| at.capitalised(dash + 1);
            if let Some(last) = at.speaker_from(dash + 1, end).filter(named).or_else(|| {
                let run = (dash + 1..end)
                    .take_while(|&j| at.capitalised(j) || at.word(j) == ".")
                    .last()?;
                (at.capitalised(dash + 1) && run > dash + 1).then_some(run)
            }) {
                quote.speaker = Some(at.mention(dash + 1, last));
            }
        }
        // Before the quote: "X said: "..."" or "X remarked, "..."", also
        // when the quote opens the paragraph after one ending "X said:".
        if quote.speaker.is_none() {
            let p = structure
                .paragraphs
                .partition_point(|p| p.tokens.start < m.open_token);
            let opens_paragraph = structure
                .paragraphs
                .get(p)
                .is_some_and(|p| p.tokens.start == m.open_token);
            let after_colon =
                opens_paragraph && m.open_token > 0 && at.word(m.open_token - 1) == ":";
            let sentence = sentence_of(
                structure,
                if after_colon {
                    m.open_token - 1
                } else {
                    m.open_token
                },
            );
            let mut c = m.open_token;
            while c > sentence.start && matches!(at.word(c - 1), "," | ":" | "that" | "to") {
                c -= 1;
            }
            if c > sentence.start && at.is_adjacent_cue(c - 1) && !used_cue[c - 1] {
                if let Some((first, last)) = at.speaker_before_cue(c - 1, sentence.start) {
                    quote.cue = Some(at.mention(c - 1, c - 1));
                    quote.speaker = Some(at.mention(first, last));
                    used_cue[c - 1] = true;
                }
            }
            // The cue first, opening the sentence or its clause: "Said
            // Ellis: "..."", "But, said Solovey, "..."".
            if quote.speaker.is_none()
                && c > sentence.start + 1
                && c < m.open_token
                && matches!(at.word(c), "," | ":")
            {
                let inverted = (sentence.start.max(c.saturating_sub(2 + MAX_SPEAKER_TOKENS))
                    ..c - 1)
                    .filter(|&j| {
                        at.is_cue(j)
                            && !used_cue[j]
                            && (j == sentence.start || at.word(j - 1) == ",")
                            && at.may_open_speaker(j + 1)
                    })
                    .find_map(|j| {
                        let last = at.speaker_from(j + 1, c).filter(|&last| last + 1 == c)?;
                        Some((j, last))
                    });
                if let Some((j, last)) = inverted {
                    quote.cue = Some(at.mention(j, j));
                    quote.speaker = Some(at.mention(j + 1, last));
                    used_cue[j] = true;
                }
            }
            // A colon and no cue: the named subject of the sentence that
            // announces the quote ("Sanders made the following comment:").
            // A subject pronoun of the clause before the colon comes first:
            // "She became upset, so that I had to change my answer:".
            if quote.speaker.is_none() && c < m.open_token && at.word(c) == ":" {
                let pronoun = (sentence.start.max(c.saturating_sub(ATTRIBUTION_WINDOW))..c)
                    .rev()
                    .take_while(|&j| is_word(at.word(j)))
                    .find(|&j| {
                        matches!(
                            lower(at.word(j)).as_ref(),
                            "i" | "he" | "she" | "we" | "they"
                        )
                    });
                if let Some((first, last)) = pronoun.map(|j| (j, j)).or_else(|| {
                    at.subject(sentence.start..c, c, &quoted)
                        .filter(|&(first, last)| at.names_someone(first, last))
                }) {
                    quote.speaker = Some(at.mention(first, last));
                }
            }
        }
        // A transcript line: ""WALLACE: Let's start ..."".
        if quote.speaker.is_none()
            && m.open_token + 2 < tokens.len()
            && at.word(m.open_token + 2) == ":"
        {
            let name = at.word(m.open_token + 1);
            if name.len() > 1 && name.chars().all(|c| c.is_uppercase() || c == '-') {
                quote.speaker = Some(at.mention(m.open_token + 1, m.open_token + 1));
            }
        }
        // A quote broken by its attribution: the next quote opens right after it.
        if let (Some(end), Some(next)) = (attribution_end, marked.get(idx + 1)) {
            let between = end + 1..next.open_token;
            if between.len() <= 1 && between.clone().all(|b| matches!(at.word(b), "," | ":")) {
                quote
                    .spans
                    .extend(next.pieces.iter().map(|s| [s.start, s.end]));
                quoted[next.open_token..=next.close_token]
                    .iter_mut()
                    .for_each(|q| *q = true);
                close = next.close_token.max(close);
                idx += 1;
            }
        }
        extents.push((m.open_token, close));
        quotes.push(quote);
        idx += 1;
    }
    let n_direct = quotes.len();
    reported_speech(structure, &at, &quoted, &mut used_cue, &mut quotes);
    attribute_rest(structure, &at, &extents, &quoted, &mut quotes, n_direct);
    for quote in &mut quotes {
        mark_anonymous(&at, quote);
    }
    quotes.sort_by_key(|q| q.spans.first().map_or(0, |s| s[0]));
    quotes
}

/// Marks a quote whose speaker is an unnamed source: a phrase with no name
/// whose head is "officials", "a source" and the like, also when the head
/// stands before the phrase found ("a source close to the talks", "people
/// familiar with the matter"), which then becomes the speaker.
fn mark_anonymous(at: &Attributor, quote: &mut Quote) {
    let Some(speaker) = &quote.speaker else {
        return;
    };
    let tokens = at.tokens;
    let first = tokens.partition_point(|t| t.span.start < speaker.start);
    let last = tokens.partition_point(|t| t.span.end <= speaker.end);
    if first >= last || (first..last).any(|k| at.in_entity[k]) {
        return;
    }
    let is_head = |k: usize| {
        crate::resources::lists::quotes::anonymous::contains(at.word(k).to_lowercase().as_str())
    };
    if is_head(last - 1) {
        quote.anonymous = true;
        return;
    }
    // Back over plain words (no names) to a head: "a source close to".
    let head = (first.saturating_sub(MAX_SPEAKER_TOKENS)..first)
        .rev()
        .take_while(|&k| !at.in_entity[k] && at.word(k).chars().all(char::is_alphabetic))
        .find(|&k| is_head(k));
    if let Some(head) = head {
        let before = head.checked_sub(1).map(|k| at.word(k).to_lowercase());
        let start = if before
            .is_some_and(|w| crate::resources::lists::lexicon::function_words::contains(w.as_str()))
        {
            head - 1
        } else {
            head
        };
        quote.speaker = Some(at.mention(start, last - 1));
        quote.anonymous = true;
    }
}

/// Speakers for the direct quotes (the first `n_direct` of `quotes`, in
/// text order) that their own attribution did not give one.
fn attribute_rest(
    structure: &Structure,
    at: &Attributor,
    extents: &[(usize, usize)],
    quoted: &[bool],
    quotes: &mut [Quote],
    n_direct: usize,
) {
    let tokens = &structure.tokens;
    let token_at = |byte: usize| tokens.partition_point(|t| t.span.start < byte);
    let paragraph_of = |i: usize| structure.paragraphs.partition_point(|p| p.tokens.end <= i);
    let (direct, reported) = quotes.split_at_mut(n_direct);
    // A quotation inside a mixed quote has that quote's source. Mixed
    // quotes are one per sentence, so only the nearest one starting before
    // a quotation can hold it.
    let mut mixed: Vec<(usize, usize, usize)> = reported
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == "mixed")
        .map(|(i, r)| (r.spans[0][0], r.spans[0][1], i))
        .collect();
    mixed.sort_unstable();
    // Who spoke last, and where: every attribution with a speaker, by the
    // token where its quote starts.
    let mut said: Vec<(usize, Mention)> = reported
        .iter()
        .filter_map(|r| Some((token_at(r.spans.first()?[0]), r.speaker.clone()?)))
        .collect();
    said.sort_by_key(|s| s.0);
    let mut last_said: Option<(usize, Mention)> = None;
    // Where the last attribution of its own (not inherited) was.
    let mut last_own: Option<usize> = None;
    let mut next_said = 0;
    for (quote, &(open, close)) in direct.iter_mut().zip(extents) {
        while next_said < said.len() && said[next_said].0 < open {
            last_said = Some(said[next_said].clone());
            last_own = Some(said[next_said].0);
            next_said += 1;
        }
        if quote.speaker.is_none() {
            if let Some(&[start, end]) = quote.spans.first() {
                let idx = mixed.partition_point(|m| m.0 <= start);
                if let Some(&(_, outer_end, r)) = idx.checked_sub(1).map(|i| &mixed[i]) {
                    if end <= outer_end {
                        quote.speaker = reported[r].speaker.clone();
                        quote.cue = reported[r].cue.clone();
                    }
                }
            }
        }
        let sentence = sentence_of(structure, open);
        // "as a Homeland Security memo put it", before or after the quote.
        if quote.speaker.is_none() {
            let window = ATTRIBUTION_WINDOW + MAX_PARENTHETICAL;
            let near = sentence.start.max(open.saturating_sub(window))
                ..sentence.end.min(close + 1 + window);
            if let Some((first, last, cue)) = at.as_put_it(near) {
                quote.cue = Some(at.mention(cue, cue + 1));
                quote.speaker = Some(at.mention(first, last));
            }
        }
        // A quotation inside its sentence ("Blige sings Springsteen's
        // "American Skin""): a cue before it, else the sentence's subject.
        if quote.speaker.is_none() && open > sentence.start {
            let from = sentence
                .start
                .max(open.saturating_sub(ATTRIBUTION_WINDOW + MAX_PARENTHETICAL));
            let cue = (from..open)
                .rev()
                .filter(|&c| at.is_cue(c) && !at.used_as_noun(c))
                .find_map(|c| Some((c, at.speaker_before_cue(c, sentence.start)?)));
            // The subject of the quotation's own clause, after "but" or a
            // dash ("Clinton proposed a debate - but the Sanders campaign
            // rejected the idea as "ludicrous""), else of the sentence.
            let clause = (from..open).rev().find(|&k| {
                matches!(at.word(k), "but" | ";" | "-" | "--" | "\u{2014}")
                    || (at.word(k) == "and" && k > sentence.start && at.word(k - 1) == ",")
            });
            // A relative "who" in the words right before: "29 others who
            // only specified "Christian"".
            let who = (from..open)
                .rev()
                .take_while(|&k| is_word(at.word(k)))
                .find(|&k| at.word(k).eq_ignore_ascii_case("who"))
                // "a coach who is "working the referees"" says nothing.
                .filter(|&k| {
                    !matches!(
                        lower(at.word(k + 1)).as_ref(),
                        "is" | "are" | "was" | "were" | "be" | "been"
                    )
                });
            if let Some((c, (first, last))) = cue {
                quote.cue = Some(at.mention(c, c));
                quote.speaker = Some(at.mention(first, last));
            } else if let Some(who) = who {
                quote.speaker = Some(at.mention(who, who));
            } else if let Some((first, last)) = clause
                .and_then(|k| at.subject(k + 1..sentence.end, open, quoted))
                .or_else(|| at.subject(sentence.clone(), open, quoted))
            {
                quote.speaker = Some(at.mention(first, last));
            }
        }
        // A quotation that is a sentence of its own, after a sentence (of
        // this paragraph or the last) about someone named: "Sen. Bernie Sanders
        // identified young voters' exhaustion ... "The younger people are
        // sick and tired.""
        if quote.speaker.is_some() {
            last_own = Some(close);
        } else if open == sentence.start && sentence.start > 0 {
            let previous = sentence_of(structure, sentence.start - 1);
            let spoke_since = last_own.is_some_and(|i| i >= previous.start);
            if paragraph_of(previous.start) + 1 >= paragraph_of(open) && !spoke_since {
                if let Some((first, last)) = at
                    .subject(previous.clone(), previous.end, quoted)
                    .filter(|&(first, last)| (first..=last).any(|k| at.in_entity[k]))
                {
                    quote.speaker = Some(at.mention(first, last));
                }
            }
        }
        // Otherwise whoever spoke last, in this or the previous paragraph,
        // goes on speaking.
        if quote.speaker.is_none() {
            if let Some((i, speaker)) = &last_said {
                if paragraph_of(open) <= paragraph_of(*i) + 1 {
                    quote.speaker = Some(speaker.clone());
                }
            }
        }
        if let Some(speaker) = &quote.speaker {
            last_said = Some((close, speaker.clone()));
        }
    }
}

/// "X warned that ...", "X described Y as ...", "according to X, ...":
/// the content runs from after the cue (and "that") to the sentence's end.
fn reported_speech(
    structure: &Structure,
    at: &Attributor,
    quoted: &[bool],
    used_cue: &mut [bool],
    out: &mut Vec<Quote>,
) {
    let tokens = &structure.tokens;
    for sentence in &structure.sentences {
        let range = sentence.tokens.clone();
        let reported_before = out.len();
        let end = range.end
            - usize::from(range.len() > 1 && matches!(at.word(range.end - 1), "." | "!" | "?"));
        // Where the next report may start: after a coordinated clause
        // with a speaker of its own ("Ryan saying A and Trump calling it
        // B"), the sentence holds a second report.
        let mut from = range.start;
        for cue in range.clone() {
            if cue < from || quoted[cue] || used_cue[cue] || !at.is_cue(cue) {
                continue;
            }
            // "a swiftly called, late-afternoon meeting": an adverb before
            // and a comma after make the cue an adjective.
            let adjective = cue > range.start
                && cue + 1 < end
                && at.word(cue + 1) == ","
                && at.word(cue - 1).len() > 4
                && at.word(cue - 1).ends_with("ly")
                && !at.capitalised(cue - 1);
            if at.used_as_noun(cue) || adjective {
                continue;
            }

            // "X said (that) content", or the content first: "content, X
            // said (on Monday)." and "content, said X."
            let (first, last, content) = if let Some((first, last)) =
                at.speaker_before_cue(cue, range.start)
            {
                let mut content = cue + 1;
                // "The spot concludes with footage of ...": "with" after
                // the verb and no "that" to come reports no speech ("said
                // with a smile that ..." does).
                if content < end
                    && at.word(content).eq_ignore_ascii_case("with")
                    && !(content..end.min(content + ATTRIBUTION_WINDOW))
                        .any(|j| at.word(j).eq_ignore_ascii_case("that"))
                {
                    continue;
                }
                let that = content < end && at.word(content).eq_ignore_ascii_case("that");
                content += usize::from(that);
                // Content first ("..., Mr. King said."): back over a
                // title and closing marks to the comma.
                let mut titled = first;
                while titled > range.start
                    && first - titled < MAX_TITLE_TOKENS
                    && (at.capitalised(titled - 1) || at.word(titled - 1) == ".")
                {
                    titled -= 1;
                }
                // Not after an opening phrase: "At the debate, she
                // cited ..." has its content after the cue.
                let tail = at.comma_before(titled, range.start).filter(|_| {
                    !crate::resources::lists::quotes::openers::contains(
                        at.word(range.start).to_lowercase().as_str(),
                    )
                });
                // What follows the cue in that form is an adjunct ("said on
                // Monday", "said Tuesday"), not a clause ("said the leak
                // was justified").
                // ("told the Washington Examiner" names whom it was told).
                let adjunct = content >= end
                    || at.is_time_word(content)
                    || matches!(
                        lower(at.word(cue)).as_ref(),
                        "told" | "tell" | "tells" | "telling"
                    )
                    || !matches!(
                        lower(at.word(content)).as_ref(),
                        "the"
                            | "a"
                            | "an"
                            | "he"
                            | "she"
                            | "it"
                            | "they"
                            | "we"
                            | "i"
                            | "his"
                            | "her"
                            | "their"
                    );
                if let Some(comma) = tail
                    .filter(|_| !that && adjunct && end.saturating_sub(content) <= MAX_TAIL_TOKENS)
                {
                    (first, last, range.start..comma)
                } else if that || end.saturating_sub(content) >= MIN_CONTENT_TOKENS {
                    (first, last, content..end)
                } else {
                    continue;
                }
            } else if let Some(comma) = at.comma_before(cue, range.start).filter(|_| cue + 1 < end)
            {
                // "said the minister." ends the sentence or its clause.
                let phrase_end = (cue + 2..end)
                    .find(|&j| !at.word(j).chars().all(char::is_alphabetic))
                    .unwrap_or(end);
                let phrase = matches!(
                    at.word(cue + 1).to_lowercase().as_str(),
                    "the" | "a" | "an" | "his" | "her" | "their"
                ) && phrase_end - cue <= MAX_SPEAKER_TOKENS;
                let Some(last) = at
                    .speaker_from(cue + 1, end)
                    .or_else(|| phrase.then(|| phrase_end - 1))
                else {
                    continue;
                };
                if end - last > MAX_TAIL_TOKENS {
                    continue;
                }
                (cue + 1, last, range.start..comma)
            } else {
                continue;
            };
            if content.is_empty() || content.clone().all(|k| quoted[k]) {
                continue;
            }
            // In a subordinate clause opening the sentence the content
            // ends with the clause: "While he acknowledged funding was a
            // reason, Ham also noted ...". (Found first: the scans below
            // then stop there, so a sentence of many clauses stays linear.)
            let subordinate = matches!(
                lower(at.word(range.start)).as_ref(),
                "while" | "although" | "though" | "when" | "after" | "because" | "if" | "since"
            );
            let coordinated = content.clone().find(|&k| {
                at.opens_coordinated_report(k, content.end) || (subordinate && at.word(k) == ",")
            });
            let content = content.start..coordinated.map_or(content.end, |k| {
                k - usize::from(k > content.start && at.word(k - 1) == ",")
            });
            // Content stops before another attribution: "X's claim that
            // A, Lavrov remarked, "B"" reports A; ", according to TASS" is
            // the source of the report, not part of it.
            let according = content.clone().find(|&k| {
                k + 1 < content.end
                    && at.word(k) == ","
                    && at.word(k + 1).eq_ignore_ascii_case("according")
            });
            let content = content.start..according.unwrap_or(content.end);
            let content = match content.clone().find(|&k| used_cue[k]) {
                Some(other) => {
                    let comma = (content.start..other).rev().find(|&k| at.word(k) == ",");
                    content.start..comma.unwrap_or(other)
                }
                None => content,
            };
            if content.is_empty() {
                continue;
            }
            let (content, end) = (content.start, content.end);
            // Content with a quotation inside is a mixed quote ("X reports
            // that ... "keep it under wraps"").
            let kind = if (content..end).any(|k| quoted[k]) {
                "mixed"
            } else {
                "indirect"
            };
            used_cue[cue] = true;
            let span = Span::new(tokens[content].span.start, tokens[end - 1].span.end);
            out.push(Quote {
                kind: kind.into(),
                spans: vec![[span.start, span.end]],
                cue: Some(at.mention(cue, cue)),
                speaker: Some(at.mention(first, last)),
                speaker_cluster: None,
                anonymous: false,
                outlet: None,
            });
            match coordinated {
                Some(k) => from = k + 1,
                None => break,
            }
        }
        // "according to X, content" and "content, according to X"; also
        // "content, per X" ("it's prohibited ..., per the party's bylaws").
        for k in range.clone() {
            let according = k + 1 < end
                && at.word(k).eq_ignore_ascii_case("according")
                && at.word(k + 1).eq_ignore_ascii_case("to");
            // The comma before, perhaps inside a closing mark (""...,"
            // per the party's bylaws").
            let comma = (k > range.start + 1)
                .then(|| match at.word(k - 1) {
                    "," => Some(k - 1),
                    "\"" if k > range.start + 2 && at.word(k - 2) == "," => Some(k - 2),
                    _ => None,
                })
                .flatten();
            // "per" a name or a determined phrase, not "$5, per person".
            let per = at.word(k) == "per"
                && comma.is_some()
                && k + 1 < end
                && (at.capitalised(k + 1)
                    || matches!(
                        lower(at.word(k + 1)).as_ref(),
                        "the" | "a" | "an" | "its" | "his" | "her" | "their"
                    ));
            // Where the source starts.
            let from = k + if according { 2 } else { 1 };
            if !(according || per) || from >= end {
                continue;
            }
            // The source runs to the comma or the sentence's end when that is
            // short ("according to Russia's TASS news agency"), else it is
            // the name or phrase that starts there.
            let reach = end.min(from + MAX_SPEAKER_TOKENS + 2);
            let stop = (from..reach).find(|&j| at.word(j) == ",").unwrap_or(end);
            let whole = (stop > from && stop - from <= MAX_SPEAKER_TOKENS + 1).then_some(stop - 1);
            let Some(last) = whole.or_else(|| at.speaker_from(from, end)) else {
                continue;
            };
            // Opening the sentence, the source runs to the first comma ("According
            // to a 52-count civil complaint filed by the SEC and a 15-count
            // complaint by Vermont, the developers ...").
            let (last, content) = if k == range.start {
                let comma = (last + 1..end)
                    .take(MAX_PARENTHETICAL)
                    .find(|&j| at.word(j) == ",");
                match comma.filter(|&c| c + 1 < end) {
                    Some(comma) => (
                        comma - 1,
                        Some(Span::new(
                            tokens[comma + 1].span.start,
                            tokens[end - 1].span.end,
                        )),
                    ),
                    None => (last, None),
                }
            } else if let Some(comma) = comma.filter(|&c| c > range.start) {
                // "X emphasized A, according to TASS": TASS reports what X
                // said, A; otherwise the sentence before the comma, unless
                // a quote there already has its speaker ("the senator
                // said, according to Reuters": Reuters only carried it, and
                // `people` makes it the outlet).
                let report = out[reported_before..]
                    .last()
                    .and_then(|q| q.spans.first())
                    .filter(|s| s[1] <= tokens[comma].span.start);
                let content = match report {
                    Some(&[s, e]) => Some(Span::new(s, e)),
                    None if (range.start..k).any(|t| used_cue[t]) => None,
                    // Up to the comma, or with the closing mark after it.
                    None => Some(Span::new(
                        tokens[range.start].span.start,
                        tokens[if comma + 1 == k { comma - 1 } else { k - 1 }]
                            .span
                            .end,
                    )),
                };
                (last, content)
            } else {
                (last, None)
            };
            let Some(span) = content.filter(|s| !s.is_empty()) else {
                continue;
            };
            // With a quotation inside, the source of both is X.
            let inside = tokens.partition_point(|t| t.span.start < span.start)
                ..tokens.partition_point(|t| t.span.end <= span.end);
            let kind = if inside.clone().any(|t| quoted[t]) {
                "mixed"
            } else {
                "indirect"
            };
            out.push(Quote {
                kind: kind.into(),
                spans: vec![[span.start, span.end]],
                cue: Some(at.mention(k, from - 1)),
                speaker: Some(at.mention(from, last)),
                speaker_cluster: None,
                anonymous: false,
                outlet: None,
            });
            break;
        }
    }
}

/// The rule passes of this stage, in the order they run: none can be
/// switched off yet (see `ARCHITECTURE.md`, "How to add a rule pass").
pub fn passes() -> impl Iterator<Item = &'static crate::Pass> {
    std::iter::empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn quotes_of(text: &str) -> Vec<(String, Vec<String>, String, String)> {
        quotes_with(text, &[])
    }

    /// Quotes of `text` with the given names, each as (label, text): the
    /// first occurrence of the text is the name.
    fn quotes_with(
        text: &str,
        names: &[(&str, &str)],
    ) -> Vec<(String, Vec<String>, String, String)> {
        let s = segment(text);
        let entities: Vec<Entity> = names
            .iter()
            .map(|&(label, name)| {
                let start = text.find(name).expect("name in text");
                Entity {
                    start,
                    end: start + name.len(),
                    text: name.into(),
                    label: label.into(),
                }
            })
            .collect();
        extract(text, &s, &entities, &crate::Switches::all_on())
            .into_iter()
            .map(|q| {
                let spans = q
                    .spans
                    .iter()
                    .map(|[a, b]| text[*a..*b].to_string())
                    .collect();
                (
                    q.kind,
                    spans,
                    q.cue.map(|c| c.text).unwrap_or_default(),
                    q.speaker.map(|s| s.text).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn pairs_marks_and_finds_speakers() {
        let q = quotes_of("\"We will win,\" he said. \"Now,\" she added, \"we rest.\"");
        assert_eq!(
            q[0],
            (
                "direct".into(),
                vec!["We will win,".into()],
                "said".into(),
                "he".into()
            )
        );
        assert_eq!(
            q[1],
            (
                "direct".into(),
                vec!["Now,".into(), "we rest.".into()],
                "added".into(),
                "she".into()
            )
        );
        let q = quotes_of("The minister said: \"It is over.\"");
        assert_eq!(q[0].1, ["It is over."]);
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "The minister"));
    }

    #[test]
    fn transcript_lines_name_their_speaker() {
        let q = quotes_of("\"WALLACE: Let's start with the news.\"");
        assert_eq!(q[0].3, "WALLACE");
        // One quote over several turns is one quote per turn.
        let q = quotes_of(
            "\"WALLACE: Will she be there?\n\n\"PENCE: She will not.\n\n\"WALLACE: Fine.\"",
        );
        let turns: Vec<(&str, &str)> = q.iter().map(|q| (q.1[0].as_str(), q.3.as_str())).collect();
        assert_eq!(
            turns,
            [
                ("WALLACE: Will she be there?", "WALLACE"),
                ("PENCE: She will not.", "PENCE"),
                ("WALLACE: Fine.", "WALLACE")
            ]
        );
    }

    #[test]
    fn multi_paragraph_and_unbalanced_quotes() {
        let text = "He said: \"First part.\n\n\"Second part.\"\n\nAn \"open quote never closes.\n\nNext paragraph.";
        let q = quotes_of(text);
        assert_eq!(q[0].1, ["First part.", "Second part."]);
        assert_eq!(q[1].1, ["open quote never closes."]);
        assert_eq!(q.len(), 2);
    }

    #[test]
    fn reported_speech_with_that_and_according_to() {
        let q = quotes_of("Officials warned that the deal could fail. The plan is dead, according to the minister.");
        assert_eq!(
            q[0],
            (
                "indirect".into(),
                vec!["the deal could fail".into()],
                "warned".into(),
                "Officials".into()
            )
        );
        assert_eq!(q[1].1, ["The plan is dead"]);
        assert_eq!(
            (q[1].2.as_str(), q[1].3.as_str()),
            ("according to", "the minister")
        );
    }

    #[test]
    fn speaker_after_the_quote_with_title_and_bracket() {
        // No names layer here: "Moore" is found as a capitalised phrase.
        let q = quotes_of("\"It is over,\" Rep. Moore (D-Wis.) said Friday. \"We won.\"");
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "Moore"));
        // The next quote goes on with the same speaker.
        assert_eq!(q[1].3, "Moore");
    }

    #[test]
    fn content_before_the_attribution() {
        let q = quotes_of(
            "The deal is dead, officials said on Monday. It may return, said the minister.",
        );
        assert_eq!(q[0].1, ["The deal is dead"]);
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "officials"));
        assert_eq!(q[1].1, ["It may return"]);
        assert_eq!(q[1].3, "the minister");
    }

    #[test]
    fn a_quotation_inside_a_sentence_takes_its_subject() {
        let q = quotes_of("At the debate, she repeated his \"Miss Piggy\" remark.");
        assert_eq!(q[0].1, ["Miss Piggy"]);
        assert_eq!(q[0].3, "she");
        // With a cue, the quotation is inside a mixed quote and has its source.
        let q = quotes_of("At the debate, she cited his \"Miss Piggy\" remark.");
        assert_eq!(q[0].1, ["his \"Miss Piggy\" remark"]);
        assert_eq!((q[1].1[0].as_str(), q[1].3.as_str()), ("Miss Piggy", "she"));
        let q = quotes_of("The nominee outlined his plan and vowed to punish \"those who leak.\"");
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("vowed", "The nominee"));
    }

    #[test]
    fn a_quotation_ending_its_sentence_leaves_the_next_one_alone() {
        let q = quotes_of(
            "Japan branded it an \"outlaw nation.\" Russia insisted that Pyongyang \"stop its escapades.\" The agency said more.",
        );
        assert_eq!(
            (q[0].1[0].as_str(), q[0].3.as_str()),
            ("outlaw nation.", "Japan")
        );
        let direct = q
            .iter()
            .find(|q| q.1[0] == "stop its escapades.")
            .expect("quote");
        assert_eq!(
            (direct.2.as_str(), direct.3.as_str()),
            ("insisted", "Russia")
        );
        // Nor does a quote take its attribution from the next paragraph.
        let q = quotes_of(
            "\"For young people, the rate is 33 percent.\"\n\nProtesters chanted \"What curfew?\"",
        );
        assert_eq!((q[0].1.len(), q[0].3.as_str()), (1, ""));
    }

    #[test]
    fn a_descriptor_before_a_name_is_part_of_the_source() {
        let text = "More than 100,000 people took part in a nationwide \"walk-in\" at schools, according to the event organizer Alliance to Reclaim Our Schools.";
        let q = quotes_with(text, &[("ORG", "Alliance to Reclaim Our Schools")]);
        let walk_in = q.iter().find(|q| q.1[0] == "walk-in").expect("quote");
        assert_eq!(
            (walk_in.2.as_str(), walk_in.3.as_str()),
            (
                "according to",
                "the event organizer Alliance to Reclaim Our Schools"
            )
        );
    }

    #[test]
    fn speakers_announced_before_the_quote() {
        // The cue first.
        let q = quotes_of("Some note it is complex. Said Ellis: \"I don't get the sense.\"");
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("Said", "Ellis"));
        // A colon and no cue: the named subject.
        let text = "On July 6, Sanders made the following comment:\n\n\"For young people, the rate is 33 percent.\"";
        let q = quotes_with(text, &[("PERSON", "Sanders")]);
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("", "Sanders"));
        // A colon after a subject that names no one gives no speaker.
        let q = quotes_of("Here is the full text:\n\n\"We will win the vote.\"");
        assert_eq!(q[0].3, "");
    }

    #[test]
    fn subjects_past_titles_openers_and_prepositions() {
        // The object of a preposition is no speaker.
        let q = quotes_of(
            "Protesters marching through the streets chanted \"What curfew?\" until 2 a.m.",
        );
        assert_eq!(
            (q[0].2.as_str(), q[0].3.as_str()),
            ("chanted", "Protesters marching through")
        );
        // A title before the name.
        let text =
            "In January, Gov. Earl Ray Tomblin lauded Mr. Clarke for \"new and innovative ideas.\"";
        let q = quotes_with(text, &[("PERSON", "Earl Ray Tomblin")]);
        assert_eq!(q[0].3, "Earl Ray Tomblin");
        // A quantifier opens the subject.
        let q = quotes_of("In August, several environmental groups granted an extension, saying his \"capital was less than expected.\"");
        assert!(
            q.iter().all(|q| q.3 == "several environmental groups"),
            "{q:?}"
        );
        // An adverb between speaker and cue.
        let q = quotes_of("\"But since then, his fortunes have changed,\" it further wrote.");
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("wrote", "it"));
    }

    #[test]
    fn a_quotation_after_a_sentence_about_someone() {
        let text = "Pence spoke first. \"We need to step away,\" Pence said.\n\nOn \"Face the Nation,\" Sen. Bernie Sanders identified exhaustion with bigotry as a reason. \"The younger people are sick and tired of racism.\"";
        let q = quotes_with(text, &[("PERSON", "Pence"), ("PERSON", "Bernie Sanders")]);
        let last = q.last().expect("quotes");
        assert_eq!(
            (last.1[0].as_str(), last.3.as_str()),
            (
                "The younger people are sick and tired of racism.",
                "Bernie Sanders"
            )
        );
        // Not when someone spoke in the sentence before.
        let text = "Sen. Claire McCaskill scolded him: \"You called them miracles,\" she said. \"I don't understand why.\"";
        let q = quotes_with(text, &[("PERSON", "Claire McCaskill")]);
        assert_eq!(q.last().expect("quotes").3, "she");
    }

    #[test]
    fn as_x_put_it_numbers_and_clauses() {
        let q = quotes_of(
            "The requirement is a \"lawful source of income,\" as a Homeland Security memo put it.",
        );
        assert_eq!(
            (q[0].2.as_str(), q[0].3.as_str()),
            ("put it", "a Homeland Security memo")
        );
        let q = quotes_of("Only 52 percent agreed that she is in \"good health,\" while 73 percent said the same of Trump. However, 63 percent said Clinton was \"justified\" in keeping it private.");
        let good = q.iter().find(|q| q.1[0] == "good health,").expect("quote");
        assert_ne!(good.3, "73 percent");
        let justified = q.iter().find(|q| q.1[0] == "justified").expect("quote");
        assert_eq!(
            (justified.2.as_str(), justified.3.as_str()),
            ("said", "63 percent")
        );
        let q =
            quotes_of("Once, on a highway, I laughed and said, \"I don't believe in the devil.\"");
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "I"));
    }

    #[test]
    fn coordinated_reports_have_their_own_speakers() {
        let q = quotes_with(
            "Ryan was saying he was \"very encouraged\" and Trump calling it a \"great meeting.\"",
            &[("PERSON", "Ryan"), ("PERSON", "Trump")],
        );
        let speakers: Vec<(&str, &str)> =
            q.iter().map(|q| (q.1[0].as_str(), q.3.as_str())).collect();
        assert!(
            speakers.contains(&("very encouraged", "Ryan")),
            "{speakers:?}"
        );
        assert!(
            speakers.contains(&("great meeting.", "Trump")),
            "{speakers:?}"
        );
        assert!(
            speakers.contains(&("it a \"great meeting.\"", "Trump")),
            "{speakers:?}"
        );
    }

    #[test]
    fn cues_beside_a_quotation_and_hyphenated_speakers() {
        let q = quotes_of("\"Friend, let me be blunt. I can beat her,\" the email read.");
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("read", "the email"));
        let q = quotes_of("\"Would it be negotiable?\" Hannity pressed.");
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("pressed", "Hannity"));
        // In running text "read" reports nothing.
        let q = quotes_of("He read the whole bill to the committee on Monday night.");
        assert!(q.is_empty(), "{q:?}");
        let q = quotes_of("\"What if he had lessons?\" the 43-year-old asked.");
        assert_eq!(
            (q[0].2.as_str(), q[0].3.as_str()),
            ("asked", "the 43-year-old")
        );
        let q = quotes_of("\"Donald is an amazing leader,\" said the 46-year-old.");
        assert_eq!(
            (q[0].2.as_str(), q[0].3.as_str()),
            ("said", "the 46-year-old")
        );
    }

    #[test]
    fn a_title_before_the_attribution_leaves_it_to_the_sentence() {
        let text = "On CBS's \"Face the Nation,\" Paul Ryan said the recent spate of shootings and protests demands that all Americans engage in \"more listening.\"";
        let q = quotes_with(text, &[("PERSON", "Paul Ryan")]);
        let listening = q
            .iter()
            .find(|q| q.1[0] == "more listening.")
            .expect("quote");
        assert_eq!(
            (listening.2.as_str(), listening.3.as_str()),
            ("said", "Paul Ryan")
        );
        let report = q.iter().find(|q| q.0 == "mixed").expect("report");
        assert!(report.1[0].starts_with("the recent spate"), "{report:?}");
    }

    #[test]
    fn participles_and_adverbs_open_a_sentence_before_its_subject() {
        let text = "Reading from a prepared text, Ben Carson repeatedly pronounced the name \"Hamas\" oddly.";
        let q = quotes_with(text, &[("PERSON", "Ben Carson")]);
        assert_eq!(q[0].3, "Ben Carson");
        let q = quotes_of(
            "Moreover, Gowdy referenced a report that \"less than one percent\" were captured.",
        );
        assert_eq!(q[0].3, "Gowdy");
        // "vowed to "..."": the cue before the infinitive.
        let q = quotes_of("Cruz said he'd win, and Trump vowed to \"bomb the hell\" out of them.");
        let bomb = q.iter().find(|q| q.1[0] == "bomb the hell").expect("quote");
        assert_eq!((bomb.2.as_str(), bomb.3.as_str()), ("vowed", "Trump"));
    }

    #[test]
    fn a_quotation_takes_the_subject_of_its_own_clause() {
        let q = quotes_of("Clinton proposed a debate - but the Sanders campaign rejected the idea as \"ludicrous\" on Monday.");
        assert_eq!(q[0].3, "the Sanders campaign");
    }

    #[test]
    fn long_descriptions_inversions_and_participles() {
        let text = "\"Nothing we could do now would make a difference,\" Fred Kagan, director of the Critical Threats Project at the American Enterprise Institute, said in an interview.";
        let q = quotes_with(
            text,
            &[
                ("PERSON", "Fred Kagan"),
                ("ORG", "American Enterprise Institute"),
            ],
        );
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "Fred Kagan"));
        // Not from a phrase that is no speaker.
        let text = "It cut a call for \"providing lethal weapons\" to Ukraine and backed language calling for \"assistance.\"";
        let q = quotes_with(text, &[("GPE", "Ukraine")]);
        assert_ne!(q[0].3, "to Ukraine");
        // The cue first after a comma, but not "telling X that".
        let q = quotes_of(
            "And Trump does not forgive. But, said Solovey, \"I don't want to drum up conflict.\"",
        );
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "Solovey"));
        let q = quotes_with("Trump and his aides had words for moderators, telling O'Reilly that \"I'm not okay with Anderson Cooper.\"", &[("PERSON", "O'Reilly")]);
        assert_ne!(q[0].3, "O'Reilly");
        // A participle in an aside, a cue used as a noun, a conjunction
        // opening the sentence.
        let q = quotes_with(
            "Fiorina, speaking to Iowans, said, \"Last time I looked, you hadn't voted.\"",
            &[("PERSON", "Fiorina"), ("NORP", "Iowans")],
        );
        assert_eq!(q[0].3, "Fiorina");
        let q = quotes_of("And although he thanked them, he sounded a rare note of self-deprecation, saying, \"I'm not sure I deserve it.\"");
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("saying", "he"));
    }

    #[test]
    fn a_report_in_an_opening_clause_ends_with_it() {
        let text = "While he acknowledged funding was a major reason he felt demoralized, Ham also noted several \"intangibles\" left him disillusioned.";
        let q = quotes_with(text, &[("PERSON", "Ham")]);
        let first = q.iter().find(|q| q.2 == "acknowledged").expect("report");
        assert_eq!(first.1[0], "funding was a major reason he felt demoralized");
        let intangibles = q.iter().find(|q| q.1[0] == "intangibles").expect("quote");
        assert_eq!(
            (intangibles.2.as_str(), intangibles.3.as_str()),
            ("noted", "Ham")
        );
    }

    #[test]
    fn time_phrases_and_nationalities_before_a_cue() {
        let text = "Obama has a frosty relationship with McConnell, who in 2010 said the goal was to make Obama a \"one-term president.\"";
        let q = quotes_with(text, &[("PERSON", "Obama"), ("PERSON", "McConnell")]);
        let term = q
            .iter()
            .find(|q| q.1[0] == "one-term president.")
            .expect("quote");
        assert_eq!((term.2.as_str(), term.3.as_str()), ("said", "who"));
        let text = "PolitiFact rated 32% of Republican claims as \"false\" or worse.";
        let q = quotes_with(text, &[("ORG", "PolitiFact"), ("NORP", "Republican")]);
        assert_eq!(q.last().expect("quote").3, "PolitiFact");
        // A nationality as a noun still speaks.
        let text = "\"The campaign has been reluctant,\" one senior Democrat said.";
        let q = quotes_with(text, &[("NORP", "Democrat")]);
        assert_eq!(q[0].3, "Democrat");
    }

    #[test]
    fn speakers_after_the_quote_with_descriptions() {
        let q = quotes_of("\"Go back to Univision,\" Trump barked.");
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("barked", "Trump"));
        let text = "\"Watch a fetus on the table,\" said former tech executive Carly Fiorina.";
        let q = quotes_with(text, &[("PERSON", "Carly Fiorina")]);
        assert_eq!(q[0].3, "former tech executive Carly Fiorina");
        let q = quotes_of("\"The drop is directly attributable to the emails,\" said a person close to the Clintons.");
        assert_eq!(q[0].3, "a person close to the");
        let q = quotes_with("\"China is equally concerned,\" the independent Vermont senator and Democratic presidential candidate told ABC.", &[("GPE", "Vermont")]);
        assert_eq!(q[0].2, "told");
        // A dash before a phrase is no attribution.
        let q = quotes_of("Tribe likened the rules to \"burning the Constitution\" - a charge that might have stung.");
        assert_ne!(q[0].3, "a charge that might have");
        // The person of the paragraph before.
        let text = "Viguerie is upbeat about Cruz, in part because he sees Cruz as a uniter.\n\n\"Not only can Ted Cruz win in November, he is the one with the best chance.\"";
        let q = quotes_with(text, &[("PERSON", "Viguerie"), ("PERSON", "Cruz")]);
        assert_eq!(q[0].3, "Viguerie");
    }

    #[test]
    fn time_phrases_nicknames_relatives_and_dashes() {
        let q = quotes_of("Twenty-two years ago, a Times article hailed Trump as \"The Comeback Kid\" for his success.");
        assert_eq!(q[0].3, "a Times article");
        let text = "\"This is a big year for our senator, Bobby Scott!\" Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd.";
        let q = quotes_with(text, &[("PERSON", "Bobby Scott"), ("PERSON", "Scott's")]);
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("shouted", "Scott's"));
        let q = quotes_of("Others were admitted, as well as 29 others who only specified \"Christian\" as their religion.");
        assert_eq!(q[0].3, "who");
        let q =
            quotes_of("Kall compared Trump to a coach who is \"working the referees\" in hopes.");
        assert_ne!(q[0].3, "who");
        let text = "In July, Gingrich dismissed Estonia as the \"suburbs of St. Petersburg\" - a metaphor for the GOP's abandonment of principle.";
        let q = quotes_with(text, &[("PERSON", "Gingrich"), ("ORG", "GOP")]);
        assert_eq!(q[0].3, "Gingrich");
    }

    #[test]
    fn according_to_a_long_source_and_per() {
        let q = quotes_of("According to a 52-count civil complaint filed by the federal Securities and Exchange Commission and a 15-count complaint by Vermont, the developers engaged in a \"massive eight-year fraudulent scheme.\"");
        let scheme = q.iter().find(|q| q.0 == "direct").expect("quote");
        assert_eq!(scheme.2, "According to");
        assert!(
            scheme.3.ends_with("a 15-count complaint by Vermont"),
            "{scheme:?}"
        );
        let q = quotes_of("Members may appoint proxies, but it is prohibited when voting \"to fill a vacancy on the ticket,\" per the party's bylaws.");
        let vacancy = q.iter().find(|q| q.0 == "direct").expect("quote");
        assert_eq!(
            (vacancy.2.as_str(), vacancy.3.as_str()),
            ("per", "the party's bylaws")
        );
        // "per" as a rate is no source.
        let q = quotes_of(
            "The fee rose to $5, per person, said the minister on Monday in the capital.",
        );
        assert!(q.iter().all(|q| q.2 != "per"), "{q:?}");
    }

    #[test]
    fn colons_after_a_pronoun_and_verbs_with_with() {
        let q = quotes_of("She became so upset, and drove so erratically, that I had to change my answer: \"Of course I believe in the devil.\"");
        assert_eq!(q[0].3, "I");
        let text = "The spot concludes with footage of Trump saying during the debate last week, \"That makes me smart,\" when Clinton blasted him.";
        let q = quotes_with(text, &[("PERSON", "Trump"), ("PERSON", "Clinton")]);
        let smart = q.iter().find(|q| q.0 == "direct").expect("quote");
        assert_eq!((smart.2.as_str(), smart.3.as_str()), ("saying", "Trump"));
        assert!(q.iter().all(|q| q.2 != "concludes"), "{q:?}");
    }

    #[test]
    fn participles_without_a_comma_and_in_relative_clauses() {
        let text = "Trump unleashed a series of tweets early Friday saying that Clinton had used Machado \"as a paragon of virtue.\"";
        let q = quotes_with(
            text,
            &[
                ("PERSON", "Trump"),
                ("PERSON", "Clinton"),
                ("PERSON", "Machado"),
            ],
        );
        assert!(q.iter().all(|q| q.3 == "Trump"), "{q:?}");
        let text = "Trump got defensive about not paying an architect who said he was stiffed, saying, \"Maybe he didn't do a good job.\"";
        let q = quotes_with(text, &[("PERSON", "Trump")]);
        let job = q.iter().find(|q| q.0 == "direct").expect("quote");
        assert_eq!((job.2.as_str(), job.3.as_str()), ("saying", "Trump"));
        // An adverb and a comma make a cue an adjective.
        let q = quotes_of(
            "Following a swiftly called, late-afternoon meeting, the council issued a statement.",
        );
        assert!(q.iter().all(|q| q.3 != "a swiftly"), "{q:?}");
    }

    #[test]
    fn relative_clauses_and_show_as_a_noun() {
        let q = quotes_of("It prompted her to make a controversial comment that egregiously described all young black men as \"super predators.\"");
        assert!(q.iter().all(|q| !q.3.contains("that")), "{q:?}");
        let text = "In a preview clip for Blige's upcoming Apple Music show The 411, Blige sings \"American Skin\" to Clinton.";
        let q = quotes_with(
            text,
            &[
                ("PERSON", "Blige's"),
                ("ORG", "Apple Music"),
                ("PERSON", "Blige sings"),
            ],
        );
        assert!(q.iter().all(|q| q.2 != "show"), "{q:?}");
        // "Polls show that" still reports.
        let q = quotes_of("Polls show that the race has tightened in the last week.");
        assert_eq!(q[0].2, "show");
    }

    #[test]
    fn run_in_heads_long_openers_and_infinitives() {
        let text = "CONGRESS HAS INVESTIGATED HIM \u{2014} Oz's advice earned him a hearing for saying that coffee was a \"magic weight loss cure.\"";
        let q = quotes_with(text, &[("PERSON", "Oz")]);
        assert!(q.iter().all(|q| q.3 == "Oz"), "{q:?}");
        let text = "Following a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the test \"a clear violation\" of resolutions.";
        let q = quotes_with(text, &[("ORG", "Security Council")]);
        assert!(q.iter().all(|q| q.3 == "the Security Council"), "{q:?}");
        let text = "All this has led the Latvian journalist Dainis Ivans to fear a \"Putin-Ribbentrop Pact.\"";
        let q = quotes_with(text, &[("PERSON", "Dainis Ivans")]);
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("fear", "Dainis Ivans"));
    }

    #[test]
    fn a_name_ending_in_ing_is_no_participle_aside() {
        let text = "The former analyst, Browning, said the leak was justified and legal.";
        let q = quotes_with(text, &[("PERSON", "Browning")]);
        assert_eq!(
            (q[0].1[0].as_str(), q[0].3.as_str()),
            ("the leak was justified and legal", "Browning")
        );
    }

    #[test]
    fn unnamed_sources_are_anonymous() {
        let text = "The deal is off, officials said. A source close to the talks said \
                    the deal is off. Minister Jones said the deal is off.";
        let s = segment(text);
        let q = extract(text, &s, &[], &crate::Switches::all_on());
        let found: Vec<(&str, bool)> = q
            .iter()
            .map(|q| {
                (
                    q.speaker.as_ref().map_or("", |m| m.text.as_str()),
                    q.anonymous,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("officials", true),
                ("A source close to the talks", true),
                ("Minister Jones", false)
            ]
        );
    }

    #[test]
    fn cue_then_a_name_the_names_layer_missed() {
        let q = quotes_of("\"It is wrong,\" said 9/11 widow Terry Strada. \"Fine,\" said the Rev. Peter Wherry, of Mayfield.");
        assert_eq!(q[0].3, "9/11 widow Terry Strada");
        assert_eq!(q[1].3, "the Rev. Peter Wherry");
    }

    #[test]
    fn typewriter_quotes_close_reported_content() {
        let q = quotes_of(
            "''It is more tinkering at the edges,'' said Alan Cole. ''We pay,'' Mr. King said.",
        );
        assert_eq!(q[0].1, ["''It is more tinkering at the edges"]);
        assert_eq!(q[0].3, "Alan Cole");
        assert_eq!(q[1].3, "King");
    }

    #[test]
    fn a_mark_after_a_nested_quote_closes() {
        let q = quotes_of("\"I hate the term 'outreach,' \" he told the group. \"Next,\" he said.");
        assert_eq!(q[0].1, ["I hate the term 'outreach,' "]);
        assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("told", "he"));
        assert_eq!(q[1].1, ["Next,"]);
    }

    #[test]
    fn an_agency_after_an_attributed_quote_adds_no_quote() {
        let q = quotes_of("\"It is a disgrace,\" the senator said, according to Reuters.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3, "the senator");
    }

    #[test]
    fn chains_of_participles_end() {
        // Each ", saying" once looked back through all the ones before it:
        // this took minutes. Now it ends, with one report for the sentence.
        let text = format!(
            "Officials met{}, saying the talks had failed.",
            ", saying".repeat(2000)
        );
        let q = quotes_of(&text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2, "saying");
        assert!(q[0].1[0].ends_with("saying the talks had failed"));
    }

    #[test]
    fn according_to_at_the_very_end() {
        // Found by fuzzing: a comma that ends the text after "according to X".
        assert!(quotes_of("According to Mr Jones,").is_empty());
    }

    #[test]
    fn a_passive_has_no_speaker_before_it() {
        let q = quotes_of(
            "When terrorists are revealed as part of the plot, officials call them lone wolves.",
        );
        assert!(q.iter().all(|q| q.3 != "terrorists"), "{q:?}");
        // A progressive keeps its subject.
        let q = quotes_of("Trump is promising that the wall will be built soon.");
        assert_eq!(q[0].3, "Trump");
    }
}
