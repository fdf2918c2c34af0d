//! `newsmark eval quotes FILE.jsonl`: quotes and attributions on the
//! PolNeAR format, scored exactly as the reference scorer
//! (`../shared/scorers/quotes/qeval.py`, run by `score.py`) scores them.
//!
//! - Spans are in code points, trimmed of spaces, quotation marks and edge
//!   punctuation before they are compared.
//! - Matching is one to one, greedy by overlap size (ties: the later gold,
//!   then the later prediction, first), so a quote listed twice or split
//!   in two costs precision.
//! - Direct view: units are quotation-mark segments. Gold units are the
//!   `quoted_segments` of direct attributions; those of mixed ones are
//!   "don't care" (a prediction that matches nothing and overlaps one is
//!   not counted). A predicted quote gives a unit for every quotation-mark
//!   region it overlaps, whatever its kind, unless none of its letters is
//!   inside marks.
//! - All view: the whole content of every attribution against every
//!   predicted quote, by the characters they share.
//! - Speaker (on matched pairs whose gold has a source): the predicted
//!   speaker, or a mention of the cluster it resolves to, overlaps the
//!   gold source. End to end: matched with the speaker right.
//!
//! Beside the reference's figures the report gives the share of quotes
//! whose speaker is a pronoun with no cluster, and the number of quotes
//! with an empty span (both should be 0).

use std::fmt::Write;
use std::path::Path;

use serde::Deserialize;

use crate::text::span::Unit;
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
    #[serde(default)]
    cue_spans: Vec<[usize; 2]>,
}

/// A half-open range of code points.
type Cp = (usize, usize);

/// One attribution as the scorer sees it: its content spans and the spans
/// that count as its speaker (for a prediction, the local speaker and
/// the mentions of its cluster).
struct Attribution {
    spans: Vec<Cp>,
    sources: Vec<Cp>,
    /// Only the local speaker (predictions), for the local-only figure.
    local: Vec<Cp>,
    kind: Kind,
    /// The cue, for the error dump.
    cue: Option<Cp>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Direct,
    Mixed,
    Indirect,
}

/// The characters the reference trims off both ends of a span.
fn trimmed(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\u{a0}'
            | '\u{201c}'
            | '\u{201d}'
            | '\u{2018}'
            | '\u{2019}'
            | '"'
            | '\''
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | '\u{2014}'
            | '\u{2013}'
            | '-'
    )
}

fn trim(chars: &[char], (mut s, mut e): Cp) -> Cp {
    while s < e && trimmed(chars[s]) {
        s += 1;
    }
    while e > s && trimmed(chars[e - 1]) {
        e -= 1;
    }
    (s, e)
}

fn ovl(a: Cp, b: Cp) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn set_ovl(a: &[Cp], b: &[Cp]) -> usize {
    a.iter()
        .map(|&x| b.iter().map(|&y| ovl(x, y)).sum::<usize>())
        .sum()
}

/// Python's `str.isalnum` for one character, as near as Rust has it.
fn alnum(c: char) -> bool {
    c.is_alphanumeric()
}

