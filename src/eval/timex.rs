//! `newsmark eval timex FILE.jsonl`: TempEval-3 scoring of time expressions.
//!
//! Each document of the file is annotated as any user text would be, with
//! its creation date as the `date` option, and the times found are compared
//! with the gold TIMEX3 annotations: strict (same span) and relaxed (overlap)
//! precision, recall and F1; type and value accuracy over the relaxed
//! matches; and attribute F1 = accuracy x relaxed F1, as the TempEval-3
//! scorer reports them. Set `NEWSMARK_EVAL_ERRORS=1` to append every miss,
//! spurious time and wrong attribute to the report.

use std::fmt::Write;
use std::path::Path;

use super::{f1, ratio};

use serde::Deserialize;

use crate::{Analyzer, OffsetMap, Options, Switches, Unit};

/// A time expression reduced to what the scorer compares; spans are in
/// UTF-8 bytes of the document text.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
}

#[derive(Deserialize)]
struct GoldDoc {
    id: String,
    dct: String,
    text: String,
    timexes: Vec<GoldTimex>,
}

#[derive(Deserialize)]
struct GoldTimex {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    value: String,
}

/// Counts accumulated over documents.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub n_gold: usize,
    pub n_system: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub type_ok: usize,
    pub value_ok: usize,
}

/// The figures TempEval-3 reports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scores {
    pub strict_p: f64,
    pub strict_r: f64,
    pub strict_f1: f64,
    pub relaxed_p: f64,
    pub relaxed_r: f64,
    pub relaxed_f1: f64,
    pub type_accuracy: f64,
    pub value_accuracy: f64,
    pub type_f1: f64,
    pub value_f1: f64,
}

impl Counts {
    pub fn scores(&self) -> Scores {
        let strict_p = ratio(self.strict, self.n_system);
        let strict_r = ratio(self.strict, self.n_gold);
        let relaxed_p = ratio(self.relaxed, self.n_system);
        let relaxed_r = ratio(self.relaxed, self.n_gold);
        let relaxed_f1 = f1(relaxed_p, relaxed_r);
        let type_accuracy = ratio(self.type_ok, self.relaxed);
        let value_accuracy = ratio(self.value_ok, self.relaxed);
        Scores {
            strict_p,
            strict_r,
            strict_f1: f1(strict_p, strict_r),
            relaxed_p,
            relaxed_r,
            relaxed_f1,
            type_accuracy,
            value_accuracy,
            type_f1: type_accuracy * relaxed_f1,
            value_f1: value_accuracy * relaxed_f1,
        }
    }
}

/// One scoring decision, for the error listing.
#[derive(Debug)]
enum Outcome<'a> {
    Missed(&'a Timex),
    Spurious(&'a Timex),
    Matched(&'a Timex, &'a Timex),
}

/// Matches system to gold timexes one to one, preferring an exact span over
/// an overlap, and adds the result to `counts`. Returns every decision.
fn score_document<'a>(
    gold: &'a [Timex],
    system: &'a [Timex],
    counts: &mut Counts,
) -> Vec<Outcome<'a>> {
    counts.n_gold += gold.len();
    counts.n_system += system.len();
    let mut used = vec![false; system.len()];
    let mut outcomes = Vec::new();
    for g in gold {
        let exact = system
            .iter()
            .enumerate()
            .position(|(idx, s)| !used[idx] && s.start == g.start && s.end == g.end);
        let overlap = exact.or_else(|| {
            system
                .iter()
                .enumerate()
                .position(|(idx, s)| !used[idx] && s.start < g.end && g.start < s.end)
        });
        match overlap {
            Some(idx) => {
                used[idx] = true;
                let s = &system[idx];
                counts.relaxed += 1;
                counts.strict += usize::from(exact.is_some());
                counts.type_ok += usize::from(s.kind == g.kind);
                counts.value_ok += usize::from(s.value == g.value);
                outcomes.push(Outcome::Matched(g, s));
            }
            None => outcomes.push(Outcome::Missed(g)),
        }
    }
    for (idx, s) in system.iter().enumerate() {
        if !used[idx] {
            outcomes.push(Outcome::Spurious(s));
        }
    }
    outcomes
}

