//! `newsmark eval timex FILE.jsonl`: TempEval-3 scoring of time expressions.
//!
//! Each document of the file is annotated as any user text would be, with
//! its creation date as the `date` option, and the times found are compared
//! with the gold TIMEX3 annotations: strict (same span) and relaxed (overlap)
//! precision, recall and F1; type and value accuracy over the relaxed
//! matches; and attribute F1 = accuracy x relaxed F1, as the TempEval-3
//! scorer reports them. Set `NEWSMARK_EVAL_ERRORS=1` to append every miss,
//! spurious time and wrong attribute to the report, each wrong value with
//! its class (`value_class`), and a count of the wrong values by class.

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
    let mut classes: Vec<(&str, usize)> = Vec::new();
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
            if let Outcome::Matched(g, s) = outcome {
                if g.value != s.value {
                    let class = value_class(&g.value, &s.value);
                    match classes.iter_mut().find(|(c, _)| *c == class) {
                        Some((_, n)) => *n += 1,
                        None => classes.push((class, 1)),
                    }
                }
            }
            let line = match outcome {
                Outcome::Missed(g) => format!("MISS {} {} | {}", g.kind, g.value, context(g)),
                Outcome::Spurious(s) => format!("SPUR {} {} | {}", s.kind, s.value, context(s)),
                Outcome::Matched(g, s) if g.start != s.start || g.end != s.end => format!(
                    "SPAN {:?} -> {:?} {} {} / {} {}{}",
                    &text[g.start..g.end],
                    &text[s.start..s.end],
                    g.kind,
                    g.value,
                    s.kind,
                    s.value,
                    class_note(g, s)
                ),
                Outcome::Matched(g, s) if g.kind != s.kind || g.value != s.value => format!(
                    "ATTR {:?} gold {} {} system {} {} | {}{}",
                    &text[g.start..g.end],
                    g.kind,
                    g.value,
                    s.kind,
                    s.value,
                    context(g),
                    class_note(g, s)
                ),
                Outcome::Matched(..) => continue,
            };
            let _ = writeln!(errors, "{} {} {line}", doc.id, doc.dct);
        }
    }
    classes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let total: usize = classes.iter().map(|(_, n)| n).sum();
    let _ = writeln!(
        errors,
        "wrong values by class ({total} of {}):",
        counts.relaxed
    );
    for (class, n) in classes {
        let _ = writeln!(errors, "{n:>5}  {class}");
    }
    Ok((counts, n_docs, errors))
}

/// ` [class]` after an error line whose value is wrong, else nothing.
fn class_note(g: &Timex, s: &Timex) -> String {
    if g.value == s.value {
        String::new()
    } else {
        format!(" [{}]", value_class(&g.value, &s.value))
    }
}

/// The kind of difference between a gold and a system value that differ,
/// read off the two values alone: how the gold writes the same time
/// (a part of the day, a year padded with `-XX`, a week without its zero,
/// a decade with an `X`), a coarser or finer point, the same shape of
/// point elsewhere in time (an anchor or a direction), a length against a
/// point, two lengths, a vague reference. What the error listing is
/// sorted by, so that a round can count its classes on both files.
pub fn value_class(gold: &str, system: &str) -> &'static str {
    const PARTS: [&str; 5] = ["TMO", "TAF", "TEV", "TNI", "TDT"];
    let strip_part = |v: &str| -> String {
        PARTS
            .iter()
            .find_map(|p| v.strip_suffix(p))
            .unwrap_or(v)
            .to_string()
    };
    let has_part = |v: &str| PARTS.iter().any(|p| v.ends_with(p));
    let is_ref = |v: &str| v.ends_with("_REF");
    let is_length = |v: &str| v.starts_with('P') && !is_ref(v);
    let is_point = |v: &str| !is_ref(v) && !is_length(v);
    let shape = |v: &str| -> String {
        v.chars()
            .map(|c| if c.is_ascii_digit() { '9' } else { c })
            .collect()
    };
    let unpadded_week = |v: &str| -> String {
        match v.find("-W") {
            Some(at) if v.len() == at + 3 && v.as_bytes()[at + 2].is_ascii_digit() => {
                format!("{}-W0{}", &v[..at], &v[at + 2..])
            }
            _ => v.to_string(),
        }
    };
    let padded = |short: &str, long: &str| {
        long.strip_prefix(short).is_some_and(|rest| {
            !rest.is_empty() && rest.split('-').skip(1).all(|p| p == "XX") && rest.starts_with('-')
        })
    };
    if (has_part(gold) || has_part(system)) && strip_part(gold) == strip_part(system) {
        "part of the day"
    } else if padded(system, gold) || padded(gold, system) {
        "year or month padded with -XX"
    } else if unpadded_week(gold) == unpadded_week(system) {
        "week number without its zero"
    } else if gold.strip_suffix('X') == Some(system) || system.strip_suffix('X') == Some(gold) {
        "decade or century written with X"
    } else if is_ref(gold) || is_ref(system) {
        "vague reference (PRESENT_REF, PAST_REF, FUTURE_REF)"
    } else if is_length(gold) && is_length(system) {
        "length: amount or unit"
    } else if is_length(gold) != is_length(system) {
        "length against point"
    } else if is_point(gold) && gold.contains('X') && !system.contains('X') {
        "point the gold leaves unspecified (X)"
    } else if shape(&unpadded_week(&strip_part(gold))) == shape(&unpadded_week(&strip_part(system)))
    {
        "point of the same granularity: anchor or direction"
    } else {
        "point of another granularity"
    }
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

    #[test]
    fn value_classes_sort_wrong_values() {
        let rows = [
            ("2000-01-05", "2000-01-05TNI", "part of the day"),
            ("2000-01-05TEV", "2000-01-05TNI", "part of the day"),
            ("1968-XX", "1968", "year or month padded with -XX"),
            ("1994-XX-XX", "1994", "year or month padded with -XX"),
            ("2000-W7", "2000-W07", "week number without its zero"),
            ("198X", "198", "decade or century written with X"),
            (
                "PAST_REF",
                "PXY",
                "vague reference (PRESENT_REF, PAST_REF, FUTURE_REF)",
            ),
            ("P12Y", "P13Y", "length: amount or unit"),
            ("P1W", "1998-W33", "length against point"),
            (
                "1989-WXX",
                "1989-W43",
                "point the gold leaves unspecified (X)",
            ),
            (
                "1990-08-07",
                "1990-08-14",
                "point of the same granularity: anchor or direction",
            ),
            (
                "2000-W7",
                "2000-W05",
                "point of the same granularity: anchor or direction",
            ),
            (
                "1998-08-18",
                "1998-08-11TMO",
                "point of the same granularity: anchor or direction",
            ),
            ("1988-Q3", "1988", "point of another granularity"),
            ("1999-01", "1999-W02", "point of another granularity"),
        ];
        for (gold, system, class) in rows {
            assert_eq!(value_class(gold, system), class, "{gold} / {system}");
        }
    }
}
