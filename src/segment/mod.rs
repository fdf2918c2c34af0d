//! Segmentation of normalised text into paragraphs, tokens and sentences,
//! with headings, a dateline and repeated paragraphs recognised.
//!
//! Everything here runs on [`crate::text::normalize::Normalized::text`], so it sees
//! `'` and `"` for every kind of quote and `\n` for every line break. Each
//! pass is a single left-to-right scan: the work is linear in the text.

use rustc_hash::FxHashMap as HashMap;

/// How an abbreviation's period behaves at a possible sentence end: `Title`
/// precedes a name or number and never ends a sentence ("Mr.", "No."),
/// `Month` precedes a day or year ("Jan. 6"), `Other` may end a sentence
/// ("U.S.", "Inc."); the classes of `data/lexicon/abbreviations.txt`.
pub use crate::resources::lists::lexicon::abbreviations::Value as AbbrevClass;
use crate::text::calendar::Date;
use crate::text::span::Span;

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
    let dateline = structure.dateline;
    for (idx, paragraph) in structure.paragraphs.iter_mut().enumerate() {
        let is_dateline = dateline.is_some_and(|d| paragraph.span.contains(d.span));
        let tokens = &structure.tokens[paragraph.tokens.clone()];
        if !joined[idx]
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

/// Splits the text into paragraph spans, trimmed of spaces. Each non-blank
/// line is a paragraph, except that lines of a hard-wrapped block are joined.
/// The flag says whether the paragraph joins several lines.
fn paragraph_spans(text: &str) -> Vec<(Span, bool)> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let trimmed = line.trim_matches(|c: char| c.is_whitespace());
        let lead = line.len() - line.trim_start_matches(|c: char| c.is_whitespace()).len();
        lines.push(Span::new(offset + lead, offset + lead + trimmed.len()));
        offset += line.len() + 1;
    }
    let ends_open =
        |span: Span| !text[span.range()].ends_with(['.', '!', '?', ':', ';', '"', '\'', ')', ']']);
    // A text is hard-wrapped when most line breaks inside blocks fall in the
    // middle of a sentence and lines are short, as in e-mail or plain-text
    // wire copy; then a block is one paragraph.
    let starts_lower = |span: Span| {
        text[span.range()]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    };
    let (mut n_inner, mut n_open, mut n_lower) = (0usize, 0usize, 0usize);
    let mut n_blank = 0usize;
    for pair in lines.windows(2) {
        if pair[0].is_empty() || pair[1].is_empty() {
            n_blank += usize::from(pair[1].is_empty() && !pair[0].is_empty());
            continue;
        }
        n_inner += 1;
        n_open += usize::from(ends_open(pair[0]));
        n_lower += usize::from(ends_open(pair[0]) && starts_lower(pair[1]));
    }
    let max_line = lines.iter().map(Span::len).max().unwrap_or(0);
    let hard_wrapped = n_blank >= 2
        && n_inner >= 3
        && n_open * 2 >= n_inner
        && n_lower * 3 >= n_inner
        && max_line <= 120;

    let mut paragraphs: Vec<(Span, bool)> = Vec::new();
    let mut prev_blank = true;
    for line in lines {
        if line.is_empty() {
            prev_blank = true;
            continue;
        }
        match paragraphs.last_mut() {
            Some((last, is_joined))
                if !prev_blank && (hard_wrapped || (ends_open(*last) && starts_lower(line))) =>
            {
                last.end = line.end;
                *is_joined = true;
            }
            _ => paragraphs.push((line, false)),
        }
        prev_blank = false;
    }
    paragraphs
}

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

