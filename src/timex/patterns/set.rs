//! Frequencies: adverbs, every or each with a unit or a day, and a rate after an amount.

use super::Pattern;
use crate::segment::TokenKind;
use crate::text::numbers::{number_words, WordClass};
use crate::text::words::{is_determiner, is_function_word, is_possessive};
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{cue, Class, Cue};
use crate::timex::value::duration;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.set",
        about: crate::passes::about(
            "frequencies: daily, every Monday, each year, every two weeks, $5 million a year",
        ),
    },
    run: |m, idx, _| m.set_expr(idx),
};

impl Matcher<'_, '_> {
    /// "daily", "every Monday", "each year", "every two weeks", "a year"
    /// after an amount ("$5 a year").
    pub(super) fn set_expr(&self, idx: usize) -> Option<Found> {
        if let Some((end, value)) = self.term(idx, Class::Set) {
            // Capitalised where no sentence begins, a frequency word is part
            // of a name: "Breitbart News Daily", "NBC Nightly News", "the
            // Washington Monthly". A sentence may begin after a quote, a
            // dash or an abbreviation's period ("Daily, ...").
            let opens_sentence = idx == 0
                || self.words.get(idx - 1).is_none_or(|w| {
                    matches!(w.kind, TokenKind::Abbreviation(_))
                        || !w.text.starts_with(|c: char| c.is_alphanumeric())
                });
            // Where a sentence may begin, one capitalised before another
            // capitalised word is a name's first word too: "“Daily
            // Show” host", "Weekly Standard editor Bill Kristol"; not
            // before a day or a month ("Daily Monday through Friday").
            let opens_a_name = self
                .words
                .get(end)
                .is_some_and(|w| w.kind == TokenKind::Word)
                && self.is_capitalised(end)
                && self.month(end).is_none()
                && self.weekday(end).is_none();
            if self.is_capitalised(idx) && (!opens_sentence || opens_a_name) {
                return None;
            }
            // "its quarterly dividend": an adjective, not a time (a
            // company's payment, which TimeBank leaves untagged). But "on a
            // daily basis" is the adverb said at length, and a person's
            // routine ("his weekly radio address", "her daily life") is a
            // recurrence, which TimeML tags as a SET.
            let before = if idx > 0 { self.lower(idx - 1) } else { "" };
            let adjective = cue(before, Cue::CompanyDeterminer);
            // Written small before "of", a frequency word is a noun, a
            // payment or a paper: "declared its initial quarterly of five
            // cents", which TimeBank leaves untagged. (A paper between an
            // owner and its name, "the Communist Party daily Granma", is
            // no time either, but AQUAINT tags half of its own.)
            // A noun opens with a determiner ("its initial quarterly of",
            // "a weekly of"); without one the word is the adverb ("twice
            // daily of course", "meets monthly of its own accord").
            let determined = (idx.saturating_sub(2)..idx).any(|k| is_determiner(self.lower(k)));
            let noun = !self.is_capitalised(idx) && self.is(end, "of") && determined;
            if noun && self.set_noun {
                return None;
            }
            let on_a_basis =
                idx > 1 && self.is(idx - 2, "on") && self.is(idx - 1, "a") && self.is(end, "basis");
            // "the split and quarterly dividend", "daily dividends", "average
            // daily volume", "the daily share turnover": the schedule of a
            // company's payment or the period of a market figure, whatever
            // comes before it.
            let figure = self.is_cue(end, Cue::CompanyFigure)
                || self
                    .words
                    .get(end)
                    .is_some_and(|w| w.kind == TokenKind::Word)
                    && self.is_cue(end + 1, Cue::CompanyFigure);
            return if (adjective || figure) && !on_a_basis {
                None
            } else {
                Found::new(end, "SET", value)
            };
        }
        let first = self.lower(idx);
        let is_every = self.is_cue(idx, Cue::SetQuantifier);
        let is_a = matches!(first, "a" | "an")
            && idx > 0
            && self.words.get(idx - 1).is_some_and(|w| {
                w.kind == TokenKind::Number
                    || cue(&w.lower, Cue::RateAmount)
                    // "$5 million a year".
                    || number_words()
                        .get(&w.lower)
                        .is_some_and(|(_, class)| class == WordClass::Multiplier)
                    // Plurals without an -s: "90 people a day".
                    || cue(&w.lower, Cue::PluralNoun)
                    // "50,000 CDs a year", "four flights a week".
                    || (w.lower.starts_with(|c: char| c.is_alphabetic())
                        && w.lower.len() > 3
                        && w.lower.ends_with('s')
                        && !w.lower.ends_with("ss")
                        && !is_function_word(&w.lower))
            });
        if !(is_every || is_a) {
            return None;
        }
        let mut at = idx + 1;
        // "every single day" is "every day" said with force
        // (`timex.every_single`).
        if self.every_single && is_every && self.is_cue(at, Cue::EveryIntensifier) {
            at += 1;
        }
        // "every other day", and "every single other day" too.
        let other = is_every && self.is(at, "other");
        if other {
            at += 1;
        }
        let (at, n) = match self.count(at).filter(|_| is_every) {
            Some((end, Some(n))) if self.unit(end).is_some() => (end, n),
            _ => (at, 1.0),
        };
        let n = if other { n * 2.0 } else { n };
        if let Some(unit) = self.unit(at) {
            // "people's every day lives", "his every day life": after a
            // possessive and before a noun, the adjective "everyday"
            // written in two words; a SET adverbial takes no possessive.
            // Not "It's every day" ("'s" is "is" after a pronoun), nor a
            // rate before a time ("every day last week") or a participle
            // ("every day looking for work").
            let pronoun_is =
                idx > 1 && self.is(idx - 1, "'s") && is_function_word(self.lower(idx - 2));
            let owned = is_every
                && idx > 0
                && (is_possessive(self.lower(idx - 1)) || self.is(idx - 1, "'s"))
                && !pronoun_is
                && self.words.get(at + 1).is_some_and(|w| {
                    w.lower.starts_with(|c: char| c.is_ascii_lowercase())
                        && !self.is_capitalised(at + 1)
                        && !is_function_word(&w.lower)
                        && !w.lower.ends_with("ing")
                        && !cue(&w.lower, Cue::Deictic)
                })
                && self.term(at + 1, Class::Ref).is_none();
            if self.owned_every && owned {
                return None;
            }
            // "comes a day before Kaine spoke": a span to an anchor, not a
            // rate.
            let to_anchor = self.is_cue(at + 1, Cue::Signal);
            if is_a && to_anchor {
                return None;
            }
            // "prove these mitigators a second time": after "a", "second"
            // is the ordinal, as `counted_unit` reads it; a rate in
            // seconds is written with "per".
            if is_a && unit == "S" {
                return None;
            }
            if unit == "WE" {
                return Found::new(at + 1, "SET", "XXXX-WXX-WE");
            }
            return Found::new(at + 1, "SET", duration(Some(n), unit));
        }
        if !is_every {
            return None;
        }
        if let Some((day, _)) = self.weekday(at) {
            return Found::new(at + 1, "SET", format!("XXXX-WXX-{day}"));
        }
        if let Some(month) = self.month(at) {
            return Found::new(at + 1, "SET", format!("XXXX-{month:02}"));
        }
        if let Some((end, season)) = self.term(at, Class::Season) {
            return Found::new(end, "SET", format!("XXXX-{season}"));
        }
        if let Some((end, part)) = self.term(at, Class::Part) {
            return Found::new(end, "SET", format!("XXXX-XX-XXT{part}"));
        }
        None
    }
}
