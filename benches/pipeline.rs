//! Throughput of the whole pipeline on the sample articles: `cargo bench`.
//!
//! Annotates each article in `tests/data/articles`, and all of them joined and
//! repeated to about 1 MB, again and again for a fixed wall time, and prints
//! tokens and megabytes per second in a table. It then times what each
//! layer adds, and what quotes and clusters add on the PolNeAR dev articles
//! (read from `../shared/corpora` when present). The last line is JSON for
//! the 1 MB input, for scripts that track the figure. `cargo bench --bench
//! pipeline -- nato` runs only the inputs whose name contains `nato`.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use newsmark::text::normalize::Normalized;
use newsmark::{Analyzer, Options};

/// How long each input is annotated before it is measured, so caches and
/// the allocator have settled.
const WARM_UP: Duration = Duration::from_millis(300);

/// How long each input is measured, at least.
const MEASURE: Duration = Duration::from_secs(3);

/// Size that the joined articles are repeated up to.
const LARGE_BYTES: usize = 1 << 20;

const LARGE_NAME: &str = "all-articles-1mb";

/// The PolNeAR dev articles, joined; evaluation data, read only if present.
const POLNEAR_NAME: &str = "polnear-dev";
const POLNEAR_DEV: &str = "../shared/corpora/polnear/dev.jsonl";

struct Input {
    name: String,
    text: String,
}

struct Measurement {
    n_bytes: usize,
    n_tokens: usize,
    n_runs: u32,
    mean: Duration,
}

impl Measurement {
    fn tokens_per_s(&self) -> f64 {
        self.n_tokens as f64 / self.mean.as_secs_f64()
    }

    fn mb_per_s(&self) -> f64 {
        self.n_bytes as f64 / 1e6 / self.mean.as_secs_f64()
    }
}

fn main() {
    // cargo passes `--bench` (and libtest flags a user may add); the first
    // argument that is not a flag filters inputs by name, as libtest does.
    // `--write-input PATH` writes the 1 MB input to PATH, so that
    // scripts/bench.sh can time another tool on exactly the same text.
    let mut args = std::env::args().skip(1);
    let mut filter = None;
    let mut write_input = None;
    while let Some(arg) = args.next() {
        if arg == "--write-input" {
            write_input = args.next();
        } else if !arg.starts_with('-') && filter.is_none() {
            filter = Some(arg);
        }
    }

    let inputs: Vec<Input> = load_inputs()
        .into_iter()
        .filter(|input| filter.as_deref().is_none_or(|f| input.name.contains(f)))
        .collect();
    if inputs.is_empty() {
        eprintln!("no input matches {filter:?}: pass part of an article's name, or nothing");
        std::process::exit(1);
    }

    if let (Some(path), Some(large)) = (&write_input, inputs.iter().find(|i| i.name == LARGE_NAME))
    {
        std::fs::write(path, &large.text)
            .unwrap_or_else(|err| panic!("cannot write {path}: {err}"));
    }
    let analyzer = Analyzer::new();
    let options = Options::new();
    let name_width = inputs
        .iter()
        .map(|i| i.name.len())
        .max()
        .unwrap_or(0)
        .max(5);
    println!(
        "{:<name_width$} {:>9} {:>8} {:>6} {:>11} {:>12} {:>8}",
        "input", "bytes", "tokens", "runs", "mean", "tokens/s", "MB/s"
    );
    let mut large = None;
    for input in &inputs {
        let res = measure(&analyzer, &options, &input.text);
        println!(
            "{:<name_width$} {:>9} {:>8} {:>6} {:>11} {:>12.0} {:>8.2}",
            input.name,
            res.n_bytes,
            res.n_tokens,
            res.n_runs,
            format_duration(res.mean),
            res.tokens_per_s(),
            res.mb_per_s(),
        );
        if input.name == LARGE_NAME {
            large = Some(res);
        }
    }
    // What each layer adds, on the large input: structure alone, then one
    // layer at a time on top of it.
    if let Some(input) = inputs.iter().find(|i| i.name == LARGE_NAME) {
        let base = measure(
            &analyzer,
            &Options::new().with_layers([]).expect("no layers"),
            &input.text,
        )
        .mean;
        println!(
            "\nlayer cost on {LARGE_NAME} (structure alone: {})",
            format_duration(base)
        );
        let mut names_only = None;
        for layers in [&["entities"][..], &["times", "quantities"], &["quotes"]] {
            let options = Options::new()
                .with_layers(layers.iter().copied())
                .expect("known layers");
            let mean = measure(&analyzer, &options, &input.text).mean;
            if layers == ["entities"] {
                names_only = Some(mean);
            }
            let added = mean.saturating_sub(base);
            println!(
                "  +{:<20} {:>11}  (+{:.1}% of the whole pipeline)",
                layers.join(","),
                format_duration(added),
                100.0 * added.as_secs_f64() / large.as_ref().map_or(mean, |r| r.mean).as_secs_f64()
            );
        }
        // Tagging names alone is what other taggers (compromise) do, so
        // scripts/bench.sh compares this figure with theirs.
        if let (Some(mean), Some(res)) = (names_only, large.as_ref()) {
            println!(
                "{{\"bench\":\"names\",\"input\":\"{LARGE_NAME}\",\"tokens\":{},\"mean_ms\":{:.3},\"tokens_per_s\":{:.0}}}",
                res.n_tokens,
                mean.as_secs_f64() * 1e3,
                res.n_tokens as f64 / mean.as_secs_f64()
            );
        }
    }
    // Who said what on the articles it is about: the PolNeAR dev articles
    // (when ../shared/corpora is there), with every layer against every
    // layer but quotes and clusters.
    for input in inputs.iter().filter(|i| i.name == POLNEAR_NAME) {
        let without = measure(
            &analyzer,
            &Options::new()
                .with_layers(["entities", "times", "quantities"])
                .expect("known layers"),
            &input.text,
        );
        let with = measure(&analyzer, &options, &input.text);
        let added = with.mean.saturating_sub(without.mean);
        let share = 100.0 * added.as_secs_f64() / without.mean.as_secs_f64();
        println!(
            "\nquotes and clusters on {POLNEAR_NAME}: +{} over {} without them (+{share:.1}%)",
            format_duration(added),
            format_duration(without.mean),
        );
        println!(
            "{{\"bench\":\"quotes_and_clusters\",\"input\":\"{POLNEAR_NAME}\",\"without_ms\":{:.3},\"with_ms\":{:.3},\"added_percent\":{share:.1}}}",
            without.mean.as_secs_f64() * 1e3,
            with.mean.as_secs_f64() * 1e3,
        );
    }
    if let Some(res) = large {
        println!(
            "{{\"bench\":\"pipeline\",\"input\":\"{LARGE_NAME}\",\"bytes\":{},\"tokens\":{},\"runs\":{},\"mean_ms\":{:.3},\"tokens_per_s\":{:.0},\"mb_per_s\":{:.3}}}",
            res.n_bytes,
            res.n_tokens,
            res.n_runs,
            res.mean.as_secs_f64() * 1e3,
            res.tokens_per_s(),
            res.mb_per_s(),
        );
    }
}

