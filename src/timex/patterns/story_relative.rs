//! Times anchored to the story: counted from the last date named rather
//! than from the document date ("that day", "the following year", "that
//! week"), and the day the story is on ("later in the day").

use super::Pattern;
use crate::segment::TokenKind;
use crate::text::calendar::Date;
use crate::text::words::{
    is_article, is_be, is_have, is_modal, is_preposition, is_relative, is_subject_pronoun,
};
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{Class, Cue};
use crate::timex::value::{fmt_month, fmt_week, season_value, Unit};
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.story_relative",
        about: crate::passes::about("a day, week, month, season or year counted from the last date named: that day, that week, the following year, the previous Friday, that summer; later in the day"),
    },
    run: |m, idx, has_the| m.story_relative(idx, has_the),
};

impl Matcher<'_, '_> {
    /// Times anchored to the story rather than to the document date: "that
    /// day", "that same year", "the following month", "the next day", "the
    /// previous year", "the previous Friday", counted from the last date
    /// named (or the document date before any), at the unit's granularity.
    pub(super) fn story_relative(&self, idx: usize, has_the: bool) -> Option<Found> {
        // "The year before, it had closed": a unit and "before" or "after"
        // standing alone are the previous or the following one
        // (`timex.year_before`); the span keeps the adverb.
        let side = if has_the && self.year_before {
            self.unit_then_side(idx)
        } else {
            None
        };
        if side.is_none() && has_the && self.is(idx, "day") {
            return self.the_story_day(idx);
        }
        // "The next year" of a story told in the past counts from the
        // narrative's date, not from an aside's or the day a source spoke.
        let mut of_the_narrative = false;
        let (shift, mut at, tail) = match side {
            Some((shift, tail)) => (shift, idx, tail),
            None => {
                let shift = match self.lower(idx) {
                    "that" => 0,
                    "same" if has_the => 0,
                    "following" if has_the => 1,
                    "next"
                        if has_the
                            && (self.is(idx + 1, "day")
                                || self.term(idx + 1, Class::Part).is_some()
                                || self.term(idx + 1, Class::Season).is_some()) =>
                    {
                        1
                    }
                    "next" if has_the && self.next_of_a_past_story(idx, idx + 1) => {
                        of_the_narrative = true;
                        1
                    }
                    "previous" if has_the => -1,
                    _ => return None,
                };
                (shift, idx + 1, 0)
            }
        };
        if shift == 0 && self.is(at, "same") {
            at += 1;
        }
        let w = self.words.get(at)?;
        // "the following year-end" and "that day-long meeting" are not these.
        if w.token != w.span {
            return None;
        }
        // "The year before last", "the week before last" are deictic, as
        // "last year" is: two back from the document date, whatever year
        // the story is in ("He was born in 1950. Turnout was higher than
        // the year before last", said in 2016: 2014).
        let focus = if of_the_narrative {
            self.past_story_date(idx)
        } else if tail == 2 {
            None
        } else if tail > 0 {
            self.unit_focus(&w.lower, at)
        } else {
            self.state.last_date
        };
        // "The day after, police searched": with no date in focus, no
        // time; never the document date (`timex.year_before`).
        if tail == 1 && focus.is_none() {
            return None;
        }
        let (mut date, mut known) = focus.or_else(|| self.anchor.map(|a| (a, Unit::Day)))?;
        // "up from 3,250 the day before" compares with the day before the
        // story's and leaves the story on its day; "The day after, at 9
        // p.m., police raided" tells what came next and moves it there.
        let keeps = tail > 0 && self.compares_with(idx - 1);
        // "He arrived on Monday. The firm, founded in 1998, hired him the
        // next day": a year or a month named in an aside is coarser than
        // a day and is not the narrative's; a day, a part of a day or a
        // week counts from the narrative's day instead.
        let finer = |w: &str| matches!(w, "day" | "week") || self.weekday(at).is_some();
        if let Some((day, Unit::Day)) = self.state.narrative_date {
            let aside =
                focus.is_some_and(|(_, k)| k < Unit::Day) && focus != self.state.narrative_date;
            if aside
                && !of_the_narrative
                && (finer(&w.lower) || self.term(at, Class::Part).is_some())
            {
                (date, known) = (day, Unit::Day);
            }
        }
        // "the previous Friday", "the following Monday": the weekday
        // before or after the day the story is on.
        if let Some((day, false)) = self.weekday(at).filter(|_| shift != 0) {
            if known < Unit::Day {
                return None;
            }
            let diff = i64::from(day) - i64::from(date.weekday());
            let days = match shift {
                1 if diff > 0 => diff,
                1 => diff + 7,
                _ if diff < 0 => diff,
                _ => diff - 7,
            };
            let date = date.add_days(days).to_string();
            // "the previous Friday evening": a part of that day.
            if let Some(found) = self.with_its_part(at + 1, &date) {
                return Some(found);
            }
            return Found::new(at + 1, "DATE", date);
        }
        // "that summer", "the following spring", "the previous winter": the
        // season of the story's year, or the one after or before it. After
        // a year alone ("in 2010") the season is that year's; after a month
        // or a day, the nearest season of that name, as from the document
        // date. "That" must open the phrase ("That summer, ...", "in that
        // winter"), not join a clause to its verb ("prices that fall").
        if let Some((end, season)) = self.term(at, Class::Season) {
            if self.is(idx, "that") && !self.opens_phrase(idx) {
                return None;
            }
            // "The next Winter Games": a word of a name
            // (`timex.day_in_name`), as after "last" (`timex.relation`).
            if self.is_capitalised(at) && self.names_with(end) {
                return None;
            }
            let value = if known == Unit::Year {
                format!("{:04}-{season}", date.year + shift as i32)
            } else {
                season_value(Some(date), season, shift)
            };
            return Found::new(end, "DATE", value);
        }
        // "That June", "the following March", "lost to Nixon that
        // November": a month of the story's year, or the first one after
        // or the last one before the story's month. After a year alone the
        // following March is the next year's, as a season is. "That" must
        // open the phrase or the month end its clause: "said that March
        // Rubio was" is no time; a day after the month makes a date of
        // its own ("the following March 3").
        // "May" and "March", also a modal and a verb, are months after
        // "that" when the phrase opens the clause and the month ends it
        // ("That May, he left"; not "said that March Rubio").
        let ends_clause = self
            .words
            .get(at + 1)
            .is_none_or(|next| next.kind == TokenKind::Punct);
        let that_month = self.is(idx, "that") && self.opens_phrase(idx) && ends_clause;
        let month = self.month(at).or_else(|| {
            ((shift != 0 || that_month)
                && (w.text.len() > 3 || w.text == "May")
                && self.is_capitalised(at))
            .then(|| crate::text::calendar::month_of(w.text))
            .flatten()
        });
        if let Some(month) = month.filter(|_| self.day_number(at + 1).is_none()) {
            if self.is(idx, "that") && !self.opens_phrase(idx) && !ends_clause {
                return None;
            }
            let year = match (known, shift) {
                (Unit::Year, _) => date.year + shift as i32,
                (_, 0) => date.year,
                (_, 1) if month > date.month => date.year,
                (_, 1) => date.year + 1,
                (_, _) if month < date.month => date.year,
                (_, _) => date.year - 1,
            };
            return Found::new(at + 1, "DATE", fmt_month(year, month));
        }
        // "the next morning", "that night", "the previous evening": a part
        // of the day the story is on, or of the day after or before it.
        if let Some((end, part)) = self.term(at, Class::Part) {
            // Not "you can't do that overnight", an adverb.
            if self.lower(at).ends_with('s') || self.is(at, "overnight") {
                return None;
            }
            // After "in 2008" or "last October", a night of that year or
            // month, not known which.
            let day = match known {
                Unit::Day => date.add_days(shift).to_string(),
                Unit::Month => format!("{:04}-{:02}-XX", date.year, date.month),
                _ => format!("{:04}-XX-XX", date.year),
            };
            // "The night before, rebels gathered": the span keeps its
            // adverb, and a comparison leaves the focus where it was.
            return Found::new(end + tail, "TIME", format!("{day}T{part}"))
                .map(|found| found.keeping_focus_if(keeps));
        }
        // "that week", "the following week": the week of the day the
        // story is on, or the one after or before it.
        if w.lower == "week" {
            // After a year or a month ("In 2015 ... The following week"):
            // a week of that year, not said which, as TimeBank writes an
            // unknown week ("1989-WXX"); still a DATE, not a length.
            // "for the following week", "over the following week": a
            // length, left to the patterns of durations.
            let length = self.week_is_a_length(idx.checked_sub(1 + usize::from(has_the)), at + 1);
            // After a day named, too ("On March 3 they met. Within the
            // following week ..."), with `timex.next_week`.
            if length && self.next_week {
                return None;
            }
            if known < Unit::Day && self.vague_week && !length {
                return Found::new(at + 1 + tail, "DATE", format!("{:04}-WXX", date.year))
                    .map(|found| found.keeping_focus_if(keeps));
            }
            if known < Unit::Day {
                return None;
            }
            return Found::new(at + 1 + tail, "DATE", fmt_week(date.add_days(7 * shift)))
                .map(|found| found.keeping_focus_if(keeps));
        }
        let unit = match w.lower.as_ref() {
            "day" => Unit::Day,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        };
        if known < unit {
            // "that same day" or "the next day" after "last October": a day
            // of that month, not known which.
            // "later that day", "earlier that day" are times however
            // little is known of the day (`timex.later_that`).
            let told = self.later_that && idx > 0 && self.is_cue(idx - 1, Cue::StoryAdverb);
            if shift == 0 && !self.is(at - 1, "same") && !told {
                return None;
            }
            let value = match (unit, known) {
                (Unit::Day, Unit::Month) => format!("{:04}-{:02}-XX", date.year, date.month),
                (Unit::Day, _) => format!("{:04}-XX-XX", date.year),
                _ => format!("{:04}-XX", date.year),
            };
            return Found::new(at + 1 + tail, "DATE", value)
                .map(|found| found.keeping_focus_if(keeps));
        }
        let value = match unit {
            Unit::Day => date.add_days(shift).to_string(),
            Unit::Month => {
                let d = date.add_months(shift as i32);
                fmt_month(d.year, d.month)
            }
            Unit::Year => format!("{:04}", date.year + shift as i32),
        };
        // "from $1.07 the day before" compares with the day before the
        // story's and leaves the story on its day: a second "the day
        // before" is still the same day.
        Found::new(at + 1 + tail, "DATE", value).map(|found| found.keeping_focus_if(keeps))
    }

