//! Which dates the story is at: a date of the narrative, as against one of
//! an aside or the day a source spoke, for "the next year" told in the
//! past.

use super::matcher::Matcher;
use super::terms::{Class, Cue};
use super::value::Unit;
use crate::segment::{Token, TokenKind};
use crate::text::calendar::Date;
use crate::text::words::{is_determiner, is_preposition, is_relative};

/// How many words back from a date an aside's opening comma may be, and
/// how many words on its closing one: a participle phrase or a relative
/// clause is short ("founded in 1998", "which opened in May 2009").
const ASIDE_REACH: usize = 8;

/// How many days before the document date the story's first day may be
/// for a quotation's "today" to be that day (`timex.quote_day`): a story
/// of yesterday's or the day before's event quotes what was said at it;
/// one that leads with a day a week back (an interview on Sunday that
/// names last Monday's debate first) is mostly quoting today's words.
const QUOTE_DAY_REACH: i64 = 2;

/// How many words back from "on" + a weekday a reporting verb may be for
/// the day to be when its source spoke ("wrote on her page on Sunday").
const VERB_CLAUSE: usize = 8;

/// What the words of a sentence outside its quotations tell of when a
/// quotation in it was said (`timex.quote_day`).
#[derive(Clone, Copy, Default)]
pub(super) struct Frame {
    /// A reporting verb in the past ("said", "told", "added").
    pub(super) past: bool,
    /// A reporting verb in the present ("says", "tells", "adds"): the
    /// source speaks at the document's time.
    pub(super) present: bool,
    /// The time the sentence names outside its quotations.
    pub(super) time: Said,
    /// Whether the sentence opens with a quotation mark: a quotation that
    /// is the sentence, which may go on with the last source's words.
    pub(super) opens_quote: bool,
}

/// The time a sentence names outside its quotations.
#[derive(Clone, Copy, Default, PartialEq)]
pub(super) enum Said {
    /// None.
    #[default]
    Nothing,
    /// Only a day, at the reporting verb ("said Tuesday", "told
    /// reporters yesterday") or opening the sentence ("On Tuesday, the
    /// mayor said"): the day the source spoke.
    Day(Date),
    /// Another time, or more than one ("this morning", "last week", "in
    /// an interview on Tuesday"): when the source spoke is not the
    /// story's first day.
    Other,
}

impl Frame {
    /// The frame of a sentence whose own words outside its quotations
    /// are `self`, given `attributed`, the frame of the paragraph's last
    /// sentence with a reporting verb (updated). A quotation of a
    /// sentence with no reporting verb of its own ("\"...,\" he said.
    /// \"Tonight, I ask you ...\""; "boomed, \"Today, you proved ...\"")
    /// was said as that sentence's was, or, when none came before in the
    /// paragraph, in the past of the story: a quotation that opens a
    /// paragraph mostly names its speaker, in the past, at its end.
    pub(super) fn attributed(self, attributed: &mut Option<Frame>) -> Frame {
        if self.past || self.present {
            *attributed = Some(self);
            return self;
        }
        // A sentence of narrative that names a time of its own ("At a
        // rally this morning, ...") moves the paragraph on from the last
        // source's day, and its own quotation was said then.
        if self.time != Said::Nothing {
            *attributed = Some(self);
            return self;
        }
        // A quotation inside a sentence of narrative (a memo's words, a
        // sign's: "The new memo is blunt: \"...\"") is no source's
        // speech going on.
        if !self.opens_quote && attributed.is_some() {
            return self;
        }
        let before = attributed.unwrap_or(Frame {
            past: true,
            ..Frame::default()
        });
        before.and(self)
    }

    /// The frame of a quotation that runs on from `self` into a sentence
    /// whose own words outside it frame `other`.
    pub(super) fn and(self, other: Frame) -> Frame {
        let time = match (self.time, other.time) {
            (Said::Nothing, t) | (t, Said::Nothing) => t,
            _ => Said::Other,
        };
        Frame {
            past: self.past || other.past,
            present: self.present || other.present,
            time,
            opens_quote: other.opens_quote,
        }
    }
}

