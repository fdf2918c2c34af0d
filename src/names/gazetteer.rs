//! Gazetteers: the name lists under `data/gazetteers/`, matched against
//! token sequences.
//!
//! Each entry is tokenized with the same tokenizer as the text, so "U.S."
//! and "Secretary-General" match as they are written. A match is looked up
//! by the joined token texts, trying the longest entry first; in an
//! ALL-CAPS headline, an upper-cased copy of each entry matches too.

use std::borrow::Cow;

use crate::segment::Token;

/// The kinds of list an entry can be on; an entry can be on several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Kind {
    Country = 0,
    City,
    State,
    /// Regions, seas, continents: LOC, not GPE.
    Region,
    Demonym,
    Group,
    Org,
    Agency,
    FirstName,
    Title,
}

pub const N_KINDS: usize = 10;

impl Kind {
    pub const ALL: [Kind; N_KINDS] = [
        Kind::Country,
        Kind::City,
        Kind::State,
        Kind::Region,
        Kind::Demonym,
        Kind::Group,
        Kind::Org,
        Kind::Agency,
        Kind::FirstName,
        Kind::Title,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::City => "city",
            Kind::State => "state",
            Kind::Region => "region",
            Kind::Demonym => "demonym",
            Kind::Group => "group",
            Kind::Org => "org",
            Kind::Agency => "agency",
            Kind::FirstName => "first",
            Kind::Title => "title",
        }
    }
}

/// A set of [`Kind`]s as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds(pub u16);

impl Kinds {
    /// Every kind a word can have besides a given name: places, peoples,
    /// groups, organisations, agencies and titles. A word with any of them
    /// is no plain person's name.
    pub const NOT_A_PERSON: Kinds = Kinds((1 << N_KINDS) - 1).without(Kind::FirstName);

    /// This set less `kind`.
    pub const fn without(self, kind: Kind) -> Kinds {
        Kinds(self.0 & !(1 << kind as u8))
    }

    pub fn has(self, kind: Kind) -> bool {
        self.0 & (1 << kind as u8) != 0
    }

