//! Attribution shapes read around a cue or a quotation, beside the
//! speaker phrases of `speakers.rs`: the outlet that carried someone's
//! words ("X quoted Y as saying", "X translated Y as saying", "told the
//! Post"), "as X put it", a verb no list holds after an open quotation
//! ("he points out."), a participle after a comma inside closing marks,
//! and an adjunct between a cue and "that".

use super::index::{is_word, Index};
use super::{MAX_PARENTHETICAL, MAX_SPEAKER_TOKENS};
use crate::segment::lower;
use crate::text::words::{
    is_adjunct_preposition, is_article, is_be, is_determiner, is_function_word, is_have, is_modal,
    is_object_pronoun, is_possessive, is_preposition, is_subject_pronoun,
};

/// Most tokens of a programme's title in quotation marks after a
/// listener cue ("told "Fox and Friends"").
const MAX_PROGRAMME_TOKENS: usize = 10;

/// Most tokens of a listener after "told" ("told The New York Times in
/// 2012, "...").
pub(crate) const MAX_LISTENER_TOKENS: usize = 8;

/// Most content words of a listener before "that" ("told Megyn Kelly
/// that").
const MAX_LISTENER_WORDS: usize = 4;

/// Most words of an adjunct between a cue and "that" ("said in a
/// statement on Monday that").
const MAX_ADJUNCT_TOKENS: usize = 6;

