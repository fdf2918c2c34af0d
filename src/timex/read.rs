//! Reading words: the lower-case form, capitals, month and weekday names,
//! days of the month, years, numbers and counts.

use super::matcher::{Matcher, Word};
use super::terms::{cue, Class, Cue};
use crate::names::gazetteer::Kind;
use crate::resources::lists::quantities::units::{self, Class as UnitClass};
use crate::segment::TokenKind;
use crate::text::numbers::{self, number_words, WordClass};
use crate::text::words::{
    all_capitals, is_article, is_be, is_function_word, is_modal, is_ordinal_suffix, is_preposition,
    is_relative,
};

/// Whether a sentence speaks of a reporting period longer than a quarter
/// but shorter than a year: "the nine months", "the first six months".
pub(super) fn speaks_of_several_quarters(words: &[Word]) -> bool {
    words.windows(2).any(|pair| {
        let n = match pair[0].kind {
            TokenKind::Number => pair[0].text.parse::<u32>().ok(),
            _ => pair[0]
                .number
                .filter(|&(_, ordinal)| !ordinal)
                .map(|(v, _)| v as u32),
        };
        pair[1].lower == "months" && n.is_some_and(|n| (4..12).contains(&n))
    })
}

/// Whether the count of words `idx..at` is written as a number ("one",
/// "3") rather than an article ("a quarter").
pub(super) fn explicit_number(words: &[Word], idx: usize, at: usize) -> bool {
    words[idx..at]
        .iter()
        .any(|w| w.kind == TokenKind::Number || !matches!(w.lower.as_ref(), "a" | "an"))
}

/// Words after which a capitalised "May" or "March" is a month (the
/// `month_cue` class of `data/timex/contexts.txt`).
pub(super) fn is_month_context(lower: &str) -> bool {
    cue(lower, Cue::MonthCue)
}

pub(super) fn ordinal_digits(lower: &str) -> Option<u32> {
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &lower[digits.len()..];
    if digits.is_empty() || !is_ordinal_suffix(suffix) {
        return None;
    }
    digits.parse().ok()
}

impl Matcher<'_, '_> {
    pub(super) fn lower(&self, idx: usize) -> &str {
        self.words.get(idx).map_or("", |w| w.lower.as_ref())
    }

    pub(super) fn is(&self, idx: usize, word: &str) -> bool {
        self.lower(idx) == word
    }

    /// Whether word `idx` alone is a position in a time ("early", "mid",
    /// "late": the `position` class of `data/timex/terms.txt`).
    pub(super) fn is_position(&self, idx: usize) -> bool {
        self.term(idx, Class::Position)
            .is_some_and(|(end, _)| end == idx + 1)
    }

    /// Whether word `idx` is a noun whose number names rather than counts
    /// ("Section", "Flight"; the label class of `data/quantities/units.txt`),
    /// capitalised or not.
    pub(super) fn is_label(&self, idx: usize) -> bool {
        let Some(w) = self.words.get(idx) else {
            return false;
        };
        let is_label = |text: &str| {
            units::starting(text)
                .iter()
                .any(|p| p.class == UnitClass::Label && p.word_count() == 1)
        };
        let mut chars = w.text.chars();
        match chars.next() {
            Some(first) if first.is_lowercase() => {
                is_label(&format!("{}{}", first.to_uppercase(), chars.as_str()))
            }
            Some(_) => is_label(w.text),
            None => false,
        }
    }

    /// Whether word `idx` is a capitalised given name of the gazetteer
    /// ("Johnnie", "Grace") that opens a name: no word of the term table
    /// nor a month or weekday ("Last", "May"), nor a people, a faith, a
    /// country or region ("Christian", "Jordan"), nor a city after a
    /// preposition ("in Austin"). After another capitalised word the name
    /// is already whole or the line is in title case ("Pope Francis",
    /// "Queen Elizabeth", "Pilgrims Mark Christmas"), so it opens none.
    pub(super) fn given_name(&self, idx: usize) -> bool {
        let Some(w) = self.words.get(idx) else {
            return false;
        };
        if w.kind != TokenKind::Word
            || w.classes != 0
            || !self.is_capitalised(idx)
            || self.month(idx).is_some()
            || self.weekday(idx).is_some()
            || idx > 0 && self.is_capitalised(idx - 1)
        {
            return false;
        }
        let kinds = self.gazetteer.kinds(w.text);
        let after_preposition = idx > 0 && is_preposition(self.lower(idx - 1));
        kinds.has(Kind::FirstName)
            && !kinds.iter().any(|k| {
                matches!(
                    k,
                    Kind::Group | Kind::Demonym | Kind::Country | Kind::State | Kind::Region
                ) || matches!(k, Kind::City) && after_preposition
            })
    }

