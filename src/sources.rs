//! The source ledger: who was quoted and how much, one entry per speaker,
//! with what the text itself says about them (role, affiliation, gender),
//! and a summary for the audit newsrooms run by hand ("how many sources,
//! how many named, how many women, whose words fill the story").
//!
//! Pure and last: it reads the finished quotes and clusters of a document,
//! in the original text's byte offsets, and fills `sources` and
//! `source_summary`. It changes nothing else and decides nothing the
//! earlier stages have not: a quote's source is its cluster, else the text
//! of its speaker mention ("officials"), as the page's cards group them.
//!
//! Gender is only what the text states: a gendered pronoun the people stage
//! resolved to the person ("she said"), or an honorific before one of their
//! mentions ("Ms. Ortiz"), both from `data/people/`. It is never read off a
//! first name, and evidence that disagrees gives no gender.

use rustc_hash::FxHashMap as HashMap;

use crate::document::{
    Cluster, Document, Gender, Quote, QuoteCounts, Source, SourceSummary, WordCounts,
};
use crate::resources::lists::people::{honorifics, pronouns};

/// The role `people` gives a news agency's cluster ("Russia's TASS news
/// agency"): such a source is itself an outlet.
const NEWS_AGENCY_ROLE: &str = "news agency";

/// Fills `doc.sources` and `doc.source_summary` from its quotes and
/// clusters. `text` is the text the document's offsets point into (bytes).
pub fn add_ledger(text: &str, doc: &mut Document) {
    let (sources, summary) = ledger(text, &doc.quotes, &doc.clusters);
    doc.sources = sources;
    doc.source_summary = summary;
}

/// One source while the ledger is built.
struct Entry {
    source: Source,
    /// Where the source is first named, or first speaks: for the order.
    first: usize,
    spans: Vec<[usize; 2]>,
    direct_spans: Vec<[usize; 2]>,
    n_anonymous: usize,
}

/// The ledger of `quotes` and `clusters` over `text`: sources with most
/// quotes first, then by where they are first named, and their summary.
pub fn ledger(text: &str, quotes: &[Quote], clusters: &[Cluster]) -> (Vec<Source>, SourceSummary) {
    let by_id: HashMap<usize, &Cluster> = clusters.iter().map(|c| (c.id, c)).collect();
    let mut index: HashMap<String, usize> = HashMap::default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut unattributed = 0;
    for quote in quotes {
        let cluster = quote.speaker_cluster.and_then(|id| by_id.get(&id).copied());
        let speaker_text = quote
            .speaker
            .as_ref()
            .map(|s| collapse_spaces(&s.text))
            .filter(|s| !s.is_empty());
        let key = match (cluster, &speaker_text) {
            (Some(c), _) => format!("cluster:{}", c.id),
            (None, Some(t)) => format!("text:{}", t.to_lowercase()),
            (None, None) => {
                unattributed += 1;
                continue;
            }
        };
        let e = *index.entry(key).or_insert_with(|| {
            entries.push(new_entry(
                text,
                cluster,
                speaker_text.as_deref().unwrap_or_default(),
            ));
            entries.len() - 1
        });
        let entry = &mut entries[e];
        if let Some(speaker) = &quote.speaker {
            entry.first = entry.first.min(speaker.start);
            if cluster.is_none() && pronoun_sex(&speaker.text).is_some() {
                // An unresolved "she said": the pronoun is all the text says
                // of who spoke, and it states their gender.
                entry
                    .source
                    .gender_evidence
                    .push([speaker.start, speaker.end]);
            }
        }
        let counts = &mut entry.source.quotes;
        match quote.kind.as_str() {
            "direct" => counts.direct += 1,
            "mixed" => counts.mixed += 1,
            _ => counts.indirect += 1,
        }
        counts.total += 1;
        entry.spans.extend(quote.spans.iter().copied());
        if quote.kind == "direct" {
            entry.direct_spans.extend(quote.spans.iter().copied());
        }
        if quote.anonymous {
            entry.n_anonymous += 1;
        }
        if let Some(outlet) = &quote.outlet {
            let name = collapse_spaces(&outlet.text);
            if !name.is_empty() && !entry.source.outlets.contains(&name) {
                entry.source.outlets.push(name);
            }
        }
    }
    for entry in &mut entries {
        let total = count_words(text, &merge(&entry.spans));
        let direct = count_words(text, &merge(&entry.direct_spans));
        entry.source.words = WordCounts {
            direct,
            reported: total - direct,
        };
        entry.source.anonymous = entry.n_anonymous == entry.source.quotes.total;
        if entry.first == usize::MAX {
            entry.first = entry.spans.iter().map(|s| s[0]).min().unwrap_or(usize::MAX);
        }
        if entry.source.cluster.is_none() {
            crate::sort::sort(&mut entry.source.gender_evidence);
            entry.source.gender_evidence.dedup();
            entry.source.gender = gender_of(text, &entry.source.gender_evidence);
        }
    }
    crate::sort::sort_by_key(&mut entries, |e| {
        (std::cmp::Reverse(e.source.quotes.total), e.first)
    });
    let sources: Vec<Source> = entries.into_iter().map(|e| e.source).collect();
    let summary = summarise(&sources, quotes, unattributed);
    (sources, summary)
}

