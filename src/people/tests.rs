//! Tests of the people stage on small texts: clusters, roles, pronouns
//! and speaker links.

use crate::{Analyzer, Options};

/// A cluster as (name, mentions, roles, affiliations).
type Summary = (String, Vec<String>, Vec<String>, Vec<String>);

fn clusters(text: &str) -> Vec<Summary> {
    let doc = Analyzer::new().annotate(text, &Options::new());
    doc.clusters
        .into_iter()
        .map(|c| {
            let mentions = c
                .mentions
                .iter()
                .map(|&[s, e]| text[s..e].to_string())
                .collect();
            (c.name, mentions, c.roles, c.affiliations)
        })
        .collect()
}

fn find<'c>(all: &'c [Summary], name: &str) -> &'c Summary {
    all.iter()
        .find(|c| c.0 == name)
        .unwrap_or_else(|| panic!("no {name} in {all:?}"))
}

#[test]
fn surnames_join_the_person_named_last() {
    let all = clusters(
        "Bill Clinton met Hillary Clinton in Denver. Clinton said the trip went well. \
         Later Bill Clinton left, and Clinton waved.",
    );
    assert_eq!(
        find(&all, "Hillary Clinton").1,
        ["Hillary Clinton", "Clinton"]
    );
    assert_eq!(
        find(&all, "Bill Clinton").1,
        ["Bill Clinton", "Bill Clinton", "Clinton"]
    );
}

#[test]
fn letters_after_a_name_are_no_surname() {
    // "Hale" later is "Nora Hale QC", whose surname is not "QC".
    let all = clusters("Nora Hale QC argued the appeal. Hale said the ruling was wrong.");
    assert_eq!(find(&all, "Nora Hale QC").1, ["Nora Hale QC", "Hale"]);
}

#[test]
fn pronouns_agree_in_sex() {
    let all = clusters(
        "Elizabeth Warren questioned John Stumpf on Tuesday. She asked why he had not resigned.",
    );
    assert!(
        find(&all, "Elizabeth Warren")
            .1
            .contains(&"She".to_string()),
        "{all:?}"
    );
    assert!(
        find(&all, "John Stumpf").1.contains(&"he".to_string()),
        "{all:?}"
    );
}

#[test]
fn a_person_of_known_sex_before_one_of_unknown_sex() {
    // The names layer takes the book title for a person; "she" is
    // still Clinton's.
    let all = clusters(
        "Hillary Clinton spoke on Monday. In her 2003 book, Living History, Clinton noted the clot. \
         After that, she was whisked off to a hospital.",
    );
    let clinton = find(&all, "Hillary Clinton");
    assert!(clinton.1.contains(&"she".to_string()), "{all:?}");
}

#[test]
fn a_relative_who_is_the_person_before_it() {
    let all = clusters(
        "Obama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, \
         who in 2010 said the goal was to make Obama a \"one-term president.\"",
    );
    assert!(
        find(&all, "Mitch McConnell").1.contains(&"who".to_string()),
        "{all:?}"
    );
}

#[test]
fn abbreviated_titles_are_roles_that_descriptions_name() {
    let all = clusters(
        "Rep. Adam Schiff called for sanctions. Meddling, the California congressman said, \
         is designed to sow discord. Sen. Tim Kaine spoke. The senator said more.",
    );
    let schiff = find(&all, "Adam Schiff");
    assert!(
        schiff.1.contains(&"the California congressman".to_string()),
        "{all:?}"
    );
    assert!(schiff.2.contains(&"Representative".to_string()), "{all:?}");
    let kaine = find(&all, "Tim Kaine");
    assert!(kaine.1.contains(&"The senator".to_string()), "{all:?}");
}

#[test]
fn a_relative_who_is_not_a_name_further_back() {
    let all = clusters(
        "Donald Trump attacked the federal judge, who said the case would go on. \
         John Smith sued the Justice Department, who said the claims were baseless.",
    );
    assert!(
        !find(&all, "Donald Trump").1.contains(&"who".to_string()),
        "{all:?}"
    );
    assert!(
        !find(&all, "John Smith").1.contains(&"who".to_string()),
        "{all:?}"
    );
}

