//! `newsmark eval conll FILE`: names scored with conlleval semantics on raw
//! text rebuilt from CoNLL-2003 tokens, and the reading of that format that
//! training shares.

use std::collections::BTreeMap;
use std::path::Path;

use crate::text::span::Span;
use crate::{Analyzer, Layer, Options, Switches};

/// One article: its text rebuilt from the tokens, and the gold names as
/// byte spans with CoNLL types (PER, ORG, LOC, MISC).
pub struct Article {
    pub text: String,
    pub names: Vec<(Span, String)>,
}

/// Tokens written without a space before them.
fn attaches_left(token: &str) -> bool {
    matches!(
        token,
        "," | "."
            | ":"
            | ";"
            | "!"
            | "?"
            | ")"
            | "]"
            | "}"
            | "%"
            | "'s"
            | "'S"
            | "n't"
            | "'re"
            | "'ve"
            | "'ll"
            | "'d"
            | "'m"
    )
}

/// Tokens written without a space after them.
fn attaches_right(token: &str) -> bool {
    matches!(token, "(" | "[" | "{" | "$")
}

/// Reads a CoNLL-2003 file: `token POS chunk NER` lines, IOB1 tags,
/// `-DOCSTART-` between articles, a blank line between sentences. Each
/// sentence becomes a line of the rebuilt text, tokens joined as a writer
/// would (no space before a comma, inside quotes...).
pub fn read(path: &Path) -> Result<Vec<Article>, String> {
    let data = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut articles = Vec::new();
    let mut article = Article {
        text: String::new(),
        names: Vec::new(),
    };
    let mut open: Option<(usize, String)> = None;
    let mut line_start = true;
    let mut quote_open = false;
    let mut after_opener = false;
    let mut last_end = 0;
    let close = |open: &mut Option<(usize, String)>, article: &mut Article, end: usize| {
        if let Some((start, ty)) = open.take() {
            article.names.push((Span::new(start, end), ty));
        }
    };
    for (line_no, line) in data.lines().enumerate() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.is_empty() {
            close(&mut open, &mut article, last_end);
            if !line_start {
                article.text.push('\n');
                line_start = true;
                quote_open = false;
            }
            continue;
        }
        if fields[0] == "-DOCSTART-" {
            close(&mut open, &mut article, last_end);
            if !article.text.is_empty() {
                articles.push(std::mem::replace(
                    &mut article,
                    Article {
                        text: String::new(),
                        names: Vec::new(),
                    },
                ));
            }
            line_start = true;
            continue;
        }
        let (token, tag) = match fields.as_slice() {
            [token, .., tag] if fields.len() >= 2 => (*token, *tag),
            _ => {
                return Err(format!(
                    "{}:{}: expected `token POS chunk NER`",
                    path.display(),
                    line_no + 1
                ))
            }
        };
        let is_quote = token == "\"";
        let no_space =
            line_start || attaches_left(token) || (is_quote && quote_open) || after_opener;
        if !no_space {
            article.text.push(' ');
        }
        after_opener = attaches_right(token) || (is_quote && !quote_open);
        let start = article.text.len();
        article.text.push_str(token);
        if is_quote {
            quote_open = !quote_open;
        }
        line_start = false;
        // IOB1: I-X continues X unless the previous name had another type;
        // B-X starts a new name right after one of the same type.
        let (prefix, ty) = tag.split_once('-').unwrap_or(("O", ""));
        match (prefix, &open) {
            ("O", _) => close(&mut open, &mut article, last_end),
            ("I", Some((_, open_ty))) if open_ty == ty => {}
            _ => {
                close(&mut open, &mut article, last_end);
                open = Some((start, ty.to_string()));
            }
        }
        last_end = article.text.len();
    }
    close(&mut open, &mut article, last_end);
    if !article.text.is_empty() {
        articles.push(article);
    }
    Ok(articles)
}

/// Maps newsmark's labels to CoNLL's four types.
pub fn conll_type(label: &str) -> &'static str {
    match label {
        "PERSON" => "PER",
        "ORG" => "ORG",
        "GPE" | "LOC" => "LOC",
        _ => "MISC",
    }
}

/// Counts for one type: true positives, predicted, gold.
#[derive(Clone, Copy, Default, Debug)]
pub struct Counts {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn prf(&self) -> (f64, f64, f64) {
        let (p, r) = (
            super::ratio(self.correct, self.predicted),
            super::ratio(self.correct, self.gold),
        );
        (p, r, super::f1(p, r))
    }
}

/// Entity-level exact-match scores per type and overall, as conlleval.
pub fn score(
    gold: &[(Span, String)],
    predicted: &[(Span, String)],
    counts: &mut BTreeMap<String, Counts>,
) {
    for (span, ty) in gold {
        counts.entry(ty.clone()).or_default().gold += 1;
        if predicted.iter().any(|(s, t)| s == span && t == ty) {
            counts.entry(ty.clone()).or_default().correct += 1;
        }
    }
    for (_, ty) in predicted {
        counts.entry(ty.clone()).or_default().predicted += 1;
    }
}

