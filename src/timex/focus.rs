//! Which dates the story is at: a date of the narrative, as against one of
//! an aside or the day a source spoke, for "the next year" told in the
//! past.

use super::matcher::Matcher;
use super::terms::Class;
use super::value::Unit;
use crate::segment::TokenKind;
use crate::text::calendar::Date;
use crate::text::words::{is_preposition, is_relative};

/// How many words back from a date an aside's opening comma may be, and
/// how many words on its closing one: a participle phrase or a relative
/// clause is short ("founded in 1998", "which opened in May 2009").
const ASIDE_REACH: usize = 8;

/// How many days before the document date the story's first day may be
/// for a quotation's "today" to be that day (`timex.quote_day`): a story
/// of yesterday's or the day before's event quotes what was said at it;
/// one that leads with a day a week back (an interview on Sunday that
/// names last Monday's debate first) is mostly quoting today's words.
const QUOTE_DAY_REACH: i64 = 2;

/// How many words back from "today" the opening quotation mark is looked
/// for; a quotation longer than that counts as closed.
const QUOTE_REACH: usize = 60;

impl Matcher<'_, '_> {
    /// The day a quotation's "today", "tonight" or "yesterday" at `idx`
    /// counts from (`timex.quote_day`): the day of the event the story
    /// reports, its first day named, when that is one or two days before
    /// the document date; or the day named at the reporting verb of the
    /// sentence ("said on Thursday he \"delivered a letter today\"").
    /// TIMEX3 anchors such a word on when it was said,
    /// and a source quoted in a story of yesterday's match or Tuesday's
    /// announcement spoke then ("said, \"we learned a lot from today's
    /// game\""), not on the day the story came out.
    pub(super) fn quote_day(&self, idx: usize) -> Option<Date> {
        if !(self.state.quote_day && self.in_quotation(idx)) {
            return None;
        }
        if self.state.spoke_on.is_some() {
            return self.state.spoke_on;
        }
        let day = self.state.first_day?;
        let anchor = self.anchor?;
        (day < anchor && day >= anchor.add_days(-QUOTE_DAY_REACH)).then_some(day)
    }

    /// Whether word `idx` is inside a quotation: its nearest mark before
    /// opens one, or there is none and one ran on into the sentence.
    pub(super) fn in_quotation(&self, idx: usize) -> bool {
        (idx.saturating_sub(QUOTE_REACH)..idx)
            .rev()
            .find_map(|k| self.quote_mark(k))
            .unwrap_or(self.state.quote_open)
    }

    /// Whether word `k` opens a quotation (`Some(true)`), closes one
    /// (`Some(false)`) or is no quotation mark. A straight mark, or two
    /// apostrophes as the New York Times and the wires write one, opens
    /// when the word after it touches it and the word before does not;
    /// two backquotes always open. The second of a pair is no mark.
    pub(super) fn quote_mark(&self, k: usize) -> Option<bool> {
        let w = &self.words[k];
        let touches = |a: usize, b: usize| {
            self.words
                .get(b)
                .is_some_and(|n| n.span.start == self.words[a].span.end)
        };
        let last = match w.text {
            "\u{201c}" => return Some(true),
            "\u{201d}" => return Some(false),
            "\"" => k,
            "'" | "`" if touches(k, k + 1) && self.words[k + 1].text == w.text => k + 1,
            _ => return None,
        };
        Some(w.text == "`" || (touches(last, last + 1) && (k == 0 || !touches(k - 1, k))))
    }

    /// Whether the date at `start..end` sits in an aside set off by
    /// commas: a participle phrase ("The company, founded in 1998,
    /// warned", "Smith, speaking on Monday, said") or a relative clause
    /// ("the plant, which closed in 2009, ..."), closed by a comma. A
    /// phrase that opens the sentence ("Founded in 1998, the company ...")
    /// or ends it ("He joined in 2001, leaving in 2004.") goes on with the
    /// narrative, and is no aside.
    pub(super) fn in_aside(&self, start: usize, end: usize) -> bool {
        let mut comma = None;
        for k in (start.saturating_sub(ASIDE_REACH)..start).rev() {
            match self.lower(k) {
                "," => {
                    comma = Some(k);
                    break;
                }
                ";" | ":" | "." | "(" | ")" | "\"" | "\u{201c}" | "\u{201d}" => return false,
                _ => {}
            }
        }
        let Some(comma) = comma else {
            return false;
        };
        if comma == 0 || !self.opens_an_aside(comma + 1) {
            return false;
        }
        (end..end + ASIDE_REACH)
            .map_while(|k| self.words.get(k))
            .find(|w| w.kind == TokenKind::Punct)
            .is_some_and(|w| w.lower == ",")
    }

    /// Whether word `k` opens a participle phrase ("founded in 1998",
    /// "speaking on Monday") or a relative clause ("who spoke on Monday");
    /// not a preposition in -ing ("during") nor a part of the day
    /// ("evening").
    fn opens_an_aside(&self, k: usize) -> bool {
        let Some(w) = self.words.get(k) else {
            return false;
        };
        if w.kind != TokenKind::Word || self.is_capitalised(k) {
            return false;
        }
        let lower = w.lower.as_ref();
        if is_relative(lower) {
            return lower != "that";
        }
        let in_ing = lower.len() > 5 && lower.ends_with("ing");
        (in_ing || self.in_ed(k) || self.term(k, Class::Past).is_some())
            && !is_preposition(lower)
            && self.term(k, Class::Part).is_none()
    }

    /// The date "the next year" at `idx` ("next") counts from in a story
    /// told in the past. Right after a reporting verb ("warned that the
    /// next year was ...", "said Monday the next year ...") the phrase is
    /// the source's, who speaks at the document's time: only a date of
    /// the narrative stands, not an aside's. Elsewhere the narrative goes
    /// on from the last date told, an aside's too ("The company, founded
    /// in 1998, went public the next year").
    pub(super) fn past_story_date(&self, idx: usize) -> Option<(Date, Unit)> {
        if self.reported_from(idx.saturating_sub(1)) {
            self.state.narrative_date
        } else {
            self.state.told_date
        }
    }

    /// Whether the phrase at `start` opens what a source said: a reporting
    /// verb right before it, with "that" and the day the source spoke
    /// between at most ("said", "warned that", "said on Monday that").
    fn reported_from(&self, start: usize) -> bool {
        let mut k = start;
        if k > 0 && self.is(k - 1, "that") {
            k -= 1;
        }
        if k > 0 && self.weekday(k - 1).is_some() {
            k -= 1;
            if k > 0 && self.is(k - 1, "on") {
                k -= 1;
            }
        }
        k > 0 && self.reports(k - 1)
    }

    /// Whether the day at `start` is when a source spoke: right after a
    /// reporting verb, with "on" or one word between at most ("said
    /// Monday", "told reporters on Tuesday"). A year or a month after one
    /// ("announced in 2009") is the news reported, and stays.
    pub(super) fn reporting_time(&self, start: usize, known: Unit) -> bool {
        if known != Unit::Day {
            return false;
        }
        let mut k = start;
        if k > 0 && self.is(k - 1, "on") {
            k -= 1;
        }
        (1..=2).any(|back| {
            k.checked_sub(back).is_some_and(|j| {
                self.reports(j) && (j + 1..k).all(|i| self.words[i].kind == TokenKind::Word)
            })
        })
    }
}
