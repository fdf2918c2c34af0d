//! Counts of units: durations, dates counted back or ahead, the weekend, and stretches of unsaid length.

use super::Pattern;
use crate::resources::lists::quantities::units::{self, Class as UnitClass};
use crate::segment::TokenKind;
use crate::text::numbers::number_words;
use crate::text::words::{is_be, is_determiner};
use crate::timex::matcher::{Found, Matcher};
use crate::timex::read::explicit_number;
use crate::timex::terms::{cue, cue_value, Class, Cue};
use crate::timex::value::counts_from_event;
use crate::timex::value::duration;
use crate::timex::value::fmt_week;
use crate::timex::value::relative;
use crate::timex::value::vague_period;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.counted_unit",
        about: crate::passes::about("counts of units: three years, a year ago, five-year, two weeks earlier, the weekend, for years"),
    },
    run: |m, idx, has_the| m.count_unit(idx, has_the),
};

impl Matcher<'_, '_> {
    /// Whether "two nights" (the count at `idx`, the noun at `nights`) is
    /// one stretch of nights: after a preposition of length or a verb that
    /// spends time ("for two nights", "over three nights", "spent two
    /// nights"), after "the past", "the last", "the next", "first", or before "of"
    /// and a noun ("two nights of violence"); not "two nights a week",
    /// "300 nights of the year", "on two nights last week".
    /// Whether "nights" at `nights` follows a small whole count, 2 to 14
    /// (`timex.counted_nights`): a stay or a spell. "12 million nights",
    /// "20,000 nights of hotel stays", "2.5 nights" on average and "40
    /// nights on Broadway" count bookings or shows, not a length.
    pub(super) fn few_nights(&self, n: Option<f64>, nights: usize) -> bool {
        self.is(nights, "nights")
            && n.is_some_and(|n| n.fract() == 0.0 && (2.0..=14.0).contains(&n))
    }

    fn nights_are_a_stretch(&self, idx: usize, has_the: bool, nights: usize) -> bool {
        let before = idx.checked_sub(1 + usize::from(has_the));
        // "the show ran for ten nights", "six concerts over five nights":
        // shows counted, not a length.
        let shows = before.is_some_and(|k| {
            k > 0
                && ((self.is(k, "for") && self.is_cue(k - 1, Cue::RunVerb))
                    || (self.is_cue(k, Cue::SpreadPreposition)
                        && self.words[k - 1].kind == TokenKind::Word
                        && self.lower(k - 1).ends_with('s')
                        && self.words[k - 1]
                            .text
                            .starts_with(|c: char| c.is_lowercase())))
        });
        if shows {
            return false;
        }
        let after_length = before.is_some_and(|k| {
            self.is_cue(k, Cue::LengthPreposition) || self.is_cue(k, Cue::SpanVerb)
        });
        // "the past two nights", "the convention's first three nights".
        let the_last =
            idx > 1 && self.is(idx - 2, "the") && self.is_cue(idx - 1, Cue::StretchAdverb);
        let first =
            self.is_cue(idx, Cue::FirstLast) || (idx > 0 && self.is_cue(idx - 1, Cue::FirstLast));
        let of_events = self.is(nights + 1, "of")
            && self.words.get(nights + 2).is_some_and(|w| {
                w.kind == TokenKind::Word
                    && w.text.starts_with(|c: char| c.is_lowercase())
                    && !is_determiner(&w.lower)
                    && self.count(nights + 2).is_none()
            });
        let rate = self.is_cue(nights + 1, Cue::SetQuantifier)
            || matches!(self.lower(nights + 1), "a" | "an");
        (after_length || the_last || first || of_events) && !rate
    }

