//! Years, decades and centuries, in figures and in words.

use super::Pattern;
use crate::resources::lists::quantities::units::{self, Class as UnitClass};
use crate::segment::TokenKind;
use crate::text::numbers;
use crate::text::words::is_function_word;
use crate::timex::matcher::{years_of_range, Found, Matcher};
use crate::timex::read::is_month_context;
use crate::timex::read::ordinal_digits;
use crate::timex::terms::{cue, Class, Cue};
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.year",
        about: crate::passes::about("years, decades and centuries: 1990, fiscal 1989, nineteen ninety-seven, the 1990s, the '80s, the 20th century"),
    },
    run: |m, idx, _| m.year_expr(idx),
};

/// A bare year before a plural noun ("2012 voters") lies at most this
/// many years before the document date.
const YEARS_OF_A_BARE_YEAR: i32 = 100;

/// The shortest plural without -s that closes a compound
/// ("schoolchildren", "townspeople").
const MIN_PLURAL_ENDING: usize = 5;

impl Matcher<'_, '_> {
    /// "1990", "fiscal 1989", "nineteen ninety-seven", "the year two
    /// thousand", "the 1990s", "the nineties", "the 20th century".
    /// Whether the number at `idx` closes a name ("a venture called Orion
    /// 1980"): it follows a capitalised word inside a sentence that is no
    /// time word (a month, a season, a holiday) and no function word.
    pub(super) fn ends_a_name(&self, idx: usize) -> bool {
        if idx < 2 || !self.is_capitalised(idx - 1) {
            return false;
        }
        let before = &self.words[idx - 2];
        let inside_sentence = !matches!(before.kind, TokenKind::Abbreviation(_))
            && before.text.starts_with(|c: char| c.is_alphanumeric());
        let time_word = self.month(idx - 1).is_some()
            || self.weekday(idx - 1).is_some()
            || [Class::Season, Class::Holiday, Class::Unit]
                .into_iter()
                .any(|class| self.term(idx - 1, class).is_some());
        let prev = self.lower(idx - 1);
        inside_sentence && !time_word && prev != "fiscal" && !is_function_word(prev)
    }

    /// Whether the round number at `idx`, after "over", "some" or
    /// "about" and before a noun, counts that noun ("over 2000 people",
    /// "some 1500 troops") rather than naming a year. After a word that
    /// dates it ("in about 1990", "since around 1900") it stays a year,
    /// and so does a number no one rounds a count to ("some 2016
    /// presidential candidates").
    fn counts_after_approx(&self, idx: usize) -> bool {
        if self.year_number(idx).is_none_or(|y| y % 50 != 0) {
            return false;
        }
        let Some(k) = (idx.saturating_sub(3)..idx).find(|&k| {
            self.term(k, Class::Approx)
                .is_some_and(|(end, _)| end == idx)
        }) else {
            return false;
        };
        let dated = k > 0
            && is_month_context(self.lower(k - 1))
            && !matches!(self.lower(k - 1), "to" | "and");
        let noun_after = self.words.get(idx + 1).is_some_and(|w| {
            w.kind == TokenKind::Word
                && w.text.starts_with(|c: char| c.is_ascii_lowercase())
                && !is_function_word(&w.lower)
        });
        let time_after = self.unit(idx + 1).is_some() || self.month(idx + 1).is_some();
        noun_after && !time_after && !dated
    }

    /// Whether the round hundred at `idx` counts the plural noun after it
    /// and is the object of a verb before it ("police said 2000
    /// protesters", "cut 1200 jobs", "numbered 1500 people"): a year
    /// before a plural noun follows a word that dates it or a determiner
    /// ("in 2000 prices rose", "the 2000 elections").
    fn counts_after_verb(&self, idx: usize) -> bool {
        if idx == 0 || self.year_number(idx).is_none_or(|y| y % 100 != 0) {
            return false;
        }
        let before = &self.words[idx - 1];
        let after_verb = before.kind == TokenKind::Word
            && before.text.starts_with(|c: char| c.is_ascii_lowercase())
            && !is_function_word(&before.lower)
            && !is_month_context(&before.lower);
        after_verb && self.plural_noun_at(idx + 1)
    }

