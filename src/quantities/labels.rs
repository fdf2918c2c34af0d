//! `quantities.labels`: numbers that name rather than count ("Rule 40",
//! "No. 14-915", "401(k)", numbers inside markup).

use super::word::{unit_at, UnitClass, Word};
use crate::segment::TokenKind;
use crate::text::numbers::number_words;

/// The end of a number at `idx` that names rather than counts: after a
/// label noun ("Rule 40", "House Bill 1523", "Chapter
/// One"), in a docket number ("No. 14-915"), "Air Force One" and
/// "401(k)", and inside markup (`<tweet
/// id="672138506081275904">`, `timestamp="1457542800"`).
pub(super) fn label_number_end(words: &[Word], idx: usize) -> Option<usize> {
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