    /// "three years", "a year ago", "five-year", "the first nine months",
    /// "two weeks earlier", "the weekend", "year-earlier".
    pub(super) fn count_unit(&self, idx: usize, has_the: bool) -> Option<Found> {
        // A unit and "long" written as one word, as "day-long" is written
        // in two: "a daylong meeting", "an hourlong show" last one unit
        // (`timex.closed_long`).
        if self.closed_long {
            if let Some(unit) = cue_value(self.lower(idx), Cue::ClosedLong) {
                // The article is the noun's: "the yearlong fight".
                return Found::new(idx + 1, "DURATION", duration(Some(1.0), unit))
                    .map(Found::without_the);
            }
        }
        let mut at = idx;
        if has_the && matches!(self.lower(at), "first" | "final") {
            at += 1;
        }
        // A number joined to a word before it ("pre-1990 days",
        // "COVID-19 days") names a year or a thing, and counts nothing;
        // so does the second year of a range ("the 1990-1995 period").
        if let Some(w) = self.words.get(at).filter(|w| w.kind == TokenKind::Number) {
            let joined_after_word = at > 0
                && w.token != w.span
                && self.words[at - 1].token == w.token
                && (self.words[at - 1].kind == TokenKind::Word
                    || (self.words[at - 1].kind == TokenKind::Number
                        && self.words[at - 1].text.len() == 4));
            if joined_after_word {
                return None;
            }
        }
        let (mut at, n, explicit) = match self.count(at) {
            Some((end, n)) => (end, n, true),
            None => (at, Some(1.0), false),
        };
        // "two more weeks", "eight trading days": a word between the count
        // and its unit that leaves the length as it is.
        if self.is_cue(at, Cue::UnitModifier) {
            at += 1;
        }
        let unit = match self.unit(at) {
            Some(unit) => unit,
            // "for two nights", "spent three straight nights": ISO 8601
            // has no unit of nights, and a stretch of them spans as many
            // days (`timex.counted_nights`); "one night" may be any night.
            // Only a stretch: "two nights a week", "three nights weekly",
            // "on two nights last week" (nights apart) are left untagged.
            None if self.counted_nights
                && explicit
                && self.few_nights(n, at)
                && self.nights_are_a_stretch(idx, has_the, at) =>
            {
                "D"
            }
            None => return None,
        };
        let unit_word = self.lower(at);
        let plural = unit_word.ends_with('s') && unit_word != "hrs" && unit_word != "yrs";
        // "World Cup 2018 day five": a year before a singular unit counts
        // nothing.
        let year_like = explicit
            && self.words[idx].kind == TokenKind::Number
            && self.words[idx].token == self.words[idx].span
            && self.year_number(idx).is_some();
        if year_like && !plural {
            return None;
        }
        let mut end = at + 1;
        // "a minute and a half", "two years and a half": the half follows
        // the unit it is a half of.
        let n = match n {
            Some(n) if explicit && self.and_a_half(end) => {
                end += 3;
                Some(n + 0.5)
            }
            n => n,
        };
        // "a week or so ago".
        if self.is(end, "or") && self.is(end + 1, "so") && self.is_cue(end + 2, Cue::Signal) {
            end += 2;
        }
        let suffix = self.lower(end);
        // Ages ("52 years old", "six-year-old") and fractions
        // ("three-quarters") are not times.
        let fraction = unit == "Q" && plural && self.words[at].token != self.words[at].span;
        // "more than a quarter of the market" is a share of it.
        let share = unit == "Q" && !explicit_number(self.words, idx, at) && suffix == "of";
        // "between a quarter and a third of voters" is a share too.
        let and_share = unit == "Q"
            && suffix == "and"
            && matches!(self.lower(end + 1), "a" | "one")
            && number_words().denominator(self.lower(end + 2)).is_some();
        // "shrank by a quarter", "cut by three quarters", "a quarter
        // percentage point", "a quarter mile": a share of an amount, or of
        // a unit of measure.
        let by_a_share = unit == "Q"
            && (idx > 0 && self.is(idx - 1, "by")
                || units::starting(suffix).iter().any(|u| {
                    matches!(
                        u.class,
                        UnitClass::Percent | UnitClass::Point | UnitClass::Unit
                    )
                }));
        if matches!(suffix, "old" | "olds")
            || fraction
            || by_a_share
            || and_share
            || (share && self.year_number(end + 1).is_none())
        {
            return None;
        }
        // In "a day-long meeting" the article is the meeting's: the
        // adjective alone is the time, matched from its own first word.
        let article = matches!(self.lower(idx), "a" | "an") && at == idx + 1;
        let hyphen_adjective = self.words[at].token != self.words[at].span
            && self
                .words
                .get(end)
                .is_some_and(|w| w.token == self.words[at].token);
        if article && hyphen_adjective {
            return None;
        }
        // "eight years from now" is no date: TIMEX3 tags the DURATION
        // "eight years" and the PRESENT_REF "now", each a time of its own.
        let back = match cue_value(suffix, Cue::Signal) {
            Some(sign) if sign.starts_with('-') => Some(-1.0),
            Some(_) => Some(1.0),
            _ => None,
        };
        if !explicit {
            // No count: "the weekend", "year-earlier", "weeks ago".
            let hyphen_part = self.words[at].token != self.words[at].span;
            if unit == "WE" && has_the && !plural {
                // Early in the week, "the weekend" is the one just past;
                // later in the week, only in a clause in the past ("over
                // the weekend, protesters gathered"); on a Saturday or a
                // Sunday, the one under way.
                let back = !self.future
                    && self.anchor.is_some_and(|a| {
                        a.weekday() <= 3 || (a.weekday() <= 5 && self.told_in_the_past(idx, end))
                    });
                return Found::new(end, "DATE", relative(self.anchor, "WE", -i64::from(back))?);
            }
            // "For the week, the index fell", "the week's busiest
            // session": a week of the story, not said which (TimeBank's
            // 1989-WXX). "the week of March 6", "the week before" are
            // others.
            if unit == "W" && has_the && !plural && !hyphen_part && idx == at {
                let defined_after = cue(suffix, Cue::WeekDefiner) || cue(suffix, Cue::Signal);
                // "by the end of the week", "the rest of the week": a part
                // of the week the story is written in.
                let part_of_week = idx > 0
                    && (idx.saturating_sub(4)..idx - 1).any(|k| {
                        self.term(k, Class::Position)
                            .is_some_and(|(e, _)| e == idx - 1 && self.lower(e - 1) == "of")
                    });
                if part_of_week && !defined_after {
                    if let Some(a) = self.anchor {
                        return Found::new(end, "DATE", fmt_week(a));
                    }
                }
                if !defined_after {
                    let value = match self.anchor {
                        Some(a) => format!("{:04}-WXX", a.year),
                        None => "XXXX-WXX".to_string(),
                    };
                    return Found::new(end, "DATE", value);
                }
            }
            // "the weeks ahead", "the years ahead": the stretch to come,
            // valued as "the coming weeks" is.
            if plural && has_the && suffix == "ahead" {
                let (kind, value) = vague_period(1, unit);
                return Found::new(end + 1, kind, value);
            }
            // "in the years that followed": a stretch of unsaid length after
            // a time of the story, not one counted from the document date.
            if plural && has_the && suffix == "that" && self.is(end + 1, "followed") {
                return Found::new(end, "DURATION", duration(None, unit));
            }
            if plural && suffix == "ago" {
                return Found::new(end + 1, "DATE", "PAST_REF");
            }
            // "Weeks later, he resigned", "just hours earlier": a stretch
            // of unsaid length from a time of the story, as TimeBank tags
            // "A few days later" (PXD) and "Three days later" (P3D); an
            // adverb, unlike "days after the vote", which takes the event
            // that places the time.
            if plural && !has_the && unit != "WE" && cue(suffix, Cue::StretchSignal) {
                return Found::new(end, "DURATION", duration(None, unit));
            }
            // "a day-long meeting", "a decades-long battle".
            let same_token = self
                .words
                .get(end)
                .is_some_and(|w| w.token == self.words[at].token);
            if hyphen_part && suffix == "long" && same_token {
                let n = (!plural).then_some(1.0);
                return Found::new(end + 1, "DURATION", duration(n, unit));
            }
            if hyphen_part && !plural && back == Some(-1.0) {
                let value = self.ago(idx, unit, 1.0)?;
                return Found::new(end + 1, "DATE", value);
            }
            if plural && self.is_bare_stretch(idx, end, has_the, unit) {
                return Found::new(end, "DURATION", duration(None, unit));
            }
            return None;
        }
        if let Some(value) = self.indefinite_day(idx, end) {
            return Found::new(end, "DATE", value?);
        }
        if let Some(value) = self.in_time_ahead(idx, unit, n, has_the) {
            return Found::new(end, "DATE", value);
        }
        if counts_from_event(unit, n, suffix) {
            return Found::new(end, "DURATION", duration(n, unit));
        }
        if let Some(sign) = back {
            let end = end + 1;
            // "a quarter-century ago", "half a decade ago": in years.
            let (unit, n) = match (unit, n) {
                ("CE", Some(n)) if (n * 100.0).fract() == 0.0 => ("Y", Some(n * 100.0)),
                ("DE", Some(n)) if (n * 10.0).fract() == 0.0 => ("Y", Some(n * 10.0)),
                other => other,
            };
            return match n {
                Some(n) if n.fract() == 0.0 => {
                    let value = if sign < 0.0 {
                        self.ago(idx, unit, n)?
                    } else {
                        let n = n as i64;
                        match unit {
                            "DE" => relative(self.anchor, "Y", n.saturating_mul(10))?,
                            _ => relative(self.anchor, unit, n)?,
                        }
                    };
                    Found::new(end, "DATE", value)
                }
                _ => Found::new(
                    end,
                    "DATE",
                    if sign < 0.0 { "PAST_REF" } else { "FUTURE_REF" },
                ),
            };
        }
        // A bare "one" or "a" before "second" is the ordinal or an article.
        if unit == "S" && !plural && self.words[idx].kind != TokenKind::Number {
            return None;
        }
        if let Some((end, value)) = self.compound_duration(end, n, unit) {
            return Found::new(end, "DURATION", value);
        }
        Found::new(end, "DURATION", duration(n, unit))
    }