/// Which tokens of `range` are inside a quotation, from `depth` open
/// quotations where it begins (left at its end). A mark opens by the
/// quotes layer's own rule (`quotes::marks::opens`: at a paragraph's
/// start, or after a space, a bracket or a dash), unless a quotation is
/// open and the text before the mark ends a clause (`"'outreach,' "`), as
/// `quotes::marks::pair_marks` reads it; any other mark closes. Two
/// apostrophes or backquotes in a row (the New York Times, the wires) are
/// a mark, as `quotes::marks::ascii_doubles` reads them. Unlike the
/// quotes layer, a mark that opens inside a quotation opens a nested one
/// (the in-word `''n''` of "rock ''n'' roll"), whose closing mark leaves
/// the outer one open; and a mark with a space after it closes, which
/// the quotes layer would read as opening (`"categorically " rejects`).
/// The marks themselves are outside.
pub(super) fn quoted_tokens(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    depth: &mut u8,
) -> Vec<bool> {
    let raw = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let joined = |i: usize| {
        tokens
            .get(i + 1)
            .is_some_and(|t| t.span.start == tokens[i].span.end)
    };
    let mut out = Vec::with_capacity(range.len());
    let mut open_end = None;
    let mut i = range.start;
    while i < range.end {
        let double = matches!(raw(i), "'" | "`")
            && raw(i + 1) == raw(i)
            && joined(i)
            && !(raw(i + 2) == raw(i) && joined(i + 1))
            && !(i > 0 && raw(i - 1) == raw(i) && joined(i - 1));
        if raw(i) != "\"" && !double {
            out.push(*depth > 0);
            i += 1;
            continue;
        }
        let last = i + usize::from(double);
        let after_end = text[..tokens[i].span.start]
            .trim_end()
            .ends_with(['\'', ',', '.', '!', '?']);
        // A mark with a space after it opens nothing (`"categorically "
        // rejects`).
        let spaced = !joined(last);
        if crate::quotes::marks::opens(text, tokens, i) && !spaced && !(*depth > 0 && after_end) {
            *depth = (*depth + 1).min(2);
            open_end = Some(tokens[last].span.end);
        } else if open_end != Some(tokens[i].span.start) {
            // Not a mark pasted right after the opening one.
            *depth = depth.saturating_sub(1);
        }
        out.extend(std::iter::repeat_n(false, last.min(range.end - 1) + 1 - i));
        i = last + 1;
    }
    out
}

impl Matcher<'_, '_> {
    /// The day a quotation's "today", "tonight" or "yesterday" at `idx`
    /// counts from (`timex.quote_day`). TIMEX3 anchors such a word on when
    /// it was said. A sentence that names, outside its quotations, only
    /// the day at its reporting verb ("\"Today I sent the letter,\" Smith
    /// said on Thursday") was said that day; one that names another time
    /// ("this morning", "last week"), or reports in the present ("says"),
    /// at the document's time. One that names none and reports in the
    /// past ("the coach said") speaks of the event the story reports: its
    /// first day named, when that is one or two days before the document
    /// date ("we learned a lot from today's game" in a story of
    /// yesterday's match).
    pub(super) fn quote_day(&self, idx: usize) -> Option<Date> {
        if !(self.state.quote_day && self.in_quotation(idx)) || self.a_title(idx) {
            return None;
        }
        let frame = self.frame;
        if frame.present {
            return None;
        }
        match frame.time {
            Said::Day(day) => return Some(day),
            Said::Other => return None,
            Said::Nothing if !frame.past => return None,
            Said::Nothing => {}
        }
        let day = self.state.first_day?;
        let anchor = self.anchor?;
        (day < anchor && day >= anchor.add_days(-QUOTE_DAY_REACH)).then_some(day)
    }

    /// Whether word `idx` is all a quotation holds, marks right around
    /// it: a title or a name ("the \"Today\" show"), not what was said.
    pub(super) fn a_title(&self, idx: usize) -> bool {
        let mark = |k: usize| {
            self.words
                .get(k)
                .is_some_and(|w| matches!(w.text, "\"" | "'" | "`"))
        };
        let punct = |k: usize| {
            self.words
                .get(k)
                .is_some_and(|w| w.kind == TokenKind::Punct && !mark(k))
        };
        // A comma after it, then an attribution and the quotation going on
        // ("\"Today,\" the mayor said, \"we rebuild.\""): what was said,
        // where a title's comma goes on with the sentence ("in charge of
        // ''Today,'' reminded his staff").
        let comma = self.words.get(idx + 1).is_some_and(|w| w.text == ",")
            && (idx + 3..(idx + 7).min(self.words.len()))
                .any(|j| self.reports(j) && self.is(j + 1, ",") && mark(j + 2));
        idx > 0 && mark(idx - 1) && (mark(idx + 1) || punct(idx + 1) && !comma && mark(idx + 2))
    }

    /// Whether word `idx` is inside a quotation (`quoted_tokens`).
    pub(super) fn in_quotation(&self, idx: usize) -> bool {
        self.quoted.get(idx).copied().unwrap_or(false)
    }

