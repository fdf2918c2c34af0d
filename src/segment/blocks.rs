//! Blocks: paragraphs (lines, with hard-wrapped blocks joined), headings
//! (short title-case lines and the title line), photo captions, the
//! dateline, and repeated paragraphs and sentences.

use std::hash::Hasher;

use rustc_hash::FxHashMap as HashMap;

use super::{
    Dateline, Sentence, Structure, Token, TokenKind, DATELINE_PARAGRAPHS, MAX_CAPTION_SENTENCES,
    MAX_CREDIT_TOKENS, MAX_HEADING_WORDS, MAX_TITLE_WORDS, MIN_DUPLICATE_SENTENCE,
};
use crate::resources::lists::lexicon::caption_cues::{self, Class as CaptionCue};
use crate::text::calendar::Date;
use crate::text::span::Span;

/// Splits the text into paragraph spans, trimmed of spaces. Each non-blank
/// line is a paragraph, except that lines of a hard-wrapped block are joined.
/// The flag says whether the paragraph joins several lines.
pub(super) fn paragraph_spans(text: &str) -> Vec<(Span, bool)> {
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

pub(super) fn is_heading(text: &str, tokens: &[Token], may_be_title: bool) -> bool {
    let Some(last) = tokens.last() else {
        return false;
    };
    let last_text = &text[last.span.range()];
    if matches!(last_text, "." | "," | ";" | ":") || last_text.starts_with("..") {
        return false;
    }
    let words = heading_words(text, tokens);
    if words.is_empty() || tokens.iter().any(|t| t.kind == TokenKind::Url) {
        return false;
    }
    // A byline ("By Jane Smith") is not a heading.
    if words[0].eq_ignore_ascii_case("by") && words.len() <= 6 {
        return false;
    }
    let title_line =
        may_be_title && words.len() <= MAX_TITLE_WORDS && crate::text::is_capitalised(words[0]);
    title_case(&words) || title_line
}

/// Whether the words of a line or a sentence are a heading in title case:
/// at most `MAX_HEADING_WORDS`, the first capitalised, each capitalised
/// or a function word ("Operation Costs Rise At Airport", "Talks on the
/// Budget Collapse").
fn title_case(words: &[&str]) -> bool {
    let capitalised = |w: &&str| crate::text::is_capitalised(w);
    words.len() <= MAX_HEADING_WORDS
        && words.first().is_some_and(capitalised)
        && words.iter().all(|w| {
            capitalised(w)
                || crate::resources::lists::lexicon::function_words::contains(w)
                || w.starts_with('\'')
        })
}

/// Whether the words of `tokens` (a sentence) are in title case as a
/// heading's are ([`is_heading`]'s test, whatever ends the sentence).
pub fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    title_case(&heading_words(text, tokens))
}

/// The words of `tokens` that a heading's test reads: words and
/// abbreviations that open with a letter.
fn heading_words<'t>(text: &'t str, tokens: &[Token]) -> Vec<&'t str> {
    tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation(_)))
        .map(|t| &text[t.span.range()])
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect()
}

/// How many of a paragraph's first sentences are a photo caption: those
/// up to the first that ends with a credit ("An example of severe eczema.
/// Image: Jambula.", "Belle Image: Nick Moreau.") or a mark of the
/// archive ("DAB's Starry Lee; from file, 2015.", "(file photo)"), among
/// the first few; else the first one when it opens with such a mark
/// ("File photo of ..."); else none. Sentences after the caption are the
/// next paragraph when the line break between them was lost.
pub(super) fn caption_sentences(text: &str, tokens: &[Token], sentences: &[Sentence]) -> usize {
    let words = |s: &Sentence| &tokens[s.tokens.clone()];
    if let Some(k) = sentences
        .iter()
        .take(MAX_CAPTION_SENTENCES)
        .position(|s| ends_a_caption(text, words(s)))
    {
        return k + 1;
    }
    usize::from(
        sentences
            .first()
            .is_some_and(|s| cue_at(text, words(s), 0, CaptionCue::Opener).is_some()),
    )
}

/// The length of a phrase of `class` of `data/lexicon/caption_cues.txt`
/// that begins at `tokens[at]`, when one does; the longest.
fn cue_at(text: &str, tokens: &[Token], at: usize, class: CaptionCue) -> Option<usize> {
    let first = &text[tokens.get(at)?.span.range()];
    caption_cues::starting(first)
        .iter()
        .filter(|p| {
            let run = tokens.get(at..at + usize::from(p.n_words));
            p.class == class
                && run
                    .is_some_and(|run| p.words().zip(run).all(|(w, t)| &text[t.span.range()] == w))
        })
        .map(|p| usize::from(p.n_words))
        .max()
}

