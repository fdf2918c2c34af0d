//! displaCy's manual format, `{"text", "ents", "title"}`, which spaCy's
//! `displacy.render(data, style="ent", manual=True)` draws.
//!
//! `ents` holds names, times and numbers with our labels (PERSON, DATE,
//! MONEY, ...), in code points. displaCy draws entities that do not
//! overlap, so they are sorted by start (the longer first, then names before
//! times before numbers) and any that overlaps one kept before it is left out.

use serde::Serialize;

use super::Source;
use crate::document::Document;

#[derive(Serialize)]
struct Displacy<'a> {
    text: &'a str,
    ents: Vec<Ent<'a>>,
    title: Option<&'a str>,
}

#[derive(Serialize)]
struct Ent<'a> {
    start: usize,
    end: usize,
    label: &'a str,
}

/// The displaCy JSON of `doc` (byte offsets) for `text`, pretty-printed.
pub fn displacy(text: &str, doc: &Document, title: Option<&str>) -> String {
    let src = Source::new(text, doc);
    let mut spans: Vec<(usize, usize, &str)> = Vec::new();
    spans.extend(
        doc.entities
            .iter()
            .map(|e| (e.start, e.end, e.label.as_str())),
    );
    spans.extend(doc.times.iter().map(|t| (t.start, t.end, t.kind.as_str())));
    spans.extend(
        doc.quantities
            .iter()
            .map(|q| (q.start, q.end, q.kind.as_str())),
    );
    // A stable sort keeps names before times before numbers on ties.
    spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut ents = Vec::new();
    let mut kept_end = 0;
    for (start, end, label) in spans {
        if start < kept_end || start >= end {
            continue;
        }
        kept_end = end;
        ents.push(Ent {
            start: src.cp(start),
            end: src.cp(end),
            label,
        });
    }
    let out = Displacy { text, ents, title };
    serde_json::to_string_pretty(&out).expect("strings and numbers always serialise")
}

#[cfg(test)]
mod tests {
    use crate::Analyzer;
    use crate::Options;

    #[test]
    fn code_points_and_no_overlaps() {
        let text = "\u{1F600} Sergey Lavrov spoke on Thursday, July 3, 2025.";
        let doc = Analyzer::new().annotate(text, &Options::new());
        let json: serde_json::Value =
            serde_json::from_str(&super::displacy(text, &doc, None)).unwrap();
        assert_eq!(json["text"], text);
        assert_eq!(json["title"], serde_json::Value::Null);
        let chars: Vec<char> = text.chars().collect();
        let ents = json["ents"].as_array().unwrap();
        let person = &ents[0];
        let (start, end) = (
            person["start"].as_u64().unwrap() as usize,
            person["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[start..end].iter().collect::<String>(),
            "Sergey Lavrov"
        );
        assert_eq!(person["label"], "PERSON");
        for pair in ents.windows(2) {
            assert!(
                pair[0]["end"].as_u64() <= pair[1]["start"].as_u64(),
                "{pair:?}"
            );
        }
    }
}