    /// Whether "the day before", "the year after" at `idx` (the unit, a
    /// `side_unit` of `data/timex/contexts.txt`, or a part of the day:
    /// "the night before") stands alone, not before the event it is
    /// counted from: then the shift of "before" (-1) or "after" (1) and the
    /// words after the unit. Alone is before the end, a punctuation mark,
    /// a preposition ("the day before at a rally", not "of") or a verb it
    /// is the subject of ("the year before had been worse"); "the day
    /// before the debate", "the day before they vote", "the week after
    /// next" count from an event or a day of their own. "The year before
    /// last", "the week before last" alone go two back (not "the day
    /// before last Tuesday", a day of its own).
    pub(super) fn unit_then_side(&self, idx: usize) -> Option<(i64, usize)> {
        let part = || {
            self.term(idx, Class::Part)
                .is_some_and(|(end, _)| end == idx + 1 && !self.lower(idx).ends_with('s'))
        };
        if !self.is_cue(idx, Cue::SideUnit) && !part() {
            return None;
        }
        let shift = match self.lower(idx + 1) {
            "before" => -1,
            "after" => 1,
            _ => return None,
        };
        // "The day after about 200 workers were fired", "the year before
        // as many as 30 died", "than planned": a preposition that opens a
        // count or a comparison opens the event, not an adjunct.
        let opens_event = |k: usize| {
            self.is_cue(k, Cue::EventOpener)
                || self.term(k, Class::Approx).is_some_and(|(end, _)| {
                    self.words
                        .get(end)
                        .is_some_and(|w| w.kind == TokenKind::Number)
                        || self.count(end).is_some()
                })
        };
        // "the day before, during and after the marathon", "the month
        // before, and the month after, the tax change": an object shared
        // after a comma.
        let second =
            idx > 3 && matches!(self.lower(idx - 2), "and" | "or") && self.is(idx - 3, ",");
        let shared = self.is(idx + 2, ",")
            && (second
                || (matches!(self.lower(idx + 3), "and" | "or")
                    && self.is(idx + 4, "the")
                    && matches!(self.lower(idx + 6), "before" | "after"))
                || (matches!(self.lower(idx + 3), "during" | "before" | "after")
                    && matches!(self.lower(idx + 4), "and" | "or" | ",")));
        if shared {
            return None;
        }
        let alone = |k: usize| {
            self.words.get(k).is_none_or(|next| match next.kind {
                TokenKind::Punct => true,
                TokenKind::Word => {
                    (is_preposition(&next.lower) && next.lower != "of" && !opens_event(k))
                        || self.is_cue(k, Cue::PastAux)
                        || is_modal(&next.lower)
                        || is_be(&next.lower)
                        || is_have(&next.lower)
                }
                _ => false,
            })
        };
        // "The quarter before last saw a loss": a verb after "last" too,
        // a lower-case word that names no time ("before last night",
        // "before last year's vote" are times of their own).
        let no_time = |k: usize| {
            self.words.get(k).is_some_and(|w| {
                w.kind == TokenKind::Word
                    && !self.is_capitalised(k)
                    && [Class::Unit, Class::Part, Class::Season, Class::Deictic]
                        .into_iter()
                        .all(|class| self.term(k, class).is_none())
            })
        };
        if shift == -1 && self.is(idx + 2, "last") && (alone(idx + 3) || no_time(idx + 3)) {
            return Some((-2, 2));
        }
        alone(idx + 2).then_some((shift, 1))
    }

