//! brat standoff (`.ann`): T lines for names, times, numbers, quotes, cues,
//! speakers and outlets; R lines from each quote to its cue, speaker and
//! outlet; an A line for each quote's kind; `#` notes with values and who
//! spoke.
//!
//! Offsets count code points. A text-bound annotation never crosses a line
//! break: it is split there into fragments (`start end;start end`), as brat
//! itself does, and its text column is the fragments' text joined with one
//! space. An annotation left with no fragment (only line breaks) is left
//! out, with its relations. Lines come in document order: names, times,
//! numbers, then each quote with its cue, speaker, outlet, relations,
//! attribute and note.

use std::fmt::Write;

use super::{js_number, Source};
use crate::document::Document;

/// Numbers the lines of each kind (T, R, A, #) and writes them.
struct Writer<'s, 'a> {
    src: &'s Source<'a>,
    out: String,
    n_text: usize,
    n_relation: usize,
    n_attribute: usize,
    n_note: usize,
}

impl Writer<'_, '_> {
    /// Writes a T line for the byte ranges `spans` and returns its id, or
    /// `None` when no fragment is left.
    fn text_bound(&mut self, kind: &str, spans: &[[usize; 2]]) -> Option<usize> {
        let mut fragments: Vec<(usize, usize)> = Vec::new();
        for &[start, end] in spans {
            let end = end.min(self.src.text.len());
            let base = start.min(end);
            let piece = self.src.slice(base, end);
            let mut from = 0;
            for (idx, ch) in piece.char_indices().chain([(piece.len(), '\n')]) {
                if ch == '\n' || ch == '\r' {
                    if idx > from {
                        fragments.push((base + from, base + idx));
                    }
                    from = idx + ch.len_utf8();
                }
            }
        }
        if fragments.is_empty() {
            return None;
        }
        self.n_text += 1;
        let offsets: Vec<String> = fragments
            .iter()
            .map(|&(s, e)| format!("{} {}", self.src.cp(s), self.src.cp(e)))
            .collect();
        let texts: Vec<&str> = fragments
            .iter()
            .map(|&(s, e)| self.src.slice(s, e))
            .collect();
        let _ = writeln!(
            self.out,
            "T{}\t{kind} {}\t{}",
            self.n_text,
            offsets.join(";"),
            texts.join(" ")
        );
        Some(self.n_text)
    }

    fn relation(&mut self, kind: &str, from: usize, to: usize) {
        self.n_relation += 1;
        let _ = writeln!(
            self.out,
            "R{}\t{kind} Arg1:T{from} Arg2:T{to}",
            self.n_relation
        );
    }

    fn attribute(&mut self, kind: &str, target: usize, value: &str) {
        self.n_attribute += 1;
        let _ = writeln!(self.out, "A{}\t{kind} T{target} {value}", self.n_attribute);
    }

    /// A note on `target`; brat shows it with the annotation. Line breaks
    /// and tabs would end the line, so they become spaces.
    fn note(&mut self, target: usize, note: &str) {
        self.n_note += 1;
        let note: String = note
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let _ = writeln!(
            self.out,
            "#{}\tAnnotatorNotes T{target}\t{note}",
            self.n_note
        );
    }
}

/// The `.ann` content of `doc` (byte offsets) for `text`.
pub fn brat(text: &str, doc: &Document) -> String {
    let src = Source::new(text, doc);
    let mut w = Writer {
        src: &src,
        out: String::new(),
        n_text: 0,
        n_relation: 0,
        n_attribute: 0,
        n_note: 0,
    };
    for e in &doc.entities {
        w.text_bound(&e.label, &[[e.start, e.end]]);
    }
    for t in &doc.times {
        if let Some(id) = w.text_bound(&t.kind, &[[t.start, t.end]]) {
            w.note(id, &t.value);
        }
    }
    for q in &doc.quantities {
        if let Some(id) = w.text_bound(&q.kind, &[[q.start, q.end]]) {
            let value = q.value.map(js_number);
            let note = match (value, &q.unit) {
                (Some(v), Some(unit)) => format!("{v} {unit}"),
                (Some(v), None) => v,
                (None, Some(unit)) => unit.clone(),
                (None, None) => continue,
            };
            w.note(id, &note);
        }
    }
    for q in &doc.quotes {
        let Some(quote) = w.text_bound("Quote", &q.spans) else {
            continue;
        };
        let mention = |m: &Option<crate::document::Mention>| m.as_ref().map(|m| [[m.start, m.end]]);
        let cue = mention(&q.cue).and_then(|s| w.text_bound("Cue", &s));
        let speaker = mention(&q.speaker).and_then(|s| w.text_bound("Speaker", &s));
        let outlet = mention(&q.outlet).and_then(|s| w.text_bound("Outlet", &s));
        for (kind, target) in [("Cue", cue), ("Speaker", speaker), ("Outlet", outlet)] {
            if let Some(target) = target {
                w.relation(kind, quote, target);
            }
        }
        w.attribute("Kind", quote, &q.kind);
        if let Some(name) = src.speaker_name(q) {
            w.note(quote, name);
        }
    }
    w.out
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, Options};

    #[test]
    fn fragments_split_at_line_breaks_and_count_code_points() {
        let text = "\u{1F600} \u{201C}We will see\nwhat they know,\u{201D} Lavrov said.\n";
        let doc = Analyzer::new().annotate(text, &Options::new());
        let ann = super::brat(text, &doc);
        let chars: Vec<char> = text.chars().collect();
        let quote = ann.lines().find(|l| l.contains("\tQuote ")).expect(&ann);
        let fields: Vec<&str> = quote.split('\t').collect();
        let offsets = fields[1].strip_prefix("Quote ").unwrap();
        let pieces: Vec<String> = offsets
            .split(';')
            .map(|f| {
                let (s, e) = f.split_once(' ').unwrap();
                chars[s.parse::<usize>().unwrap()..e.parse::<usize>().unwrap()]
                    .iter()
                    .collect()
            })
            .collect();
        assert_eq!(pieces.len(), 2, "{ann}");
        assert!(pieces.iter().all(|p| !p.contains('\n')));
        assert_eq!(fields[2], pieces.join(" "));
        assert!(
            ann.lines().any(|l| l.starts_with("R1\tCue Arg1:T")),
            "{ann}"
        );
        assert!(ann.lines().any(|l| l.contains("\tSpeaker Arg1:T")), "{ann}");
    }
}
