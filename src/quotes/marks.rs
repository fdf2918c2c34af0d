//! Quotation marks: the double marks of the text paired into quoted runs
//! (also across paragraphs and when unbalanced), and runs over several
//! transcript turns split into one per turn.
//!
//! Works on the normalised text, where every double quotation mark is `"`:
//! a mark after a space, bracket or dash or at a paragraph's start opens, any
//! other closes, and so does one after a space while a quote is open and the
//! text before it ends a clause or a nested quote ("'outreach,' "").
//! Unbalanced marks end the quote at the paragraph's end and never stop the
//! rest of the article from being read. Wire and newspaper texts typed on
//! ASCII keyboards write the double mark as two apostrophes or two
//! backticks (``` ``so,'' ```); [`ascii_doubles`] spells those `""` first.

use super::index::word;
use crate::segment::{Structure, Token};
use crate::text::span::Span;

/// A run of quoted text between marks, as found before attribution.
pub(crate) struct Marked {
    /// The quoted pieces, marks excluded.
    pub pieces: Vec<Span>,
    /// Token indices of the opening and the closing mark (or the last token
    /// of the paragraph where an unbalanced quote ends).
    pub open_token: usize,
    pub close_token: usize,
}

/// The text with every double quotation mark written as two ASCII marks
/// (`''` or ``` `` ```, each mark a token of its own) spelled `""`, byte
/// for byte, so tokens and spans stay as they are; `None` when the text has
/// none. A lone apostrophe (possessive, elision, single quote) and a run of
/// three or more marks (wiki bold) stay as they are.
pub(crate) fn ascii_doubles(text: &str, tokens: &[Token]) -> Option<String> {
    let mark = |i: usize| -> Option<u8> {
        let t = tokens.get(i)?;
        match text.as_bytes().get(t.span.start..t.span.end)? {
            [c @ (b'\'' | b'`')] => Some(*c),
            _ => None,
        }
    };
    let joined = |i: usize| tokens[i].span.end == tokens[i + 1].span.start;
    let mut bytes: Option<Vec<u8>> = None;
    let mut i = 0;
    while i + 1 < tokens.len() {
        let Some(c) = mark(i) else {
            i += 1;
            continue;
        };
        let mut j = i;
        while mark(j + 1) == Some(c) && joined(j) {
            j += 1;
        }
        if j == i + 1 {
            let out = bytes.get_or_insert_with(|| text.as_bytes().to_vec());
            out[tokens[i].span.start] = b'"';
            out[tokens[j].span.start] = b'"';
        }
        i = j + 1;
    }
    // Only single ASCII bytes were replaced by another ASCII byte.
    bytes.map(|b| String::from_utf8(b).unwrap_or_else(|_| text.to_owned()))
}

/// Whether the mark at token `i` can open a quote: it starts the paragraph
/// or follows a space, an opening bracket or a dash.
pub(crate) fn opens(text: &str, tokens: &[Token], i: usize) -> bool {
    let start = tokens[i].span.start;
    text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '-' | '\u{2014}'))
}

