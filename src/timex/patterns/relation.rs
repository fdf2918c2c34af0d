//! Times named by their relation to the document date: last, this, next, past, coming.

use super::Pattern;
use crate::text::calendar::Date;
use crate::text::words::{is_modal, is_negation};
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{Class, Cue};
use crate::timex::value::duration;
use crate::timex::value::fmt_month;
use crate::timex::value::relative;
use crate::timex::value::season_value;
use crate::timex::value::vague_period;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.relation",
        about: crate::passes::about("last, this and next: last week, this year, last fiscal year, next month, last April, the past two months, coming years"),
    },
    run: |m, idx, has_the| m.relation_expr(idx, has_the),
};

impl Matcher<'_, '_> {
    /// "last week", "this year", "next month", "last April", "last Friday",
    /// "this summer", "this morning", "the past two months", "coming years".
    pub(super) fn relation_expr(&self, idx: usize, has_the: bool) -> Option<Found> {
        let rel_word = self.lower(idx);
        // "Following Monday's debate" is "after"; "the following Monday"
        // is the next one.
        if rel_word == "following" && !has_the {
            return None;
        }
        // "The program would last four years": the verb.
        if rel_word == "last"
            && idx > 0
            && (is_modal(self.lower(idx - 1))
                || is_negation(self.lower(idx - 1))
                || self.is(idx - 1, "to"))
        {
            return None;
        }
        let (end0, rel) = match self.term(idx, Class::Relation) {
            Some((end, rel)) => (end, rel.parse::<i64>().ok()?),
            None if rel_word == "current" => (idx + 1, 0),
            None => return None,
        };
        let mut at = end0;
        let mut rel = rel;
        // "this coming Sunday"; "this past weekend" is the last one.
        if rel == 0 && self.is(at, "coming") {
            at += 1;
        } else if rel_word == "this" && self.is(at, "past") && self.words.get(at + 1).is_some() {
            rel = -1;
            at += 1;
        }
        // "last fiscal year", "next calendar year": the word that says
        // which kind of year it is stays in the span; the value is the
        // year, as for "the fiscal year".
        if self.is_cue(at, Cue::YearModifier) && self.is(at + 1, "year") {
            at += 1;
        }
        // The past/next N units: a duration.
        if let Some((end, n)) = self.count(at) {
            if let Some(unit) = self.unit(end) {
                if rel_word != "this" && !(self.is(at, "a") || self.is(at, "an")) {
                    if n.is_none() {
                        let (kind, value) = vague_period(rel, unit);
                        return Found::new(end + 1, kind, value);
                    }
                    return Found::new(end + 1, "DURATION", duration(n, unit));
                }
            }
            // "the past two nights": days, as for `timex.counted_nights`.
            if self.counted_nights && rel_word != "this" && self.few_nights(n, end) {
                return Found::new(end + 1, "DURATION", duration(n, "D"));
            }
        }
        if let Some(unit) = self.unit(at) {
            let plural = self.lower(at).ends_with('s');
            if plural {
                // "coming years", "the past several quarters".
                if rel == 0 {
                    return None;
                }
                let (kind, value) = vague_period(rel, unit);
                return Found::new(at + 1, kind, value);
            }
            if has_the && rel != 0 && rel_word != "last" && unit != "Y" {
                // "the following decade", "the next century": one decade
                // or century as TIMEX3 writes it, P1DE, P1CE; "the past
                // decade" stays in years, as TimeBank and AQUAINT write
                // the stretch up to now (P10Y).
                let value = match unit {
                    "DE" | "CE" if rel_word != "past" => format!("P1{unit}"),
                    _ => duration(Some(1.0), unit),
                };
                return Found::new(at + 1, "DURATION", value);
            }
            if matches!(unit, "H" | "MIN" | "S" | "D") {
                return None;
            }
            // "was a guest at the fair this weekend", said on a weekday: in
            // a clause told in the past, the weekend just gone, as "the
            // weekend" is; on a Saturday or a Sunday, the one under way.
            let rel = if rel_word == "this"
                && unit == "WE"
                && !self.future
                && self.anchor.is_some_and(|a| a.weekday() <= 5)
                && self.told_in_the_past(idx, at + 1)
            {
                -1
            } else {
                rel
            };
            return Found::new(at + 1, "DATE", relative(self.anchor, unit, rel)?);
        }
        if let Some(month) = self.month(at).or_else(|| {
            // "last june": the month is lower case only after a relation;
            // "this march" (a protest) and "this may" are common words.
            crate::text::calendar::month_of(self.words.get(at)?.text)
                .filter(|_| self.words[at].text.len() > 3 && self.words[at].lower != "march")
        }) {
            // "last Oct. 23": a day makes it a date.
            if let Some(day) = self
                .day_number(at + 1)
                .filter(|_| self.year_number(at + 1).is_none())
            {
                let value = match self.anchor {
                    Some(a) => {
                        let this = Date::new(a.year, month, day)?;
                        let y = match rel {
                            -1 if this >= a => a.year - 1,
                            1 if this <= a => a.year + 1,
                            _ => a.year,
                        };
                        Date::new(y, month, day)?.to_string()
                    }
                    None => format!("XXXX-{month:02}-{day:02}"),
                };
                return Found::new(at + 2, "DATE", value);
            }
            let value = match self.anchor {
                Some(a) => {
                    let y = match rel {
                        -1 if month >= a.month => a.year - 1,
                        1 if month <= a.month => a.year + 1,
                        _ => a.year,
                    };
                    fmt_month(y, month)
                }
                None => format!("XXXX-{month:02}"),
            };
            return Found::new(at + 1, "DATE", value);
        }
        if let Some((day, false)) = self.weekday(at) {
            let after = at + 1 + usize::from(self.is(at + 1, ","));
            if let Some(f) = self.month_date(after) {
                return Found::new(f.end, "DATE", f.value);
            }
            // "this Friday", said on a Thursday, is tomorrow whatever the
            // tense ("This Friday, the film opens"): the one a week back
            // is "last Friday". A day earlier in the week takes its
            // direction from the tense ("This Tuesday, he said no"), and so
            // does a day four or more ahead in a clause in the past ("The
            // Broncos lost this Sunday", said on a Monday).
            let later_this_week = self.anchor.is_some_and(|a| {
                day > a.weekday() && (day - a.weekday() <= 3 || !self.told_in_the_past(at, at + 1))
            });
            let shift = match rel {
                -1 => -1,
                1 => 1,
                _ if rel_word == "this" && later_this_week => 1,
                _ => 0,
            };
            let date = self.weekday_date(at, day, shift);
            // "last Tuesday night": a part of that day.
            if let Some(found) = self.with_its_part(at + 1, &date) {
                return Some(found);
            }
            return Found::new(at + 1, "DATE", date);
        }
        if let Some((end, season)) = self.term(at, Class::Season) {
            // "the next Winter Games", "the last Summer Olympics": a
            // season written with a capital before a word of a name, as
            // after "the" (`timex.season`), is no time
            // (`timex.day_in_name`).
            if self.is_capitalised(at) && self.names_with(end) {
                return None;
            }
            return Found::new(end, "DATE", season_value(self.anchor, season, rel));
        }
        if let Some((end, part)) = self.term(at, Class::Part) {
            let day = match (rel_word, part) {
                ("last", "NI") => -1,
                ("this", _) => 0,
                _ => return None,
            };
            let date = relative(self.anchor, "D", day)?;
            return Found::new(end, "TIME", format!("{date}T{part}"));
        }
        None
    }
}