fn new_entry(text: &str, cluster: Option<&Cluster>, speaker_text: &str) -> Entry {
    let (gender, gender_evidence) = cluster.map_or((None, Vec::new()), |c| cluster_gender(text, c));
    let source = Source {
        cluster: cluster.map(|c| c.id),
        name: cluster.map_or_else(|| speaker_text.to_string(), |c| c.name.clone()),
        quotes: QuoteCounts::default(),
        words: WordCounts::default(),
        anonymous: false,
        news_outlet: cluster.is_some_and(|c| c.roles.iter().any(|r| r == NEWS_AGENCY_ROLE)),
        roles: cluster.map_or_else(Vec::new, |c| c.roles.clone()),
        affiliations: cluster.map_or_else(Vec::new, |c| c.affiliations.clone()),
        gender,
        gender_evidence,
        outlets: Vec::new(),
    };
    let first = cluster
        .and_then(|c| c.mentions.iter().map(|m| m[0]).min())
        .unwrap_or(usize::MAX);
    Entry {
        source,
        first,
        spans: Vec::new(),
        direct_spans: Vec::new(),
        n_anonymous: 0,
    }
}

fn summarise(sources: &[Source], quotes: &[Quote], unattributed: usize) -> SourceSummary {
    let words: Vec<usize> = sources
        .iter()
        .map(|s| s.words.direct + s.words.reported)
        .collect();
    let n_words: usize = words.iter().sum();
    let mut outlets: Vec<(usize, String)> = Vec::new();
    let mut add_outlet = |at: usize, name: String| {
        if !name.is_empty() && !outlets.iter().any(|(_, n)| *n == name) {
            outlets.push((at, name));
        }
    };
    for q in quotes {
        if let Some(o) = &q.outlet {
            add_outlet(o.start, collapse_spaces(&o.text));
        }
    }
    for s in sources.iter().filter(|s| s.news_outlet) {
        add_outlet(usize::MAX, s.name.clone());
    }
    // Outlets in the order the text names them; a source that is an agency
    // but never carried a quote goes after them.
    crate::sort::sort_by_key(&mut outlets, |(at, _)| *at);
    let count = |f: &dyn Fn(&Source) -> bool| sources.iter().filter(|s| f(s)).count();
    let female = count(&|s| s.gender == Some(Gender::Female));
    let male = count(&|s| s.gender == Some(Gender::Male));
    SourceSummary {
        sources: sources.len(),
        named: count(&|s| s.cluster.is_some() && !s.anonymous),
        anonymous: count(&|s| s.anonymous),
        female,
        male,
        gender_unknown: sources.len() - female - male,
        quotes: quotes.len() - unattributed,
        unattributed,
        words: n_words,
        word_share: words
            .iter()
            .map(|&w| {
                if n_words == 0 {
                    0.0
                } else {
                    w as f64 / n_words as f64
                }
            })
            .collect(),
        outlets: outlets.into_iter().map(|(_, n)| n).collect(),
    }
}

/// What the text states of a person's gender: their mentions that are
/// gendered pronouns, and honorifics right before a mention ("Ms." in
/// "Ms. Ortiz"), as spans; and the gender when all of them agree.
fn cluster_gender(text: &str, cluster: &Cluster) -> (Option<Gender>, Vec<[usize; 2]>) {
    if cluster.label != "PERSON" {
        return (None, Vec::new());
    }
    let mut evidence = Vec::new();
    for &[start, end] in &cluster.mentions {
        if text
            .get(start..end)
            .is_some_and(|m| pronoun_sex(m).is_some())
        {
            evidence.push([start, end]);
        } else if let Some(span) = honorific_of(text, start, end) {
            evidence.push(span);
        }
    }
    crate::sort::sort(&mut evidence);
    evidence.dedup();
    let gender = gender_of(text, &evidence);
    (gender, evidence)
}

/// The gender all `evidence` spans state, or None when there is none or
/// they disagree (a pronoun resolved to the wrong person, say).
fn gender_of(text: &str, evidence: &[[usize; 2]]) -> Option<Gender> {
    let mut found = None;
    for &[start, end] in evidence {
        let word = &text[start..end];
        let sex = pronoun_sex(word).or_else(|| honorifics::get(word))?;
        let gender = if sex == 'F' {
            Gender::Female
        } else {
            Gender::Male
        };
        if found.is_some_and(|g| g != gender) {
            return None;
        }
        found = Some(gender);
    }
    found
}

