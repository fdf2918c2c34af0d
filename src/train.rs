//! `newsmark train ner`: trains the name tagger's weights, reproducibly.
//! A module of its own, beside `names` and `eval`: it reads the corpora
//! through `eval`'s readers, and the names stage does not depend on them.
//!
//! An averaged structured perceptron (Collins 2002) over BILOU tags, with
//! Viterbi decoding in the loop. Training text is rebuilt from CoNLL-2003
//! tokens, joined by GUM's documents (all genres but the interviews, the
//! modern-news dev set) with names read off GUM's mentions by
//! `eval::gum`'s core rule, and tokenized by newsmark itself, so the model
//! learns on exactly the tokens it will see in use. The order of sentences
//! is shuffled with a fixed seed; the epoch that scores best on the dev
//! file is kept. Features seen fewer than `min_count` times are dropped.
//! Each GUM document is presented `gum_repeat` times per epoch.
//!
//! Two options trade size against variance (`docs/ablation-names.md`, "The
//! model's size and its seed"): `runs` averages the weights of several
//! perceptrons, each shuffled from its own seed, and `refit` trains each
//! stage again on only the features whose weights survive quantisation
//! with a margin. The shipped model uses neither (one run, no refit).

use rustc_hash::FxHashMap as HashMap;
use std::path::PathBuf;

use crate::eval::conll::{self, Article};
use crate::names::clusters::Clusters;
use crate::names::decode::{self, tag_of, Tag, N_TAGS};
use crate::names::features::{DocContext, SentenceInfo};
use crate::names::gazetteer::Gazetteer;
use crate::names::model::Model;
use crate::names::tagger::{self, Tagger};
use crate::segment::segment;
use crate::text::normalize::Normalized;

pub struct Config {
    pub train: PathBuf,
    /// GUM (`../shared/corpora/gum/gum_train.jsonl`): every genre but the
    /// held-out interviews is added to the training articles.
    pub gum: Option<PathBuf>,
    pub dev: PathBuf,
    pub out: PathBuf,
    pub epochs: usize,
    pub seed: u64,
    /// Features seen fewer times than this in training are dropped.
    pub min_count: u32,
    /// How many times each epoch presents each GUM document (CoNLL's
    /// once): GUM is 65 documents beside CoNLL's 946, and the modern
    /// writing the tagger is for.
    pub gum_repeat: usize,
    /// How many perceptrons each stage averages, from seeds `seed`,
    /// `seed + 1`, ...
    pub runs: usize,
    /// When above 0, each stage is trained again on only the features
    /// with a weight of at least this many quantisation steps (of 127).
    pub refit: i32,
}

/// One sentence: the features of each token and its gold tag.
#[derive(Clone)]
struct Example {
    features: Vec<Vec<u32>>,
    gold: Vec<Tag>,
}

/// An article segmented by newsmark, with a gold tag for each token.
struct Prepared {
    text: String,
    structure: crate::segment::Structure,
    sentences: Vec<std::ops::Range<usize>>,
    gold: Vec<Tag>,
    /// How many times each epoch presents the article.
    repeat: usize,
}

/// Segments articles and aligns their gold names to newsmark's tokens.
/// Names whose edges fall inside a token cannot be learnt and are counted.
/// The articles from index `repeat_from` on are presented `repeat` times.
fn prepare(articles: &[Article], repeat_from: usize, repeat: usize) -> (Vec<Prepared>, usize) {
    let mut out = Vec::new();
    let mut n_unaligned = 0;
    for (idx, article) in articles.iter().enumerate() {
        let text = Normalized::new(&article.text).text;
        if text.len() != article.text.len() {
            n_unaligned += article.names.len();
            continue;
        }
        let structure = segment(&text);
        let tokens = &structure.tokens;
        let mut gold = vec![0; tokens.len()];
        for (span, ty) in &article.names {
            let span = *span;
            let type_idx = decode::TYPES.iter().position(|t| t == ty).unwrap_or(3);
            let first = tokens.partition_point(|t| t.span.start < span.start);
            let last = tokens.partition_point(|t| t.span.end <= span.end);
            let aligned = first < last
                && tokens[first].span.start == span.start
                && tokens[last - 1].span.end == span.end;
            if !aligned {
                n_unaligned += 1;
                continue;
            }
            if last - first == 1 {
                gold[first] = tag_of('U', type_idx);
            } else {
                gold[first] = tag_of('B', type_idx);
                gold[first + 1..last - 1]
                    .iter_mut()
                    .for_each(|t| *t = tag_of('I', type_idx));
                gold[last - 1] = tag_of('L', type_idx);
            }
        }
        let sentences = structure
            .sentences
            .iter()
            .map(|s| s.tokens.clone())
            .collect();
        out.push(Prepared {
            text,
            structure,
            sentences,
            gold,
            repeat: if idx >= repeat_from { repeat } else { 1 },
        });
    }
    (out, n_unaligned)
}