    /// The date "the month before", "the week after" (`unit`) count
    /// from (`timex.year_before`). A month or a year counts from the last
    /// date named that knows it, not the day a source spoke ("rose in
    /// January, the office said on Wednesday, after falling the month
    /// before": December), and a year alone gives no month; a week from
    /// the last week named since that date, else from a day that is not
    /// a source's speaking day. A day counts from the last date named,
    /// a speaking day included ("Carson declared Sunday. The day before,
    /// at a rally": Saturday). In a quotation (`at`, the unit, inside
    /// one) a day, a week or a part of a day counts from the time the
    /// source tells of: a day the quotation itself named before it, in
    /// an earlier sentence of it too ("We voted on Friday. The day after,
    /// we counted"), or in the sentence ("We landed on May 3 and the day
    /// after, it rained"); else the story's last day told before the
    /// quotation that no source spoke on ("The storm hit on Friday. \"The
    /// day before, we had no warning\"") and no weekend was told after
    /// ("over the weekend"); never the day the source spoke
    /// ("I disavowed Duke the day before," Trump said Monday: no time).
    fn unit_focus(&self, unit: &str, at: usize) -> Option<(Date, Unit)> {
        let told = self.state.told_date;
        let run = self.quote_runs.get(at).copied().unwrap_or(0);
        match unit {
            _ if run > 0 && !matches!(unit, "month" | "year") => {
                let end = self.state.last_date_end;
                let same_sentence = self.state.since_date == 0
                    && end > 0
                    && end <= self.words.len()
                    && self.in_quotation(end - 1);
                let own = same_sentence || self.state.last_date_run == run;
                let day = |date: Option<(Date, Unit)>| date.filter(|&(_, k)| k == Unit::Day);
                // A weekend told since that day ("Over the weekend, ...")
                // has moved the story off it; a week told as background
                // ("Officials had issued warnings last week") has not, and
                // is the week "the week before" counts from, as outside a
                // quotation ("resigned on Wednesday last week. \"The week
                // before, ...\"").
                if own {
                    day(self.state.last_date)
                } else if self.state.told_weekend {
                    None
                } else if let Some(week) = self.state.told_week.filter(|_| unit == "week") {
                    Some((week, Unit::Day))
                } else {
                    day(self.state.narrative_date)
                }
            }
            "week" => self
                .state
                .told_week
                .map(|day| (day, Unit::Day))
                .or(told.filter(|&(_, k)| k == Unit::Day)),
            "month" => told.filter(|&(_, k)| k >= Unit::Month),
            "year" => told,
            _ => self.state.last_date,
        }
    }

