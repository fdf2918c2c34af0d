//! Dates with a month: by name, day first or last, with or without a year, and in figures.

use super::Pattern;
use crate::resources::lists::quantities::units::{self, Class as UnitClass};
use crate::segment::TokenKind;
use crate::text::calendar::Date;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::read::is_month_context;
use crate::timex::terms::Cue;
use crate::timex::value::{fmt_month, Unit};
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.month_date",
        about: crate::passes::about("dates with a month name or in figures: Nov. 9, November 9, 1989, July 1997, 9 November, 2/26/2012"),
    },
    run: |m, idx, _| m.month_date(idx),
};

impl Matcher<'_, '_> {
    /// The year of the second date of a range ("from June 12 to July 13",
    /// "May 30 - June 2"): the first date's, or the next one when the
    /// month comes round again ("Dec. 28 to Jan. 3"). The first date is
    /// the last one named, in this sentence, and ends right before the
    /// word that links them. A date moved ("was moved from July 13 to
    /// June 12", "brought forward from Nov. 15 to Oct. 20") is no span:
    /// the new date is the one nearest the old, before or after it.
    fn range_end_year(&self, idx: usize, month: u32) -> Option<i32> {
        // "to", "through", a dash: not "and" or "or", which list dates
        // ("the polls in February and October").
        // "Dec. 28-Jan. 3": the dash inside one token.
        let joined = idx >= 1 && {
            let (w, before) = (&self.words[idx], &self.words[idx - 1]);
            w.token != w.span && before.token == w.token
        };
        let link = idx >= 2
            && self.is_cue(idx - 1, Cue::RangeLink)
            && !matches!(self.lower(idx - 1), "and" | "or");
        let first_end = if joined { idx } else { idx.wrapping_sub(1) };
        if !(link || joined) || self.state.since_date != 0 || self.state.last_date_end != first_end
        {
            return None;
        }
        // A date with a month or in figures, not a weekday ("a revision
        // Friday to December's figures").
        let before = &self.words[first_end - 1];
        let ends_a_date = before.kind == TokenKind::Number || self.month(first_end - 1).is_some();
        let (first, known) = self.state.last_date?;
        if !ends_a_date || known < Unit::Month {
            return None;
        }
        let moved = (idx.saturating_sub(12)..idx - 1).any(|k| self.is_cue(k, Cue::Reschedule));
        if moved {
            let ahead = month as i32 - first.month as i32;
            return Some(first.year + i32::from(ahead < -6) - i32::from(ahead > 6));
        }
        Some(first.year + i32::from(month < first.month))
    }

    /// "Nov. 9", "November 9, 1989", "July 1997", "March", "9 November 2015".
    pub(super) fn month_date(&self, idx: usize) -> Option<Found> {
        if let Some(found) = self.numeric_date(idx) {
            return Some(found);
        }
        if let Some(month) = self.month(idx) {
            let mut end = idx + 1;
            let mut day = None;
            if let Some(d) = self.day_number(end) {
                if self.year_number(end).is_none() {
                    day = Some(d);
                    end += 1;
                }
            }
            let comma = usize::from(self.is(end, ","));
            let mut year = self.year_number(end + comma);
            if year.is_some() {
                end += comma + 1;
            } else if self.is(end, "of") && self.year_number(end + 1).is_some() {
                year = self.year_number(end + 1);
                end += 2;
            } else if let Some(rel) = self.year_named_after(end) {
                // "January this year", "June last year", "June 16th of
                // last year", "by March of next year".
                year = self.anchor.map(|a| a.year + rel);
                end += usize::from(self.is(end, "of")) + 2;
            } else if let Some((last, _)) = self
                .state
                .last_date
                .filter(|_| self.that_year_after(end).is_some())
            {
                // "in October of that year", "in March the same year",
                // "May of that same year": the year last named.
                year = Some(last.year);
                end = self.that_year_after(end).unwrap_or(end);
            } else if let Some(f) = self.year_expr(end).filter(|f| f.value.len() == 4) {
                // "January nineteen ninety-seven".
                if !self.words[end].lower.bytes().all(|b| b.is_ascii_digit()) {
                    year = f.value.parse().ok();
                    end = f.end;
                }
            }
            // "the Sept. 11 attacks", "September 11 hijackers": the day of
            // 2001, whenever the story is written. A single "attack" is
            // another ("the September 11 attack" in Benghazi, 2012).
            let attacks = (end..end + 2).any(|k| self.is_cue(k, Cue::AttackNoun));
            if year.is_none() && month == 9 && day == Some(11) && attacks {
                year = Some(2001);
            }
            // "March 3-5, 1997", "Sept. 19 to 22, 1998", "January-June
            // 1996": the year after the range's second day or month is
            // the first one's too (the year before for "December-January
            // 1997").
            let range_year = || {
                let second = if self.words.get(end)?.token == self.words[end - 1].token {
                    end
                } else if self.is_cue(end, Cue::RangeLink) {
                    end + 1
                } else {
                    return None;
                };
                let year_at = |k: usize| self.year_number(k + usize::from(self.is(k, ",")));
                if day.is_some() {
                    self.day_number(second)?;
                    return year_at(second + 1);
                }
                let later = self.month(second)?;
                let year = year_at(second + 1)?;
                Some(year - i32::from(later < month))
            };
            let year = year
                .or_else(range_year)
                .or_else(|| self.range_end_year(idx, month))
                .or_else(|| self.year_for(idx, month, day));
            let value = match (year, day) {
                (Some(y), Some(d)) => match Date::new(y, month, d) {
                    Some(date) => date.to_string(),
                    None => return None,
                },
                (Some(y), None) => fmt_month(y, month),
                (None, Some(d)) => format!("XXXX-{month:02}-{d:02}"),
                (None, None) => format!("XXXX-{month:02}"),
            };
            return Found::new(end, "DATE", value).map(Found::without_the);
        }
        // Day first: "9 November 2015", "the 9th of November".
        let day = self.day_number(idx)?;
        let mut at = idx + 1;
        if self.is(at, "of") {
            at += 1;
        }
        let month = self.month(at)?;
        let mut end = at + 1;
        let comma = usize::from(self.is(end, ","));
        let year = self.year_number(end + comma);
        if year.is_some() {
            end += comma + 1;
        }
        let value = match year.or_else(|| self.year_for(idx, month, Some(day))) {
            Some(y) => Date::new(y, month, day)?.to_string(),
            None => format!("XXXX-{month:02}-{day:02}"),
        };
        Found::new(end, "DATE", value).map(Found::without_the)
    }