/// Pairs the double quotation marks of the text into quoted runs.
pub(crate) fn pair_marks(text: &str, structure: &Structure) -> Vec<Marked> {
    let tokens = &structure.tokens;
    let mut out = Vec::new();
    let mut pending: Option<Marked> = None;
    let mut open_at: Option<usize> = None;
    for (p_idx, paragraph) in structure.paragraphs.iter().enumerate() {
        for i in paragraph.tokens.clone() {
            if word(text, tokens, i) != "\"" {
                continue;
            }
            // A mark after a space still closes an open quote when the word
            // before it ends a clause or a nested quote ("'outreach,' "").
            let after_end = text[..tokens[i].span.start]
                .trim_end()
                .ends_with(['\'', ',', '.', '!', '?']);
            let opening = opens(text, tokens, i) && !(open_at.is_some() && after_end);
            match (opening, open_at) {
                (true, None) => {
                    open_at = Some(tokens[i].span.end);
                    if pending
                        .as_ref()
                        .is_none_or(|m| !m.pieces.is_empty() && i != paragraph.tokens.start)
                    {
                        if let Some(done) = pending.take() {
                            out.push(done);
                        }
                        pending = Some(Marked {
                            pieces: Vec::new(),
                            open_token: i,
                            close_token: i,
                        });
                    }
                }
                // A mark right after the opening one doubles it (`"“`
                // pasted): the quote stays open, and none is empty.
                (false, Some(start)) if tokens[i].span.start == start => {
                    open_at = Some(tokens[i].span.end);
                }
                (false, Some(start)) => {
                    let m = pending.get_or_insert(Marked {
                        pieces: Vec::new(),
                        open_token: i,
                        close_token: i,
                    });
                    m.pieces.push(Span::new(start, tokens[i].span.start));
                    // A doubled closing mark (`""`) closes as one.
                    let doubled = tokens.get(i + 1).is_some_and(|t| {
                        t.span.start == tokens[i].span.end && word(text, tokens, i + 1) == "\""
                    });
                    m.close_token = i + usize::from(doubled);
                    out.push(pending.take().expect("just set"));
                    open_at = None;
                }
                // A second opening mark inside a quote, or a stray closing
                // one: nested or unbalanced, read past it.
                _ => {}
            }
        }
        // A quote still open at the paragraph's end goes on if the next
        // paragraph opens with a mark (the multi-paragraph convention);
        // otherwise it ends here.
        if let Some(start) = open_at.take() {
            let m = pending.get_or_insert(Marked {
                pieces: Vec::new(),
                open_token: paragraph.tokens.start,
                close_token: 0,
            });
            if start < paragraph.span.end {
                m.pieces.push(Span::new(start, paragraph.span.end));
            }
            m.close_token = paragraph.tokens.end.saturating_sub(1);
            let next_opens = structure.paragraphs.get(p_idx + 1).is_some_and(|next| {
                !next.tokens.is_empty() && word(text, tokens, next.tokens.start) == "\""
            });
            if !next_opens {
                out.push(pending.take().expect("just set"));
            }
        }
    }
    out.extend(pending);
    out.retain(|m| !m.pieces.is_empty());
    out
}

/// Whether `piece` opens with a transcript's speaker: "WALLACE: ...".
fn transcript_speaker(text: &str, piece: Span) -> bool {
    let s = &text[piece.range()];
    s.split_once(':').is_some_and(|(name, _)| {
        name.len() > 1
            && name.len() <= 24
            && name.chars().any(char::is_alphabetic)
            && name
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\''))
    })
}

/// Splits a quote running over several paragraphs where a paragraph opens
/// with a new speaker's name, as transcripts do: ""WALLACE: ... "PENCE:
/// ..." is one quote per turn.
pub(crate) fn split_transcripts(text: &str, tokens: &[Token], marked: Vec<Marked>) -> Vec<Marked> {
    let mut out = Vec::with_capacity(marked.len());
    for m in marked {
        let turns: Vec<usize> = (1..m.pieces.len())
            .filter(|&p| transcript_speaker(text, m.pieces[p]))
            .collect();
        if turns.is_empty() {
            out.push(m);
            continue;
        }
        let token_at = |byte: usize| tokens.partition_point(|t| t.span.end <= byte);
        let mut bounds = vec![0];
        bounds.extend(turns);
        bounds.push(m.pieces.len());
        for w in bounds.windows(2) {
            let pieces = m.pieces[w[0]..w[1]].to_vec();
            let open_token = if w[0] == 0 {
                m.open_token
            } else {
                token_at(pieces[0].start).saturating_sub(1)
            };
            let close_token = if w[1] == m.pieces.len() {
                m.close_token
            } else {
                token_at(pieces[pieces.len() - 1].end.saturating_sub(1))
            };
            out.push(Marked {
                pieces,
                open_token,
                close_token: close_token.max(open_token),
            });
        }
    }
    out
}
