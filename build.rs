//! Compiles everything under `data/` that the crate embeds, so that nothing
//! is parsed from text at run time:
//!
//! - the word lists (`# form:` in their header) into Rust tables,
//!   `OUT_DIR/lists.rs` (see `build/lists.rs`);
//! - the word clusters of `data/clusters/brown.txt` into
//!   `OUT_DIR/clusters.bin` (see `build/clusters.rs`);
//! - the gazetteer lists under `data/gazetteers/` into one sorted, binary
//!   table (`OUT_DIR/gazetteer.bin`) that `src/gazetteer.rs` searches in
//!   place.
//!
//! Format, three tables in a row: entries as written, the same upper-cased,
//! and lower-cased titles. Each starts with its row count (u32 LE).
//! - The first and third, per row, sorted by key bytes: kinds (u16 LE bit
//!   set), key length (u8), key bytes. A key is the entry with runs of
//!   whitespace collapsed to one space.
//! - The upper-cased table holds no text: per row, sorted by the upper-cased
//!   key's bytes, kinds (u16 LE, those of every entry with that upper-cased
//!   form) and the index (u16 LE) in the first table of one such entry,
//!   whose key `src/names/gazetteer.rs` upper-cases as it compares. Spelled
//!   out, the upper-cased keys cost 63 KB of the gzipped wasm.

use std::collections::BTreeMap;
use std::path::Path;

#[path = "build/clusters.rs"]
mod clusters;
#[path = "build/lists.rs"]
mod lists;

/// The lists and the bit of `gazetteer::Kind` each feeds; the order of
/// `Kind` is: country, city, state, region, demonym, group, org, agency,
/// first name, title. `Some(label)` keeps only lines whose second column is
/// that label.
const LISTS: &[(&str, u8, Option<&str>)] = &[
    ("countries.txt", 0, None),
    ("places_extra.txt", 0, Some("GPE")),
    ("places_extra.txt", 3, Some("LOC")),
    ("cities.txt", 1, None),
    ("us_states.txt", 2, None),
    ("demonyms.txt", 4, None),
    ("groups.txt", 5, None),
    ("organisations.txt", 6, None),
    ("organisations_world.txt", 6, None),
    ("news_agencies.txt", 7, None),
    ("first_names.txt", 8, None),
    ("first_names_world.txt", 8, None),
    ("titles.txt", 9, None),
];

const TITLE_BIT: u8 = 9;

/// Bits of `gazetteer::Kinds` past the kinds: a given name's sex.
const MALE_BIT: u8 = 10;
const FEMALE_BIT: u8 = 11;

/// Entries longer than this many bytes are left out (the key length is a u8).
const MAX_KEY: usize = 255;

fn write_table(table: &BTreeMap<String, u16>, out: &mut Vec<u8>) {
    out.extend_from_slice(&(table.len() as u32).to_le_bytes());
    for (key, kinds) in table {
        out.extend_from_slice(&kinds.to_le_bytes());
        out.push(key.len() as u8);
        out.extend_from_slice(key.as_bytes());
    }
}

/// The upper-cased table: per upper-cased key, its kinds and the index in
/// `exact` of the first entry that upper-cases to it.
fn write_upper(exact: &BTreeMap<String, u16>, upper: &BTreeMap<String, u16>, out: &mut Vec<u8>) {
    let mut first: BTreeMap<String, u16> = BTreeMap::new();
    for (i, key) in exact.keys().enumerate() {
        let i = u16::try_from(i).expect("the gazetteer's rows fit a u16 index");
        first.entry(key.to_uppercase()).or_insert(i);
    }
    out.extend_from_slice(&(upper.len() as u32).to_le_bytes());
    for (key, kinds) in upper {
        out.extend_from_slice(&kinds.to_le_bytes());
        out.extend_from_slice(&first[key].to_le_bytes());
    }
}

/// Lists the tagger reads but was not trained with: `gazetteer_training.bin`
/// leaves them out, so `newsmark train ner` reproduces the shipped model
/// whatever they hold, and the inference reads them as it reads the lists
/// the model learnt its gazetteer weights on (a given name is a given
/// name). See data/model/README.md.
const INFERENCE_ONLY: &[&str] = &["first_names_world.txt", "organisations_world.txt"];

