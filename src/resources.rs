//! Everything the crate embeds, as bytes and plain tables: the word lists
//! under `data/` (compiled by `build.rs` into Rust tables, see
//! `build/lists.rs`), the gazetteer table and the name model.
//!
//! Architecture invariant: this is the only module that embeds data, and it
//! holds no analyzers: [`crate::Analyzer`] builds those from the bytes here,
//! once. Nothing here is parsed at run time.

/// The gazetteers of `data/gazetteers/`, compiled by `build.rs` into sorted
/// tables that `gazetteer::Gazetteer` searches in place.
pub const GAZETTEER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

/// The name tagger's weights, made by `newsmark train ner`.
pub const NER_MODEL: &[u8] = include_bytes!("../data/model/ner.bin");

/// One phrase of a `phrases` list ("last week", class `ref`, value
/// "PAST_REF").
#[derive(Debug)]
pub struct Phrase<C: 'static, V: 'static> {
    pub words: &'static [&'static str],
    pub class: C,
    pub value: V,
}

/// The word lists, one module per `data/<folder>/<name>.txt` with a
/// `# form:` line: `lists::quotes::cues::contains("said")`.
// Not every list uses every accessor the generator writes, and generated
// code spells its types out in full.
#[allow(dead_code, clippy::redundant_static_lifetimes)]
pub mod lists {
    use super::Phrase;

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
        assert!(lists::lexicon::sentence_openers::contains("The"));
        assert!(lists::quotes::cues::contains("said") && !lists::quotes::cues::contains("Said"));
        assert!(lists::quotes::adjacent_cues::contains("read"));
        assert!(lists::quotes::auxiliaries::contains("also"));
        assert!(lists::quotes::pronouns::contains("he"));
        assert!(lists::quotes::openers::contains("according"));
        assert!(lists::quotes::anonymous::contains("officials"));
        assert!(lists::gazetteers::location_heads::contains("River"));
        assert_eq!(lists::people::honorifics::get("Mrs"), Some('F'));
        assert_eq!(lists::people::pronouns::get("she"), Some('F'));
        assert!(lists::people::role_modifiers::contains("former"));
        assert_eq!(lists::people::org_kinds::get("NATO"), Some("alliance"));
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
        let last = lists::timex::terms::starting("last");
        assert!(last
            .iter()
            .any(|p| p.words == ["last", "week"] || p.words == ["last"]));
        assert!(lists::timex::terms::starting("zzz").is_empty());
        assert!(!lists::quotes::cues::contains(""));
    }

    #[test]
    fn the_shipped_model_and_gazetteer_load() {
        let tagger = crate::names::tagger::Tagger::from_bytes(super::NER_MODEL).unwrap();
        assert!(tagger.first.n_features() > 10_000 && tagger.second.is_some());
        assert!(crate::names::gazetteer::Gazetteer::from_bytes(super::GAZETTEER).is_some());
    }
}