#[test]
fn roles_from_apposition_and_descriptions() {
    let all = clusters(
        "John Burrows, the chairman of the Royal Society, spoke on Monday. \
         The chairman said the panel would meet again.",
    );
    let burrows = find(&all, "John Burrows");
    assert_eq!(burrows.2, ["chairman of the Royal Society"]);
    assert_eq!(burrows.3, ["Royal Society"]);
    assert!(
        burrows.1.contains(&"The chairman".to_string()),
        "{burrows:?}"
    );
}

#[test]
fn acronyms_join_their_organisation() {
    let all = clusters(
        "The International Monetary Fund cut its forecast. The IMF said growth would slow.",
    );
    let imf = find(&all, "International Monetary Fund");
    assert!(imf.1.contains(&"IMF".to_string()), "{all:?}");
}

#[test]
fn agencies_name_themselves_and_it_is_the_last_speaker() {
    let text = "North Korea's Korean Central News Agency (KCNA) said the drills \
                were a provocation. \"We will answer,\" it added.";
    let doc = Analyzer::new().annotate(text, &Options::new());
    let kcna = doc
        .clusters
        .iter()
        .find(|c| c.name == "Korean Central News Agency")
        .unwrap_or_else(|| panic!("{:?}", doc.clusters));
    assert_eq!(kcna.roles, ["news agency"]);
    assert!(kcna.mentions.iter().any(|&[s, e]| &text[s..e] == "KCNA"));
    let direct = doc
        .quotes
        .iter()
        .find(|q| q.kind == "direct")
        .expect("a quote");
    assert_eq!(direct.speaker_cluster, Some(kcna.id), "{:?}", doc.quotes);
}

#[test]
fn accented_given_names_and_shared_surnames() {
    // Once a panic: the first letter of "Łukasz" is two bytes.
    let all = clusters(
        "Jan Kowalski met reporters in Warsaw on Monday. Łukasz Kowalski said the talks \
         had failed. Émile Dupont and Eric Dupont disagreed.",
    );
    assert!(all.iter().any(|c| c.0 == "Łukasz Kowalski"), "{all:?}");
    assert!(all.iter().any(|c| c.0 == "Jan Kowalski"), "{all:?}");
}

#[test]
fn a_transcript_speaker_does_not_hide_later_pronouns() {
    let text = "Fox host Chris Wallace interviewed Mike Pence on Sunday.\n\n\
                \"WALLACE: Will you run?\"\n\nPence laughed. \"No,\" he said.";
    let doc = Analyzer::new().annotate(text, &Options::new());
    let pence = doc
        .clusters
        .iter()
        .find(|c| c.name == "Mike Pence")
        .expect("Pence");
    let last = doc.quotes.last().expect("a quote");
    assert_eq!(last.speaker.as_ref().map(|m| m.text.as_str()), Some("he"));
    assert_eq!(last.speaker_cluster, Some(pence.id));
}

