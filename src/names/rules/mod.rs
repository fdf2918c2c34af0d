//! The name rules: passes over the tagger's proposals, each in its own
//! file, registered once in [`RULES`] in the order they run. The model
//! proposes, rules refine; each can be switched off by its name
//! (`--without names.strip_titles`) and weighed with `--ablate`.

mod acronyms;
mod arabic_names;
mod binomials;
mod captions;
mod check_headings;
mod common_words;
mod companies;
mod company_mentions;
mod couples;
mod credits;
mod datelines;
mod english_given;
mod events;
mod facilities;
mod firms;
mod given_said;
mod head_runs;
mod honorifics;
mod hyphenated_given;
mod indices;
mod interviews;
mod known_orgs;
mod lists;
mod newspapers;
mod not_names;
mod one_type;
mod operations;
mod outlets;
mod particles;
mod person_cues;
mod person_of;
mod place_orgs;
mod plurals;
mod possessive_names;
mod post_nominals;
mod products;
mod recur;
mod split_labels;
mod storms;
mod strip_titles;
mod teams;
mod town_state;
mod transcript;
mod trim;
mod vessels;
mod web_addresses;
mod whole;

pub use acronyms::{acronym_places, acronyms};
pub use arabic_names::arabic_names;
pub use binomials::binomials;
pub use captions::captions;
pub use check_headings::check_headings;
pub use common_words::common_words;
pub use companies::{companies, opening_cues};
pub use company_mentions::company_mentions;
pub use couples::couples;
pub use credits::credits;
pub use datelines::datelines;
pub use english_given::english_given;
pub use events::events;
pub use facilities::facilities;
pub use firms::firms;
pub use given_said::given_said;
pub use head_runs::head_runs;
pub use honorifics::honorifics;
pub use hyphenated_given::hyphenated_given;
pub use indices::indices;
pub use interviews::interviews;
pub use known_orgs::known_orgs;
pub use lists::lists;
pub use newspapers::newspapers;
pub use not_names::not_names;
pub use one_type::one_type;
pub use operations::operations;
pub use outlets::outlets;
pub use particles::particles;
pub use person_cues::person_cues;
pub use person_of::person_of;
pub use place_orgs::place_orgs;
pub use plurals::plurals;
pub use possessive_names::possessive_names;
pub use post_nominals::{class as post_nominal, post_nominals};
pub use products::products;
pub use recur::recur;
pub use split_labels::split_labels;
pub use storms::storms;
pub use strip_titles::strip_titles;
pub use teams::teams;
pub use town_state::town_state;
pub use transcript::transcript;
pub use trim::trim;
pub use vessels::vessels;
pub use web_addresses::web_addresses;
pub use whole::whole;

use rustc_hash::FxHashSet as HashSet;

use crate::names::clusters::Clusters;
use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::{token_text, Name};
use crate::resources::Phrase;
use crate::segment::{Structure, Token, TokenKind};
use crate::Pass;

/// What a rule pass over the tagger's names sees.
pub struct Context<'a> {
    pub text: &'a str,
    pub structure: &'a Structure,
    pub gazetteer: &'a Gazetteer,
    /// The tagger's word clusters: a word they hold is one the tagger's
    /// reading of English has seen, a common word or a known name.
    pub clusters: &'a Clusters,
    /// [`lower_words`] of the article, built once for the passes that ask.
    lower_words: std::cell::OnceCell<HashSet<&'a str>>,
}

impl<'a> Context<'a> {
    pub fn new(
        text: &'a str,
        structure: &'a Structure,
        gazetteer: &'a Gazetteer,
        clusters: &'a Clusters,
    ) -> Self {
        Context {
            text,
            structure,
            gazetteer,
            clusters,
            lower_words: Default::default(),
        }
    }

    /// The words the article writes in lower case: [`lower_words`], built
    /// on the first call.
    pub fn lower_words(&self) -> &HashSet<&'a str> {
        self.lower_words
            .get_or_init(|| lower_words(self.text, &self.structure.tokens))
    }
}

/// The words of `tokens` whose first letter is lower case ("analysts",
/// "will"), borrowed from the text, so that reading the article allocates
/// nothing per word: a capitalised word whose lower case is among them is
/// a common word the article capitalises ("Analysts said it", "Will").
pub(crate) fn lower_words<'t>(text: &'t str, tokens: &[Token]) -> HashSet<&'t str> {
    tokens
        .iter()
        .map(|t| &text[t.span.range()])
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect()
}

