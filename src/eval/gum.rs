//! The GUM corpus as names: `newsmark eval gum FILE` scores names on one
//! genre (the Wikinews interviews by default, the modern-news dev set), and
//! `newsmark train ner` learns from the other genres through [`read`].
//!
//! GUM annotates every mention as a whole noun phrase ("the Afghan
//! ambassador Hamdullah Mohib"), so names are derived from mentions by one
//! rule, [`core`], which gives the *name core* a news reader would mark:
//!
//! 1. Only mentions of a person, organisation or place that hold a proper
//!    noun give a core (PER, ORG, LOC); for training, named events, works
//!    and other named things give MISC cores the same way.
//! 2. The mention is cut at its first post-modifier: a comma, "(", ";",
//!    ":", a dash, a relative pronoun ("who") or a preposition.
//!    "of" stays inside an organisation or place when a capitalised word
//!    follows ("Bank of America", "University of Oxford").
//! 3. A trailing possessive ("'s", "'") is dropped.
//! 4. The core is the run of capitalised words that ends what is left;
//!    numbers after a capitalised word ("FTSE 100"), "&" and lower-case
//!    name particles before a capitalised word ("bin" or "van":
//!    `data/gazetteers/name_particles.txt`) stay inside it. A mention that
//!    ends in a lower-case word ("his MIT office") gives no core.
//! 5. Leading determiners and titles are left out ("The", "Apple CEO Steve
//!    Jobs" gives "Steve Jobs"; a title by the gazetteer's title list or
//!    before a person's name an abbreviated title of
//!    `data/lexicon/abbreviations.txt`, "Ms."), and
//!    so is the first word of a person's run of three or more words when
//!    the text writes it in lower case elsewhere ("Biologist Nick Bos"),
//!    and so are its first one or two words, no given names, when the
//!    text writes what follows them, a given name and a surname,
//!    elsewhere without them ("Attorney Robert Sarvis" beside "Robert
//!    Sarvis").
//!    The pronoun "I" is no name.
//! 6. Where cores overlap (nested mentions), the longer one wins.
//!
//! Nationality words are not names here: a core that is a demonym or a
//! group word alone, or its plural ("Afghan", "Americans", "Democrats"), is
//! not scored, and in training it is MISC as in CoNLL-2003.

use std::collections::BTreeMap;
use std::path::Path;

use rustc_hash::FxHashSet as HashSet;
use serde::Deserialize;

use super::conll::{report, Article, Counts};
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::segment::{tokenize, AbbrevClass, Token, TokenKind};
use crate::text::normalize::Normalized;
use crate::text::span::{OffsetMap, Span, Unit};
use crate::text::words;
use crate::{Analyzer, Layer, Options, Switches};

/// The genre held out as the modern-news dev set.
pub const DEV_GENRE: &str = "interview";

#[derive(Deserialize)]
pub struct Record {
    pub id: String,
    pub genre: String,
    pub text: String,
    pub entities: Vec<Mention>,
}

#[derive(Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
    pub identity: Option<String>,
    pub has_propn: bool,
}

/// The name type a mention's core takes: PER, ORG and LOC for people,
/// organisations and places; MISC for other named things (events, works,
/// languages), which only training uses.
fn name_type(mention: &Mention) -> Option<&'static str> {
    if !mention.has_propn {
        return None;
    }
    match mention.kind.as_str() {
        "person" => Some("PER"),
        "organization" => Some("ORG"),
        "place" => Some("LOC"),
        // Named events, works and ideas; times, substances, animals and
        // plants are no names of the CoNLL kind.
        "event" => mention.identity.is_some().then_some("MISC"),
        "object" => mention.identity.is_some().then_some("MISC"),
        "abstract" => mention.identity.is_some().then_some("MISC"),
        _ => None,
    }
}

fn is_particle(word: &str) -> bool {
    crate::resources::lists::gazetteers::name_particles::contains(word)
}