/// The regions inside double quotation marks (marks included), paragraph
/// by paragraph, as the reference's `quote_regions` finds them: an opening
/// mark without a close runs to the end of its paragraph; single curly
/// marks count when the opening one follows a space or an opening mark and
/// the closing one is followed by no letter.
fn quote_regions(chars: &[char]) -> Vec<Cp> {
    let mut regions = Vec::new();
    let mut p0 = 0;
    while p0 < chars.len() {
        if chars[p0] == '\n' {
            p0 += 1;
            continue;
        }
        let n = chars[p0..]
            .iter()
            .position(|&c| c == '\n')
            .unwrap_or(chars.len() - p0);
        let para = &chars[p0..p0 + n];
        let find =
            |from: usize, c: char| para[from..].iter().position(|&x| x == c).map(|k| from + k);
        let mut i = 0;
        while i < n {
            let c = para[i];
            if c == '\u{201c}' || c == '"' {
                let closer = if c == '\u{201c}' { '\u{201d}' } else { '"' };
                let mut j = find(i + 1, closer);
                if c == '\u{201c}' && j.is_none() {
                    j = find(i + 1, '"');
                }
                match j {
                    None => {
                        regions.push((p0 + i, p0 + n));
                        break;
                    }
                    Some(j) => {
                        regions.push((p0 + i, p0 + j + 1));
                        i = j + 1;
                        continue;
                    }
                }
            }
            if c == '\u{2018}'
                && (i == 0
                    || matches!(
                        para[i - 1],
                        ' ' | '\t' | '(' | '\u{2014}' | '-' | ':' | '[' | '\u{201c}' | '"'
                    ))
            {
                let found = (i + 1..n).find(|&k| {
                    para[k] == '\u{2019}' && (k + 1 == n || !para[k + 1].is_alphabetic())
                });
                if let Some(found) = found.filter(|&f| f - i > 2) {
                    regions.push((p0 + i, p0 + found + 1));
                    i = found + 1;
                    continue;
                }
            }
            i += 1;
        }
        p0 += n;
    }
    regions
}

/// The reference's `classify`: direct when at least 95% of the content's
/// letters and digits are inside quotation marks, mixed when some are,
/// else indirect; with the quoted segments.
fn classify(chars: &[char], spans: &[Cp], regions: &[Cp]) -> (Kind, Vec<Cp>) {
    let (mut total, mut inside) = (0, 0);
    let mut segments = Vec::new();
    let count = |(a, b): Cp| chars[a..b].iter().filter(|&&c| alnum(c)).count();
    for &(s, e) in spans {
        total += count((s, e));
        for &(rs, re) in regions {
            let (a, b) = (s.max(rs), e.min(re));
            if a < b {
                let words = count((a, b));
                inside += words;
                if words > 0 {
                    segments.push((a, b));
                }
            }
        }
    }
    if total == 0 {
        return (Kind::Indirect, Vec::new());
    }
    if inside as f64 / total as f64 >= 0.95 {
        (Kind::Direct, segments)
    } else if inside > 0 {
        (Kind::Mixed, segments)
    } else {
        (Kind::Indirect, Vec::new())
    }
}

/// One-to-one matching, greedy by score: pairs with a positive score, best
/// first, and on ties the later gold and then the later prediction first
/// (Python's descending sort of `(score, i, j)`).
fn greedy(
    n_gold: usize,
    n_pred: usize,
    score: impl Fn(usize, usize) -> usize,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for i in 0..n_gold {
        for j in 0..n_pred {
            let sc = score(i, j);
            if sc > 0 {
                pairs.push((sc, i, j));
            }
        }
    }
    pairs.sort_unstable_by(|a, b| b.cmp(a));
    let (mut used_gold, mut used_pred) = (vec![false; n_gold], vec![false; n_pred]);
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if !used_gold[i] && !used_pred[j] {
            used_gold[i] = true;
            used_pred[j] = true;
            out.push((i, j));
        }
    }
    out
}

/// A unit of the direct view: a trimmed segment and its attribution.
struct Unit1 {
    span: Cp,
    of: usize,
}

/// The direct-view units of `attributions`, and (for gold) the mixed
/// attributions' segments, which are don't-care.
fn units_direct(
    chars: &[char],
    attributions: &[Attribution],
    segments: &[Vec<Cp>],
) -> (Vec<Unit1>, Vec<Unit1>) {
    let (mut units, mut ignore) = (Vec::new(), Vec::new());
    for (of, (a, segs)) in attributions.iter().zip(segments).enumerate() {
        for &seg in segs {
            let span = trim(chars, seg);
            if span.1 <= span.0 {
                continue;
            }
            match a.kind {
                Kind::Direct => units.push(Unit1 { span, of }),
                Kind::Mixed => ignore.push(Unit1 { span, of }),
                Kind::Indirect => {}
            }
        }
    }
    (units, ignore)
}

