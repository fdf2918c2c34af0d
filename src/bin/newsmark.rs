//! The `newsmark` command line: annotate files or JSON Lines in batch.

use std::borrow::Cow;
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use newsmark::{export, html, Analyzer, Document, Options, OptionsInput, Unit};
use serde::Serialize;

const USAGE: &str = "\
newsmark: annotate news articles (structure, names, quotes, times, numbers)

usage:
  newsmark annotate [FILE] [--date YYYY-MM-DD] [--layers a,b]
                    [--format json|html|displacy|brat|webanno|csv]
                    [--offsets utf16|codepoint|utf8] [--without pass,pass]
      Annotates FILE (or standard input) and prints the JSON document, a
      standalone highlighted HTML page (html), displaCy JSON, brat standoff
      .ann, W3C Web Annotation JSON-LD or a CSV of quotes; exports count
      code points. --without switches rule passes off (see newsmark passes).
  newsmark annotate --jsonl [--offsets ...] [--without ...]
      Reads JSON Lines {\"id\", \"text\", \"date\"?, \"layers\"?, \"without\"?} from
      standard input and writes one line {\"id\", ...document} per input, in order.
  newsmark passes
      Lists every rule pass that --without can switch off, with what it does.
  newsmark eval KIND FILE [--without pass,pass] [--ablate]
      Scores one layer on a corpus (kinds below). --ablate prints instead
      what each of the layer's rule passes adds to each figure.
  newsmark eval conll FILE
      Scores names on CoNLL-2003 data (text rebuilt from the tokens and
      annotated as any text) with conlleval semantics.
  newsmark eval quotes FILE.jsonl
      Scores quotes, speakers and attributions on the PolNeAR format.
  newsmark eval re3d FILE.jsonl
      Out-of-domain check of names (PER, ORG, LOC, NORP) on dstl re3d,
      exact and overlap matches.
  newsmark eval gum FILE.jsonl [--genre G]
      Names (PER, ORG, LOC) on one genre of the GUM corpus, the interviews
      (Wikinews, the modern-news dev set) unless --genre says another,
      train (all but the interviews) or all; gold names are the name cores of GUM's mentions (see
      src/eval/gum.rs). Exact and overlap matches.
  newsmark train ner [--train FILE] [--gum FILE|none] [--dev FILE] [--out FILE] [--epochs N] [--seed N]
      [--min-count N] [--gum-repeat N] [--runs N] [--refit N]
      Trains the name tagger on CoNLL-2003 and GUM, the interviews held out
      (defaults: ../shared/corpora/conll2003 eng.train,
      ../shared/corpora/gum/gum_train.jsonl, dev eng.testa,
      data/model/ner.bin, 12 epochs, seed 1, features seen at least 3
      times: --min-count, each GUM document 3 times an epoch: --gum-repeat,
      one perceptron a stage: --runs N averages N from seeds 1 to N, no
      refit: --refit K trains each stage again on the features with a
      weight of at least K quantisation steps of 127).
      scripts/check-model.sh proves the shipped model
      is what it makes.
  newsmark eval timex FILE.jsonl
      Scores time expressions on a corpus in the format of
      ../shared/corpora/timex with TempEval-3 semantics.
  newsmark version

Offsets are UTF-16 code units (what JavaScript's String.slice takes) unless
--offsets says otherwise.";

struct Args {
    file: Option<String>,
    date: Option<String>,
    layers: Option<String>,
    html: bool,
    export: Option<export::Format>,
    jsonl: bool,
    offsets: Unit,
    without: Option<String>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args {
        file: None,
        date: None,
        layers: None,
        html: false,
        export: None,
        jsonl: false,
        offsets: Unit::Utf16,
        without: None,
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--date" => parsed.date = Some(value("--date")?),
            "--layers" => parsed.layers = Some(value("--layers")?),
            "--without" => parsed.without = Some(value("--without")?),
            "--format" => {
                let name = value("--format")?;
                parsed.export = export::Format::from_name(&name);
                parsed.html = match name.as_str() {
                    "json" => false,
                    "html" => true,
                    _ if parsed.export.is_some() => false,
                    other => return Err(format!("unknown format {other:?}: choose json, html, displacy, brat, webanno or csv")),
                }
            }
            "--offsets" => {
                parsed.offsets = match value("--offsets")?.as_str() {
                    "utf16" => Unit::Utf16,
                    "codepoint" => Unit::Codepoint,
                    "utf8" => Unit::Utf8,
                    other => {
                        return Err(format!(
                            "unknown offsets {other:?}: choose utf16, codepoint or utf8"
                        ))
                    }
                }
            }
            "--jsonl" => parsed.jsonl = true,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}: see newsmark --help"))
            }
            file if parsed.file.is_none() => parsed.file = Some(file.to_string()),
            extra => {
                return Err(format!(
                    "unexpected argument {extra:?}: give at most one file"
                ))
            }
        }
    }
    if parsed.jsonl && parsed.export.is_some() {
        return Err("--jsonl writes JSON documents: drop --format".into());
    }
    if parsed.jsonl && (parsed.file.is_some() || parsed.html) {
        return Err(
            "--jsonl reads standard input and writes JSON: drop the file and --format".into(),
        );
    }
    Ok(parsed)
}

