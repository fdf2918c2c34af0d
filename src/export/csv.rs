//! A CSV of quotes, one row per quote, as RFC 4180 says: a header row, CRLF
//! after every record, and a field quoted (its quotation marks doubled) when
//! it holds a comma, a quotation mark or a line break.
//!
//! Columns: `speaker` (as the module says), `roles` and `affiliation` (the
//! speaker's cluster's, joined by "; "), `kind` (direct, indirect, mixed),
//! `cue`, `quote` (the pieces of a broken quote joined by " … "),
//! `paragraph` (1-based: the paragraph where the quote starts) and `outlet`.

use super::Source;
use crate::document::Document;

pub const HEADER: [&str; 8] = [
    "speaker",
    "roles",
    "affiliation",
    "kind",
    "cue",
    "quote",
    "paragraph",
    "outlet",
];

/// Appends `field` to `out`, quoted when RFC 4180 requires it.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

fn push_record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (idx, field) in fields.iter().enumerate() {
        if idx > 0 {
            out.push(',');
        }
        push_field(out, field.as_ref());
    }
    out.push_str("\r\n");
}

/// The CSV of the quotes of `doc` (byte offsets) in `text`.
pub fn quotes_csv(text: &str, doc: &Document) -> String {
    let src = Source::new(text, doc);
    let mut out = String::new();
    push_record(&mut out, &HEADER);
    for q in &doc.quotes {
        let cluster = src.cluster(q);
        let pieces: Vec<&str> = q.spans.iter().map(|&[s, e]| src.slice(s, e)).collect();
        let paragraph = q
            .spans
            .first()
            .and_then(|&[start, _]| src.paragraph_of(start))
            .map(|idx| (idx + 1).to_string())
            .unwrap_or_default();
        let record = [
            src.speaker_name(q).unwrap_or("").to_string(),
            cluster.map(|c| c.roles.join("; ")).unwrap_or_default(),
            cluster
                .map(|c| c.affiliations.join("; "))
                .unwrap_or_default(),
            q.kind.clone(),
            q.cue.as_ref().map(|m| m.text.clone()).unwrap_or_default(),
            pieces.join(" \u{2026} "),
            paragraph,
            q.outlet
                .as_ref()
                .map(|m| m.text.clone())
                .unwrap_or_default(),
        ];
        push_record(&mut out, &record);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fields_are_quoted_only_when_needed() {
        let mut out = String::new();
        super::push_record(&mut out, &["plain", "a, b", "say \"hi\"", "two\nlines", ""]);
        assert_eq!(out, "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }
}
