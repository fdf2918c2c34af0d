//! Compiles `data/clusters/brown.txt` (written by `scripts/clusters.py`:
//! `word<TAB>path`, the path root first) into `OUT_DIR/clusters.bin`, which
//! `src/names/clusters.rs` decodes once per tagger.
//!
//! Format: the number of distinct paths P (u32 LE); P codes (u32 LE,
//! ascending), each a path with its root at the least significant bit and
//! a 1 above its last bit (so "011" is 0b1110); then, for each code in that
//! order, its words joined by `\n`, the groups separated by `\0`. Words of
//! one path sit together and sorted, which is what compresses.

use std::collections::BTreeMap;
use std::path::Path;

/// The longest path a code holds (the sentinel bit needs one more).
const MAX_PATH: usize = 31;

pub fn write(data_dir: &Path, out_path: &Path) {
    let path = data_dir.join("clusters/brown.txt");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut groups: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (word, bits) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("{}: no tab in {line:?}", path.display()));
        assert!(
            !bits.is_empty()
                && bits.len() <= MAX_PATH
                && bits.bytes().all(|b| b == b'0' || b == b'1'),
            "{}: bad path in {line:?}",
            path.display()
        );
        let code = bits
            .bytes()
            .enumerate()
            .fold(1u32 << bits.len(), |code, (i, b)| {
                code | u32::from(b - b'0') << i
            });
        groups.entry(code).or_default().push(word);
    }
    let mut out = Vec::new();
    out.extend_from_slice(&(groups.len() as u32).to_le_bytes());
    for code in groups.keys() {
        out.extend_from_slice(&code.to_le_bytes());
    }
    for (i, words) in groups.values_mut().enumerate() {
        words.sort_unstable();
        if i > 0 {
            out.push(0);
        }
        out.extend_from_slice(words.join("\n").as_bytes());
    }
    std::fs::write(out_path, out)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out_path.display()));
}
