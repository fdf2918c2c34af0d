//! Vague references to the present, the past and the future.

use super::Pattern;
use crate::segment::TokenKind;
use crate::text::words::{is_function_word, is_possessive, is_subject_pronoun};
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{cue, Class, Cue};
use crate::timex::value::vague_period;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.reference",
        about: crate::passes::about("vague references: now, currently, recently, the past, the near future, soon, these days, a later date"),
    },
    run: |m, idx, has_the| m.reference(idx, has_the),
};

impl Matcher<'_, '_> {
    /// Vague references to the present ("now", "currently"), the past
    /// ("recently", "recent years", "the past") and the future ("the
    /// future", "the near future", "soon").
    pub(super) fn reference(&self, idx: usize, has_the: bool) -> Option<Found> {
        let word = self.lower(idx);
        if word == "past" && has_the {
            let next_is_time = self.unit(idx + 1).is_some() || self.count(idx + 1).is_some();
            return if next_is_time {
                None
            } else {
                Found::new(idx + 1, "DATE", "PAST_REF")
            };
        }
        if word == "near" && has_the && self.is(idx + 1, "future") {
            return Found::new(idx + 2, "DATE", "FUTURE_REF");
        }
        // "in the near term", "for the short term": the future as a whole.
        // "the long-term value" is an adjective.
        let term_noun = self
            .words
            .get(idx + 1)
            .is_some_and(|w| w.lower == "term" && w.token == w.span);
        if has_the && term_noun && self.is_cue(idx, Cue::Horizon) {
            return Found::new(idx + 2, "DATE", "FUTURE_REF");
        }
        // "these days", "the then current price": the present, and a
        // present seen from the past.
        if word == "these" && self.is(idx + 1, "days") {
            return Found::new(idx + 2, "DATE", "PRESENT_REF");
        }
        if word == "then" && self.is(idx + 1, "current") {
            return Found::new(idx + 2, "DATE", "PAST_REF").map(Found::without_the);
        }
        // "at the time", "at that time": the time the story was on, the
        // past; not one a clause or "of" defines ("at the time of its
        // founding", "at the time the bomb exploded").
        let that_time = word == "that" && self.is(idx + 1, "time");
        if (word == "time" && has_the || that_time) && self.is_at_the_time(idx, has_the) {
            return Found::new(idx + 1 + usize::from(that_time), "DATE", "PAST_REF");
        }
        // "the other day": a day of the recent past, not said which.
        if word == "other" && has_the && self.is(idx + 1, "day") {
            return Found::new(idx + 2, "DATE", "PAST_REF");
        }
        // "a long time ago": the past. "For a long time" alone TimeBank
        // and AQUAINT leave untagged.
        if word == "a"
            && self.is(idx + 1, "long")
            && self.is(idx + 2, "time")
            && self.is(idx + 3, "ago")
        {
            return Found::new(idx + 4, "DATE", "PAST_REF");
        }
        // "at a later date", "at a future date": a day to come, not said
        // which.
        if word == "a"
            && matches!(self.lower(idx + 1), "later" | "future")
            && self.is(idx + 2, "date")
        {
            return Found::new(idx + 3, "DATE", "FUTURE_REF");
        }
        // "for a while": a stretch of unsaid length.
        if word == "a" && self.is(idx + 1, "while") && idx > 0 && self.is(idx - 1, "for") {
            return Found::new(idx + 2, "DURATION", "PXX");
        }
        let (end, value) = self.term(idx, Class::Ref)?;
        // "recent years", "recent months": the recent past.
        if let Some(unit) = self.unit(end) {
            if self.lower(end).ends_with('s') && matches!(value, "PAST_REF" | "FUTURE_REF") {
                let rel = if value == "PAST_REF" { -1 } else { 1 };
                let (kind, value) = vague_period(rel, unit);
                return Found::new(end + 1, kind, value);
            }
        }
        match word {
            "future" if !has_the && !self.owned_future(idx, end) => None,
            // "Now, he says, ...": opening a sentence and set off by a
            // comma, "now" turns to a new point rather than naming the
            // present ("Now the court has ruled" still does).
            "now" if self.opens_sentence(idx) && self.is(end, ",") => None,
            // "every now and then", "now and again": how often, not when.
            // "Between now and then" names the present as one bound, and
            // so do "right now", "by now"; "now and then" is the idiom
            // after "every", opening the sentence or ending its clause,
            // not where "then" opens a next step ("he is here now and
            // then he will leave").
            "now" if self.now_and_then && self.is_now_and_then(idx, end) => None,
            // "the now-defunct paper", "the now-famous ad": the first part
            // of a compound adjective qualifies its second part, not the
            // clause.
            "now"
                if self.words[idx].token != self.words[idx].span
                    && self.words[idx].span.start == self.words[idx].token.start =>
            {
                None
            }
            "soon" if matches!(self.lower(end), "as" | "after") => None,
            // "He was soon released", "cash that soon became a flood": soon
            // after a time of the story, not a time still to come.
            "soon" if self.in_past_narrative(idx, end) => None,
            // "the current system": an adjective of a noun that is no time
            // says what the thing is now, not a time of the story
            // ("current" before a unit is a time of its own, read by the
            // other patterns). "A recent meeting" places the meeting in the
            // recent past, as TimeBank tags it (PAST_REF).
            "current" => None,
            "recent" => Found::new(end, "DATE", value).map(Found::without_the),
            // An adverb ("the recently released browser", "the currently
            // serving mayor"): "the" belongs to the noun after it.
            w if w.ends_with("ly") => Found::new(end, "DATE", value).map(Found::without_the),
            _ => Found::new(end, "DATE", value),
        }
    }

