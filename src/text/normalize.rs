//! Normalisation of pasted text, keeping a map back to the original offsets.
//!
//! Later stages see one spelling of each thing that pasted news text writes in
//! many ways: line breaks are `\n`, every kind of space is ` `, curly and
//! prime quotes are `'` and `"`, and invisible characters are gone. Each stage
//! works on [`Normalized::text`]; [`Normalized::to_original`] maps its spans
//! back, so the user's curly quotes and CRLFs survive in what they see.

use crate::text::span::Span;

/// A normalised copy of a text and the edits that map it back.
pub struct Normalized {
    pub text: String,
    /// Points `(normalized byte, original byte)` where the offset between the
    /// two texts changes, in increasing order: one pair at the start and one
    /// at the end of each edit. Between an end and the next start the texts
    /// advance together.
    anchors: Vec<(usize, usize)>,
    /// Number of control characters (other than tab and line breaks) seen;
    /// a high share of them means the input is binary, not text.
    pub n_control: usize,
    /// Number of U+FFFD replacement characters: bytes that were not UTF-8, or
    /// lone surrogates from JavaScript.
    pub n_replacement: usize,
}

/// What a char becomes in the normalised text.
enum Edit {
    Keep,
    Replace(&'static str),
    Drop,
}

fn edit(ch: char, next: Option<char>) -> Edit {
    match ch {
        '\r' if next == Some('\n') => Edit::Drop,
        '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0B}' | '\u{0C}' => Edit::Replace("\n"),
        '\t'
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Edit::Replace(" "),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}'
        | '\u{FF07}' => Edit::Replace("'"),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' | '\u{FF02}' => Edit::Replace("\""),
        '\u{2026}' => Edit::Replace("..."),
        '\u{2010}' | '\u{2011}' => Edit::Replace("-"),
        // Zero-width characters, soft hyphens and the byte-order mark split
        // words invisibly; bidi controls carry no meaning for extraction.
        '\u{AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => Edit::Drop,
        c if c.is_control() && c != '\n' => Edit::Replace(" "),
        _ => Edit::Keep,
    }
}

impl Normalized {
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut anchors = Vec::new();
        let (mut n_control, mut n_replacement) = (0, 0);
        let bytes = original.as_bytes();
        let mut byte = 0;
        while byte < bytes.len() {
            // Printable ASCII and line feeds, most of any text, are kept as
            // they are: copy each run of them at once.
            let plain = |b: &u8| *b == b'\n' || (b' '..=b'~').contains(b);
            let run = bytes[byte..].iter().take_while(|b| plain(b)).count();
            text.push_str(&original[byte..byte + run]);
            byte += run;
            let Some(ch) = original[byte..].chars().next() else {
                break;
            };
            let after = byte + ch.len_utf8();
            if ch.is_control() && !matches!(ch, '\n' | '\r' | '\t') {
                n_control += 1;
            }
            if ch == '\u{FFFD}' {
                n_replacement += 1;
            }
            let next = original[after..].chars().next();
            let replacement = match edit(ch, next) {
                Edit::Keep => {
                    text.push(ch);
                    byte = after;
                    continue;
                }
                Edit::Replace(s) => s,
                Edit::Drop => "",
            };
            anchors.push((text.len(), byte));
            text.push_str(replacement);
            anchors.push((text.len(), after));
            byte = after;
        }
        Normalized {
            text,
            anchors,
            n_control,
            n_replacement,
        }
    }

    /// Maps a byte offset in the normalised text to one in the original.
    /// Where characters were dropped at `offset`, a start (`at_end` false)
    /// maps past them and an end (`at_end` true) maps before them, so a span
    /// never takes in an invisible character or a `\r` beside it.
    pub fn offset_to_original(&self, offset: usize, at_end: bool) -> usize {
        let n_before = if at_end {
            self.anchors.partition_point(|&(norm, _)| norm < offset)
        } else {
            self.anchors.partition_point(|&(norm, _)| norm <= offset)
        };
        if n_before == 0 {
            return offset;
        }
        let (norm, orig) = self.anchors[n_before - 1];
        if n_before % 2 == 1 && offset > norm {
            // Inside a replacement ("..." for an ellipsis) or at its end:
            // take the end of the replaced char.
            return self.anchors[n_before].1;
        }
        orig + (offset - norm)
    }

    /// Maps a span of the normalised text to the original text.
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.offset_to_original(span.start, false);
        Span::new(start, self.offset_to_original(span.end, true).max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_spans_back_through_every_edit() {
        let original = "NATO\u{2019}s \u{201C}plan\u{201D}\r\nnext\u{A0}line\u{200B}x \u{2026} end";
        let norm = Normalized::new(original);
        assert_eq!(norm.text, "NATO's \"plan\"\nnext linex ... end");
        for (word, expected) in [
            ("NATO", "NATO"),
            ("'s", "\u{2019}s"),
            ("\"plan\"", "\u{201C}plan\u{201D}"),
            ("\n", "\n"),
            ("line", "line"),
            ("...", "\u{2026}"),
            ("end", "end"),
        ] {
            let start = norm.text.find(word).unwrap();
            let span = norm.to_original(Span::new(start, start + word.len()));
            assert_eq!(&original[span.range()], expected, "{word:?}");
        }
        assert_eq!(
            norm.offset_to_original(norm.text.len(), true),
            original.len()
        );
    }

    #[test]
    fn edits_at_the_ends_of_plain_runs() {
        assert_eq!(Normalized::new("a\rb\r").text, "a\nb\n");
        assert_eq!(Normalized::new("a\r\nb\r\n").text, "a\nb\n");
        assert_eq!(Normalized::new("\t\u{7F}\u{e9}~").text, "  \u{e9}~");
        assert_eq!(Normalized::new("").text, "");
    }

    #[test]
    fn counts_junk() {
        let norm = Normalized::new("a\u{0}\u{1}b\u{FFFD}");
        assert_eq!((norm.n_control, norm.n_replacement), (2, 1));
        assert_eq!(norm.text, "a  b\u{FFFD}");
    }
}