impl Index<'_> {
    /// "quoted Y as saying" after cue token `cue`: Y's first and last
    /// token and the token of the cue after "as" ("saying").
    pub(crate) fn quoted_as(&self, cue: usize, end: usize) -> Option<(usize, usize, usize)> {
        if !crate::resources::lists::quotes::quoting_cues::contains(lower(self.word(cue)).as_ref())
            || cue + 3 >= end
        {
            return None;
        }
        let last = self.speaker_from(cue + 1, end)?;
        let said = last + 2;
        (said < end && self.word(last + 1).eq_ignore_ascii_case("as") && self.is_cue(said))
            .then_some((cue + 1, last, said))
    }

    /// The outlet that hears the words after a cue of telling: "told
    /// Detik.com", "told the Washington Post".
    pub(crate) fn listener_outlet(&self, cue: usize, end: usize) -> Option<(usize, usize)> {
        if !self.is_listener_cue(cue) {
            return None;
        }
        let mut first = cue + 1;
        if first < end && is_article(lower(self.word(first)).as_ref()) {
            first += 1;
        }
        // A programme by its title in quotation marks, perhaps after its
        // network's possessive, is an outlet whatever its name: "told
        // MSNBC's "Morning Joe" that ...", "told "Fox and Friends"".
        let title_after = |open: usize| {
            (open < end && self.word(open) == "\"")
                .then(|| {
                    (open + 2..end.min(open + 2 + MAX_PROGRAMME_TOKENS))
                        .find(|&k| self.word(k) == "\"")
                })
                .flatten()
        };
        if let Some(close) = title_after(first) {
            return Some((first, close));
        }
        // A name, or a site the names layer missed ("Detik.com").
        let last = self
            .name_at(first)
            .or_else(|| (first < end && self.capitalised(first)).then_some(first))
            .map(|l| self.with_domain(l))
            .filter(|&l| l < end)?;
        if last + 2 < end && self.word(last + 1) == "'s" {
            if let Some(close) = title_after(last + 2) {
                return Some((first, close));
            }
        }
        self.is_outlet(first, last).then_some((first, last))
    }

    /// The "that" after a listener cue and whom it was told ("told
    /// reporters that", "told Ann Lee on Monday that"): an article or
    /// possessive, then at most `MAX_LISTENER_WORDS` content words (a
    /// function word, "there" or "nobody", ends them: "told reporters
    /// there was no evidence that ..." reports the whole clause), then
    /// "that", or an adjunct and "that". `None` for any other cue, or
    /// where no such "that" follows.
    pub(crate) fn that_after_listener(&self, cue: usize, end: usize) -> Option<usize> {
        if !self.is_listener_cue(cue) {
            return None;
        }
        let mut k = cue + 1;
        if k < end && {
            let w = lower(self.word(k));
            is_article(&w) || is_possessive(&w)
        } {
            k += 1;
        }
        let first = k;
        while k < end && k < first + MAX_LISTENER_WORDS && {
            let w = lower(self.word(k));
            is_word(&w) && !is_function_word(&w) && !self.is_cue(k)
        } {
            k += 1;
        }
        if k == first || k >= end {
            return None;
        }
        if self.word(k).eq_ignore_ascii_case("that") {
            return Some(k);
        }
        self.that_after_adjunct(k, end)
    }

    /// Where the clause starts after a listener cue and whom it was told,
    /// with no "that": "told him the plan was dead", "told reporters the
    /// vote was rigged", "told the committee his plan would pass". Whom
    /// it was told is an object pronoun, or an article or possessive and
    /// at most `MAX_LISTENER_WORDS` lower-case content words; the clause
    /// opens with an article, a possessive, a demonstrative or a subject
    /// pronoun. `None` for any other cue or shape ("told the truth").
    pub(crate) fn clause_after_listener(&self, cue: usize, end: usize) -> Option<usize> {
        if !self.is_listener_cue(cue) {
            return None;
        }
        // A clause opens with a determiner or a subject pronoun and has a
        // verb within a few words: "the plan was dead", "he would resign";
        // "the truth about the budget" and "the news on Monday" are
        // objects.
        let opens_clause = |k: usize| {
            k + 1 < end
                && {
                    let w = lower(self.word(k));
                    is_determiner(&w) || is_subject_pronoun(&w)
                }
                && (k + 1..end.min(k + 1 + MAX_LISTENER_WORDS)).any(|v| {
                    let w = lower(self.word(v));
                    is_be(&w) || is_have(&w) || is_modal(&w) || (w.len() > 3 && w.ends_with("ed"))
                })
        };
        let first = cue + 1;
        if first < end
            && is_object_pronoun(lower(self.word(first)).as_ref())
            && opens_clause(first + 1)
        {
            return Some(first + 1);
        }
        let mut k = first;
        if k < end && {
            let w = lower(self.word(k));
            is_article(&w) || is_possessive(&w)
        } {
            k += 1;
        }
        let words = k;
        while k < end && k < words + MAX_LISTENER_WORDS && {
            let w = lower(self.word(k));
            is_word(&w) && !is_function_word(&w) && !self.is_cue(k) && !self.capitalised(k)
        } {
            k += 1;
        }
        (k > words && opens_clause(k)).then_some(k)
    }

    /// Y in "X translated Y as saying", "X cited Y as saying", "X
    /// described Y as saying": before "as" and the "-ing" cue token `cue`,
    /// a name, a pronoun (an object one too: "her") or a short phrase
    /// after a verb. Y spoke; X carried the words. Returns Y's first and
    /// last token.
    pub(crate) fn carried_as(&self, cue: usize, start: usize) -> Option<(usize, usize)> {
        if cue < start + 3
            || !self.word(cue).ends_with("ing")
            || !self.word(cue - 1).eq_ignore_ascii_case("as")
        {
            return None;
        }
        let last = cue - 2;
        let w = lower(self.word(last));
        let (first, _) = if crate::resources::lists::people::pronouns::get(w.as_ref()).is_some() {
            (last, last)
        } else {
            self.speaker_to(last, start)?
        };
        // The verb before Y: a lower-case word that is no function word
        // or form of "be" ("was seen as saying" has no Y).
        let verb = lower(self.word(first.checked_sub(1)?));
        (first > start
            && verb.chars().all(|c| c.is_ascii_lowercase())
            && !is_function_word(&verb)
            && !crate::resources::lists::quotes::auxiliaries::contains(verb.as_ref()))
        .then_some((first, last))
    }

    /// The speaker of a participle cue after a comma inside closing
    /// quotation marks (the governor insisted he has "expanded the party,"
    /// claiming ...): the speaker of the nearest cue before it in the
    /// sentence, as for a participle after a plain comma.
    pub(crate) fn participle_after_quotation(
        &self,
        cue: usize,
        start: usize,
    ) -> Option<(usize, usize)> {
        if cue < start + 2
            || self.word(cue - 1) != "\""
            || self.word(cue - 2) != ","
            || !self.word(cue).ends_with("ing")
        {
            return None;
        }
        let from = start.max(cue.saturating_sub(2 * MAX_PARENTHETICAL));
        (from..cue - 2)
            .rev()
            .find(|&c| self.is_cue(c) && !self.used_as_noun(c))
            .filter(|&c| !self.is_participle(c, start))
            .and_then(|c| self.speaker_before_cue(c, start))
    }

    /// The token of "that" after a short adjunct right after a cue, from
    /// token `content`: a time ("on Monday", "last week") or a phrase that
    /// opens with an adjunct's preposition ("in a statement", "at a
    /// rally"; `data/words/adjunct_prepositions.txt`), with no comma, cue
    /// or quotation between.
    pub(crate) fn that_after_adjunct(&self, content: usize, end: usize) -> Option<usize> {
        if content >= end {
            return None;
        }
        let w = lower(self.word(content));
        // An adjunct's preposition, not the cue's complement's: "that"
        // after "complained about a law" opens a relative clause.
        if !(is_adjunct_preposition(&w) || self.is_time_word(content)) || w == "that" {
            return None;
        }
        (content + 1..end.min(content + MAX_ADJUNCT_TOKENS + 1))
            .take_while(|&k| is_word(self.word(k)) && !self.is_cue(k))
            .find(|&k| self.word(k).eq_ignore_ascii_case("that"))
    }

    /// After a quotation whose text ends in a comma, a question or an
    /// exclamation mark, an attribution by a verb no list holds: a name
    /// or pronoun and a lower-case word, in either order, then the
    /// sentence's end, a comma or a preposition, perhaps after one more
    /// word ("he points out.", "Trump shot back with a laugh.", "beamed Ann
    /// Lee of Madison."). The open quotation leaves nothing else for the
    /// words to be. Returns the speaker's first and last token and the
    /// verb's.
    pub(crate) fn verb_beside(&self, k: usize, limit: usize) -> Option<(usize, usize, usize)> {
        let stop = |i: usize| {
            i >= limit
                || matches!(self.word(i), "." | "," | "!" | "?" | ";" | ":")
                || is_preposition(lower(self.word(i)).as_ref())
        };
        // The bound first: the quotation may end the text ("\"We won,\" he").
        let verb_like = |i: usize| {
            i < limit && {
                let w = self.word(i);
                w.len() > 2
                    && w.chars().all(|c| c.is_ascii_lowercase())
                    && !is_function_word(w)
                    && !crate::resources::lists::quotes::auxiliaries::contains(w)
            }
        };
        // One more word may stand before the end: an adverb or "back"
        // ("shot back.", "said quietly."); an object may not ("blasted
        // him for ...").
        let particle = |i: usize| {
            verb_like(i) && {
                let w = self.word(i);
                w.ends_with("ly") || w == "back"
            }
        };
        // Speaker first: "he points out.", "an angry Hollande retaliated."
        if let Some(last) = self.speaker_from(k, limit) {
            let v = last + 1;
            let ends = stop(v + 1) || (particle(v + 1) && stop(v + 2));
            let opens = self.may_open_speaker(k)
                || crate::resources::lists::quotes::pronouns::contains(
                    lower(self.word(k)).as_ref(),
                );
            if opens && self.names_someone(k, last) && verb_like(v) && ends {
                return Some((k, last, v));
            }
        }
        // The verb first, in the past: "beamed Ann Lee."
        if verb_like(k) && self.word(k).ends_with("ed") && k + 1 < limit {
            let last = self.speaker_from(k + 1, limit)?;
            return (self.names_someone(k + 1, last) && stop(last + 1)).then_some((k + 1, last, k));
        }
        None
    }

    /// "as X put it" in the tokens `range`: X's first and last token and
    /// the token of "put".
    pub(crate) fn as_put_it(&self, range: std::ops::Range<usize>) -> Option<(usize, usize, usize)> {
        range.clone().find_map(|k| {
            if !self.word(k).eq_ignore_ascii_case("as") || k + 3 >= range.end {
                return None;
            }
            let cue = (k + 2..range.end.min(k + 2 + MAX_SPEAKER_TOKENS))
                // (A possessive too: "as the Post's Dana Milbank puts it".)
                .take_while(|&j| {
                    self.word(j) == "'s" || self.word(j).chars().all(char::is_alphanumeric)
                })
                .find(|&j| matches!(self.word(j), "put" | "puts"))?;
            (cue + 1 < range.end && self.word(cue + 1) == "it").then_some((k + 1, cue - 1, cue))
        })
    }
}