    /// Where "that year", "the same year" or "that same year" ends when it
    /// follows a month at `idx`, "of" before it or not.
    fn that_year_after(&self, idx: usize) -> Option<usize> {
        let at = idx + usize::from(self.is(idx, "of"));
        match (self.lower(at), self.lower(at + 1), self.lower(at + 2)) {
            ("that", "year", _) => Some(at + 2),
            ("that" | "the", "same", "year") => Some(at + 3),
            _ => None,
        }
    }

    /// The year, relative to the anchor's, named at `idx` by "this year",
    /// "last year", "next year", or the same after "of".
    pub(super) fn year_named_after(&self, idx: usize) -> Option<i32> {
        self.anchor?;
        let at = idx + usize::from(self.is(idx, "of"));
        if !self.is(at + 1, "year") {
            return None;
        }
        match self.lower(at) {
            "this" => Some(0),
            "last" => Some(-1),
            "next" => Some(1),
            _ => None,
        }
    }

    /// A date in figures, in US order: "2/26/2012", "9/17/16", or ISO
    /// 8601's "2020-10-05"; and "9/11",
    /// the day of the 2001 attacks, unless it is a fraction ("4 9/11",
    /// "9/11 of the vote", "rose 9/11 to 39").
    pub(super) fn numeric_date(&self, idx: usize) -> Option<Found> {
        let w = self.words.get(idx)?;
        if w.kind != TokenKind::Number {
            return None;
        }
        let num = |s: &str| -> Option<u32> {
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        // ISO 8601: "2020-10-05", as data desks and wire datelines
        // ("LONDON 1996-08-26") write it.
        if let [y, m, d] = w.text.split('-').collect::<Vec<_>>().as_slice() {
            if y.len() != 4 || m.len() != 2 || d.len() != 2 {
                return None;
            }
            let date = Date::new(num(y)? as i32, num(m)?, num(d)?)?;
            return Found::new(idx + 1, "DATE", date.to_string()).map(Found::without_the);
        }
        let parts: Vec<&str> = w.text.split('/').collect();
        let date = match parts.as_slice() {
            [m, d, y] if m.len() <= 2 && d.len() <= 2 && matches!(y.len(), 2 | 4) => {
                let mut year = num(y)? as i32;
                if y.len() == 2 {
                    // "9/17/16": the century that does not put the date
                    // past the year after the story's.
                    let latest = self.anchor.map_or(2030, |a| a.year + 1);
                    year += if 2000 + year <= latest { 2000 } else { 1900 };
                }
                Date::new(year, num(m)?, num(d)?)?
            }
            ["9", "11"] => {
                let after_number = idx > 0 && self.words[idx - 1].kind == TokenKind::Number;
                // A title: "Fahrenheit 9/11".
                let opens_sentence = idx == 1
                    || matches!(
                        self.lower(idx - 2),
                        "." | "!" | "?" | "\"" | "“" | "‘" | "'" | "(" | ":" | "--" | "—"
                    );
                let in_name = idx > 1
                    && self.is_capitalised(idx - 1)
                    && !opens_sentence
                    && !is_month_context(self.lower(idx - 1));
                let next = self.lower(idx + 1);
                let fraction = next == "of"
                    || units::starting(next)
                        .iter()
                        .any(|u| matches!(u.class, UnitClass::Percent | UnitClass::Unit))
                    || (matches!(next, "to" | "and")
                        && self
                            .words
                            .get(idx + 2)
                            .is_some_and(|n| n.kind == TokenKind::Number));
                if after_number || in_name || fraction {
                    return None;
                }
                Date::new(2001, 9, 11)?
            }
            _ => return None,
        };
        Found::new(idx + 1, "DATE", date.to_string()).map(Found::without_the)
    }
}
