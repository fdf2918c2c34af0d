//! The end of the document's year, or of the year before.

use super::Pattern;
use crate::segment::TokenKind;
use crate::text::words::is_function_word;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::value::relative;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.year_end",
        about: crate::passes::about("the end of the year: by year-end, year's end, since year-end"),
    },
    run: |m, idx, _| m.year_end(idx),
};

impl Matcher<'_, '_> {
    /// "by year-end", "by year's end", "around year end": the end of the
    /// anchor's year, or of the year before after "since". Not an
    /// adjective ("year-end net").
    pub(super) fn year_end(&self, idx: usize) -> Option<Found> {
        if self.lower(idx) != "year" || (idx > 0 && self.words[idx - 1].kind == TokenKind::Number) {
            return None;
        }
        let at = idx + 1 + usize::from(self.is(idx + 1, "'s"));
        if !self.is(at, "end") {
            return None;
        }
        let end = at + 1;
        let adjective = self.words.get(end).is_some_and(|w| {
            w.kind == TokenKind::Word
                && w.text.starts_with(|c: char| c.is_lowercase())
                && !is_function_word(&w.lower)
        });
        if adjective {
            return None;
        }
        let back = idx > 0 && self.is(idx - 1, "since");
        Found::new(end, "DATE", relative(self.anchor, "Y", -i64::from(back))?)
    }
}
