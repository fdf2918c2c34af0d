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

/// Just under the F1 measured when it was set (0.9395; 0.9375 with the
/// document cues, 0.9377 after issue 15's seventh session, 0.9339 with the
/// word-cluster model of its tenth, whose three seeds give 0.9339 to
/// 0.9374); issue 15 asks for at least 0.930.
const CONLL_TESTA_F1_FLOOR: f64 = 0.933;

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

/// Exact and overlap F1 floors of PER, ORG and LOC name cores on the GUM
/// interviews (Wikinews), the modern-news dev set: just under the figures
/// measured when they were set (0.7412 and 0.7647 with the word-cluster
/// model of issue 15's tenth session; 0.7283 and 0.7500 after its seventh
/// session; 0.7264 and 0.7482 with the model with the document cues). The set is small (531 names): retraining after a small change
/// of the training data has moved these figures by up to three points, and
/// the seed alone by 1.7.
const GUM_INTERVIEW_FLOORS: (f64, f64) = (0.735, 0.76);

#[test]
fn names_on_gum_interviews_stay_above_the_floors() {
    let Some(path) = corpus("names floor", "gum/gum_train.jsonl") else {
        return;
    };
    let [exact, overlap] = newsmark::eval::gum::scores(
        &path,
        newsmark::eval::gum::DEV_GENRE,
        &newsmark::Switches::all_on(),
        None,
    )
    .unwrap();
    let f1 = |counts| newsmark::eval::conll::overall(counts).prf().2;
    let (exact, overlap) = (f1(&exact), f1(&overlap));
    assert!(
        exact >= GUM_INTERVIEW_FLOORS.0 && overlap >= GUM_INTERVIEW_FLOORS.1,
        "GUM interviews exact F1 {exact:.4}, overlap {overlap:.4} fell below {GUM_INTERVIEW_FLOORS:?}"
    );
}

/// Relaxed and value F1 floors for each timex dev file: just under the
/// figures measured when they were last raised (after issue 16's follow-up:
/// TimeBank 0.9525 and 0.8590, AQUAINT 0.9524 and 0.7937; after its fourth
/// round TimeBank 0.9529 and 0.8594, after its fifth 0.9529 and 0.8626,
/// after its sixth 0.9544 and 0.8639, AQUAINT unchanged).
const TIMEX_FLOORS: [(&str, f64, f64); 2] = [
    ("timex/timebank_tbaq.jsonl", 0.953, 0.863),
    // AQUAINT's value floor is lower than before issue 16 (0.801): its
    // annotators left most vague stretches untagged ("for years", "late
    // in the day") or gave them the event's date ("in the weeks before
    // the shooting": 1998-10), which TIMEX3 and TimeBank tag as
    // durations, and newsmark now does. Both floors went down by 0.001
    // with `timex.year_before` (session 19, relaxed 0.9524 -> 0.9516,
    // value 0.7937 -> 0.7930): "down from $450 million the year before"
    // is 1996 by TIMEX3, which AQUAINT's annotators left untagged, its
    // only such phrase.
    ("timex/aquaint_tbaq.jsonl", 0.951, 0.792),
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

/// PolNeAR dev figures the README reports for quotes, as the reference
/// scorer (`../shared/scorers/quotes/score.py`) measures them.
const QUOTES_FLOORS: [(&str, f64); 5] = [
    ("direct_overlap_f1", 0.95),
    ("direct_precision", 0.955),
    ("speaker_accuracy", 0.965),
    ("all_attribution_f1", 0.755),
    ("indirect_recall", 0.595),
];

/// At most this share of PolNeAR dev quotes may have a pronoun speaker
/// with no cluster.
const UNRESOLVED_PRONOUNS_CEILING: f64 = 0.02;

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
    assert_eq!(
        figures["empty_quotes"].as_u64(),
        Some(0),
        "a quote is empty"
    );
    let unresolved = figures["unresolved_pronouns"].as_f64().unwrap();
    assert!(
        unresolved <= UNRESOLVED_PRONOUNS_CEILING,
        "unresolved pronoun speakers {unresolved:.4} above {UNRESOLVED_PRONOUNS_CEILING}"
    );
}

/// The figures of a report in the reference scorer's layout: (name, the
/// numbers on its line).
fn scorer_lines(report: &str) -> Vec<(String, Vec<f64>)> {
    report
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let name = words.next()?.to_string();
            let numbers: Vec<f64> = words.filter_map(|w| w.parse().ok()).collect();
            (name.starts_with("direct_") || name.starts_with("all_"))
                .then_some((name, numbers))
                .filter(|(_, n)| !n.is_empty())
        })
        .collect()
}

/// `newsmark eval quotes` scores as the reference scorer does: every figure
/// of `score.py`, run on the CLI, agrees to 0.001 on PolNeAR dev.
#[test]
fn quotes_eval_agrees_with_the_reference_scorer() {
    let Some(path) = corpus("quotes scorer agreement", "polnear/dev.jsonl") else {
        return;
    };
    let scorer = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/scorers/quotes/score.py");
    let reference = std::process::Command::new("python3")
        .arg(&scorer)
        .arg(&path)
        .arg(env!("CARGO_BIN_EXE_newsmark"))
        .output()
        .expect("python3 runs the reference scorer");
    assert!(
        reference.status.success(),
        "{}",
        String::from_utf8_lossy(&reference.stderr)
    );
    let theirs = scorer_lines(&String::from_utf8_lossy(&reference.stdout));
    let ours =
        scorer_lines(&newsmark::eval::quotes::run(&path, &newsmark::Switches::all_on()).unwrap());
    assert_eq!(theirs.len(), 11, "{theirs:?}");
    for (name, numbers) in &theirs {
        let mine = ours
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no {name} in our report"));
        assert_eq!(mine.1.len(), numbers.len(), "{name}");
        for (a, b) in mine.1.iter().zip(numbers) {
            assert!((a - b).abs() <= 0.001, "{name}: ours {a}, score.py {b}");
        }
    }
}
