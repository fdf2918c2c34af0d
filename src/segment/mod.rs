//! Segmentation of normalised text into paragraphs, tokens and sentences,
//! with headings, a dateline and repeated paragraphs recognised.
//!
//! Everything here runs on [`crate::text::normalize::Normalized::text`], so it sees
//! `'` and `"` for every kind of quote and `\n` for every line break. Each
//! pass is a single left-to-right scan: the work is linear in the text.

/// How an abbreviation's period behaves at a possible sentence end: `Title`
/// precedes a name or number and never ends a sentence ("Mr.", "No."),
/// `Month` precedes a day or year ("Jan. 6"), `Other` may end a sentence
/// ("U.S.", "Inc."); the classes of `data/lexicon/abbreviations.txt`.
pub use crate::resources::lists::lexicon::abbreviations::Value as AbbrevClass;
mod blocks;
mod labels;
mod sentences;
mod tokens;

use crate::text::calendar::Date;
use crate::text::span::Span;
pub use blocks::is_title_case;
use blocks::{caption_sentences, find_dateline, is_heading, mark_duplicates, paragraph_spans};
pub use labels::{label_at, Label};
use sentences::split_sentences;
pub use tokens::tokenize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, digits and the joiners inside a word ("32-member", "O'Brien").
    Word,
    /// Digits with decimal points, thousands separators, colons or slashes.
    Number,
    /// A word with its abbreviation period ("Mr.", "U.S.", "J.").
    Abbreviation(AbbrevClass),
    /// An address such as `https://example.org/a`.
    Url,
    /// One punctuation mark, or an ellipsis.
    Punct,
    /// Anything else: a symbol or an emoji with its modifiers.
    Symbol,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Body,
    /// A photo caption: a paragraph that ends with a credit ("...
    /// launchpads. Image: NASA.") or a mark of the archive ("Starry Lee;
    /// from file, 2015."), or opens with one ("File photo of ...").
    Caption,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub kind: BlockKind,
    /// Index range into [`Structure::tokens`].
    pub tokens: std::ops::Range<usize>,
    pub duplicate_of: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    pub tokens: std::ops::Range<usize>,
    pub duplicate_of: Option<usize>,
    /// Whether the sentence belongs to a photo caption: every sentence of
    /// a [`BlockKind::Caption`] paragraph, and the caption that opens a
    /// paragraph its line break was lost from ("Leung Yiu-chung of NWSC;
    /// from file, 2008. In the District Council ...").
    pub caption: bool,
}

/// A date at the start of one of the first paragraphs ("Thursday, May 7, 2015").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    pub span: Span,
    pub date: Date,
}

#[derive(Debug, Default)]
pub struct Structure {
    pub tokens: Vec<Token>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub dateline: Option<Dateline>,
}

/// Sentences shorter than this many letters and digits are too common to
/// call a repetition a duplicate ("He declined.").
const MIN_DUPLICATE_SENTENCE: usize = 16;

/// Headings are short: at most this many words.
const MAX_HEADING_WORDS: usize = 15;

/// A title line above an article may be longer, but not much.
const MAX_TITLE_WORDS: usize = 25;

/// Only the first few paragraphs may hold a dateline.
const DATELINE_PARAGRAPHS: usize = 3;

/// A caption has at most this many sentences before its credit.
const MAX_CAPTION_SENTENCES: usize = 3;

/// The credit after a caption's label ("Image: Twitter / Barack Obama")
/// has at most this many tokens.
const MAX_CREDIT_TOKENS: usize = 8;

