//! Evaluation on the corpora in ../shared/corpora, with the semantics of the
//! reference scorers. Used by `newsmark eval`; native only.

pub mod conll;
pub mod quotes;
pub mod re3d;
pub mod timex;

use std::path::Path;

use serde::de::DeserializeOwned;

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
