//! Features: what the model sees of each token (word, shape, affixes,
//! neighbours, gazetteer hits, the article's desk word, table rows,
//! document-level capitalisation, and, for the second stage, how the first
//! tagged the same word elsewhere), each hashed to a 32-bit key.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::decode::{split_tag, Tag, N_TAGS, TYPES};
use crate::names::clusters::{self, Clusters};
use crate::names::gazetteer::{FirstWords, Gazetteer, Kind, Match};
use crate::segment::{Token, TokenKind};

/// How many bits a feature's key has. Fewer bits make the model file
/// smaller (its keys are delta-coded, so each bit less saves about a bit
/// per feature after compression) at the price of collisions, which
/// training sees too (the hashing trick): at 24 bits, about one feature
/// in three hundred that the model does not know shares a key with one it
/// does.
pub const KEY_BITS: u32 = 24;

/// FNV-1a over a feature's template id and its parts, folded to
/// [`KEY_BITS`] bits.
fn feature_hash(template: u8, parts: &[&str]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(template);
    h = h.wrapping_mul(0x100_0000_01b3);
    for part in parts {
        for &b in part.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
        h = (h ^ 0xff).wrapping_mul(0x100_0000_01b3);
    }
    ((h ^ (h >> 32)) as u32) & ((1 << KEY_BITS) - 1)
}

/// The hash of a feature whose part is a number (a cluster path's code).
fn number_hash(template: u8, value: u32) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(template);
    h = h.wrapping_mul(0x100_0000_01b3);
    for b in value.to_le_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    ((h ^ (h >> 32)) as u32) & ((1 << KEY_BITS) - 1)
}

/// Where a word's cluster path is cut: its own at four depths (those of
/// Ratinov and Roth 2009), each neighbour's at two; deeper cuts are finer
/// clusters. Measured against other cuts in `docs/ablation-names.md`.
const OWN_DEPTHS: [u32; 4] = [4, 6, 10, 20];
const NEIGHBOUR_DEPTHS: [u32; 2] = [4, 10];

/// Appends the word shape to `out`: X for upper, x for lower, d for digit,
/// other chars kept; `short` collapses runs ("Xxxxx" -> "Xx").
fn push_shape(word: &str, short: bool, out: &mut String) {
    if word.is_ascii() {
        // The same classes, read a byte at a time.
        let mut last = None;
        for b in word.bytes().take(12) {
            let s = if b.is_ascii_uppercase() {
                b'X'
            } else if b.is_ascii_lowercase() {
                b'x'
            } else if b.is_ascii_digit() {
                b'd'
            } else {
                b
            };
            if !short || last != Some(s) {
                out.push(char::from(s));
            }
            last = Some(s);
        }
        return;
    }
    let mut last = None;
    for c in word.chars().take(12) {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if !short || last != Some(s) {
            out.push(s);
        }
        last = Some(s);
    }
}

/// One string per token, kept in one buffer: three strings per token,
/// each in its own allocation, cost more to make and free than the
/// features cost to read.
struct Strings {
    buf: String,
    /// Where each token's string ends in `buf`.
    ends: Vec<usize>,
}

impl Strings {
    /// The strings `write` appends for each token's text.
    fn of(text: &str, tokens: &[Token], mut write: impl FnMut(&str, &mut String)) -> Strings {
        let mut buf = String::new();
        let mut ends = Vec::with_capacity(tokens.len());
        for t in tokens {
            write(&text[t.span.range()], &mut buf);
            ends.push(buf.len());
        }
        Strings { buf, ends }
    }

    #[inline]
    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.buf[start..self.ends[i]]
    }
}

