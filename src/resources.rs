//! Everything the crate embeds, as bytes and plain tables: the word lists
//! under `data/` (compiled by `build.rs` into Rust tables, see
//! `build/lists.rs`), the gazetteer table, the word clusters and the name
//! model.
//!
//! Architecture invariant: this is the only module that embeds data, and it
//! holds no analyzers: [`crate::Analyzer`] builds those from the bytes here,
//! once. Nothing here is parsed at run time.

/// The gazetteers of `data/gazetteers/`, compiled by `build.rs` into sorted
/// tables that `gazetteer::Gazetteer` searches in place.
pub const GAZETTEER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

/// The gazetteer without the lists read only in use (`INFERENCE_ONLY` in
/// `build.rs`): what `newsmark train ner` reads, so the shipped model is
/// reproduced whatever those lists hold.
#[cfg(feature = "cli")]
pub const GAZETTEER_TRAINING: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer_training.bin"));

/// The name tagger's weights, made by `newsmark train ner`.
pub const NER_MODEL: &[u8] = include_bytes!("../data/model/ner.bin");

/// The word clusters of `data/clusters/brown.txt`, compiled by `build.rs`
/// (format in `build/clusters.rs`); `names::clusters` decodes them.
pub const CLUSTERS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/clusters.bin"));

/// The keys of a compiled list, sorted and written one after the other
/// (`text`, each key ending at its `ends` offset), and an open-addressing
/// hash table over them that `build.rs` wrote: each slot holds a key's
/// position, or the slot type's largest value when empty (`u8` slots for
/// lists of fewer than 255 keys, else `u16`), and a key sits at its hash
/// or after it.
pub struct WordTable<S: 'static> {
    pub text: &'static str,
    pub ends: &'static [u16],
    pub slots: &'static [S],
    /// Bit `n` is set when a key is `n` bytes long (bit 63: 63 or more), so
    /// most words that are not keys are turned away before hashing.
    pub lengths: u64,
}

impl<S: Copy + Into<usize>> WordTable<S> {
    /// A multiplicative hash over the bytes, four at a time, in 32 bits on
    /// every target, as `build.rs` hashed the keys.
    fn hash(word: &[u8]) -> u32 {
        let mut chunks = word.chunks_exact(4);
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

    /// Key `idx`, or `None` past the last key (an empty slot's value).
    fn key(&self, idx: usize) -> Option<&'static str> {
        let end = usize::from(*self.ends.get(idx)?);
        let start = match idx {
            0 => 0,
            _ => usize::from(self.ends[idx - 1]),
        };
        self.text.get(start..end)
    }

