//! The year of the document, named with an article.

use super::Pattern;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{cue, Cue};
use crate::timex::value::duration;
use crate::timex::value::relative;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.the_year",
        about: "the year of the document: the year, the fiscal year, the full year; a span of a year before a closing date",
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
