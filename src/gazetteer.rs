//! Gazetteers: the name lists under `data/gazetteers/`, matched against
//! token sequences.
//!
//! Each entry is tokenized with the same tokenizer as the text, so "U.S."
//! and "Secretary-General" match as they are written. A match is looked up
//! by the joined token texts, trying the longest entry first; in an
//! ALL-CAPS headline, an upper-cased copy of each entry matches too.

use rustc_hash::FxHashMap as HashMap;

use crate::segment::{tokenize, Token};
use crate::span::Span;

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
    pub fn has(self, kind: Kind) -> bool {
        self.0 & (1 << kind as u8) != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Kind> {
        Kind::ALL.into_iter().filter(move |&k| self.has(k))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// One match of an entry over tokens `start..end` (token indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub kinds: Kinds,
}

pub struct Gazetteer {
    /// Joined token texts of each entry (single space between tokens).
    entries: HashMap<String, Kinds>,
    /// The same, upper-cased, for ALL-CAPS text.
    upper: HashMap<String, Kinds>,
    /// Titles, lower-cased: "foreign minister".
    titles: HashMap<String, Kinds>,
    /// Every first token of an entry, lower-cased: most tokens start no
    /// entry, and this rules them out with one lookup.
    first_tokens: rustc_hash::FxHashSet<String>,
    max_tokens: usize,
}

/// Entries longer than this many tokens are not matched.
const MAX_ENTRY_TOKENS: usize = 6;

fn join_tokens(text: &str, tokens: &[Token]) -> String {
    let mut key = String::new();
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(&text[t.span.range()]);
    }
    key
}

impl Gazetteer {
    /// Builds the matcher from `(kind, list)` pairs; each list is the text of
    /// a list file (`#` comments, one entry per line, a tab before extras).
    pub fn new(lists: &[(Kind, &str)]) -> Gazetteer {
        let mut gaz = Gazetteer {
            entries: HashMap::default(),
            upper: HashMap::default(),
            titles: HashMap::default(),
            first_tokens: Default::default(),
            max_tokens: 1,
        };
        let mut tokens = Vec::new();
        for &(kind, list) in lists {
            for line in list
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                let entry = line.split('\t').next().unwrap_or("").trim();
                // Most entries are words of letters between single spaces,
                // which the tokenizer would leave as they are: skip it for
                // them, as it is the bulk of the start-up cost.
                let plain = entry
                    .split(' ')
                    .all(|w| !w.is_empty() && w.chars().all(char::is_alphabetic));
                let (key, n_tokens, first) = if plain {
                    (
                        entry.to_string(),
                        entry.split(' ').count(),
                        entry.split(' ').next().unwrap_or(""),
                    )
                } else {
                    tokens.clear();
                    tokenize(entry, Span::new(0, entry.len()), &mut tokens);
                    let Some(first) = tokens.first() else {
                        continue;
                    };
                    (
                        join_tokens(entry, &tokens),
                        tokens.len(),
                        &entry[first.span.range()],
                    )
                };
                if n_tokens > MAX_ENTRY_TOKENS {
                    continue;
                }
                gaz.max_tokens = gaz.max_tokens.max(n_tokens);
                gaz.first_tokens.insert(first.to_lowercase());
                let bit = 1u16 << kind as u8;
                if kind == Kind::Title {
                    gaz.titles.entry(key.to_lowercase()).or_default().0 |= bit;
                    continue;
                }
                gaz.upper.entry(key.to_uppercase()).or_default().0 |= bit;
                gaz.entries.entry(key).or_default().0 |= bit;
            }
        }
        gaz
    }

    /// The longest matches over `tokens`, left to right, not overlapping.
    /// `all_caps` lets upper-cased entries match ("RUSSIA" for "Russia").
    pub fn find(&self, text: &str, tokens: &[Token], all_caps: bool) -> Vec<Match> {
        let mut matches = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if !self
                .first_tokens
                .contains(&text[tokens[i].span.range()].to_lowercase())
            {
                i += 1;
                continue;
            }
            let mut found = None;
            for len in (1..=self.max_tokens.min(tokens.len() - i)).rev() {
                let key = join_tokens(text, &tokens[i..i + len]);
                let mut kinds = self.entries.get(&key).copied().unwrap_or_default();
                if all_caps {
                    kinds.0 |= self.upper.get(&key).map_or(0, |k| k.0);
                }
                if let Some(t) = self.titles.get(&key.to_lowercase()) {
                    kinds.0 |= t.0;
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

    #[test]
    fn matches_longest_entries() {
        let gaz = Gazetteer::new(&[
            (
                Kind::Country,
                "# c\nUnited States\tUSA\nUnited States of America\tUSA\nRussia\tRUS\n",
            ),
            (Kind::Title, "Foreign Minister\nMinister\n"),
            (Kind::Country, "U.S.\tGPE\n"),
        ]);
        let text = "the United States of America and Russia's foreign minister met U.S. RUSSIA";
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        let found: Vec<(String, bool)> = gaz
            .find(text, &tokens, false)
            .iter()
            .map(|m| {
                (
                    join_tokens(text, &tokens[m.start..m.end]),
                    m.kinds.has(Kind::Title),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("United States of America".into(), false),
                ("Russia".into(), false),
                ("foreign minister".into(), true),
                ("U.S.".into(), false)
            ]
        );
        assert_eq!(
            gaz.find(text, &tokens, true).len(),
            5,
            "RUSSIA matches in capitals"
        );
    }
}
