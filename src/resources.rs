//! The word lists under `data/`, embedded in the binary and parsed once.
//!
//! Architecture invariant: this is the only module that embeds bytes. Each
//! list is a text file with `#` comments (its provenance) and one entry per
//! line, optionally followed by a tab and a value.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::gazetteer::Gazetteer;
use crate::tagger::Tagger;

/// How an abbreviation's period behaves at a possible sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Precedes a name or number: never ends a sentence ("Mr.", "No.").
    Title,
    /// Precedes a day or year ("Jan. 6").
    Month,
    /// May end a sentence ("U.S.", "Inc.").
    Other,
}

pub struct Lexicon {
    pub abbreviations: HashMap<&'static str, AbbrevClass>,
    /// Verbs that attribute speech ("said", "warned"), lower case.
    pub quote_cues: HashSet<&'static str>,
    /// Cues only right beside a quotation ("the email read").
    pub adjacent_cues: HashSet<&'static str>,
    /// Words between a speaker and a cue ("is" in "Trump is promising").
    pub quote_auxiliaries: HashSet<&'static str>,
    /// Pronouns that can be a quote's source ("he", "they").
    pub pronouns: HashSet<&'static str>,
    /// Head nouns of unnamed sources ("officials", "a source").
    pub anonymous_heads: HashSet<&'static str>,
    /// Words that open a phrase before a sentence's subject ("At ...,").
    pub clause_openers: HashSet<&'static str>,
    /// Last words of LOC names ("River", "Square").
    pub location_heads: HashSet<&'static str>,
    pub months: HashMap<&'static str, u32>,
    pub weekdays: HashMap<&'static str, u32>,
    pub function_words: HashSet<&'static str>,
    pub sentence_openers: HashSet<&'static str>,
}

/// Yields `(entry, value)` for each entry line of an embedded list.
fn entries(list: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    list.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (entry, value) = line.split_once('\t').unwrap_or((line, ""));
            (entry.trim(), value.trim())
        })
}

/// One phrase of a `words<TAB>class<TAB>value` list ("last week", "ref",
/// "PAST_REF"), with its class already read.
#[derive(Debug)]
pub struct Phrase<C> {
    pub words: Vec<&'static str>,
    pub class: C,
    pub value: &'static str,
}

/// Reads a `words<TAB>class<TAB>value` list into phrases keyed by their
/// first word. `class` reads the class column; lines it refuses are skipped.
pub fn phrase_table<C>(
    list: &'static str,
    class: impl Fn(&str) -> Option<C>,
) -> HashMap<&'static str, Vec<Phrase<C>>> {
    let mut by_first: HashMap<&'static str, Vec<Phrase<C>>> = HashMap::default();
    for line in list
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let mut fields = line.split('\t');
        let (Some(words), Some(class_name), Some(value)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let Some(class) = class(class_name.trim()) else {
            continue;
        };
        let words: Vec<&'static str> = words.split(' ').filter(|w| !w.is_empty()).collect();
        let Some(&first) = words.first() else {
            continue;
        };
        by_first.entry(first).or_default().push(Phrase {
            words,
            class,
            value: value.trim(),
        });
    }
    by_first
}

/// The entries of a list as a set of words.
fn words(list: &'static str) -> HashSet<&'static str> {
    entries(list).map(|(entry, _)| entry).collect()
}

fn numbered(list: &'static str) -> HashMap<&'static str, u32> {
    entries(list)
        .filter_map(|(entry, value)| Some((entry, value.parse().ok()?)))
        .collect()
}

impl Lexicon {
    fn load() -> Lexicon {
        let abbreviations = entries(include_str!("../data/lexicon/abbreviations.txt"))
            .map(|(entry, class)| {
                let class = match class {
                    "title" => AbbrevClass::Title,
                    "month" => AbbrevClass::Month,
                    _ => AbbrevClass::Other,
                };
                (entry, class)
            })
            .collect();
        Lexicon {
            abbreviations,
            quote_cues: words(include_str!("../data/quotes/cues.txt")),
            adjacent_cues: words(include_str!("../data/quotes/adjacent_cues.txt")),
            quote_auxiliaries: words(include_str!("../data/quotes/auxiliaries.txt")),
            pronouns: words(include_str!("../data/quotes/pronouns.txt")),
            clause_openers: words(include_str!("../data/quotes/openers.txt")),
            anonymous_heads: words(include_str!("../data/quotes/anonymous.txt")),
            location_heads: words(include_str!("../data/gazetteers/location_heads.txt")),
            months: numbered(include_str!("../data/lexicon/months.txt")),
            weekdays: numbered(include_str!("../data/lexicon/weekdays.txt")),
            function_words: words(include_str!("../data/lexicon/function_words.txt")),
            sentence_openers: words(include_str!("../data/lexicon/sentence_openers.txt")),
        }
    }

    /// The month number of a month name or abbreviation, in any case.
    pub fn month(&self, word: &str) -> Option<u32> {
        self.months
            .get(word)
            .or_else(|| self.months.get(title_case(word).as_str()))
            .copied()
    }

    /// The ISO weekday number of a weekday name or abbreviation, in any case.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        self.weekdays
            .get(word)
            .or_else(|| self.weekdays.get(title_case(word).as_str()))
            .copied()
    }
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// The gazetteers of `data/gazetteers/`, compiled into sorted tables by
/// `build.rs` and searched in place.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        Gazetteer::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin")))
            .unwrap_or_else(Gazetteer::empty)
    })
}