/// The items of a comma-separated flag value.
fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|l| !l.is_empty())
}

fn options(args: &Args) -> Result<Options, newsmark::Error> {
    let mut options = Options::new();
    if let Some(date) = &args.date {
        options = options.with_date(date)?;
    }
    if let Some(layers) = &args.layers {
        options = options.with_layers(list(layers))?;
    }
    if let Some(without) = &args.without {
        options = options.without(list(without))?;
    }
    Ok(options)
}

/// Reads input bytes as text; bytes that are not UTF-8 become U+FFFD, which
/// the analysis reports as a diagnostic.
fn read_text(file: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?,
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            bytes.len()
        }
    };
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// The last component of `path`: the displaCy title of a file.
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

fn annotate_one(args: &Args) -> Result<(), String> {
    let options = options(args).map_err(|e| e.to_string())?;
    let text = read_text(args.file.as_deref())?;
    let mut doc = Analyzer::new().annotate(&text, &options);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let res = if let Some(format) = args.export {
        let title = args.file.as_deref().filter(|f| *f != "-").map(file_name);
        let mut rendered = export::render(format, &text, &doc, title);
        if matches!(
            format,
            export::Format::Displacy | export::Format::WebAnnotation
        ) {
            rendered.push('\n');
        }
        out.write_all(rendered.as_bytes())
    } else if args.html {
        let title = args.file.as_deref().unwrap_or("newsmark");
        out.write_all(html::render(&text, &doc, title).as_bytes())
    } else {
        doc.convert_offsets(&text, args.offsets);
        serde_json::to_writer_pretty(&mut out, &doc)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    };
    res.map_err(|e| format!("cannot write the output: {e}"))
}

#[derive(serde::Deserialize)]
struct JsonlInput {
    id: serde_json::Value,
    text: String,
    #[serde(flatten)]
    options: OptionsInput,
}

#[derive(Serialize)]
struct JsonlOutput<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    doc: &'a Document,
}

#[derive(Serialize)]
struct JsonlError<'a> {
    id: &'a serde_json::Value,
    error: String,
}

/// Annotates each line of standard input. A bad line gets an `error` line
/// in its place, so output lines stay aligned with input lines.
fn annotate_jsonl(args: &Args) -> Result<bool, String> {
    let analyzer = Analyzer::new();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut all_ok = true;
    for (line_idx, line) in io::stdin().lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("cannot read standard input: {e}"))?;
        let line = String::from_utf8_lossy(&line);
        if line.trim().is_empty() {
            continue;
        }
        // Python's json.dumps writes a lone surrogate as "\ud800", which
        // serde_json rejects; it becomes U+FFFD, as it does in the wasm API,
        // and the analysis reports it.
        let line = replace_lone_surrogate_escapes(&line);
        let result = serde_json::from_str::<JsonlInput>(&line)
            .map_err(|e| {
                format!(
                    "line {}: not an object {{\"id\", \"text\", \"date\"?}}: {e}",
                    line_idx + 1
                )
            })
            .and_then(|mut input| {
                // --without applies to every line that does not say otherwise.
                if input.options.without.is_none() {
                    input.options.without = args
                        .without
                        .as_deref()
                        .map(|w| list(w).map(String::from).collect());
                }
                let options = Options::try_from(input.options)
                    .map_err(|e| format!("line {}: {e}", line_idx + 1))?;
                Ok((input.id, input.text, options))
            });
        let written = match result {
            Ok((id, text, options)) => {
                let mut doc = analyzer.annotate(&text, &options);
                doc.convert_offsets(&text, args.offsets);
                serde_json::to_writer(&mut out, &JsonlOutput { id: &id, doc: &doc })
            }
            Err(error) => {
                all_ok = false;
                eprintln!("newsmark: {error}");
                let id = read_id(&line).unwrap_or(serde_json::Value::Null);
                serde_json::to_writer(&mut out, &JsonlError { id: &id, error })
            }
        };
        written
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
            .map_err(|e| format!("cannot write the output: {e}"))?;
    }
    out.flush()
        .map_err(|e| format!("cannot write the output: {e}"))?;
    Ok(all_ok)
}