    /// Whether "the" at `the_at` ends a comparison: "than the year
    /// before", "compared with the year before", "up from 3,250 the day
    /// before", "against 0.2% the month before" (a `comparison` word of
    /// `data/timex/contexts.txt`), with an amount, articles, "about" and
    /// one other word between ("up from a record 0.9%", "down from a
    /// revised 2.3%", "up from 0.2% in the month before"); "after" an
    /// amount ("after a 0.2% decline the month before") and "the same as
    /// the month before" compare too. A comparison never moves the focus.
    pub(super) fn compares_with(&self, the_at: usize) -> bool {
        let mut k = the_at;
        if k > 0 && self.is(k - 1, "in") {
            k -= 1;
        }
        let (mut amount_seen, mut free) = (false, false);
        while k > 0 {
            k -= 1;
            let w = &self.words[k];
            let amount = w.kind == TokenKind::Number
                || w.text.starts_with(|c: char| c.is_ascii_digit())
                || matches!(w.text, "$" | "%" | "€" | "£")
                || self.is_cue(k, Cue::AmountWord);
            if amount {
                amount_seen = true;
                continue;
            }
            if self.is_cue(k, Cue::Comparison)
                || (self.is(k, "with") && k > 0 && self.is_cue(k - 1, Cue::Comparison))
                || self.cue_phrase_ends(k, Cue::Comparison)
                || (amount_seen && self.is(k, "after"))
            {
                return true;
            }
            if is_article(w.text) || self.term(k, Class::Approx).is_some() {
                continue;
            }
            // One word of the amount's own: "a record 0.9%", "a 0.2%
            // decline"; not a capital, which may be the subject.
            let word = w.kind == TokenKind::Word
                && w.text.starts_with(|c: char| c.is_lowercase())
                && !is_preposition(&w.lower);
            if word && !free {
                free = true;
                continue;
            }
            return false;
        }
        false
    }

