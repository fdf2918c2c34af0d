//! `newsmark eval re3d FILE.jsonl`: an out-of-domain check of names on the
//! dstl re3d corpus (defence and politics), types PER, ORG, LOC and NORP.
//!
//! re3d's conventions differ from CoNLL's (its Person spans include titles,
//! "Foreign Office Minister ..."), so besides exact matches the report gives
//! overlap matches: a gold name counts as found when a predicted name of the
//! same type overlaps it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::conll::{report, Counts};
use crate::text::span::{OffsetMap, Span, Unit};
use crate::{Analyzer, Layer, Options, Switches};

#[derive(Deserialize)]
struct Record {
    text: String,
    entities: Vec<GoldEntity>,
}

#[derive(Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

fn gold_type(kind: &str) -> Option<&'static str> {
    match kind {
        "Person" => Some("PER"),
        "Organisation" => Some("ORG"),
        "Location" => Some("LOC"),
        "Nationality" => Some("NORP"),
        _ => None,
    }
}

fn predicted_type(label: &str) -> Option<&'static str> {
    match label {
        "PERSON" => Some("PER"),
        "ORG" => Some("ORG"),
        "GPE" | "LOC" => Some("LOC"),
        "NORP" => Some("NORP"),
        _ => None,
    }
}

/// Counts matches in one document; `exact` asks for the same span,
/// otherwise any overlap with the same type counts.
fn count(
    gold: &[(Span, &str)],
    predicted: &[(Span, &str)],
    exact: bool,
    counts: &mut BTreeMap<String, Counts>,
) {
    let same = |a: &(Span, &str), b: &(Span, &str)| {
        a.1 == b.1 && if exact { a.0 == b.0 } else { a.0.overlaps(b.0) }
    };
    for g in gold {
        let c = counts.entry(g.1.to_string()).or_default();
        c.gold += 1;
        c.correct += usize::from(predicted.iter().any(|p| same(g, p)));
    }
    for p in predicted {
        counts.entry(p.1.to_string()).or_default().predicted += 1;
    }
}

pub fn run(path: &Path, switches: &Switches) -> Result<String, String> {
    let records: Vec<Record> = super::read_jsonl(path, "a re3d record")?;
    let analyzer = Analyzer::new();
    let options = Options::new()
        .with_layers([Layer::Entities.name()])
        .expect("a known layer")
        .with_switches(switches.clone());
    let (mut exact, mut overlap) = (BTreeMap::new(), BTreeMap::new());
    for record in records {
        let map = OffsetMap::new(&record.text);
        let gold: Vec<(Span, &str)> = record
            .entities
            .iter()
            .filter_map(|e| {
                let span = Span::new(
                    map.to_byte(e.start, Unit::Codepoint),
                    map.to_byte(e.end, Unit::Codepoint),
                );
                Some((span, gold_type(&e.kind)?))
            })
            .collect();
        let doc = analyzer.annotate(&record.text, &options);
        let predicted: Vec<(Span, &str)> = doc
            .entities
            .iter()
            .filter_map(|e| Some((Span::new(e.start, e.end), predicted_type(&e.label)?)))
            .collect();
        count(&gold, &predicted, true, &mut exact);
        count(&gold, &predicted, false, &mut overlap);
    }
    Ok(format!(
        "exact match\n{}\noverlap match\n{}",
        report("re3d-exact", &exact),
        report("re3d-overlap", &overlap)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_counts_partial_spans() {
        let gold = [(Span::new(0, 30), "PER")];
        let predicted = [(Span::new(18, 30), "PER"), (Span::new(40, 45), "LOC")];
        let (mut exact, mut overlap) = (BTreeMap::new(), BTreeMap::new());
        count(&gold, &predicted, true, &mut exact);
        count(&gold, &predicted, false, &mut overlap);
        assert_eq!(exact["PER"].correct, 0);
        assert_eq!(overlap["PER"].correct, 1);
        assert_eq!(overlap["LOC"].predicted, 1);
    }
}