/// Rewrites each `\uXXXX` escape of a UTF-16 surrogate that is not half of
/// a pair as `\ufffd`, so that the line parses; everything else is kept.
fn replace_lone_surrogate_escapes(line: &str) -> Cow<'_, str> {
    fn escape_at(bytes: &[u8], i: usize) -> Option<u16> {
        let hex = bytes.get(i + 2..i + 6)?;
        if bytes[i] != b'\\' || bytes[i + 1] != b'u' {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
    }
    let bytes = line.as_bytes();
    if !line.contains("\\u") {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let (mut in_string, mut i, mut copied) = (false, 0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                let Some(unit) = escape_at(bytes, i) else {
                    // Any other escape is two bytes long: skip its second one.
                    i += 2;
                    continue;
                };
                let is_high = (0xD800..0xDC00).contains(&unit);
                let is_low = (0xDC00..0xE000).contains(&unit);
                let paired = is_high
                    && escape_at(bytes, i + 6).is_some_and(|u| (0xDC00..0xE000).contains(&u));
                if paired {
                    i += 12;
                    continue;
                }
                if is_high || is_low {
                    out.push_str(&line[copied..i]);
                    out.push_str("\\ufffd");
                    copied = i + 6;
                }
                i += 6;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if copied == 0 {
        return Cow::Borrowed(line);
    }
    out.push_str(&line[copied..]);
    Cow::Owned(out)
}

/// Reads the `"id"` member of a line that may not parse as a whole: the
/// first `"id"` key of the outer object, and the one JSON value after it.
fn read_id(line: &str) -> Option<serde_json::Value> {
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(line) {
        return value.get("id").cloned();
    }
    let bytes = line.as_bytes();
    let (mut depth, mut i) = (0usize, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'"' => {
                // A string: find its end, skipping escapes.
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let rest = line.get(i + 1..).unwrap_or("").trim_start();
                if depth == 1 && &line[start..(i + 1).min(line.len())] == "\"id\"" {
                    if let Some(value) = rest.strip_prefix(':') {
                        return serde_json::Deserializer::from_str(value)
                            .into_iter::<serde_json::Value>()
                            .next()?
                            .ok();
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `newsmark train ner [...]`: trains the name tagger and prints its log.
fn run_train(args: Vec<String>) -> Result<bool, String> {
    let corpora = "../shared/corpora/conll2003";
    let mut config = newsmark::train::Config {
        train: format!("{corpora}/eng.train").into(),
        gum: Some("../shared/corpora/gum/gum_train.jsonl".into()),
        dev: format!("{corpora}/eng.testa").into(),
        out: "data/model/ner.bin".into(),
        epochs: 12,
        seed: 1,
        min_count: 3,
        runs: 1,
        refit: 0,
        gum_repeat: 3,
    };
    let mut args = args.into_iter();
    if args.next().as_deref() != Some("ner") {
        return Err("usage: newsmark train ner [--train FILE] [--gum FILE|none] [--dev FILE] [--out FILE] [--epochs N] [--seed N]".into());
    }
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = |v: &str| {
            v.parse::<u64>()
                .map_err(|_| format!("{flag} takes a number, not {v:?}"))
        };
        match flag.as_str() {
            "--train" => config.train = value.into(),
            "--gum" if value == "none" => config.gum = None,
            "--gum" => config.gum = Some(value.into()),
            "--dev" => config.dev = value.into(),
            "--out" => config.out = value.into(),
            "--epochs" => config.epochs = number(&value)? as usize,
            "--seed" => config.seed = number(&value)?,
            "--min-count" => config.min_count = number(&value)? as u32,
            "--refit" => config.refit = number(&value)? as i32,
            "--runs" => config.runs = number(&value)? as usize,
            "--gum-repeat" => config.gum_repeat = number(&value)? as usize,
            other => return Err(format!("unknown option {other}: see newsmark --help")),
        }
    }
    emit(&newsmark::train::train_ner(&config)?);
    Ok(true)
}

/// `newsmark eval KIND FILE [--without ...] [--ablate]`: prints the report
/// of one evaluation, or what each rule pass adds to it.
fn run_eval(args: Vec<String>) -> Result<bool, String> {
    const USAGE: &str =
        "usage: newsmark eval conll|gum|quotes|re3d|timex FILE [--without pass,pass] [--ablate] [--genre G]";
    let mut args = args.into_iter();
    let (Some(kind), Some(file)) = (args.next(), args.next()) else {
        return Err(USAGE.into());
    };
    let (mut without, mut ablate) = (None, false);
    let mut genre = newsmark::eval::gum::DEV_GENRE.to_string();
    while let Some(flag) = args.next() {
        match flag.as_str() {
            "--ablate" => ablate = true,
            "--genre" => genre = args.next().ok_or("--genre needs a value")?,
            "--without" => {
                without = Some(args.next().ok_or("--without needs a value")?);
            }
            _ => return Err(format!("unexpected argument {flag:?}: {USAGE}")),
        }
    }
    let switches = Options::new()
        .without(list(without.as_deref().unwrap_or("")))
        .map_err(|e| e.to_string())?
        .switches()
        .clone();
    let path = std::path::Path::new(&file);
    let report = match (kind.as_str(), ablate) {
        ("timex", false) => newsmark::eval::timex::run(path, &switches)?,
        ("timex", true) => newsmark::eval::timex::ablate(path)?,
        ("conll", false) => newsmark::eval::conll::run(path, &switches)?,
        ("conll", true) => newsmark::eval::conll::ablate(path)?,
        ("re3d", false) => newsmark::eval::re3d::run(path, &switches)?,
        ("gum", false) => newsmark::eval::gum::run(path, &genre, &switches)?,
        ("gum", true) => newsmark::eval::gum::ablate(path, &genre)?,
        ("quotes", false) => newsmark::eval::quotes::run(path, &switches)?,
        ("quotes", true) => newsmark::eval::quotes::ablate(path)?,
        ("re3d", true) => return Err("--ablate scores conll, gum, quotes or timex".into()),
        (other, _) => {
            return Err(format!(
                "unknown evaluation {other:?}: choose conll, gum, quotes, re3d or timex"
            ))
        }
    };
    emit(&report);
    Ok(true)
}

/// Writes a report to standard output. A reader that stops early ("|
/// head") closes the pipe; the rest is not wanted, so the write error ends
/// the output quietly where `print!` would panic.
fn emit(report: &str) {
    let _ = io::stdout().lock().write_all(report.as_bytes());
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let result = match args.next().as_deref() {
        Some("annotate") => parse_args(args).and_then(|args| {
            if args.jsonl {
                annotate_jsonl(&args)
            } else {
                annotate_one(&args).map(|()| true)
            }
        }),
        Some("eval") => run_eval(args.collect()),
        Some("passes") => {
            let list: String = newsmark::passes()
                .into_iter()
                .map(|pass| format!("{:<28} {}\n", pass.name, pass.about))
                .collect();
            emit(&list);
            Ok(true)
        }
        Some("train") => run_train(args.collect()),
        Some("version" | "--version" | "-V") => {
            emit(&format!("newsmark {}\n", newsmark::VERSION));
            Ok(true)
        }
        Some("help" | "--help" | "-h") | None => {
            emit(&format!("{USAGE}\n"));
            Ok(true)
        }
        Some(other) => Err(format!("unknown command {other:?}: see newsmark --help")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("newsmark: {message}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogate_escapes_become_the_replacement_character() {
        for (line, expected) in [
            (r#"{"text": "a \ud800 b"}"#, r#"{"text": "a \ufffd b"}"#),
            (r#"{"text": "\uDC00"}"#, r#"{"text": "\ufffd"}"#),
            (
                r#"{"text": "\ud83d\ude00 ok"}"#,
                r#"{"text": "\ud83d\ude00 ok"}"#,
            ),
            (
                r#"{"text": "\ud83d\ud83d\ude00"}"#,
                r#"{"text": "\ufffd\ud83d\ude00"}"#,
            ),
            (
                r#"{"text": "\\ud800 is text"}"#,
                r#"{"text": "\\ud800 is text"}"#,
            ),
            (r#"{"text": "end \ud800"}"#, r#"{"text": "end \ufffd"}"#),
            (r#"{"text": "cut \ud8"#, r#"{"text": "cut \ud8"#),
        ] {
            assert_eq!(replace_lone_surrogate_escapes(line), expected, "{line}");
        }
    }

    #[test]
    fn the_id_is_read_from_broken_lines() {
        for (line, id) in [
            (r#"{"id": "x", "text": 3}"#, Some(serde_json::json!("x"))),
            (r#"{"id": 7, "text": "unclosed"#, Some(serde_json::json!(7))),
            (
                r#"{"text": "\"id\": 1", "id": [1, "a"], oops}"#,
                Some(serde_json::json!([1, "a"])),
            ),
            (r#"{"meta": {"id": 2}, "text": "#, None),
            (r#"not json"#, None),
        ] {
            assert_eq!(read_id(line), id, "{line}");
        }
    }
}