    /// The frame of the sentence's quotations: its reporting verbs and
    /// the times it names, outside them.
    pub(super) fn read_frame(&self) -> Frame {
        let mut frame = Frame {
            opens_quote: self
                .words
                .first()
                .is_some_and(|w| matches!(w.text, "\"" | "'" | "`")),
            ..Frame::default()
        };
        // A cue of the future outside the quotations ("will meet on
        // Monday"), not one the source spoke.
        let future = (0..self.words.len()).any(|k| {
            !self.in_quotation(k)
                && self
                    .term(k, Class::Future)
                    .is_some_and(|(_, v)| v == "sentence")
        });
        for k in 0..self.words.len() {
            if self.in_quotation(k) {
                continue;
            }
            if self.reports(k) {
                if self.in_ed(k) || self.term(k, Class::Past).is_some() {
                    frame.past = true;
                } else if self.lower(k).ends_with('s') {
                    frame.present = true;
                }
            }
            // "Tuesday night" is one time.
            if k > 0 && self.weekday(k - 1).is_some() && self.term(k, Class::Part).is_some() {
                continue;
            }
            let Some(time) = self.names_a_time(k, future) else {
                continue;
            };
            frame.time = match frame.time {
                Said::Nothing => time,
                _ => Said::Other,
            };
        }
        frame
    }