#[test]
fn a_surname_in_capitals_is_the_person_of_that_surname() {
    // A transcript's label the tagger took for a name ("PENCE: ...",
    // "JAKE TAPPER: ...") is the person of that name, not one of its own.
    for (text, full, caps) in [
        (
            "Gov. Mike Pence spoke.\n\n\"PENCE: No, I will not.\"",
            "Mike Pence",
            "PENCE",
        ),
        (
            "Mary O'Rourke spoke.\n\nO'ROURKE: No, I will not.",
            "Mary O'Rourke",
            "O'ROURKE",
        ),
        (
            "Jake Tapper spoke.\n\nJAKE TAPPER: Why?",
            "Jake Tapper",
            "JAKE TAPPER",
        ),
        (
            "Ann O'Rourke spoke.\n\nANN O'ROURKE: Why?",
            "Ann O'Rourke",
            "ANN O'ROURKE",
        ),
        // A surname's prefix stays in title case: "McCAIN" is McCain.
        (
            "John McCain spoke.\n\nMcCAIN: No, I will not.",
            "John McCain",
            "McCAIN",
        ),
        (
            "John McCain spoke.\n\nJOHN McCAIN: Why?",
            "John McCain",
            "JOHN McCAIN",
        ),
        (
            "John F. Kennedy spoke.\n\nJOHN F. KENNEDY: Why?",
            "John F. Kennedy",
            "JOHN F. KENNEDY",
        ),
        // A headline in capitals first: the person keeps the title-case name.
        (
            "DONALD TRUMP WINS\n\nDonald Trump won.",
            "Donald Trump",
            "DONALD TRUMP",
        ),
    ] {
        let name = |n: &str| {
            let start = text.find(n).expect("in the text");
            crate::document::Entity {
                start,
                end: start + n.len(),
                text: n.into(),
                label: "PERSON".into(),
            }
        };
        let structure = crate::segment::segment(text);
        let (clusters, _) = super::resolve(
            text,
            &structure,
            &{
                let mut names = [name(full), name(caps)];
                names.sort_by_key(|e| e.start);
                names
            },
            &[],
            &crate::names::gazetteer::Gazetteer::embedded(),
            &crate::Switches::all_on(),
        );
        let names: Vec<(&str, usize)> = clusters
            .iter()
            .map(|c| (c.name.as_str(), c.mentions.len()))
            .collect();
        assert_eq!(names, [(full, 2)]);
    }
}

#[test]
fn a_pronoun_speaker_far_from_the_name_is_the_one_in_focus() {
    // "He" two paragraphs and a long quote after Lavrov's name: the one who
    // spoke last, as a reader takes it; "it" the organisation.
    let text = "Sergey Lavrov spoke in Moscow on Monday.\n\n\
                \"We will answer. We will answer firmly. We will answer at once. \
                Nobody should doubt it. Nobody at all. Not one country.\"\n\n\
                He added that talks could go on.\n\n\
                The International Monetary Fund cut its forecast.\n\n\
                It said that growth would slow this year.";
    let doc = Analyzer::new().annotate(text, &Options::new());
    let id = |name: &str| {
        doc.clusters
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.id)
            .unwrap_or_else(|| panic!("no {name} in {:?}", doc.clusters))
    };
    let by = |speaker: &str| {
        doc.quotes
            .iter()
            .find(|q| q.speaker.as_ref().is_some_and(|s| s.text == speaker))
            .unwrap_or_else(|| panic!("no quote by {speaker}: {:?}", doc.quotes))
            .speaker_cluster
    };
    assert_eq!(by("He"), Some(id("Sergey Lavrov")));
    assert_eq!(by("It"), Some(id("International Monetary Fund")));
}

#[test]
fn roles_after_the_name_and_before_the_title() {
    let all = clusters(
        "\"It is a mess,\" said Peter Schiff, chief economist at Merk Investments. \
         Indonesia's transport minister Jusman Syafii Djamal has recommended that the \
         airline be grounded. Peter Schiff, famous for his role in the markets, spoke.",
    );
    let schiff = find(&all, "Peter Schiff");
    assert_eq!(schiff.2, ["chief economist at Merk Investments"], "{all:?}");
    let djamal = find(&all, "Jusman Syafii Djamal");
    assert_eq!(djamal.2, ["transport minister"], "{all:?}");
    assert_eq!(djamal.3, ["Indonesia"], "{all:?}");
}

#[test]
fn they_after_a_group_of_people_is_not_the_organisation_that_spoke() {
    let org_has_they = |text: &str| {
        let all = clusters(text);
        find(&all, "World Bank").1.contains(&"they".to_string())
    };
    assert!(org_has_they(
        "The World Bank said that the economy grew. The figures came out on Monday. Then they wanted to sell more."
    ));
    assert!(!org_has_they(
        "The World Bank said that the economy grew. The figures came out on Monday. Exhibit goers then became part of the very exhibit they had wanted to attend."
    ));
}