    /// Whether the capitalised word at `at`, right after a day or a
    /// season word, makes that word one of a name (`timex.day_in_name`):
    /// in a sentence that is not a headline in title case, the head of a
    /// name of class `name_head` of `data/timex/contexts.txt`: "Times",
    /// "Group", "Agreement", "Games"; not any other capitalised word, as
    /// often a company, an acronym or a surname ("The Friday Senate
    /// vote", "the Tuesday Apple event"), nor "Night".
    pub(super) fn names_with(&self, at: usize) -> bool {
        let Some(w) = self.words.get(at) else {
            return false;
        };
        self.day_in_name
            && !self.title_line
            && w.kind == TokenKind::Word
            && self.is_capitalised(at)
            && self.is_cue(at, Cue::NameHead)
    }

    /// Whether the weekday at `idx` is a word of a name that an article
    /// opens, up to three capitalised words before it, and a capitalised
    /// word of a name follows (`names_with`): "The Sunday Times", "the
    /// Tuesday Group", "the Good Friday Agreement". Not "On Monday
    /// President Obama signed", nor "his Sunday Mass" (AQUAINT dates it).
    pub(super) fn weekday_in_name(&self, idx: usize) -> bool {
        if !self.names_with(idx + 1) {
            return false;
        }
        let mut k = idx;
        while k > 1
            && k + 3 > idx
            && self.words[k - 1].kind == TokenKind::Word
            && self.is_capitalised(k - 1)
            && !is_function_word(self.lower(k - 1))
        {
            k -= 1;
        }
        k > 0 && is_article(self.lower(k - 1))
    }