    /// "The next year it reopened", "the next month, sales rose": a year or
    /// a month after the last date named, in a clause told in the past
    /// ("over the next year" still looks ahead from the document date).
    /// The last date may be sentences back ("In 1998 he founded it. It
    /// grew fast. The next year it went public."): a year after the
    /// document's, which the past rules out, would be no better. The day
    /// a source spoke is no such date, and in what a source said ("warned
    /// that the next year was ...") neither is an aside's: with no other,
    /// the next year is the document's (`past_story_date`).
    fn next_of_a_past_story(&self, idx: usize, unit: usize) -> bool {
        // "They met again the next week": the week after the story's
        // day, as "the following week" is (`timex.next_week`).
        // "for the next week", "over the next week" stay lengths.
        let length = self.week_is_a_length(idx.checked_sub(2), unit + 1);
        let week = self.next_week && self.is(unit, "week") && !length;
        (self.is(unit, "year") || self.is(unit, "month") || week)
            && self.past_story_date(idx).is_some()
            && !self.future
            && self.told_in_the_past(idx, unit + 1)
    }

    /// Whether "the next week" or "the following week" is a length, not
    /// the week after the story's day: after a preposition of length or
    /// a verb that spends time ("within the next week", "he spent the
    /// next week in hospital"), or before "or" ("the next week or two").
    /// `before` is the word before "the", `end` the word after "week".
    fn week_is_a_length(&self, before: Option<usize>, end: usize) -> bool {
        before.is_some_and(|k| {
            self.is_cue(k, Cue::LengthPreposition) || self.is_cue(k, Cue::SpanVerb)
        }) || self.is(end, "or")
    }

    /// Whether the word at `idx` opens a phrase: it begins the sentence, or
    /// follows a punctuation mark, a preposition or "later"/"earlier".
    fn opens_phrase(&self, idx: usize) -> bool {
        let Some(prev) = idx.checked_sub(1).map(|k| &self.words[k]) else {
            return true;
        };
        prev.kind == TokenKind::Punct
            || is_preposition(&prev.lower)
            || self.is_cue(idx - 1, Cue::StoryAdverb)
    }

