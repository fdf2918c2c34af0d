//! Evaluation on the corpora in ../shared/corpora, with the semantics of the
//! reference scorers. Used by `newsmark eval`; native only.

pub mod conll;
pub mod gum;
pub mod quotes;
pub mod re3d;
pub mod timex;

use std::fmt::Write;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::Switches;

/// `num / den`, or 0 when there is nothing to divide by.
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// The harmonic mean of precision and recall, 0 when both are 0.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Reads a JSON Lines corpus file: one `T` per non-blank line. `what` names
/// a record in the error ("a timex document").
pub fn read_jsonl<T: DeserializeOwned>(path: &Path, what: &str) -> Result<Vec<T>, String> {
    let data = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    data.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(line_idx, line)| {
            serde_json::from_str(line).map_err(|e| {
                format!(
                    "line {} of {} is not {what}: {e}",
                    line_idx + 1,
                    path.display()
                )
            })
        })
        .collect()
}

/// What each rule pass adds: a Markdown table of `figures` with every pass
/// on, then one row per pass whose name starts with one of `prefixes`,
/// giving what the figures lose when that pass alone is off (the pass's
/// worth; negative when the pass costs). Rows are in pipeline order.
pub fn ablation_table(
    title: &str,
    prefixes: &[&str],
    figures: impl Fn(&Switches) -> Result<Vec<(String, f64)>, String>,
) -> Result<String, String> {
    let base = figures(&Switches::all_on())?;
    let mut out = String::new();
    let _ = writeln!(out, "ablation: {title}\n");
    let names: Vec<&str> = base.iter().map(|(name, _)| name.as_str()).collect();
    let _ = writeln!(out, "| pass | {} |", names.join(" | "));
    let _ = writeln!(out, "|---|{}", "---:|".repeat(names.len()));
    let cells: Vec<String> = base.iter().map(|(_, v)| format!("{v:.4}")).collect();
    let _ = writeln!(out, "| all passes on | {} |", cells.join(" | "));
    for pass in crate::passes()
        .into_iter()
        .filter(|p| prefixes.iter().any(|prefix| p.name.starts_with(prefix)))
    {
        let without = figures(&Switches::with_off(vec![pass.name]))?;
        let cells: Vec<String> = base
            .iter()
            .map(|(name, on)| {
                let off = without
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or(0.0, |(_, v)| *v);
                format!("{:+.4}", on - off)
            })
            .collect();
        let _ = writeln!(out, "| `{}` | {} |", pass.name, cells.join(" | "));
    }
    Ok(out)
}
