//! The model: a sparse linear scorer over BILOU tags, its file format
//! (models over one delta-coded list of feature hashes, each model with
//! one scale and a transition matrix, each hash with a tag mask per model
//! and one `i8` weight per set bit, laid out as streams of like numbers:
//! [`models_to_bytes`]) and the index that finds a feature's weights at
//! scoring time.

use rustc_hash::FxHashMap as HashMap;

use super::decode::N_TAGS;
use super::features::KEY_BITS;

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
        let buckets = bucket_starts(&keys);
        Index {
            keys,
            ranges,
            buckets,
        }
    }

    fn get(&self, key: u32) -> Option<(u32, u32)> {
        let b = bucket_of(key);
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

/// `buckets[b]`: the first position of sorted `keys` whose top 16 bits
/// are >= b, for b up to 2^16 inclusive.
fn bucket_starts(keys: &[u32]) -> Vec<u32> {
    let mut buckets = vec![0u32; (1 << 16) + 1];
    let mut pos = 0usize;
    for (b, bucket) in buckets.iter_mut().enumerate() {
        while pos < keys.len() && bucket_of(keys[pos]) < b {
            pos += 1;
        }
        *bucket = pos as u32;
    }
    buckets
}

/// The bucket of a key in [`Index`]: its top 16 bits.
fn bucket_of(key: u32) -> usize {
    (key >> (KEY_BITS - 16)) as usize & 0xffff
}

/// A trained weight in quantisation steps of `scale`, as the file holds it.
fn quantise(weight: f32, scale: f32) -> i8 {
    (weight / scale).round().clamp(-127.0, 127.0) as i8
}

/// Quantised weights smaller than this are dropped. At 2 (only the ±1
/// steps dropped) they changed no decision (eng.testa F1 93.44 with, 93.43
/// without) and cost 3% of the file. At 3 the ±2 steps go too: the file
/// falls from 489,102 B to 433,489 B gzip, eng.testa F1 from 93.95 to
/// 93.71, eng.train 98.95 to 98.94, and the GUM interviews rise (exact F1
/// 70.21 to 70.50, overlap 72.37 to 72.66); at 4 it would be 259,942 B.
/// With the word-cluster features and GUM three times an epoch, the ±3
/// steps go too, to pay for the clusters: the file falls from 414,712 B to
/// 308,318 B gzip (seed 1), and over three seeds `eng.testa` F1 from 93.64
/// to 93.53, the GUM interviews' exact F1 from 74.11 to 73.75 and the GUM
/// genres held out of training from 61.24 to 61.08
/// (`docs/ablation-names.md`).
const MIN_QUANTISED: i32 = 4;

/// The most models one file holds (one membership bit each).
const MAX_MODELS: usize = 8;

/// Bytes of the head of a model in a file: the scale, then the
/// transition matrix.
const HEAD_BYTES: usize = 4 * (1 + N_TAGS * (N_TAGS + 1));

/// Unsigned LEB128 numbers written as two streams: the first byte of each
/// number in one, the bytes that continue it in the other. The first bytes
/// of like numbers look alike, which gzip (and the wasm's gzip) finds;
/// interleaved with the rare second bytes they do not.
#[derive(Default)]
struct SplitVarints {
    first: Vec<u8>,
    rest: Vec<u8>,
}

impl SplitVarints {
    fn push(&mut self, value: u64) {
        let mut bytes = varint_bytes(value);
        self.first.extend(bytes.next());
        self.rest.extend(bytes);
    }
}

/// A reader of [`SplitVarints`].
struct SplitReader<'a> {
    first: Stream<'a>,
    rest: Stream<'a>,
}

impl SplitReader<'_> {
    fn next(&mut self) -> Option<u64> {
        read_varint(|k| {
            if k == 0 {
                self.first.byte()
            } else {
                self.rest.byte()
            }
        })
    }
}

/// The bytes of `value` in unsigned LEB128: seven bits a byte, lowest
/// first, the top bit set on every byte but the last.
fn varint_bytes(mut value: u64) -> impl Iterator<Item = u8> {
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let b = (value & 0x7f) as u8;
        value >>= 7;
        done = value == 0;
        Some(if done { b } else { b | 0x80 })
    })
}

