//! A standalone HTML page showing a document's annotations over its text,
//! for `newsmark annotate --format html`. The page holds no script.

use std::fmt::Write;

use crate::document::{Document, ParagraphKind};
use crate::text::span::Unit;

/// One highlighted stretch of text: a class for colour and a tooltip.
struct Mark {
    start: usize,
    end: usize,
    class: String,
    title: String,
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The inline marks of the document (names, times, numbers, quotes), with
/// overlaps resolved in favour of the mark that starts first.
fn marks(doc: &Document) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    for e in &doc.entities {
        marks.push(Mark {
            start: e.start,
            end: e.end,
            class: format!("ent {}", e.label),
            title: e.label.clone(),
        });
    }
    for t in &doc.times {
        marks.push(Mark {
            start: t.start,
            end: t.end,
            class: "time".into(),
            title: format!("{} {}", t.kind, t.value),
        });
    }
    for q in &doc.quantities {
        let value = q.value.map(|v| v.to_string()).unwrap_or_default();
        marks.push(Mark {
            start: q.start,
            end: q.end,
            class: "num".into(),
            title: format!("{} {value}", q.kind),
        });
    }
    marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut kept: Vec<Mark> = Vec::new();
    for mark in marks {
        if kept.last().is_none_or(|last| mark.start >= last.end) {
            kept.push(mark);
        }
    }
    kept
}

/// Renders `text` with the annotations of `doc`, whose offsets must be
/// UTF-8 bytes into `text`.
pub fn render(text: &str, doc: &Document, title: &str) -> String {
    assert_eq!(
        doc.offsets,
        Unit::Utf8,
        "render takes a document with byte offsets"
    );
    let mut out = String::with_capacity(text.len() * 2 + 4096);
    out.push_str("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>");
    escape(title, &mut out);
    out.push_str("</title>\n<style>");
    out.push_str(include_str!("html.css"));
    out.push_str("</style></head><body><main>\n");
    let marks = marks(doc);
    let mut mark_idx = 0;
    let mut sentence_idx = 0;
    for (p_idx, p) in doc.paragraphs.iter().enumerate() {
        let tag = if p.kind == ParagraphKind::Heading {
            "h2"
        } else {
            "p"
        };
        let _ = write!(out, "<{tag} id=\"p{p_idx}\"");
        if let Some(first) = p.duplicate_of {
            let _ = write!(
                out,
                " class=\"dup\" title=\"repeats paragraph {}\"",
                first + 1
            );
        }
        out.push('>');
        // Sentences of this paragraph, each a span; marks inside them.
        let mut pos = p.start;
        while sentence_idx < doc.sentences.len() && doc.sentences[sentence_idx].paragraph == p_idx {
            let s = &doc.sentences[sentence_idx];
            escape(&text[pos..s.start], &mut out);
            out.push_str(if sentence_idx % 2 == 0 {
                "<span class=\"s\">"
            } else {
                "<span class=\"s odd\">"
            });
            let mut at = s.start;
            while mark_idx < marks.len() && marks[mark_idx].start < s.end {
                let m = &marks[mark_idx];
                if m.start >= at {
                    let end = m.end.min(s.end);
                    escape(&text[at..m.start], &mut out);
                    let _ = write!(out, "<mark class=\"{}\" title=\"", m.class);
                    escape(&m.title, &mut out);
                    out.push_str("\">");
                    escape(&text[m.start..end], &mut out);
                    out.push_str("</mark>");
                    at = end;
                }
                mark_idx += 1;
            }
            escape(&text[at..s.end], &mut out);
            out.push_str("</span>");
            pos = s.end;
            sentence_idx += 1;
        }
        escape(&text[pos..p.end], &mut out);
        let _ = writeln!(out, "</{tag}>");
    }
    if !doc.diagnostics.is_empty() {
        out.push_str("<aside><h3>Diagnostics</h3><ul>");
        for d in &doc.diagnostics {
            out.push_str("<li>");
            escape(&d.message, &mut out);
            out.push_str("</li>");
        }
        out.push_str("</ul></aside>");
    }
    out.push_str("</main></body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    #[test]
    fn escapes_user_text() {
        let text = "Hello <img src=x onerror=alert(1)>.\n\nSecond & \"last\".";
        let html = render(text, &annotate(text, &Options::new()), "<b>t</b>");
        // The page's own tags removed, the user's markup is all escaped text.
        let mut shown = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => shown.push(c),
                _ => {}
            }
        }
        assert!(
            shown.contains("Hello &lt;img src=x onerror=alert(1)&gt;."),
            "{shown}"
        );
        assert!(shown.contains("&lt;b&gt;t&lt;/b&gt;"));
        assert!(!html.contains("<img"));
        assert!(!html.contains("<script"));
    }
}