    /// Whether this set and `other` share a kind.
    pub fn any_of(self, other: Kinds) -> bool {
        self.0 & other.0 != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Kind> {
        Kind::ALL.into_iter().filter(move |&k| self.has(k))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The sex of a given name, when one sex has it far more often:
    /// `build.rs` sets bit 10 (`MALE_BIT`) or 11 (`FEMALE_BIT`), past the
    /// kinds.
    pub fn sex(self) -> Option<Sex> {
        match (self.0 >> 10) & 0b11 {
            0b01 => Some(Sex::Male),
            0b10 => Some(Sex::Female),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

/// One match of an entry over tokens `start..end` (token indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub kinds: Kinds,
}

/// One sorted table of keys, searched in place in the embedded bytes.
struct Table {
    entries: Vec<(&'static str, Kinds)>,
    /// Where the keys of each first byte start: keys starting with byte
    /// `b` are `entries[by_first[b]..by_first[b + 1]]`. A search starts in
    /// that slice, so a lower-case word (which few keys start like) takes
    /// a step or two and a capitalised one a few fewer than in the whole.
    by_first: Vec<u32>,
}

impl Table {
    /// Reads one table written by `build.rs` from `bytes` at `pos`.
    fn read(bytes: &'static [u8], pos: &mut usize) -> Option<Table> {
        let n = u32::from_le_bytes(bytes.get(*pos..*pos + 4)?.try_into().ok()?) as usize;
        *pos += 4;
        let mut entries = Vec::with_capacity(n);
        for _ in 0..n {
            let kinds = u16::from_le_bytes(bytes.get(*pos..*pos + 2)?.try_into().ok()?);
            let len = *bytes.get(*pos + 2)? as usize;
            let key = std::str::from_utf8(bytes.get(*pos + 3..*pos + 3 + len)?).ok()?;
            *pos += 3 + len;
            entries.push((key, Kinds(kinds)));
        }
        Some(Table::new(entries))
    }

    /// A table of `entries` sorted by their keys' bytes. The slices by
    /// first byte hold only if the keys are sorted and none is empty, as
    /// build.rs writes them.
    fn new(entries: Vec<(&'static str, Kinds)>) -> Table {
        debug_assert!(
            entries.windows(2).all(|w| w[0].0 < w[1].0) && entries.iter().all(|e| !e.0.is_empty()),
            "gazetteer keys must be sorted, distinct and non-empty"
        );
        let by_first = (0..=256)
            .map(|b| {
                let idx = entries.partition_point(|(k, _)| {
                    k.as_bytes().first().is_some_and(|&f| usize::from(f) < b)
                });
                u32::try_from(idx).unwrap_or(u32::MAX)
            })
            .collect();
        Table { entries, by_first }
    }

    /// The entries a key that starts like `key` can be among: those of its
    /// first byte, or all for an empty key.
    fn candidates(&self, key: &[u8]) -> &[(&'static str, Kinds)] {
        let Some(&first) = key.first() else {
            return &self.entries;
        };
        let b = usize::from(first);
        let bounds = (self.by_first.get(b), self.by_first.get(b + 1));
        match bounds {
            (Some(&start), Some(&end)) => self
                .entries
                .get(start as usize..end as usize)
                .unwrap_or(&[]),
            _ => &self.entries,
        }
    }

    fn get(&self, key: &str) -> Option<Kinds> {
        let entries = self.candidates(key.as_bytes());
        entries
            .binary_search_by(|(k, _)| k.cmp(&key))
            .ok()
            .map(|idx| entries[idx].1)
    }

    /// Whether some key starts with `prefix`.
    fn has_prefix(&self, prefix: &str) -> bool {
        let entries = self.candidates(prefix.as_bytes());
        let idx = entries.partition_point(|(k, _)| *k < prefix);
        entries.get(idx).is_some_and(|(k, _)| k.starts_with(prefix))
    }

    /// Whether some key is `word` or starts with `word` and a space, with
    /// `word` lower-cased (ASCII) first when `lower` is set. Keys that
    /// continue `word` with a space sort right after `word` itself, since a
    /// space sorts before every letter.
    fn starts_with_word(&self, word: &str, lower: bool) -> bool {
        // A short word is lower-cased on the stack: the titles' search
        // runs for every capitalised word of a name, and allocating a copy
        // cost more than the search.
        let mut buf = [0u8; 32];
        let owned;
        let word: &[u8] = if !(lower && word.bytes().any(|b| b.is_ascii_uppercase())) {
            word.as_bytes()
        } else if let Some(short) = buf.get_mut(..word.len()) {
            short.copy_from_slice(word.as_bytes());
            short.make_ascii_lowercase();
            short
        } else {
            owned = word.to_ascii_lowercase();
            owned.as_bytes()
        };
        let entries = self.candidates(word);
        let idx = entries.partition_point(|(k, _)| k.as_bytes() < word);
        entries.get(idx).is_some_and(|(k, _)| {
            let k = k.as_bytes();
            k.starts_with(word) && (k.len() == word.len() || k[word.len()] == b' ')
        })
    }
}

/// The entries upper-cased, for headlines in capitals: per upper-cased
/// form, sorted, its kinds and the index of an entry of `exact` that has
/// it. The key is upper-cased as it is compared, so the table holds no text
/// of its own (see `build.rs`).
struct Upper {
    rows: Vec<(u16, Kinds)>,
}

/// The upper-cased key of an entry, char by char: `str::to_uppercase`
/// without the allocation. Chars compare as their UTF-8 bytes do.
fn upper_chars(key: &str) -> impl Iterator<Item = char> + '_ {
    key.chars().flat_map(char::to_uppercase)
}

impl Upper {
    fn read(bytes: &'static [u8], pos: &mut usize, exact: &Table) -> Option<Upper> {
        let n = u32::from_le_bytes(bytes.get(*pos..*pos + 4)?.try_into().ok()?) as usize;
        *pos += 4;
        let mut rows = Vec::with_capacity(n);
        for _ in 0..n {
            let kinds = u16::from_le_bytes(bytes.get(*pos..*pos + 2)?.try_into().ok()?);
            let index = u16::from_le_bytes(bytes.get(*pos + 2..*pos + 4)?.try_into().ok()?);
            exact.entries.get(usize::from(index))?;
            *pos += 4;
            rows.push((index, Kinds(kinds)));
        }
        Some(Upper { rows })
    }

    fn key<'a>(&self, exact: &'a Table, row: &(u16, Kinds)) -> &'a str {
        exact.entries[usize::from(row.0)].0
    }

    fn get(&self, exact: &Table, key: &str) -> Option<Kinds> {
        self.rows
            .binary_search_by(|row| upper_chars(self.key(exact, row)).cmp(key.chars()))
            .ok()
            .map(|idx| self.rows[idx].1)
    }

    /// Whether some upper-cased key starts with `prefix`.
    fn has_prefix(&self, exact: &Table, prefix: &str) -> bool {
        let idx = self
            .rows
            .partition_point(|row| upper_chars(self.key(exact, row)).lt(prefix.chars()));
        self.rows.get(idx).is_some_and(|row| {
            let mut key = upper_chars(self.key(exact, row));
            prefix.chars().all(|c| key.next() == Some(c))
        })
    }

    /// Whether some upper-cased key is `word` or starts with `word` and a
    /// space, as [`Table::starts_with_word`].
    fn starts_with_word(&self, exact: &Table, word: &str) -> bool {
        let idx = self
            .rows
            .partition_point(|row| upper_chars(self.key(exact, row)).lt(word.chars()));
        self.rows.get(idx).is_some_and(|row| {
            let mut key = upper_chars(self.key(exact, row));
            word.chars().all(|c| key.next() == Some(c)) && matches!(key.next(), None | Some(' '))
        })
    }
}

/// The gazetteer: entries as written, upper-cased (for headlines in
/// capitals) and lower-cased titles, compiled by `build.rs`.
pub struct Gazetteer {
    exact: Table,
    upper: Upper,
    titles: Table,
}

impl Gazetteer {
    /// The kinds of one entry as written ("Donald", "TASS"), or none.
    pub fn kinds(&self, entry: &str) -> Kinds {
        self.exact.get(entry).unwrap_or_default()
    }
}

/// Which words of a text start an entry as written, and which start a
/// title: two binary searches per distinct word instead of per token.
#[derive(Default)]
pub struct FirstWords<'t>(rustc_hash::FxHashMap<&'t str, (bool, bool)>);

/// Entries longer than this many tokens are not matched.
const MAX_ENTRY_TOKENS: usize = 6;

/// The text from the first to the last token, with runs of whitespace as
/// one space, as keys are written.
fn key_of<'t>(text: &'t str, tokens: &[Token]) -> Cow<'t, str> {
    let slice = &text[tokens[0].span.start..tokens[tokens.len() - 1].span.end];
    // Most keys are ASCII words and single spaces: one byte scan, no char
    // decoding, finds nothing to fold.
    if slice.bytes().all(|b| b.is_ascii_graphic() || b == b' ') && !slice.contains("  ") {
        return Cow::Borrowed(slice);
    }
    if slice.contains(|c: char| c.is_whitespace() && c != ' ') || slice.contains("  ") {
        Cow::Owned(slice.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(slice)
    }
}

impl Gazetteer {
    /// Reads the tables that `build.rs` wrote; `None` if they are malformed.
    /// The gazetteer compiled from `data/gazetteers/` and embedded; empty if
    /// the table were malformed, which a test rules out.
    pub fn embedded() -> Gazetteer {
        Gazetteer::from_bytes(crate::resources::GAZETTEER).unwrap_or_else(Gazetteer::empty)
    }

    pub fn from_bytes(bytes: &'static [u8]) -> Option<Gazetteer> {
        let mut pos = 0;
        let exact = Table::read(bytes, &mut pos)?;
        let upper = Upper::read(bytes, &mut pos, &exact)?;
        let titles = Table::read(bytes, &mut pos)?;
        Some(Gazetteer {
            exact,
            upper,
            titles,
        })
    }

    /// A gazetteer that knows nothing.
    pub fn empty() -> Gazetteer {
        let table = || Table::new(Vec::new());
        Gazetteer {
            exact: table(),
            upper: Upper { rows: Vec::new() },
            titles: table(),
        }
    }

    /// The kinds of an entry that is all of `tokens`, as written or, with
    /// `all_caps`, upper-cased: what [`Gazetteer::find`] gives a match over
    /// the whole span but for titles ([`Gazetteer::whole_title`]), with two
    /// lookups instead of a search.
    pub fn whole(&self, text: &str, tokens: &[Token], all_caps: bool) -> Kinds {
        if tokens.is_empty() {
            return Kinds::default();
        }
        let key = key_of(text, tokens);
        let mut kinds = self.exact.get(&key).map_or(0, |k| k.0);
        if all_caps {
            kinds |= self.upper.get(&self.exact, &key).map_or(0, |k| k.0);
        }
        Kinds(kinds)
    }

    /// The kinds of a title (in any case) that is all of `tokens`.
    pub fn whole_title(&self, text: &str, tokens: &[Token]) -> Kinds {
        if tokens.is_empty() {
            return Kinds::default();
        }
        let key = key_of(text, tokens).to_lowercase();
        self.titles.get(&key).unwrap_or_default()
    }

    /// Whether `phrase` (any case) is a title of the list: "attorney
    /// general" for "Attorney-General" written with spaces.
    pub fn is_title(&self, phrase: &str) -> bool {
        self.titles
            .get(&phrase.to_lowercase())
            .is_some_and(|k| k.has(Kind::Title))
    }

    /// The longest matches over `tokens`, left to right, not overlapping.
    /// `all_caps` lets upper-cased entries match ("RUSSIA" for "Russia").
    pub fn find(&self, text: &str, tokens: &[Token], all_caps: bool) -> Vec<Match> {
        // A few words (a name, a window): no memo to build.
        self.find_by(text, tokens, all_caps, |word| self.first_word(word))
    }

    /// Whether `word` starts an entry as written, and whether it starts a
    /// title.
    fn first_word(&self, word: &str) -> (bool, bool) {
        (
            self.exact.starts_with_word(word, false),
            self.titles.starts_with_word(word, true),
        )
    }

    /// [`Gazetteer::find`], remembering in `first_words` which words start
    /// an entry, for a caller that searches many sentences of one text.
    pub fn find_with<'t>(
        &self,
        text: &'t str,
        tokens: &[Token],
        all_caps: bool,
        first_words: &mut FirstWords<'t>,
    ) -> Vec<Match> {
        self.find_by(text, tokens, all_caps, |word| {
            *first_words
                .0
                .entry(word)
                .or_insert_with(|| self.first_word(word))
        })
    }

    /// [`Gazetteer::find`], with `first_word` telling whether a word starts
    /// an entry as written and whether it starts a title
    /// ([`Gazetteer::first_word`], remembered or not).
    fn find_by<'t>(
        &self,
        text: &'t str,
        tokens: &[Token],
        all_caps: bool,
        mut first_word: impl FnMut(&'t str) -> (bool, bool),
    ) -> Vec<Match> {
        let mut matches = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let word = &text[tokens[i].span.range()];
            let (in_exact, in_titles) = first_word(word);
            let in_upper = all_caps && self.upper.starts_with_word(&self.exact, word);
            if !(in_exact || in_upper || in_titles) {
                i += 1;
                continue;
            }
            // The longest run of tokens that some entry starts with: an
            // entry that is a longer run would start with it too. The first
            // word alone is such a run, as the checks above found.
            let mut longest = 1;
            while longest < MAX_ENTRY_TOKENS.min(tokens.len() - i) {
                let key = key_of(text, &tokens[i..i + longest + 1]);
                let continues = (in_exact && self.exact.has_prefix(&key))
                    || (in_upper && self.upper.has_prefix(&self.exact, &key))
                    || (in_titles && self.titles.has_prefix(&key.to_lowercase()));
                if !continues {
                    break;
                }
                longest += 1;
            }
            let mut found = None;
            for len in (1..=longest).rev() {
                let key = key_of(text, &tokens[i..i + len]);
                let mut kinds = Kinds::default();
                if in_exact {
                    kinds.0 |= self.exact.get(&key).map_or(0, |k| k.0);
                }
                if in_upper {
                    kinds.0 |= self.upper.get(&self.exact, &key).map_or(0, |k| k.0);
                }
                if in_titles {
                    kinds.0 |= self.titles.get(&key.to_lowercase()).map_or(0, |k| k.0);
                }
                if !kinds.is_empty() {
                    found = Some(Match {
                        start: i,
                        end: i + len,
                        kinds,
                    });
                    break;
                }
            }
            match found {
                Some(m) => {
                    matches.push(m);
                    i = m.end;
                }
                None => i += 1,
            }
        }
        matches
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;
    use crate::text::span::Span;

    #[test]
    fn a_first_bytes_slice_holds_exactly_the_keys_starting_with_it() {
        let gaz = Gazetteer::embedded();
        for table in [&gaz.exact, &gaz.titles] {
            assert!(!table.entries.is_empty());
            for (key, kinds) in &table.entries {
                assert!(table
                    .candidates(key.as_bytes())
                    .iter()
                    .all(|(k, _)| { k.as_bytes().first() == key.as_bytes().first() }));
                assert_eq!(table.get(key), Some(*kinds), "{key}");
                assert!(table.has_prefix(key) && table.starts_with_word(key, false));
            }
            let n_in_slices: usize = (0..=255u8).map(|b| table.candidates(&[b]).len()).sum();
            assert_eq!(n_in_slices, table.entries.len());
        }
        // Titles are matched in lower case, a word longer than the stack
        // buffer too.
        let title = gaz.titles.entries[0].0;
        assert!(gaz
            .titles
            .starts_with_word(&title.to_ascii_uppercase(), true));
        assert!(!gaz
            .titles
            .starts_with_word(&title.to_ascii_uppercase(), false));
        let long = format!("{}{}", "X".repeat(40), title);
        let long_table = Table::new(vec![(
            Box::leak(long.to_lowercase().into_boxed_str()),
            Kinds(1),
        )]);
        assert!(long_table.starts_with_word(&long, true));
        assert!(!long_table.starts_with_word(&long[1..], true));
        // A word no key starts like, and one past every first byte.
        assert_eq!(gaz.exact.get("zzzzqq"), None);
        assert!(!gaz.exact.has_prefix("\u{ff}"));
        let empty = Table::new(Vec::new());
        assert!(empty.get("").is_none() && !empty.has_prefix("a"));
    }

    #[test]
    fn a_key_folds_runs_of_whitespace_into_one_space() {
        for (text, key) in [
            ("New York", "New York"),
            ("New  York", "New York"),
            ("New\nYork", "New York"),
            ("New\u{b}York", "New York"),
            ("São\u{a0}Paulo", "São Paulo"),
            ("São Paulo", "São Paulo"),
            ("U.S.", "U.S."),
        ] {
            let tokens = crate::segment::segment(text).tokens;
            assert_eq!(key_of(text, &tokens), key, "{text:?}");
        }
    }

    #[test]
    fn find_and_find_with_a_memo_give_the_same_matches() {
        let gaz = &Gazetteer::embedded();
        let mut n_found = 0;
        for (_, text) in crate::testing::articles() {
            let s = crate::segment::segment(&text);
            let mut first_words = FirstWords::default();
            for sentence in &s.sentences {
                let tokens = &s.tokens[sentence.tokens.clone()];
                for caps in [false, true] {
                    let found = gaz.find(&text, tokens, caps);
                    n_found += found.len();
                    assert_eq!(found, gaz.find_with(&text, tokens, caps, &mut first_words));
                }
            }
        }
        assert!(n_found > 100);
    }

    #[test]
    fn whole_and_whole_title_give_the_kinds_find_gives_the_whole_span() {
        let gaz = &Gazetteer::embedded();
        let mut n_known = 0;
        for (_, text) in crate::testing::articles() {
            let tokens = crate::segment::segment(&text).tokens;
            for start in 0..tokens.len() {
                for len in 1..=3.min(tokens.len() - start) {
                    let span = &tokens[start..start + len];
                    for caps in [false, true] {
                        let found = gaz
                            .find(&text, span, caps)
                            .into_iter()
                            .find(|m| m.start == 0 && m.end == len)
                            .map_or(0, |m| m.kinds.0);
                        let whole = gaz.whole(&text, span, caps).0 | gaz.whole_title(&text, span).0;
                        assert_eq!(whole, found, "{span:?}");
                        n_known += usize::from(found != 0);
                    }
                }
            }
        }
        assert!(n_known > 100, "{n_known}");
    }

    #[test]
    fn matches_longest_entries_of_the_compiled_lists() {
        let gaz = &Gazetteer::embedded();
        let text = "the United States of America and Russia's foreign minister met in New York, U.S. RUSSIA Reuters";
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        let found: Vec<(&str, Vec<Kind>)> = gaz
            .find(text, &tokens, false)
            .iter()
            .map(|m| {
                (
                    key_of(text, &tokens[m.start..m.end]).into_owned(),
                    m.kinds.iter().collect(),
                )
            })
            .map(|(k, kinds)| {
                (
                    text.get(text.find(&k).unwrap()..text.find(&k).unwrap() + k.len())
                        .unwrap(),
                    kinds,
                )
            })
            .collect();
        let names: Vec<&str> = found.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            names,
            [
                "United States of America",
                "Russia",
                "foreign minister",
                "New York",
                "U.S.",
                "Reuters"
            ]
        );
        assert!(found[0].1.contains(&Kind::Country));
        assert!(found[2].1.contains(&Kind::Title));
        assert!(found[5].1.contains(&Kind::Agency));
        let caps = gaz.find(text, &tokens, true);
        assert!(
            caps.iter()
                .any(|m| key_of(text, &tokens[m.start..m.end]) == "RUSSIA"),
            "capitals match in a headline"
        );
    }

    #[test]
    fn upper_cased_rows_are_sorted_and_match_whole_entries() {
        let gaz = &Gazetteer::embedded();
        let keys: Vec<String> = gaz
            .upper
            .rows
            .iter()
            .map(|row| upper_chars(gaz.upper.key(&gaz.exact, row)).collect())
            .collect();
        assert!(keys.len() > 10_000);
        assert!(
            keys.windows(2).all(|w| w[0] < w[1]),
            "sorted, one row per form"
        );
        let text = "THE UNITED STATES OF AMERICA AND NEW YORK";
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        let found: Vec<String> = gaz
            .find(text, &tokens, true)
            .iter()
            .map(|m| key_of(text, &tokens[m.start..m.end]).into_owned())
            .collect();
        assert_eq!(found, ["UNITED STATES OF AMERICA", "NEW YORK"]);
        assert!(
            gaz.find(text, &tokens, false).is_empty(),
            "only in capitals"
        );
    }
}
