//! newsmark annotates news articles: structure, names, quotes, times and
//! numbers, natively and, compiled to WebAssembly, in the browser.
//!
//! The pipeline runs one way: text -> [`normalize`] (keeping an offset map)
//! -> [`segment`] -> later layers -> [`Document`]. Analysis never fails: bad
//! input yields a document with diagnostics. Only options can be wrong.
//!
//! ```
//! let options = newsmark::Options::new().with_date("2025-07-04").unwrap();
//! let doc = newsmark::Analyzer::new().annotate("Hello world. Bye.", &options);
//! assert_eq!(doc.sentences.len(), 2);
//! ```

pub mod document;
mod error;
pub mod names;
pub mod passes;
pub mod people;
pub mod quantities;
pub mod quotes;
mod resources;
pub mod segment;
mod sort;
pub mod sources;
pub mod text;
pub mod timex;

#[cfg(feature = "cli")]
pub mod eval;
#[cfg(feature = "cli")]
pub mod export;
#[cfg(feature = "cli")]
pub mod html;
#[cfg(feature = "cli")]
pub mod train;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::Deserialize;

pub use document::{Diagnostic, Document, Severity};
pub use error::Error;
pub use passes::{Pass, Switches};
pub use text::calendar::Date;
pub use text::span::{OffsetMap, Span, Unit};

use document::{DateSource, DocumentDate, ParagraphKind};
use segment::BlockKind;
use text::normalize::Normalized;

/// The version of this crate, as `version()` reports it to JavaScript.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A layer of annotation that can be switched on or off. Structure
/// (paragraphs, sentences) and diagnostics are always computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    Entities,
    Times,
    Quantities,
    Quotes,
    /// People and organisations grouped, with roles; built on the names
    /// (nothing without `Entities`), and linking quotes to speakers.
    Clusters,
}

impl Layer {
    pub const ALL: [Layer; 5] = [
        Layer::Entities,
        Layer::Times,
        Layer::Quantities,
        Layer::Quotes,
        Layer::Clusters,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Layer::Entities => "entities",
            Layer::Times => "times",
            Layer::Quantities => "quantities",
            Layer::Quotes => "quotes",
            Layer::Clusters => "clusters",
        }
    }
}

/// Every rule pass of every stage, in pipeline order: what
/// [`Options::without`] can switch off.
pub fn passes() -> Vec<&'static Pass> {
    let mut all: Vec<&'static Pass> = Vec::new();
    all.extend(names::passes());
    all.extend(timex::passes());
    all.extend(quantities::passes());
    all.extend(quotes::passes());
    all.extend(people::passes());
    all
}

/// What to annotate, against which date, and with which rule passes off.
#[derive(Clone, Debug)]
pub struct Options {
    date: Option<Date>,
    layers: Vec<Layer>,
    switches: Switches,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            date: None,
            layers: Layer::ALL.to_vec(),
            switches: Switches::all_on(),
        }
    }
}

/// Options as JSON or JavaScript give them: `{"date": "2025-07-04",
/// "layers": ["entities", "times"], "without": ["quotes.dash"]}`; every
/// field may be left out.
#[derive(Debug, Default, Deserialize)]
pub struct OptionsInput {
    pub date: Option<String>,
    pub layers: Option<Vec<String>>,
    pub without: Option<Vec<String>>,
}

impl OptionsInput {
    /// The field names, for callers that reject misspelt options.
    pub const FIELDS: [&'static str; 3] = ["date", "layers", "without"];
}

impl Options {
    pub fn new() -> Options {
        Options::default()
    }

    /// Sets the document date (`YYYY-MM-DD`) that relative times resolve
    /// against. An empty string leaves it unset.
    pub fn with_date(mut self, iso: &str) -> Result<Options, Error> {
        self.date = match iso.trim() {
            "" => None,
            iso => Some(Date::parse_iso(iso).ok_or_else(|| Error::invalid_date(iso))?),
        };
        Ok(self)
    }

    /// Computes only the named layers (see [`Layer::name`]).
    pub fn with_layers<'a>(
        mut self,
        names: impl IntoIterator<Item = &'a str>,
    ) -> Result<Options, Error> {
        self.layers.clear();
        for name in names {
            let layer = Layer::ALL
                .into_iter()
                .find(|l| l.name() == name)
                .ok_or_else(|| Error::unknown_layer(name))?;
            self.layers.push(layer);
        }
        Ok(self)
    }

    pub fn has_layer(&self, layer: Layer) -> bool {
        self.layers.contains(&layer)
    }

