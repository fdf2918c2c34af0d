//! Weekdays: the day they name, with a date or a part of the day, or every such day.

use super::Pattern;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::Class;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.weekday",
        about: crate::passes::about("weekdays, with a date or a part of the day: Thursday, Friday morning, Saturday, April 25; Tuesdays as a set"),
    },
    run: |m, idx, _| m.weekday_expr(idx),
};

impl Matcher<'_, '_> {
    /// "Thursday", "Friday morning", "Saturday, April 25", "Tuesdays".
    pub(super) fn weekday_expr(&self, idx: usize) -> Option<Found> {
        let (day, plural) = self.weekday(idx)?;
        if plural {
            let mut end = idx + 1;
            let mut value = format!("XXXX-WXX-{day}");
            if let Some((e, part)) = self.term(end, Class::Part) {
                value.push_str(&format!("T{part}"));
                end = e;
            }
            return Found::new(end, "SET", value);
        }
        // Right after a capitalised "News", a weekday names a show ("Fox
        // News Sunday", "Breitbart News Saturday"), unless a part of the day
        // dates it ("on Fox News Tuesday night") or a clause follows ("told
        // ABC News Sunday that").
        let after_news = idx > 0 && self.words[idx - 1].text == "News";
        let dated_part = self.term(idx + 1, Class::Part).is_some() && !self.is_capitalised(idx + 1);
        if after_news && !dated_part && !self.is(idx + 1, "that") {
            return None;
        }
        // "The Sunday Times", "the Good Friday Agreement": a word of a
        // name (`timex.day_in_name`).
        if self.weekday_in_name(idx) {
            return None;
        }
        let after = idx + 1 + usize::from(self.is(idx + 1, ","));
        if let Some(f) = self.month_date(after) {
            if f.value.len() == 10 || f.value.starts_with("XXXX-") {
                return Found::new(f.end, "DATE", f.value);
            }
        }
        // "Tuesday nights", and "Monday" in "Monday and Tuesday nights":
        // every such night.
        let plural_part = |at: usize| {
            self.term(at, Class::Part)
                .filter(|_| self.lower(at).ends_with('s'))
        };
        let shared = match self.lower(idx + 1) {
            "and" | "or" => self
                .weekday(idx + 2)
                .and_then(|_| plural_part(idx + 3))
                .map(|(_, part)| (idx + 1, part)),
            _ => plural_part(idx + 1),
        };
        if let Some((end, part)) = shared {
            return Found::new(end, "SET", format!("XXXX-WXX-{day}T{part}"));
        }
        let date = self.weekday_date(idx, day, 0);
        // "Friday noon", "Tuesday 10 p.m.": a clock time on that day.
        if let Some(time) = self.time_of_day(idx + 1).filter(|t| t.kind == "TIME") {
            if let Some((_, clock)) = time.value.split_once('T') {
                let mut found = Found::new(time.end, "TIME", format!("{date}T{clock}"))?;
                found.zone = time.zone;
                return Some(found.without_the());
            }
        }
        if let Some(found) = self.with_its_part(idx + 1, &date) {
            return Some(found.without_the());
        }
        Found::new(idx + 1, "DATE", date).map(Found::without_the)
    }

    /// The part of the day after a day's name at `at` ("Friday night",
    /// "last Tuesday night", "the next Tuesday evening"): a TIME of that
    /// day, `date`. Not "Tuesday nights", every one.
    pub(super) fn with_its_part(&self, at: usize, date: &str) -> Option<Found> {
        let (end, part) = self.term(at, Class::Part)?;
        if self.lower(at).ends_with('s') {
            return None;
        }
        Found::new(end, "TIME", format!("{date}T{part}"))
    }
}