fn split_sentences(
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

/// A heading is one short line without final punctuation in title case
/// ("NATO's Historic Spending Pledge"), or the title line above an article.
fn is_heading(text: &str, tokens: &[Token], may_be_title: bool) -> bool {
    let Some(last) = tokens.last() else {
        return false;
    };
    let last_text = &text[last.span.range()];
    if matches!(last_text, "." | "," | ";" | ":") || last_text.starts_with("..") {
        return false;
    }
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation(_)))
        .map(|t| &text[t.span.range()])
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    if words.is_empty() || tokens.iter().any(|t| t.kind == TokenKind::Url) {
        return false;
    }
    // A byline ("By Jane Smith") is not a heading.
    if words[0].eq_ignore_ascii_case("by") && words.len() <= 6 {
        return false;
    }
    let capitalised = |w: &&str| w.chars().next().is_some_and(|c| c.is_uppercase());
    let title_case = words.len() <= MAX_HEADING_WORDS
        && capitalised(&words[0])
        && words.iter().all(|w| {
            capitalised(w)
                || crate::resources::lists::lexicon::function_words::contains(w)
                || w.starts_with('\'')
        });
    let title_line = may_be_title && words.len() <= MAX_TITLE_WORDS && capitalised(&words[0]);
    title_case || title_line
}

/// Finds a date that opens one of the first paragraphs: "Thursday, May 7,
/// 2015", "May 7, 2015", "7 May 2015".
fn find_dateline(text: &str, structure: &Structure) -> Option<Dateline> {
    for paragraph in structure.paragraphs.iter().take(DATELINE_PARAGRAPHS) {
        let tokens = &structure.tokens[paragraph.tokens.clone()];
        let words: Vec<&str> = tokens
            .iter()
            .map(|t| text[t.span.range()].trim_end_matches('.'))
            .collect();
        let mut i = 0;
        if words
            .first()
            .is_some_and(|w| crate::text::calendar::weekday_of(w).is_some())
        {
            i += 1;
            if words.get(i) == Some(&",") {
                i += 1;
            }
        }
        let number = |k: usize| words.get(k).and_then(|w| w.parse::<u32>().ok());
        let comma = |k: usize| usize::from(words.get(k) == Some(&","));
        let found = if let (Some(month), Some(day)) = (
            words
                .get(i)
                .and_then(|w| crate::text::calendar::month_of(w)),
            number(i + 1),
        ) {
            let k = i + 2 + comma(i + 2);
            number(k).map(|year| (year, month, day, k + 1))
        } else if let (Some(day), Some(month)) = (
            number(i),
            words
                .get(i + 1)
                .and_then(|w| crate::text::calendar::month_of(w)),
        ) {
            let k = i + 2 + comma(i + 2);
            number(k).map(|year| (year, month, day, k + 1))
        } else {
            None
        };
        if let Some((year, month, day, n_tokens)) = found {
            if let Some(date) =
                Date::new(year as i32, month, day).filter(|_| (1000..=9999).contains(&year))
            {
                let span = Span::new(tokens[0].span.start, tokens[n_tokens - 1].span.end);
                return Some(Dateline { span, date });
            }
        }
    }
    None
}

/// What stays of a text when whitespace, punctuation and case are ignored.
fn duplicate_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn mark_duplicates(text: &str, structure: &mut Structure) {
    let mut seen: HashMap<String, usize> = HashMap::default();
    for (idx, paragraph) in structure.paragraphs.iter_mut().enumerate() {
        let key = duplicate_key(&text[paragraph.span.range()]);
        if !key.is_empty() {
            paragraph.duplicate_of = seen.get(&key).copied();
            seen.entry(key).or_insert(idx);
        }
    }
    seen.clear();
    for (idx, sentence) in structure.sentences.iter_mut().enumerate() {
        let key = duplicate_key(&text[sentence.span.range()]);
        if key.len() >= MIN_DUPLICATE_SENTENCE {
            sentence.duplicate_of = seen.get(&key).copied();
            seen.entry(key).or_insert(idx);
        }
    }
}

/// `w` in lower case, borrowed when it already is (most words are).
pub(crate) fn lower(w: &str) -> std::borrow::Cow<'_, str> {
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