/// Whether a sentence ends with a caption's credit: a label, a colon and
/// a short credit that opens with a capital or a figure ("Image: Twitter /
/// Barack Obama."), or a mark of the archive after a comma, a semicolon
/// or a bracket, a year after it or none ("; from file, 2008.", "(file
/// photo).").
fn ends_a_caption(text: &str, tokens: &[Token]) -> bool {
    let word = |t: &Token| &text[t.span.range()];
    let mut end = tokens.len();
    while end > 0 && matches!(word(&tokens[end - 1]), "." | ")") {
        end -= 1;
    }
    let body = &tokens[..end];
    let labelled = (end.saturating_sub(MAX_CREDIT_TOKENS + 3)..end).any(|at| {
        cue_at(text, body, at, CaptionCue::Label).is_some_and(|n| {
            let credit = &body[(at + n + 1).min(end)..];
            body.get(at + n).is_some_and(|t| word(t) == ":")
                && (1..=MAX_CREDIT_TOKENS).contains(&credit.len())
                && credit
                    .iter()
                    .all(|t| !matches!(word(t), "." | "!" | "?" | ":" | ";" | "\""))
                && word(&credit[0])
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
    });
    if labelled {
        return true;
    }
    // "from file, 2008": the year after the mark is the picture's.
    if end >= 2
        && word(&body[end - 2]) == ","
        && word(&body[end - 1]).len() == 4
        && word(&body[end - 1]).bytes().all(|b| b.is_ascii_digit())
    {
        end -= 2;
    }
    (end.saturating_sub(2).max(1)..end).any(|at| {
        cue_at(text, body, at, CaptionCue::Ending) == Some(end - at)
            && matches!(word(&body[at - 1]), "," | ";" | "(")
    })
}

/// Finds a date that opens one of the first paragraphs: "Thursday, May 7,
/// 2015", "May 7, 2015", "7 May 2015".
pub(super) fn find_dateline(text: &str, structure: &Structure) -> Option<Dateline> {
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

/// What stays of a text when whitespace, punctuation and case are ignored:
/// its letters and digits, lower-cased.
fn key_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// A hash of [`key_chars`] and their length in UTF-8 bytes, made without
/// building the string: most paragraphs and sentences repeat nothing, so
/// a copy of each would be made only to be thrown away.
fn duplicate_key(text: &str) -> (u64, usize) {
    let mut hash = rustc_hash::FxHasher::default();
    let mut len = 0;
    for c in text.chars() {
        // Most of a news text is ASCII, whose letters and digits need no
        // look-up in Unicode's tables.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                hash.write_u8(c.to_ascii_lowercase() as u8);
                len += 1;
            }
        } else if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                hash.write_u32(u32::from(lower));
                len += lower.len_utf8();
            }
        }
    }
    (hash.finish(), len)
}

/// For each of `spans`, the first earlier one with the same key
/// ([`key_chars`]), if its key has at least `min_len` bytes. Hashes find
/// the candidate; the keys themselves decide, so a collision of hashes
/// never makes a duplicate (it costs a scan of the earlier spans instead).
fn first_copies(text: &str, spans: &[Span], min_len: usize) -> Vec<Option<usize>> {
    let mut first: HashMap<u64, usize> = HashMap::default();
    let mut copies = vec![None; spans.len()];
    for (idx, span) in spans.iter().enumerate() {
        let piece = &text[span.range()];
        let (hash, len) = duplicate_key(piece);
        if len < min_len {
            continue;
        }
        // Text repeated byte for byte (a page's boilerplate, an article
        // pasted twice) needs no case folding to compare.
        let same = |j: usize| {
            let earlier = &text[spans[j].range()];
            earlier == piece || key_chars(earlier).eq(key_chars(piece))
        };
        match first.get(&hash) {
            None => {
                first.insert(hash, idx);
            }
            Some(&earlier) if same(earlier) => copies[idx] = Some(earlier),
            Some(_) => copies[idx] = (0..idx).find(|&j| same(j)),
        }
    }
    copies
}

pub(super) fn mark_duplicates(text: &str, structure: &mut Structure) {
    let spans: Vec<Span> = structure.paragraphs.iter().map(|p| p.span).collect();
    for (paragraph, copy) in structure
        .paragraphs
        .iter_mut()
        .zip(first_copies(text, &spans, 1))
    {
        paragraph.duplicate_of = copy;
    }
    let spans: Vec<Span> = structure.sentences.iter().map(|s| s.span).collect();
    let copies = first_copies(text, &spans, MIN_DUPLICATE_SENTENCE);
    for (sentence, copy) in structure.sentences.iter_mut().zip(copies) {
        sentence.duplicate_of = copy;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys ignore case (beyond ASCII too), spaces and punctuation; a key
    /// shorter than the minimum marks nothing; the first copy is named.
    #[test]
    fn first_copies_compare_keys() {
        let text = "Été à Paris.|ÉTÉ À PARIS!|Hiver.|été, à paris|Été|Été à Paris.";
        let mut spans = Vec::new();
        let mut start = 0;
        for piece in text.split('|') {
            spans.push(Span::new(start, start + piece.len()));
            start += piece.len() + 1;
        }
        assert_eq!(
            first_copies(text, &spans, 1),
            [None, Some(0), None, Some(0), None, Some(0)]
        );
        assert_eq!(duplicate_key("ÉTÉ À PARIS!"), duplicate_key("été à paris"));
        assert_eq!(duplicate_key("Été").1, "été".len());
        // "étéàparis" has 12 bytes.
        assert_eq!(first_copies(text, &spans, 13), [None; 6]);
    }
}