/// Appends `word` lower-cased (as `str::to_lowercase` does, final sigma
/// included) to `out`.
fn push_lower(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// What features need to know about a whole sentence, computed once per
/// sentence so that per-token work stays constant.
#[derive(Clone, Copy, Debug)]
pub struct SentenceInfo {
    /// Written in capitals (a headline).
    pub caps: bool,
    /// A row of a results table: a third or more of its tokens are numbers.
    pub table: bool,
}

impl SentenceInfo {
    pub fn new(text: &str, sentence: &[Token]) -> SentenceInfo {
        let n_numbers = sentence
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .count();
        SentenceInfo {
            caps: is_all_caps(text, sentence),
            table: n_numbers * 3 >= sentence.len(),
        }
    }
}

/// What feature extraction needs about one document.
pub struct DocContext<'t> {
    pub(super) text: &'t str,
    pub(super) tokens: &'t [Token],
    lower: Strings,
    short_shapes: Strings,
    /// Gazetteer hits per token: (kind, position letter B/I/L/U).
    gaz: Vec<Vec<(Kind, char)>>,
    /// Per token that starts with a capital: whether its word is seen
    /// capitalised inside a sentence (not first) somewhere in the document,
    /// and whether it is seen in lower case.
    seen: Vec<(bool, bool)>,
    /// Per token that starts with a capital: the [`cue`] bits of what the
    /// document writes around any occurrence of its word (0 otherwise).
    cues: Vec<u16>,
    /// For each token, the tags a first-stage tagger gave the other
    /// occurrences of the same capitalised word in the document (empty
    /// before the first stage has run).
    history: Vec<Vec<u8>>,
    /// The first word of the document, lower-cased: in wire copy it names
    /// the desk ("soccer", "tennis"), which changes what a city name means.
    topic: String,
    /// Each token's cluster path code (`names::clusters`), 0 when the
    /// clusters do not know the word.
    codes: Vec<u32>,
}

/// Whether a sentence is written in capitals (a headline): most of its
/// letters are upper case.
pub fn is_all_caps(text: &str, tokens: &[Token]) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for t in tokens {
        let word = &text[t.span.range()];
        if word.is_ascii() {
            for b in word.bytes().filter(u8::is_ascii_alphabetic) {
                letters += 1;
                upper += usize::from(b.is_ascii_uppercase());
            }
            continue;
        }
        for c in word.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
    }
    letters >= 6 && upper * 10 >= letters * 9
}