/// The name core of the mention `span` of type `ty` in `text`, as a byte
/// span, by the rule in the module comment; `None` when the mention holds
/// no name. `lower_words` are the words the text writes in lower case.
pub fn core(
    text: &str,
    span: Span,
    ty: &str,
    gazetteer: &Gazetteer,
    lower_words: &HashSet<&str>,
) -> Option<Span> {
    let mut tokens: Vec<Token> = Vec::new();
    tokenize(text, span, &mut tokens);
    let word = |t: &Token| &text[t.span.range()];
    // 2. Cut at the first post-modifier.
    let keeps_of = matches!(ty, "ORG" | "LOC");
    let cut = (1..tokens.len())
        .find(|&i| {
            let w = word(&tokens[i]);
            let lower = w.to_lowercase();
            let next_capital = tokens
                .get(i + 1)
                .is_some_and(|t| crate::text::is_capitalised(word(t)));
            match w {
                "," | "(" | ";" | ":" | "-" | "–" | "—" | "\n" => true,
                _ if text[tokens[i - 1].span.end..tokens[i].span.start].contains('\n') => true,
                "of" => !(keeps_of && next_capital),
                _ if w.chars().next().is_some_and(char::is_lowercase) => {
                    words::is_relative(&lower) || words::is_preposition(&lower)
                }
                _ => false,
            }
        })
        .unwrap_or(tokens.len());
    tokens.truncate(cut);
    // 3. A trailing possessive.
    while tokens
        .last()
        .is_some_and(|t| matches!(word(t), "'s" | "'" | "’s" | "’" | "'S"))
    {
        tokens.pop();
    }
    // 4. The run of capitalised words that ends the mention.
    let is_number = |t: &Token| t.kind == TokenKind::Number;
    let last = tokens.last()?;
    if !(crate::text::is_capitalised(word(last)) || is_number(last)) {
        return None;
    }
    let mut start = tokens.len() - 1;
    while start > 0 {
        let prev = &tokens[start - 1];
        let w = word(prev);
        let inside = crate::text::is_capitalised(w)
            || (is_number(prev)
                && start >= 2
                && crate::text::is_capitalised(word(&tokens[start - 2])))
            || w == "&"
            || ((is_particle(w) || (w == "of" && keeps_of))
                && crate::text::is_capitalised(word(&tokens[start])));
        if !inside {
            break;
        }
        start -= 1;
    }
    let mut run = &tokens[start..];
    // The run opens with a capitalised word, not a particle or a number.
    while run
        .first()
        .is_some_and(|t| !crate::text::is_capitalised(word(t)))
    {
        run = &run[1..];
    }
    // 5. Leading determiners and titles, abbreviated ones too ("Ms.").
    // An abbreviated title opens only a person's name ("St. Louis" keeps
    // its "St.").
    while run.len() > 1
        && (words::is_determiner(&word(&run[0]).to_lowercase())
            || (ty == "PER" && run[0].kind == TokenKind::Abbreviation(AbbrevClass::Title)))
    {
        run = &run[1..];
    }
    if let Some(title_end) = gazetteer
        .find(text, run, false)
        .iter()
        .filter(|m| m.kinds.has(Kind::Title))
        .map(|m| m.end)
        .max()
    {
        if title_end < run.len() {
            run = &run[title_end..];
        } else {
            return None;
        }
    }
    // A person's run of three or more words that opens with a word the
    // text also writes in lower case opens with a description, not a
    // name ("Biologist Nick Bos" where the text writes "biologist").
    if ty == "PER" && run.len() >= 3 && lower_words.contains(word(&run[0]).to_lowercase().as_str())
    {
        run = &run[1..];
    }
    // So do the first one or two words of a person's run when what
    // follows them, a given name the gazetteer knows and a surname, is
    // written elsewhere in the text without them: they describe the
    // person ("Biologist Nick Bos" beside "Nick Bos", "Attorney Robert
    // Sarvis" beside "Robert Sarvis"). The words left out are no given
    // names ("Mary Ann Lee" beside "Ann Lee" keeps "Mary").
    if ty == "PER" && run.len() >= 3 {
        let given = |t: &Token| gazetteer.kinds(word(t)).has(Kind::FirstName);
        let alone_elsewhere = |rest: &[Token], before: &Token| {
            let (from, to) = (rest[0].span.start, rest[rest.len() - 1].span.end);
            let name = &text[from..to];
            let boundary = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
            text.match_indices(name).any(|(at, _)| {
                at != from
                    && boundary(text[..at].chars().next_back())
                    && boundary(text[at + name.len()..].chars().next())
                    && !text[..at].trim_end().ends_with(word(before))
            })
        };
        if let Some(k) = (1..=2).find(|&k| {
            run.len() >= k + 2
                && given(&run[k])
                && run[..k]
                    .iter()
                    .all(|t| word(t).chars().all(char::is_alphabetic) && !given(t))
                && alone_elsewhere(&run[k..], &run[k - 1])
        }) {
            run = &run[k..];
        }
    }
    // "I" is a pronoun, not a name.
    if run.len() == 1 && words::is_subject_pronoun(&word(&run[0]).to_lowercase()) {
        return None;
    }
    let (first, last) = (run.first()?, run.last()?);
    Some(Span::new(first.span.start, last.span.end))
}

