//! `newsmark eval quotes FILE.jsonl`: quotes and attributions scored on the
//! PolNeAR format, with overlap matching.
//!
//! - Direct quotes: gold units are the quotation-mark segments
//!   (`quoted_segments`) of direct and mixed attributions; system units are
//!   the spans of newsmark's direct quotes. A unit is matched exactly (same
//!   span, marks aside) or by overlap.
//! - Speaker accuracy: over gold direct/mixed attributions with a source that
//!   some system quote overlaps, the share whose system speaker overlaps a
//!   gold source span, either the local mention or a mention of the cluster
//!   the speaker was resolved to.
//! - End to end: a system direct quote is right when it overlaps a gold
//!   segment and its speaker overlaps that attribution's source.
//! - All attributions: gold `quote_spans` of every attribution against the
//!   spans of every system quote (direct and reported), by overlap.
//! - Indirect recall: gold indirect attributions overlapped by a system quote.

use std::path::Path;

use serde::Deserialize;

use crate::text::span::{OffsetMap, Span, Unit};
use crate::{Analyzer, Layer, Options, Switches};

#[derive(Deserialize)]
struct Article {
    text: String,
    quotes: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct GoldQuote {
    quote_spans: Vec<[usize; 2]>,
    #[serde(default)]
    speaker_spans: Vec<[usize; 2]>,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    quoted_segments: Vec<[usize; 2]>,
}

/// Matched and total counts for one precision/recall pair.
#[derive(Default, Clone, Copy)]
struct Prf {
    true_pred: usize,
    n_pred: usize,
    true_gold: usize,
    n_gold: usize,
}

impl Prf {
    fn add(&mut self, gold: &[Span], pred: &[Span], same: impl Fn(Span, Span) -> bool) {
        self.n_gold += gold.len();
        self.n_pred += pred.len();
        self.true_gold += gold
            .iter()
            .filter(|&&g| pred.iter().any(|&p| same(g, p)))
            .count();
        self.true_pred += pred
            .iter()
            .filter(|&&p| gold.iter().any(|&g| same(g, p)))
            .count();
    }

    fn scores(&self) -> (f64, f64, f64) {
        let (p, r) = (
            super::ratio(self.true_pred, self.n_pred),
            super::ratio(self.true_gold, self.n_gold),
        );
        (p, r, super::f1(p, r))
    }
}

/// Trims spaces and quotation marks off a span, so that "“Yes,”" and "Yes,"
/// match exactly.
fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let lead = s.len()
        - s.trim_start_matches(|c: char| {
            c.is_whitespace() || "\"'\u{201C}\u{201D}\u{2018}\u{2019}".contains(c)
        })
        .len();
    let inner = &s[lead..];
    let kept = inner
        .trim_end_matches(|c: char| {
            c.is_whitespace() || "\"'\u{201C}\u{201D}\u{2018}\u{2019}".contains(c)
        })
        .len();
    Span::new(span.start + lead, span.start + lead + kept)
}

/// What each quote and people pass adds on `path`: every figure of the
/// report's JSON line, with every pass on and with each one off.
pub fn ablate(path: &Path) -> Result<String, String> {
    let figures = |switches: &Switches| {
        let report = run(path, switches)?;
        let json: serde_json::Value = serde_json::from_str(report.lines().last().unwrap_or(""))
            .map_err(|e| format!("the quotes report ends without its JSON line: {e}"))?;
        let object = json.as_object().cloned().unwrap_or_default();
        Ok(object
            .into_iter()
            .filter_map(|(name, value)| Some((name, value.as_f64()?)))
            .collect())
    };
    super::ablation_table(
        &format!("quotes on {}", path.display()),
        &["quotes.", "people."],
        figures,
    )
}

