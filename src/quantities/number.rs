//! Reading a number at a word: digits, number words, fractions ("two-thirds",
//! "a third of"), multipliers ("half a dozen", "3bn") and the scale of a
//! matched span.

use super::word::{is, CountClass, Word};
use crate::segment::TokenKind;
use crate::text::numbers::{self, number_words, WordClass};
use crate::text::words::is_article;

/// A number at `idx`: digits (with a glued scale, "3bn"), a fraction, or
/// words; then a scale word ("million"). Returns its end, value and
/// whether it is an ordinal.
pub(super) fn number_at(words: &[Word], idx: usize) -> Option<(usize, f64, bool)> {
    let w = words.get(idx)?;
    let lex = number_words();
    let (mut end, mut value, is_ordinal) = match w.kind {
        TokenKind::Number => {
            let v = numbers::parse_digits(w.text).or_else(|| numbers::parse_fraction(w.text))?;
            (idx + 1, v, false)
        }
        TokenKind::Word => {
            let digits_len = w
                .text
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',')
                .count();
            if digits_len > 0 {
                let (digits, suffix) = w.text.split_at(digits_len);
                let v = numbers::parse_digits(digits)?;
                let suffix = suffix.to_lowercase();
                if is(&suffix, CountClass::OrdinalSuffix) {
                    (idx + 1, v, true)
                } else if let Some((mult, WordClass::Suffix | WordClass::Multiplier)) =
                    lex.get(&suffix)
                {
                    // "3bn", and a scale word written without its space:
                    // "$33million", "2.5million".
                    (idx + 1, v * mult, false)
                } else {
                    return None;
                }
            } else if lex.get(&w.lower).is_none()
                && !is_article(&w.lower)
                && !w.lower.contains('-')
                && w.lower != "couple"
            {
                // Every reading below begins with a number word, an
                // article ("a third", "a hundred"), a hyphenated number
                // ("twenty-four") or "couple": most words are none, and
                // are passed over with one look-up.
                return None;
            } else if w.lower == "couple" && words.get(idx + 1).is_some_and(|n| n.lower == "dozen")
            {
                // "a couple dozen investment bankers".
                (idx + 2, 24.0, false)
            } else if w.lower == "dozen"
                && idx > 0
                && words[idx - 1].lower == "the"
                && (idx < 2 || words[idx - 2].lower != "by")
            {
                // "the dozen states"; "by the dozen" is an idiom.
                (idx + 1, 12.0, false)
            } else if let Some((e, v)) = scaled_fraction_at(words, idx) {
                // The multiplier at `e` is read below.
                (e, v, false)
            } else if let Some((e, v)) = fraction_at(words, idx) {
                (e, v, false)
            } else {
                let (v, n, ordinal) =
                    numbers::parse_words_from(words[idx..].iter().map(|w| w.lower.as_ref()))?;
                (idx + n, v, ordinal)
            }
        }
        _ => return None,
    };
    if !is_ordinal {
        while let Some((mult, WordClass::Multiplier)) =
            words.get(end).and_then(|x| lex.get(&x.lower))
        {
            value *= mult;
            end += 1;
        }
    }
    Some((end, value, is_ordinal))
}

/// A fraction in words at `idx`: "two-thirds", "three quarters", "one-third",
/// or "a third" / "one fifth" before "of". A singular ordinal stands for a
/// denominator only so: "a third term" and "the third" stay ordinals.
fn fraction_at(words: &[Word], idx: usize) -> Option<(usize, f64)> {
    let lex = number_words();
    let w = &words[idx];
    let (num, next) = if w.lower == "a" || w.lower == "an" {
        (1.0, idx + 1)
    } else {
        match lex.get(&w.lower)? {
            (v, WordClass::Cardinal) if (1.0..=10.0).contains(&v) => (v, idx + 1),
            _ => return None,
        }
    };
    let d = words.get(next)?;
    let den = lex.denominator(&d.lower)?;
    let plural = d.lower.ends_with('s');
    let before_of = words.get(next + 1).is_some_and(|x| x.lower == "of");
    // "up by a third", "cut by a quarter": a share of the amount before.
    let after_by = idx > 0 && words[idx - 1].lower == "by";
    let ok = if num == 1.0 {
        !plural && (before_of || after_by || (d.joined && w.lower == "one"))
    } else {
        plural
    };
    ok.then(|| (next + 1, num / den))
}

/// A fraction before a multiplier: "half a dozen", "a half-million", "a
/// quarter of a million", "quarter-of-a-million". Returns the index of the
/// multiplier and the fraction.
fn scaled_fraction_at(words: &[Word], idx: usize) -> Option<(usize, f64)> {
    let lex = number_words();
    let lower = |k: usize| words.get(k).map_or("", |w| w.lower.as_ref());
    let is_mult = |k: usize| matches!(lex.get(lower(k)), Some((_, WordClass::Multiplier)));
    let article = |k: usize| matches!(lower(k), "a" | "an");
    let (frac, e) = match lower(idx) {
        "half" if article(idx + 1) => (0.5, idx + 2),
        "half" => (0.5, idx + 1),
        "a" | "an" if lower(idx + 1) == "half" => (0.5, idx + 2),
        w => {
            let (e, frac) = fraction_at(words, idx).or_else(|| {
                let den = lex.denominator(w).filter(|_| !w.ends_with('s'))?;
                Some((idx + 1, 1.0 / den))
            })?;
            (lower(e) == "of" && article(e + 1)).then_some((frac, e + 2))?
        }
    };
    is_mult(e).then_some((e, frac))
}

/// The scale of a matched span: the product of its multiplier words and
/// glued scales ("million", "3bn"); 1 when there is none.
pub(super) fn span_scale(words: &[Word], from: usize, to: usize) -> f64 {
    let lex = number_words();
    words[from..to]
        .iter()
        .map(|w| {
            let suffix = w
                .lower
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
            let glued = suffix.len() < w.lower.len();
            match lex.get(if glued { suffix } else { &w.lower }) {
                Some((m, WordClass::Multiplier)) => m,
                Some((m, WordClass::Suffix)) if glued => m,
                _ => 1.0,
            }
        })
        .product()
}