    /// "later in the day", "during the day", "throughout the day": the day
    /// the story is on (the last day named, in this sentence or the one
    /// before, else the document date); "back in the day", long ago, is
    /// the past. Not a day that "of", a clause or a date defines ("in the
    /// day of the attack", "during the day Friday"), nor one word of a
    /// compound ("day-to-day").
    fn the_story_day(&self, idx: usize) -> Option<Found> {
        let w = &self.words[idx];
        let cue = idx > 1 && self.is(idx - 1, "the") && self.is_cue(idx - 2, Cue::StoryDayCue);
        // "the rest of the day", "by the end of the day"; not "at the end
        // of the day", which means "all things considered".
        let part_of_day = idx > 3
            && self.is(idx - 1, "the")
            && self
                .term(idx - 4, Class::Position)
                .is_some_and(|(end, _)| end == idx - 1)
            && !(idx > 4 && self.is(idx - 5, "at") && self.is(idx - 3, "end"));
        // "The day began with long queues": "the day" that opens its
        // sentence as the subject of a verb in the simple past is the day
        // the story is on (`timex.day_subject`). Not with "was" or "had"
        // ("The day was declared a holiday in 1990", "The day had been
        // set"), nor a participle before "to" or "by" ("The day dedicated
        // to", "The day named by"): those tell of the day, not of events.
        let subject = self.day_subject
            && idx == 1
            && self.is(0, "the")
            && !self.is_cue(idx + 1, Cue::PastAux)
            && !matches!(self.lower(idx + 2), "to" | "by")
            && self.words.get(idx + 1).is_some_and(|next| {
                next.kind == TokenKind::Word
                    && (self.term(idx + 1, Class::Past).is_some()
                        || (next.lower.len() > 4
                            && next.lower.ends_with("ed")
                            && !next.lower.ends_with("eed")))
            });
        let only_subject = subject && !cue && !part_of_day;
        let cue = cue || part_of_day || subject;
        let defined = self.words.get(idx + 1).is_some_and(|next| {
            next.kind == TokenKind::Word
                && (next.lower == "of"
                    || is_relative(&next.lower)
                    || self.is_cue(idx + 1, Cue::Signal)
                    || self.weekday(idx + 1).is_some()
                    || self.month(idx + 1).is_some())
        });
        // "through the day he was elected", "the rest of the day she
        // died": a relative clause without "that", unless the phrase opens
        // the sentence ("Later in the day he met reporters").
        let phrase = if part_of_day {
            idx - 4
        } else {
            idx.saturating_sub(2)
        };
        let mut first = phrase;
        while first > 0 && self.is_cue(first - 1, Cue::StoryAdverb) {
            first -= 1;
        }
        let fronted = first == 0 || self.words[first - 1].kind == TokenKind::Punct;
        let clause = !fronted
            && self.words.get(idx + 1).is_some_and(|next| {
                next.kind == TokenKind::Word && is_subject_pronoun(&next.lower)
            });
        if w.token != w.span || !cue || defined || clause {
            return None;
        }
        if idx > 2 && self.is(idx - 2, "in") && self.is(idx - 3, "back") {
            return Found::new(idx + 1, "DATE", "PAST_REF");
        }
        if only_subject {
            // A subject "The day" told in the past is the day the story's
            // narrative has reached: its last day, within a week before the
            // document date, as for clock times (`narrative_day`: not a
            // source's speaking day nor an aside's, and not once one of
            // those names another day; not a day ahead, "Results are due
            // Thursday. The day began"). Else no time: a story that named
            // no such day ("Japan attacked on December 7, 1941. ... The day
            // began quietly") gives the day nothing to be.
            let date = self.recent_narrative_day()?;
            return Found::new(idx + 1, "DATE", date.to_string());
        }
        let date = self.story_day().or(self.anchor)?;
        Found::new(idx + 1, "DATE", date.to_string())
    }
}