    /// Switches off the named rule passes (see [`passes`]), for example to
    /// measure what one adds. Replaces any earlier list.
    pub fn without<'a>(
        mut self,
        names: impl IntoIterator<Item = &'a str>,
    ) -> Result<Options, Error> {
        let known = passes();
        let mut off = Vec::new();
        for name in names {
            let pass = known
                .iter()
                .find(|p| p.name == name)
                .ok_or_else(|| Error::unknown_pass(name))?;
            off.push(pass.name);
        }
        self.switches = Switches::with_off(off);
        Ok(self)
    }

    /// Sets which rule passes are off, as another [`Options`] has them.
    pub fn with_switches(mut self, switches: Switches) -> Options {
        self.switches = switches;
        self
    }

    /// The rule passes switched on and off.
    pub fn switches(&self) -> &Switches {
        &self.switches
    }
}

impl TryFrom<OptionsInput> for Options {
    type Error = Error;

    fn try_from(input: OptionsInput) -> Result<Options, Error> {
        let mut options = Options::new();
        if let Some(date) = &input.date {
            options = options.with_date(date)?;
        }
        if let Some(layers) = &input.layers {
            options = options.with_layers(layers.iter().map(String::as_str))?;
        }
        if let Some(without) = &input.without {
            options = options.without(without.iter().map(String::as_str))?;
        }
        Ok(options)
    }
}

/// A step of the pipeline and how far analysis has come, from 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    pub stage: &'static str,
    pub done: f32,
}

/// Share of control characters above which the input is taken for binary.
const BINARY_SHARE: f64 = 0.01;

/// A line longer than this many bytes gets a diagnostic: paragraphs and
/// headings cannot be told apart inside it.
const LONG_LINE: usize = 100_000;

/// Owns everything analysis needs that is set up once: the gazetteer (its
/// tables are searched where they are embedded) and the name model,
/// decoded here. The word lists are compiled into the binary and need no
/// set-up, so the first [`Analyzer::annotate`] costs what the next one does.
pub struct Analyzer {
    gazetteer: names::gazetteer::Gazetteer,
    tagger: names::tagger::Tagger,
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer::new()
    }
}

impl Analyzer {
    pub fn new() -> Analyzer {
        Analyzer {
            gazetteer: names::gazetteer::Gazetteer::embedded(),
            tagger: names::tagger::Tagger::embedded(),
        }
    }

    /// The gazetteer, for tools built on the analyzer (training).
    pub fn gazetteer(&self) -> &names::gazetteer::Gazetteer {
        &self.gazetteer
    }

    /// Annotates `text`. Offsets in the result are UTF-8 byte offsets into
    /// `text`; see [`Document::convert_offsets`] for UTF-16 and code points.
    pub fn annotate(&self, text: &str, options: &Options) -> Document {
        self.annotate_with_progress(text, options, &mut |_| {})
    }