/// Reads one unsigned LEB128 number, its `k`th byte from `byte(k)`;
/// `None` at the end of the bytes or past 64 bits.
fn read_varint(mut byte: impl FnMut(usize) -> Option<u8>) -> Option<u64> {
    let mut value = 0u64;
    for (k, shift) in (0..64).step_by(7).enumerate() {
        let b = byte(k)?;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// One stream of a model file, read front to back.
struct Stream<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Stream<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let taken = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(taken)
    }

    fn varint(&mut self) -> Option<u64> {
        read_varint(|_| self.byte())
    }

    /// A stream written by [`write_stream`]: its length, then its bytes.
    fn stream(&mut self) -> Option<Stream<'a>> {
        let n = usize::try_from(self.varint()?).ok()?;
        Some(Stream {
            bytes: self.take(n)?,
            pos: 0,
        })
    }

    fn done(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

fn write_varint(value: u64, out: &mut Vec<u8>) {
    out.extend(varint_bytes(value));
}

fn write_stream(stream: &[u8], out: &mut Vec<u8>) {
    write_varint(stream.len() as u64, out);
    out.extend_from_slice(stream);
}

/// Serialises trained models into one file over one key list, weights
/// quantised to `i8` with one scale per model. The layout: the number of
/// models; each model's scale and transition matrix (`f32`); the number
/// of keys; then six streams, each its length and its bytes:
///
/// 1. and 2. the sorted keys as differences from the one before
///    ([`SplitVarints`]);
/// 3. per key, a byte with bit i set when model i has it;
/// 4. and 5. per key, for each model that has it in order, the mask of
///    the tags it has weights for ([`SplitVarints`]);
/// 6. those weights, one `i8` per set bit, in the same order.
///
/// The two stages of the tagger share most keys (29,821 of 41,193), and
/// like numbers sit together; both shrink the gzipped wasm (a key list
/// per model with each key's mask and weights beside it took 308,868 B
/// gzip; this layout takes about 226,000 B).
pub fn models_to_bytes(models: &[&Model]) -> Vec<u8> {
    assert!(!models.is_empty() && models.len() <= MAX_MODELS);
    let mut out = vec![models.len() as u8];
    let mut rows = Vec::new();
    for model in models {
        let scale = model.quantum();
        model.write_head(scale, &mut out);
        rows.push(model.quantised_rows(scale));
    }
    let mut keys: Vec<u32> = rows.iter().flatten().map(|r| r.0).collect();
    keys.sort_unstable();
    keys.dedup();
    let (mut deltas, mut members, mut masks, mut weights) = (
        SplitVarints::default(),
        Vec::new(),
        SplitVarints::default(),
        Vec::new(),
    );
    let mut at = vec![0usize; models.len()];
    let mut last = 0u32;
    for &key in &keys {
        deltas.push(u64::from(key - last));
        last = key;
        let mut member = 0u8;
        for (m, rows) in rows.iter().enumerate() {
            let Some((_, mask, w)) = rows.get(at[m]).filter(|r| r.0 == key) else {
                continue;
            };
            member |= 1 << m;
            masks.push(u64::from(*mask));
            weights.extend(w.iter().map(|&q| q as u8));
            at[m] += 1;
        }
        members.push(member);
    }
    write_varint(keys.len() as u64, &mut out);
    for stream in [
        &deltas.first,
        &deltas.rest,
        &members,
        &masks.first,
        &masks.rest,
        &weights,
    ] {
        write_stream(stream, &mut out);
    }
    out
}

/// Reads models written by [`models_to_bytes`]; `None` if malformed.
pub fn models_from_bytes(bytes: &[u8]) -> Option<Vec<Model>> {
    let mut file = Stream { bytes, pos: 0 };
    let n_models = usize::from(file.byte()?);
    if n_models == 0 || n_models > MAX_MODELS {
        return None;
    }
    let mut models = Vec::with_capacity(n_models);
    for _ in 0..n_models {
        let mut head = Stream {
            bytes: file.take(HEAD_BYTES)?,
            pos: 0,
        };
        let mut f32_next = || -> Option<f32> {
            let b = head.take(4)?;
            Some(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let scale = f32_next()?;
        let mut transitions = vec![[0.0; N_TAGS]; N_TAGS + 1];
        for row in &mut transitions {
            for w in row.iter_mut() {
                *w = f32_next()?;
            }
        }
        models.push((scale, transitions, Vec::new(), Vec::new()));
    }
    let n_keys = usize::try_from(file.varint()?).ok()?;
    let mut deltas = SplitReader {
        first: file.stream()?,
        rest: file.stream()?,
    };
    let mut members = file.stream()?;
    let mut masks = SplitReader {
        first: file.stream()?,
        rest: file.stream()?,
    };
    let mut weights = file.stream()?;
    // Each key takes at least one byte of the members' stream.
    if n_keys != members.bytes.len() || !file.done() {
        return None;
    }
    let mut key = 0u32;
    for i in 0..n_keys {
        let delta = u32::try_from(deltas.next()?).ok()?;
        key = key.checked_add(delta)?;
        if (i > 0 && delta == 0) || key >> KEY_BITS != 0 {
            return None;
        }
        let member = members.byte()?;
        if member == 0 || usize::from(member) >> n_models != 0 {
            return None;
        }
        for (m, (_, _, rows, packed)) in models.iter_mut().enumerate() {
            if member & 1 << m == 0 {
                continue;
            }
            let mask = u32::try_from(masks.next()?).ok()?;
            if mask == 0 || mask >> N_TAGS != 0 {
                return None;
            }
            let start = packed.len() as u32;
            let w = weights.take(mask.count_ones() as usize)?;
            packed.extend(w.iter().map(|&q| q as i8));
            rows.push((key, (start, mask)));
        }
    }
    let all_read = [
        &deltas.first,
        &deltas.rest,
        &masks.first,
        &masks.rest,
        &weights,
    ];
    if !all_read.iter().all(|s| s.done()) {
        return None;
    }
    Some(
        models
            .into_iter()
            .map(|(scale, transitions, rows, packed)| Model {
                index: Index::from_sorted(rows),
                entries: Vec::new(),
                packed,
                scale,
                transitions,
            })
            .collect(),
    )
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

    /// One quantisation step of a trained model: its largest weight is
    /// 127 steps.
    fn quantum(&self) -> f32 {
        let max = self
            .entries
            .iter()
            .map(|e| e.1.abs())
            .fold(0.0f32, f32::max)
            .max(1e-6);
        max / 127.0
    }

    /// A trained model's features with their quantised weights as the file
    /// holds them: sorted by key, each with the mask of its tags and one
    /// weight per set bit; weights under [`MIN_QUANTISED`] steps, and
    /// features left with none, are dropped.
    fn quantised_rows(&self, scale: f32) -> Vec<(u32, u32, Vec<i8>)> {
        let mut rows: Vec<(u32, u32, Vec<i8>)> = self
            .index
            .keys
            .iter()
            .zip(&self.index.ranges)
            .filter_map(|(&hash, &(start, len))| {
                let entries = &self.entries[start as usize..start as usize + len as usize];
                let kept: Vec<(u8, i8)> = entries
                    .iter()
                    .map(|&(t, w)| (t, quantise(w, scale)))
                    .filter(|&(_, q)| (q as i32).abs() >= MIN_QUANTISED)
                    .collect();
                let mask = kept.iter().fold(0u32, |m, &(t, _)| m | 1 << t);
                (mask != 0).then(|| (hash, mask, kept.into_iter().map(|(_, q)| q).collect()))
            })
            .collect();
        rows.sort_by_key(|r| r.0);
        rows
    }

    /// Writes the scale and the transition matrix.
    fn write_head(&self, scale: f32, out: &mut Vec<u8>) {
        out.extend_from_slice(&scale.to_le_bytes());
        for row in &self.transitions {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
    }

    /// The features of a trained model with a weight that quantises to
    /// at least `steps` of 127 (as [`Model::to_bytes`] scales them).
    pub fn features_at_least(&self, steps: i32) -> rustc_hash::FxHashSet<u32> {
        let scale = self.quantum();
        self.index
            .keys
            .iter()
            .zip(&self.index.ranges)
            .filter(|(_, &(start, len))| {
                self.entries[start as usize..(start + len) as usize]
                    .iter()
                    .any(|&(_, w)| i32::from(quantise(w, scale)).abs() >= steps)
            })
            .map(|(&key, _)| key)
            .collect()
    }

    pub fn n_features(&self) -> usize {
        self.index.keys.len()
    }

    /// Adds the weights of `features` to `scores`.
    pub fn score(&self, features: &[u32], scores: &mut [f32; N_TAGS]) {
        if !self.packed.is_empty() {
            let mut sums = [0i32; N_TAGS];
            self.score_sums(features, &mut sums);
            self.add_scaled(&sums, scores);
            return;
        }
        for f in features {
            let Some((start, len)) = self.index.get(*f) else {
                continue;
            };
            for &(tag, w) in &self.entries[start as usize..(start + len) as usize] {
                scores[tag as usize] += w;
            }
        }
    }

    /// Adds a decoded model's quantised weights of `features` to integer
    /// `sums` (nothing for a trained model).
    pub fn score_sums(&self, features: &[u32], sums: &mut [i32; N_TAGS]) {
        if self.packed.is_empty() {
            return;
        }
        for f in features {
            if let Some((start, mask)) = self.index.get(*f) {
                self.add_packed(start, mask, sums);
            }
        }
    }

    /// Adds a decoded model's quantised weights at `start` (one per set bit
    /// of `mask`) to integer `sums`: summing integers and scaling once is
    /// exact, and cheaper than a float per weight.
    fn add_packed(&self, start: u32, mask: u32, sums: &mut [i32; N_TAGS]) {
        add_masked(&self.packed, start, u64::from(mask), sums);
    }

    /// Adds integer `sums` of quantised weights, scaled, to `scores`.
    pub fn add_scaled(&self, sums: &[i32; N_TAGS], scores: &mut [f32; N_TAGS]) {
        for (score, &sum) in scores.iter_mut().zip(sums) {
            *score += sum as f32 * self.scale;
        }
    }
}

/// Two decoded models over one index, so that a feature both stages use
/// is looked up once: the second stage's scores for the features it shares
/// with the first are summed while the first stage runs. Each key's
/// weights for both models sit in one run, read under one 64-bit mask: the
/// first model's tags in bits 0 to 16, the second's from bit 32.
pub struct Joint {
    /// Sorted by key; a row holds its key, so a lookup reads one cache
    /// line where separate key and range arrays would read two.
    rows: Vec<JointRow>,
    /// `buckets[b]`: the first row whose key's top 16 bits are >= b.
    buckets: Vec<u32>,
    packed: Vec<i8>,
}

/// One feature of a [`Joint`]: where its weights start in `packed`, and
/// the mask of their tags.
#[derive(Clone, Copy)]
struct JointRow {
    key: u32,
    start: u32,
    mask: u64,
}

/// Adds the weights from `start` of `packed`, one per set bit of `mask`
/// (lowest bit first), to `sums` at that bit. Walks the set bits without
/// counting them first (a popcount is a dozen instructions on x86-64's
/// baseline).
#[inline]
fn add_masked(packed: &[i8], start: u32, mask: u64, sums: &mut [i32]) {
    let (mut bits, mut k) = (mask, start as usize);
    while bits != 0 {
        let (Some(sum), Some(&q)) = (sums.get_mut(bits.trailing_zeros() as usize), packed.get(k))
        else {
            return;
        };
        *sum += i32::from(q);
        k += 1;
        bits &= bits - 1;
    }
}

/// The quantised weights of a decoded model's key with `(start, mask)`.
fn weights_at(model: &Model, (start, mask): (u32, u32)) -> &[i8] {
    let start = start as usize;
    model
        .packed
        .get(start..start + mask.count_ones() as usize)
        .unwrap_or_default()
}

/// Where the second model's tags start in a [`Joint`] mask.
pub const SECOND: usize = 32;

impl Joint {
    /// The joint index of two decoded models (`None` for trained ones,
    /// which keep unquantised weights). One merge of two sorted key lists.
    pub fn new(first: &Model, second: &Model) -> Option<Joint> {
        if first.packed.is_empty() || second.packed.is_empty() {
            return None;
        }
        let (a, b) = (&first.index, &second.index);
        let mut rows: Vec<JointRow> = Vec::with_capacity(a.keys.len().max(b.keys.len()));
        let mut packed = Vec::with_capacity(first.packed.len() + second.packed.len());
        let (mut i, mut j) = (0, 0);
        while i < a.keys.len() || j < b.keys.len() {
            let ka = a.keys.get(i).copied().unwrap_or(u32::MAX);
            let kb = b.keys.get(j).copied().unwrap_or(u32::MAX);
            let key = ka.min(kb);
            let start = packed.len() as u32;
            let mut mask = 0u64;
            if ka == key {
                mask |= u64::from(a.ranges[i].1);
                packed.extend_from_slice(weights_at(first, a.ranges[i]));
                i += 1;
            }
            if kb == key {
                mask |= u64::from(b.ranges[j].1) << SECOND;
                packed.extend_from_slice(weights_at(second, b.ranges[j]));
                j += 1;
            }
            rows.push(JointRow { key, start, mask });
        }
        let keys: Vec<u32> = rows.iter().map(|r| r.key).collect();
        Some(Joint {
            buckets: bucket_starts(&keys),
            rows,
            packed,
        })
    }

    /// Adds the weights of `features` under both models to integer sums:
    /// the first model's for tag t at `sums[t]`, the second's at
    /// `sums[SECOND + t]`.
    pub fn score(&self, features: &[u32], sums: &mut [i32; 64]) {
        for &f in features {
            let b = bucket_of(f);
            let (Some(&lo), Some(&hi)) = (self.buckets.get(b), self.buckets.get(b + 1)) else {
                continue;
            };
            let Some(row) = self
                .rows
                .get(lo as usize..hi as usize)
                .and_then(|rows| rows.iter().find(|r| r.key == f))
            else {
                continue;
            };
            add_masked(&self.packed, row.start, row.mask, sums);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let mut other = HashMap::default();
        other.insert(7u32, [0.5; N_TAGS]);
        other.insert(1u32 << 20, [-0.5; N_TAGS]);
        let second = Model::from_weights(&other, vec![[0.0; N_TAGS]; N_TAGS + 1]);
        let bytes = models_to_bytes(&[&model, &second]);
        let back = models_from_bytes(&bytes).unwrap();
        let mut scores = [0.0; N_TAGS];
        back[0].score(&[7, 8, 1 << 20], &mut scores);
        assert!((scores[3] - 1.27).abs() < 0.011 && (scores[5] + 0.5).abs() < 0.011);
        assert_eq!(scores[4], 0.0);
        assert_eq!(back[0].transitions[0][1], 0.25);
        let mut scores = [0.0; N_TAGS];
        back[1].score(&[1 << 20], &mut scores);
        assert!(scores.iter().all(|s| (s + 0.5).abs() < 0.005));
        assert_eq!(back[1].n_features(), 2);
        assert!(models_from_bytes(b"junk").is_none());
        // Any cut of the file, or a byte more, is malformed, not a panic.
        for n in 0..bytes.len() {
            assert!(models_from_bytes(&bytes[..n]).is_none(), "cut at {n}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(models_from_bytes(&longer).is_none());
    }

    #[test]
    fn features_at_least_counts_quantisation_steps() {
        let mut weights = HashMap::default();
        let row = |t: usize, w: f32| {
            let mut row = [0.0; N_TAGS];
            row[t] = w;
            row
        };
        // The largest weight, 1.27, is 127 steps of 0.01.
        weights.insert(1u32, row(0, 1.27));
        weights.insert(2u32, row(4, -0.06));
        weights.insert(3u32, row(2, 0.05));
        let model = Model::from_weights(&weights, vec![[0.0; N_TAGS]; N_TAGS + 1]);
        let mut kept: Vec<u32> = model.features_at_least(6).into_iter().collect();
        kept.sort_unstable();
        assert_eq!(kept, [1, 2]);
        assert_eq!(model.features_at_least(128).len(), 0);
    }
}