    /// The keys, sorted (what a set's generated `words()` gives).
    #[allow(dead_code)]
    pub fn keys(&'static self) -> impl Iterator<Item = &'static str> {
        (0..self.ends.len()).filter_map(|idx| self.key(idx))
    }

    /// The position of `word` among the keys.
    pub fn index(&self, word: &str) -> Option<usize> {
        let len = word.len();
        if self.lengths & (1 << len.min(63)) == 0 {
            return None;
        }
        let (text, word) = (self.text.as_bytes(), word.as_bytes());
        let mask = self.slots.len() - 1;
        let mut slot = Self::hash(word) as usize & mask;
        loop {
            let key_idx: usize = (*self.slots.get(slot)?).into();
            // An empty slot's value is past the last key: not found.
            let end = usize::from(*self.ends.get(key_idx)?);
            let start = match key_idx {
                0 => 0,
                _ => usize::from(self.ends[key_idx - 1]),
            };
            // Lengths first, then bytes, in a loop: keys are short, and a
            // call to memcmp costs more than comparing them.
            if end - start == len && text[start..end].iter().zip(word).all(|(a, b)| a == b) {
                return Some(key_idx);
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// One phrase of a `phrases` list ("last week", class `ref`, value
/// "PAST_REF"): its words joined by single spaces, and how many there are.
#[derive(Debug)]
pub struct Phrase<C: 'static, V: 'static> {
    pub text: &'static str,
    pub n_words: u8,
    pub class: C,
    pub value: V,
}

impl<C, V> Phrase<C, V> {
    /// The phrase's words, in order.
    pub fn words(&self) -> impl Iterator<Item = &'static str> {
        self.text.split(' ')
    }

    /// How many words the phrase has.
    pub fn word_count(&self) -> usize {
        usize::from(self.n_words)
    }
}

/// The word lists, one module per `data/<folder>/<name>.txt` with a
/// `# form:` line: `lists::quotes::cues::contains("said")`.
// Not every list uses every accessor the generator writes, and generated
// code spells its types out in full.
#[allow(dead_code, clippy::redundant_static_lifetimes)]
pub mod lists {
    use super::{Phrase, WordTable};

    include!(concat!(env!("OUT_DIR"), "/lists.rs"));
}

#[cfg(test)]
mod tests {
    use super::lists;

    /// One row per list: an entry it must hold, read through its module.
    #[test]
    fn lists_compile_to_tables() {
        use lists::lexicon::abbreviations::Value as Abbrev;
        assert_eq!(
            lists::lexicon::abbreviations::get("Mr"),
            Some(Abbrev::Title)
        );
        assert_eq!(
            lists::lexicon::abbreviations::get("Inc"),
            Some(Abbrev::Other)
        );
        assert_eq!(lists::lexicon::months::get("September"), Some(9));
        assert_eq!(lists::lexicon::weekdays::get("Thursday"), Some(4));
        assert!(lists::lexicon::function_words::contains("of"));
        assert!(lists::words::prepositions::contains("towards"));
        assert!(lists::gazetteers::name_particles::contains("bin"));
        assert!(lists::gazetteers::arabic_heads::contains("Jebel"));
        assert_eq!(
            lists::gazetteers::arabic_articles::get("al"),
            Some(lists::gazetteers::arabic_articles::Value::Capital)
        );
        assert!(lists::gazetteers::corporate_suffixes::contains("SpA"));
        assert!(lists::gazetteers::org_heads::contains("Foundation"));
        assert!(lists::gazetteers::institution_titles::contains("General"));
        assert_eq!(
            lists::gazetteers::company_nouns::get("rival"),
            Some(lists::gazetteers::company_nouns::Value::Its)
        );
        assert!(lists::gazetteers::company_results::contains("jobs"));
        assert!(lists::gazetteers::place_nouns::contains("province"));
        assert!(lists::gazetteers::romanised_finals::contains("ng"));
        assert!(lists::gazetteers::romanised_initials::contains("kw"));
        assert!(lists::gazetteers::english_hyphenated::contains("hi-fi"));
        assert!(lists::gazetteers::facility_heads::get("Space Centre").is_some());
        assert!(lists::gazetteers::index_cues::contains("fell"));
        assert!(
            lists::gazetteers::place_prepositions::contains("near")
                && !lists::gazetteers::place_prepositions::contains("to")
        );
        assert!(lists::gazetteers::person_cues::starting("administration").len() == 1);
        assert!(!lists::gazetteers::outlet_cues::starting("according").is_empty());
        assert!(lists::gazetteers::org_cues::starting("shares")
            .iter()
            .any(|p| p.text == "shares of"));
        assert!(lists::lexicon::clitics::contains("ll") && !lists::lexicon::clitics::contains("t"));
        assert!(lists::quantities::count_words::starting("tonnes")
            .iter()
            .any(|p| p.class == lists::quantities::count_words::Class::Weight));
        assert!(lists::lexicon::sentence_openers::contains("The"));
        assert!(lists::lexicon::caption_cues::starting("from")
            .iter()
            .any(|p| p.class == lists::lexicon::caption_cues::Class::Ending));
        assert!(lists::quotes::cues::contains("said") && !lists::quotes::cues::contains("Said"));
        assert!(lists::quotes::adjacent_cues::contains("read"));
        assert!(lists::quotes::auxiliaries::contains("also"));
        assert!(lists::quotes::ly_not_adverbs::contains("family"));
        assert!(lists::gazetteers::common_acronyms::contains("DNA"));
        assert!(lists::gazetteers::name_openers::contains("Hey"));
        assert!(lists::gazetteers::caption_words::contains("Image"));
        assert!(lists::gazetteers::paper_heads::contains("Herald"));
        assert!(
            lists::gazetteers::web_domains::contains("com")
                && !lists::gazetteers::web_domains::contains("in")
        );
        assert!(lists::gazetteers::org_openers::contains("Instituto"));
        assert_eq!(
            lists::gazetteers::vessel_words::get("Space Shuttle"),
            Some(lists::gazetteers::vessel_words::Value::Prefix)
        );
        assert!(lists::gazetteers::storm_words::contains("Typhoon"));
        assert!(lists::gazetteers::latin_endings::contains("ae"));
        assert!(lists::gazetteers::event_heads::contains("Cup"));
        assert!(lists::quotes::pronouns::contains("he"));
        assert!(lists::quotes::openers::contains("according"));
        assert!(lists::quotes::anonymous::contains("officials"));
        assert!(lists::quotes::new_clause::contains("whereas"));
        assert!(lists::quotes::report_joiners::contains("while"));
        assert!(lists::quotes::time_leads::contains("earlier"));
        assert!(lists::quotes::time_nouns::contains("week"));
        assert!(lists::quotes::listener_cues::contains("told"));
        assert!(lists::quotes::naming_cues::contains("dubbed"));
        assert!(lists::quotes::work_nouns::contains("memoir"));
        assert!(lists::quotes::shares::contains("third"));
        assert!(lists::quotes::attitude_cues::contains("wants"));
        assert!(lists::quotes::hedge_subjects::contains("we"));
        assert!(lists::quotes::quoting_cues::contains("quoted"));
        assert!(lists::quotes::question_openers::contains("whether"));
        assert!(lists::quotes::topic_cues::contains("talked"));
        assert!(lists::quotes::topic_prepositions::contains("about"));
        assert!(lists::quotes::topic_nouns::contains("criticism"));
        assert!(lists::quotes::media_words::contains("tribune"));
        assert!(lists::quotes::survey_nouns::contains("polls"));
        assert!(lists::people::role_suffixes::contains("ist"));
        assert!(lists::people::aside_openers::contains("formerly"));
        assert!(lists::gazetteers::location_heads::get("River").is_some());
        assert_eq!(lists::people::honorifics::get("Mrs"), Some('F'));
        assert_eq!(lists::people::pronouns::get("she"), Some('F'));
        assert!(lists::people::role_modifiers::contains("former"));
        assert_eq!(lists::people::org_kinds::get("NATO"), Some("alliance"));
        assert!(lists::people::company_suffixes::contains("inc."));
        assert_eq!(
            lists::people::title_abbreviations::get("Rep."),
            Some("Representative")
        );
        assert_eq!(
            lists::people::role_synonyms::get("senator"),
            Some("lawmaker")
        );
        assert_eq!(
            lists::people::demonym_places::get("Russian"),
            Some("Russia")
        );
        let eleven = &lists::quantities::numbers::starting("eleven")[0];
        assert_eq!((eleven.value, eleven.class.name()), (11.0, "cardinal"));
        assert!(lists::quantities::units::starting("$")
            .iter()
            .any(|p| p.value == "USD"));
        assert_eq!(lists::timex::terms::starting("last")[0].value, "-1");
        let more = lists::timex::terms::starting("more");
        assert!(more
            .iter()
            .any(|p| p.text == "more than" && p.word_count() == 2));
        assert!(more.iter().all(|p| p.words().next() == Some("more")));
        assert!(lists::words::articles::words().eq(["a", "an", "the"]));
        assert!(lists::words::negations::contains("n't"));
        assert!(lists::words::ordinal_suffixes::contains("nd"));
        assert!(lists::words::prepositions::contains("toward"));
        assert!(lists::words::adjunct_prepositions::contains("during"));
        assert!(lists::words::coordinators::contains("nor"));
        assert!(lists::words::have::contains("having"));
        assert!(lists::timex::terms::starting("zzz").is_empty());
        use lists::timex::contexts::Class as Cue;
        assert!(lists::timex::contexts::starting("hence")
            .iter()
            .any(|p| p.class == Cue::Signal && p.value == "+now"));
        assert!(!lists::quotes::cues::contains(""));
        assert!(lists::gazetteers::seats::contains("White House"));
        assert!(lists::clusters::company_paths::contains("011001001"));
        assert!(lists::words::particles::contains("back"));
        assert!(lists::lexicon::noun_endings::words().any(|e| e == "ness"));
    }

    #[test]
    fn the_shipped_model_and_gazetteer_load() {
        let tagger = crate::names::tagger::Tagger::from_bytes(super::NER_MODEL).unwrap();
        assert!(tagger.first.n_features() > 10_000 && tagger.second.is_some());
        assert!(crate::names::gazetteer::Gazetteer::from_bytes(super::GAZETTEER).is_some());
        // The training gazetteer lacks the lists read only in use.
        #[cfg(feature = "cli")]
        {
            use crate::names::gazetteer::{Gazetteer, Kind};
            let training = Gazetteer::from_bytes(super::GAZETTEER_TRAINING).unwrap();
            let in_use = Gazetteer::embedded();
            assert!(in_use.kinds("Helmut").has(Kind::FirstName));
            assert!(!training.kinds("Helmut").has(Kind::FirstName));
            assert!(in_use.kinds("Knesset").has(Kind::Org) && training.kinds("Knesset").is_empty());
            assert!(training.kinds("Donald").has(Kind::FirstName));
        }
    }
}