    pub(super) fn is_capitalised(&self, idx: usize) -> bool {
        self.words
            .get(idx)
            .and_then(|w| w.text.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// Whether the common time word at `idx` (a unit, a day named from
    /// today, a part of the day or a vague reference) is capitalised where
    /// a sentence does not begin, as in a title or a name: ABC's "This
    /// Week", "VOA Today", "60 Minutes", "High Noon".
    pub(super) fn is_title_cased(&self, idx: usize) -> bool {
        // A headline capitalises every word (`timex.title_line`); a title
        // in it is still one inside quotation marks, and a name still one.
        if self.title_line
            && !self.in_quotation(idx)
            && !self.single_quoted.get(idx).copied().unwrap_or(false)
            && !super::name_in_headline(self, idx)
        {
            return false;
        }
        // After a quote, a dash or an abbreviation's period ("Hewlett-Packard
        // Co. Recently, ...") a sentence may begin.
        let opens_sentence = idx == 0
            || self.words.get(idx - 1).is_none_or(|w| {
                matches!(w.kind, TokenKind::Abbreviation(_))
                    || !w.text.starts_with(|c: char| c.is_alphanumeric())
            });
        let common = [
            Class::Unit,
            Class::Deictic,
            Class::Noon,
            Class::Ref,
            Class::Part,
        ]
        .into_iter()
        .any(|class| self.term(idx, class).is_some());
        // "on Saturday Night as crowds came": a part of the day written
        // with a capital after a weekday is still its night, unless a
        // third capitalised word makes a name ("Saturday Night Live",
        // "Monday Night Football").
        let part_of_a_weekday = idx > 0
            && self.weekday(idx - 1).is_some()
            && self.term(idx, Class::Part).is_some_and(|(end, _)| {
                end == idx + 1 && !self.is_capitalised(end) && self.weekday(idx + 1).is_none()
            });
        // Where a sentence may begin (after a quote, or first), "Noon" or "Midnight"
        // before another capitalised word that no time reads (a day, a
        // month, a zone) opens a name: the "Midnight Crew", "Noon Forum".
        let opens_a_name = self.term(idx, Class::Noon).is_some()
            && self.words.get(idx + 1).is_some_and(|w| {
                w.kind == TokenKind::Word
                    && self.is_capitalised(idx + 1)
                    && self.weekday(idx + 1).is_none()
                    && self.month(idx + 1).is_none()
                    && self.term(idx + 1, Class::Zone).is_none()
            });
        // NBC's “Today”, appeared on “Today”, the song “Yesterday”: a
        // capitalised word of a day named from today that is all of a
        // quotation in a title's context is a title (`timex.quoted_title`).
        let whole_quotation =
            self.quoted_title && self.term(idx, Class::Deictic).is_some() && self.quoted_show(idx);
        // "Today Show Host Leaves NBC", "Radio Four's Today Programme": a
        // headline's name where a sentence may begin (`timex.title_line`).
        let headline_name = self.title_line && super::name_in_headline(self, idx);
        let title = !opens_sentence || opens_a_name || whole_quotation || headline_name;
        common && title && self.is_capitalised(idx) && !part_of_a_weekday
    }

    /// Whether the capitalised word at `idx`, all of a quotation
    /// (`a_title`), stands where a title does (`timex.quoted_title`):
    /// after a possessive or an acronym ("NBC's “Today”", "NBC “Today”"),
    /// after a `title_before` word of `data/timex/contexts.txt`, an article
    /// or "of" between ("appeared on “Today”", "the song “Yesterday”",
    /// "host of ''Today''"), or before a `title_after` noun ("the “Today”
    /// show"). Not after a speech verb, a copula or another verb ("the
    /// senator replied “Tomorrow.”", "her answer was “Yesterday.”"), nor
    /// where the sentence or a clause begins ("“Today,” he said").
    pub(super) fn quoted_show(&self, idx: usize) -> bool {
        let mark = |k: usize| matches!(self.words[k].text, "\"" | "'" | "`");
        if !self.a_title(idx) {
            return false;
        }
        // The word before the marks (two of them in ''Today'').
        let Some(before) = (0..idx).rev().find(|&k| !mark(k)) else {
            return false;
        };
        let word = |k: usize| self.words[k].kind == TokenKind::Word;
        let possessive = matches!(self.lower(before), "'s" | "\u{2019}s" | "s'")
            || (word(before) && all_capitals(self.words[before].text));
        let cue_back = |k: usize| word(k) && self.is_cue(k, Cue::TitleBefore);
        let context_before = cue_back(before)
            || (before > 0
                && (is_article(self.lower(before)) || self.is(before, "of"))
                && cue_back(before - 1));
        // The word after the closing marks, none but marks between.
        let after = (idx + 1..self.words.len()).find(|&k| !mark(k));
        let context_after = after.is_some_and(|k| word(k) && self.is_cue(k, Cue::TitleAfter));
        before + 1 < idx && (possessive || context_before || context_after)
    }

    /// Whether words `start..end` are part of a title or a name rather than
    /// a time. Holidays are names of their own ("Election Day").
    pub(super) fn in_title(&self, start: usize, end: usize) -> bool {
        let holiday = (start..end).any(|k| self.term(k, Class::Holiday).is_some());
        !holiday && (start..end).any(|k| self.is_title_cased(k))
    }

    pub(super) fn month(&self, idx: usize) -> Option<u32> {
        let w = self.words.get(idx)?;
        if !self.is_capitalised(idx) {
            return None;
        }
        let month = crate::text::calendar::month_of(w.text)?;
        let is_abbrev = matches!(w.kind, TokenKind::Abbreviation(_));
        // Short forms without their period ("Jan", "Mar") and the months
        // that are also common words need a day, a year or a cue around them.
        let full = w.text.len() > 3 || w.text == "May";
        let needs_context = matches!(w.lower.as_ref(), "may" | "march") || (!full && !is_abbrev);
        if needs_context {
            // A bare short form before a capitalised word is a first name
            // ("Jan Kavan").
            // A day in figures before it dates it too ("20 March", "the
            // 1st May"), not an ordinal word ("the first March for Science").
            let day_before = idx > 0
                && self.words[idx - 1]
                    .text
                    .starts_with(|c: char| c.is_ascii_digit())
                && self.day_number(idx - 1).is_some();
            let prev_ok = idx > 0 && full && (is_month_context(self.lower(idx - 1)) || day_before);
            let next_ok = self.day_number(idx + 1).is_some()
                || self.year_number(idx + 1).is_some()
                || self.joined_to_month(idx);
            if !(prev_ok || next_ok || (full && self.modifies_noun(idx))) {
                return None;
            }
        }
        // The months that are also first names, before a capitalised word
        // and with no day, year or month cue to date them, name a person:
        // "April Mellody", "June Carter", "August Wilson".
        if cue(&w.lower, Cue::GivenName) {
            let surname = self
                .words
                .get(idx + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && self.is_capitalised(idx + 1));
            // An article makes it a modifier ("a June Trump event"); "and"
            // is a cue only after another month ("May and June").
            let prev = if idx > 0 { self.lower(idx - 1) } else { "" };
            let cue = match prev {
                "and" | "or" => {
                    idx > 1 && crate::text::calendar::month_of(self.words[idx - 2].text).is_some()
                }
                _ if is_article(prev) => true,
                _ => is_month_context(prev),
            };
            let dated = cue
                || self.day_number(idx + 1).is_some()
                || self.year_number(idx + 1).is_some()
                || self.joined_to_month(idx);
            if surname && !dated {
                return None;
            }
        }
        Some(month)
    }

    /// Whether the word at `idx` is joined by a dash, in one token, to a
    /// month beside it: "Jan-April", "the July-August Olympics".
    fn joined_to_month(&self, idx: usize) -> bool {
        let w = &self.words[idx];
        w.token != w.span
            && [idx.wrapping_sub(1), idx + 1].into_iter().any(|k| {
                self.words.get(k).is_some_and(|o| {
                    o.token == w.token && crate::text::calendar::month_of(o.text).is_some()
                })
            })
    }

    /// Whether "the March" at `idx` modifies the noun after it ("the March
    /// accession", "the May election") rather than naming an event that
    /// does something ("the March drew thousands").
    pub(super) fn modifies_noun(&self, idx: usize) -> bool {
        let Some(next) = self.words.get(idx + 1) else {
            return false;
        };
        idx > 0
            && self.is(idx - 1, "the")
            && next.kind == TokenKind::Word
            && next.text.len() > 3
            && next.text.starts_with(|c: char| c.is_ascii_lowercase())
            && !next.lower.ends_with("ed")
            // A verb or a clause follows: "the March drew", "the May that".
            && !(is_modal(&next.lower)
                || is_be(&next.lower)
                || is_relative(&next.lower)
                || self.term(idx + 1, Class::Past).is_some()
                || matches!(next.lower.as_ref(), "have" | "also"))
    }

    pub(super) fn weekday(&self, idx: usize) -> Option<(u32, bool)> {
        let w = self.words.get(idx)?;
        if !self.is_capitalised(idx) {
            return None;
        }
        if let Some(day) = crate::text::calendar::weekday_of(w.text) {
            let is_abbrev = matches!(w.kind, TokenKind::Abbreviation(_));
            if w.text.len() <= 4 && !is_abbrev {
                return None;
            }
            return Some((day, false));
        }
        let singular = w.text.strip_suffix('s')?;
        (singular.len() > 5)
            .then(|| crate::text::calendar::weekday_of(singular))
            .flatten()
            .map(|d| (d, true))
    }

    /// A day of the month: "7", "7th", "seventh".
    pub(super) fn day_number(&self, idx: usize) -> Option<u32> {
        let w = self.words.get(idx)?;
        let day = match w.kind {
            TokenKind::Number if w.text.len() <= 2 => w.text.parse().ok()?,
            TokenKind::Word => ordinal_digits(&w.lower).or_else(|| {
                let (v, is_ordinal) = w.number?;
                is_ordinal.then_some(v as u32)
            })?,
            _ => return None,
        };
        (1..=31).contains(&day).then_some(day)
    }

    pub(super) fn year_number(&self, idx: usize) -> Option<i32> {
        let w = self.words.get(idx)?;
        if w.kind != TokenKind::Number || w.text.len() != 4 {
            return None;
        }
        let year: i32 = w.text.parse().ok()?;
        (1000..=2199).contains(&year).then_some(year)
    }

    /// A number at `idx`: digits (with a fraction "2 1/2" and a scale
    /// "1.5 million") or words. Returns its end and value.
    pub(super) fn number(&self, idx: usize) -> Option<(usize, f64)> {
        let w = self.words.get(idx)?;
        if w.kind == TokenKind::Number {
            let mut value = numbers::parse_digits(&w.text.replace(',', ""))
                .or_else(|| numbers::parse_fraction(w.text))?;
            let mut end = idx + 1;
            if let Some(frac) = self
                .words
                .get(end)
                .filter(|n| n.kind == TokenKind::Number)
                .and_then(|n| numbers::parse_fraction(n.text))
            {
                value += frac;
                end += 1;
            }
            if let Some((mult, WordClass::Multiplier)) = number_words().get(self.lower(end)) {
                value *= mult;
                end += 1;
            }
            return Some((end, value));
        }
        // Words in a number begin with a number word, or "a" before a
        // multiplier ("a hundred"); most words are neither.
        if w.number.is_none() && !(is_article(&w.lower) && w.lower != "the") {
            return None;
        }
        let (value, n_words, is_ordinal) =
            numbers::parse_words_from((idx..self.words.len()).take(6).map(|k| self.lower(k)))?;
        if is_ordinal {
            return None;
        }
        let mut end = idx + n_words;
        let mut value = value;
        // "two and a half years".
        if self.and_a_half(end) {
            value += 0.5;
            end += 3;
        }
        Some((end, value))
    }

    /// How many: a number, "a"/"an", or a vague count ("a few", "several").
    /// Returns the end and the value (`None` when vague).
    pub(super) fn count(&self, idx: usize) -> Option<(usize, Option<f64>)> {
        if let Some((mut end, n)) = self.number(idx) {
            // "15-plus years", "the past four-plus months": at least the
            // count, whose value TIMEX3 keeps (`timex.count_plus`).
            if self.count_plus
                && end > idx
                && self.is(end, "plus")
                && self.words[end].token == self.words[end - 1].token
            {
                end += 1;
            }
            // A range "12 to 18 months" is unspecified.
            if matches!(self.lower(end), "to" | "or") {
                if let Some((end2, _)) = self.number(end + 1) {
                    if self.unit(end2).is_some() {
                        return Some((end2, None));
                    }
                }
            }
            return Some((end, Some(n)));
        }
        // "half a century", "half an hour", "a quarter-century", "the
        // past half century".
        if self.is(idx, "half") {
            let at = idx + 1 + usize::from(matches!(self.lower(idx + 1), "a" | "an"));
            if self.is(at, "dozen") {
                return Some((at + 1, Some(6.0)));
            }
            return Some((at, Some(0.5)));
        }
        if matches!(self.lower(idx), "a" | "the")
            && self.is(idx + 1, "quarter")
            && matches!(self.lower(idx + 2), "century" | "centuries")
        {
            return Some((idx + 2, Some(0.25)));
        }
        let mut idx2 = idx;
        if self.is(idx2, "a") {
            idx2 += 1;
        }
        if let Some((end, n)) = self.term(idx2, Class::Vague) {
            // "a couple of years" is two; "a few", "several" say no number.
            return Some((end, n.parse().ok()));
        }
        if self.is(idx, "a") || self.is(idx, "an") {
            if self.is(idx + 1, "half") {
                return Some((idx + 2, Some(0.5)));
            }
            return Some((idx + 1, Some(1.0)));
        }
        None
    }

    /// Whether "and a half" starts at `idx`.
    pub(super) fn and_a_half(&self, idx: usize) -> bool {
        self.is(idx, "and") && self.is(idx + 1, "a") && self.is(idx + 2, "half")
    }

    /// Whether only punctuation (an opening quote) comes before `idx` in
    /// its sentence.
    pub(super) fn opens_sentence(&self, idx: usize) -> bool {
        // Only marks before it, and few of them: a bounded look, so that a
        // run of punctuation does not make every "now" cost its length.
        idx <= 8
            && self.words[..idx]
                .iter()
                .all(|w| !w.text.chars().any(char::is_alphanumeric))
    }
}