    /// Whether word `k` is a plural noun in lower case that is no unit of
    /// time nor a month: in -s ("protesters", not "class"), or a plural
    /// without one (the `plural_noun` class of `data/timex/contexts.txt`,
    /// "people"), alone or closing a compound ("schoolchildren",
    /// "townspeople"; of the longer ones, so that "abdomen" is none).
    fn plural_noun_at(&self, k: usize) -> bool {
        let Some(w) = self.words.get(k) else {
            return false;
        };
        let lower = w.lower.as_ref();
        let compound = (1..lower.len().saturating_sub(MIN_PLURAL_ENDING - 1))
            .any(|at| lower.is_char_boundary(at) && cue(&lower[at..], Cue::PluralNoun));
        w.kind == TokenKind::Word
            && w.text.starts_with(|c: char| c.is_ascii_lowercase())
            && !is_function_word(lower)
            && (self.is_cue(k, Cue::PluralNoun)
                || compound
                || (lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss")))
            && self.unit(k).is_none()
            && self.month(k).is_none()
    }

    /// Whether the number at `idx` counts the plural noun right after it
    /// because, read as a year, it would lie more than a century before
    /// the document date ("a survey of 1709 schoolchildren", "killed 1523
    /// civilians"). A bare year before a plural noun names a recent year
    /// of the story ("93 percent of 2012 voters", "compared with 2014
    /// numbers", "10% of 2000 levels": all of those in PolNeAR, TimeBank
    /// and AQUAINT lie within 30 years of their document date); an old
    /// year takes a determiner ("the 1709 eruption") or a word that dates
    /// it ("in 1709 troops"), which leave it a year. Without a document
    /// date nothing is read.
    fn counts_long_before_story(&self, idx: usize) -> bool {
        let (Some(year), Some(anchor)) = (self.year_number(idx), self.anchor) else {
            return false;
        };
        if idx == 0 || year + YEARS_OF_A_BARE_YEAR >= anchor.year {
            return false;
        }
        let before = &self.words[idx - 1];
        let counting = before.kind == TokenKind::Word
            && before.text.starts_with(|c: char| c.is_ascii_lowercase())
            && (before.lower == "of"
                || (!is_function_word(&before.lower) && !is_month_context(&before.lower)));
        let approx = (idx.saturating_sub(3)..idx).any(|k| {
            self.term(k, Class::Approx)
                .is_some_and(|(end, _)| end == idx)
        });
        (counting || approx) && self.plural_noun_at(idx + 1)
    }

    pub(super) fn year_expr(&self, idx: usize) -> Option<Found> {
        // The second year of a range written as one token ("1998-99",
        // "1990-1995"): a year when the first is one.
        let w = self.words.get(idx)?;
        let before = idx.checked_sub(1).map(|k| &self.words[k]);
        if let Some(first) = before.filter(|b| {
            w.kind == TokenKind::Number && b.kind == TokenKind::Number && b.token == w.token
        }) {
            if w.token == w.span {
                return None;
            }
            let (_, second) = years_of_range(&format!("{}-{}", first.text, w.text))?;
            self.year_expr(idx - 1)?;
            return Found::new(idx + 1, "DATE", format!("{second:04}")).map(Found::without_the);
        }
        // The same with spaces around the dash ("1890 – 91", "the 2015 -
        // 16 season"): the second year of two figures, after a year.
        if let Some(dash) = idx.checked_sub(1).filter(|&k| {
            k >= 1
                && matches!(self.words[k].text, "-" | "\u{2013}" | "\u{2014}")
                && w.kind == TokenKind::Number
                && w.text.len() == 2
                && self.words[k - 1].kind == TokenKind::Number
        }) {
            let first = &self.words[dash - 1];
            let (_, second) = years_of_range(&format!("{}-{}", first.text, w.text))?;
            self.year_expr(dash - 1)?;
            return Found::new(idx + 1, "DATE", format!("{second:04}")).map(Found::without_the);
        }
        // "a 2000-year-old tradition", "a 1500 year old church": an age,
        // which counted_unit leaves untagged, as it does "a 500-year-old
        // church"; the number is no year.
        if self.unit(idx + 1).is_some() && matches!(self.lower(idx + 2), "old" | "olds") {
            return None;
        }
        let mut at = idx;
        if self.is(at, "fiscal") {
            at += 1;
            if self.is(at, "year") {
                at += 1;
            }
        } else if self.is(at, "year") && idx > 0 && self.is(idx - 1, "the") {
            at += 1;
        }
        // A decade written with "the" before it ("the 60s", "the late 90's")
        // and without a century: the 1900s for 30 to 90 ("the 60s" without
        // an apostrophe from 50 on, see below); "the 00s" and "the
        // 20s" are left alone ("in their 60s", an age, has no "the").
        let after_the = || {
            let mut k = at;
            while k > 0 && self.is_position(k - 1) {
                k -= 1;
            }
            k > 0 && self.is(k - 1, "the")
        };
        let decade = |digits: &str| match digits.len() {
            4 => Some(four_digit_plural(digits)),
            2 if digits >= "30" => Some(format!("19{}", &digits[..1])),
            _ => None,
        };
        // "the 1980's", "the 90's": the number, an apostrophe and an "s",
        // written together.
        let written_together = |k: usize| {
            self.words
                .get(k)
                .zip(self.words.get(k - 1))
                .is_some_and(|(w, before)| w.span.start == before.span.end)
        };
        let apostrophe_s = matches!(self.lower(at + 1), "'" | "\u{2019}")
            && self.is(at + 2, "s")
            && written_together(at + 1)
            && written_together(at + 2);
        if let Some(w) = self.words.get(at).filter(|_| apostrophe_s) {
            let plain = w.kind == TokenKind::Number && w.text.ends_with('0');
            // Without "the", "2010's" is more often a year's possessive
            // ("2010's midterms").
            if plain && after_the() {
                if let Some(value) = decade(w.text) {
                    return Found::new(at + 3, "DATE", value);
                }
            }
        }
        if let Some(year) = self.year_number(at) {
            let prev = if idx > 0 { self.lower(idx - 1) } else { "" };
            let next = self.lower(at + 1);
            if matches!(prev, "$" | "#" | "no" | "number") || matches!(next, "%" | "percent") {
                return None;
            }
            if at == idx && self.ends_a_name(idx) {
                return None;
            }
            if at == idx && (self.counts_after_approx(idx) || self.counts_after_verb(idx)) {
                return None;
            }
            if at == idx && self.count_before_plural && self.counts_long_before_story(idx) {
                return None;
            }
            // "1200 degrees", "2000 km": a number a unit of measure counts
            // (the unit class of data/quantities/units.txt).
            let measured = units::starting(next)
                .iter()
                .any(|u| u.class == UnitClass::Unit && u.word_count() == 1);
            if at == idx && measured {
                return None;
            }
            // A number a label noun counts ("Section 1032", "Room 2010",
            // "Flight 1549", "Resolution 1441"), wherever the sentence
            // begins: the label class of data/quantities/units.txt, which
            // the quantities layer reads too.
            let label = idx > 0 && self.is_label(idx - 1);
            if at == idx && label {
                return None;
            }
            // The number of a street address: "1600 Pennsylvania Avenue",
            // "2000 Main Street". After a word that dates it ("in 1999 Wall
            // Street fell") it stays a year.
            let street = (at + 2..(at + 5).min(self.words.len())).any(|k| {
                (at + 1..k).all(|j| self.is_capitalised(j) && self.words[j].kind == TokenKind::Word)
                    && self.is_cue(k, Cue::Street)
                    && self.is_capitalised(k)
            });
            let dated = is_month_context(prev) && !matches!(prev, "to" | "and");
            if at == idx && street && !dated {
                return None;
            }
            return Found::new(at + 1, "DATE", format!("{year:04}")).map(Found::without_the);
        }
        // "the '80s": the apostrophe that stands for the century belongs to
        // the decade.
        if matches!(self.lower(at), "'" | "\u{2019}") && written_together(at + 1) {
            if let Some(digits) = self.lower(at + 1).strip_suffix('s') {
                if digits.len() == 2
                    && digits.ends_with('0')
                    && digits.bytes().all(|b| b.is_ascii_digit())
                {
                    return Found::new(at + 2, "DATE", format!("19{}", &digits[..1]));
                }
            }
            if let Some(year) = self.clipped_year(at) {
                return Found::new(at + 2, "DATE", format!("{year:04}"));
            }
        }
        let w = self.words.get(at)?;
        // Decades: "1990s", "'90s", "the nineties".
        if let Some(digits) = w.lower.strip_suffix('s') {
            if digits.bytes().all(|b| b.is_ascii_digit()) && digits.ends_with('0') {
                let value = match digits.len() {
                    4 => four_digit_plural(digits),
                    2 if at > 0 && self.is(at - 1, "'") => format!("19{}", &digits[..1]),
                    // Without an apostrophe "the 30s" and "the 40s" are
                    // more often a share or a poll figure ("in the
                    // mid-30s") than an era.
                    2 if after_the() && digits >= "50" => format!("19{}", &digits[..1]),
                    _ => return None,
                };
                return Found::new(at + 1, "DATE", value);
            }
        }
        if let Some((end, decade)) = self.term(at, Class::Decade) {
            return Found::new(end, "DATE", decade);
        }
        // Centuries: "the 20th century", "the eleventh century".
        if self.is(at + 1, "century") {
            let n = ordinal_digits(&w.lower).or_else(|| {
                let (v, is_ordinal) = w.number?;
                is_ordinal.then_some(v as u32)
            })?;
            return Found::new(at + 2, "DATE", format!("{:02}", n - 1));
        }
        // Years in words: "nineteen ninety-seven", "two thousand".
        let (first, false) = w.number? else {
            return None;
        };
        if (11.0..=20.0).contains(&first) || first == 20.0 {
            let lowers: Vec<&str> = (at + 1..(at + 4).min(self.words.len()))
                .map(|k| self.lower(k))
                .collect();
            if let Some((rest, n_words, false)) = numbers::parse_words(&lowers) {
                if (10.0..100.0).contains(&rest) {
                    let year = first as i32 * 100 + rest as i32;
                    return Found::new(at + 1 + n_words, "DATE", format!("{year:04}"));
                }
            }
        }
        if at > idx && self.is(idx, "year") || self.is(at.wrapping_sub(1), "year") {
            let lowers: Vec<&str> = (at..(at + 5).min(self.words.len()))
                .map(|k| self.lower(k))
                .collect();
            if let Some((year, n_words, false)) = numbers::parse_words(&lowers) {
                if (1000.0..2200.0).contains(&year) {
                    return Found::new(at + n_words, "DATE", format!("{:04}", year as i32));
                }
            }
        }
        None
    }

    /// A year written with an apostrophe for its century: "in '58", "the
    /// class of '58", "Woodstock '69". The apostrophe stands apart from the
    /// word before it (it closes no quotation) and no unit follows ("'58
    /// percent" opens a quotation). The century is the one that puts the
    /// year at most a year after the document's.
    fn clipped_year(&self, at: usize) -> Option<i32> {
        let apostrophe = self.words.get(at)?;
        let w = self.words.get(at + 1)?;
        let apart = at == 0 || self.words[at - 1].span.end < apostrophe.span.start;
        let digits = w.kind == TokenKind::Number
            && w.text.len() == 2
            && w.text.bytes().all(|b| b.is_ascii_digit())
            && w.span.start == apostrophe.span.end;
        let next = self.words.get(at + 2);
        let unit_after = next.is_some_and(|n| {
            (n.span.start == w.span.end && n.text.starts_with(char::is_alphanumeric))
                || self.unit(at + 2).is_some()
                || matches!(n.lower.as_ref(), "percent" | "%")
        });
        if !(apart && digits) || unit_after {
            return None;
        }
        let yy: i32 = w.text.parse().ok()?;
        let latest = self.anchor.map_or(2030, |a| a.year + 1);
        Some(if 2000 + yy <= latest {
            2000 + yy
        } else {
            1900 + yy
        })
    }
}

/// The value of "the 1990s" (`digits` "1990"), a decade ("199"), or of
/// "the 1800s" and "the 1900s", a century ("18", "19"), as readers take
/// them; "the 2000s" stays the decade, as news of this century means it.
fn four_digit_plural(digits: &str) -> String {
    if digits.ends_with("00") && digits < "2000" {
        digits[..2].to_string()
    } else {
        digits[..3].to_string()
    }
}
