//! Times anchored to the story: counted from the last date named rather than from the document date.

use super::Pattern;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::value::fmt_month;
use crate::timex::value::Unit;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.story_relative",
        about: "a day, month or year counted from the last date named: that day, the following year, the previous Friday",
    },
    run: |m, idx, has_the| m.story_relative(idx, has_the),
};

impl Matcher<'_, '_> {
    /// Times anchored to the story rather than to the document date: "that
    /// day", "that same year", "the following month", "the next day", "the
    /// previous year", "the previous Friday", counted from the last date
    /// named (or the document date before any), at the unit's granularity.
    pub(super) fn story_relative(&self, idx: usize, has_the: bool) -> Option<Found> {
        let mut at = idx;
        let shift = match self.lower(at) {
            "that" => 0,
            "same" if has_the => 0,
            "following" if has_the => 1,
            "next" if has_the && self.is(at + 1, "day") => 1,
            "previous" if has_the => -1,
            _ => return None,
        };
        at += 1;
        if shift == 0 && self.is(at, "same") {
            at += 1;
        }
        let w = self.words.get(at)?;
        // "the following year-end" and "that day-long meeting" are not these.
        if w.token != w.span {
            return None;
        }
        let (date, known) = self
            .state
            .last_date
            .or_else(|| self.anchor.map(|a| (a, Unit::Day)))?;
        // "the previous Friday", "the following Monday": the weekday
        // before or after the day the story is on.
        if let Some((day, false)) = self.weekday(at).filter(|_| shift != 0) {
            if known < Unit::Day {
                return None;
            }
            let diff = i64::from(day) - i64::from(date.weekday());
            let days = match shift {
                1 if diff > 0 => diff,
                1 => diff + 7,
                _ if diff < 0 => diff,
                _ => diff - 7,
            };
            return Found::new(at + 1, "DATE", date.add_days(days).to_string());
        }
        let unit = match w.lower.as_ref() {
            "day" => Unit::Day,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        };
        if known < unit {
            // "that same day" or "the next day" after "last October": a day
            // of that month, not known which.
            if shift == 0 && !self.is(at - 1, "same") {
                return None;
            }
            let value = match (unit, known) {
                (Unit::Day, Unit::Month) => format!("{:04}-{:02}-XX", date.year, date.month),
                (Unit::Day, _) => format!("{:04}-XX-XX", date.year),
                _ => format!("{:04}-XX", date.year),
            };
            return Found::new(at + 1, "DATE", value);
        }
        let value = match unit {
            Unit::Day => date.add_days(shift).to_string(),
            Unit::Month => {
                let d = date.add_months(shift as i32);
                fmt_month(d.year, d.month)
            }
            Unit::Year => format!("{:04}", date.year + shift as i32),
        };
        Found::new(at + 1, "DATE", value)
    }
}