impl<'t> DocContext<'t> {
    /// Prepares the document `tokens`, split into `sentences` (token index
    /// ranges), for feature extraction.
    pub fn new(
        text: &'t str,
        tokens: &'t [Token],
        sentences: &[std::ops::Range<usize>],
        gazetteer: &Gazetteer,
        clusters: &Clusters,
    ) -> Self {
        let lower = Strings::of(text, tokens, push_lower);
        let short_shapes = Strings::of(text, tokens, |w, out| push_shape(w, true, out));
        let mut gaz = vec![Vec::new(); tokens.len()];
        let mut seen_lower = HashSet::default();
        let mut seen_capitalised = HashSet::default();
        let mut cues_of: HashMap<&str, u16> = HashMap::default();
        let mut first_words = FirstWords::default();
        for range in sentences {
            let sentence = &tokens[range.clone()];
            let caps = is_all_caps(text, sentence);
            for Match { start, end, kinds } in
                gazetteer.find_with(text, sentence, caps, &mut first_words)
            {
                for (k, idx) in (start..end).enumerate() {
                    let pos = match (k, end - start) {
                        (_, 1) => 'U',
                        (0, _) => 'B',
                        (k, n) if k == n - 1 => 'L',
                        _ => 'I',
                    };
                    gaz[range.start + idx].extend(kinds.iter().map(|kind| (kind, pos)));
                }
            }
            if caps {
                continue;
            }
            for idx in range.clone() {
                let word = &text[tokens[idx].span.range()];
                match word.chars().next() {
                    Some(c) if c.is_lowercase() => {
                        seen_lower.insert(lower.get(idx));
                    }
                    Some(c) if c.is_uppercase() => {
                        if idx > range.start {
                            seen_capitalised.insert(lower.get(idx));
                        }
                        let bits = cue::around(text, tokens, &lower, &gaz, range.clone(), idx);
                        if bits != 0 {
                            *cues_of.entry(lower.get(idx)).or_default() |= bits;
                        }
                    }
                    _ => {}
                }
            }
        }
        let seen = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let capital = text[t.span.range()]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                let word = lower.get(i);
                (
                    capital && seen_capitalised.contains(word),
                    capital && seen_lower.contains(word),
                )
            })
            .collect();
        drop((seen_lower, seen_capitalised));
        let cues = if cues_of.is_empty() {
            vec![0; tokens.len()]
        } else {
            (0..tokens.len())
                .map(|i| {
                    let capital = text[tokens[i].span.range()]
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase);
                    if capital {
                        cues_of.get(lower.get(i)).copied().unwrap_or(0)
                    } else {
                        0
                    }
                })
                .collect()
        };
        let topic = if tokens.is_empty() {
            String::new()
        } else {
            lower.get(0).to_string()
        };
        let codes = tokens
            .iter()
            .map(|t| clusters.get(&text[t.span.range()]).unwrap_or(0))
            .collect();
        DocContext {
            codes,
            history: Vec::new(),
            topic,
            text,
            tokens,
            lower,
            short_shapes,
            gaz,
            seen,
            cues,
        }
    }

    /// Records the first stage's `tags` (one per token) so that features
    /// can say how the same word was tagged elsewhere in the document. Linear:
    /// tags are counted per word, then each token subtracts its own.
    pub fn set_history(&mut self, tags: &[Tag]) {
        let mut counts: HashMap<&str, [u32; N_TAGS]> = HashMap::default();
        let capitalised = |i: usize| {
            self.text[self.tokens[i].span.range()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        };
        for (i, &tag) in tags.iter().enumerate() {
            if capitalised(i) {
                counts.entry(self.lower.get(i)).or_insert([0; N_TAGS])[tag] += 1;
            }
        }
        let history = (0..tags.len())
            .map(|i| {
                let Some(c) = counts.get(self.lower.get(i)).filter(|_| capitalised(i)) else {
                    return Vec::new();
                };
                (0..N_TAGS)
                    .filter(|&t| c[t] > u32::from(t == tags[i]))
                    .map(|t| t as u8)
                    .collect()
            })
            .collect();
        self.history = history;
    }

    /// Appends the feature hashes of token `i` in `sentence` to `out`, in
    /// the order training sees them.
    pub fn features(
        &self,
        sentence: std::ops::Range<usize>,
        info: SentenceInfo,
        i: usize,
        out: &mut Vec<u32>,
    ) {
        self.token_features(i, out);
        self.neighbour_features(sentence.clone(), info, i, out);
        self.history_features(i == sentence.start, i, out);
        self.gazetteer_features(sentence, i, out);
    }

    /// The features of token `i` that its word alone decides (the bias,
    /// the word lower-cased, its shapes, prefixes and suffixes): the same
    /// for every occurrence of the word, so a tagger may score them once.
    pub fn token_features(&self, i: usize, out: &mut Vec<u32>) {
        let lower = self.lower.get(i);
        out.push(feature_hash(0, &[]));
        out.push(feature_hash(1, &[lower]));
        // The full shape is read only here, once per distinct word when a
        // tagger caches these features, so it is made here rather than
        // kept for every token as the short shape is.
        let mut shape = String::new();
        push_shape(&self.text[self.tokens[i].span.range()], false, &mut shape);
        out.push(feature_hash(2, &[&shape]));
        out.push(feature_hash(3, &[self.short_shapes.get(i)]));
        // Prefixes and suffixes of one to four chars, in the order the
        // model was trained with: prefix n, then suffix n.
        let mut prefix_ends = lower
            .char_indices()
            .map(|(b, _)| b)
            .skip(1)
            .chain(std::iter::once(lower.len()));
        let mut suffix_starts = lower.char_indices().rev().map(|(b, _)| b);
        for n in 1..=4u8 {
            let (Some(end), Some(start)) = (prefix_ends.next(), suffix_starts.next()) else {
                break;
            };
            out.push(feature_hash(4 + n, &[&lower[..end]]));
            out.push(feature_hash(10 + n, &[&lower[start..]]));
        }
        // The word's cluster path, cut at several depths.
        let code = self.codes[i];
        if code != 0 {
            for (n, k) in OWN_DEPTHS.into_iter().enumerate() {
                out.push(number_hash(60 + n as u8, clusters::prefix(code, k)));
            }
        }
        // What the article writes around the word anywhere (the same for
        // every occurrence of the word).
        let cues = self.cues[i];
        if cues != 0 {
            for (bit, name) in cue::NAMES.iter().enumerate() {
                if cues & (1 << bit) != 0 {
                    out.push(feature_hash(52, &[name]));
                }
            }
        }
    }

    /// Every feature of token `i` but those of [`Self::token_features`] and
    /// the first stage's history: the rest of what both stages share.
    pub fn context_features(
        &self,
        sentence: std::ops::Range<usize>,
        info: SentenceInfo,
        i: usize,
        out: &mut Vec<u32>,
    ) {
        self.neighbour_features(sentence.clone(), info, i, out);
        self.gazetteer_features(sentence, i, out);
    }

    /// The features of token `i`'s neighbours, its sentence and its
    /// document, and of the word where its position matters.
    fn neighbour_features(
        &self,
        sentence: std::ops::Range<usize>,
        info: SentenceInfo,
        i: usize,
        out: &mut Vec<u32>,
    ) {
        let caps = info.caps;
        let word = &self.text[self.tokens[i].span.range()];
        let lower = self.lower.get(i);
        let get = |offset: isize| -> Option<usize> {
            let j = i as isize + offset;
            (j >= sentence.start as isize && j < sentence.end as isize).then_some(j as usize)
        };
        let lower_at = |offset: isize| get(offset).map_or("<s>", |j| self.lower.get(j));
        let shape_at = |offset: isize| get(offset).map_or("<s>", |j| self.short_shapes.get(j));
        out.push(feature_hash(20, &[lower_at(-1)]));
        out.push(feature_hash(21, &[lower_at(1)]));
        out.push(feature_hash(22, &[lower_at(-2)]));
        out.push(feature_hash(23, &[lower_at(2)]));
        out.push(feature_hash(24, &[lower_at(-1), lower]));
        out.push(feature_hash(25, &[lower, lower_at(1)]));
        out.push(feature_hash(26, &[shape_at(-1)]));
        out.push(feature_hash(27, &[shape_at(1)]));
        out.push(feature_hash(
            28,
            &[shape_at(-1), self.short_shapes.get(i), shape_at(1)],
        ));
        if i > sentence.start && !caps {
            out.push(feature_hash(35, &[word]));
        }
        for (side, offset) in [(0u8, -1isize), (1, 1)] {
            let code = get(offset).map_or(0, |j| self.codes[j]);
            if code != 0 {
                for (n, k) in NEIGHBOUR_DEPTHS.into_iter().enumerate() {
                    out.push(number_hash(
                        70 + 2 * n as u8 + side,
                        clusters::prefix(code, k),
                    ));
                }
            }
        }
        out.push(feature_hash(36, &[lower_at(1), lower_at(2)]));
        out.push(feature_hash(37, &[lower_at(-2), lower_at(-1)]));
        out.push(feature_hash(38, &[&self.topic, self.short_shapes.get(i)]));
        // Result tables: a row is mostly numbers.
        if info.table {
            out.push(feature_hash(39, &[self.short_shapes.get(i)]));
        }
        let first = i == sentence.start;
        if first {
            out.push(feature_hash(30, &[self.short_shapes.get(i)]));
        }
        if caps {
            out.push(feature_hash(31, &[lower]));
            out.push(feature_hash(32, &[self.short_shapes.get(i)]));
        }
        if self.tokens[i].kind == TokenKind::Abbreviation(crate::segment::AbbrevClass::Other) {
            out.push(feature_hash(33, &[]));
        }
        // Document-level evidence for words whose capital letter says
        // nothing: the first word of a sentence, or any word in a headline.
        if (first || caps) && crate::text::is_capitalised(word) {
            let (cap, low) = self.seen[i];
            out.push(feature_hash(
                34,
                &[if cap { "c" } else { "-" }, if low { "l" } else { "-" }],
            ));
        }
    }

    /// How the first stage tagged the other occurrences of token `i`'s word
    /// (nothing before it has run); `first`: `i` starts its sentence.
    pub fn history_features(&self, first: bool, i: usize, out: &mut Vec<u32>) {
        if let Some(tags) = self.history.get(i) {
            for &tag in tags {
                let (prefix, ty) = split_tag(tag as usize);
                let mut buf = [0u8; 4];
                let prefix = prefix.encode_utf8(&mut buf);
                let ty = if tag == 0 { "O" } else { TYPES[ty] };
                out.push(feature_hash(50, &[prefix, ty]));
                out.push(feature_hash(51, &[ty, if first { "1" } else { "0" }]));
            }
        }
    }

    /// Gazetteer hits on token `i` and its neighbours in `sentence`.
    fn gazetteer_features(&self, sentence: std::ops::Range<usize>, i: usize, out: &mut Vec<u32>) {
        for offset in [-1isize, 0, 1] {
            let j = i as isize + offset;
            if j < sentence.start as isize || j >= sentence.end as isize {
                continue;
            }
            let j = j as usize;
            for &(kind, pos) in &self.gaz[j] {
                let mut buf = [0u8; 4];
                let pos = pos.encode_utf8(&mut buf);
                let off = ["-1", "0", "+1"][(offset + 1) as usize];
                out.push(feature_hash(40, &[off, kind.name(), pos]));
                if offset == 0 {
                    out.push(feature_hash(41, &[&self.topic, kind.name()]));
                }
            }
        }
    }
}

