//! The nth weekday of a month: "the first Sunday of April", "the last
//! Monday in May 2014".

use super::Pattern;
use crate::text::calendar::Date;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::read::ordinal_digits;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.nth_weekday",
        about: crate::passes::about("the nth or last weekday of a month: the first Sunday of April, the last Monday in May 2014"),
    },
    run: |m, idx, _| m.nth_weekday(idx),
};

impl Matcher<'_, '_> {
    /// "first Sunday of April", "last Monday in May 2014", "2nd Tuesday of
    /// November": the day the rule names in that month, whose year is the
    /// one written after it or, as for a bare month, the one the tense
    /// gives. Without a document date or a year it stays `XXXX-MM-XX`.
    pub(super) fn nth_weekday(&self, idx: usize) -> Option<Found> {
        let w = self.words.get(idx)?;
        let n: i32 = match w.lower.as_ref() {
            "last" | "final" => -1,
            lower => {
                let ordinal = ordinal_digits(lower).or_else(|| {
                    let (v, is_ordinal) = w.number?;
                    is_ordinal.then_some(v as u32)
                })?;
                if !(1..=5).contains(&ordinal) {
                    return None;
                }
                ordinal as i32
            }
        };
        let (weekday, plural) = self.weekday(idx + 1)?;
        if plural || !matches!(self.lower(idx + 2), "of" | "in") {
            return None;
        }
        // The month with its year, read as a date of its own ("April",
        // "May 2014", "November of next year").
        let month = self.month_date(idx + 3)?;
        let (year, month_number) = match month.value.split_once('-') {
            Some((y, m)) if m.len() == 2 => (y.parse::<i32>().ok(), m.parse::<u32>().ok()?),
            _ => return None,
        };
        let value = match year.and_then(|y| Date::nth_weekday(y, month_number, weekday, n)) {
            Some(date) => date.to_string(),
            None => format!("XXXX-{month_number:02}-XX"),
        };
        Found::new(month.end, "DATE", value)
    }
}