    /// Whether word `k` names a time, and the day it is when it is a
    /// weekday or "today", "yesterday" at a reporting verb or opening the
    /// sentence, or a weekday after "on" in a sentence told in the past
    /// ("an email sent out on Tuesday night warned"): a weekday, a month, a deictic, a part of the day, a unit
    /// ("last week", "two weeks ago"), a fuzzy time ("recently"), a
    /// season, a holiday, a clock time or a year.
    fn names_a_time(&self, k: usize, future: bool) -> Option<Said> {
        let w = &self.words[k];
        let weekday = self.weekday(k).filter(|&(_, plural)| !plural);
        let deictic = self.term(k, Class::Deictic);
        let year = w.kind == TokenKind::Number
            && w.text.len() == 4
            && w.text
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y));
        let other = [
            Class::Part,
            Class::Unit,
            Class::Ref,
            Class::Season,
            Class::Holiday,
            Class::Noon,
            Class::Meridiem,
        ]
        .iter()
        .any(|&class| self.term(k, class).is_some());
        if weekday.is_none() && deictic.is_none() && self.month(k).is_none() && !other && !year {
            return None;
        }
        let on = usize::from(k > 0 && self.is(k - 1, "on"));
        let opens = k == on && self.is(k + 1, ",");
        // A reporting verb outside the quotations at most `reach` words
        // before the time (or its "on"), only words between.
        let verb_within = |reach: usize| {
            (1..=reach).any(|back| {
                (k - on).checked_sub(back).is_some_and(|j| {
                    self.reports(j)
                        && !self.in_quotation(j)
                        && (j + 1..k - on).all(|i| self.words[i].kind == TokenKind::Word)
                })
            })
        };
        let at_verb = verb_within(2);
        let Some(anchor) = self.anchor else {
            return Some(Said::Other);
        };
        let day = match (weekday, deictic) {
            (Some((wd, _)), _) => {
                Some(anchor.add_days(-(i64::from(anchor.weekday()) - i64::from(wd)).rem_euclid(7)))
            }
            (None, Some((end, days))) if end == k + 1 && !self.is(end, "'s") => days
                .parse::<i64>()
                .ok()
                .filter(|&d| d <= 0)
                .map(|d| anchor.add_days(d)),
            _ => None,
        };
        // "on" + weekday dates the speaking in the reporting verb's own
        // words ("wrote on her page on Sunday:"), or away from them as
        // near as the story's first day may be ("an email sent out on
        // Tuesday night warned"); after a comma, a farther one dates
        // something else ("said the mayor, whose house flooded on
        // Friday"). At most `VERB_CLAUSE` words back, so that a sentence
        // without commas costs no more than that, squared, per time.
        let on_a_day = on == 1
            && !future
            && weekday.is_some()
            && (day.is_some_and(|d| d >= anchor.add_days(-QUOTE_DAY_REACH))
                || verb_within(VERB_CLAUSE));
        Some(match day {
            Some(day) if at_verb || opens || on_a_day => Said::Day(day),
            _ => Said::Other,
        })
    }

    /// Whether the date at `start..end` sits in an aside set off by
    /// commas: a participle phrase ("The company, founded in 1998,
    /// warned", "Smith, speaking on Monday, said") or a relative clause
    /// ("the plant, which closed in 2009, ..."), closed by a comma. A
    /// phrase that opens the sentence ("Founded in 1998, the company ...")
    /// or ends it ("He joined in 2001, leaving in 2004.") goes on with the
    /// narrative, and is no aside.
    pub(super) fn in_aside(&self, start: usize, end: usize) -> bool {
        let mut comma = None;
        for k in (start.saturating_sub(ASIDE_REACH)..start).rev() {
            match self.lower(k) {
                "," => {
                    comma = Some(k);
                    break;
                }
                ";" | ":" | "." | "(" | ")" | "\"" | "\u{201c}" | "\u{201d}" => return false,
                _ => {}
            }
        }
        let Some(comma) = comma else {
            return false;
        };
        if comma == 0 || !self.opens_an_aside(comma + 1) {
            return false;
        }
        (end..end + ASIDE_REACH)
            .map_while(|k| self.words.get(k))
            .find(|w| w.kind == TokenKind::Punct)
            .is_some_and(|w| w.lower == ",")
    }

    /// Whether word `k` opens a participle phrase ("founded in 1998",
    /// "speaking on Monday") or a relative clause ("who spoke on Monday");
    /// not a preposition in -ing ("during") nor a part of the day
    /// ("evening").
    fn opens_an_aside(&self, k: usize) -> bool {
        let Some(w) = self.words.get(k) else {
            return false;
        };
        if w.kind != TokenKind::Word || self.is_capitalised(k) {
            return false;
        }
        let lower = w.lower.as_ref();
        if is_relative(lower) {
            return lower != "that";
        }
        let in_ing = lower.len() > 5 && lower.ends_with("ing");
        (in_ing || self.in_ed(k) || self.term(k, Class::Past).is_some())
            && !is_preposition(lower)
            && self.term(k, Class::Part).is_none()
    }

    /// The date "the next year" at `idx` ("next") counts from in a story
    /// told in the past. Right after a reporting verb ("warned that the
    /// next year was ...", "said Monday the next year ...") the phrase is
    /// the source's, who speaks at the document's time: only a date of
    /// the narrative stands, not an aside's. Elsewhere the narrative goes
    /// on from the last date told, an aside's too ("The company, founded
    /// in 1998, went public the next year").
    pub(super) fn past_story_date(&self, idx: usize) -> Option<(Date, Unit)> {
        if self.reported_from(idx.saturating_sub(1)) {
            self.state.narrative_date
        } else {
            self.state.told_date
        }
    }

    /// Whether the phrase at `start` opens what a source said: a reporting
    /// verb right before it, with "that" and the day the source spoke
    /// between at most ("said", "warned that", "said on Monday that").
    fn reported_from(&self, start: usize) -> bool {
        let mut k = start;
        if k > 0 && self.is(k - 1, "that") {
            k -= 1;
        }
        if k > 0 && self.weekday(k - 1).is_some() {
            k -= 1;
            if k > 0 && self.is(k - 1, "on") {
                k -= 1;
            }
        }
        k > 0 && self.reports(k - 1)
    }

    /// Whether the day at `start` is when a source spoke: right after a
    /// reporting verb, with "on" or one word between at most ("said
    /// Monday", "told reporters on Tuesday"). A year or a month after one
    /// ("announced in 2009") is the news reported, and stays.
    pub(super) fn reporting_time(&self, start: usize, known: Unit) -> bool {
        if known != Unit::Day {
            return false;
        }
        let mut k = start;
        if k > 0 && self.is(k - 1, "on") {
            k -= 1;
        }
        // "told NBC's “Today” on Monday": a show's title quoted whole, and
        // its owner's possessive, stand where an object would
        // (`timex.quoted_title`).
        if self.quoted_title && k > 3 && self.a_title(k - 2) && self.is_title_cased(k - 2) {
            k -= 3;
            if k > 1 && self.is(k - 1, "'s") {
                k -= 1;
            }
        }
        (1..=2).any(|back| {
            k.checked_sub(back).is_some_and(|j| {
                self.reports(j) && (j + 1..k).all(|i| self.words[i].kind == TokenKind::Word)
            })
        })
    }

    /// The year the text sets the story in at `idx`, for a month or a day
    /// without a year (`timex.scene_year`): a year that opens the sentence
    /// ("In 2019, the firm hired 200 people; in March ..."), a year before
    /// an event's noun whose verb of taking place dates the month ("The
    /// 2022 tournament ended in November"), or the year the sentence
    /// before set ("In 2019, ... . In March it opened a plant"). Not when
    /// another year's date was named in the sentence before `idx`, nor,
    /// for an earlier year than the document's, in a sentence that speaks
    /// of the future, nor for a later one in a sentence that does not, nor
    /// after the sentence came to the present ("it now has 200"); the
    /// sentence before counts only in the same paragraph, and not when
    /// its scene was a quotation's. A year elsewhere names no scene: TimeBank dates "In
    /// September" after "doubling its profits since 1980." in the
    /// document's year, and AQUAINT "In January" after "dating to 1994.".
    pub(super) fn scene_for(&self, idx: usize) -> Option<i32> {
        if !self.scene_year || self.caption || self.state.scene_left {
            return None;
        }
        // A quotation's attribution ("...," she said in March) dates when
        // the source spoke, in no scene.
        let attribution = idx >= 2
            && self.is(idx - 1, "in")
            && self.reports(idx - 2)
            && (0..idx).any(|k| self.in_quotation(k));
        if attribution {
            return None;
        }
        let year = self
            .opener_year()
            .filter(|&(_, end)| end <= idx)
            .map(|(y, _)| y)
            .or_else(|| self.event_year(idx))
            .or(self.state.scene_before)?;
        let other =
            self.state.since_date == 0 && self.state.last_date.is_some_and(|(d, _)| d.year != year);
        let ahead = self.future || self.future_near(idx);
        let earlier = self.anchor.is_some_and(|a| year < a.year);
        let later = self.anchor.is_some_and(|a| year > a.year);
        let blocked = other || (earlier && ahead) || (later && !ahead);
        (!blocked).then_some(year)
    }

    /// The year that opens the sentence, "In", "During" or "Throughout"
    /// and a position at most before it ("In 2019,", "In late 2019,"), and
    /// the word after it; no year of a range ("In 2019-20, ...").
    pub(super) fn opener_year(&self) -> Option<(i32, usize)> {
        let mut k = usize::from(self.words.first()?.kind != TokenKind::Word);
        if !matches!(self.lower(k), "in" | "during" | "throughout") {
            return None;
        }
        k += 1;
        if let Some((end, _)) = self
            .term(k, Class::Position)
            .filter(|&(end, _)| end == k + 1)
        {
            k = end;
        }
        // What a quotation opens with is its speaker's scene.
        let year = self.year_number(k).filter(|_| !self.in_quotation(k))?;
        let ranged = self
            .words
            .get(k + 1)
            .is_some_and(|w| w.token == self.words[k].token);
        // The year ends the opener: a comma, or a clause that begins with
        // a name, an article or a pronoun ("In 2019 the firm", "In 2019
        // Smith"); a noun it qualifies goes on ("In 2019 dollars", "In
        // 2020 elections", "In 2019's budget").
        let next = self.words.get(k + 1)?;
        let ends = next.text == ","
            || next.text.starts_with(|c: char| c.is_uppercase())
            || matches!(
                next.lower.as_ref(),
                "the"
                    | "a"
                    | "an"
                    | "he"
                    | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "there"
                    | "this"
                    | "these"
                    | "those"
            );
        (!ranged && ends).then_some((year, k + 1))
    }

    /// The year before an event's noun ("the 2022 tournament", "its 2019
    /// congress", "the 2026 World Cup", at most two words after the year;
    /// `event_noun` of `data/timex/contexts.txt`) when a verb of the event
    /// taking place (`event_verb`: began, ended, was held) stands between
    /// it and `idx` in one clause, the year at most 12 words back. A count
    /// before a plural noun ("The 2000 workers began a strike") is no
    /// year, nor one before another noun ("The 2019 agreement ended").
    fn event_year(&self, idx: usize) -> Option<i32> {
        let first = idx.saturating_sub(12).max(1);
        let k = (first..idx.saturating_sub(2)).rev().find(|&k| {
            self.year_number(k).is_some()
                && is_determiner(self.lower(k - 1))
                && self.words[k + 1].kind == TokenKind::Word
                && self.month(k + 1).is_none()
        })?;
        let head = (k + 1..(k + 4).min(idx))
            .take_while(|&j| self.words[j].kind == TokenKind::Word)
            .find(|&j| self.is_cue(j, Cue::EventNoun))?;
        let after = self.lower(k + 1);
        if head > k + 1 && after.ends_with('s') && !after.ends_with("ss") {
            return None;
        }
        let clause = (head + 1..idx).all(|j| !matches!(self.lower(j), ";" | ":" | "." | "that"));
        let takes_place = (head + 1..idx).any(|j| self.is_cue(j, Cue::EventVerb));
        (clause && takes_place)
            .then(|| self.year_number(k))
            .flatten()
    }
}
