//! The matcher: a quantity at a word (currency before, number, then a
//! percent, currency or unit after), its sign, and ranges ("90 to 95
//! percent"). The rule passes it consults are switched by [`Rules`].

use super::not_counts::{false_currency, is_pronoun_one, weighs};
use super::number::{number_at, span_scale};
use super::word::{is, unit_at, CountClass, UnitClass, Word};
use super::Rules;
use crate::segment::TokenKind;

/// Where the second number of a range starts when one follows the match
/// ending at `end`: "to", a hyphen inside the word ("80-200") or a dash
/// written close ("$5–$10").
pub(super) fn range_partner(words: &[Word], end: usize) -> Option<usize> {
    let w = words.get(end)?;
    let starts_number = |k: usize| {
        words.get(k).is_some_and(|x| {
            x.kind == TokenKind::Number
                || x.text.starts_with(|c: char| c.is_ascii_digit())
                || unit_at(words, k, &[UnitClass::Currency])
                    .is_some_and(|(e, _)| words.get(e).is_some_and(|y| y.kind == TokenKind::Number))
        })
    };
    let prev_end = words[end - 1].span.end;
    let j = if w.joined {
        end
    } else if w.lower == "to" {
        end + 1
    } else if matches!(w.text, "-" | "–") && w.span.start == prev_end {
        let next = words.get(end + 1)?;
        (next.span.start == w.span.end).then_some(end + 1)?
    } else {
        return None;
    };
    starts_number(j).then_some(j)
}

/// Gives the first number of a range the unit and scale of the second
/// ("90 to 95 percent", "$3 to $5 million", "$5-10 billion"), and the
/// second the currency of the first. Returns the second.
pub(super) fn join_range(words: &[Word], first: &mut Match, mut second: Match) -> Match {
    let scale1 = span_scale(words, first.0, first.1);
    let scale2 = span_scale(words, second.0, second.1);
    let rescale = |m: &mut Match| {
        if scale1 == 1.0 && scale2 > 1.0 {
            m.3 = m.3.map(|v| v * scale2);
        }
    };
    match (first.2, second.2) {
        ("CARDINAL", "PERCENT" | "QUANTITY" | "MONEY") => {
            first.2 = second.2;
            first.4.clone_from(&second.4);
            rescale(first);
        }
        ("CARDINAL", "CARDINAL") => rescale(first),
        ("MONEY", "MONEY") if first.4 == second.4 => rescale(first),
        ("MONEY", "CARDINAL") => {
            rescale(first);
            second.2 = "MONEY";
            second.4.clone_from(&first.4);
        }
        _ => {}
    }
    second
}

pub(super) type Match = (usize, usize, &'static str, Option<f64>, Option<String>);

/// A match at `idx`, negative after "minus", "negative" or a minus sign
/// written against the number ("-7 points", "(-3)"), not a hyphen.
pub(super) fn match_at(words: &[Word], idx: usize, rules: &Rules) -> Option<Match> {
    let mut m = match_unsigned(words, idx, rules)?;
    if !rules.signs {
        return Some(m);
    }
    if idx == 0 || words[idx].joined || m.2 == "ORDINAL" {
        return Some(m);
    }
    let p = &words[idx - 1];
    // Not a dash opening a list item ("-One poll"), nor the "minus" of
    // "plus or minus 3" and "+/-3", a margin, nor "a negative one" / "a
    // negative 42%-49% rating", an adjective.
    let before = |k: usize| (idx > k).then(|| &words[idx - 1 - k]);
    let digits = words[idx].text.starts_with(|c: char| c.is_ascii_digit());
    let sign_glued = matches!(p.text, "-" | "−")
        && digits
        && p.span.end == words[idx].span.start
        && before(1).is_none_or(|w| w.span.end < p.span.start || matches!(w.text, "(" | "["));
    let sign_word = matches!(p.lower.as_ref(), "minus" | "negative")
        && words[idx].lower != "one"
        && before(1)
            .is_none_or(|w| w.kind != TokenKind::Number && !is(&w.lower, CountClass::SignBlocker));
    if sign_glued || sign_word {
        m.0 = idx - 1;
        m.3 = m.3.map(|v| -v);
    }
    Some(m)
}

fn match_unsigned(words: &[Word], idx: usize, rules: &Rules) -> Option<Match> {
    // A currency before the number: "$5", "NZ $ 26 million", "€3bn".
    let mut at = idx;
    let mut currency = None;
    if let Some((end, entry)) = unit_at(words, at, &[UnitClass::Prefix]) {
        if let Some((end2, cur)) = unit_at(words, end, &[UnitClass::Currency]) {
            // A one-letter prefix is glued to its symbol ("A$15"): "A $15
            // Minimum Wage" opens with the article.
            let glued = words[at].text.len() > 1 || words[at].span.end == words[end].span.start;
            if words[end].kind != TokenKind::Word && glued {
                let _ = cur;
                currency = Some(entry.value);
                at = end2;
            }
        }
    }
    if currency.is_none() {
        if let Some((end, entry)) = unit_at(words, at, &[UnitClass::Currency]) {
            // Only symbols and codes come before the amount.
            let w = &words[at];
            let is_symbol_or_code =
                w.kind != TokenKind::Word || w.text.chars().all(|c| c.is_ascii_uppercase());
            if is_symbol_or_code && number_at(words, end).is_some() {
                currency = Some(entry.value);
                at = end;
            }
        }
    }
    let (end, value, is_ordinal) = number_at(words, at)?;
    // "one" and "first" stand alone too often as pronoun or adverb to be
    // worth a quantity only by themselves; keep them when a unit follows.
    if let Some(code) = currency {
        return Some((idx, end, "MONEY", Some(value), Some(code.to_string())));
    }
    if is_ordinal {
        return Some((idx, end, "ORDINAL", Some(value), None));
    }
    if let Some((e, entry)) = unit_at(words, end, &[UnitClass::Percent, UnitClass::Point]) {
        let unit = match entry.class {
            UnitClass::Point => entry.value,
            _ => "percent",
        };
        return Some((idx, e, "PERCENT", Some(value), Some(unit.to_string())));
    }
    if let Some((e, entry)) = unit_at(words, end, &[UnitClass::Currency]) {
        if words[end].kind == TokenKind::Word
            && !(rules.false_currency && false_currency(words, idx, end, e, value))
        {
            if matches!(words[end].lower.as_ref(), "pound" | "pounds")
                && rules.weights
                && weighs(words, idx, e)
            {
                return Some((idx, e, "QUANTITY", Some(value), Some("lb".to_string())));
            }
            return Some((idx, e, "MONEY", Some(value), Some(entry.value.to_string())));
        }
    }
    if let Some((e, entry)) = unit_at(words, end, &[UnitClass::Unit]) {
        return Some((
            idx,
            e,
            "QUANTITY",
            Some(value),
            Some(entry.value.to_string()),
        ));
    }
    if end == idx + 1
        && words[idx].lower == "one"
        && rules.pronoun_one
        && is_pronoun_one(words, idx)
    {
        return None;
    }
    Some((idx, end, "CARDINAL", Some(value), None))
}
