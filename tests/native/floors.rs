//! Accuracy floors: the figures the README reports, measured by the same code
//! as `newsmark eval`. A drop below a floor fails.
//!
//! The corpora live in `../shared/corpora`, beside the repository, and a
//! fresh clone may not have them. Then each test here prints one line saying
//! it was skipped and why, and passes; with `CI=true` a missing corpus fails.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The corpus file at `relative` under `../shared/corpora`, or `None` (after
/// saying so) when it is missing outside CI.
fn corpus(test: &str, relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora")
        .join(relative);
    if path.exists() {
        return Some(path);
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    assert!(
        !ci,
        "{test}: {} is missing, and CI=true makes the accuracy floors mandatory: put the corpora in ../shared beside the repository",
        path.display()
    );
    // Written to the terminal itself: the test harness hides what a
    // passing test prints.
    let _ = writeln!(
        std::io::stderr(),
        "skipped {test}: ../shared/corpora/{relative} not found (clone beside ../shared to check this floor)"
    );
    None
}

const CONLL_TESTA_F1_FLOOR: f64 = 0.930;

#[test]
fn names_on_conll_dev_stay_above_the_floor() {
    let Some(path) = corpus("names floor", "conll2003/eng.testa") else {
        return;
    };
    let articles = newsmark::eval::conll::read(&path).unwrap();
    let counts = newsmark::eval::conll::evaluate(&articles, &newsmark::Switches::all_on(), None);
    let (_, _, f1) = newsmark::eval::conll::overall(&counts).prf();
    assert!(
        f1 >= CONLL_TESTA_F1_FLOOR,
        "eng.testa F1 {f1:.4} fell below {CONLL_TESTA_F1_FLOOR}"
    );
}

/// Relaxed and value F1 floors for each timex dev file: just under the
/// figures measured when they were last raised.
const TIMEX_FLOORS: [(&str, f64, f64); 2] = [
    ("timex/timebank_tbaq.jsonl", 0.950, 0.856),
    // AQUAINT's annotators left most vague stretches ("for years", "in
    // the weeks before the shooting") untagged or gave them the date of
    // the event; TIMEX3 and TimeBank tag them (PXY, PXW), and so does
    // newsmark since the commit that lowered this value floor; and it
    // leaves the time of an aside untagged ("10:35 a.m. (0735 GMT)").
    ("timex/aquaint_tbaq.jsonl", 0.950, 0.792),
];

#[test]
fn times_on_timex_dev_stay_above_the_floors() {
    for (file, relaxed_floor, value_floor) in TIMEX_FLOORS {
        let Some(path) = corpus("times floor", file) else {
            continue;
        };
        let (counts, _, _) = newsmark::eval::timex::evaluate(&path).unwrap();
        let s = counts.scores();
        assert!(
            s.relaxed_f1 >= relaxed_floor,
            "{file}: relaxed F1 {:.4} < {relaxed_floor}",
            s.relaxed_f1
        );
        assert!(
            s.value_f1 >= value_floor,
            "{file}: value F1 {:.4} < {value_floor}",
            s.value_f1
        );
    }
}

/// PolNeAR dev figures the README reports for quotes.
const QUOTES_FLOORS: [(&str, f64); 3] = [
    ("direct_overlap_f1", 0.955),
    ("speaker_accuracy", 0.95),
    ("all_attribution_f1", 0.725),
];

#[test]
fn quotes_on_polnear_dev_stay_above_the_floors() {
    let Some(path) = corpus("quotes floor", "polnear/dev.jsonl") else {
        return;
    };
    let report = newsmark::eval::quotes::run(&path, &newsmark::Switches::all_on()).unwrap();
    let figures: serde_json::Value = serde_json::from_str(report.lines().last().unwrap()).unwrap();
    for (name, floor) in QUOTES_FLOORS {
        let value = figures[name].as_f64().unwrap();
        assert!(value >= floor, "{name} {value:.4} fell below {floor}");
    }
}