pub fn run(path: &Path, switches: &Switches) -> Result<String, String> {
    let articles: Vec<Article> = super::read_jsonl(path, "a PolNeAR article")?;
    let analyzer = Analyzer::new();
    let options = Options::new()
        .with_layers([
            Layer::Entities.name(),
            Layer::Quotes.name(),
            Layer::Clusters.name(),
        ])
        .expect("known layers")
        .with_switches(switches.clone());
    let (mut exact, mut overlap, mut all, mut e2e) = (
        Prf::default(),
        Prf::default(),
        Prf::default(),
        Prf::default(),
    );
    let (mut speaker_right, mut speaker_total, mut indirect_found, mut indirect_total) =
        (0, 0, 0, 0);
    let mut n_articles = 0;
    for article in articles {
        n_articles += 1;
        let text = &article.text;
        let map = OffsetMap::new(text);
        let span = |[s, e]: [usize; 2]| {
            Span::new(
                map.to_byte(s, Unit::Codepoint),
                map.to_byte(e, Unit::Codepoint),
            )
        };
        let doc = analyzer.annotate(text, &options);
        let direct: Vec<&crate::document::Quote> =
            doc.quotes.iter().filter(|q| q.kind != "indirect").collect();
        let pred_direct: Vec<Span> = direct
            .iter()
            .flat_map(|q| q.spans.iter().map(|&[s, e]| trim(text, Span::new(s, e))))
            .collect();
        let pred_all: Vec<Span> = doc
            .quotes
            .iter()
            .flat_map(|q| q.spans.iter().map(|&[s, e]| Span::new(s, e)))
            .collect();

        let gold_direct: Vec<&GoldQuote> = article
            .quotes
            .iter()
            .filter(|q| q.kind != "indirect")
            .collect();
        let gold_segments: Vec<Span> = gold_direct
            .iter()
            .flat_map(|q| q.quoted_segments.iter().map(|&s| trim(text, span(s))))
            .collect();
        exact.add(&gold_segments, &pred_direct, |g, p| g == p);
        overlap.add(&gold_segments, &pred_direct, |g, p| g.overlaps(p));
        let gold_all: Vec<Span> = article
            .quotes
            .iter()
            .flat_map(|q| q.quote_spans.iter().map(|&s| span(s)))
            .collect();
        all.add(&gold_all, &pred_all, |g, p| g.overlaps(p));

        // Speakers: per gold direct/mixed attribution with a source.
        for gold in gold_direct.iter().filter(|q| !q.speaker_spans.is_empty()) {
            let segments: Vec<Span> = gold.quoted_segments.iter().map(|&s| span(s)).collect();
            let sources: Vec<Span> = gold.speaker_spans.iter().map(|&s| span(s)).collect();
            let found = direct.iter().find(|q| {
                q.spans
                    .iter()
                    .any(|&[s, e]| segments.iter().any(|g| g.overlaps(Span::new(s, e))))
            });
            if let Some(q) = found {
                speaker_total += 1;
                let local = q.speaker.as_ref().is_some_and(|m| {
                    sources
                        .iter()
                        .any(|g| g.overlaps(Span::new(m.start, m.end)))
                });
                // The resolved speaker: the gold source is a mention of the
                // cluster the quote is given to ("he" of Lavrov's cluster).
                let resolved = q
                    .speaker_cluster
                    .and_then(|id| doc.clusters.get(id))
                    .is_some_and(|c| {
                        c.mentions
                            .iter()
                            .any(|&[s, e]| sources.iter().any(|g| g.overlaps(Span::new(s, e))))
                    });
                speaker_right += usize::from(local || resolved);
            }
        }
        // End to end: quote and speaker right.
        e2e.n_gold += gold_direct.len();
        e2e.n_pred += direct.len();
        let right = |q: &crate::document::Quote, gold: &GoldQuote| {
            let segs: Vec<Span> = gold.quoted_segments.iter().map(|&s| span(s)).collect();
            let srcs: Vec<Span> = gold.speaker_spans.iter().map(|&s| span(s)).collect();
            q.spans
                .iter()
                .any(|&[s, e]| segs.iter().any(|g| g.overlaps(Span::new(s, e))))
                && q.speaker
                    .as_ref()
                    .is_some_and(|m| srcs.iter().any(|g| g.overlaps(Span::new(m.start, m.end))))
        };
        e2e.true_pred += direct
            .iter()
            .filter(|q| gold_direct.iter().any(|g| right(q, g)))
            .count();
        e2e.true_gold += gold_direct
            .iter()
            .filter(|g| direct.iter().any(|q| right(q, g)))
            .count();

        for gold in article.quotes.iter().filter(|q| q.kind == "indirect") {
            indirect_total += 1;
            let spans: Vec<Span> = gold.quote_spans.iter().map(|&s| span(s)).collect();
            indirect_found += usize::from(
                pred_all
                    .iter()
                    .any(|p| spans.iter().any(|g| g.overlaps(*p))),
            );
        }
    }
    let mut out = format!(
        "quotes evaluation of {} ({n_articles} articles)\n",
        path.display()
    );
    out += &format!(
        "{:<28}{:>10}{:>10}{:>10}\n",
        "", "precision", "recall", "F1"
    );
    let rows = [
        ("direct quotes, exact", exact),
        ("direct quotes, overlap", overlap),
        ("end to end (quote+speaker)", e2e),
        ("all attributions, overlap", all),
    ];
    for (name, prf) in rows {
        let (p, r, f) = prf.scores();
        out += &format!("{name:<28}{p:>10.4}{r:>10.4}{f:>10.4}\n");
    }
    let speaker_accuracy = super::ratio(speaker_right, speaker_total);
    let indirect_recall = super::ratio(indirect_found, indirect_total);
    out += &format!("speaker accuracy {speaker_accuracy:.4} ({speaker_right} of {speaker_total} found quotes)\n");
    out +=
        &format!("indirect recall {indirect_recall:.4} ({indirect_found} of {indirect_total})\n");
    let (_, _, direct_f1) = overlap.scores();
    let (_, _, e2e_f1) = e2e.scores();
    let (_, _, all_f1) = all.scores();
    out += &format!(
        "{{\"eval\":\"quotes\",\"direct_overlap_f1\":{direct_f1:.4},\"speaker_accuracy\":{speaker_accuracy:.4},\"end_to_end_f1\":{e2e_f1:.4},\"all_attribution_f1\":{all_f1:.4},\"indirect_recall\":{indirect_recall:.4}}}\n"
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_and_exact_counts() {
        let mut exact = Prf::default();
        let gold = [Span::new(0, 10), Span::new(20, 30)];
        let pred = [Span::new(0, 10), Span::new(25, 40), Span::new(50, 60)];
        exact.add(&gold, &pred, |g, p| g == p);
        assert_eq!((exact.true_gold, exact.true_pred), (1, 1));
        let mut overlap = Prf::default();
        overlap.add(&gold, &pred, |g, p| g.overlaps(p));
        let (p, r, _) = overlap.scores();
        assert_eq!((p, r), (2.0 / 3.0, 1.0));
        assert_eq!(
            trim("say \u{201C}Yes,\u{201D} he", Span::new(4, 14)),
            Span::new(7, 11)
        );
    }
}