    /// Like [`Analyzer::annotate`], reporting each stage to `progress`.
    pub fn annotate_with_progress(
        &self,
        text: &str,
        options: &Options,
        progress: &mut dyn FnMut(Progress),
    ) -> Document {
        progress(Progress {
            stage: "normalise",
            done: 0.0,
        });
        let norm = Normalized::new(text);
        let mut doc = Document::empty(norm.text.len());
        diagnose(text, &norm, &mut doc.diagnostics);

        progress(Progress {
            stage: "segment",
            done: 0.2,
        });
        let structure = segment::segment(&norm.text);
        doc.paragraphs = structure
            .paragraphs
            .iter()
            .map(|p| document::Paragraph {
                start: p.span.start,
                end: p.span.end,
                kind: match p.kind {
                    BlockKind::Heading => ParagraphKind::Heading,
                    BlockKind::Body => ParagraphKind::Body,
                    BlockKind::Caption => ParagraphKind::Caption,
                },
                duplicate_of: p.duplicate_of,
            })
            .collect();
        doc.sentences = structure
            .sentences
            .iter()
            .map(|s| document::Sentence {
                start: s.span.start,
                end: s.span.end,
                paragraph: s.paragraph,
                duplicate_of: s.duplicate_of,
            })
            .collect();
        doc.date = match (options.date, structure.dateline) {
            (Some(date), _) => Some(DocumentDate {
                value: date.to_string(),
                source: DateSource::Caller,
                start: None,
                end: None,
            }),
            (None, Some(dateline)) => Some(DocumentDate {
                value: dateline.date.to_string(),
                source: DateSource::Dateline,
                start: Some(dateline.span.start),
                end: Some(dateline.span.end),
            }),
            (None, None) => None,
        };
        if options.has_layer(Layer::Entities) {
            progress(Progress {
                stage: "names",
                done: 0.3,
            });
            doc.entities = names::extract(
                &norm.text,
                &structure,
                &self.tagger,
                &self.gazetteer,
                &options.switches,
            );
        }
        let anchor = options.date.or(structure.dateline.map(|d| d.date));
        if options.has_layer(Layer::Times) {
            progress(Progress {
                stage: "times",
                done: 0.5,
            });
            doc.times = timex::extract(
                &norm.text,
                &structure,
                anchor,
                &self.gazetteer,
                &options.switches,
            );
        }
        if options.has_layer(Layer::Quantities) {
            progress(Progress {
                stage: "quantities",
                done: 0.7,
            });
            // Numbers inside time expressions ("2035", "two years") are not
            // quantities; reuse the times when that layer ran.
            let mut spans: Vec<Span> = if options.has_layer(Layer::Times) {
                doc.times
                    .iter()
                    .map(|t| Span::new(t.start, t.end))
                    .collect()
            } else {
                timex::spans(&norm.text, &structure, &options.switches)
            };
            crate::sort::sort(&mut spans);
            // Numbers inside names ("the Nikkei 225") are part of the name.
            let names: Vec<Span> = doc
                .entities
                .iter()
                .map(|e| Span::new(e.start, e.end))
                .collect();
            doc.quantities =
                quantities::extract(&norm.text, &structure, &spans, &names, &options.switches);
        }
        if options.has_layer(Layer::Quotes) {
            progress(Progress {
                stage: "quotes",
                done: 0.8,
            });
            let found = quotes::extract(&norm.text, &structure, &doc.entities, &options.switches);
            doc.quotes = found.quotes;
            doc.terms = found.terms;
        }
        if options.has_layer(Layer::Entities) && options.has_layer(Layer::Clusters) {
            progress(Progress {
                stage: "clusters",
                done: 0.85,
            });
            let (clusters, links) = people::resolve(
                &norm.text,
                &structure,
                &doc.entities,
                &doc.quotes,
                &self.gazetteer,
                &options.switches,
            );
            doc.clusters = clusters;
            for (quote, link) in doc.quotes.iter_mut().zip(links) {
                quote.speaker_cluster = link.cluster;
                // An outlet the quotes stage read ("according to TASS"
                // after the report) stays.
                quote.outlet = quote.outlet.take().or(link.outlet);
            }
        }
        let mut duplicates = doc.paragraphs.iter().filter(|p| p.duplicate_of.is_some());
        if let Some(first) = duplicates.next() {
            let n_duplicates = 1 + duplicates.count();
            let message = if n_duplicates == 1 {
                "a paragraph repeats an earlier one: check for a pasting slip".to_string()
            } else {
                format!("{n_duplicates} paragraphs repeat earlier ones: check for a pasting slip")
            };
            // The span is the first repeat, for "show me".
            let span = Some(Span::new(first.start, first.end));
            doc.diagnostics.push(diagnostic(
                "duplicate-paragraphs",
                Severity::Info,
                message,
                span,
            ));
        }

        progress(Progress {
            stage: "finish",
            done: 0.9,
        });
        doc.map_to_original(&norm, text);
        // Last, on the original text, so that words are counted as the
        // user wrote them.
        sources::add_ledger(text, &mut doc);
        progress(Progress {
            stage: "done",
            done: 1.0,
        });
        doc
    }
}

/// Annotates `text` with a fresh [`Analyzer`]; for one-off calls.
pub fn annotate(text: &str, options: &Options) -> Document {
    Analyzer::new().annotate(text, options)
}

fn diagnostic(code: &str, severity: Severity, message: String, span: Option<Span>) -> Diagnostic {
    Diagnostic {
        code: code.to_string(),
        severity,
        message,
        start: span.map(|s| s.start),
        end: span.map(|s| s.end),
    }
}