/// Scores the documents of `path` and returns the printed report.
pub fn run(path: &Path, switches: &Switches) -> Result<String, String> {
    let docs: Vec<GoldDoc> = super::read_jsonl(path, "a timex document")?;
    let (counts, n_docs, errors) = evaluate_docs(&docs, switches)?;
    let s = counts.scores();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "timex evaluation of {} ({n_docs} documents, {} gold, {} system)",
        path.display(),
        counts.n_gold,
        counts.n_system
    );
    let _ = writeln!(
        out,
        "{:<10} {:>9} {:>9} {:>9}",
        "", "precision", "recall", "F1"
    );
    let _ = writeln!(
        out,
        "{:<10} {:>9.4} {:>9.4} {:>9.4}",
        "strict", s.strict_p, s.strict_r, s.strict_f1
    );
    let _ = writeln!(
        out,
        "{:<10} {:>9.4} {:>9.4} {:>9.4}",
        "relaxed", s.relaxed_p, s.relaxed_r, s.relaxed_f1
    );
    let _ = writeln!(out, "{:<10} {:>9} {:>9}", "", "accuracy", "F1");
    let _ = writeln!(
        out,
        "{:<10} {:>9.4} {:>9.4}",
        "type", s.type_accuracy, s.type_f1
    );
    let _ = writeln!(
        out,
        "{:<10} {:>9.4} {:>9.4}",
        "value", s.value_accuracy, s.value_f1
    );
    if std::env::var_os("NEWSMARK_EVAL_ERRORS").is_some() {
        out.push_str(&errors);
    }
    let json = format!(
        "{{\"file\":{:?},\"documents\":{n_docs},\"gold\":{},\"system\":{},\"strict_p\":{:.4},\"strict_r\":{:.4},\"strict_f1\":{:.4},\"relaxed_p\":{:.4},\"relaxed_r\":{:.4},\"relaxed_f1\":{:.4},\"type_accuracy\":{:.4},\"value_accuracy\":{:.4},\"type_f1\":{:.4},\"value_f1\":{:.4}}}",
        path.display().to_string(),
        counts.n_gold,
        counts.n_system,
        s.strict_p,
        s.strict_r,
        s.strict_f1,
        s.relaxed_p,
        s.relaxed_r,
        s.relaxed_f1,
        s.type_accuracy,
        s.value_accuracy,
        s.type_f1,
        s.value_f1
    );
    let _ = writeln!(out, "{json}");
    Ok(out)
}

/// Annotates and scores every document of `path`: the summed counts, the
/// number of documents and a listing of the errors.
pub fn evaluate(path: &Path) -> Result<(Counts, usize, String), String> {
    let docs: Vec<GoldDoc> = super::read_jsonl(path, "a timex document")?;
    evaluate_docs(&docs, &Switches::all_on())
}

/// What each time pattern adds on `path`: relaxed, type and value F1 with
/// every pattern on and with each one off.
pub fn ablate(path: &Path) -> Result<String, String> {
    let docs: Vec<GoldDoc> = super::read_jsonl(path, "a timex document")?;
    let figures = |switches: &Switches| {
        let (counts, _, _) = evaluate_docs(&docs, switches)?;
        let s = counts.scores();
        Ok(vec![
            ("relaxed F1".to_string(), s.relaxed_f1),
            ("strict F1".to_string(), s.strict_f1),
            ("type F1".to_string(), s.type_f1),
            ("value F1".to_string(), s.value_f1),
        ])
    };
    super::ablation_table(
        &format!("times on {}", path.display()),
        &["timex."],
        figures,
    )
}

