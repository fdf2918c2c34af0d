//! Sentences: a paragraph's tokens split at terminal punctuation, unless
//! an abbreviation, an initial or a lower-case continuation says otherwise.

use super::{AbbrevClass, Sentence, Token, TokenKind};
use crate::text::span::Span;

pub(super) fn split_sentences(
    text: &str,
    tokens: &[Token],
    paragraph: usize,
    range: std::ops::Range<usize>,
    out: &mut Vec<Sentence>,
) {
    let tok = |idx: usize| &text[tokens[idx].span.range()];
    let first_char = |idx: usize| tok(idx).chars().next().unwrap_or(' ');
    let mut push = |from: usize, to: usize| {
        if from < to {
            let span = Span::new(tokens[from].span.start, tokens[to - 1].span.end);
            out.push(Sentence {
                span,
                paragraph,
                tokens: from..to,
                duplicate_of: None,
                caption: false,
            });
        }
    };
    let (mut sentence_start, mut i) = (range.start, range.start);
    while i < range.end {
        let kind = tokens[i].kind;
        let word = tok(i);
        let terminal = matches!(word, "." | "!" | "?") || word.starts_with("..");
        let may_end = matches!(
            kind,
            TokenKind::Abbreviation(AbbrevClass::Other | AbbrevClass::Month)
        );
        if !terminal && !may_end {
            i += 1;
            continue;
        }
        // Closing quotes and brackets, and more marks ("?!"), that touch the
        // end belong to the sentence.
        let mut j = i + 1;
        while j < range.end
            && tokens[j].span.start == tokens[j - 1].span.end
            && (matches!(tok(j), "\"" | "'" | ")" | "]" | "!" | "?" | ".")
                || tok(j).starts_with(".."))
        {
            j += 1;
        }
        if j < range.end {
            let next = first_char(j);
            let split = if may_end && !terminal {
                crate::resources::lists::lexicon::sentence_openers::contains(tok(j))
            } else if word.starts_with("..") {
                next.is_uppercase()
            } else if word == "." {
                next.is_uppercase()
                    || next.is_ascii_digit()
                    || matches!(next, '"' | '\'' | '(' | '[')
            } else {
                !next.is_lowercase()
            };
            if split {
                push(sentence_start, j);
                sentence_start = j;
            }
        }
        i = j;
    }
    push(sentence_start, range.end);
}