/// Tells the user what is odd about the input itself. Spans here are in the
/// normalised text, like every span before [`Document::map_to_original`].
fn diagnose(original: &str, norm: &Normalized, out: &mut Vec<Diagnostic>) {
    if original.is_empty() {
        out.push(diagnostic(
            "empty-text",
            Severity::Info,
            "the text is empty: paste or drop an article to annotate".into(),
            None,
        ));
        return;
    }
    if norm.text.trim().is_empty() {
        out.push(diagnostic(
            "no-content",
            Severity::Info,
            "the text holds only spaces and line breaks: nothing to annotate".into(),
            None,
        ));
    }
    let n_chars = norm.text.chars().count().max(1);
    if norm.n_control as f64 / n_chars as f64 > BINARY_SHARE {
        out.push(diagnostic(
            "binary-content",
            Severity::Warning,
            format!(
                "the input looks like binary data ({} control characters in {} characters): open it as text or paste the article itself",
                norm.n_control, n_chars
            ),
            None,
        ));
    }
    if norm.n_replacement > 0 {
        out.push(diagnostic(
            "replacement-characters",
            Severity::Warning,
            format!(
                "{} character(s) could not be decoded (bytes that are not UTF-8, or lone UTF-16 surrogates) and show as U+FFFD; re-save the file as UTF-8",
                norm.n_replacement
            ),
            None,
        ));
    }
    let mut offset = 0;
    for line in norm.text.split('\n') {
        if line.len() > LONG_LINE {
            out.push(diagnostic(
                "long-line",
                Severity::Info,
                format!("a line of {} characters has no line breaks: its paragraphs and headings cannot be told apart", line.chars().count()),
                Some(Span::new(offset, offset + line.len())),
            ));
            break;
        }
        offset += line.len() + 1;
    }
    let n_tags = count_tags(&norm.text);
    if n_tags >= 3 {
        out.push(diagnostic(
            "markup-in-text",
            Severity::Info,
            format!("the text holds {n_tags} HTML tags, annotated as plain text: drop the .html file instead to have it reduced to its text"),
            None,
        ));
    }
}

/// Counts things that look like HTML tags: `<p>`, `</div>`, `<img src=x>`.
fn count_tags(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut n_tags = 0;
    let mut i = 0;
    while let Some(lt) = bytes[i..].iter().position(|&b| b == b'<') {
        let start = i + lt + 1;
        let name_start = start + usize::from(bytes.get(start) == Some(&b'/'));
        let is_tag = bytes
            .get(name_start)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'!');
        // Scan at most a short distance for the closing '>' so the count
        // stays linear on text full of '<'.
        let close = bytes[start..bytes.len().min(start + 200)]
            .iter()
            .position(|&b| b == b'>' || b == b'<');
        match close {
            Some(k) if is_tag && bytes[start + k] == b'>' => {
                n_tags += 1;
                i = start + k + 1;
            }
            _ => i = start,
        }
    }
    n_tags
}

/// What unit tests of several stages share.
#[cfg(test)]
pub(crate) mod testing {
    use std::path::PathBuf;

    /// The test articles (`tests/data/articles/*.txt`): each one's path
    /// and text.
    pub(crate) fn articles() -> Vec<(PathBuf, String)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/articles");
        let mut articles: Vec<(PathBuf, String)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "txt"))
            .map(|path| {
                let text = std::fs::read_to_string(&path).unwrap();
                (path, text)
            })
            .collect();
        articles.sort();
        articles
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse_and_fail_clearly() {
        assert!(Options::new().with_date("2025-07-04").is_ok());
        let err = Options::new()
            .with_date("04/07/2025")
            .unwrap_err()
            .to_string();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
        let err = Options::new()
            .with_layers(["names"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("entities, times, quantities, quotes"), "{err}");
        let options = Options::new().with_layers(["times"]).unwrap();
        assert!(options.has_layer(Layer::Times) && !options.has_layer(Layer::Entities));
    }

    #[test]
    fn bad_input_gets_diagnostics() {
        let codes = |text: &str| -> Vec<String> {
            annotate(text, &Options::new())
                .diagnostics
                .into_iter()
                .map(|d| d.code)
                .collect()
        };
        assert_eq!(codes(""), ["empty-text"]);
        assert_eq!(codes(" \n\t\n"), ["no-content"]);
        assert_eq!(codes("\u{0}\u{1}\u{2}abc\u{3}"), ["binary-content"]);
        assert_eq!(codes("caf\u{FFFD} open"), ["replacement-characters"]);
        assert_eq!(codes("<p>One</p><p>Two</p>"), ["markup-in-text"]);
        assert_eq!(codes("<<<<<< 1 < 2 > 0"), Vec::<String>::new());
    }

    #[test]
    fn caller_date_wins_over_dateline() {
        let text = "Friday, July 21, 2017\n\nOn Tuesday, the team won.";
        let doc = annotate(text, &Options::new());
        let date = doc.date.unwrap();
        assert_eq!(
            (date.value.as_str(), date.source),
            ("2017-07-21", DateSource::Dateline)
        );
        assert_eq!(
            &text[date.start.unwrap()..date.end.unwrap()],
            "Friday, July 21, 2017"
        );
        let doc = annotate(text, &Options::new().with_date("2020-01-02").unwrap());
        assert_eq!(doc.date.unwrap().source, DateSource::Caller);
    }
}