/// Whether the core `span` is a nationality or group word alone
/// ("Afghan", "Americans", "Democrats"): the gazetteer's demonyms and
/// groups, and their plurals.
fn is_demonym(text: &str, span: Span, gazetteer: &Gazetteer) -> bool {
    let word = &text[span.range()];
    let singular = word.strip_suffix('s').unwrap_or(word);
    [word, singular].iter().any(|w| {
        let mut tokens = Vec::new();
        tokenize(w, Span::new(0, w.len()), &mut tokens);
        gazetteer.find(w, &tokens, false).iter().any(|m| {
            m.start == 0
                && m.end == tokens.len()
                && (m.kinds.has(Kind::Demonym) || m.kinds.has(Kind::Group))
                && !m.kinds.has(Kind::Country)
        })
    })
}

/// The name cores of one record, as byte spans with their types, sorted,
/// not overlapping (the longer of two overlapping cores wins, a PER, ORG
/// or LOC core over a MISC one). With `misc`, MISC cores and nationality
/// words (as MISC) are kept; without, only PER, ORG and LOC cores that are
/// not nationality words.
pub fn cores(record: &Record, gazetteer: &Gazetteer, misc: bool) -> Vec<(Span, &'static str)> {
    let map = OffsetMap::new(&record.text);
    let lower_words: HashSet<&str> = record
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    let mut found: Vec<(Span, &'static str)> = Vec::new();
    for mention in &record.entities {
        let Some(ty) = name_type(mention) else {
            continue;
        };
        if ty == "MISC" && !misc {
            continue;
        }
        let span = Span::new(
            map.to_byte(mention.start, Unit::Codepoint),
            map.to_byte(mention.end.max(mention.start), Unit::Codepoint),
        );
        let Some(core) = core(&record.text, span, ty, gazetteer, &lower_words) else {
            continue;
        };
        let demonym = is_demonym(&record.text, core, gazetteer);
        match (demonym, misc) {
            (true, false) => {}
            (true, true) => found.push((core, "MISC")),
            (false, _) => found.push((core, ty)),
        }
    }
    // Longer first, then PER/ORG/LOC before MISC, then position.
    found.sort_by_key(|(s, ty)| (std::cmp::Reverse(s.end - s.start), *ty == "MISC", s.start));
    let mut kept: Vec<(Span, &'static str)> = Vec::new();
    for (span, ty) in found {
        if !kept.iter().any(|(k, _)| k.overlaps(span) || *k == span) {
            kept.push((span, ty));
        }
    }
    kept.sort_by_key(|(s, _)| (s.start, s.end));
    kept
}

/// Reads a GUM file, keeping the records whose genre `keep` accepts.
pub fn records(path: &Path, keep: impl Fn(&str) -> bool) -> Result<Vec<Record>, String> {
    let records: Vec<Record> = super::read_jsonl(path, "a GUM document")?;
    Ok(records.into_iter().filter(|r| keep(&r.genre)).collect())
}

/// The articles of a GUM file for training: every genre but the held-out
/// one, with PER, ORG, LOC and MISC cores. The text is normalised (GUM
/// writes curly quotes and dashes), and the cores mapped onto it, so that
/// training sees the text the tagger sees in use. The cores read given
/// names off `gazetteer`: training passes the lists it is trained with.
pub fn read(path: &Path, gazetteer: &Gazetteer) -> Result<Vec<Article>, String> {
    Ok(records(path, |genre| genre != DEV_GENRE)?
        .into_iter()
        .map(|record| {
            let norm = Normalized::new(&record.text);
            // Where each original offset starts and ends in the normalised
            // text; offsets inside a replaced character map to none.
            let mut starts = vec![None; record.text.len() + 1];
            let mut ends = vec![None; record.text.len() + 1];
            for n in (0..=norm.text.len()).filter(|&n| norm.text.is_char_boundary(n)) {
                starts[norm.offset_to_original(n, false)].get_or_insert(n);
                ends[norm.offset_to_original(n, true)] = Some(n);
            }
            let names = cores(&record, gazetteer, true)
                .into_iter()
                .filter_map(|(span, ty)| {
                    let (start, end) = (starts[span.start]?, ends[span.end]?);
                    (start < end).then(|| (Span::new(start, end), ty.to_string()))
                })
                .collect();
            Article {
                text: norm.text,
                names,
            }
        })
        .collect())
}

fn predicted_type(label: &str) -> Option<&'static str> {
    match label {
        "PERSON" => Some("PER"),
        "ORG" => Some("ORG"),
        "GPE" | "LOC" | "FAC" => Some("LOC"),
        _ => None,
    }
}

/// Counts matches in one document; `exact` asks for the same span and
/// type, otherwise an overlap with the same type counts. Each name is
/// matched at most once.
fn count(
    gold: &[(Span, &str)],
    predicted: &[(Span, &str)],
    exact: bool,
    counts: &mut BTreeMap<String, Counts>,
) {
    let same = |a: &(Span, &str), b: &(Span, &str)| {
        a.1 == b.1 && if exact { a.0 == b.0 } else { a.0.overlaps(b.0) }
    };
    let mut used = vec![false; predicted.len()];
    for g in gold {
        let c = counts.entry(g.1.to_string()).or_default();
        c.gold += 1;
        if let Some(idx) = (0..predicted.len()).find(|&i| !used[i] && same(g, &predicted[i])) {
            used[idx] = true;
            c.correct += 1;
        }
    }
    for p in predicted {
        counts.entry(p.1.to_string()).or_default().predicted += 1;
    }
}

/// The scores of names on the records of `genre` in `path` (every genre
/// when `genre` is "all", every genre but the held-out one when it is
/// "train"): exact and overlap, PER, ORG and LOC.
pub fn scores(
    path: &Path,
    genre: &str,
    switches: &Switches,
    mut errors: Option<&mut String>,
) -> Result<[BTreeMap<String, Counts>; 2], String> {
    let records = records(path, |g| {
        genre == "all" || g == genre || (genre == "train" && g != DEV_GENRE)
    })?;
    if records.is_empty() {
        return Err(format!(
            "no GUM document of genre {genre} in {}",
            path.display()
        ));
    }
    // The gold cores read given names and nationalities off the lists the
    // model was trained with: a list read only in use does not move the
    // gold.
    let gazetteer = Gazetteer::from_bytes(crate::resources::GAZETTEER_TRAINING)
        .unwrap_or_else(Gazetteer::empty);
    let analyzer = Analyzer::new();
    let options = Options::new()
        .with_layers([Layer::Entities.name()])
        .expect("a known layer")
        .with_switches(switches.clone());
    let (mut exact, mut overlap) = (BTreeMap::new(), BTreeMap::new());
    for record in &records {
        let gold = cores(record, &gazetteer, false);
        let doc = analyzer.annotate(&record.text, &options);
        let predicted: Vec<(Span, &str)> = doc
            .entities
            .iter()
            .filter_map(|e| Some((Span::new(e.start, e.end), predicted_type(&e.label)?)))
            .filter(|(span, _)| !is_demonym(&record.text, *span, &gazetteer))
            .collect();
        count(&gold, &predicted, true, &mut exact);
        count(&gold, &predicted, false, &mut overlap);
        if let Some(out) = errors.as_deref_mut() {
            let line = |span: Span| {
                let text = &record.text;
                let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
                let end = text[span.end..]
                    .find('\n')
                    .map_or(text.len(), |i| span.end + i);
                text[start..end].chars().take(160).collect::<String>()
            };
            for (span, ty) in &gold {
                if !predicted.contains(&(*span, *ty)) {
                    let got: Vec<String> = predicted
                        .iter()
                        .filter(|p| p.0.overlaps(*span))
                        .map(|p| format!("{} {}", p.1, &record.text[p.0.range()]))
                        .collect();
                    out.push_str(&format!(
                        "FN {ty}\t{}\t[{}]\t| {}\n",
                        &record.text[span.range()],
                        got.join("; "),
                        line(*span)
                    ));
                }
            }
            for (span, ty) in &predicted {
                if !gold.contains(&(*span, *ty)) && !gold.iter().any(|g| g.0.overlaps(*span)) {
                    out.push_str(&format!(
                        "FP {ty}\t{}\t| {}\n",
                        &record.text[span.range()],
                        line(*span)
                    ));
                }
            }
        }
    }
    Ok([exact, overlap])
}

/// `newsmark eval gum FILE [--genre G]`: the report.
///
/// With `NEWSMARK_ERRORS=FILE` in the environment, the names missed
/// (FN, with what was found over them) and found where no gold name is
/// (FP) are written to FILE.
pub fn run(path: &Path, genre: &str, switches: &Switches) -> Result<String, String> {
    let errors_path = std::env::var_os("NEWSMARK_ERRORS");
    let mut errors = String::new();
    let [exact, overlap] = scores(
        path,
        genre,
        switches,
        errors_path.is_some().then_some(&mut errors),
    )?;
    if let Some(p) = errors_path {
        std::fs::write(&p, errors)
            .map_err(|e| format!("cannot write {}: {e}", Path::new(&p).display()))?;
    }
    Ok(format!(
        "GUM {genre}: name cores, PER ORG LOC\nexact match\n{}\noverlap match\n{}",
        report("gum-exact", &exact),
        report("gum-overlap", &overlap)
    ))
}

/// What each name rule adds on the records of `genre`: F1 exact and
/// overlap, overall and by type.
pub fn ablate(path: &Path, genre: &str) -> Result<String, String> {
    let figures = |switches: &Switches| {
        let [exact, overlap] = scores(path, genre, switches, None)?;
        let mut out = Vec::new();
        for (kind, counts) in [("exact", &exact), ("overlap", &overlap)] {
            out.push((format!("{kind} F1"), super::conll::overall(counts).prf().2));
            for (ty, c) in counts {
                out.push((format!("{kind} {ty}"), c.prf().2));
            }
        }
        Ok(out)
    };
    super::ablation_table(
        &format!("names on GUM {genre} ({})", path.display()),
        &["names."],
        figures,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The core of the whole of `mention` in a text made of it.
    fn core_of(mention: &str, ty: &str) -> Option<String> {
        let gazetteer = Gazetteer::embedded();
        let span = Span::new(0, mention.len());
        core(mention, span, ty, &gazetteer, &HashSet::default())
            .map(|s| mention[s.range()].to_string())
    }

    #[test]
    fn cores_of_mentions() {
        let cases = [
            ("aircraft manufacturer Boeing", "ORG", Some("Boeing")),
            (
                "the Afghan ambassador Hamdullah Mohib",
                "PER",
                Some("Hamdullah Mohib"),
            ),
            ("President Barack Obama", "PER", Some("Barack Obama")),
            ("the Bank of America", "ORG", Some("Bank of America")),
            ("the museum in Paris", "LOC", None),
            ("Sochi, Russia", "LOC", Some("Sochi")),
            ("Lord Byron's", "PER", Some("Byron")),
            ("the city", "LOC", None),
            ("his MIT office", "LOC", None),
            ("Governor of Virginia", "PER", None),
            ("Osama bin Laden", "PER", Some("Osama bin Laden")),
            ("the FTSE 100", "ORG", Some("FTSE 100")),
            ("The Guardian", "ORG", Some("Guardian")),
            (
                "the National Conservatory of Music of America in New York City",
                "ORG",
                Some("National Conservatory of Music of America"),
            ),
            ("Frank Messina, who wrote", "PER", Some("Frank Messina")),
            ("Rebecca and I", "PER", None),
            ("Ms. Goldsmith", "PER", Some("Goldsmith")),
            ("St. Louis", "LOC", Some("St. Louis")),
        ];
        for (mention, ty, want) in cases {
            assert_eq!(core_of(mention, ty).as_deref(), want, "{mention}");
        }
    }

    #[test]
    fn a_description_before_a_name_written_alone_elsewhere_is_no_core() {
        let gazetteer = Gazetteer::embedded();
        let core_in = |text: &str, mention: &str| {
            let at = text.find(mention).unwrap();
            let span = Span::new(at, at + mention.len());
            core(text, span, "PER", &gazetteer, &HashSet::default())
                .map(|s| text[s.range()].to_string())
        };
        let cases = [
            (
                "Zoologist Anna Vell spoke. Anna Vell said so.",
                "Zoologist Anna Vell",
                "Anna Vell",
            ),
            (
                "Chief Archivist Peter Dorn met us. Peter Dorn smiled.",
                "Chief Archivist Peter Dorn",
                "Peter Dorn",
            ),
            // Not written alone elsewhere: the run is the core.
            (
                "Zoologist Anna Vell spoke. Vell said so.",
                "Zoologist Anna Vell",
                "Zoologist Anna Vell",
            ),
            // Written elsewhere only after the same word.
            (
                "Zoologist Anna Vell spoke. Zoologist Anna Vell left.",
                "Zoologist Anna Vell",
                "Zoologist Anna Vell",
            ),
            // A given name is the name's own.
            (
                "Mary Ann Lee spoke. Ann Lee said so.",
                "Mary Ann Lee",
                "Mary Ann Lee",
            ),
            // A longer word is no match ("Anna Vellum").
            (
                "Zoologist Anna Vell spoke. Anna Vellum said so.",
                "Zoologist Anna Vell",
                "Zoologist Anna Vell",
            ),
        ];
        for (text, mention, want) in cases {
            assert_eq!(core_in(text, mention).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn matches_are_one_to_one() {
        let gold = [(Span::new(0, 10), "PER"), (Span::new(0, 4), "PER")];
        let predicted = [(Span::new(0, 10), "PER")];
        let mut exact = BTreeMap::new();
        count(&gold, &predicted, false, &mut exact);
        assert_eq!(exact["PER"].correct, 1);
    }
}