/// A rule pass over the tagger's names, and its registry entry.
pub struct Rule {
    pub pass: Pass,
    pub run: fn(&Context, &mut Vec<Name>),
}

/// The name rules, in the order they run.
pub const RULES: &[Rule] = &[
    Rule {
        pass: Pass {
            name: "names.strip_titles",
            about:
                crate::passes::about("no title inside a PERSON: \"Foreign Minister Sergey Lavrov\" is \"Sergey Lavrov\""),
        },
        run: |cx, names| strip_titles(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.check_headings",
            about: crate::passes::about("names in a title-case heading need support from the body or a gazetteer"),
        },
        run: |cx, names| check_headings(cx.text, cx.structure, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.honorifics",
            about: crate::passes::about("a name right after an honorific is a PERSON: \"Mr. Chen\", \"Ms. Ortiz\""),
        },
        run: |cx, names| honorifics(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.trim",
            about: crate::passes::about("a name begins and ends with a word: no punctuation, \"etc.\", weekday or leading \"The\" of an ORG"),
        },
        run: |cx, names| trim(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.web_addresses",
            about: crate::passes::about("a web address is one name with its domain, an ORG or a MISC: \"Gawker.com\", not the PERSON \"Gawker\""),
        },
        run: |cx, names| web_addresses(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.captions",
            about: crate::passes::about("a picture credit's word is no part of the name before it: \"International Space Station Image: NASA\""),
        },
        run: |cx, names| captions(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.credits",
            about: crate::passes::about("the credit that ends a caption is a name: \"Image: R Saravanan.\" a PERSON"),
        },
        run: |cx, names| credits(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.not_names",
            about: crate::passes::about("currency symbols and codes (\"US$\", \"USD\") and time zones (\"UTC\") are not names"),
        },
        run: |cx, names| not_names(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.storms",
            about: crate::passes::about("the name after a storm word is MISC: \"Hurricane Katrina\" gives \"Katrina\", no person"),
        },
        run: |cx, names| storms(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.operations",
            about: crate::passes::about("\"Operation\" and the capitalised words after it are one MISC name: \"Operation Desert Storm\", no ORG; ends before a job, a date, a known place or another name (\"Operation Desert Storm Commander Norman Schwarzkopf\"); none after a job (\"Operation Manager Jenna Ortiz\") or in a title-case headline the body does not support; an ORG where the article calls it one (\"Operation Smile, a charity\")"),
        },
        run: |cx, names| {
            operations(cx.text, cx.structure, cx.gazetteer, names)
        },
    },
    Rule {
        pass: Pass {
            name: "names.particles",
            about: crate::passes::about("a person's name keeps its particles: \"Osama bin Laden\", \"Ludwig van Beethoven\""),
        },
        run: |cx, names| particles(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.arabic_names",
            about: crate::passes::about("an Arabic name with a hyphened article is one PERSON: \"Bashar al-Assad\", \"Abdel Fattah el-Sisi\""),
        },
        run: |cx, names| arabic_names(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.hyphenated_given",
            about: crate::passes::about("a family name and a hyphenated given name are one PERSON: \"Leung Chun-ying\", \"Kim Jong-un\""),
        },
        run: |cx, names| hyphenated_given(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.english_given",
            about: crate::passes::about("an English given name and a romanised family name are a PERSON: \"Regina Ip\", \"Horace Cheung\""),
        },
        run: |cx, names| {
            english_given(cx.text, &cx.structure.tokens, cx.gazetteer, cx.lower_words(), names)
        },
    },
    Rule {
        pass: Pass {
            name: "names.indices",
            about: crate::passes::about("a stock index is one ORG with its number: \"the Nikkei 225\", \"Russell 2000 fell\""),
        },
        run: |cx, names| indices(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.firms",
            about: crate::passes::about("capitalised names joined by \"&\" are one ORG: \"Schroder Wertheim & Co.\", \"A.G. Edwards & Sons\""),
        },
        run: |cx, names| firms(cx.text, cx.structure, cx.gazetteer, cx.lower_words(), names),
    },
    Rule {
        pass: Pass {
            name: "names.couples",
            about: crate::passes::about("an institution named after a couple is one name: \"the Bill and Melinda Gates Foundation\""),
        },
        run: |cx, names| couples(cx.text, &cx.structure.tokens, cx.gazetteer, cx.clusters, names),
    },
    Rule {
        pass: Pass {
            name: "names.possessive_names",
            about: crate::passes::about("a place or school named after a saint or a founder is one name with its possessive: \"St Paul's Cathedral\" LOC, \"King's College London\" ORG; no owner's possessive (\"Obama's White House\", \"London's Royal Free Hospital\")"),
        },
        run: |cx, names| possessive_names(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.products",
            about: crate::passes::about("a product names its maker: \"the Airbus A380\" gives the ORG \"Airbus\""),
        },
        run: |cx, names| products(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.person_of",
            about: crate::passes::about("a person of an institution is two names: \"Ann Lee of the Civic Party\" gives a PERSON and an ORG"),
        },
        run: |cx, names| person_of(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.newspapers",
            about: crate::passes::about("a paper named by a place is one ORG: \"the New Zealand Herald\", \"The Canadian Press\""),
        },
        run: |cx, names| newspapers(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.companies",
            about: crate::passes::about("corporate suffixes and cues make a name an ORG in the whole article: \"Acme Inc.\", \"shares of X\", \"automaker X\""),
        },
        run: |cx, names| {
            opening_cues(cx.text, cx.structure, cx.gazetteer, names);
            companies(cx.text, &cx.structure.tokens, cx.gazetteer, names)
        },
    },
    Rule {
        pass: Pass {
            name: "names.company_mentions",
            about: crate::passes::about("a company the sentence speaks of as one is an ORG in the whole article, found or not: \"X, its rival,\", \"X said it\", \"X and <ORG>\", \"analysts at X\""),
        },
        run: |cx, names| {
            company_mentions(
                cx.text,
                cx.structure,
                cx.gazetteer,
                cx.clusters,
                cx.lower_words(),
                names,
            )
        },
    },
    Rule {
        pass: Pass {
            name: "names.outlets",
            about: crate::passes::about("a publication the press words speak of is an ORG in the whole article: \"told The Guardian\", \"The Onion writes\""),
        },
        run: |cx, names| outlets(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.interviews",
            about: crate::passes::about("a lone word that interviews or is told things is a news outlet, an ORG in every mention: \"X interviews the minister\", \"told X\""),
        },
        run: |cx, names| interviews(cx.text, cx.structure, cx.gazetteer, cx.clusters, names),
    },
    Rule {
        pass: Pass {
            name: "names.datelines",
            about: crate::passes::about("the place in capitals that opens a wire story is a place: \"WASHINGTON (AP) —\""),
        },
        run: |cx, names| datelines(cx.text, cx.structure, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.person_cues",
            about: crate::passes::about("words that only follow a person's name make it a PERSON in the whole article: \"the Obama administration\", \"X's wife\""),
        },
        run: |cx, names| person_cues(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.transcript",
            about: crate::passes::about("a transcript's speakers are people: \"OBAMA:\" opening turns makes \"Barack Obama\" a PERSON"),
        },
        run: |cx, names| transcript(cx.text, cx.structure, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.given_said",
            about: crate::passes::about("a one-word ORG that is a given name and \"said she\" or \"said he\" is a PERSON: \"Morgan said she would appeal\""),
        },
        run: |cx, names| {
            given_said(cx.text, &cx.structure.tokens, cx.gazetteer, cx.lower_words(), names)
        },
    },
    Rule {
        pass: Pass {
            name: "names.facilities",
            about: crate::passes::about("a name ending in a facility or place word is LOC: \"McMurdo Station\", \"Kennedy Space Center\"; so is a person or an organisation before a place's noun: \"Chiang Rai province\""),
        },
        run: |cx, names| facilities(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.place_orgs",
            about: crate::passes::about("a place right before an institution is part of its name: \"United States Air Force\""),
        },
        run: |cx, names| place_orgs(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.head_runs",
            about: crate::passes::about("an ORG ending in an institution's head takes in the capitalised words cut off before it: \"the Five Star Movement\", \"the Justice and Development Party\""),
        },
        run: |cx, names| head_runs(cx.text, cx.structure, cx.gazetteer, cx.clusters, names),
    },
    Rule {
        pass: Pass {
            name: "names.events",
            about: crate::passes::about("a name ending in an event word, or an observance, is MISC: \"the World Cup\", \"the Summer Paralympics\", \"Ramadan\""),
        },
        run: |cx, names| events(cx.text, &cx.structure.tokens, names),
    },
    Rule {
        pass: Pass {
            name: "names.vessels",
            about: crate::passes::about("ships and spacecraft are MISC: \"USS Cole\", \"Space Shuttle Atlantis\", \"the ferry Trident Seven\""),
        },
        run: |cx, names| {
            vessels(cx.text, &cx.structure.tokens, cx.gazetteer, cx.lower_words(), names)
        },
    },
    Rule {
        pass: Pass {
            name: "names.acronyms",
            about: crate::passes::about("an acronym spelled out in the article has its spelling's type: \"the Kennedy Space Center (KSC)\" makes \"KSC\" a place"),
        },
        run: |cx, names| acronyms(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.known_orgs",
            about: crate::passes::about("a name that is, whole, an organisation of the gazetteer and nothing else it knows is an ORG: \"Boko Haram\", \"al-Qaeda\"; not a seat of government the tagger made a place (\"the Kremlin\")"),
        },
        run: |cx, names| known_orgs(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.plurals",
            about: crate::passes::about("the plural of a name that is no person's is no PERSON: \"100 Polaroids\" beside the company \"Polaroid\" is MISC"),
        },
        run: |cx, names| plurals(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.binomials",
            about: crate::passes::about("a scientific name is no PERSON, ORG or place: \"Formica fusca\" twice makes \"Formica\" MISC"),
        },
        run: |cx, names| {
            binomials(cx.text, &cx.structure.tokens, cx.gazetteer, cx.lower_words(), names)
        },
    },
    Rule {
        pass: Pass {
            name: "names.whole",
            about: crate::passes::about("a name found whole in the article is whole where its words recur: \"the Church of Scientology's\" is not \"Church\" and \"Scientology\""),
        },
        run: |cx, names| whole(cx.text, cx.structure, names),
    },
    Rule {
        pass: Pass {
            name: "names.common_words",
            about: crate::passes::about("title-case common words are no PERSON: \"Term Limits\" is MISC and \"Have To\" no name when the article writes their words in lower case"),
        },
        run: |cx, names| common_words(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.lists",
            about: crate::passes::about("names in one list share a type: \"Given, Breen, Staunton, Irwin and McAteer\""),
        },
        run: |cx, names| lists(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.recur",
            about: crate::passes::about("the surname of a person named in full is that person where it recurs untagged: \"Putin\" after \"Vladimir Putin\""),
        },
        run: |cx, names| recur(cx.text, cx.structure, cx.lower_words(), names),
    },
    Rule {
        pass: Pass {
            name: "names.one_type",
            about: crate::passes::about("one name keeps one type through the article, and a lone surname is its person"),
        },
        run: |cx, names| one_type(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.teams",
            about: crate::passes::about("a capitalised plural after \"the\" with sports evidence is a team, an ORG in every mention: \"the Lakers beat the Celtics 102-98\", \"fans of the Maple Leafs\"; no party, people, family or place"),
        },
        run: |cx, names| teams(cx.text, cx.structure, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.town_state",
            about: crate::passes::about("a town before a comma and its state or country is a place: \"a boy from Irving, Texas\""),
        },
        run: |cx, names| town_state(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.post_nominals",
            about: crate::passes::about("letters after a person's name end it and are no name of their own: \"Mark Smith QC\", not the ORG \"QC\"; \"MP\", \"QC\", \"KC\" alone dropped only as a role (\"the MP said\", not \"Fans in KC\"); not before a lower-case noun (\"Peter Thiel VC firm\")"),
        },
        run: |cx, names| post_nominals(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.split_labels",
            about: crate::passes::about("LOC into GPE and LOC, MISC into NORP and MISC, by gazetteer"),
        },
        run: |cx, names| split_labels(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.acronym_places",
            about: crate::passes::about("a place's acronym is the kind of place its spelling is: \"KSC\" LOC as \"the Kennedy Space Center\", not GPE"),
        },
        run: |cx, names| acronym_places(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
];

/// The rule passes of this stage, in the order they run.
pub fn passes() -> impl Iterator<Item = &'static Pass> {
    RULES.iter().map(|rule| &rule.pass)
}

/// Whether the lower-cased words of `tokens` from `at` on spell one of
/// the phrases of a list that `starting` gives for the first of them
/// ("'s chief executive", "administration"), of those `keep` accepts. The
/// one window scan of the rules that read cues next to a name.
pub(crate) fn phrase_at<C, V>(
    text: &str,
    tokens: &[Token],
    at: usize,
    starting: fn(&str) -> &'static [Phrase<C, V>],
    keep: impl Fn(&Phrase<C, V>) -> bool,
) -> bool {
    let Some(first) = tokens.get(at).map(|t| lower_cow(&text[t.span.range()])) else {
        return false;
    };
    // Whether token `i` lower-cased is `w`, without lower-casing an ASCII
    // word into a new string.
    let is = |i: usize, w: &str| {
        tokens.get(i).is_some_and(|t| {
            let word = &text[t.span.range()];
            if word.is_ascii() && w.is_ascii() {
                word.eq_ignore_ascii_case(w) && !w.bytes().any(|b| b.is_ascii_uppercase())
            } else {
                word.to_lowercase() == w
            }
        })
    };
    starting(&first)
        .iter()
        .any(|p| keep(p) && p.words().enumerate().all(|(k, w)| is(at + k, w)))
}

/// `word` lower-cased, borrowed when it has nothing to lower.
fn lower_cow(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// Gives `label` to every name whose words are among `cued`: what a cue
/// said of one mention holds for the others of the article.
pub(crate) fn retype_mentions(
    text: &str,
    tokens: &[Token],
    cued: &HashSet<&str>,
    label: &'static str,
    names: &mut [Name],
) {
    for name in names.iter_mut() {
        if cued.contains(token_text(text, tokens, name.tokens.clone())) {
            name.label = label;
        }
    }
}

/// A few words looked up by their ASCII lower case: each word of the text
/// is looked up once (one hash lookup, into a key buffer the lookup reuses,
/// so no allocation a word) rather than compared with every word sought.
/// Entry `k` is the `k`th word given to `new`; words that lower-case alike
/// share a key.
pub(crate) struct ByLower {
    map: rustc_hash::FxHashMap<String, Vec<usize>>,
    key: String,
    longest: usize,
    /// Whether some word's first byte, in ASCII lower case, is the byte:
    /// a word that starts otherwise is no entry's, and is not hashed.
    first: [bool; 256],
}

impl ByLower {
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut map: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        let mut longest = 0;
        let mut first = [false; 256];
        for (k, w) in words.into_iter().enumerate() {
            longest = longest.max(w.len());
            if let Some(&b) = w.as_bytes().first() {
                first[usize::from(b.to_ascii_lowercase())] = true;
            }
            map.entry(w.to_ascii_lowercase()).or_default().push(k);
        }
        ByLower {
            map,
            key: String::new(),
            longest,
            first,
        }
    }

    /// The entries whose word is `word` up to ASCII case.
    pub(crate) fn get(&mut self, word: &str) -> &[usize] {
        // ASCII lower case keeps the length: a longer word matches nothing.
        if word.len() > self.longest {
            return &[];
        }
        let starts_as_some = word
            .as_bytes()
            .first()
            .is_none_or(|&b| self.first[usize::from(b.to_ascii_lowercase())]);
        if !starts_as_some {
            return &[];
        }
        self.key.clear();
        self.key.push_str(word);
        self.key.make_ascii_lowercase();
        self.map.get(self.key.as_str()).map_or(&[], Vec::as_slice)
    }
}

/// The first word of each sentence, past opening quotes and brackets: a
/// word whose capital letter says nothing of a name.
pub(crate) fn sentence_openers(structure: &Structure) -> HashSet<usize> {
    let tokens = &structure.tokens;
    structure
        .sentences
        .iter()
        .filter_map(|s| {
            s.tokens
                .clone()
                .find(|&i| tokens[i].kind != TokenKind::Punct)
        })
        .collect()
}

/// The last words of the article's people of two words or more ("Putin"
/// of "Vladimir Putin"): a one-word name among them is as likely that
/// person, which several passes leave alone.
pub(crate) fn surnames<'t>(text: &'t str, tokens: &[Token], names: &[Name]) -> HashSet<&'t str> {
    names
        .iter()
        .filter(|n| n.label == "PERSON" && n.tokens.len() > 1)
        .map(|n| &text[tokens[n.tokens.end - 1].span.range()])
        .collect()
}