pub fn segment(text: &str) -> Structure {
    let mut structure = Structure::default();
    let mut joined = Vec::new();
    for (span, is_joined) in paragraph_spans(text) {
        let first = structure.tokens.len();
        tokenize(text, span, &mut structure.tokens);
        let tokens = first..structure.tokens.len();
        structure.paragraphs.push(Paragraph {
            span,
            kind: BlockKind::Body,
            tokens,
            duplicate_of: None,
        });
        joined.push(is_joined);
    }
    for (idx, paragraph) in structure.paragraphs.iter().enumerate() {
        split_sentences(
            text,
            &structure.tokens,
            idx,
            paragraph.tokens.clone(),
            &mut structure.sentences,
        );
    }
    structure.dateline = find_dateline(text, &structure);
    let n_paragraphs = structure.paragraphs.len();
    let mut n_sentences = vec![0usize; n_paragraphs];
    for sentence in &structure.sentences {
        n_sentences[sentence.paragraph] += 1;
    }
    // A paragraph's sentences are consecutive: each paragraph's first.
    let mut first_sentence = vec![0usize; n_paragraphs + 1];
    for (idx, n) in n_sentences.iter().enumerate() {
        first_sentence[idx + 1] = first_sentence[idx] + n;
    }
    for (idx, paragraph) in structure.paragraphs.iter_mut().enumerate() {
        let sentences = &mut structure.sentences[first_sentence[idx]..first_sentence[idx + 1]];
        let n_caption = caption_sentences(text, &structure.tokens, sentences);
        sentences[..n_caption]
            .iter_mut()
            .for_each(|s| s.caption = true);
        if n_caption > 0 && n_caption == sentences.len() {
            paragraph.kind = BlockKind::Caption;
        }
    }
    let dateline = structure.dateline;
    for (idx, paragraph) in structure.paragraphs.iter_mut().enumerate() {
        let is_dateline = dateline.is_some_and(|d| paragraph.span.contains(d.span));
        let tokens = &structure.tokens[paragraph.tokens.clone()];
        if paragraph.kind == BlockKind::Body
            && !joined[idx]
            && !is_dateline
            && n_sentences[idx] == 1
            && is_heading(text, tokens, idx == 0 && n_paragraphs > 1)
        {
            paragraph.kind = BlockKind::Heading;
        }
    }
    mark_duplicates(text, &mut structure);
    structure
}