/// Document cues: what an article writes around a capitalised word, at
/// any of its occurrences. Each is a bit; a word gets the union over the
/// article, so a word written once after "in" is a place's word
/// everywhere in it (the model weighs each cue; nothing here decides).
/// The organisation cues of `data/gazetteers/org_cues.txt` ("shares of",
/// "automaker") were tried as a seventh and left out: the name rule
/// names.companies reads them, and as a feature they lowered the GUM
/// genres held out of training (56.3 -> 55.2 exact F1, four seeds) and the
/// interviews (72.5 -> 71.1).
mod cue {
    use super::Strings;
    use crate::names::gazetteer::Kind;
    use crate::resources::lists::gazetteers::{
        corporate_suffixes, person_cues, place_prepositions,
    };
    use crate::resources::lists::quotes::cues as reporting;
    use crate::segment::Token;

    /// The feature name of each bit, in bit order.
    pub const NAMES: [&str; 6] = [
        "title",
        "first-name",
        "corporate",
        "place-prep",
        "said",
        "person-cue",
    ];
    /// After a title ("President X", "Mr. X").
    const TITLE: u16 = 1;
    /// After a first name the gazetteer knows ("Nick X").
    const FIRST_NAME: u16 = 1 << 1;
    /// Before a corporate suffix ("X Inc.", "X AG").
    const CORPORATE: u16 = 1 << 2;
    /// After a preposition of place ("in X", "at X").
    const PLACE_PREP: u16 = 1 << 3;
    /// Before a reporting verb ("X said"): a person or an organisation.
    const SAID: u16 = 1 << 4;
    /// Before a person's cue ("X's wife", "the X administration").
    const PERSON_CUE: u16 = 1 << 5;