    /// "two hours 40 minutes", "three hours and 15 minutes", "two minutes
    /// 28.99 seconds", "two years and three months", "two hours, five
    /// minutes and 30 seconds": a length told in
    /// several units, each smaller than the one before, as one duration
    /// (PT2H40M, P2Y3M). `end` is the word after the first unit, counted
    /// `n` times; only the last count may have a fraction. Weeks mix with
    /// no other unit in ISO 8601.
    fn compound_duration(&self, end: usize, n: Option<f64>, unit: &str) -> Option<(usize, String)> {
        // Each unit with its ISO letter, whether it is a time, and how many
        // of it make the unit before ("two hours, 90 minutes" lists two
        // lengths).
        const ORDER: [(&str, &str, bool, f64); 6] = [
            ("Y", "Y", false, f64::INFINITY),
            ("M", "M", false, 12.0),
            ("D", "D", false, 31.0),
            ("H", "H", true, 24.0),
            ("MIN", "M", true, 60.0),
            ("S", "S", true, 60.0),
        ];
        let rank = |u: &str| ORDER.iter().position(|(name, ..)| *name == u);
        let n = n.filter(|n| n.fract() == 0.0)?;
        let mut parts = vec![(rank(unit)?, n)];
        let mut at = end;
        loop {
            // "two hours, five minutes and 30 seconds": a comma only
            // before a part that "and" follows, as in a list.
            let comma_in_list = self.is(at, ",")
                && self
                    .count(at + 1)
                    .is_some_and(|(count_end, _)| self.is(count_end + 1, "and"));
            let next = at + usize::from(self.is(at, "and") || comma_in_list);
            // A number of its own: not "40-minute", nor a year.
            let Some(w) = self.words.get(next) else {
                break;
            };
            let is_count =
                w.kind == TokenKind::Number || w.number.is_some_and(|(_, ordinal)| !ordinal);
            if !is_count || w.token != w.span {
                break;
            }
            let Some((count_end, Some(m))) = self.count(next) else {
                break;
            };
            let Some(r) = self.unit(count_end).and_then(rank) else {
                break;
            };
            let (last, last_n) = parts[parts.len() - 1];
            if r <= last || last_n.fract() != 0.0 || m >= ORDER[r].3 {
                break;
            }
            parts.push((r, m));
            at = count_end + 1;
        }
        // "delays of two hours, 30 minutes and 15 minutes": a list goes on
        // with another length, each part a duration of its own; after a
        // comma only when the list goes on still ("three hours and 15
        // minutes, two minutes longer" is one length).
        let length_at = |j: usize| {
            self.count(j)
                .filter(|&(count_end, _)| self.unit(count_end).is_some())
                .map(|(count_end, _)| count_end + 1)
        };
        let goes_on = if self.is(at, "and") {
            length_at(at + 1).is_some()
        } else {
            self.is(at, ",")
                && length_at(at + 1).is_some_and(|e| self.is(e, "and") || self.is(e, ","))
        };
        if parts.len() < 2 || goes_on {
            return None;
        }
        let mut value = String::from("P");
        let mut in_time = false;
        for (r, count) in parts {
            let (_, letter, time, _) = ORDER[r];
            if time && !in_time {
                value.push('T');
                in_time = true;
            }
            value.push_str(&format!("{count}{letter}"));
        }
        Some((at, value))
    }