/// The name tagger's weights (`data/model/ner.bin`, made by `newsmark train
/// ner`), decoded on first use. A missing or malformed model tags nothing;
/// a test checks that the shipped one loads.
pub fn ner_tagger() -> &'static Tagger {
    static TAGGER: OnceLock<Tagger> = OnceLock::new();
    TAGGER.get_or_init(|| {
        Tagger::from_bytes(include_bytes!("../data/model/ner.bin")).unwrap_or_else(Tagger::empty)
    })
}

/// The words of time expressions (`data/timex/terms.txt`), parsed by `timex`.
pub const TIMEX_TERMS: &str = include_str!("../data/timex/terms.txt");

/// Number words (`data/quantities/numbers.txt`), parsed by `quantities`.
pub const NUMBER_WORDS: &str = include_str!("../data/quantities/numbers.txt");

/// Units, currencies and percent words (`data/quantities/units.txt`),
/// parsed by `quantities`.
pub const UNITS: &str = include_str!("../data/quantities/units.txt");

/// What `people` reads: demonyms with their place, honorifics and
/// pronouns with a sex, role modifiers, and kinds of organisation.
pub struct PeopleLists {
    /// "Russian" -> "Russia", from `build.rs` and `data/people/`.
    pub demonym_places: HashMap<&'static str, &'static str>,
    /// "Mr." -> 'M'.
    pub honorifics: HashMap<&'static str, char>,
    /// "she" -> 'F'.
    pub pronouns: HashMap<&'static str, char>,
    pub role_modifiers: HashSet<&'static str>,
    /// "NATO" -> "alliance".
    pub org_kinds: HashMap<&'static str, &'static str>,
    /// "Rep." -> "Representative".
    pub title_abbreviations: HashMap<&'static str, &'static str>,
    /// "representative" -> "congressman congresswoman lawmaker".
    pub role_synonyms: HashMap<&'static str, &'static str>,
}

/// The lists of `data/people/`, parsed on first use.
pub fn people_lists() -> &'static PeopleLists {
    static LISTS: OnceLock<PeopleLists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let pairs = |text: &'static str| -> HashMap<&'static str, &'static str> {
            entries(text)
                .filter(|(_, value)| !value.is_empty())
                .collect()
        };
        let sexes = |text: &'static str| -> HashMap<&'static str, char> {
            pairs(text)
                .into_iter()
                .filter_map(|(w, s)| Some((w, s.chars().next()?)))
                .collect()
        };
        PeopleLists {
            demonym_places: pairs(include_str!(concat!(
                env!("OUT_DIR"),
                "/demonym_places.txt"
            ))),
            honorifics: sexes(include_str!("../data/people/honorifics.txt")),
            pronouns: sexes(include_str!("../data/people/pronouns.txt")),
            role_modifiers: words(include_str!("../data/people/role_modifiers.txt")),
            org_kinds: pairs(include_str!("../data/people/org_kinds.txt")),
            title_abbreviations: pairs(include_str!("../data/people/title_abbreviations.txt")),
            role_synonyms: pairs(include_str!("../data/people/role_synonyms.txt")),
        }
    })
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse() {
        let lex = lexicon();
        assert_eq!(lex.abbreviations.get("Mr"), Some(&AbbrevClass::Title));
        assert_eq!(lex.abbreviations.get("Inc"), Some(&AbbrevClass::Other));
        assert_eq!(lex.month("SEPTEMBER"), Some(9));
        assert_eq!(lex.weekday("thursday"), Some(4));
        assert!(lex.function_words.contains("of"));
        assert!(lex.sentence_openers.contains("The"));
    }
}

#[cfg(test)]
mod model_tests {
    #[test]
    fn the_shipped_model_loads() {
        let tagger = super::ner_tagger();
        assert!(tagger.first.n_features() > 10_000 && tagger.second.is_some());
    }
}