/// Whether the prediction's speaker is right for the gold: `None` when the
/// gold has no source, else (strict, local only).
fn speaker_ok(gold: &Attribution, pred: &Attribution) -> Option<(bool, bool)> {
    if gold.sources.is_empty() {
        return None;
    }
    Some((
        set_ovl(&gold.sources, &pred.sources) > 0,
        set_ovl(&gold.sources, &pred.local) > 0,
    ))
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
    fn scores(&self) -> (f64, f64, f64) {
        let (p, r) = (
            super::ratio(self.true_pred, self.n_pred),
            super::ratio(self.true_gold, self.n_gold),
        );
        (p, r, super::f1(p, r))
    }
}

/// The counts the figures are made of, summed over articles.
#[derive(Default)]
struct Counts {
    d_gold: usize,
    d_pred: usize,
    d_tp_exact: usize,
    d_tp_ovl: usize,
    d_pred_on_nosrc: usize,
    d_spk_n: usize,
    d_spk_strict: usize,
    d_spk_local: usize,
    d_gold_src: usize,
    a_gold: usize,
    a_pred: usize,
    a_tp_exact: usize,
    a_tp_ovl: usize,
    a_spk_n: usize,
    a_spk_strict: usize,
    a_gold_src: usize,
    /// Gold and matched attributions of each kind: direct, mixed, indirect.
    a_gold_kind: [usize; 3],
    a_tp_kind: [usize; 3],
    /// Predicted quotes, those whose speaker is a pronoun with no cluster,
    /// and those with an empty span.
    n_quotes: usize,
    n_unresolved_pronoun: usize,
    n_empty: usize,
    /// With `NEWSMARK_QUOTE_MISSES` set: one JSON line per missed gold
    /// attribution, wrong speaker and unmatched prediction (all view).
    misses: Option<Vec<String>>,
}

fn kind_index(kind: Kind) -> usize {
    match kind {
        Kind::Direct => 0,
        Kind::Mixed => 1,
        Kind::Indirect => 2,
    }
}

/// Pronouns that need a cluster to say who spoke.
fn is_pronoun(word: &str) -> bool {
    crate::resources::lists::quotes::pronouns::contains(word.to_lowercase().as_str())
}