    /// The cues around the capitalised token `i` of `sentence`.
    pub fn around(
        text: &str,
        tokens: &[Token],
        lower: &Strings,
        gaz: &[Vec<(Kind, char)>],
        sentence: std::ops::Range<usize>,
        i: usize,
    ) -> u16 {
        let mut bits = 0;
        let ends_before = |kind: Kind| {
            i > sentence.start
                && gaz[i - 1]
                    .iter()
                    .any(|&(k, pos)| k == kind && matches!(pos, 'L' | 'U'))
        };
        if ends_before(Kind::Title) {
            bits |= TITLE;
        }
        if ends_before(Kind::FirstName) {
            bits |= FIRST_NAME;
        }
        if i > sentence.start && place_prepositions::contains(lower.get(i - 1)) {
            bits |= PLACE_PREP;
        }
        if i + 1 < sentence.end {
            if corporate_suffixes::contains(&text[tokens[i + 1].span.range()]) {
                bits |= CORPORATE;
            }
            let next = lower.get(i + 1);
            if reporting::contains(next) {
                bits |= SAID;
            }
            let word = |k: usize| (k < sentence.end).then(|| lower.get(k));
            if person_cues::starting(next).iter().any(|p| {
                p.class == person_cues::Class::After
                    && p.words()
                        .enumerate()
                        .all(|(k, w)| word(i + 1 + k) == Some(w))
            }) {
                bits |= PERSON_CUE;
            }
        }
        bits
    }
}