/// The sample articles sorted by name, then all of them joined and repeated
/// to about [`LARGE_BYTES`].
fn load_inputs() -> Vec<Input> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/articles");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display()));
    let mut paths: Vec<_> = entries
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    let mut inputs: Vec<Input> = paths
        .iter()
        .map(|path| Input {
            name: path.file_stem().unwrap().to_string_lossy().into_owned(),
            text: std::fs::read_to_string(path)
                .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display())),
        })
        .collect();

    // Articles are separated by a blank line, as they would be in a feed.
    let joined = inputs
        .iter()
        .map(|input| input.text.trim_end())
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n\n";
    let mut large = String::with_capacity(LARGE_BYTES + joined.len());
    while large.len() < LARGE_BYTES {
        large.push_str(&joined);
    }
    inputs.push(Input {
        name: LARGE_NAME.to_string(),
        text: large,
    });
    let polnear = Path::new(env!("CARGO_MANIFEST_DIR")).join(POLNEAR_DEV);
    if let Ok(lines) = std::fs::read_to_string(&polnear) {
        let texts: Vec<String> = lines
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|article| Some(article.get("text")?.as_str()?.trim_end().to_string()))
            .collect();
        inputs.push(Input {
            name: POLNEAR_NAME.to_string(),
            text: texts.join("\n\n") + "\n\n",
        });
    }
    inputs
}

/// Annotates `text` for [`WARM_UP`], then for at least [`MEASURE`], and
/// returns the mean time of one annotation.
fn measure(analyzer: &Analyzer, options: &Options, text: &str) -> Measurement {
    let n_tokens = newsmark::segment::segment(&Normalized::new(text).text)
        .tokens
        .len();
    let start = Instant::now();
    while start.elapsed() < WARM_UP {
        black_box(analyzer.annotate(black_box(text), options));
    }
    let mut n_runs = 0u32;
    let start = Instant::now();
    while n_runs == 0 || start.elapsed() < MEASURE {
        black_box(analyzer.annotate(black_box(text), options));
        n_runs += 1;
    }
    Measurement {
        n_bytes: text.len(),
        n_tokens,
        n_runs,
        mean: start.elapsed() / n_runs,
    }
}

/// Formats a duration with a unit that keeps three or four significant digits.
fn format_duration(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs >= 1.0 {
        format!("{secs:.3} s")
    } else if secs >= 1e-3 {
        format!("{:.3} ms", secs * 1e3)
    } else {
        format!("{:.3} µs", secs * 1e6)
    }
}