impl Counts {
    fn add(
        &mut self,
        chars: &[char],
        gold: &[Attribution],
        gold_segments: &[Vec<Cp>],
        pred: &[Attribution],
    ) {
        let regions = quote_regions(chars);
        // Direct view.
        let pred_segments: Vec<Vec<Cp>> = pred
            .iter()
            .map(|p| classify(chars, &p.spans, &regions).1)
            .collect();
        let (g_units, ignore) = units_direct(chars, gold, gold_segments);
        let pred_direct: Vec<Attribution> = pred
            .iter()
            .zip(&pred_segments)
            .map(|(p, segs)| Attribution {
                spans: p.spans.clone(),
                sources: p.sources.clone(),
                local: p.local.clone(),
                cue: p.cue,
                kind: if segs.is_empty() {
                    Kind::Indirect
                } else {
                    Kind::Direct
                },
            })
            .collect();
        let (p_units, _) = units_direct(chars, &pred_direct, &pred_segments);
        self.d_gold += g_units.len();
        let exact = greedy(g_units.len(), p_units.len(), |i, j| {
            usize::from(g_units[i].span == p_units[j].span)
        });
        let overlap = greedy(g_units.len(), p_units.len(), |i, j| {
            ovl(g_units[i].span, p_units[j].span)
        });
        let mut matched = vec![false; p_units.len()];
        for &(_, j) in &overlap {
            matched[j] = true;
        }
        let ignored = (0..p_units.len())
            .filter(|&j| !matched[j] && ignore.iter().any(|u| ovl(p_units[j].span, u.span) > 0))
            .count();
        self.d_pred += p_units.len() - ignored;
        self.d_tp_exact += exact.len();
        self.d_tp_ovl += overlap.len();
        for &(i, j) in &overlap {
            match speaker_ok(&gold[g_units[i].of], &pred[p_units[j].of]) {
                None => self.d_pred_on_nosrc += 1,
                Some((strict, local)) => {
                    self.d_spk_n += 1;
                    self.d_spk_strict += usize::from(strict);
                    self.d_spk_local += usize::from(local);
                }
            }
        }
        self.d_gold_src += g_units
            .iter()
            .filter(|u| !gold[u.of].sources.is_empty())
            .count();
        // All view.
        let all_units = |attributions: &[Attribution]| -> Vec<(Vec<Cp>, Cp, usize)> {
            attributions
                .iter()
                .enumerate()
                .filter_map(|(of, a)| {
                    let spans: Vec<Cp> = a
                        .spans
                        .iter()
                        .map(|&s| trim(chars, s))
                        .filter(|s| s.1 > s.0)
                        .collect();
                    let ext = (
                        spans.iter().map(|s| s.0).min()?,
                        spans.iter().map(|s| s.1).max()?,
                    );
                    Some((spans, ext, of))
                })
                .collect()
        };
        let (ga, pa) = (all_units(gold), all_units(pred));
        self.a_gold += ga.len();
        self.a_pred += pa.len();
        for u in &ga {
            self.a_gold_kind[kind_index(gold[u.2].kind)] += 1;
        }
        let exact = greedy(ga.len(), pa.len(), |i, j| usize::from(ga[i].1 == pa[j].1));
        let overlap = greedy(ga.len(), pa.len(), |i, j| set_ovl(&ga[i].0, &pa[j].0));
        self.a_tp_exact += exact.len();
        self.a_tp_ovl += overlap.len();
        for &(i, j) in &overlap {
            self.a_tp_kind[kind_index(gold[ga[i].2].kind)] += 1;
            if let Some((strict, _)) = speaker_ok(&gold[ga[i].2], &pred[pa[j].2]) {
                self.a_spk_n += 1;
                self.a_spk_strict += usize::from(strict);
                if !strict {
                    self.miss(chars, "speaker", Some(&gold[ga[i].2]), Some(&pred[pa[j].2]));
                }
            }
        }
        if self.misses.is_some() {
            let (mut g_hit, mut p_hit) = (vec![false; ga.len()], vec![false; pa.len()]);
            for &(i, j) in &overlap {
                g_hit[i] = true;
                p_hit[j] = true;
            }
            for (_, u) in ga.iter().enumerate().filter(|(i, _)| !g_hit[*i]) {
                // The prediction that overlaps it most, taken by another gold.
                let taken = pa
                    .iter()
                    .map(|v| (set_ovl(&u.0, &v.0), v.2))
                    .filter(|&(o, _)| o > 0)
                    .max()
                    .map(|(_, of)| &pred[of]);
                self.miss(chars, "missed", Some(&gold[u.2]), taken);
            }
            for (_, u) in pa.iter().enumerate().filter(|(j, _)| !p_hit[*j]) {
                self.miss(chars, "false", None, Some(&pred[u.2]));
            }
        }
        self.a_gold_src += ga.iter().filter(|u| !gold[u.2].sources.is_empty()).count();
    }

