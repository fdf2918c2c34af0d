//! W3C Web Annotation: one `AnnotationCollection` in JSON-LD, its first and
//! only `AnnotationPage` embedded with every annotation in `items`.
//!
//! One annotation per name, time, number and quote, in that order. Each
//! target names the text (`urn:newsmark:text`) and selects its segment
//! twice: a `TextPositionSelector` (code points) and a `TextQuoteSelector`
//! (`exact`, and up to 32 code points of `prefix` and `suffix`). A quote
//! broken by its attribution has one target per piece. Bodies are
//! `TextualBody`s: the label (`tagging`), the value of a time or number
//! (`describing`), a quote's kind (`classifying`) and who said it
//! (`identifying`).

use serde::Serialize;

use super::{js_number, Source};
use crate::document::Document;

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// The collection's id; annotation `n` is `{COLLECTION}#a{n}`.
pub const COLLECTION: &str = "urn:newsmark:annotations";
/// The IRI that targets name the annotated text by.
pub const SOURCE: &str = "urn:newsmark:text";
/// How many code points of context a `TextQuoteSelector` keeps on each side.
const CONTEXT_CHARS: usize = 32;

#[derive(Serialize)]
struct Collection {
    #[serde(rename = "@context")]
    context: &'static str,
    id: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'static str,
    total: usize,
    first: Page,
}

#[derive(Serialize)]
struct Page {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<Annotation>,
}

#[derive(Serialize)]
struct Annotation {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    body: Vec<Body>,
    target: Targets,
}

#[derive(Serialize)]
struct Body {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: String,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Targets {
    One(Target),
    Many(Vec<Target>),
}

#[derive(Serialize)]
struct Target {
    source: &'static str,
    selector: (PositionSelector, QuoteSelector),
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct QuoteSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: String,
    prefix: String,
    suffix: String,
}

fn body(purpose: &'static str, value: impl Into<String>) -> Body {
    Body {
        kind: "TextualBody",
        purpose,
        value: value.into(),
    }
}

/// Code points of `text` as byte offsets, so that context can be counted.
struct Chars {
    /// Byte offset of every code point, and the text's length last.
    starts: Vec<usize>,
}

impl Chars {
    fn new(text: &str) -> Chars {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        Chars { starts }
    }
}

fn target(src: &Source, chars: &Chars, start: usize, end: usize) -> Target {
    let (cp_start, cp_end) = (src.cp(start), src.cp(end));
    let n_chars = chars.starts.len() - 1;
    let before = chars.starts[cp_start.saturating_sub(CONTEXT_CHARS)];
    let after = chars.starts[(cp_end + CONTEXT_CHARS).min(n_chars)];
    Target {
        source: SOURCE,
        selector: (
            PositionSelector {
                kind: "TextPositionSelector",
                start: cp_start,
                end: cp_end,
            },
            QuoteSelector {
                kind: "TextQuoteSelector",
                exact: src.slice(start, end).to_string(),
                prefix: src.slice(before, start).to_string(),
                suffix: src.slice(end, after).to_string(),
            },
        ),
    }
}

/// The Web Annotation JSON-LD of `doc` (byte offsets) for `text`, pretty-printed.
pub fn web_annotation(text: &str, doc: &Document) -> String {
    let src = Source::new(text, doc);
    let chars = Chars::new(text);
    let mut items: Vec<(Vec<Body>, Targets)> = Vec::new();
    let one = |start, end| Targets::One(target(&src, &chars, start, end));
    for e in &doc.entities {
        items.push((vec![body("tagging", &e.label)], one(e.start, e.end)));
    }
    for t in &doc.times {
        let bodies = vec![body("tagging", &t.kind), body("describing", &t.value)];
        items.push((bodies, one(t.start, t.end)));
    }
    for q in &doc.quantities {
        let mut bodies = vec![body("tagging", &q.kind)];
        let value = match (q.value.map(js_number), &q.unit) {
            (Some(v), Some(unit)) => Some(format!("{v} {unit}")),
            (Some(v), None) => Some(v),
            (None, unit) => unit.clone(),
        };
        bodies.extend(value.map(|v| body("describing", v)));
        items.push((bodies, one(q.start, q.end)));
    }
    for q in &doc.quotes {
        if q.spans.is_empty() {
            continue;
        }
        let mut bodies = vec![body("tagging", "QUOTE"), body("classifying", &q.kind)];
        bodies.extend(src.speaker_name(q).map(|name| body("identifying", name)));
        let targets = match q.spans.as_slice() {
            [[start, end]] => one(*start, *end),
            spans => Targets::Many(
                spans
                    .iter()
                    .map(|&[start, end]| target(&src, &chars, start, end))
                    .collect(),
            ),
        };
        items.push((bodies, targets));
    }
    let items: Vec<Annotation> = items
        .into_iter()
        .enumerate()
        .map(|(idx, (body, target))| Annotation {
            id: format!("{COLLECTION}#a{}", idx + 1),
            kind: "Annotation",
            body,
            target,
        })
        .collect();
    let collection = Collection {
        context: CONTEXT,
        id: COLLECTION,
        kind: "AnnotationCollection",
        label: "newsmark annotations",
        total: items.len(),
        first: Page {
            id: format!("{COLLECTION}#page1"),
            kind: "AnnotationPage",
            start_index: 0,
            items,
        },
    };
    serde_json::to_string_pretty(&collection).expect("strings and numbers always serialise")
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, Options};

    #[test]
    fn selectors_count_code_points_and_quote_the_text() {
        let text = "\u{1F600}\u{1F600} Sergey Lavrov spoke.";
        let doc = Analyzer::new().annotate(text, &Options::new());
        let json: serde_json::Value =
            serde_json::from_str(&super::web_annotation(text, &doc)).unwrap();
        assert_eq!(json["type"], "AnnotationCollection");
        let item = &json["first"]["items"][0];
        assert_eq!(item["body"][0]["value"], "PERSON");
        let [position, quote] = [
            &item["target"]["selector"][0],
            &item["target"]["selector"][1],
        ];
        assert_eq!(
            (position["start"].as_u64(), position["end"].as_u64()),
            (Some(3), Some(16))
        );
        assert_eq!(quote["exact"], "Sergey Lavrov");
        assert_eq!(quote["prefix"], "\u{1F600}\u{1F600} ");
        assert_eq!(quote["suffix"], " spoke.");
        assert_eq!(
            json["total"],
            json["first"]["items"].as_array().unwrap().len()
        );
    }
}
