//! A day judged or counted after a form of "be": the day the story is on.

use super::Pattern;
use crate::text::numbers;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::read::ordinal_digits;
use crate::timex::terms::Class;
use crate::timex::value::Unit;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.judged_day",
        about: crate::passes::about("a day judged or counted after a form of be: it was a great day, it is the second day of"),
    },
    run: |m, idx, _| m.judged_day(idx),
};

impl Matcher<'_, '_> {
    /// "it was "a great day for Poland"", "it's the second day of an
    /// offensive": a day judged or counted is the day the story is on (the
    /// last day named, else the document date). Only after a verb "to be",
    /// and a day judged not when its subject is itself a day ("Today is a
    /// sad day" is one time, not two).
    pub(super) fn judged_day(&self, idx: usize) -> Option<Found> {
        let word = self.lower(idx);
        // "the second day of": the article is a modifier already passed.
        let counted = idx > 0
            && self.is(idx - 1, "the")
            && self.is(idx + 1, "day")
            && self.is(idx + 2, "of")
            && (ordinal_digits(word).is_some()
                || numbers::parse_words(&[word]).is_some_and(|(_, _, ordinal)| ordinal));
        let judged = matches!(word, "a" | "an")
            && self.term(idx + 1, Class::Verdict).is_some()
            && self.is(idx + 2, "day");
        if !counted && !judged {
            return None;
        }
        let mut k = if counted { idx - 1 } else { idx };
        if k > 0 && self.words[k - 1].text == "\"" {
            k -= 1;
        }
        let copula = k > 0 && matches!(self.lower(k - 1), "is" | "was" | "'s" | "be" | "been");
        let day_subject =
            k > 1 && (self.term(k - 2, Class::Deictic).is_some() || self.weekday(k - 2).is_some());
        if !copula || (judged && day_subject) {
            return None;
        }
        let date = match self.state.last_date {
            Some((d, Unit::Day)) => d,
            _ => self.anchor?,
        };
        Found::new(
            if counted { idx + 2 } else { idx + 3 },
            "DATE",
            date.to_string(),
        )
    }
}