    /// Writes one line of the error dump, when there is one: the class, the
    /// gold and predicted content, speakers and cue, and the paragraph text
    /// around the content.
    fn miss(
        &mut self,
        chars: &[char],
        class: &str,
        gold: Option<&Attribution>,
        pred: Option<&Attribution>,
    ) {
        let Some(misses) = self.misses.as_mut() else {
            return;
        };
        let text = |(s, e): Cp| {
            chars[s.min(chars.len())..e.min(chars.len())]
                .iter()
                .collect::<String>()
        };
        let texts = |spans: &[Cp]| spans.iter().map(|&s| text(s)).collect::<Vec<_>>();
        let first = gold
            .or(pred)
            .and_then(|a| a.spans.first().copied())
            .unwrap_or((0, 0));
        let last = gold
            .or(pred)
            .and_then(|a| a.spans.last().copied())
            .unwrap_or((0, 0));
        let para_start = chars[..first.0.min(chars.len())]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |i| i + 1)
            .max(first.0.saturating_sub(300));
        let para_end = chars[last.1.min(chars.len())..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |i| last.1 + i)
            .min(last.1 + 300);
        let line = serde_json::json!({
            "class": class,
            "kind": gold.map(|g| match g.kind { Kind::Direct => "direct", Kind::Mixed => "mixed", Kind::Indirect => "indirect" }),
            "gold": gold.map(|g| texts(&g.spans)),
            "gold_source": gold.map(|g| texts(&g.sources)),
            "pred": pred.map(|p| texts(&p.spans)),
            "pred_speaker": pred.map(|p| texts(&p.local)),
            "pred_cluster": pred.map(|p| texts(&p.sources[p.local.len().min(p.sources.len())..])),
            "gold_cue": gold.and_then(|g| g.cue.map(text)),
            "pred_cue": pred.and_then(|p| p.cue.map(text)),
            "context": text((para_start, para_end)),
        });
        misses.push(line.to_string());
    }

    /// Every figure, by the reference's names, in its order.
    fn figures(&self) -> Vec<(&'static str, f64)> {
        let prf = |tp_p: usize, n_p: usize, tp_r: usize, n_g: usize| {
            Prf {
                true_pred: tp_p,
                n_pred: n_p,
                true_gold: tp_r,
                n_gold: n_g,
            }
            .scores()
        };
        let rows = [
            (
                "direct_exact",
                prf(self.d_tp_exact, self.d_pred, self.d_tp_exact, self.d_gold),
            ),
            (
                "direct_overlap",
                prf(self.d_tp_ovl, self.d_pred, self.d_tp_ovl, self.d_gold),
            ),
            (
                "direct_e2e",
                prf(
                    self.d_spk_strict,
                    self.d_pred - self.d_pred_on_nosrc,
                    self.d_spk_strict,
                    self.d_gold_src,
                ),
            ),
            (
                "all_exact",
                prf(self.a_tp_exact, self.a_pred, self.a_tp_exact, self.a_gold),
            ),
            (
                "all_overlap",
                prf(self.a_tp_ovl, self.a_pred, self.a_tp_ovl, self.a_gold),
            ),
            (
                "all_e2e",
                prf(
                    self.a_spk_strict,
                    self.a_pred,
                    self.a_spk_strict,
                    self.a_gold_src,
                ),
            ),
        ];
        let mut out = Vec::new();
        for (name, (p, r, f)) in rows {
            out.push((name, p));
            out.push((name, r));
            out.push((name, f));
        }
        out
    }
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
            .filter(|(name, _)| ABLATED.contains(&name.as_str()))
            .filter_map(|(name, value)| Some((name, value.as_f64()?)))
            .collect())
    };
    super::ablation_table(
        &format!("quotes on {}", path.display()),
        &["quotes.", "people."],
        figures,
    )
}

/// The figures an ablation table shows.
const ABLATED: [&str; 7] = [
    "direct_overlap_f1",
    "direct_precision",
    "speaker_accuracy",
    "end_to_end_f1",
    "all_attribution_f1",
    "indirect_recall",
    "unresolved_pronouns",
];