    /// Whether a plural unit without a count (`idx..end`, "the" before it
    /// when `has_the`) is a stretch of unsaid length, as TIMEX3 tags it
    /// (PXD, PXW, PXY...): after a preposition of time ("for years",
    /// "within weeks", "after days of talks", "over the years", "in the
    /// early years"), as what a verb of time takes ("it took days", "she
    /// spent months") or before "of" and what fills it ("months of twists
    /// and turns"). Not "the minutes of the meeting", "years of age", "the
    /// early hours of Thursday", nor a bare unit before a signal ("days
    /// after the vote", "seconds before the blast"): a time placed by an
    /// event, which TimeBank never tags as a stretch and AQUAINT tags as
    /// the event's date or not at all.
    pub(super) fn is_bare_stretch(
        &self,
        idx: usize,
        end: usize,
        has_the: bool,
        unit: &str,
    ) -> bool {
        if unit == "Q" || unit == "WE" {
            return false;
        }
        // The word before the phrase, past "the" and "early" or "late".
        let mut k = idx;
        while k > 0 && k + 3 > idx && (self.is(k - 1, "the") || self.is_position(k - 1)) {
            k -= 1;
        }
        let before = k.checked_sub(1);
        // "the early hours of Thursday", "the days of March": a part of
        // the time named after it.
        let of_a_time = self.is(end, "of")
            && self.words.get(end + 1).is_some_and(|w| {
                w.kind == TokenKind::Number || w.classes != 0 || self.is_capitalised(end + 1)
            });
        if before.is_some_and(|b| self.is_cue(b, Cue::SpanCue)) {
            return !of_a_time;
        }
        if has_the {
            return false;
        }
        let takes_time = before.is_some_and(|b| self.is_cue(b, Cue::SpanVerb));
        let filled = self.is(end, "of")
            && unit != "MIN"
            && self.words.get(end + 1).is_some_and(|w| {
                w.kind == TokenKind::Word
                    && !self.is_capitalised(end + 1)
                    && w.lower != "age"
                    && w.classes == 0
            });
        // "it could be weeks before aid arrives", "the vote is months
        // away", "lines can be hours long": right after a form of "be",
        // before a word that opens a wait (`stretch_after`), a stretch
        // of unsaid length (`timex.be_stretch`).
        let after_be = self.be_stretch
            && before.is_some_and(|b| is_be(self.lower(b)))
            && self.is_cue(end, Cue::StretchAfter);
        takes_time || filled || after_be
    }
}
