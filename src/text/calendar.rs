//! Proleptic Gregorian calendar dates: parsing, validation and formatting.

use crate::resources::lists::lexicon::{months, weekdays};

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 31,
    }
}

impl Date {
    /// A valid date, or `None` for a month or day out of range.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

/// Days from 1970-01-01 to the first day of `month` (1-12) of `year`'s
/// civil calendar, plus `day - 1` (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl Date {
    /// The number of days since 1970-01-01 (negative before it).
    pub fn to_days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The date `days` days after 1970-01-01 (Hinnant's `civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The ISO weekday: Monday is 1, Sunday 7.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// The same day `months` months later (or earlier), clamped to the end
    /// of a shorter month: 2025-01-31 plus one month is 2025-02-28.
    pub fn add_months(self, months: i32) -> Date {
        let index = self.year * 12 + self.month as i32 - 1 + months;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// The quarter of the year, 1 to 4.
    pub fn quarter(self) -> u32 {
        (self.month - 1) / 3 + 1
    }

    /// The ISO 8601 week-numbering year and week (1 to 53).
    pub fn iso_week(self) -> (i32, u32) {
        // The week belongs to the year that holds its Thursday.
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// The `n`th ISO weekday `weekday` (1 Monday to 7 Sunday) of a month;
    /// `n` = -1 is the last one.
    pub fn nth_weekday(year: i32, month: u32, weekday: u32, n: i32) -> Option<Date> {
        if n < 0 {
            let last = Date::new(year, month, days_in_month(year, month))?;
            let back = (i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7);
            return Some(last.add_days(-back));
        }
        let first = Date::new(year, month, 1)?;
        let ahead = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
        let date = first.add_days(ahead + 7 * (i64::from(n) - 1));
        (date.month == month).then_some(date)
    }

    /// Easter Sunday of `year` (Gregorian computus, the "anonymous"
    /// algorithm of Meeus, Astronomical Algorithms, ch. 8).
    pub fn easter(year: i32) -> Date {
        let a = year.rem_euclid(19);
        let b = year.div_euclid(100);
        let c = year.rem_euclid(100);
        let (d, e) = (b / 4, b % 4);
        let f = (b + 8) / 25;
        let g = (b - f + 1) / 3;
        let h = (19 * a + b - d - g + 15).rem_euclid(30);
        let (i, k) = (c / 4, c % 4);
        let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
        let m = (a + 11 * h + 22 * l) / 451;
        let month = (h + l - 7 * m + 114) / 31;
        let day = (h + l - 7 * m + 114) % 31 + 1;
        Date {
            year,
            month: month as u32,
            day: day as u32,
        }
    }

    /// The Monday of ISO week `week` of `year`.
    pub fn from_iso_week(year: i32, week: u32) -> Date {
        let jan4 = Date {
            year,
            month: 1,
            day: 4,
        };
        let monday1 = jan4.add_days(1 - i64::from(jan4.weekday()));
        monday1.add_days(7 * (i64::from(week) - 1))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The month number of a month name or abbreviation in any case ("Sept",
/// "march", "JUNE"), from `data/lexicon/months.txt`.
pub fn month_of(word: &str) -> Option<u32> {
    months::get(word).or_else(|| months::get(title_case(word)?.as_str()))
}

/// The ISO weekday number (Monday 1) of a weekday name or abbreviation in
/// any case, from `data/lexicon/weekdays.txt`.
pub fn weekday_of(word: &str) -> Option<u32> {
    weekdays::get(word).or_else(|| weekdays::get(title_case(word)?.as_str()))
}

/// `word` with its first letter in upper case and the rest in lower case,
/// or `None` when it is written so already (most capitalised words of a
/// text, which would be looked up twice for nothing).
fn title_case(word: &str) -> Option<String> {
    let mut chars = word.chars();
    let first = chars.next()?;
    if word.is_ascii()
        && first.is_ascii_uppercase()
        && !word[1..].bytes().any(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    Some(
        first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_validates() {
        assert_eq!(
            Date::parse_iso("2025-07-04").map(|d| d.to_string()),
            Some("2025-07-04".into())
        );
        assert_eq!(Date::parse_iso("2024-02-29").map(|d| d.day), Some(29));
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-7-4",
            "July 4",
            "",
            "2025-07-04x",
            "+025-07-04",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn holidays_rules() {
        let d = |s: &str| Date::parse_iso(s).unwrap();
        for (year, easter) in [
            (2000, "2000-04-23"),
            (2025, "2025-04-20"),
            (2019, "2019-04-21"),
        ] {
            assert_eq!(Date::easter(year), d(easter));
        }
        // Thanksgiving 1999, Memorial Day 2025, Labor Day 2025.
        assert_eq!(Date::nth_weekday(1999, 11, 4, 4), Some(d("1999-11-25")));
        assert_eq!(Date::nth_weekday(2025, 5, 1, -1), Some(d("2025-05-26")));
        assert_eq!(Date::nth_weekday(2025, 9, 1, 1), Some(d("2025-09-01")));
        assert_eq!(Date::nth_weekday(2025, 2, 1, 5), None);
    }

    #[test]
    fn arithmetic() {
        let d = |s: &str| Date::parse_iso(s).unwrap();
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(Date::from_days(d("2024-02-29").to_days()), d("2024-02-29"));
        assert_eq!(Date::from_days(-1), d("1969-12-31"));
        assert_eq!(d("2025-07-04").weekday(), 5);
        assert_eq!(d("2025-07-04").add_days(-1), d("2025-07-03"));
        assert_eq!(d("2025-01-31").add_months(1), d("2025-02-28"));
        assert_eq!(d("2025-01-15").add_months(-1), d("2024-12-15"));
        assert_eq!(d("2025-07-04").iso_week(), (2025, 27));
        assert_eq!(d("2021-01-03").iso_week(), (2020, 53));
        assert_eq!(d("2024-12-30").iso_week(), (2025, 1));
        assert_eq!(Date::from_iso_week(2025, 26), d("2025-06-23"));
        assert_eq!(d("2015-08-20").quarter(), 3);
        for days in -800_000..800_000i64 {
            if days % 997 == 0 {
                assert_eq!(Date::from_days(days).to_days(), days);
            }
        }
    }
}