    /// Whether "now" at `idx` (ending at `end`) opens the idiom "now and
    /// then" or "now and again". "Between now and then" names the present
    /// as one bound, and so do "right now", "by now"; "now and then" is
    /// the idiom after "every", opening the sentence or ending its clause,
    /// not where "then" opens a next step ("he is here now and then he
    /// will leave").
    fn is_now_and_then(&self, idx: usize, end: usize) -> bool {
        if !self.is(end, "and") {
            return false;
        }
        let bound = idx > 0 && self.is_cue(idx - 1, Cue::PresentBound);
        let clause_ends = self
            .words
            .get(end + 2)
            .is_none_or(|w| w.kind != TokenKind::Word);
        let idiom = match self.lower(end + 1) {
            "again" => true,
            "then" => idx == 0 || self.is(idx - 1, "every") || clause_ends,
            _ => false,
        };
        idiom && !bound
    }

    /// Whether "future" at `idx` is someone's, as a noun: "the decision
    /// about Elian's future", "their future is bright" (but "Intel's future
    /// flagship" is an adjective).
    pub(super) fn owned_future(&self, idx: usize, end: usize) -> bool {
        let owned = idx > 0 && (self.is(idx - 1, "'s") || is_possessive(self.lower(idx - 1)));
        let noun = self.words.get(end).is_none_or(|w| {
            w.kind != TokenKind::Word
                || is_function_word(&w.lower)
                || cue(&w.lower, Cue::LinkingVerb)
                || w.lower == "away"
        });
        owned && noun
    }

    /// Whether "the time" or "that time" at `idx` follows "at" and names
    /// no time that "of" or a clause defines after it ("at the time of its
    /// founding", "at the time the bomb exploded", "at the time Howes was
    /// captured"); a pronoun may follow ("saying at the time he was
    /// willing"), and after "that time" any clause may.
    fn is_at_the_time(&self, idx: usize, has_the: bool) -> bool {
        let that = self.is(idx, "that");
        let at = idx.checked_sub(1 + usize::from(has_the));
        let end = idx + 1 + usize::from(that);
        let defined = match self.words.get(end) {
            Some(w) if w.kind == TokenKind::Word => {
                matches!(w.lower.as_ref(), "of" | "when")
                    || (!that
                        && (self.is_capitalised(end)
                            || is_function_word(&w.lower) && !is_subject_pronoun(&w.lower)))
            }
            _ => false,
        };
        at.is_some_and(|k| self.is(k, "at")) && !defined
    }
}
