//! Speaker labels: the words in capitals and the colon that open a
//! transcript's paragraph ("PENCE: ...", "KATE BOULDUAN: ...", "JAKE
//! TAPPER, CNN HOST: ..."). Read once here for the two stages that need
//! them: the names stage (`names.transcript`) and the quotes stage
//! (`quotes::turns`). Whether a label speaks is theirs to judge.

use super::Token;
use crate::text::words::in_capitals;

/// Most words of a speaker's label ("SEN. ELIZABETH WARREN").
const MAX_LABEL_WORDS: usize = 4;

/// A label: the speaker's first and last token (the name, not a role after
/// a comma) and the token of its colon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    pub first: usize,
    pub last: usize,
    pub colon: usize,
}

/// The label at the start of a paragraph's tokens `range` (after an
/// opening quotation mark): words in capitals, the last of two letters or
/// more (not "Q:" and "A:", whose speaker the label does not name), then a
/// colon. A role in capitals may follow the name after a comma ("JAKE
/// TAPPER, CNN HOST:"); the name is the speaker. A bounded look at the
/// paragraph's first words.
pub fn label_at(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> Option<Label> {
    let word = |k: usize| &text[tokens[k].span.range()];
    let mut first = range.start;
    if first < range.end && word(first) == "\"" {
        first += 1;
    }
    let mut words = 0;
    let mut name_last = None;
    for k in first..range.end.min(first + 3 * MAX_LABEL_WORDS) {
        let w = word(k);
        if w == ":" {
            return (words > 0 && in_capitals(word(k - 1))).then(|| Label {
                first,
                last: name_last.unwrap_or(k - 1),
                colon: k,
            });
        }
        if w == "," && name_last.is_none() && words > 0 && in_capitals(word(k - 1)) {
            name_last = Some(k - 1);
            words = 0;
            continue;
        }
        if in_capitals(w) {
            words += 1;
            if words > MAX_LABEL_WORDS {
                return None;
            }
        } else if !(w == "." || w.chars().all(char::is_uppercase) && w.len() == 1) {
            return None;
        }
    }
    None
}
