//! Tokens: words (with Penn-style clitics split off), abbreviations,
//! numbers, URLs, handles, emoji with their modifiers, and punctuation, in
//! one left-to-right scan of a paragraph.

use super::{AbbrevClass, Token, TokenKind};
use crate::text::span::Span;

fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36F}' | '\u{483}'..='\u{489}' | '\u{591}'..='\u{5BD}'
        | '\u{610}'..='\u{61A}' | '\u{64B}'..='\u{65F}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Clitics split off a word as their own token, as the Penn Treebank does:
/// "NATO's" is "NATO" + "'s", so a name never swallows its possessive.
fn clitic_len(rest: &[(usize, char)]) -> Option<usize> {
    let word_len = rest
        .iter()
        .skip(1)
        .take_while(|&&(_, c)| is_word_char(c))
        .count();
    let clitic: String = rest[1..1 + word_len]
        .iter()
        .map(|&(_, c)| c.to_ascii_lowercase())
        .collect();
    crate::resources::lists::lexicon::clitics::contains(&clitic).then_some(1 + word_len)
}

/// Appends the tokens of `span` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let chars: Vec<(usize, char)> = text[span.range()]
        .char_indices()
        .map(|(i, c)| (span.start + i, c))
        .collect();
    let end_of = |idx: usize| chars.get(idx).map_or(span.end, |&(b, _)| b);
    let at = |idx: usize| chars.get(idx).map(|&(_, c)| c);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let prev_is_word = out
            .last()
            .is_some_and(|t| t.span.end == start && t.kind == TokenKind::Word);
        let mut j;
        let mut kind;
        if prev_is_word && c == '\'' && clitic_len(&chars[i..]).is_some() {
            j = i + clitic_len(&chars[i..]).unwrap_or(1);
            kind = TokenKind::Word;
        } else if prev_is_word
            && matches!(c, 'n' | 'N')
            && at(i + 1) == Some('\'')
            && matches!(at(i + 2), Some('t' | 'T'))
            && !at(i + 3).is_some_and(is_word_char)
        {
            j = i + 3;
            kind = TokenKind::Word;
        } else if starts_url(&text[start..span.end]) {
            j = i;
            while j < chars.len() && !chars[j].1.is_whitespace() {
                j += 1;
            }
            while j > i + 1
                && matches!(
                    chars[j - 1].1,
                    '.' | ',' | ';' | ':' | ')' | '"' | '\'' | '!' | '?'
                )
            {
                j -= 1;
            }
            kind = TokenKind::Url;
        } else if is_word_char(c)
            || (matches!(c, '@' | '#') && at(i + 1).is_some_and(char::is_alphanumeric))
        {
            j = i + 1;
            let mut numeric = c.is_ascii_digit();
            loop {
                while j < chars.len() && is_word_char(chars[j].1) {
                    numeric &= chars[j].1.is_ascii_digit();
                    j += 1;
                }
                let next_is = |k: usize, f: fn(char) -> bool| at(j + k).is_some_and(f);
                let joins = match at(j) {
                    Some('-') => next_is(1, char::is_alphanumeric),
                    Some('\'') => {
                        // Keep "O'Brien" and "rock'n'roll" whole; stop
                        // before a clitic or a closing quote.
                        next_is(1, char::is_alphabetic)
                            && clitic_len(&chars[j..]).is_none()
                            && !(matches!(chars[j - 1].1, 'n' | 'N')
                                && matches!(at(j + 1), Some('t' | 'T'))
                                && !next_is(2, is_word_char))
                    }
                    Some('.' | ':' | '/') if numeric => next_is(1, |c| c.is_ascii_digit()),
                    Some(',') if numeric => {
                        (1..=3).all(|k| next_is(k, |c| c.is_ascii_digit()))
                            && !next_is(4, |c| c.is_ascii_digit())
                    }
                    Some('.') => {
                        // Letter-period sequences: "U.S.", "a.m.", "Ph.D".
                        j - word_start(&chars, j) == 1
                            && next_is(1, char::is_alphabetic)
                            && !next_is(2, char::is_alphanumeric)
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            // The stem of a "n't" clitic stays apart from it: "don't" is "do" + "n't".
            if at(j) == Some('\'')
                && j >= i + 2
                && matches!(chars[j - 1].1, 'n' | 'N')
                && matches!(at(j + 1), Some('t' | 'T'))
                && !at(j + 2).is_some_and(is_word_char)
            {
                j -= 1;
            }
            let word = &text[start..end_of(j)];
            kind = if numeric && word.contains(|c: char| c.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            if at(j) == Some('.') && kind == TokenKind::Word {
                let single_upper =
                    word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if let Some(class) = crate::resources::lists::lexicon::abbreviations::get(word) {
                    kind = TokenKind::Abbreviation(class);
                } else if word.contains('.') || single_upper {
                    kind = TokenKind::Abbreviation(AbbrevClass::Other);
                }
                if kind != TokenKind::Word {
                    j += 1;
                }
            }
            while j < chars.len() && is_mark(chars[j].1) {
                j += 1;
            }
        } else if c == '.' && at(i + 1) == Some('.') {
            j = i;
            while at(j) == Some('.') {
                j += 1;
            }
            kind = TokenKind::Punct;
        } else {
            j = i + 1;
            while j < chars.len() && is_mark(chars[j].1) {
                j += 1;
            }
            kind = if c.is_ascii_punctuation() || is_general_punct(c) {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            };
        }
        out.push(Token {
            span: Span::new(start, end_of(j)),
            kind,
        });
        i = j;
    }
}

fn word_start(chars: &[(usize, char)], end: usize) -> usize {
    let mut k = end;
    while k > 0 && is_word_char(chars[k - 1].1) {
        k -= 1;
    }
    k
}

fn is_general_punct(c: char) -> bool {
    matches!(
        c,
        '\u{2012}'
            ..='\u{2015}'
                | '\u{00A1}'
                | '\u{00BF}'
                | '\u{3001}'
                | '\u{3002}'
                | '\u{FF01}'
                | '\u{FF0C}'
                | '\u{FF1F}'
    )
}

fn starts_url(s: &str) -> bool {
    let lower = |p: &str| {
        s.len() >= p.len() && s.is_char_boundary(p.len()) && s[..p.len()].eq_ignore_ascii_case(p)
    };
    (lower("http://") || lower("https://") || lower("www.")) && s.len() > 8
}