/// The sex a pronoun shows ('M' or 'F'), whatever its case ("She").
fn pronoun_sex(word: &str) -> Option<char> {
    pronouns::get(word.to_lowercase().as_str())
}

/// The span of an honorific ("Mr.", "Ms", "Dame") that opens the mention
/// `[start, end)` ("Mr. Chen", when the names layer kept it) or ends right
/// before it, separated by spaces only ("Ms. Ortiz").
fn honorific_of(text: &str, start: usize, end: usize) -> Option<[usize; 2]> {
    let is_honorific = |s: usize, e: usize| honorifics::get(&text[s..e]).is_some();
    let mention = text.get(start..end)?;
    if let Some(gap) = mention.find(char::is_whitespace) {
        if is_honorific(start, start + gap) {
            return Some([start, start + gap]);
        }
    }
    let before = text.get(..start)?;
    let word_end = before.trim_end().len();
    if word_end == before.len() {
        return None;
    }
    let head = &before[..word_end];
    let word_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    is_honorific(word_start, word_end).then_some([word_start, word_end])
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The union of `[start, end]` ranges: sorted, neither overlapping nor
/// touching, so that a word inside a mixed quote and the direct quotation
/// within it counts once.
fn merge(ranges: &[[usize; 2]]) -> Vec<[usize; 2]> {
    let mut sorted: Vec<[usize; 2]> = ranges.iter().copied().filter(|[s, e]| e > s).collect();
    crate::sort::sort(&mut sorted);
    let mut out: Vec<[usize; 2]> = Vec::new();
    for [start, end] in sorted {
        match out.last_mut() {
            Some(last) if start <= last[1] => last[1] = last[1].max(end),
            _ => out.push([start, end]),
        }
    }
    out
}

/// Words in the ranges of `text`: runs of letters and digits, with inner
/// apostrophes, hyphens and points ("NATO’s", "U.S.", "32-member").
fn count_words(text: &str, ranges: &[[usize; 2]]) -> usize {
    ranges
        .iter()
        .filter_map(|&[s, e]| text.get(s..e))
        .map(words_in)
        .sum()
}

fn words_in(s: &str) -> usize {
    let is_joiner = |c: char| matches!(c, '\'' | '\u{2019}' | '.' | '-');
    let mut n_words = 0;
    let mut chars = s.chars().peekable();
    let mut in_word = false;
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            if !in_word {
                n_words += 1;
                in_word = true;
            }
        } else if in_word && is_joiner(c) && chars.peek().is_some_and(|n| n.is_alphanumeric()) {
            // Still the same word: "don't", "U.S", "32-member".
        } else {
            in_word = false;
        }
    }
    n_words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Options};

    fn doc(text: &str) -> Document {
        Analyzer::new().annotate(text, &Options::new().with_date("2025-07-04").unwrap())
    }

    fn source<'d>(doc: &'d Document, name: &str) -> &'d Source {
        doc.sources
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| {
                panic!(
                    "no source {name}: {:?}",
                    doc.sources.iter().map(|s| &s.name).collect::<Vec<_>>()
                )
            })
    }

    fn evidence(text: &str, s: &Source) -> Vec<String> {
        s.gender_evidence
            .iter()
            .map(|&[a, b]| text[a..b].to_string())
            .collect()
    }

    #[test]
    fn words_are_letters_and_digits_with_inner_joiners() {
        for (s, n) in [
            ("", 0),
            ("NATO’s massive spending", 3),
            ("the U.S. and 32-member alliance", 5),
            ("“Given his apparent wisdom,” he said.", 6),
            ("don't -- stop . now", 3),
            ("café naïve 5%", 3),
        ] {
            assert_eq!(words_in(s), n, "{s}");
        }
    }

    #[test]
    fn ranges_merge_when_they_overlap_or_touch() {
        assert_eq!(
            merge(&[[5, 9], [0, 3], [3, 4], [8, 12], [20, 20]]),
            [[0, 4], [5, 12]]
        );
    }

    #[test]
    fn the_nato_article() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/articles/nato-spending-lavrov.txt"
        );
        let text = std::fs::read_to_string(path).unwrap();
        let doc = doc(&text);
        let lavrov = &doc.sources[0];
        assert_eq!(lavrov.name, "Sergey Lavrov");
        assert_eq!(
            (
                lavrov.quotes.direct,
                lavrov.quotes.indirect,
                lavrov.quotes.mixed,
                lavrov.quotes.total
            ),
            (1, 1, 0, 2)
        );
        assert_eq!((lavrov.words.direct, lavrov.words.reported), (20, 14));
        assert_eq!(
            (lavrov.roles.as_slice(), lavrov.affiliations.as_slice()),
            (
                &["Foreign Minister".to_string()][..],
                &["Russia".to_string()][..]
            )
        );
        // No pronoun outside a quote refers to him and no honorific names
        // him: his first name says nothing.
        assert_eq!(lavrov.gender, None);
        assert!(lavrov.gender_evidence.is_empty());
        // Putin's words came through TASS, Sikorski's through AFP; TASS
        // carried Putin's words ("..., according to Russia's TASS news
        // agency") and is no speaker of its own (issue 14).
        assert_eq!(source(&doc, "Vladimir Putin").outlets, ["TASS"]);
        assert_eq!(source(&doc, "Radoslaw Sikorski").outlets, ["AFP"]);
        assert!(doc.sources.iter().all(|s| s.name != "TASS"));
        assert!(!source(&doc, "Vladimir Putin").news_outlet);
        // "Putin himself": the reflexive resolved to Putin states his gender.
        let putin = source(&doc, "Vladimir Putin");
        assert_eq!(putin.gender, Some(Gender::Male));
        assert_eq!(evidence(&text, putin), ["himself"]);
        let summary = &doc.source_summary;
        assert_eq!(summary.outlets, ["TASS", "AFP"]);
        assert_eq!(summary.sources, doc.sources.len());
        assert_eq!(summary.quotes, doc.quotes.len());
        assert_eq!(summary.word_share.len(), doc.sources.len());
        let share: f64 = summary.word_share.iter().sum();
        assert!((share - 1.0).abs() < 1e-9, "{share}");
        assert_eq!(summary.word_share[0], 34.0 / summary.words as f64);
    }

    #[test]
    fn gender_only_where_the_text_states_it() {
        let text = "Maria Ortiz, the mayor, said the budget was balanced. She added that taxes would fall.\n\n\
                    \"We will not wait,\" said Mr. Chen, the treasurer.\n\n\
                    Dana Fox said the plan was late.";
        let doc = doc(text);
        let ortiz = source(&doc, "Maria Ortiz");
        assert_eq!(
            (ortiz.gender, evidence(text, ortiz)),
            (Some(Gender::Female), vec!["She".to_string()])
        );
        let chen = doc
            .sources
            .iter()
            .find(|s| s.name.contains("Chen"))
            .expect("Mr. Chen is a source");
        assert_eq!(
            (chen.gender, evidence(text, chen)),
            (Some(Gender::Male), vec!["Mr.".to_string()])
        );
        // A first name alone states nothing.
        let fox = source(&doc, "Dana Fox");
        assert_eq!((fox.gender, fox.gender_evidence.len()), (None, 0));
        assert_eq!(
            (
                doc.source_summary.female,
                doc.source_summary.male,
                doc.source_summary.gender_unknown
            ),
            (1, 1, doc.sources.len() - 2)
        );
    }

    #[test]
    fn honorifics_inside_or_before_a_mention() {
        let text = "Ms. Ortiz met Mr.  Chen and Dr. Ray; Prime Minister Lee.";
        let at = |m: &str| {
            let s = text.find(m).unwrap();
            honorific_of(text, s, s + m.len()).map(|[a, b]| &text[a..b])
        };
        assert_eq!(at("Ms. Ortiz"), Some("Ms."));
        assert_eq!(at("Ortiz"), Some("Ms."));
        assert_eq!(at("Chen"), Some("Mr."));
        assert_eq!(at("Ray"), None, "Dr. states no gender");
        assert_eq!(at("Lee"), None);
        assert_eq!(at("Ms."), None);
    }

    #[test]
    fn evidence_that_disagrees_gives_no_gender() {
        let cluster = Cluster {
            id: 0,
            label: "PERSON".into(),
            name: "Sam Lee".into(),
            mentions: vec![[0, 7], [13, 15], [26, 29]],
            roles: vec![],
            affiliations: vec![],
        };
        let text = "Sam Lee said he would go; she did not.";
        let (gender, evidence) = cluster_gender(text, &cluster);
        assert_eq!(gender, None);
        assert_eq!(evidence, [[13, 15], [26, 29]]);
    }

    #[test]
    fn unnamed_and_unattributed_sources() {
        let text =
            "The talks had failed, officials said.\n\n\"It is over,\" an aide said.\n\n\"Odd.\"";
        let doc = doc(text);
        let summary = &doc.source_summary;
        let officials = source(&doc, "officials");
        assert!(officials.anonymous && officials.cluster.is_none());
        assert_eq!(
            summary.anonymous,
            doc.sources.iter().filter(|s| s.anonymous).count()
        );
        assert_eq!(summary.named, 0);
        assert_eq!(summary.quotes + summary.unattributed, doc.quotes.len());
    }

    #[test]
    fn an_empty_document_has_an_empty_ledger() {
        let doc = doc("");
        assert!(doc.sources.is_empty());
        assert_eq!(doc.source_summary, SourceSummary::default());
    }
}
