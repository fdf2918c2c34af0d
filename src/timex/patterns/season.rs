//! Seasons, with a year or as the nearest season of that name.

use super::Pattern;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::Class;
use crate::timex::value::{season_ahead_value, season_value};
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.season",
        about: crate::passes::about("seasons: the summer, the winter of 1994, summer 1998"),
    },
    run: |m, idx, has_the| m.season_expr(idx, has_the),
};

impl Matcher<'_, '_> {
    /// "the summer", "the early spring", "the winter of 1994", "summer
    /// 1998": without a year, the nearest season of that name.
    pub(super) fn season_expr(&self, idx: usize, has_the: bool) -> Option<Found> {
        let (end, season) = self.term(idx, Class::Season)?;
        let after_of = end + usize::from(self.is(end, "of"));
        let year = self
            .year_expr(after_of)
            .filter(|f| f.value.len() == 4 && f.value.bytes().all(|b| b.is_ascii_digit()));
        if let Some(f) = year {
            return Found::new(f.end, "DATE", format!("{}-{season}", f.value));
        }
        // "the fall of the Berlin Wall" is no season.
        if !has_the || self.is(end, "of") {
            return None;
        }
        // "the Summer Institute of Linguistics", "the Winter Olympics": a
        // season written with a capital after "the", before another
        // capitalised word, is a word of a name.
        if self.is_capitalised(idx) && self.is_capitalised(end) {
            return None;
        }
        // After a cue of the future ("the next march would be held in the
        // spring", said in June) the coming season (`timex.season_ahead`).
        if self.season_ahead && self.future_near(idx) && !self.past_near(idx) {
            return Found::new(end, "DATE", season_ahead_value(self.anchor, season));
        }
        Found::new(end, "DATE", season_value(self.anchor, season, 0))
    }
}
