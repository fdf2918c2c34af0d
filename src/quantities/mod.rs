//! Numbers with their values and units: CARDINAL, ORDINAL, MONEY, PERCENT and
//! QUANTITY.
//!
//! A token-based matcher like the time layer's: at each number (digits or
//! words) it looks a bounded number of words back for a currency ("$",
//! "NZ $", "€") and ahead for a scale ("million", "bn"), a percent sign or
//! word, a currency word or a unit of measure. Numbers inside time
//! expressions (years, days of the month, "two years") are left to the time
//! layer. Hyphenated words are read in parts, so "32-member" gives the
//! CARDINAL "32".

mod labels;
mod matcher;
mod not_counts;
mod number;
#[cfg(test)]
mod tests;
mod word;

use crate::document::Quantity;
use crate::segment::{Structure, TokenKind};
use crate::text::span::Span;
use crate::{Pass, Switches};
use word::push_words;

/// Finds the quantities of the normalised `text`, skipping numbers inside
/// the time expressions `times` (sorted spans, from the time layer) and
/// inside the names `names` (sorted spans, from the names layer: "Nikkei
/// 225"). Spans are in normalised bytes.
pub fn extract(
    text: &str,
    structure: &Structure,
    times: &[Span],
    names: &[Span],
    switches: &Switches,
) -> Vec<Quantity> {
    let rules = Rules::new(switches);
    let mut out = Vec::new();
    let mut words = Vec::new();
    let mut time_idx = 0;
    let mut name_idx = 0;
    for sentence in &structure.sentences {
        words.clear();
        for token in &structure.tokens[sentence.tokens.clone()] {
            push_words(text, token.span, token.kind, &mut words);
        }
        let mut idx = 0;
        while idx < words.len() {
            let start = words[idx].span.start;
            while time_idx < times.len() && times[time_idx].end <= start {
                time_idx += 1;
            }
            let in_time = rules.skip_times
                && times
                    .get(time_idx)
                    .is_some_and(|t| t.start <= start && start < t.end);
            while name_idx < names.len() && names[name_idx].end <= start {
                name_idx += 1;
            }
            let in_name = rules.skip_names
                && words[idx].kind == TokenKind::Number
                && names
                    .get(name_idx)
                    .is_some_and(|n| n.start <= start && start < n.end);
            if in_time || in_name {
                idx += 1;
                continue;
            }
            if let Some(end) = labels::label_number_end(&words, idx).filter(|_| rules.labels) {
                idx = end;
                continue;
            }
            let Some(mut first) = matcher::match_at(&words, idx, &rules) else {
                idx += 1;
                continue;
            };
            // A range: "90 to 95 percent", "$3 to $5 million", "80-200".
            let mut second = None;
            if let Some(j) = matcher::range_partner(&words, first.1).filter(|_| rules.ranges) {
                let s = words[j].span.start;
                let partner_in_time = rules.skip_times
                    && times[time_idx..]
                        .iter()
                        .take_while(|t| t.start <= s)
                        .any(|t| s < t.end);
                if !partner_in_time {
                    if let Some(m) = matcher::match_at(&words, j, &rules) {
                        second = Some(matcher::join_range(&words, &mut first, m));
                    }
                }
            }
            for (from, to, kind, value, unit) in std::iter::once(first).chain(second) {
                let span = Span::new(words[from].span.start, words[to - 1].span.end);
                out.push(Quantity {
                    start: span.start,
                    end: span.end,
                    text: text[span.range()].to_string(),
                    kind: kind.to_string(),
                    value,
                    unit,
                });
                idx = to;
            }
        }
    }
    out
}

/// The rule passes of this stage, in the order the matcher consults them.
pub const PASSES: &[Pass] = &[
    Pass {
        name: "quantities.skip_times",
        about: crate::passes::about("numbers inside time expressions (\"two years\", \"May 5\") are left to the time layer"),
    },
    Pass {
        name: "quantities.skip_names",
        about: crate::passes::about("a number inside a name is part of it: \"the Nikkei 225\", \"Russell 2000\""),
    },
    Pass {
        name: "quantities.labels",
        about: crate::passes::about("a number that names is no quantity: \"Rule 40\", \"No. 14-915\", \"401(k)\", markup"),
    },
    Pass {
        name: "quantities.signs",
        about: crate::passes::about("\"minus 72\" and \"-7 points\" are negative, a dash opening a list item is not"),
    },
    Pass {
        name: "quantities.false_currency",
        about: crate::passes::about("a currency word that is another word: \"8 Rand Paul\", \"two real choices\", \"the five won\""),
    },
    Pass {
        name: "quantities.weights",
        about: crate::passes::about("\"pounds\" near \"weigh\" or tons are a weight, not money"),
    },
    Pass {
        name: "quantities.pronoun_one",
        about: crate::passes::about("\"one\" the pronoun is no count: \"no one\", \"the one who\", \"a weaker one\""),
    },
    Pass {
        name: "quantities.ranges",
        about: crate::passes::about("ranges share unit and scale: \"90 to 95 percent\", \"$3 to $5 million\""),
    },
];

/// Which of [`PASSES`] are on, read once per document.
pub(crate) struct Rules {
    pub skip_times: bool,
    pub skip_names: bool,
    pub labels: bool,
    pub signs: bool,
    pub false_currency: bool,
    pub weights: bool,
    pub pronoun_one: bool,
    pub ranges: bool,
}

impl Rules {
    fn new(switches: &Switches) -> Rules {
        Rules {
            skip_times: switches.is_on("quantities.skip_times"),
            skip_names: switches.is_on("quantities.skip_names"),
            labels: switches.is_on("quantities.labels"),
            signs: switches.is_on("quantities.signs"),
            false_currency: switches.is_on("quantities.false_currency"),
            weights: switches.is_on("quantities.weights"),
            pronoun_one: switches.is_on("quantities.pronoun_one"),
            ranges: switches.is_on("quantities.ranges"),
        }
    }
}

/// The rule passes of this stage, in the order the matcher consults them.
pub fn passes() -> impl Iterator<Item = &'static Pass> {
    PASSES.iter()
}
