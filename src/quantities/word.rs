//! The words the matcher reads: tokens with hyphenated words split into
//! parts ("32-member"), each with its lower-case form and its entries of
//! `data/quantities/units.txt`, looked up once.

use std::borrow::Cow;

use crate::resources::Phrase;
use crate::segment::{lower, TokenKind};
use crate::text::numbers;
use crate::text::span::Span;

/// The classes of `data/quantities/units.txt`: currency, prefix, percent,
/// point, unit and label. A phrase's value is the canonical unit; phrases
/// are keyed by their first word with case kept ("m" is metres, "M" is not).
pub(super) use crate::resources::lists::quantities::count_words::{self, Class as CountClass};
pub(super) use crate::resources::lists::quantities::units::{self, Class as UnitClass};

pub(super) struct Word<'t> {
    pub text: &'t str,
    pub lower: Cow<'t, str>,
    pub kind: TokenKind,
    pub span: Span,
    /// Joined to the word before by a hyphen: "thirds" in "two-thirds".
    pub joined: bool,
    /// The entries of `data/quantities/units.txt` that begin with this word
    /// as written, and (when it differs) in lower case, looked up once.
    pub units: [&'static [Phrase<UnitClass, &'static str>]; 2],
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

pub(super) fn push_words<'t>(text: &'t str, span: Span, kind: TokenKind, out: &mut Vec<Word<'t>>) {
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
pub(super) fn unit_at(
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

/// Whether the lower-case `word` stands in `class` of
/// `data/quantities/count_words.txt`.
pub(super) fn is(word: &str, class: CountClass) -> bool {
    count_words::starting(word).iter().any(|p| p.class == class)
}