/// The gazetteer the model is trained with: every list but those read
/// only in use (`INFERENCE_ONLY` in `build.rs`), so that the shipped model
/// stays what training makes when those lists grow.
fn training_gazetteer() -> Gazetteer {
    Gazetteer::from_bytes(crate::resources::GAZETTEER_TRAINING).unwrap_or_else(Gazetteer::empty)
}

/// Feature vectors of every sentence; with `history`, the first stage's
/// tags of each document feed the second stage's features.
fn examples(docs: &[&Prepared], history: Option<&[Vec<Tag>]>, clusters: &Clusters) -> Vec<Example> {
    let gaz = &training_gazetteer();
    let mut out = Vec::new();
    for (doc_idx, doc) in docs.iter().enumerate() {
        let tokens = &doc.structure.tokens;
        let mut ctx = DocContext::new(&doc.text, tokens, &doc.sentences, gaz, clusters);
        if let Some(history) = history {
            ctx.set_history(&history[doc_idx]);
        }
        for range in &doc.sentences {
            let gold = doc.gold[range.clone()].to_vec();
            // A sentence split inside a name would teach invalid BILOU.
            if !(decode::allowed(None, gold.first().copied())
                && decode::allowed(gold.last().copied(), None))
            {
                continue;
            }
            let info = SentenceInfo::new(&doc.text, &tokens[range.clone()]);
            let features = range
                .clone()
                .map(|i| {
                    let mut f = Vec::new();
                    ctx.features(range.clone(), info, i, &mut f);
                    f
                })
                .collect();
            let example = Example { features, gold };
            for _ in 1..doc.repeat {
                out.push(example.clone());
            }
            out.push(example);
        }
    }
    out
}

/// The first-stage tags of every token of `docs` under `model`.
fn tag_docs(model: &Model, docs: &[&Prepared]) -> Vec<Vec<Tag>> {
    let gaz = training_gazetteer();
    let clusters = Clusters::embedded();
    docs.iter()
        .map(|doc| {
            let ctx = DocContext::new(
                &doc.text,
                &doc.structure.tokens,
                &doc.sentences,
                &gaz,
                &clusters,
            );
            tagger::tag_tokens(model, &ctx, &doc.sentences)
        })
        .collect()
}

/// Perceptron weights with the running sums that averaging needs.
#[derive(Clone)]
struct Averaged {
    weight: [f32; N_TAGS],
    total: [f32; N_TAGS],
    stamp: [u32; N_TAGS],
}

impl Averaged {
    fn new() -> Averaged {
        Averaged {
            weight: [0.0; N_TAGS],
            total: [0.0; N_TAGS],
            stamp: [0; N_TAGS],
        }
    }

    fn update(&mut self, tag: Tag, delta: f32, step: u32) {
        self.total[tag] += (step - self.stamp[tag]) as f32 * self.weight[tag];
        self.stamp[tag] = step;
        self.weight[tag] += delta;
    }

    fn average(&self, step: u32) -> [f32; N_TAGS] {
        std::array::from_fn(|t| {
            let total = self.total[t] + (step - self.stamp[t]) as f32 * self.weight[t];
            total / step.max(1) as f32
        })
    }
}