/// `w` in lower case, borrowed when it already is (most words are).
pub(crate) fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    // ASCII words, most of a news text, need no look-up in Unicode's tables.
    if w.is_ascii() {
        return if w.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(w.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(w)
        };
    }
    if w.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|t| &text[t.span.range()]).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| &text[s.span.range()])
            .collect()
    }

    #[test]
    fn tokenizes() {
        let cases: &[(&str, &[&str])] = &[
            (
                "NATO's 32-member alliance",
                &["NATO", "'s", "32-member", "alliance"],
            ),
            (
                "don't O'Brien rock'n'roll",
                &["do", "n't", "O'Brien", "rock'n'roll"],
            ),
            (
                "the U.S. and Mr. Key",
                &["the", "U.S.", "and", "Mr.", "Key"],
            ),
            (
                "$1,500.75 or 3.5% at 10:30",
                &["$", "1,500.75", "or", "3.5", "%", "at", "10:30"],
            ),
            ("wait... what?!", &["wait", "...", "what", "?", "!"]),
            (
                "see https://example.org/a.",
                &["see", "https://example.org/a", "."],
            ),
            ("leaders' deal", &["leaders", "'", "deal"]),
            (
                "e\u{301}te\u{301} 😀👍\u{1F3FD} 中文",
                &["e\u{301}te\u{301}", "😀", "👍\u{1F3FD}", "中文"],
            ),
            ("J. K. Rowling", &["J.", "K.", "Rowling"]),
            ("@POTUS #NATO", &["@POTUS", "#NATO"]),
        ];
        for &(text, expected) in cases {
            assert_eq!(tokens(text), expected, "{text:?}");
        }
    }

    #[test]
    fn splits_sentences() {
        let cases: &[(&str, &[&str])] = &[
            ("He left. She stayed.", &["He left.", "She stayed."]),
            (
                "Mr. Key met Gen. Smith on Jan. 6 at No. 10.",
                &["Mr. Key met Gen. Smith on Jan. 6 at No. 10."],
            ),
            (
                "It rose 3.5 percent. Then it fell.",
                &["It rose 3.5 percent.", "Then it fell."],
            ),
            (
                "He moved to the U.S. The move was hard.",
                &["He moved to the U.S.", "The move was hard."],
            ),
            (
                "He moved to the U.S. Army base.",
                &["He moved to the U.S. Army base."],
            ),
            ("\"Stop.\" She left.", &["\"Stop.\"", "She left."]),
            (
                "\"Stop,\" he said. \"Now.\"",
                &["\"Stop,\" he said.", "\"Now.\""],
            ),
            ("\"Is it?\" he asked.", &["\"Is it?\" he asked."]),
            ("Wait... What? No!", &["Wait...", "What?", "No!"]),
            ("J. K. Rowling wrote it.", &["J. K. Rowling wrote it."]),
            // State abbreviations: inside a name, and at a sentence's end.
            (
                "State Del. Marcia Price shouted.",
                &["State Del. Marcia Price shouted."],
            ),
            (
                "He lives in Dover, Del. The town is small.",
                &["He lives in Dover, Del.", "The town is small."],
            ),
            // Words that are no state abbreviation here still end it.
            (
                "The family attended Mass. Smith said it was moving.",
                &["The family attended Mass.", "Smith said it was moving."],
            ),
            ("Heading\nBody text here.", &["Heading", "Body text here."]),
        ];
        for &(text, expected) in cases {
            assert_eq!(sentences(text), expected, "{text:?}");
        }
    }

    #[test]
    fn finds_headings_datelines_and_paragraphs() {
        let text = "Over 900 asylum seekers rescued off Indonesian coast\n\nMonday, May 18, 2015\n\nThe boats landed.\nNATO's Historic Spending Pledge\nBy Jane Smith\nLast week, leaders met.";
        let s = segment(text);
        let kinds: Vec<(&str, BlockKind)> = s
            .paragraphs
            .iter()
            .map(|p| (&text[p.span.range()], p.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    "Over 900 asylum seekers rescued off Indonesian coast",
                    BlockKind::Heading
                ),
                ("Monday, May 18, 2015", BlockKind::Body),
                ("The boats landed.", BlockKind::Body),
                ("NATO's Historic Spending Pledge", BlockKind::Heading),
                ("By Jane Smith", BlockKind::Body),
                ("Last week, leaders met.", BlockKind::Body),
            ]
        );
        let dateline = s.dateline.unwrap();
        assert_eq!(&text[dateline.span.range()], "Monday, May 18, 2015");
        assert_eq!(dateline.date.to_string(), "2015-05-18");
    }

    #[test]
    fn finds_photo_captions() {
        use BlockKind::{Body, Caption};
        // A paragraph, its kind and which of its sentences are a caption.
        let cases: &[(&str, BlockKind, &[bool])] = &[
            (
                "The minister in Rome on May 3, 2019. Image: State Department.",
                Caption,
                &[true, true],
            ),
            (
                "Dancers on stage Photo: Jane Roe / Reuters",
                Caption,
                &[true],
            ),
            (
                "A flooded road. The river rose overnight. Photo credit: AP.",
                Caption,
                &[true, true, true],
            ),
            (
                "Mayor Jones of the party; from file, 2011.",
                Caption,
                &[true],
            ),
            ("The old bridge (file photo).", Caption, &[true]),
            ("File photo of the harbour in winter.", Caption, &[true]),
            // A caption whose line break to the next paragraph was lost.
            (
                "Mayor Jones of the party; from file, 2010. The vote went on until late.",
                Body,
                &[true, false],
            ),
            // No credit: a colon in a sentence, a credit too long or in
            // lower case, a credit after more than a caption's sentences.
            ("He painted the Picture: a world at war.", Body, &[false]),
            (
                "Credit: Markets fell on Monday as traders sold bonds and shares in every sector.",
                Body,
                &[false],
            ),
            (
                "The council met. It voted. Officials left. Then it rained. Image: City Hall.",
                Body,
                &[false, false, false, false, false],
            ),
            (
                "The file photo was old, from file, he said.",
                Body,
                &[false],
            ),
        ];
        for &(text, kind, captions) in cases {
            let s = segment(text);
            assert_eq!(s.paragraphs[0].kind, kind, "{text}");
            let flags: Vec<bool> = s.sentences.iter().map(|s| s.caption).collect();
            assert_eq!(flags, captions, "{text}");
        }
    }

    #[test]
    fn joins_hard_wrapped_lines() {
        let wrapped = "The alliance agreed on\nThursday to raise spending.\n\nIt was a\nlong meeting in the\ncapital.\n\nMore came\nlater.";
        let s = segment(wrapped);
        assert_eq!(s.paragraphs.len(), 3);
        let broken = "The minister said that\nthe deal was done.";
        assert_eq!(segment(broken).paragraphs.len(), 1);
    }

    #[test]
    fn marks_near_duplicates() {
        let text = "Last week, NATO leaders agreed.\nLast  week NATO leaders AGREED!\nSomething else.\nLast week, NATO leaders agreed.";
        let s = segment(text);
        let dups: Vec<Option<usize>> = s.paragraphs.iter().map(|p| p.duplicate_of).collect();
        assert_eq!(dups, [None, Some(0), None, Some(0)]);
        assert_eq!(s.sentences[1].duplicate_of, Some(0));
    }
}
