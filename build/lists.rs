//! Compiles the word lists under `data/` into Rust tables (`OUT_DIR/lists.rs`),
//! so that nothing is parsed from text at run time: each list is its sorted
//! keys and a hash table over them, written out here and searched in place
//! by `resources::WordTable`, with its values beside it.
//!
//! A list is any `data/<folder>/<name>.txt` whose header holds a line
//! `# form: ...`; it becomes the module `lists::<folder>::<name>`:
//!
//! - `# form: set`: one entry a line (the first tab-separated column);
//!   `contains(word)` and `words()`.
//! - `# form: map TYPE`: `entry<TAB>value`; `get(word) -> Option<TYPE>` and
//!   TYPE is `str`, `u32`, `f64`, `char` (the value's first
//!   character) or `enum` (the values become the variants of `Value`, in
//!   CamelCase). A later line for the same entry wins, and lines without a
//!   value are left out.
//! - `# form: phrases TYPE`: `words<TAB>class<TAB>value`, where words are
//!   separated by spaces; the classes become the variants of `Class`, and
//!   TYPE (`str` or `f64`) is the value's. `starting(word)` gives every
//!   phrase whose first word is `word`, in file order.
//!
//! Entries keep their case and are trimmed. `#` starts a comment line.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// The value type of a map or phrase list.
#[derive(Clone, Copy, PartialEq)]
enum ValueType {
    Str,
    U32,
    F64,
    Char,
    Enum,
}

enum Form {
    Set,
    Map(ValueType),
    Phrases(ValueType),
}

fn parse_form(directive: &str, path: &Path) -> Form {
    let mut parts = directive.split_whitespace();
    let kind = parts.next().unwrap_or("");
    let value = match parts.next() {
        None => None,
        Some("str") => Some(ValueType::Str),
        Some("u32") => Some(ValueType::U32),
        Some("f64") => Some(ValueType::F64),
        Some("char") => Some(ValueType::Char),
        Some("enum") => Some(ValueType::Enum),
        Some(other) => panic!("{}: unknown value type {other:?}", path.display()),
    };
    match (kind, value) {
        ("set", None) => Form::Set,
        ("map", Some(v)) => Form::Map(v),
        ("phrases", Some(v @ (ValueType::Str | ValueType::F64))) => Form::Phrases(v),
        _ => panic!(
            "{}: `# form: {directive}` is not one of `set`, `map TYPE`, `phrases str|f64`",
            path.display()
        ),
    }
}

fn camel(name: &str) -> String {
    let mut out = String::new();
    for part in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars);
        }
    }
    out
}

fn rust_type(value: ValueType) -> &'static str {
    match value {
        ValueType::Str => "&'static str",
        ValueType::U32 => "u32",
        ValueType::F64 => "f64",
        ValueType::Char => "char",
        ValueType::Enum => "Value",
    }
}

/// The Rust literal of a value, or `None` when the text is not one.
fn literal(value: ValueType, text: &str) -> Option<String> {
    match value {
        ValueType::Str => Some(format!("{text:?}")),
        ValueType::U32 => text.parse::<u32>().ok().map(|v| v.to_string()),
        ValueType::F64 => text.parse::<f64>().ok().map(|v| format!("{v:?}")),
        ValueType::Char => text.chars().next().map(|c| format!("{c:?}")),
        ValueType::Enum => (!text.is_empty()).then(|| format!("Value::{}", camel(text))),
    }
}

/// A multiplicative hash over the word's bytes, four at a time, in 32 bits
/// on every target; the same function as `resources::WordTable::hash`
/// (every list lookup in the tests goes through both).
fn hash(word: &str) -> u32 {
    let mut chunks = word.as_bytes().chunks_exact(4);
    let mut h = word.len() as u32;
    for chunk in &mut chunks {
        let v = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        h = (h.rotate_left(5) ^ v).wrapping_mul(0x9e37_79b9);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ u32::from(b)).wrapping_mul(0x9e37_79b9);
    }
    h ^ (h >> 16)
}

