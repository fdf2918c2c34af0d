//! The year or the month of the document or the story, named with an
//! article.

use super::Pattern;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{cue, Class, Cue};
use crate::timex::value::duration;
use crate::timex::value::{fmt_month, relative, Unit};
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.the_year",
        about: crate::passes::about("the year, month, decade or century of the document: the year, the fiscal year, the full year, the end of the month, the end of the decade; a span of a year, month or week before a closing date"),
    },
    run: |m, idx, has_the| m.the_year(idx, has_the),
};

impl Matcher<'_, '_> {
    /// "the year", "the fiscal year", "the full year", "the current year":
    /// the anchor's year, or a span of a year when a closing date follows
    /// ("the year ended Sept. 30").
    pub(super) fn the_year(&self, idx: usize, has_the: bool) -> Option<Found> {
        if !has_the {
            return None;
        }
        let mut at = idx;
        while at < idx + 2 && self.is_cue(at, Cue::YearModifier) {
            at += 1;
        }
        let w = self.words.get(at)?;
        // "the week ended March 16", "the month ending Sept. 30": a span
        // of a week or a month up to a closing date, as "the year ended
        // Sept. 30" is one of a year.
        // A date must close it: "the week ended with a rally" is the
        // subject of "ended".
        let closing_date = || {
            self.month_date(at + 2)
                .or_else(|| self.deictic(at + 2))
                .or_else(|| self.weekday_expr(at + 2))
                .is_some()
        };
        if at == idx
            && w.token == w.span
            && cue(self.lower(at + 1), Cue::PeriodEnd)
            && closing_date()
        {
            let unit = match w.lower.as_ref() {
                "week" => Some("W"),
                "month" => Some("M"),
                _ => None,
            };
            if let Some(unit) = unit {
                return Found::new(at + 1, "DURATION", duration(Some(1.0), unit));
            }
        }
        // "by the end of the month", "during the month": the month the
        // story is on (a month or day named in this sentence or the one
        // before: "In January, the economy added 151,000 jobs during the
        // month"), else the document's; not when "of" or a signal ties it
        // to another time.
        if w.lower == "month" && at == idx && w.token == w.span {
            let next = self.lower(at + 1);
            if next == "of" || next == "old" || cue(next, Cue::Signal) {
                return None;
            }
            let month = match self.state.last_date {
                Some((date, unit)) if unit >= Unit::Month && self.state.since_date <= 1 => date,
                _ => self.anchor?,
            };
            return Found::new(at + 1, "DATE", fmt_month(month.year, month.month));
        }
        // "by the end of the decade", "during the century": the anchor's
        // decade or century (TIMEX3 writes them "201", "20"); not "the
        // decade of", "the decade before", "the decade-long war", nor
        // after "of" unless a position opens the phrase ("the turn of the
        // century" is another century's; "the comeback of the decade" is
        // no time of the story).
        if matches!(w.lower.as_ref(), "decade" | "century") && at == idx && w.token == w.span {
            let next = self.lower(at + 1);
            if next == "of" || next == "old" || cue(next, Cue::Signal) {
                return None;
            }
            let after_of = idx >= 2 && self.is(idx - 2, "of");
            let position = idx >= 4
                && self
                    .term(idx - 4, Class::Position)
                    .is_some_and(|(end, _)| end == idx - 1);
            if after_of && !position {
                return None;
            }
            let a = self.anchor?;
            let value = if w.lower == "decade" {
                format!("{:03}", a.year.div_euclid(10))
            } else {
                format!("{:02}", a.year.div_euclid(100))
            };
            return Found::new(at + 1, "DATE", value);
        }
        // "the year-ago quarter" and "the year before" are other rules'.
        if w.lower != "year" || w.token != w.span {
            return None;
        }
        let end = at + 1;
        match self.lower(end) {
            w if cue(w, Cue::PeriodEnd) => Found::new(end, "DURATION", duration(Some(1.0), "Y")),
            w if w == "old" || cue(w, Cue::Signal) => None,
            _ => Found::new(end, "DATE", relative(self.anchor, "Y", 0)?),
        }
    }
}
