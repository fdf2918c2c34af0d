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

use std::borrow::Cow;

use crate::document::Quantity;
use crate::resources::Phrase;
use crate::segment::{lower, Structure, TokenKind};
use crate::text::numbers::{self, number_words, WordClass};
use crate::text::span::Span;

/// The classes of `data/quantities/units.txt`: currency, prefix, percent,
/// point, unit and label. A phrase's value is the canonical unit; phrases
/// are keyed by their first word with case kept ("m" is metres, "M" is not).
use crate::resources::lists::quantities::units::{self, Class as UnitClass};

struct Word<'t> {
    text: &'t str,
    lower: Cow<'t, str>,
    kind: TokenKind,
    span: Span,
    /// Joined to the word before by a hyphen: "thirds" in "two-thirds".
    joined: bool,
    /// The entries of `data/quantities/units.txt` that begin with this word
    /// as written, and (when it differs) in lower case, looked up once.
    units: [&'static [Phrase<UnitClass, &'static str>]; 2],
}

impl<'t> Word<'t> {
    fn new(text: &'t str, kind: TokenKind, span: Span, joined: bool) -> Word<'t> {
        let lower = lower(text);
        let exact = units::starting(text);
        let folded = match &lower {
            Cow::Owned(l) => units::starting(l.as_str()),
            Cow::Borrowed(_) => &[],
        };
        Word {
            text,
            lower,
            kind,
            span,
            joined,
            units: [exact, folded],
        }
    }
}

/// Finds the quantities of the normalised `text`, skipping numbers inside
/// the time expressions `times` (sorted spans, from the time layer). Spans
/// are in normalised bytes.
pub fn extract(
    text: &str,
    structure: &Structure,
    times: &[Span],
    _switches: &crate::Switches,
) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut words = Vec::new();
    let mut time_idx = 0;
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
            let in_time = times
                .get(time_idx)
                .is_some_and(|t| t.start <= start && start < t.end);
            if in_time {
                idx += 1;
                continue;
            }
            if let Some(end) = label_number_end(&words, idx) {
                idx = end;
                continue;
            }
            let Some(mut first) = match_at(&words, idx) else {
                idx += 1;
                continue;
            };
            // A range: "90 to 95 percent", "$3 to $5 million", "80-200".
            let mut second = None;
            if let Some(j) = range_partner(&words, first.1) {
                let s = words[j].span.start;
                let partner_in_time = times[time_idx..]
                    .iter()
                    .take_while(|t| t.start <= s)
                    .any(|t| s < t.end);
                if !partner_in_time {
                    if let Some(m) = match_at(&words, j) {
                        second = Some(join_range(&words, &mut first, m));
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

fn push_words<'t>(text: &'t str, span: Span, kind: TokenKind, out: &mut Vec<Word<'t>>) {
    let raw = &text[span.range()];
    // Words and number ranges ("80-200") are read in parts; longer chains
    // of digits (telephone numbers) and spans of years ("2009-2013",
    // "2008-9": dates, not quantities) are left whole.
    let split = raw.contains('-')
        && match kind {
            // A code of capitals and digits ("H-1B", "K-12", "AR-15", "HB-2")
            // is a name, not a number.
            TokenKind::Word => !raw.split('-').collect::<Vec<_>>().windows(2).any(|p| {
                (1..=4).contains(&p[0].len())
                    && p[0].bytes().all(|b| b.is_ascii_uppercase())
                    && p[1].starts_with(|c: char| c.is_ascii_digit())
            }),
            TokenKind::Number => {
                let first = raw.split('-').next().unwrap_or("");
                let year = first.len() == 4 && ("1000".."2100").contains(&first);
                raw.matches('-').count() == 1 && !year
            }
            _ => false,
        };
    if split && raw.contains('-') && !raw.starts_with('-') {
        let mut offset = span.start;
        for (k, part) in raw.split('-').enumerate() {
            if !part.is_empty() {
                // "2,000-mile", "5.1-magnitude" as well as "32-member".
                let numeric = numbers::parse_digits(part).is_some();
                let kind = if numeric {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                out.push(Word::new(
                    part,
                    kind,
                    Span::new(offset, offset + part.len()),
                    k > 0,
                ));
            }
            offset += part.len() + 1;
        }
        return;
    }
    // "2.5million." at the end of a sentence is taken for an abbreviation
    // by its period; the number is the word before it.
    let (raw, kind, span) = match kind {
        TokenKind::Abbreviation(_)
            if raw.starts_with(|c: char| c.is_ascii_digit()) && raw.ends_with('.') =>
        {
            let raw = &raw[..raw.len() - 1];
            (raw, TokenKind::Word, Span::new(span.start, span.end - 1))
        }
        _ => (raw, kind, span),
    };
    out.push(Word::new(raw, kind, span, false));
}

/// The longest unit entry of one of `classes` at `idx`, with its end.
fn unit_at(
    words: &[Word],
    idx: usize,
    classes: &[UnitClass],
) -> Option<(usize, &'static Phrase<UnitClass, &'static str>)> {
    let w = words.get(idx)?;
    w.units
        .iter()
        .copied()
        .flatten()
        .filter(|e| classes.contains(&e.class))
        .filter(|e| {
            e.words().enumerate().all(|(k, ew)| {
                words
                    .get(idx + k)
                    .is_some_and(|x| x.text == ew || x.lower == ew)
            })
        })
        .max_by_key(|e| e.word_count())
        .map(|e| (idx + e.word_count(), e))
}

/// A number at `idx`: digits (with a glued scale, "3bn"), a fraction, or
/// words; then a scale word ("million"). Returns its end, value and
/// whether it is an ordinal.
fn number_at(words: &[Word], idx: usize) -> Option<(usize, f64, bool)> {
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
                if matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
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

/// The end of a number at `idx` that names rather than counts: after a
/// label noun ("Rule 40", "House Bill 1523", "Chapter
/// One"), in a docket number ("No. 14-915"), "Air Force One" and
/// "401(k)", and inside markup (`<tweet
/// id="672138506081275904">`, `timestamp="1457542800"`).
fn label_number_end(words: &[Word], idx: usize) -> Option<usize> {
    let w = &words[idx];
    let digits = w.text.starts_with(|c: char| c.is_ascii_digit());
    let lower = |k: usize| words.get(k).map_or("", |x| x.text);
    if digits && in_markup(words, idx) {
        return Some(idx + 1);
    }
    let glued = |k: usize| words[k - 1].span.end == words[k].span.start;
    if w.kind == TokenKind::Number
        && idx + 3 < words.len()
        && lower(idx + 1) == "("
        && lower(idx + 2).len() == 1
        && lower(idx + 3) == ")"
        && (idx + 1..idx + 4).all(glued)
    {
        return Some(idx + 4);
    }
    if idx == 0 || w.joined {
        return None;
    }
    let p = &words[idx - 1];
    let word_number = w.text.starts_with(|c: char| c.is_uppercase())
        && number_words().word_value(&w.lower).is_some();
    let label = unit_at(words, idx - 1, &[UnitClass::Label]).is_some_and(|(e, _)| e == idx);
    // "No. 14-915" is a docket; "the No. 2 spot" a rank, left as it was.
    let docket = matches!(p.text, "No." | "Nos.") && words.get(idx + 1).is_some_and(|x| x.joined);
    let label = label || docket;
    let named = (label && (digits || word_number)) || (w.text == "One" && p.text == "Force");
    if !named {
        return None;
    }
    let mut end = idx + 1;
    while words.get(end).is_some_and(|x| x.joined) {
        end += 1;
    }
    Some(end)
}

/// Whether the word at `idx` is inside a markup tag or an attribute value:
/// a "<" comes before it with no ">" between, or it follows "=".
fn in_markup(words: &[Word], idx: usize) -> bool {
    let prev = |k: usize| (idx > k).then(|| words[idx - 1 - k].text);
    if prev(0) == Some("=") || (matches!(prev(0), Some("\"" | "'")) && prev(1) == Some("=")) {
        return true;
    }
    words[idx.saturating_sub(40)..idx]
        .iter()
        .rev()
        .find(|x| matches!(x.text, "<" | ">"))
        .is_some_and(|x| x.text == "<")
}

/// Where the second number of a range starts when one follows the match
/// ending at `end`: "to", a hyphen inside the word ("80-200") or a dash
/// written close ("$5–$10").
fn range_partner(words: &[Word], end: usize) -> Option<usize> {
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

/// The scale of a matched span: the product of its multiplier words and
/// glued scales ("million", "3bn"); 1 when there is none.
fn span_scale(words: &[Word], from: usize, to: usize) -> f64 {
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

/// Gives the first number of a range the unit and scale of the second
/// ("90 to 95 percent", "$3 to $5 million", "$5-10 billion"), and the
/// second the currency of the first. Returns the second.
fn join_range(words: &[Word], first: &mut Match, mut second: Match) -> Match {
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

type Match = (usize, usize, &'static str, Option<f64>, Option<String>);

/// A match at `idx`, negative after "minus", "negative" or a minus sign
/// written against the number ("-7 points", "(-3)"), not a hyphen.
fn match_at(words: &[Word], idx: usize) -> Option<Match> {
    let mut m = match_unsigned(words, idx)?;
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
        && before(1).is_none_or(|w| {
            w.kind != TokenKind::Number && !matches!(w.lower.as_ref(), "or" | "a" | "an")
        });
    if sign_glued || sign_word {
        m.0 = idx - 1;
        m.3 = m.3.map(|v| -v);
    }
    Some(m)
}

fn match_unsigned(words: &[Word], idx: usize) -> Option<Match> {
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
        if words[end].kind == TokenKind::Word && !false_currency(words, idx, end, e, value) {
            if matches!(words[end].lower.as_ref(), "pound" | "pounds") && weighs(words, idx, e) {
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
    if end == idx + 1 && words[idx].lower == "one" && is_pronoun_one(words, idx) {
        return None;
    }
    Some((idx, end, "CARDINAL", Some(value), None))
}

/// Whether the currency word at `cur..e` after the number starting at
/// `idx` is another word: a name ("8 Rand Paul"), the adjective "real"
/// ("two real choices"), a milestone ("the 1,237 mark") or the verb
/// "won" ("the five won"; amounts in won run to hundreds).
fn false_currency(words: &[Word], idx: usize, cur: usize, e: usize, value: f64) -> bool {
    let w = &words[cur];
    let next = words.get(e);
    let capital = |x: &Word| x.text.starts_with(|c: char| c.is_uppercase());
    let is_code = w.text.chars().all(|c| c.is_ascii_uppercase());
    if capital(w) && !is_code && next.is_some_and(capital) {
        return true;
    }
    match w.text {
        "real" => next.is_some_and(|x| {
            x.kind == TokenKind::Word && x.text.starts_with(|c: char| c.is_lowercase())
        }),
        "mark" => idx > 0 && matches!(words[idx - 1].lower.as_ref(), "the" | "a" | "this" | "that"),
        "won" => value < 100.0,
        _ => false,
    }
}

/// Whether "pounds" at the end of `idx..e` are a weight: a form of
/// "weigh" shortly before, or tons nearby.
fn weighs(words: &[Word], idx: usize, e: usize) -> bool {
    let before = &words[idx.saturating_sub(8)..idx];
    let around = &words[idx.saturating_sub(12)..(e + 12).min(words.len())];
    before.iter().any(|w| w.lower.starts_with("weigh"))
        || around
            .iter()
            .any(|w| matches!(w.lower.as_ref(), "ton" | "tons" | "tonnes" | "tonne"))
}

/// Whether the "one" at `idx` is a pronoun rather than a count: "no one",
/// "one another", "at one point", and "the one" / "this one" / "each one" /
/// "the only one" unless a noun follows ("the one thing" is a count).
/// "one of the five" stays a count.
fn is_pronoun_one(words: &[Word], idx: usize) -> bool {
    let lower = |k: usize| words.get(k).map_or("", |w| w.lower.as_ref());
    let prev = if idx > 0 { lower(idx - 1) } else { "" };
    let prev2 = if idx > 1 { lower(idx - 2) } else { "" };
    let next = lower(idx + 1);
    // "no one" is the pronoun, but "no one single point" counts.
    if (prev == "no" && next != "single") || next == "another" || (prev == "at" && next == "point")
    {
        return true;
    }
    // "one that favors workers", "one can detect": the pronoun heading a
    // clause, or generic "one" before a modal; "only one who" counts.
    let counted = matches!(prev, "only" | "just" | "least" | "than" | "exactly" | "but");
    let clause_or_modal = matches!(
        next,
        "that" | "who" | "which" | "can" | "could" | "might" | "must" | "should" | "would" | "may"
    );
    if clause_or_modal && !counted && !matches!(prev, "the" | "this" | "that") {
        return true;
    }
    // "a weaker one.", "(or lack of one)", "come up with one.": a one
    // that ends its phrase after an article, an adjective after an
    // article, or a preposition stands for a noun said before.
    let ends_phrase = words
        .get(idx + 1)
        .is_none_or(|w| w.kind == TokenKind::Punct && w.text != "%");
    let article = |w: &str| matches!(w, "a" | "an" | "another");
    if ends_phrase
        && !counted
        && (article(prev)
            || (article(prev2) && !matches!(prev, "single" | "mere"))
            || matches!(prev, "of" | "with"))
    {
        return true;
    }
    let determiner = matches!(prev, "the" | "this" | "that" | "each" | "any" | "some")
        || (prev == "only" && prev2 == "the");
    // "one of the five", "one in 45 children" are counts.
    let in_number = next == "in"
        && words
            .get(idx + 2)
            .is_some_and(|w| w.kind == TokenKind::Number);
    if !determiner || next == "of" || in_number {
        return false;
    }
    // A lower-case word that is not a function word heads a noun phrase.
    let noun_follows = words.get(idx + 1).is_some_and(|w| {
        w.kind == TokenKind::Word
            && w.text.starts_with(|c: char| c.is_lowercase())
            && !FUNCTION_WORDS.contains(&w.lower.as_ref())
    });
    !noun_follows
}

const FUNCTION_WORDS: &[&str] = &[
    "who", "whom", "whose", "which", "that", "where", "when", "is", "was", "are", "were", "be",
    "been", "would", "will", "should", "could", "can", "might", "must", "may", "has", "have",
    "had", "does", "did", "do", "in", "on", "at", "to", "for", "with", "from", "by", "about",
    "and", "or", "but", "i", "you", "he", "she", "we", "they", "it", "than", "like", "here",
    "there", "now", "more", "too", "else", "left", "said", "says",
];

/// The rule passes of this stage, in the order they run: none can be
/// switched off yet (see `ARCHITECTURE.md`, "How to add a rule pass").
pub fn passes() -> impl Iterator<Item = &'static crate::Pass> {
    std::iter::empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::Normalized;

    fn quantities(text: &str) -> Vec<(String, String, Option<f64>, Option<String>)> {
        let norm = Normalized::new(text);
        let structure = crate::segment::segment(&norm.text);
        let switches = crate::Switches::all_on();
        let times = crate::timex::spans(&norm.text, &structure, &switches);
        extract(&norm.text, &structure, &times, &switches)
            .into_iter()
            .map(|q| (q.text, q.kind, q.value, q.unit))
            .collect()
    }

    fn q(
        text: &str,
        kind: &str,
        value: f64,
        unit: Option<&str>,
    ) -> (String, String, Option<f64>, Option<String>) {
        (
            text.into(),
            kind.into(),
            Some(value),
            unit.map(String::from),
        )
    }

    #[test]
    fn table() {
        let cases = [
            (
                "The 32-member alliance met.",
                vec![q("32", "CARDINAL", 32.0, None)],
            ),
            (
                "It set 5% of GDP by 2035.",
                vec![q("5%", "PERCENT", 5.0, Some("percent"))],
            ),
            (
                "They sold twelve cars.",
                vec![q("twelve", "CARDINAL", 12.0, None)],
            ),
            (
                "It cost 1.5 million.",
                vec![q("1.5 million", "CARDINAL", 1_500_000.0, None)],
            ),
            ("She came third.", vec![q("third", "ORDINAL", 3.0, None)]),
            (
                "About two-thirds of voters and three-quarters of donors.",
                vec![
                    q("two-thirds", "CARDINAL", 2.0 / 3.0, None),
                    q("three-quarters", "CARDINAL", 0.75, None),
                ],
            ),
            (
                "A third of them, a quarter of us and one-fifth of all.",
                vec![
                    q("A third", "CARDINAL", 1.0 / 3.0, None),
                    q("a quarter", "CARDINAL", 0.25, None),
                    q("one-fifth", "CARDINAL", 0.2, None),
                ],
            ),
            (
                "No one saw one another at one point, not the one who won, this one or the only one, one that lost. One can see.",
                vec![],
            ),
            (
                "One of the five quit, with the one thing left, so that one in 45 voted, only one who did.",
                vec![
                    q("One", "CARDINAL", 1.0, None),
                    q("five", "CARDINAL", 5.0, None),
                    q("one", "CARDINAL", 1.0, None),
                    q("one", "CARDINAL", 1.0, None),
                    q("45", "CARDINAL", 45.0, None),
                    q("one", "CARDINAL", 1.0, None),
                ],
            ),
            (
                "Two dozen came, a dozen left, half a dozen stayed.",
                vec![
                    q("Two dozen", "CARDINAL", 24.0, None),
                    q("a dozen", "CARDINAL", 12.0, None),
                    q("half a dozen", "CARDINAL", 6.0, None),
                ],
            ),
            (
                "The dozen states voted, by the dozen.",
                vec![q("dozen", "CARDINAL", 12.0, None)],
            ),
            (
                "He wanted a weaker one. Clinton came up with one. Sales rose by a third, and only one.",
                vec![
                    q("a third", "CARDINAL", 1.0 / 3.0, None),
                    q("one", "CARDINAL", 1.0, None),
                ],
            ),
            (
                "A couple dozen bankers found no one single point, and no one knew.",
                vec![
                    q("couple dozen", "CARDINAL", 24.0, None),
                    q("one", "CARDINAL", 1.0, None),
                ],
            ),
            (
                "It cost half a million dollars, a quarter of a million and a half-million.",
                vec![
                    q("half a million dollars", "MONEY", 500_000.0, Some("USD")),
                    q("a quarter of a million", "CARDINAL", 250_000.0, None),
                    q("a half-million", "CARDINAL", 500_000.0, None),
                ],
            ),
            (
                "A quarter-of-a-million-dollar gift.",
                vec![q("A quarter-of-a-million-dollar", "MONEY", 250_000.0, Some("USD"))],
            ),
            (
                "It was 90 to 95 percent, 35 to 45 feet, from 2 to 9 percentage points.",
                vec![
                    q("90", "PERCENT", 90.0, Some("percent")),
                    q("95 percent", "PERCENT", 95.0, Some("percent")),
                    q("35", "QUANTITY", 35.0, Some("ft")),
                    q("45 feet", "QUANTITY", 45.0, Some("ft")),
                    q("2", "PERCENT", 2.0, Some("percentage point")),
                    q("9 percentage points", "PERCENT", 9.0, Some("percentage point")),
                ],
            ),
            (
                "It cost $3 to $5 million, $5-10 billion or 2 to 3 million dollars.",
                vec![
                    q("$3", "MONEY", 3e6, Some("USD")),
                    q("$5 million", "MONEY", 5e6, Some("USD")),
                    q("$5", "MONEY", 5e9, Some("USD")),
                    q("10 billion", "MONEY", 10e9, Some("USD")),
                    q("2", "MONEY", 2e6, Some("USD")),
                    q("3 million dollars", "MONEY", 3e6, Some("USD")),
                ],
            ),
            (
                "Some 80-200 weapons, 72-75 percent and 60-70% said so.",
                vec![
                    q("80", "CARDINAL", 80.0, None),
                    q("200", "CARDINAL", 200.0, None),
                    q("72", "PERCENT", 72.0, Some("percent")),
                    q("75 percent", "PERCENT", 75.0, Some("percent")),
                    q("60", "PERCENT", 60.0, Some("percent")),
                    q("70%", "PERCENT", 70.0, Some("percent")),
                ],
            ),
            ("He served from 2009-2013 and 2008-9.", vec![]),
            (
                "It covers 8,000 square miles, a 150,000-square-foot hall, 3.6 degrees Fahrenheit.",
                vec![
                    q("8,000 square miles", "QUANTITY", 8000.0, Some("sq mi")),
                    q("150,000-square-foot", "QUANTITY", 150_000.0, Some("sq ft")),
                    q("3.6 degrees Fahrenheit", "QUANTITY", 3.6, Some("°F")),
                ],
            ),
            (
                "Rule 40, Section 1001, House Bill 1523, Flight 804, Local 294, Apollo 13, Route 66.",
                vec![],
            ),
            (
                "Case No. 14-915 on Air Force One about a 401(k) plan, the No. 2 man.",
                vec![q("2", "CARDINAL", 2.0, None)],
            ),
            (
                "<tweet id=\"672138506081275904\" timestamp=\"1457542800\">It has 3 rules</tweet>",
                vec![q("3", "CARDINAL", 3.0, None)],
            ),
            (
                "Only two real choices. 8 Rand Paul. Past the 1,237 mark, the five won.",
                vec![
                    q("two", "CARDINAL", 2.0, None),
                    q("8", "CARDINAL", 8.0, None),
                    q("1,237", "CARDINAL", 1237.0, None),
                    q("five", "CARDINAL", 5.0, None),
                ],
            ),
            (
                "A $15 Minimum Wage. It weighs 100,000 pounds and cost 10 Canadian dollars, 5 reais, A$3.",
                vec![
                    q("$15", "MONEY", 15.0, Some("USD")),
                    q("100,000 pounds", "QUANTITY", 100_000.0, Some("lb")),
                    q("10 Canadian dollars", "MONEY", 10.0, Some("CAD")),
                    q("5 reais", "MONEY", 5.0, Some("BRL")),
                    q("A$3", "MONEY", 3.0, Some("AUD")),
                ],
            ),
            ("H-1B and K-1 visas, K-12 schools and the AR-15 rifle.", vec![]),
            (
                "He is at -7 points, minus 72 and negative 6, and (-3), a 3-point lead, plus or minus 4.",
                vec![
                    q("-7", "CARDINAL", -7.0, None),
                    q("minus 72", "CARDINAL", -72.0, None),
                    q("negative 6", "CARDINAL", -6.0, None),
                    q("-3", "CARDINAL", -3.0, None),
                    q("3", "CARDINAL", 3.0, None),
                    q("4", "CARDINAL", 4.0, None),
                ],
            ),
            (
                "It raised $33million, $28.4million and 2.5million.",
                vec![
                    q("$33million", "MONEY", 33e6, Some("USD")),
                    q("$28.4million", "MONEY", 28.4e6, Some("USD")),
                    q("2.5million", "CARDINAL", 2.5e6, None),
                ],
            ),
            (
                "The $353,000-a-plate dinner on the 2,000-mile border, a 5.1-magnitude quake.",
                vec![
                    q("$353,000", "MONEY", 353_000.0, Some("USD")),
                    q("2,000-mile", "QUANTITY", 2000.0, Some("mile")),
                    q("5.1", "CARDINAL", 5.1, None),
                ],
            ),
            (
                "He won a third term in third place.",
                vec![
                    q("third", "ORDINAL", 3.0, None),
                    q("third", "ORDINAL", 3.0, None),
                ],
            ),
            (
                "It raised NZ $ 26 million.",
                vec![q("NZ $ 26 million", "MONEY", 26e6, Some("NZD"))],
            ),
            (
                "It raised €3bn.",
                vec![q("€3bn", "MONEY", 3e9, Some("EUR"))],
            ),
            (
                "It cost £500.",
                vec![q("£500", "MONEY", 500.0, Some("GBP"))],
            ),
            (
                "It cost $5 billion.",
                vec![q("$5 billion", "MONEY", 5e9, Some("USD"))],
            ),
            (
                "Support fell forty percent.",
                vec![q("forty percent", "PERCENT", 40.0, Some("percent"))],
            ),
            (
                "Rates rose 2 percentage points.",
                vec![q(
                    "2 percentage points",
                    "PERCENT",
                    2.0,
                    Some("percentage point"),
                )],
            ),
            (
                "It is 40 km long.",
                vec![q("40 km", "QUANTITY", 40.0, Some("km"))],
            ),
            (
                "They pump 3 million barrels.",
                vec![q("3 million barrels", "QUANTITY", 3e6, Some("barrel"))],
            ),
            ("It lasted two years, from 2014.", vec![]),
            (
                "He paid seventy million dollars.",
                vec![q("seventy million dollars", "MONEY", 70e6, Some("USD"))],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(quantities(text), expected, "{text}");
        }
    }
}