/// `fn index(word) -> Option<usize>`: the position of `word` among `keys`
/// (distinct), through an open-addressing hash table written out at build
/// time (linear probing, at most half full), so a lookup hashes the word
/// once and compares it with about one key. Returns the keys in table
/// order; callers write their values in it.
fn index_fn<'k>(keys: &[&'k str], out: &mut String) -> Vec<&'k str> {
    let mut sorted: Vec<&str> = keys.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert!(
        sorted.len() < usize::from(u16::MAX),
        "a list of 65,535 entries or more"
    );
    let n_slots = (sorted.len() * 2).max(2).next_power_of_two();
    let mut slots = vec![u16::MAX; n_slots];
    for (idx, key) in sorted.iter().enumerate() {
        let mut slot = hash(key) as usize & (n_slots - 1);
        while slots[slot] != u16::MAX {
            slot = (slot + 1) & (n_slots - 1);
        }
        slots[slot] = idx as u16;
    }
    let text: String = sorted.concat();
    // Bit `n` is set when a key is `n` bytes long (bit 63: 63 or more).
    let lengths: u64 = sorted
        .iter()
        .fold(0, |bits, key| bits | 1 << key.len().min(63));
    assert!(
        text.len() < usize::from(u16::MAX),
        "a list of 64 KiB or more"
    );
    let ends: Vec<u16> = sorted
        .iter()
        .scan(0, |end, key| {
            *end += key.len();
            Some(*end as u16)
        })
        .collect();
    // Slots are one byte wide when every key position fits.
    let (slot_type, slots) = if sorted.len() < usize::from(u8::MAX) {
        let narrow: Vec<u8> = slots.iter().map(|&s| s.min(255) as u8).collect();
        ("u8", format!("{narrow:?}"))
    } else {
        ("u16", format!("{slots:?}"))
    };
    writeln!(
        out,
        "    static TABLE: super::super::WordTable<{slot_type}> = super::super::WordTable {{ text: {text:?}, ends: &{ends:?}, slots: &{slots}, lengths: {lengths} }};"
    )
    .unwrap();
    out.push_str("    fn index(word: &str) -> Option<usize> {\n        TABLE.index(word)\n    }\n");
    sorted
}

fn enum_def(name: &str, variants: &[String], out: &mut String) {
    writeln!(
        out,
        "    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n    pub enum {name} {{"
    )
    .unwrap();
    for v in variants {
        writeln!(out, "        {},", camel(v)).unwrap();
    }
    out.push_str("    }\n");
    writeln!(
        out,
        "    impl {name} {{\n        /// The name as the list writes it.\n        pub fn name(self) -> &'static str {{\n            match self {{"
    )
    .unwrap();
    for v in variants {
        writeln!(out, "                {name}::{} => {v:?},", camel(v)).unwrap();
    }
    out.push_str("            }\n        }\n    }\n");
}

/// The distinct values of `column` in `rows`, in order of first use.
fn distinct(rows: &[Vec<&str>], column: usize) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for row in rows {
        if let Some(v) = row.get(column).filter(|v| !v.is_empty()) {
            if !seen.iter().any(|s| s == v) {
                seen.push(v.to_string());
            }
        }
    }
    seen
}

/// A phrase's words, class and value literal.
type PhraseRow<'a> = (Vec<&'a str>, &'a str, String);