/// The gazetteer table of every list, or of those the model was trained
/// with when `training` is set.
fn gazetteer(dir: &Path, training: bool) -> Vec<u8> {
    let (mut exact, mut upper, mut titles) = (
        BTreeMap::new(),
        BTreeMap::<String, u16>::new(),
        BTreeMap::new(),
    );
    for &(file, bit, label) in LISTS {
        if training && INFERENCE_ONLY.contains(&file) {
            continue;
        }
        let path = dir.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for line in text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let mut columns = line.split('\t');
            let entry = columns.next().unwrap_or("");
            if label.is_some_and(|l| columns.next().map(str::trim) != Some(l)) {
                continue;
            }
            let key = entry.split_whitespace().collect::<Vec<_>>().join(" ");
            if key.is_empty() || key.len() > MAX_KEY {
                continue;
            }
            let mut mask = 1u16 << bit;
            // A given name's sex, outside the kinds the tagger sees.
            if file.starts_with("first_names") {
                match columns.next().map(str::trim) {
                    Some("M") => mask |= 1 << MALE_BIT,
                    Some("F") => mask |= 1 << FEMALE_BIT,
                    _ => {}
                }
            }
            let (lower, caps) = (key.to_lowercase(), key.to_uppercase());
            if bit == TITLE_BIT {
                *titles.entry(lower).or_insert(0) |= mask;
            } else {
                if caps.len() <= MAX_KEY {
                    *upper.entry(caps).or_insert(0) |= mask;
                }
                *exact.entry(key).or_insert(0) |= mask;
            }
        }
    }
    let mut out = Vec::new();
    write_table(&exact, &mut out);
    write_upper(&exact, &upper, &mut out);
    write_table(&titles, &mut out);
    out
}

fn main() {
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("data/gazetteers");
    println!("cargo:rerun-if-changed=data/gazetteers");
    for (name, training) in [("gazetteer.bin", false), ("gazetteer_training.bin", true)] {
        let out_path = Path::new(&std::env::var("OUT_DIR").unwrap()).join(name);
        std::fs::write(&out_path, gazetteer(&dir, training))
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", out_path.display()));
    }
    let demonyms = demonym_places(&dir);
    let data_dir = dir.parent().unwrap();
    clusters::write(
        data_dir,
        &Path::new(&std::env::var("OUT_DIR").unwrap()).join("clusters.bin"),
    );
    let lists_path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("lists.rs");
    lists::write(
        data_dir,
        &[("people", "demonym_places", demonyms)],
        &lists_path,
    );
}

/// The list `people::demonym_places`: each demonym with the country it
/// names ("Russian\tRussia"), for affiliations. A country's name is its
/// shortest spelling in `countries.txt` that is plain ASCII and not an
/// abbreviation; `data/people/demonym_places.txt` adds the rest.
fn demonym_places(dir: &Path) -> String {
    let read = |path: &Path| {
        println!("cargo:rerun-if-changed={}", path.display());
        std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    };
    let rows = |text: &str| -> Vec<(String, String)> {
        text.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (a, b) = l.split_once('\t')?;
                Some((a.trim().to_string(), b.trim().to_string()))
            })
            .collect()
    };
    let mut country: BTreeMap<String, String> = BTreeMap::new();
    for (name, code) in rows(&read(&dir.join("countries.txt"))) {
        let plain = name.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
            && name.chars().any(|c| c.is_ascii_lowercase());
        let shorter = country.get(&code).is_none_or(|old| name.len() < old.len());
        if plain && shorter {
            country.insert(code, name);
        }
    }
    // A demonym of several countries ("American", "French") is left to
    // the hand list.
    let mut places: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (demonym, code) in rows(&read(&dir.join("demonyms.txt"))) {
        if let Some(place) = country.get(&code) {
            places.entry(demonym).or_default().push(place.clone());
        }
    }
    let mut out = String::from("# form: map str\n");
    for (demonym, places) in places.iter().filter(|(_, p)| p.len() == 1) {
        out += &format!("{demonym}\t{}\n", places[0]);
    }
    let extra = dir.join("../people/demonym_places.txt");
    for (demonym, place) in rows(&read(&extra)) {
        out += &format!("{demonym}\t{place}\n");
    }
    out
}