/// Converts one annotated document's quotes into attributions, in code
/// points, as `score.py` does; counts pronoun speakers without a cluster
/// and empty spans on the way.
fn predictions(doc: &crate::Document, counts: &mut Counts) -> Vec<Attribution> {
    let span = |[s, e]: [usize; 2]| (e > s).then_some((s, e));
    let mut out = Vec::new();
    for q in &doc.quotes {
        counts.n_quotes += 1;
        counts.n_empty += usize::from(q.spans.iter().any(|&[s, e]| e <= s));
        if q.speaker_cluster.is_none() && q.speaker.as_ref().is_some_and(|m| is_pronoun(&m.text)) {
            counts.n_unresolved_pronoun += 1;
        }
        let mut spans: Vec<Cp> = q.spans.iter().filter_map(|&s| span(s)).collect();
        if spans.is_empty() {
            continue;
        }
        spans.sort_unstable();
        let local: Vec<Cp> = q
            .speaker
            .as_ref()
            .and_then(|m| span([m.start, m.end]))
            .into_iter()
            .collect();
        let mut sources = local.clone();
        if let Some(cluster) = q
            .speaker_cluster
            .and_then(|id| doc.clusters.iter().find(|c| c.id == id))
        {
            sources.extend(cluster.mentions.iter().filter_map(|&m| span(m)));
        }
        out.push(Attribution {
            spans,
            sources,
            local,
            kind: Kind::Indirect,
            cue: q.cue.as_ref().and_then(|m| span([m.start, m.end])),
        });
    }
    out
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
    let dump = std::env::var_os("NEWSMARK_QUOTE_MISSES");
    let mut counts = Counts {
        misses: dump.is_some().then(Vec::new),
        ..Counts::default()
    };
    let n_articles = articles.len();
    for article in articles {
        let text = &article.text;
        let chars: Vec<char> = text.chars().collect();
        let mut doc = analyzer.annotate(text, &options);
        doc.convert_offsets(text, Unit::Codepoint);
        let pred = predictions(&doc, &mut counts);
        let cp = |[s, e]: [usize; 2]| (s.min(chars.len()), e.min(chars.len()));
        let gold: Vec<Attribution> = article
            .quotes
            .iter()
            .map(|q| Attribution {
                spans: q.quote_spans.iter().map(|&s| cp(s)).collect(),
                sources: q.speaker_spans.iter().map(|&s| cp(s)).collect(),
                local: Vec::new(),
                cue: q.cue_spans.first().map(|&s| cp(s)),
                kind: match q.kind.as_str() {
                    "direct" => Kind::Direct,
                    "mixed" => Kind::Mixed,
                    _ => Kind::Indirect,
                },
            })
            .collect();
        let gold_segments: Vec<Vec<Cp>> = article
            .quotes
            .iter()
            .map(|q| q.quoted_segments.iter().map(|&s| cp(s)).collect())
            .collect();
        counts.add(&chars, &gold, &gold_segments, &pred);
    }
    if let (Some(file), Some(misses)) = (dump, &counts.misses) {
        let mut body = misses.join("\n");
        body.push('\n');
        std::fs::write(&file, body)
            .map_err(|e| format!("cannot write the misses to {}: {e}", file.to_string_lossy()))?;
    }
    Ok(report(path, n_articles, &counts))
}