/// Compiles one list into the body of its module.
fn compile(path: &Path, text: &str, form: &Form, out: &mut String) {
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
        .collect();
    match *form {
        Form::Set => {
            let mut words: Vec<&str> = rows.iter().map(|r| r[0]).collect();
            words.sort_unstable();
            words.dedup();
            out.push_str("    /// The entries, sorted.\n    pub fn words() -> impl Iterator<Item = &'static str> {\n        TABLE.keys()\n    }\n");
            out.push_str("    /// Whether `word` is on the list, exactly as written.\n    pub fn contains(word: &str) -> bool {\n        index(word).is_some()\n    }\n");
            index_fn(&words, out);
        }
        Form::Map(value) => {
            if value == ValueType::Enum {
                enum_def("Value", &distinct(&rows, 1), out);
            }
            // A later line for the same entry wins.
            let mut entries: BTreeMap<&str, String> = BTreeMap::new();
            for row in &rows {
                let v = row.get(1).copied().unwrap_or("");
                if v.is_empty() {
                    continue;
                }
                let lit = literal(value, v).unwrap_or_else(|| {
                    panic!("{}: {v:?} is not a {}", path.display(), rust_type(value))
                });
                entries.insert(row[0], lit);
            }
            let ty = rust_type(value);
            let keys: Vec<&str> = entries.keys().copied().collect();
            let order = index_fn(&keys, out);
            writeln!(out, "    /// The values, in the order of the table's keys.\n    const VALUES: &[{ty}] = &[").unwrap();
            for key in &order {
                writeln!(out, "        {},", entries[key]).unwrap();
            }
            out.push_str("    ];\n");
            writeln!(out, "    /// The value of `word`, exactly as written.\n    pub fn get(word: &str) -> Option<{ty}> {{\n        index(word).map(|idx| VALUES[idx])\n    }}").unwrap();
        }
        Form::Phrases(value) => {
            enum_def("Class", &distinct(&rows, 1), out);
            // Grouped by first word, in file order within a group.
            let mut by_first: BTreeMap<&str, Vec<PhraseRow>> = BTreeMap::new();
            for row in &rows {
                let (Some(words), Some(class), Some(v)) = (row.first(), row.get(1), row.get(2))
                else {
                    panic!(
                        "{}: {row:?} is not words<TAB>class<TAB>value",
                        path.display()
                    );
                };
                let words: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
                let Some(&first) = words.first() else {
                    continue;
                };
                let lit = literal(value, v).unwrap_or_else(|| {
                    panic!("{}: {v:?} is not a {}", path.display(), rust_type(value))
                });
                by_first.entry(first).or_default().push((words, class, lit));
            }
            let ty = rust_type(value);
            let keys: Vec<&str> = by_first.keys().copied().collect();
            let order = index_fn(&keys, out);
            writeln!(out, "    /// Every phrase, grouped by first word in the table's order.\n    pub const PHRASES: &[Phrase<Class, {ty}>] = &[").unwrap();
            let mut ranges = Vec::new();
            let mut n_phrases = 0;
            for first in &order {
                let phrases = &by_first[first];
                ranges.push((n_phrases, n_phrases + phrases.len()));
                for (words, class, lit) in phrases {
                    writeln!(
                        out,
                        "        Phrase {{ text: {:?}, n_words: {}, class: Class::{}, value: {lit} }},",
                        words.join(" "),
                        words.len(),
                        camel(class)
                    )
                    .unwrap();
                    n_phrases += 1;
                }
            }
            out.push_str("    ];\n");
            writeln!(out, "    const RANGES: &[(u16, u16)] = &{ranges:?};").unwrap();
            writeln!(out, "    /// The phrases whose first word is `word`, exactly as written, in file order.\n    pub fn starting(word: &str) -> &'static [Phrase<Class, {ty}>] {{\n        match index(word) {{\n            Some(idx) => &PHRASES[usize::from(RANGES[idx].0)..usize::from(RANGES[idx].1)],\n            None => &[],\n        }}\n    }}").unwrap();
        }
    }
}

/// The `# form:` directive of a list's header, if it has one.
fn directive(text: &str) -> Option<&str> {
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# form:"))
        .map(str::trim)
}

/// Writes `OUT_DIR/lists.rs` from every list under `data_dir`; `extra` are
/// generated lists `(folder, name, text)` compiled the same way.
pub fn write(data_dir: &Path, extra: &[(&str, &str, String)], out_path: &Path) {
    println!("cargo:rerun-if-changed={}", data_dir.display());
    let mut folders: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut dirs: Vec<_> = std::fs::read_dir(data_dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", data_dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let folder = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for path in files {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let Some(form) = directive(&text) else {
                continue;
            };
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let mut body = String::new();
            compile(&path, &text, &parse_form(form, &path), &mut body);
            let about = text
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches('#')
                .trim();
            folders.entry(folder.clone()).or_default().push((
                name.clone(),
                format!("/// `data/{folder}/{name}.txt`: {about}\npub mod {name} {{\n    #[allow(unused_imports)]\n    use super::super::Phrase;\n{body}}}\n"),
            ));
        }
    }
    for (folder, name, text) in extra {
        let path = Path::new("OUT_DIR").join(format!("{name}.txt"));
        let form = directive(text).expect("a generated list has a form");
        let mut body = String::new();
        compile(&path, text, &parse_form(form, &path), &mut body);
        folders.entry(folder.to_string()).or_default().push((
            name.to_string(),
            format!("/// Generated by `build.rs`.\npub mod {name} {{\n    #[allow(unused_imports)]\n    use super::super::Phrase;\n{body}}}\n"),
        ));
    }
    let mut out =
        String::from("// Generated by build.rs from the lists under data/: do not edit.\n");
    for (folder, modules) in &folders {
        writeln!(out, "pub mod {folder} {{").unwrap();
        for (_, module) in modules {
            out.push_str(module);
        }
        out.push_str("}\n");
    }
    std::fs::write(out_path, out)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out_path.display()));
}
