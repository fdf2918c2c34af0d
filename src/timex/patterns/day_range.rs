//! The second day of a range of days after a full date.

use super::Pattern;
use crate::segment::TokenKind;
use crate::text::calendar::Date;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{cue, Cue};
use crate::timex::value::Unit;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.day_range",
        about: crate::passes::about("the other day of a range with a full date: April 24 and 25, Sept. 19 to 22, September 16-19, 12 to 14 July"),
    },
    run: |m, idx, _| m.second_day(idx).or_else(|| m.first_day(idx)),
};

impl Matcher<'_, '_> {
    /// The second day of "April 24 and 25", "Sept. 19 to 22", "September
    /// 16-19": a day number joined to a full date just before it is a date
    /// of the same month.
    pub(super) fn second_day(&self, idx: usize) -> Option<Found> {
        let w = self.words.get(idx)?;
        if w.kind != TokenKind::Number || idx < 2 {
            return None;
        }
        // "16-19", one token split in two words.
        let joined = w.token != w.span && self.words[idx - 1].token == w.token;
        let link = self.lower(idx - 1);
        let first_at = if joined {
            idx - 1
        } else if idx >= 3 && cue(link, Cue::RangeLink) {
            idx - 2
        } else {
            return None;
        };
        let day = self.day_number(idx)?;
        let first = self.day_number(first_at)?;
        self.month(first_at - 1)?;
        let (last, unit) = self.state.last_date?;
        if unit != Unit::Day || last.day != first || self.month(idx + 1).is_some() {
            return None;
        }
        // A range runs forward, and "to 22 percent" is a number.
        let next = self.lower(idx + 1);
        let is_range = joined || !matches!(link, "and" | "or");
        let counts = self.unit(idx + 1).is_some()
            || matches!(next, "percent" | "%" | "points" | "people" | "a.m" | "p.m")
            || self
                .words
                .get(idx + 1)
                .is_some_and(|n| n.kind == TokenKind::Number)
                && self.year_number(idx + 1) != Some(last.year);
        if (is_range && day <= first) || counts {
            return None;
        }
        // "March 3-5, 1997": the year the first day took is the second's.
        let comma = usize::from(self.is(idx + 1, ","));
        let end = if self.year_number(idx + 1 + comma) == Some(last.year) {
            idx + 2 + comma
        } else {
            idx + 1
        };
        Found::new(
            end,
            "DATE",
            Date::new(last.year, last.month, day)?.to_string(),
        )
    }
    /// The first day of "12 to 14 July", "between 12 and 14 July", "on
    /// 12 and 13 July": a day number linked by a word to a date written
    /// day first is a date of that date's month and year. A range runs
    /// forward. "12-14 July", one token split in two words before a
    /// month, is read as "12 to 14 July".
    pub(super) fn first_day(&self, idx: usize) -> Option<Found> {
        let w = self.words.get(idx)?;
        if w.kind != TokenKind::Number {
            return None;
        }
        let day = self.day_number(idx)?;
        let joined =
            w.token != w.span && self.words.get(idx + 1).is_some_and(|n| n.token == w.token);
        let second_at = if joined {
            idx + 1
        } else if self.is_cue(idx + 1, Cue::RangeLink) {
            idx + 2
        } else {
            return None;
        };
        let second_day = self.day_number(second_at)?;
        self.month(second_at + 1)?;
        let is_range = joined || !matches!(self.lower(idx + 1), "and" | "or");
        if (is_range && day >= second_day) || (!is_range && day == second_day) {
            return None;
        }
        let second = self
            .month_date(second_at)
            .filter(|f| f.kind == "DATE" && f.value.len() == 10)?;
        let year = second.value.get(..4)?.parse().ok()?;
        let month = second.value.get(5..7)?.parse().ok()?;
        Found::new(idx + 1, "DATE", Date::new(year, month, day)?.to_string())
    }
}