/// Whether the gazetteer knows the whole name over `tokens` as a place or
/// a nationality (a country, city, state or region, or a demonym): words
/// whose type the context decides ("Chicago" the city or the club), which
/// no rule retypes by other mentions or cues.
pub(crate) fn is_known_place(text: &str, tokens: &[Token], gazetteer: &Gazetteer) -> bool {
    let caps = !text
        [tokens.first().map_or(0, |t| t.span.start)..tokens.last().map_or(0, |t| t.span.end)]
        .chars()
        .any(char::is_lowercase);
    let kinds = gazetteer.whole(text, tokens, caps);
    kinds.has(Kind::Country)
        || kinds.has(Kind::City)
        || kinds.has(Kind::State)
        || kinds.has(Kind::Region)
        || kinds.has(Kind::Demonym)
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::names::{token_text, Name};
    use crate::segment::Structure;

    /// `(words, label)` pairs as [`names_of`] gives them, for a test's
    /// expected names.
    pub fn owned(pairs: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        pairs.iter().map(|&(w, l)| (w.to_string(), l)).collect()
    }

    /// Names as (text, label).
    pub fn names_of(
        text: &str,
        structure: &Structure,
        names: &[Name],
    ) -> Vec<(String, &'static str)> {
        names
            .iter()
            .map(|n| {
                (
                    token_text(text, &structure.tokens, n.tokens.clone()).to_string(),
                    n.label,
                )
            })
            .collect()
    }

    /// The tagger's names of a test: each `(words, label)` at the first
    /// occurrence of its words.
    pub fn placed(text: &str, structure: &Structure, found: &[(&str, &'static str)]) -> Vec<Name> {
        found
            .iter()
            .map(|&(words, label)| Name {
                tokens: range_of(text, structure, words),
                label,
            })
            .collect()
    }

    /// The tagger's names of a test, in the order of the text: each
    /// `(words, label)` at the first occurrence of its words after the
    /// name before it, so that a name written twice is placed twice.
    pub fn placed_in_turn(
        text: &str,
        structure: &Structure,
        found: &[(&str, &'static str)],
    ) -> Vec<Name> {
        let mut from = 0;
        found
            .iter()
            .map(|&(words, label)| {
                let tokens = range_from(text, structure, words, from);
                from = structure.tokens[tokens.end - 1].span.end;
                Name { tokens, label }
            })
            .collect()
    }

    /// The token range of the first occurrence of `words` in the text.
    pub fn range_of(text: &str, structure: &Structure, words: &str) -> std::ops::Range<usize> {
        range_from(text, structure, words, 0)
    }

    /// The token range of the first occurrence of `words` at or after byte
    /// `from` of the text.
    fn range_from(
        text: &str,
        structure: &Structure,
        words: &str,
        from: usize,
    ) -> std::ops::Range<usize> {
        let start = from + text[from..].find(words).unwrap();
        let first = structure
            .tokens
            .iter()
            .position(|t| t.span.start == start)
            .unwrap();
        let last = structure
            .tokens
            .iter()
            .position(|t| t.span.end == start + words.len())
            .unwrap();
        first..last + 1
    }
}

#[cfg(test)]
mod tests {
    use super::{lower_words, ByLower, Context};
    use crate::names::gazetteer::Gazetteer;
    use crate::segment::segment;

    #[test]
    fn lower_words_are_the_words_opening_in_lower_case_built_once() {
        let text = "Analysts said it. Will analysts say éclat? WILL";
        let s = segment(text);
        let mut words: Vec<&str> = lower_words(text, &s.tokens).into_iter().collect();
        words.sort_unstable();
        assert_eq!(words, ["analysts", "it", "said", "say", "éclat"]);
        let gazetteer = Gazetteer::empty();
        let clusters = crate::names::clusters::Clusters::default();
        let cx = Context::new(text, &s, &gazetteer, &clusters);
        assert!(std::ptr::eq(cx.lower_words(), cx.lower_words()));
        assert_eq!(cx.lower_words(), &lower_words(text, &s.tokens));
    }

    #[test]
    fn by_lower_finds_words_up_to_ascii_case() {
        let mut by_lower = ByLower::new(["Atlantis", "Zephyr", "ZEPHYR"]);
        assert_eq!(by_lower.get("atlantis"), [0]);
        assert_eq!(by_lower.get("Zephyr"), [1, 2]);
        assert!(by_lower.get("Atlantiss").is_empty());
        assert!(by_lower.get("Ocean").is_empty());
        assert!(ByLower::new([]).get("").is_empty());
        // The first byte up to ASCII case, the empty word among the words.
        let mut by_lower = ByLower::new(["", "éclat", "Ébène"]);
        assert_eq!(by_lower.get(""), [0]);
        assert_eq!(by_lower.get("éclat"), [1]);
        assert!(by_lower.get("Éclat").is_empty());
        assert_eq!(by_lower.get("Ébène"), [2]);
        assert!(by_lower.get("x").is_empty());
    }
}
