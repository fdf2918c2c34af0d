//! Holidays and other named days of the term table.

use super::Pattern;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{Class, Cue};
use crate::timex::value::fmt_week;
use crate::timex::value::holiday_date;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.holiday",
        about: crate::passes::about("named days: Thanksgiving Day, last Christmas, Christmas 1998, Easter week, Election Day"),
    },
    run: |m, idx, _| m.holiday(idx),
};

impl Matcher<'_, '_> {
    /// "Thanksgiving Day", "last Christmas", "Christmas 1998", "Easter
    /// week". Without a year, a holiday is the one of the anchor's year,
    /// last year's when that one lies more than two months ahead (news
    /// reports the past), next year's after a future cue when this year's
    /// is past.
    pub(super) fn holiday(&self, idx: usize) -> Option<Found> {
        let (at, rel) = match self.term(idx, Class::Relation) {
            Some((end, rel)) => (end, Some(rel.parse::<i64>().ok()?)),
            None => (idx, None),
        };
        if !self.is_capitalised(at) {
            return None;
        }
        let (mut end, rule) = self.term(at, Class::Holiday)?;
        // A greeting ("Merry Christmas", "Happy Thanksgiving") wishes well
        // rather than dates anything.
        if idx > 0 && matches!(self.lower(idx - 1), "merry" | "happy") {
            return None;
        }
        // Followed by a capitalised word that does not extend the holiday
        // (as "Day", "Eve", "Sunday", "Week" do), the holiday opens a name:
        // "Easter Island", "Easter Seals".
        let extends = self.weekday(end).is_some() || self.unit(end).is_some();
        if self.is_capitalised(end) && !extends {
            return None;
        }
        // Right after a capitalised given name, a lone holiday word is the
        // surname ("illustrator Johnnie Christmas"), unless that word is
        // itself a time word ("Last Christmas", "May Day"). A holiday of
        // more than one word ("Christmas Eve", "Easter Sunday") is no
        // surname.
        let one_word = end == at + 1 && !extends;
        if rel.is_none() && self.holiday_name && one_word && idx > 0 && self.given_name(idx - 1) {
            return None;
        }
        // Before a lower-case noun of a thing named for the holiday
        // ("Christmas trees", "a Christmas party", "Halloween masks") it
        // names a kind of thing, no day (`timex.holiday_object`). A named
        // day of two words dates its thing ("the Christmas Eve party",
        // "the New Year's Eve party"), as TimeBank tags it.
        if self.holiday_object
            && one_word
            && !self.is_capitalised(end)
            && self.is_cue(end, Cue::HolidayObject)
        {
            return None;
        }
        let year = self.year_number(end);
        if year.is_some() {
            end += 1;
        }
        let date = match (year, self.anchor) {
            (Some(y), _) => holiday_date(rule, y),
            (None, Some(a)) => {
                let this = holiday_date(rule, a.year)?;
                let shift = match rel {
                    Some(-1) => -i32::from(this >= a),
                    Some(1) => i32::from(this <= a),
                    Some(_) => 0,
                    None if self.future_near(idx) => i32::from(this < a),
                    // A holiday is an event: the nearest one, ahead as well
                    // as behind ("vote for him on Election Day", said in
                    // August), unless a verb in the past dates it.
                    None if this.to_days() - a.to_days() > 62
                        && !self.future
                        && (self.past_near(idx) || this.to_days() - a.to_days() > 182) =>
                    {
                        -1
                    }
                    None => 0,
                };
                holiday_date(rule, a.year + shift)
            }
            (None, None) => None,
        };
        if self.is(end, "week") {
            let value = date.map_or_else(|| "XXXX-WXX".to_string(), fmt_week);
            return Found::new(end + 1, "DATE", value);
        }
        let value = match (date, rule.split_once('-')) {
            (Some(d), _) => d.to_string(),
            (None, Some((m, d))) if !rule.contains('/') && !rule.starts_with('e') => {
                format!("XXXX-{m}-{d}")
            }
            (None, _) => "XXXX-XX-XX".to_string(),
        };
        Found::new(end, "DATE", value).map(Found::without_the)
    }
}