struct Perceptron {
    features: HashMap<u32, Averaged>,
    /// Rows 0..N_TAGS: previous tag; row N_TAGS: sentence start.
    transitions: Vec<Vec<Averaged>>,
    step: u32,
}

impl Perceptron {
    fn predict(&self, example: &Example) -> Vec<Tag> {
        let scores: Vec<[f32; N_TAGS]> = example
            .features
            .iter()
            .map(|fs| {
                let mut s = [0.0; N_TAGS];
                for f in fs {
                    if let Some(row) = self.features.get(f) {
                        s.iter_mut()
                            .zip(row.weight.iter())
                            .for_each(|(a, w)| *a += w);
                    }
                }
                s
            })
            .collect();
        let transitions: Vec<[f32; N_TAGS]> = self
            .transitions
            .iter()
            .map(|row| std::array::from_fn(|t| row[t].weight[0]))
            .collect();
        decode::viterbi(&scores, &transitions)
    }

    fn learn(&mut self, example: &Example) {
        self.step += 1;
        let predicted = self.predict(example);
        if predicted == example.gold {
            return;
        }
        let step = self.step;
        for (i, (&gold, &guess)) in example.gold.iter().zip(&predicted).enumerate() {
            if gold != guess {
                for f in &example.features[i] {
                    let row = self.features.entry(*f).or_insert_with(Averaged::new);
                    row.update(gold, 1.0, step);
                    row.update(guess, -1.0, step);
                }
            }
            let prev_gold = if i == 0 { N_TAGS } else { example.gold[i - 1] };
            let prev_guess = if i == 0 { N_TAGS } else { predicted[i - 1] };
            if (prev_gold, gold) != (prev_guess, guess) {
                self.transitions[prev_gold][gold].update(0, 1.0, step);
                self.transitions[prev_guess][guess].update(0, -1.0, step);
            }
        }
    }

    fn averaged_weights(&self) -> Weights {
        let weights: HashMap<u32, [f32; N_TAGS]> = self
            .features
            .iter()
            .map(|(&f, row)| (f, row.average(self.step)))
            .collect();
        let transitions = self
            .transitions
            .iter()
            .map(|row| std::array::from_fn(|t| row[t].average(self.step)[0]))
            .collect();
        (weights, transitions)
    }
}

/// Token-level tagging of examples, scored as entity spans (for choosing
/// the epoch; the reported score comes from `newsmark eval conll`).
fn dev_f1(model: &Model, examples: &[Example]) -> f64 {
    let (mut correct, mut predicted, mut gold) = (0usize, 0usize, 0usize);
    for example in examples {
        let scores: Vec<[f32; N_TAGS]> = example
            .features
            .iter()
            .map(|fs| {
                let mut s = [0.0; N_TAGS];
                model.score(fs, &mut s);
                s
            })
            .collect();
        let guess = decode::spans_of(&decode::viterbi(&scores, &model.transitions));
        let truth = decode::spans_of(&example.gold);
        correct += guess.iter().filter(|g| truth.contains(g)).count();
        predicted += guess.len();
        gold += truth.len();
    }
    crate::eval::f1(
        crate::eval::ratio(correct, predicted),
        crate::eval::ratio(correct, gold),
    )
}

/// A small, seedable generator for shuffling (xorshift64*).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n as u64) as usize
    }
}

/// Dense weights and transitions: a perceptron's averaged weights.
type Weights = (HashMap<u32, [f32; N_TAGS]>, Vec<[f32; N_TAGS]>);