/// Annotates every article as user text and scores its names. With
/// `errors`, each missed or wrong name is written there with its context.
pub fn evaluate(
    articles: &[Article],
    switches: &Switches,
    mut errors: Option<&mut String>,
) -> BTreeMap<String, Counts> {
    let analyzer = Analyzer::new();
    let options = Options::new()
        .with_layers([Layer::Entities.name()])
        .expect("a known layer")
        .with_switches(switches.clone());
    let mut counts = BTreeMap::new();
    for article in articles {
        let doc = analyzer.annotate(&article.text, &options);
        let predicted: Vec<(Span, String)> = doc
            .entities
            .iter()
            .map(|e| (Span::new(e.start, e.end), conll_type(&e.label).to_string()))
            .collect();
        score(&article.names, &predicted, &mut counts);
        if let Some(out) = errors.as_deref_mut() {
            let text = &article.text;
            let line_of = |span: Span| {
                let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
                let end = text[span.end..]
                    .find('\n')
                    .map_or(text.len(), |i| span.end + i);
                &text[start..end]
            };
            for (span, ty) in &article.names {
                if !predicted.contains(&(*span, ty.clone())) {
                    out.push_str(&format!(
                        "FN {ty}\t{}\t| {}\n",
                        &text[span.range()],
                        line_of(*span)
                    ));
                }
            }
            for (span, ty) in &predicted {
                if !article.names.contains(&(*span, ty.clone())) {
                    out.push_str(&format!(
                        "FP {ty}\t{}\t| {}\n",
                        &text[span.range()],
                        line_of(*span)
                    ));
                }
            }
        }
    }
    counts
}

pub fn overall(counts: &BTreeMap<String, Counts>) -> Counts {
    counts.values().fold(Counts::default(), |a, c| Counts {
        correct: a.correct + c.correct,
        predicted: a.predicted + c.predicted,
        gold: a.gold + c.gold,
    })
}

/// The printed report: a conlleval-style table and a JSON line.
pub fn report(name: &str, counts: &BTreeMap<String, Counts>) -> String {
    let mut out = format!(
        "{:<8}{:>8}{:>8}{:>8}{:>10}{:>8}\n",
        "type", "P", "R", "F1", "predicted", "gold"
    );
    let all = overall(counts);
    for (ty, c) in counts
        .iter()
        .chain(std::iter::once((&"overall".to_string(), &all)))
    {
        let (p, r, f) = c.prf();
        out += &format!(
            "{ty:<8}{:>8.2}{:>8.2}{:>8.2}{:>10}{:>8}\n",
            p * 100.0,
            r * 100.0,
            f * 100.0,
            c.predicted,
            c.gold
        );
    }
    let (p, r, f) = all.prf();
    out +=
        &format!("{{\"eval\":\"{name}\",\"precision\":{p:.4},\"recall\":{r:.4},\"f1\":{f:.4}}}\n");
    out
}

/// Reads, annotates and scores `path`. With `NEWSMARK_ERRORS=FILE` in the
/// environment, the errors are written to FILE for error analysis.
pub fn run(path: &Path, switches: &Switches) -> Result<String, String> {
    let articles = read(path)?;
    let errors_path = std::env::var_os("NEWSMARK_ERRORS");
    let mut errors = String::new();
    let counts = evaluate(
        &articles,
        switches,
        errors_path.is_some().then_some(&mut errors),
    );
    if let Some(p) = errors_path {
        std::fs::write(&p, errors)
            .map_err(|e| format!("cannot write {}: {e}", Path::new(&p).display()))?;
    }
    Ok(report("conll", &counts))
}

/// What each name rule adds on `path`: F1 overall and by type, with every
/// pass on and with each one off.
pub fn ablate(path: &Path) -> Result<String, String> {
    let articles = read(path)?;
    let figures = |switches: &Switches| {
        let counts = evaluate(&articles, switches, None);
        let mut out = vec![("F1".to_string(), overall(&counts).prf().2)];
        for (ty, c) in &counts {
            out.push((format!("{ty} F1"), c.prf().2));
        }
        Ok(out)
    };
    super::ablation_table(
        &format!("names on {}", path.display()),
        &["names."],
        figures,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rebuilds_text_and_iob1_spans() {
        let dir = std::env::temp_dir().join(format!("newsmark-conll-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.conll");
        let data = "-DOCSTART- -X- O O\n\nEU NNP I-NEG I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n\" \" O O\nNow RB O O\n\" \" O O\n.  . O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nJohn NNP I-NP B-PER\nSmith NNP I-NP I-PER\n's POS O O\n";
        std::fs::write(&path, data).unwrap();
        let articles = read(&path).unwrap();
        let a = &articles[0];
        assert_eq!(
            a.text,
            "EU rejects German call \"Now\".\nPeter Blackburn John Smith's"
        );
        let names: Vec<(&str, &str)> = a
            .names
            .iter()
            .map(|(s, t)| (&a.text[s.range()], t.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("EU", "ORG"),
                ("German", "MISC"),
                ("Peter Blackburn", "PER"),
                ("John Smith", "PER")
            ]
        );
    }

    #[test]
    fn scores_exact_matches() {
        let gold = vec![
            (Span::new(0, 2), "ORG".to_string()),
            (Span::new(5, 9), "PER".to_string()),
        ];
        let predicted = vec![
            (Span::new(0, 2), "ORG".to_string()),
            (Span::new(5, 8), "PER".to_string()),
        ];
        let mut counts = BTreeMap::new();
        score(&gold, &predicted, &mut counts);
        let (p, r, f) = overall(&counts).prf();
        assert_eq!((p, r, f), (0.5, 0.5, 0.5));
    }
}
