//! Dates set by another date.

use super::Pattern;
use crate::text::calendar::Date;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::value::fmt_week;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.anchored",
        about: crate::passes::about(
            "a date set by another date: the week of March 6, the day before last Tuesday",
        ),
    },
    run: |m, idx, _| m.anchored(idx),
};

impl Matcher<'_, '_> {
    /// A date set by another: "the week of March 6", "the day before last
    /// Tuesday".
    pub(super) fn anchored(&self, idx: usize) -> Option<Found> {
        let unit = self.lower(idx);
        let link = self.lower(idx + 1);
        let inner = |at: usize| {
            self.longest(at, false, |p| p.pass.name != PATTERN.pass.name)
                .filter(|f| f.kind == "DATE" && f.value.len() == 10)
                .and_then(|f| Some((f.end, Date::parse_iso(&f.value)?)))
        };
        match (unit, link) {
            ("week", "of") => {
                let (end, date) = inner(idx + 2)?;
                Found::new(end, "DATE", fmt_week(date))
            }
            ("day", before_after @ ("before" | "after")) => {
                let (end, date) = inner(idx + 2)?;
                let shift = if before_after == "before" { -1 } else { 1 };
                Found::new(end, "DATE", date.add_days(shift).to_string())
            }
            _ => None,
        }
    }
}
