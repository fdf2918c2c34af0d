//! Numbers written in digits ("1,250.5", "2 1/2") and in words ("twenty-six",
//! "a hundred thirty", "1.5 million"), shared by the time and quantity layers.

use crate::resources::lists::quantities::numbers;

/// What a number word is: cardinal, ordinal, multiplier (scales what comes
/// before it: "hundred", "million"), suffix (a scale abbreviation glued to
/// digits: "3bn", "20m") or fraction (a denominator: "thirds", "quarter");
/// the classes of `data/quantities/numbers.txt`.
pub use numbers::Class as WordClass;

/// The number words of `data/quantities/numbers.txt`, compiled by
/// `build.rs`.
pub struct NumberWords;

/// The number words.
pub fn number_words() -> &'static NumberWords {
    &NumberWords
}

impl NumberWords {
    /// The value and class of a lower-case number word.
    pub fn get(&self, lower: &str) -> Option<(f64, WordClass)> {
        let phrase = numbers::starting(lower).first()?;
        Some((phrase.value, phrase.class))
    }

    /// The value of a word spelling one number, such as "twelve", "third",
    /// "twenty-six" or "twenty-sixth", with whether it is an ordinal.
    pub fn word_value(&self, lower: &str) -> Option<(f64, bool)> {
        if let Some((value, class)) = self.get(lower) {
            return match class {
                WordClass::Cardinal => Some((value, false)),
                WordClass::Ordinal => Some((value, true)),
                WordClass::Multiplier => Some((value, false)),
                WordClass::Suffix | WordClass::Fraction => None,
            };
        }
        let (tens, units) = lower.split_once('-')?;
        let (tens, WordClass::Cardinal) = self.get(tens)? else {
            return None;
        };
        let (units, class) = self.get(units)?;
        let is_ordinal = class == WordClass::Ordinal;
        ((20.0..=90.0).contains(&tens) && tens % 10.0 == 0.0 && (1.0..=9.0).contains(&units))
            .then_some((tens + units, is_ordinal))
            .filter(|_| class == WordClass::Cardinal || class == WordClass::Ordinal)
    }

    /// The denominator a lower-case word names: "thirds" and "third" are 3,
    /// "quarter" 4; "second" and "first" are not denominators.
    pub fn denominator(&self, lower: &str) -> Option<f64> {
        match self.get(lower)? {
            (value, WordClass::Fraction) => Some(value),
            (value, WordClass::Ordinal) if (3.0..=10.0).contains(&value) => Some(value),
            _ => None,
        }
    }
}

/// The value of digits with optional thousands separators and decimals:
/// "1,250.5" is 1250.5. `None` for anything else ("1/2", "7:15", "1.2.3").
pub fn parse_digits(s: &str) -> Option<f64> {
    if s.is_empty() || !s.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        || s.matches('.').count() > 1
    {
        return None;
    }
    let (int, _) = s.split_once('.').unwrap_or((s, ""));
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    parse_decimal(&s.replace(',', ""))
}

/// The value of plain decimal digits, "1250.5". Written out rather than
/// with `str::parse::<f64>`, whose tables would weigh on the wasm build;
/// exact for the integers and the short decimals news uses.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !all_digits(int) || !all_digits(frac) || int.len() > 18 || frac.len() > 9 {
        return None;
    }
    let digits = |p: &str| {
        p.bytes()
            .fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0'))
    };
    let scale = 10u64.pow(frac.len() as u32);
    Some(digits(int) as f64 + digits(frac) as f64 / scale as f64)
}

/// The value of a fraction "1/2", "3/4".
pub fn parse_fraction(s: &str) -> Option<f64> {
    let (num, den) = s.split_once('/')?;
    let (num, den) = (parse_decimal(num)?, parse_decimal(den)?);
    (den > 0.0 && num < den && den <= 16.0).then(|| num / den)
}

/// `parse_words` over at most the first eight of `words`, kept on the
/// stack: it is tried at every word of a text.
pub fn parse_words_from<'a>(
    words: impl IntoIterator<Item = &'a str>,
) -> Option<(f64, usize, bool)> {
    let mut run = [""; 8];
    let mut n = 0;
    for (slot, word) in run.iter_mut().zip(words) {
        *slot = word;
        n += 1;
    }
    parse_words(&run[..n])
}

/// The value of a sequence of lower-case number words, reading as many as
/// form one number: "a hundred thirty" (with `a` standing for one before a
/// multiplier), "two million", "twenty four". Returns the value and the
/// number of words used, or `None` when the first word is not a number.
pub fn parse_words(words: &[&str]) -> Option<(f64, usize, bool)> {
    let lex = number_words();
    let (mut total, mut current) = (0.0f64, 0.0f64);
    let mut n_used = 0;
    let mut last_small: Option<f64> = None;
    let mut is_ordinal = false;
    let mut idx = 0;
    while idx < words.len() {
        let word = words[idx];
        if (word == "a" || word == "an") && idx == 0 {
            // "a hundred", "a million": only before a multiplier.
            match words.get(1).and_then(|w| lex.get(w)) {
                Some((_, WordClass::Multiplier)) => {
                    current = 1.0;
                    last_small = Some(1.0);
                    idx += 1;
                    n_used = idx;
                    continue;
                }
                _ => return None,
            }
        }
        if word == "and" && n_used > 0 && idx + 1 < words.len() && current >= 100.0 {
            // "one hundred and five": "and" joins only after hundreds.
            match lex.word_value(words[idx + 1]) {
                Some((v, _)) if v < 100.0 => {
                    idx += 1;
                    continue;
                }
                _ => break,
            }
        }
        if let Some((mult, WordClass::Multiplier)) = lex.get(word) {
            if n_used == 0 && idx == 0 {
                return None;
            }
            if mult == 100.0 {
                current = current.max(1.0) * 100.0;
            } else {
                total += current.max(1.0) * mult;
                current = 0.0;
            }
            last_small = None;
            idx += 1;
            n_used = idx;
            continue;
        }
        let Some((value, ordinal)) = lex.word_value(word) else {
            break;
        };
        // Two numbers below a hundred in a row ("nineteen ninety") are not
        // one number, except tens then units ("twenty four").
        if let Some(prev) = last_small {
            let tens_then_units = prev >= 20.0 && prev % 10.0 == 0.0 && value < 10.0;
            if !tens_then_units {
                break;
            }
        }
        current += value;
        last_small = Some(value);
        idx += 1;
        n_used = idx;
        if ordinal {
            is_ordinal = true;
            break;
        }
    }
    (n_used > 0).then_some((total + current, n_used, is_ordinal))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(parse_digits("1,250.5"), Some(1250.5));
        assert_eq!(parse_digits("32"), Some(32.0));
        assert_eq!(parse_digits("1,25"), None);
        assert_eq!(parse_digits("7:15"), None);
        assert_eq!(parse_fraction("1/2"), Some(0.5));
        let words = |s: &str| {
            let w: Vec<&str> = s.split(' ').collect();
            parse_words(&w)
        };
        assert_eq!(words("twelve"), Some((12.0, 1, false)));
        assert_eq!(words("twenty four hours"), Some((24.0, 2, false)));
        assert_eq!(
            words("a hundred thirty million"),
            Some((130_000_000.0, 4, false))
        );
        assert_eq!(words("one hundred and five"), Some((105.0, 4, false)));
        assert_eq!(words("nineteen ninety"), Some((19.0, 1, false)));
        assert_eq!(words("twenty-six percent"), Some((26.0, 1, false)));
        assert_eq!(words("third"), Some((3.0, 1, true)));
        assert_eq!(words("a year"), None);
    }
}
