//! Standard exports of a document for the command line: displaCy, brat
//! standoff, W3C Web Annotation and a CSV of quotes, one file per format.
//!
//! `www/exports.js` is the JavaScript twin of this module, shared by the page
//! and the npm package; a test runs both on every test article and requires
//! the same bytes. Every rule below is written down once here, and both
//! follow it:
//!
//! - every offset an export writes counts code points (what Python and brat
//!   slice with);
//! - a quote's speaker is named by its cluster's `name` when it has one,
//!   else by the text of its `speaker` mention, else it has none;
//! - JSON is pretty-printed with two spaces (what `JSON.stringify(v, null,
//!   2)` writes) and ends with a line break on the command line;
//! - numbers in text are written as JavaScript's `String(number)` writes them.

mod brat;
mod csv;
mod displacy;
mod webanno;

use crate::document::{Cluster, Document, Quote};
use crate::text::span::{OffsetMap, Unit};

pub use brat::brat;
pub use csv::quotes_csv;
pub use displacy::displacy;
pub use webanno::web_annotation;

/// An export format of `newsmark annotate --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Displacy,
    Brat,
    WebAnnotation,
    QuotesCsv,
}

impl Format {
    /// The format named on the command line (`displacy`, `brat`, `webanno`,
    /// `csv`), if it is one.
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "displacy" => Some(Format::Displacy),
            "brat" => Some(Format::Brat),
            "webanno" => Some(Format::WebAnnotation),
            "csv" => Some(Format::QuotesCsv),
            _ => None,
        }
    }
}

/// Writes `doc`, annotated from `text` and still in byte offsets (as
/// [`crate::Analyzer::annotate`] returns it), in `format`. `title` is the
/// displaCy title.
pub fn render(format: Format, text: &str, doc: &Document, title: Option<&str>) -> String {
    match format {
        Format::Displacy => displacy(text, doc, title),
        Format::Brat => brat(text, doc),
        Format::WebAnnotation => web_annotation(text, doc),
        Format::QuotesCsv => quotes_csv(text, doc),
    }
}

/// The text and document an exporter reads, with byte offsets turned into
/// code points on demand.
struct Source<'a> {
    text: &'a str,
    doc: &'a Document,
    map: OffsetMap<'a>,
}

impl<'a> Source<'a> {
    fn new(text: &'a str, doc: &'a Document) -> Source<'a> {
        debug_assert_eq!(doc.offsets, Unit::Utf8, "exports read byte offsets");
        Source {
            text,
            doc,
            map: OffsetMap::new(text),
        }
    }

    /// The code-point offset of byte offset `byte`.
    fn cp(&self, byte: usize) -> usize {
        self.map.convert(byte, Unit::Codepoint)
    }

    /// The text of the byte range `start..end`, clamped to the text.
    fn slice(&self, start: usize, end: usize) -> &'a str {
        let end = end.min(self.text.len());
        self.text.get(start.min(end)..end).unwrap_or("")
    }

    fn cluster(&self, quote: &Quote) -> Option<&'a Cluster> {
        let id = quote.speaker_cluster?;
        self.doc.clusters.iter().find(|c| c.id == id)
    }

    /// Who said `quote`: its cluster's name, else its speaker mention.
    fn speaker_name(&self, quote: &'a Quote) -> Option<&'a str> {
        match self.cluster(quote) {
            Some(cluster) => Some(cluster.name.as_str()),
            None => quote.speaker.as_ref().map(|m| m.text.as_str()),
        }
    }

    /// Index of the paragraph holding byte offset `at`: the last one that
    /// starts at or before it.
    fn paragraph_of(&self, at: usize) -> Option<usize> {
        self.doc
            .paragraphs
            .partition_point(|p| p.start <= at)
            .checked_sub(1)
    }
}

/// Writes `value` as JavaScript's `String(value)` does, so that both
/// exporters print the same digits: integers without a fraction, and an
/// exponent only below 1e-6 or from 1e21 on.
fn js_number(value: f64) -> String {
    if value == 0.0 {
        return "0".into();
    }
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let magnitude = value.abs();
    if (1e-6..1e21).contains(&magnitude) {
        return format!("{value}");
    }
    let exp = format!("{value:e}");
    match exp.split_once('e') {
        Some((mantissa, power)) if !power.starts_with('-') => format!("{mantissa}e+{power}"),
        _ => exp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_javascript_writes_them() {
        for (value, js) in [
            (0.0, "0"),
            (-0.0, "0"),
            (32.0, "32"),
            (-72.0, "-72"),
            (0.5, "0.5"),
            (2.5e9, "2500000000"),
            (1e21, "1e+21"),
            (1.5e22, "1.5e+22"),
            (1e-6, "0.000001"),
            (1.5e-7, "1.5e-7"),
            (0.1 + 0.2, "0.30000000000000004"),
        ] {
            assert_eq!(js_number(value), js, "{value}");
        }
    }
}
