//! The statistical name tagger: features over tokens, a linear model over
//! BILOU tags, and Viterbi decoding.
//!
//! The model proposes spans with the four CoNLL types (PER, ORG, LOC, MISC);
//! `names.rs` refines them with rules. Weights come from `newsmark train ner`
//! (`src/train.rs`) and are stored quantised in `data/model/ner.bin`.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::names::gazetteer::{Gazetteer, Kind, Match};
use crate::segment::{Token, TokenKind};

/// The entity types the model knows, in tag order.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
pub const N_TAGS: usize = 1 + 4 * TYPES.len();

/// A BILOU tag: 0 is O; then B, I, L, U for each type.
pub type Tag = usize;

pub fn tag_of(prefix: char, type_idx: usize) -> Tag {
    let offset = match prefix {
        'B' => 0,
        'I' => 1,
        'L' => 2,
        _ => 3,
    };
    1 + 4 * type_idx + offset
}

/// The prefix (B, I, L, U, or O) and type index of a tag.
pub fn split_tag(tag: Tag) -> (char, usize) {
    if tag == 0 {
        return ('O', 0);
    }
    (['B', 'I', 'L', 'U'][(tag - 1) % 4], (tag - 1) / 4)
}

/// Whether tag `b` may follow tag `a` in BILOU.
pub fn allowed(a: Option<Tag>, b: Option<Tag>) -> bool {
    let (pa, ta) = a.map_or(('O', 0), split_tag);
    let (pb, tb) = b.map_or(('O', 0), split_tag);
    let inside = matches!(pa, 'B' | 'I');
    match pb {
        'I' | 'L' => inside && ta == tb,
        _ => !inside,
    }
}