fn evaluate_docs(docs: &[GoldDoc], switches: &Switches) -> Result<(Counts, usize, String), String> {
    let analyzer = Analyzer::new();
    let mut counts = Counts::default();
    let mut errors = String::new();
    let mut n_docs = 0;
    for doc in docs {
        n_docs += 1;
        let options = Options::new()
            .with_date(&doc.dct)
            .map_err(|e| format!("document {}: {e}", doc.id))?
            .with_switches(switches.clone());
        let map = OffsetMap::new(&doc.text);
        let gold: Vec<Timex> = doc
            .timexes
            .iter()
            .map(|t| Timex {
                start: map.to_byte(t.start, Unit::Codepoint),
                end: map.to_byte(t.end, Unit::Codepoint),
                kind: t.kind.clone(),
                value: t.value.clone(),
            })
            .collect();
        let system: Vec<Timex> = analyzer
            .annotate(&doc.text, &options)
            .times
            .into_iter()
            .map(|t| Timex {
                start: t.start,
                end: t.end,
                kind: t.kind,
                value: t.value,
            })
            .collect();
        let text = &doc.text;
        let context = |t: &Timex| {
            let from = text.floor_char_boundary_compat(t.start.saturating_sub(40));
            let to = text.ceil_char_boundary_compat((t.end + 40).min(text.len()));
            format!(
                "{}[{}]{}",
                &text[from..t.start],
                &text[t.start..t.end],
                &text[t.end..to]
            )
            .replace('\n', " ")
        };
        for outcome in score_document(&gold, &system, &mut counts) {
            let line = match outcome {
                Outcome::Missed(g) => format!("MISS {} {} | {}", g.kind, g.value, context(g)),
                Outcome::Spurious(s) => format!("SPUR {} {} | {}", s.kind, s.value, context(s)),
                Outcome::Matched(g, s) if g.start != s.start || g.end != s.end => format!(
                    "SPAN {:?} -> {:?} {} {} / {} {}",
                    &text[g.start..g.end],
                    &text[s.start..s.end],
                    g.kind,
                    g.value,
                    s.kind,
                    s.value
                ),
                Outcome::Matched(g, s) if g.kind != s.kind || g.value != s.value => format!(
                    "ATTR {:?} gold {} {} system {} {} | {}",
                    &text[g.start..g.end],
                    g.kind,
                    g.value,
                    s.kind,
                    s.value,
                    context(g)
                ),
                Outcome::Matched(..) => continue,
            };
            let _ = writeln!(errors, "{} {} {line}", doc.id, doc.dct);
        }
    }
    Ok((counts, n_docs, errors))
}

/// Char-boundary rounding, which `str` offers only on newer Rust.
trait CharBoundary {
    fn floor_char_boundary_compat(&self, idx: usize) -> usize;
    fn ceil_char_boundary_compat(&self, idx: usize) -> usize;
}

impl CharBoundary for str {
    fn floor_char_boundary_compat(&self, mut idx: usize) -> usize {
        while !self.is_char_boundary(idx) {
            idx -= 1;
        }
        idx
    }

    fn ceil_char_boundary_compat(&self, mut idx: usize) -> usize {
        while !self.is_char_boundary(idx) {
            idx += 1;
        }
        idx
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(start: usize, end: usize, kind: &str, value: &str) -> Timex {
        Timex {
            start,
            end,
            kind: kind.into(),
            value: value.into(),
        }
    }

    #[test]
    fn scorer_follows_tempeval3() {
        let gold = [
            t(0, 8, "DATE", "2025-07-03"),
            t(20, 29, "DATE", "2025-W26"),
            t(40, 44, "DATE", "2035"),
            t(60, 65, "DURATION", "P3Y"),
        ];
        let system = [
            // Exact, right type and value.
            t(0, 8, "DATE", "2025-07-03"),
            // Overlap only, right type, wrong value.
            t(25, 29, "DATE", "XXXX-WXX"),
            // Exact, wrong type, right value.
            t(40, 44, "DURATION", "2035"),
            // Spurious.
            t(50, 52, "DATE", "PRESENT_REF"),
        ];
        let mut counts = Counts::default();
        score_document(&gold, &system, &mut counts);
        assert_eq!(
            counts,
            Counts {
                n_gold: 4,
                n_system: 4,
                strict: 2,
                relaxed: 3,
                type_ok: 2,
                value_ok: 2,
            }
        );
        let s = counts.scores();
        assert!((s.strict_f1 - 0.5).abs() < 1e-9);
        assert!((s.relaxed_p - 0.75).abs() < 1e-9 && (s.relaxed_r - 0.75).abs() < 1e-9);
        assert!((s.type_f1 - 0.75 * 2.0 / 3.0).abs() < 1e-9);
        assert!((s.value_f1 - 0.5).abs() < 1e-9);
    }
}
