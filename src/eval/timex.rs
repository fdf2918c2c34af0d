//! `newsmark eval timex FILE.jsonl`: TempEval-3 scoring of time expressions.

use std::path::Path;

/// Scores the documents of `path` and returns the printed report.
pub fn run(_path: &Path) -> Result<String, String> {
    Err("timex evaluation is not built yet".to_string())
}