/// FNV-1a over a feature's template id and its parts, folded to 32 bits.
fn feature_hash(template: u8, parts: &[&str]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(template);
    h = h.wrapping_mul(0x100_0000_01b3);
    for part in parts {
        for &b in part.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
        h = (h ^ 0xff).wrapping_mul(0x100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
}

/// The word shape: X for upper, x for lower, d for digit, other chars kept;
/// `short` collapses runs ("Xxxxx" -> "Xx").
fn shape(word: &str, short: bool) -> String {
    let mut out = String::new();
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
    out
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
    text: &'t str,
    tokens: &'t [Token],
    lower: Vec<String>,
    shapes: Vec<String>,
    short_shapes: Vec<String>,
    /// Gazetteer hits per token: (kind, position letter B/I/L/U).
    gaz: Vec<Vec<(Kind, char)>>,
    /// Lower-cased words seen in lower case somewhere in the document.
    seen_lower: HashSet<String>,
    /// Lower-cased words seen capitalised inside a sentence (not first).
    seen_capitalised: HashSet<String>,
    /// For each token, the tags a first-stage tagger gave the other
    /// occurrences of the same capitalised word in the document (empty
    /// before the first stage has run).
    history: Vec<Vec<u8>>,
    /// The first word of the document, lower-cased: in wire copy it names
    /// the desk ("soccer", "tennis"), which changes what a city name means.
    topic: String,
}

/// Whether a sentence is written in capitals (a headline): most of its
/// letters are upper case.
pub fn is_all_caps(text: &str, tokens: &[Token]) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for t in tokens {
        for c in text[t.span.range()].chars().filter(|c| c.is_alphabetic()) {
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
    ) -> Self {
        let lower: Vec<String> = tokens
            .iter()
            .map(|t| text[t.span.range()].to_lowercase())
            .collect();
        let shapes = tokens
            .iter()
            .map(|t| shape(&text[t.span.range()], false))
            .collect();
        let short_shapes = tokens
            .iter()
            .map(|t| shape(&text[t.span.range()], true))
            .collect();
        let mut gaz = vec![Vec::new(); tokens.len()];
        let mut seen_lower = HashSet::default();
        let mut seen_capitalised = HashSet::default();
        for range in sentences {
            let sentence = &tokens[range.clone()];
            let caps = is_all_caps(text, sentence);
            for Match { start, end, kinds } in gazetteer.find(text, sentence, caps) {
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
                        seen_lower.insert(lower[idx].clone());
                    }
                    Some(c) if c.is_uppercase() && idx > range.start => {
                        seen_capitalised.insert(lower[idx].clone());
                    }
                    _ => {}
                }
            }
        }
        let topic = lower.first().cloned().unwrap_or_default();
        DocContext {
            history: Vec::new(),
            topic,
            text,
            tokens,
            lower,
            shapes,
            short_shapes,
            gaz,
            seen_lower,
            seen_capitalised,
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
                counts.entry(self.lower[i].as_str()).or_insert([0; N_TAGS])[tag] += 1;
            }
        }
        let history = (0..tags.len())
            .map(|i| {
                let Some(c) = counts
                    .get(self.lower[i].as_str())
                    .filter(|_| capitalised(i))
                else {
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

    /// Appends the feature hashes of token `i` in `sentence` to `out`.
    pub fn features(
        &self,
        sentence: std::ops::Range<usize>,
        info: SentenceInfo,
        i: usize,
        out: &mut Vec<u32>,
    ) {
        let caps = info.caps;
        let word = &self.text[self.tokens[i].span.range()];
        let lower = self.lower[i].as_str();
        let get = |offset: isize| -> Option<usize> {
            let j = i as isize + offset;
            (j >= sentence.start as isize && j < sentence.end as isize).then_some(j as usize)
        };
        let lower_at = |offset: isize| get(offset).map_or("<s>", |j| self.lower[j].as_str());
        let shape_at = |offset: isize| get(offset).map_or("<s>", |j| self.short_shapes[j].as_str());
        out.push(feature_hash(0, &[]));
        out.push(feature_hash(1, &[lower]));
        out.push(feature_hash(2, &[&self.shapes[i]]));
        out.push(feature_hash(3, &[&self.short_shapes[i]]));
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
            &[shape_at(-1), &self.short_shapes[i], shape_at(1)],
        ));
        if i > sentence.start && !caps {
            out.push(feature_hash(35, &[word]));
        }
        out.push(feature_hash(36, &[lower_at(1), lower_at(2)]));
        out.push(feature_hash(37, &[lower_at(-2), lower_at(-1)]));
        out.push(feature_hash(38, &[&self.topic, &self.short_shapes[i]]));
        // Result tables: a row is mostly numbers.
        if info.table {
            out.push(feature_hash(39, &[&self.short_shapes[i]]));
        }
        let first = i == sentence.start;
        if first {
            out.push(feature_hash(30, &[&self.short_shapes[i]]));
        }
        if caps {
            out.push(feature_hash(31, &[lower]));
            out.push(feature_hash(32, &[&self.short_shapes[i]]));
        }
        if self.tokens[i].kind == TokenKind::Abbreviation(crate::segment::AbbrevClass::Other) {
            out.push(feature_hash(33, &[]));
        }
        // Document-level evidence for words whose capital letter says
        // nothing: the first word of a sentence, or any word in a headline.
        if (first || caps) && word.chars().next().is_some_and(char::is_uppercase) {
            let cap = self.seen_capitalised.contains(lower);
            let low = self.seen_lower.contains(lower);
            out.push(feature_hash(
                34,
                &[if cap { "c" } else { "-" }, if low { "l" } else { "-" }],
            ));
        }
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
        for offset in [-1isize, 0, 1] {
            let Some(j) = get(offset) else { continue };
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

/// Feature hash -> range of a model's entries: the hashes sorted, with a
/// table of where each value of the top 16 bits starts. Hashes are uniform,
/// so a lookup scans about one key; building it is one pass, which keeps
/// start-up short (no hashing, no inserting).
struct Index {
    keys: Vec<u32>,
    /// Per key: where its weights start, and how many there are (a trained
    /// model) or the mask of their tags (a decoded model).
    ranges: Vec<(u32, u32)>,
    /// `buckets[b]`: the first position whose key's top 16 bits are >= b.
    buckets: Vec<u32>,
}

impl Index {
    /// Builds the index from `(hash, range)` pairs sorted by hash.
    fn from_sorted(rows: Vec<(u32, (u32, u32))>) -> Index {
        let (keys, ranges): (Vec<u32>, Vec<(u32, u32)>) = rows.into_iter().unzip();
        let mut buckets = vec![0u32; (1 << 16) + 1];
        let mut pos = 0usize;
        for (b, bucket) in buckets.iter_mut().enumerate() {
            while pos < keys.len() && ((keys[pos] >> 16) as usize) < b {
                pos += 1;
            }
            *bucket = pos as u32;
        }
        Index {
            keys,
            ranges,
            buckets,
        }
    }

    fn get(&self, key: u32) -> Option<(u32, u32)> {
        let b = (key >> 16) as usize;
        let (lo, hi) = (self.buckets[b] as usize, self.buckets[b + 1] as usize);
        self.keys[lo..hi]
            .iter()
            .position(|&k| k == key)
            .map(|i| self.ranges[lo + i])
    }
}

/// The weights of a trained model.
pub struct Model {
    index: Index,
    /// The weights of a trained model, as (tag, weight) runs.
    entries: Vec<(u8, f32)>,
    /// The weights of a decoded model, quantised, read at scoring time:
    /// decoding only copies them, which keeps start-up short.
    packed: Vec<i8>,
    scale: f32,
    /// `transitions[a][b]`: score of tag b after tag a; row N_TAGS is the start.
    pub transitions: Vec<[f32; N_TAGS]>,
}

const MAGIC: &[u8; 6] = b"NMNER1";

/// Quantised weights smaller than this are dropped: at 1/127 of the largest
/// weight they change no decision (eng.testa F1 93.44 with, 93.43 without)
/// and cost 3% of the file.
const MIN_QUANTISED: i32 = 2;

fn read_varint(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

pub fn write_varint(mut value: u64, out: &mut Vec<u8>) {
    loop {
        let b = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

impl Model {
    /// A model with no weights: it tags nothing.
    pub fn empty() -> Model {
        Model {
            index: Index::from_sorted(Vec::new()),
            entries: Vec::new(),
            packed: Vec::new(),
            scale: 0.0,
            transitions: vec![[0.0; N_TAGS]; N_TAGS + 1],
        }
    }

    /// Builds a model from dense weights (training's result).
    pub fn from_weights(
        weights: &HashMap<u32, [f32; N_TAGS]>,
        transitions: Vec<[f32; N_TAGS]>,
    ) -> Model {
        let mut hashes: Vec<u32> = weights.keys().copied().collect();
        hashes.sort_unstable();
        let mut entries = Vec::new();
        let mut rows = Vec::new();
        for hash in hashes {
            let start = entries.len() as u32;
            entries.extend(
                weights[&hash]
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| **w != 0.0)
                    .map(|(t, &w)| (t as u8, w)),
            );
            let len = entries.len() as u32 - start;
            if len > 0 {
                rows.push((hash, (start, len)));
            }
        }
        Model {
            index: Index::from_sorted(rows),
            entries,
            packed: Vec::new(),
            scale: 0.0,
            transitions,
        }
    }

    /// Serialises a trained model, weights quantised to `i8` with one
    /// scale. (A decoded model is already in that form: it has no
    /// `entries`, and writes none.)
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let max = self
            .entries
            .iter()
            .map(|e| e.1.abs())
            .fold(0.0f32, f32::max)
            .max(1e-6);
        let scale = max / 127.0;
        out.extend_from_slice(&scale.to_le_bytes());
        for row in &self.transitions {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut rows: Vec<(u32, Vec<(u8, i8)>)> = self
            .index
            .keys
            .iter()
            .zip(&self.index.ranges)
            .map(|(&hash, &(start, len))| {
                let entries = &self.entries[start as usize..start as usize + len as usize];
                let quantised = entries
                    .iter()
                    .map(|&(t, w)| (t, (w / scale).round().clamp(-127.0, 127.0) as i8))
                    .filter(|&(_, q)| (q as i32).abs() >= MIN_QUANTISED)
                    .collect();
                (hash, quantised)
            })
            .filter(|(_, q): &(u32, Vec<(u8, i8)>)| !q.is_empty())
            .collect();
        rows.sort_by_key(|r| r.0);
        write_varint(rows.len() as u64, &mut out);
        let mut last = 0u32;
        for (hash, entries) in &rows {
            write_varint(u64::from(hash - last), &mut out);
            last = *hash;
            // Tags as a bit mask, then one weight per set bit.
            let mask = entries.iter().fold(0u32, |m, &(t, _)| m | 1 << t);
            write_varint(u64::from(mask), &mut out);
            out.extend(entries.iter().map(|&(_, q)| q as u8));
        }
        out
    }

    /// Reads a model written by [`Model::to_bytes`]; `None` if malformed.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        if bytes.len() < MAGIC.len() + 4 || &bytes[..MAGIC.len()] != MAGIC {
            return None;
        }
        let mut pos = MAGIC.len();
        let f32_at = |pos: &mut usize| -> Option<f32> {
            let b = bytes.get(*pos..*pos + 4)?;
            *pos += 4;
            Some(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let scale = f32_at(&mut pos)?;
        let mut transitions = vec![[0.0; N_TAGS]; N_TAGS + 1];
        for row in &mut transitions {
            for w in row.iter_mut() {
                *w = f32_at(&mut pos)?;
            }
        }
        let n_rows = read_varint(bytes, &mut pos)? as usize;
        let mut rows = Vec::with_capacity(n_rows.min(bytes.len()));
        // Each weight takes one byte of the file.
        let mut packed = Vec::with_capacity(bytes.len() - pos);
        let mut hash = 0u32;
        for _ in 0..n_rows {
            hash = hash.checked_add(read_varint(bytes, &mut pos)? as u32)?;
            let mask = read_varint(bytes, &mut pos)? as u32;
            if mask >> N_TAGS != 0 {
                return None;
            }
            let start = packed.len() as u32;
            let n = mask.count_ones() as usize;
            packed.extend(bytes.get(pos..pos + n)?.iter().map(|&q| q as i8));
            pos += n;
            rows.push((hash, (start, mask)));
        }
        Some(Model {
            index: Index::from_sorted(rows),
            entries: Vec::new(),
            packed,
            scale,
            transitions,
        })
    }

    pub fn n_features(&self) -> usize {
        self.index.keys.len()
    }

    /// Adds the weights of `features` to `scores`.
    pub fn score(&self, features: &[u32], scores: &mut [f32; N_TAGS]) {
        for f in features {
            let Some((start, extra)) = self.index.get(*f) else {
                continue;
            };
            if self.packed.is_empty() {
                for &(tag, w) in &self.entries[start as usize..(start + extra) as usize] {
                    scores[tag as usize] += w;
                }
            } else {
                // One weight per set bit of the mask, lowest tag first.
                let mut bits = extra;
                for &q in &self.packed[start as usize..start as usize + extra.count_ones() as usize]
                {
                    scores[bits.trailing_zeros() as usize] += f32::from(q) * self.scale;
                    bits &= bits - 1;
                }
            }
        }
    }
}

/// The best tag sequence for per-token `scores` under `transitions`,
/// allowing only valid BILOU sequences.
pub fn viterbi(scores: &[[f32; N_TAGS]], transitions: &[[f32; N_TAGS]]) -> Vec<Tag> {
    let n = scores.len();
    if n == 0 {
        return Vec::new();
    }
    // The tags each tag may follow under BILOU: 97 pairs instead of 289.
    let preds: [Vec<usize>; N_TAGS] =
        std::array::from_fn(|t| (0..N_TAGS).filter(|&p| allowed(Some(p), Some(t))).collect());
    let mut best = vec![[f32::NEG_INFINITY; N_TAGS]; n];
    let mut back = vec![[0u8; N_TAGS]; n];
    for t in 0..N_TAGS {
        if allowed(None, Some(t)) {
            best[0][t] = scores[0][t] + transitions[N_TAGS][t];
        }
    }
    for i in 1..n {
        for t in 0..N_TAGS {
            let mut top = (f32::NEG_INFINITY, 0);
            for &p in &preds[t] {
                if best[i - 1][p] == f32::NEG_INFINITY {
                    continue;
                }
                let s = best[i - 1][p] + transitions[p][t];
                if s > top.0 {
                    top = (s, p);
                }
            }
            best[i][t] = top.0 + scores[i][t];
            back[i][t] = top.1 as u8;
        }
    }
    let mut tag = (0..N_TAGS)
        .filter(|&t| allowed(Some(t), None))
        .max_by(|&a, &b| best[n - 1][a].total_cmp(&best[n - 1][b]))
        .unwrap_or(0);
    let mut tags = vec![0; n];
    for i in (0..n).rev() {
        tags[i] = tag;
        tag = back[i][tag] as usize;
    }
    tags
}

/// Entity spans (token ranges and type index) read off a BILOU sequence.
pub fn spans_of(tags: &[Tag]) -> Vec<(std::ops::Range<usize>, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, &tag) in tags.iter().enumerate() {
        let (prefix, ty) = split_tag(tag);
        match prefix {
            'U' => spans.push((i..i + 1, ty)),
            'B' => start = Some(i),
            'L' => {
                if let Some(s) = start.take() {
                    spans.push((s..i + 1, ty));
                }
            }
            'I' => {}
            _ => start = None,
        }
    }
    spans
}

/// The tags of every token of a document under `model`, sentence by sentence.
pub fn tag_tokens(
    model: &Model,
    ctx: &DocContext,
    sentences: &[std::ops::Range<usize>],
) -> Vec<Tag> {
    let mut tags = vec![0; ctx.tokens.len()];
    let mut features = Vec::new();
    let mut scores = Vec::new();
    for range in sentences {
        let info = SentenceInfo::new(ctx.text, &ctx.tokens[range.clone()]);
        scores.clear();
        for i in range.clone() {
            features.clear();
            ctx.features(range.clone(), info, i, &mut features);
            let mut s = [0.0f32; N_TAGS];
            model.score(&features, &mut s);
            scores.push(s);
        }
        tags[range.clone()].copy_from_slice(&viterbi(&scores, &model.transitions));
    }
    tags
}

/// The two stages of the tagger: the second sees how the first tagged the
/// same words elsewhere in the document, so a name keeps its type through
/// an article ("Magna" the company, three times over).
pub struct Tagger {
    pub first: Model,
    pub second: Option<Model>,
}

const TAGGER_MAGIC: &[u8; 6] = b"NMTAG2";

impl Tagger {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = TAGGER_MAGIC.to_vec();
        for model in std::iter::once(&self.first).chain(self.second.as_ref()) {
            let bytes = model.to_bytes();
            out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
            out.extend_from_slice(&bytes);
        }
        out
    }

    /// Reads a tagger written by [`Tagger::to_bytes`]; `None` if malformed.
    /// The shipped model (`data/model/ner.bin`), decoded; a tagger that
    /// tags nothing if it were malformed, which a test rules out.
    pub fn embedded() -> Tagger {
        Tagger::from_bytes(crate::resources::NER_MODEL).unwrap_or_else(Tagger::empty)
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Tagger> {
        let mut rest = bytes.strip_prefix(TAGGER_MAGIC)?;
        let mut models = Vec::new();
        while rest.len() >= 4 {
            let len = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
            models.push(Model::from_bytes(rest.get(4..4 + len)?)?);
            rest = &rest[4 + len..];
        }
        let mut models = models.into_iter();
        Some(Tagger {
            first: models.next()?,
            second: models.next(),
        })
    }

    pub fn empty() -> Tagger {
        Tagger {
            first: Model::empty(),
            second: None,
        }
    }

    /// Tags every sentence of a document; returns entity spans as token
    /// ranges with their type index.
    pub fn tag_document(
        &self,
        gazetteer: &Gazetteer,
        text: &str,
        tokens: &[Token],
        sentences: &[std::ops::Range<usize>],
    ) -> Vec<(std::ops::Range<usize>, usize)> {
        let mut ctx = DocContext::new(text, tokens, sentences, gazetteer);
        let mut tags = tag_tokens(&self.first, &ctx, sentences);
        if let Some(second) = &self.second {
            ctx.set_history(&tags);
            tags = tag_tokens(second, &ctx, sentences);
        }
        // Sentences are tagged apart, so spans never cross them.
        spans_of(&tags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_rules_and_spans() {
        let b_per = tag_of('B', 0);
        let l_per = tag_of('L', 0);
        let u_loc = tag_of('U', 2);
        assert!(allowed(None, Some(b_per)) && !allowed(None, Some(l_per)));
        assert!(allowed(Some(b_per), Some(l_per)) && !allowed(Some(b_per), Some(0)));
        assert!(!allowed(Some(b_per), Some(tag_of('L', 1))));
        assert_eq!(
            spans_of(&[0, b_per, l_per, u_loc, 0]),
            [(1..3, 0), (3..4, 2)]
        );
    }

    #[test]
    fn viterbi_respects_bilou() {
        // Token scores prefer I-PER at the start, which is not allowed.
        let mut scores = vec![[0.0; N_TAGS]; 2];
        scores[0][tag_of('I', 0)] = 5.0;
        scores[0][tag_of('B', 0)] = 1.0;
        scores[1][tag_of('L', 0)] = 1.0;
        let transitions = vec![[0.0; N_TAGS]; N_TAGS + 1];
        assert_eq!(
            viterbi(&scores, &transitions),
            [tag_of('B', 0), tag_of('L', 0)]
        );
    }

    #[test]
    fn model_round_trips_through_bytes() {
        let mut weights = HashMap::default();
        weights.insert(7u32, {
            let mut row = [0.0; N_TAGS];
            row[3] = 1.27;
            row[5] = -0.5;
            row
        });
        let mut transitions = vec![[0.0; N_TAGS]; N_TAGS + 1];
        transitions[0][1] = 0.25;
        let model = Model::from_weights(&weights, transitions);
        let back = Model::from_bytes(&model.to_bytes()).unwrap();
        let mut scores = [0.0; N_TAGS];
        back.score(&[7, 8], &mut scores);
        assert!((scores[3] - 1.27).abs() < 0.011 && (scores[5] + 0.5).abs() < 0.011);
        assert_eq!(back.transitions[0][1], 0.25);
        assert!(Model::from_bytes(b"junk").is_none());
    }
}