/// The name of the cluster the quote whose speaker is `speaker` links to.
fn speaker_of(doc: &crate::document::Document, speaker: &str) -> Option<String> {
    let q = doc
        .quotes
        .iter()
        .find(|q| q.speaker.as_ref().is_some_and(|s| s.text == speaker))
        .unwrap_or_else(|| panic!("no quote by {speaker}: {:?}", doc.quotes));
    let id = q.speaker_cluster?;
    doc.clusters
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.name.clone())
}

#[test]
fn a_lone_given_name_of_one_sex_takes_no_pronoun_of_the_other() {
    let annotate = |text: &str| Analyzer::new().annotate(text, &Options::new());
    // "He" is not Karen, and not the speaker of "said".
    let doc = annotate(
        "Karen told reporters on Monday that the vote was close. He said the plan would fail.",
    );
    assert_eq!(speaker_of(&doc, "He"), None, "{:?}", doc.clusters);
    let doc = annotate("The plan would fail, said Karen. He said the vote was close.");
    assert_eq!(speaker_of(&doc, "He"), None, "{:?}", doc.clusters);
    // "She" still is.
    let doc = annotate(
        "Karen told reporters on Monday that the vote was close. She said the plan would fail.",
    );
    assert_eq!(speaker_of(&doc, "She").as_deref(), Some("Karen"));
    // Of a woman and a man named by given names, "he" is the man, wherever
    // he stands in the sentence.
    let doc = annotate(
        "Chelsea told reporters on Monday that Bill was tired. He said the trip went well.",
    );
    assert_eq!(speaker_of(&doc, "He").as_deref(), Some("Bill"));
    let doc =
        annotate("Karen told reporters on Monday that Tom was wrong. He said the plan would fail.");
    assert_eq!(speaker_of(&doc, "He").as_deref(), Some("Tom"));
    let doc = annotate(
        "Karen told reporters on Monday that Tom Smith was wrong. He said the plan would fail.",
    );
    assert_eq!(speaker_of(&doc, "He").as_deref(), Some("Tom Smith"));
    // Switched off, the lone name's sex is unknown again.
    let off = Options::new().without(["people.given_names"]).unwrap();
    let doc = Analyzer::new().annotate(
        "The plan would fail, said Karen. He said the vote was close.",
        &off,
    );
    assert_eq!(speaker_of(&doc, "He").as_deref(), Some("Karen"));
}

#[test]
fn a_lone_name_that_may_be_a_surname_tells_no_sex() {
    let annotate = |text: &str| Analyzer::new().annotate(text, &Options::new());
    // A common surname ("Clinton"), a name of both sexes ("Taylor") and a
    // name after a title (a surname: "Senator Jordan", "Governor Karen")
    // leave the sex unknown, so either pronoun may be theirs.
    for (text, pronoun, name) in [
        (
            "The plan would fail, said Clinton. She said the vote was close.",
            "She",
            "Clinton",
        ),
        (
            "Senator Jordan told reporters on Monday that the vote was close. She said the plan would fail.",
            "She",
            "Jordan",
        ),
        (
            "Senator Taylor told reporters on Monday that the vote was close. He said the plan would fail.",
            "He",
            "Taylor",
        ),
        (
            "The plan would fail, said Taylor. He said the vote was close.",
            "He",
            "Taylor",
        ),
        (
            "Governor Karen told reporters on Monday that the vote was close. He said the plan would fail.",
            "He",
            "Karen",
        ),
        // An honorific says more than the given name.
        (
            "Mr. Karen told reporters on Monday that the vote was close. He said the plan would fail.",
            "He",
            "Karen",
        ),
    ] {
        let doc = annotate(text);
        assert_eq!(speaker_of(&doc, pronoun).as_deref(), Some(name), "{text}");
    }
}
