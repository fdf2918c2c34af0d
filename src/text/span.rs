//! Byte spans and the conversion of byte offsets to UTF-16 and code-point offsets.
//!
//! Inside the crate every span is a half-open byte range into the text. What
//! leaves the crate as JSON is in UTF-16 code units (what JS `String.slice`
//! takes); Python users want code points. [`OffsetMap`] converts between the
//! three in time proportional to a small constant per lookup, without a table
//! as large as the text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The unit that the offsets of a [`crate::Document`] are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// UTF-8 bytes: what Rust slices with.
    Utf8,
    /// UTF-16 code units: what JavaScript slices with.
    Utf16,
    /// Unicode scalar values: what Python slices with.
    Codepoint,
}

/// Every `STRIDE` bytes the map records how many UTF-16 units and code points
/// precede that byte, so a lookup scans at most `STRIDE` bytes plus one char.
const STRIDE: usize = 64;

/// Converts byte offsets of one text to UTF-16 and code-point offsets, and back.
pub struct OffsetMap<'t> {
    text: &'t str,
    /// `checkpoints[i]` holds `(byte, utf16, codepoint)` at the first char
    /// boundary at or after `i * STRIDE`.
    checkpoints: Vec<(usize, usize, usize)>,
}

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str) -> OffsetMap<'t> {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 2);
        let (mut utf16, mut cps) = (0usize, 0usize);
        let mut next = 0usize;
        for (byte, ch) in text.char_indices() {
            while byte >= next {
                checkpoints.push((byte, utf16, cps));
                next += STRIDE;
            }
            utf16 += ch.len_utf16();
            cps += 1;
        }
        while text.len() >= next {
            checkpoints.push((text.len(), utf16, cps));
            next += STRIDE;
        }
        OffsetMap { text, checkpoints }
    }

    /// Converts a byte offset (on a char boundary) to the given unit.
    pub fn convert(&self, byte: usize, unit: Unit) -> usize {
        let byte = byte.min(self.text.len());
        let (mut at, mut utf16, mut cps) = self.checkpoints[byte / STRIDE];
        // The checkpoint may lie past `byte` when a multi-byte char straddles
        // the stride; step back to the previous checkpoint in that case.
        if at > byte {
            (at, utf16, cps) = self.checkpoints[byte / STRIDE - 1];
        }
        for ch in self.text[at..byte].chars() {
            utf16 += ch.len_utf16();
            cps += 1;
        }
        match unit {
            Unit::Utf8 => byte,
            Unit::Utf16 => utf16,
            Unit::Codepoint => cps,
        }
    }

    /// Converts an offset in `unit` back to a byte offset. An offset inside a
    /// surrogate pair or past the end is clamped to the next char boundary.
    pub fn to_byte(&self, offset: usize, unit: Unit) -> usize {
        let pick = |c: &(usize, usize, usize)| match unit {
            Unit::Utf8 => c.0,
            Unit::Utf16 => c.1,
            Unit::Codepoint => c.2,
        };
        let idx = self
            .checkpoints
            .partition_point(|c| pick(c) <= offset)
            .max(1)
            - 1;
        let (mut byte, mut count) = (self.checkpoints[idx].0, pick(&self.checkpoints[idx]));
        for ch in self.text[byte..].chars() {
            if count >= offset {
                break;
            }
            count += match unit {
                Unit::Utf8 => ch.len_utf8(),
                Unit::Utf16 => ch.len_utf16(),
                Unit::Codepoint => 1,
            };
            byte += ch.len_utf8();
        }
        byte
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_every_boundary_both_ways() {
        let mut text = String::new();
        for i in 0..300 {
            text.push_str(["a", "é", "😀", "e\u{301}", "中文", "\u{5d0}"][i % 6]);
        }
        let map = OffsetMap::new(&text);
        let (mut utf16, mut cps) = (0, 0);
        for (byte, ch) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(
                map.convert(byte, Unit::Utf16),
                utf16,
                "utf16 at byte {byte}"
            );
            assert_eq!(
                map.convert(byte, Unit::Codepoint),
                cps,
                "codepoint at byte {byte}"
            );
            assert_eq!(map.to_byte(utf16, Unit::Utf16), byte);
            assert_eq!(map.to_byte(cps, Unit::Codepoint), byte);
            utf16 += ch.len_utf16();
            cps += 1;
        }
    }

    #[test]
    fn empty_text() {
        let map = OffsetMap::new("");
        assert_eq!(map.convert(0, Unit::Utf16), 0);
        assert_eq!(map.to_byte(5, Unit::Codepoint), 0);
    }
}