/// Trains one model on `train`: `config.runs` perceptrons, each from its
/// own shuffling seed and keeping the epoch best on `dev`, whose weights
/// are averaged (one run: that run's model).
fn train_model(
    train: &mut [Example],
    dev: &[Example],
    config: &Config,
    log: &mut String,
) -> Result<Model, String> {
    let mut counts: HashMap<u32, u32> = HashMap::default();
    for example in train.iter() {
        for f in example.features.iter().flatten() {
            *counts.entry(*f).or_default() += 1;
        }
    }
    for example in train.iter_mut() {
        for fs in &mut example.features {
            fs.retain(|f| counts[f] >= config.min_count);
        }
    }
    *log += &format!(
        "{} sentences, {} features, {} seen at least {} times\n",
        train.len(),
        counts.len(),
        counts.values().filter(|&&c| c >= config.min_count).count(),
        config.min_count
    );
    let mut model = average_runs(train, dev, config, log)?;
    if config.refit > 0 {
        let keep = model.features_at_least(config.refit);
        for example in train.iter_mut() {
            for fs in &mut example.features {
                fs.retain(|f| keep.contains(f));
            }
        }
        *log += &format!(
            "refit on the {} features with a weight of at least {} steps\n",
            keep.len(),
            config.refit
        );
        model = average_runs(train, dev, config, log)?;
    }
    Ok(model)
}

/// The average of `config.runs` perceptrons (see [`train_model`]).
fn average_runs(
    train: &[Example],
    dev: &[Example],
    config: &Config,
    log: &mut String,
) -> Result<Model, String> {
    let runs = config.runs.max(1);
    let mut sum: Weights = (HashMap::default(), vec![[0.0; N_TAGS]; N_TAGS + 1]);
    for run in 0..runs {
        let (weights, transitions) = train_run(train, dev, config.seed + run as u64, config, log)?;
        for (f, row) in weights {
            let total = sum.0.entry(f).or_insert([0.0; N_TAGS]);
            total.iter_mut().zip(row).for_each(|(a, w)| *a += w);
        }
        for (total, row) in sum.1.iter_mut().zip(transitions) {
            total.iter_mut().zip(row).for_each(|(a, w)| *a += w);
        }
    }
    let n = runs as f32;
    sum.0.values_mut().flatten().for_each(|w| *w /= n);
    sum.1.iter_mut().flatten().for_each(|w| *w /= n);
    let model = Model::from_weights(&sum.0, sum.1);
    if runs > 1 {
        *log += &format!(
            "{runs} runs averaged: dev token-span F1 {:.2}, {} features\n",
            dev_f1(&model, dev) * 100.0,
            model.n_features()
        );
    }
    Ok(model)
}

/// One perceptron from shuffling seed `seed`: the averaged weights of the
/// epoch best on `dev`.
fn train_run(
    train: &[Example],
    dev: &[Example],
    seed: u64,
    config: &Config,
    log: &mut String,
) -> Result<Weights, String> {
    let mut perceptron = Perceptron {
        features: HashMap::default(),
        transitions: vec![vec![Averaged::new(); N_TAGS]; N_TAGS + 1],
        step: 0,
    };
    let mut rng = Rng(seed.max(1));
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut best: Option<(f64, usize, Weights)> = None;
    for epoch in 1..=config.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        for &idx in &order {
            perceptron.learn(&train[idx]);
        }
        let weights = perceptron.averaged_weights();
        let model = Model::from_weights(&weights.0, weights.1.clone());
        let f1 = dev_f1(&model, dev);
        eprintln!("epoch {epoch}: dev token-span F1 {:.2}", f1 * 100.0);
        if best.as_ref().is_none_or(|b| f1 > b.0) {
            best = Some((f1, epoch, weights));
        }
    }
    let (f1, epoch, weights) = best.ok_or("no epochs: give --epochs 1 or more")?;
    *log += &format!(
        "kept epoch {epoch} (dev token-span F1 {:.2}), {} features\n",
        f1 * 100.0,
        weights.0.len()
    );
    Ok(weights)
}