/// The report: the reference's figures, in its layout, then what it does
/// not measure, then one JSON line.
fn report(path: &Path, n_articles: usize, counts: &Counts) -> String {
    let c = counts;
    let mut out = format!(
        "quotes evaluation of {} ({n_articles} articles), one-to-one as score.py\n",
        path.display()
    );
    let figures = c.figures();
    for row in figures.chunks(3) {
        let _ = writeln!(
            out,
            "{:<20} P {:.3} R {:.3} F1 {:.3}",
            row[0].0, row[0].1, row[1].1, row[2].1
        );
    }
    let d_spk = super::ratio(c.d_spk_strict, c.d_spk_n);
    let d_spk_local = super::ratio(c.d_spk_local, c.d_spk_n);
    let a_spk = super::ratio(c.a_spk_strict, c.a_spk_n);
    let recall = |k: usize| super::ratio(c.a_tp_kind[k], c.a_gold_kind[k]);
    let rows = [
        ("direct_spk_acc_strict", d_spk),
        ("all_spk_acc_strict", a_spk),
        ("all_recall_direct", recall(0)),
        ("all_recall_mixed", recall(1)),
        ("all_recall_indirect", recall(2)),
    ];
    for (name, value) in rows {
        let _ = writeln!(out, "{name:26} {value:.3}");
    }
    let unresolved = super::ratio(c.n_unresolved_pronoun, c.n_quotes);
    let _ = writeln!(
        out,
        "speaker accuracy, local mention only {d_spk_local:.3} ({} of {} matched direct quotes)",
        c.d_spk_local, c.d_spk_n
    );
    let _ = writeln!(
        out,
        "quotes whose speaker is a pronoun with no cluster: {unresolved:.3} ({} of {})",
        c.n_unresolved_pronoun, c.n_quotes
    );
    let _ = writeln!(out, "quotes with an empty span: {}", c.n_empty);
    let get = |name: &str, k: usize| {
        figures
            .iter()
            .filter(|f| f.0 == name)
            .nth(k)
            .map_or(0.0, |f| f.1)
    };
    let _ = writeln!(
        out,
        "{{\"eval\":\"quotes\",\"direct_overlap_f1\":{:.4},\"direct_precision\":{:.4},\"direct_recall\":{:.4},\"direct_exact_f1\":{:.4},\"speaker_accuracy\":{d_spk:.4},\"end_to_end_f1\":{:.4},\"all_attribution_f1\":{:.4},\"all_attribution_precision\":{:.4},\"all_attribution_recall\":{:.4},\"all_speaker_accuracy\":{a_spk:.4},\"direct_recall_all_view\":{:.4},\"mixed_recall\":{:.4},\"indirect_recall\":{:.4},\"unresolved_pronouns\":{unresolved:.4},\"empty_quotes\":{}}}",
        get("direct_overlap", 2),
        get("direct_overlap", 0),
        get("direct_overlap", 1),
        get("direct_exact", 2),
        get("direct_e2e", 2),
        get("all_overlap", 2),
        get("all_overlap", 0),
        get("all_overlap", 1),
        recall(0),
        recall(1),
        recall(2),
        c.n_empty,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn trims_marks_and_edge_punctuation() {
        let c = chars("say \u{201C}Yes,\u{201D} he");
        assert_eq!(trim(&c, (4, 10)), (5, 8));
        assert_eq!(trim(&c, (8, 9)), (9, 9));
    }

    #[test]
    fn regions_pair_marks_per_paragraph() {
        let c = chars(
            "A \u{201C}b c\u{201D} d \"e\n\u{2018}not here\u{2019}s x \u{2018}yes it is\u{2019}.",
        );
        let regions = quote_regions(&c);
        let texts: Vec<String> = regions
            .iter()
            .map(|&(s, e)| c[s..e].iter().collect())
            .collect();
        assert_eq!(
            texts,
            [
                "\u{201C}b c\u{201D}",
                "\"e",
                "\u{2018}not here\u{2019}s x \u{2018}yes it is\u{2019}"
            ]
        );
    }

    #[test]
    fn greedy_matches_one_to_one_by_size() {
        // Two predictions overlap one gold: only the larger is matched.
        let gold = [(0, 10)];
        let pred = [(0, 4), (2, 10)];
        let m = greedy(1, 2, |i, j| ovl(gold[i], pred[j]));
        assert_eq!(m, [(0, 1)]);
        // Ties go to the later gold, then the later prediction.
        let m = greedy(2, 2, |_, _| 1);
        assert_eq!(m, [(1, 1), (0, 0)]);
    }

    #[test]
    fn classify_by_the_share_inside_marks() {
        let c = chars("He said \u{201C}we win\u{201D} today and more words");
        let regions = quote_regions(&c);
        assert!(classify(&c, &[(9, 15)], &regions).0 == Kind::Direct);
        assert!(classify(&c, &[(3, 20)], &regions).0 == Kind::Mixed);
        assert!(classify(&c, &[(17, 25)], &regions).0 == Kind::Indirect);
    }
}