/// Trains both stages and writes the tagger to `config.out`; returns a log.
///
/// The second stage must learn from first-stage tags as good as those it
/// will see in use, not from a model that has memorised the training data:
/// its training tags come from two models, each trained on the other half
/// of the articles (jackknifing).
pub fn train_ner(config: &Config) -> Result<String, String> {
    let mut log = String::new();
    let mut train_articles = conll::read(&config.train)?;
    let n_conll = train_articles.len();
    if let Some(gum) = &config.gum {
        train_articles.extend(crate::eval::gum::read(gum, &training_gazetteer())?);
    }
    log += &format!(
        "{n_conll} CoNLL-2003 articles, {} GUM articles\n",
        train_articles.len() - n_conll
    );
    let (train_docs, n_unaligned) = prepare(&train_articles, n_conll, config.gum_repeat.max(1));
    let (dev_docs, _) = prepare(&conll::read(&config.dev)?, usize::MAX, 1);
    log += &format!(
        "{} training articles ({n_unaligned} names not aligned to tokens), {} dev articles\n",
        train_docs.len(),
        dev_docs.len()
    );
    let clusters = &Clusters::embedded();
    let train_refs: Vec<&Prepared> = train_docs.iter().collect();
    let dev_refs: Vec<&Prepared> = dev_docs.iter().collect();
    let dev1 = examples(&dev_refs, None, clusters);

    log += "stage 1: ";
    let first = train_model(
        &mut examples(&train_refs, None, clusters),
        &dev1,
        config,
        &mut log,
    )?;

    let mut history: Vec<Vec<Tag>> = vec![Vec::new(); train_docs.len()];
    for fold in 0..2 {
        let (held_in, held_out): (Vec<usize>, Vec<usize>) =
            (0..train_docs.len()).partition(|i| i % 2 != fold);
        let held_in: Vec<&Prepared> = held_in.iter().map(|&i| &train_docs[i]).collect();
        let mut fold_examples = examples(&held_in, None, clusters);
        log += &format!("fold {fold}: ");
        let model = train_model(&mut fold_examples, &dev1, config, &mut log)?;
        let out_docs: Vec<&Prepared> = held_out.iter().map(|&i| &train_docs[i]).collect();
        for (i, tags) in held_out.iter().zip(tag_docs(&model, &out_docs)) {
            history[*i] = tags;
        }
    }
    let dev_history = tag_docs(&first, &dev_refs);
    log += "stage 2: ";
    let second = train_model(
        &mut examples(&train_refs, Some(&history), clusters),
        &examples(&dev_refs, Some(&dev_history), clusters),
        config,
        &mut log,
    )?;

    let bytes = Tagger::new(first, Some(second)).to_bytes();
    std::fs::write(&config.out, &bytes)
        .map_err(|e| format!("cannot write {}: {e}", config.out.display()))?;
    log += &format!(
        "{} bytes written to {}\n",
        bytes.len(),
        config.out.display()
    );
    Ok(log)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-token PER name on tokens with feature 10, no name on those
    /// with 20; feature 30 everywhere (no signal) and 40 on one token.
    fn toy() -> Vec<Example> {
        let name = decode::tag_of('U', 0);
        (0..40)
            .map(|i| {
                let (f, tag) = if i % 2 == 0 { (10, name) } else { (20, 0) };
                let mut fs = vec![f, 30];
                if i == 3 {
                    fs.push(40);
                }
                Example {
                    features: vec![fs, vec![20, 30]],
                    gold: vec![tag, 0],
                }
            })
            .collect()
    }

    fn config(runs: usize, refit: i32) -> Config {
        Config {
            train: PathBuf::new(),
            gum: None,
            dev: PathBuf::new(),
            out: PathBuf::new(),
            epochs: 3,
            seed: 1,
            min_count: 1,
            gum_repeat: 1,
            runs,
            refit,
        }
    }

    #[test]
    fn averaged_and_refit_models_learn_the_toy_task() {
        let dev = toy();
        for (runs, refit) in [(1, 0), (3, 0), (2, 40)] {
            let mut log = String::new();
            let model = train_model(&mut toy(), &dev, &config(runs, refit), &mut log).unwrap();
            assert_eq!(
                dev_f1(&model, &dev),
                1.0,
                "runs {runs} refit {refit}: {log}"
            );
            assert_eq!(
                log.matches("kept epoch").count(),
                runs * if refit > 0 { 2 } else { 1 }
            );
            if refit > 0 {
                // The refit keeps the features that carry the task.
                assert!(log.contains("refit on the"), "{log}");
                assert!(model.features_at_least(1).contains(&10));
                assert!(model.n_features() < 4, "{log}");
            }
        }
    }
}
