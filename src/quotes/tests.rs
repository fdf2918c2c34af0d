//! Table tests of the quotes stage: small texts, their quotes, cues and
//! speakers.

use super::*;
use crate::segment::segment;

/// A quote as (kind, pieces, cue, speaker).
type Row = (String, Vec<String>, String, String);

fn quotes_of(text: &str) -> Vec<Row> {
    quotes_with(text, &[])
}

/// Quotes of `text` with the given names, each as (label, text): the
/// first occurrence of the text is the name. The attribution passes are
/// tested here with the last round off, so that a quotation inside a mixed
/// quote, or a short quoted term, is still listed with its speaker.
fn quotes_with(text: &str, names: &[(&str, &str)]) -> Vec<Row> {
    let off = crate::Switches::with_off(vec!["quotes.fragments", "quotes.terms"]);
    rows(text, names, &off)
}

/// Quotes of `text` with every pass on.
fn quotes_all_on(text: &str, names: &[(&str, &str)]) -> Vec<Row> {
    rows(text, names, &crate::Switches::all_on())
}

/// Entities from (label, text) pairs: the first occurrence of the text is
/// the name.
fn entities_of(text: &str, names: &[(&str, &str)]) -> Vec<Entity> {
    names
        .iter()
        .map(|&(label, name)| {
            let start = text.find(name).expect("name in text");
            Entity {
                start,
                end: start + name.len(),
                text: name.into(),
                label: label.into(),
            }
        })
        .collect()
}

fn rows(text: &str, names: &[(&str, &str)], switches: &crate::Switches) -> Vec<Row> {
    let s = segment(text);
    let entities = entities_of(text, names);
    extract(text, &s, &entities, switches)
        .quotes
        .into_iter()
        .map(|q| {
            let spans = q
                .spans
                .iter()
                .map(|[a, b]| text[*a..*b].to_string())
                .collect();
            (
                q.kind,
                spans,
                q.cue.map(|c| c.text).unwrap_or_default(),
                q.speaker.map(|s| s.text).unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn pairs_marks_and_finds_speakers() {
    let q = quotes_of("\"We will win,\" he said. \"Now,\" she added, \"we rest.\"");
    assert_eq!(
        q[0],
        (
            "direct".into(),
            vec!["We will win,".into()],
            "said".into(),
            "he".into()
        )
    );
    assert_eq!(
        q[1],
        (
            "direct".into(),
            vec!["Now,".into(), "we rest.".into()],
            "added".into(),
            "she".into()
        )
    );
    let q = quotes_of("The minister said: \"It is over.\"");
    assert_eq!(q[0].1, ["It is over."]);
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "The minister"));
}

#[test]
fn transcript_turns_are_one_quote_each() {
    // One quote over several turns is one quote per turn.
    let q =
        quotes_of("\"WALLACE: Will she be there?\n\n\"PENCE: She will not.\n\n\"WALLACE: Fine.\"");
    let turns: Vec<&str> = q.iter().map(|q| q.1[0].as_str()).collect();
    assert_eq!(
        turns,
        [
            "WALLACE: Will she be there?",
            "PENCE: She will not.",
            "WALLACE: Fine."
        ]
    );
}

#[test]
fn a_transcript_turn_is_its_labels_speakers_quote() {
    // Two speakers take turns: the label speaks, the colon is the cue, and
    // the quote is the words after it; in quotation marks or not. Every
    // pass is on: a short turn is no term.
    let text = "Mike Pence spoke.\n\n\"WALLACE: Will she be there?\n\n\"PENCE: She will not.\n\n\
                \"WALLACE: Fine.\n\n\"PENCE:\n\n\"Good.\"";
    let names = [("PERSON", "Mike Pence")];
    let turns = |q: &[Row]| -> Vec<(String, String, String)> {
        q.iter()
            .map(|q| (q.1.join(" | "), q.2.clone(), q.3.clone()))
            .collect()
    };
    let row = |a: &str, b: &str| (a.to_string(), ":".to_string(), b.to_string());
    assert_eq!(
        turns(&quotes_all_on(text, &names)),
        [
            row("Will she be there?", "WALLACE"),
            row("She will not.", "PENCE"),
            row("Fine.", "WALLACE"),
            row("Good.", "PENCE"),
        ]
    );
    let off = crate::Switches::with_off(vec!["quotes.transcript", "quotes.terms"]);
    let without = rows(text, &names, &off);
    assert_eq!(without.len(), 4, "{without:?}");
    assert!(without.iter().all(|q| q.2 != ":"), "{without:?}");
    // Without marks, and a turn whose words are a quotation.
    let text = "Ann Lee met Bob Chan.\n\nLEE: Why not debate?\n\nCHAN: \"We did.\"";
    let names = [("PERSON", "Ann Lee"), ("PERSON", "Bob Chan")];
    assert_eq!(
        turns(&quotes_all_on(text, &names)),
        [row("Why not debate?", "LEE"), row("We did.", "CHAN")]
    );
    let off = crate::Switches::with_off(vec!["quotes.turns"]);
    let without = rows(text, &names, &off);
    assert!(without.iter().all(|q| q.2 != ":"), "{without:?}");
    // Sections are no speakers, even when they repeat.
    assert!(quotes_of("UPDATE: The vote is in.\n\nPREVIOUSLY: It was close.").is_empty());
    let text = "UPDATE: In.\n\nCORRECTION: Out.\n\nUPDATE: Again.\n\nCORRECTION: Fixed.";
    assert!(quotes_of(text).is_empty());
}

#[test]
fn whom_it_was_told_is_no_content() {
    // "X told reporters, "..."": a direct quote, told by X.
    let names = [("PERSON", "Ann Lee")];
    let q = quotes_with("Ann Lee told reporters on Monday, \"We will win.\"", &names);
    assert_eq!(
        q,
        [(
            "direct".into(),
            vec!["We will win.".into()],
            "told".into(),
            "Ann Lee".into()
        )]
    );
    let off = crate::Switches::with_off(vec!["quotes.before"]);
    let text = "Ann Lee told reporters on Monday, \"We will win.\"";
    let without = rows(text, &names, &off);
    assert!(
        without
            .iter()
            .all(|r| r.1 != ["We will win."] || r.0 != "direct"),
        "{without:?}"
    );
    // A listener that is an outlet carried the words.
    let text = "Ann Lee told the Daily Post: \"We will win.\"";
    let s = segment(text);
    let names = [
        Entity {
            start: 0,
            end: 7,
            text: "Ann Lee".into(),
            label: "PERSON".into(),
        },
        Entity {
            start: 17,
            end: 27,
            text: "Daily Post".into(),
            label: "ORG".into(),
        },
    ];
    let got = extract(text, &s, &names, &crate::Switches::all_on()).quotes;
    assert_eq!(got.len(), 1, "{got:?}");
    let outlet = got[0].outlet.as_ref().map(|o| o.text.as_str());
    assert_eq!(outlet, Some("Daily Post"), "{got:?}");
    // "told reporters on Tuesday that ...": the content starts after "that".
    let q = quotes_with(
        "Ann Lee told reporters on Tuesday that the plan would fail.",
        &[("PERSON", "Ann Lee")],
    );
    assert_eq!(q[0].1, ["the plan would fail"]);
    // A clause of its own before "that" is content: "there was no
    // evidence that ..." is what she told them.
    let q = quotes_with(
        "Ann Lee told reporters there was no evidence that the vote was rigged.",
        &[("PERSON", "Ann Lee")],
    );
    assert!(
        q[0].1[0].ends_with("there was no evidence that the vote was rigged"),
        "{q:?}"
    );
}

#[test]
fn multi_paragraph_and_unbalanced_quotes() {
    let text = "He said: \"First part.\n\n\"Second part.\"\n\nAn \"open quote never closes.\n\nNext paragraph.";
    let q = quotes_of(text);
    assert_eq!(q[0].1, ["First part.", "Second part."]);
    assert_eq!(q[1].1, ["open quote never closes."]);
    assert_eq!(q.len(), 2);
}

#[test]
fn reported_speech_with_that_and_according_to() {
    let q = quotes_of(
        "Officials warned that the deal could fail. The plan is dead, according to the minister.",
    );
    assert_eq!(
        q[0],
        (
            "indirect".into(),
            vec!["the deal could fail".into()],
            "warned".into(),
            "Officials".into()
        )
    );
    assert_eq!(q[1].1, ["The plan is dead"]);
    assert_eq!(
        (q[1].2.as_str(), q[1].3.as_str()),
        ("according to", "the minister")
    );
}

#[test]
fn speaker_after_the_quote_with_title_and_bracket() {
    // No names layer here: "Moore" is found as a capitalised phrase.
    let q = quotes_of("\"It is over,\" Rep. Moore (D-Wis.) said Friday. \"We won.\"");
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "Moore"));
    // The next quote goes on with the same speaker.
    assert_eq!(q[1].3, "Moore");
}

#[test]
fn content_before_the_attribution() {
    let q =
        quotes_of("The deal is dead, officials said on Monday. It may return, said the minister.");
    assert_eq!(q[0].1, ["The deal is dead"]);
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "officials"));
    assert_eq!(q[1].1, ["It may return"]);
    assert_eq!(q[1].3, "the minister");
}

#[test]
fn a_quotation_inside_a_sentence_takes_its_subject() {
    let q = quotes_of("At the debate, she mimicked his \"Miss Piggy\" remark.");
    assert_eq!(q[0].1, ["Miss Piggy"]);
    assert_eq!(q[0].3, "she");
    // With a cue, the quotation is inside a mixed quote and has its source.
    let q = quotes_of("At the debate, she cited his \"Miss Piggy\" remark.");
    assert_eq!(q[0].1, ["his \"Miss Piggy\" remark"]);
    assert_eq!((q[1].1[0].as_str(), q[1].3.as_str()), ("Miss Piggy", "she"));
    let q = quotes_of("The nominee outlined his plan and vowed to punish \"those who leak.\"");
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("vowed", "The nominee"));
}

#[test]
fn a_quotation_ending_its_sentence_leaves_the_next_one_alone() {
    let q = quotes_of(
        "Japan branded it an \"outlaw nation.\" Russia insisted that Pyongyang \"stop its escapades.\" The agency said more.",
    );
    assert_eq!(
        (q[0].1[0].as_str(), q[0].3.as_str()),
        ("outlaw nation.", "Japan")
    );
    let direct = q
        .iter()
        .find(|q| q.1[0] == "stop its escapades.")
        .expect("quote");
    assert_eq!(
        (direct.2.as_str(), direct.3.as_str()),
        ("insisted", "Russia")
    );
    // Nor does a quote take its attribution from the next paragraph.
    let q = quotes_of(
        "\"For young people, the rate is 33 percent.\"\n\nProtesters chanted \"What curfew?\"",
    );
    assert_eq!((q[0].1.len(), q[0].3.as_str()), (1, ""));
}

#[test]
fn a_descriptor_before_a_name_is_part_of_the_source() {
    let text = "More than 100,000 people took part in a nationwide \"walk-in\" at schools, according to the event organizer Alliance to Reclaim Our Schools.";
    let q = quotes_with(text, &[("ORG", "Alliance to Reclaim Our Schools")]);
    let walk_in = q.iter().find(|q| q.1[0] == "walk-in").expect("quote");
    assert_eq!(
        (walk_in.2.as_str(), walk_in.3.as_str()),
        (
            "according to",
            "the event organizer Alliance to Reclaim Our Schools"
        )
    );
}

#[test]
fn speakers_announced_before_the_quote() {
    // The cue first.
    // ("Some note it is complex" is a report of its own, by "Some".)
    let q = quotes_of("Some note it is complex. Said Ellis: \"I don't get the sense.\"");
    assert_eq!((q[1].2.as_str(), q[1].3.as_str()), ("Said", "Ellis"));
    assert_eq!(q[0].2, "note");
    // A colon and no cue: the named subject.
    let text = "On July 6, Sanders made the following comment:\n\n\"For young people, the rate is 33 percent.\"";
    let q = quotes_with(text, &[("PERSON", "Sanders")]);
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("", "Sanders"));
    // A colon after a subject that names no one gives no speaker.
    let q = quotes_of("Here is the full text:\n\n\"We will win the vote.\"");
    assert_eq!(q[0].3, "");
}

#[test]
fn subjects_past_titles_openers_and_prepositions() {
    // The object of a preposition is no speaker.
    let q =
        quotes_of("Protesters marching through the streets chanted \"What curfew?\" until 2 a.m.");
    assert_eq!(
        (q[0].2.as_str(), q[0].3.as_str()),
        ("chanted", "Protesters marching")
    );
    // A name that is the object in a relative clause is no speaker: the
    // whole phrase is.
    let text = "Officials who met Ann Lee said the plan was \"dead on arrival.\"";
    let q = quotes_with(text, &[("PERSON", "Ann Lee")]);
    assert_eq!(q[0].3, "Officials who met Ann Lee");
    // A title before the name.
    let text =
        "In January, Gov. Earl Ray Tomblin lauded Mr. Clarke for \"new and innovative ideas.\"";
    let q = quotes_with(text, &[("PERSON", "Earl Ray Tomblin")]);
    assert_eq!(q[0].3, "Earl Ray Tomblin");
    // A quantifier opens the subject.
    let q = quotes_of("In August, several environmental groups granted an extension, saying his \"capital was less than expected.\"");
    assert!(
        q.iter().all(|q| q.3 == "several environmental groups"),
        "{q:?}"
    );
    // An adverb between speaker and cue.
    let q = quotes_of("\"But since then, his fortunes have changed,\" it further wrote.");
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("wrote", "it"));
}

#[test]
fn a_quotation_after_a_sentence_about_someone() {
    let text = "Pence spoke first. \"We need to step away,\" Pence said.\n\nOn \"Face the Nation,\" Sen. Bernie Sanders identified exhaustion with bigotry as a reason. \"The younger people are sick and tired of racism.\"";
    let q = quotes_with(text, &[("PERSON", "Pence"), ("PERSON", "Bernie Sanders")]);
    let last = q.last().expect("quotes");
    assert_eq!(
        (last.1[0].as_str(), last.3.as_str()),
        (
            "The younger people are sick and tired of racism.",
            "Bernie Sanders"
        )
    );
    // Not when someone spoke in the sentence before.
    let text = "Sen. Claire McCaskill scolded him: \"You called them miracles,\" she said. \"I don't understand why.\"";
    let q = quotes_with(text, &[("PERSON", "Claire McCaskill")]);
    assert_eq!(q.last().expect("quotes").3, "she");
}

#[test]
fn as_x_put_it_numbers_and_clauses() {
    let q = quotes_of(
        "The requirement is a \"lawful source of income,\" as a Homeland Security memo put it.",
    );
    assert_eq!(
        (q[0].2.as_str(), q[0].3.as_str()),
        ("put it", "a Homeland Security memo")
    );
    let q = quotes_of("Only 52 percent agreed that she is in \"good health,\" while 73 percent said the same of Trump. However, 63 percent said Clinton was \"justified\" in keeping it private.");
    let good = q.iter().find(|q| q.1[0] == "good health,").expect("quote");
    assert_ne!(good.3, "73 percent");
    let justified = q.iter().find(|q| q.1[0] == "justified").expect("quote");
    assert_eq!(
        (justified.2.as_str(), justified.3.as_str()),
        ("said", "63 percent")
    );
    let q = quotes_of("Once, on a highway, I laughed and said, \"I don't believe in the devil.\"");
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "I"));
}

#[test]
fn coordinated_reports_have_their_own_speakers() {
    let q = quotes_with(
        "Ryan was saying he was \"very encouraged\" and Trump calling it a \"great meeting.\"",
        &[("PERSON", "Ryan"), ("PERSON", "Trump")],
    );
    let speakers: Vec<(&str, &str)> = q.iter().map(|q| (q.1[0].as_str(), q.3.as_str())).collect();
    assert!(
        speakers.contains(&("very encouraged", "Ryan")),
        "{speakers:?}"
    );
    assert!(
        speakers.contains(&("great meeting.", "Trump")),
        "{speakers:?}"
    );
    assert!(
        speakers.contains(&("it a \"great meeting.\"", "Trump")),
        "{speakers:?}"
    );
}

#[test]
fn cues_beside_a_quotation_and_hyphenated_speakers() {
    let q = quotes_of("\"Friend, let me be blunt. I can beat her,\" the email read.");
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("read", "the email"));
    let q = quotes_of("\"Would it be negotiable?\" Hannity pressed.");
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("pressed", "Hannity"));
    // In running text "read" reports nothing.
    let q = quotes_of("He read the whole bill to the committee on Monday night.");
    assert!(q.is_empty(), "{q:?}");
    let q = quotes_of("\"What if he had lessons?\" the 43-year-old asked.");
    assert_eq!(
        (q[0].2.as_str(), q[0].3.as_str()),
        ("asked", "the 43-year-old")
    );
    let q = quotes_of("\"Donald is an amazing leader,\" said the 46-year-old.");
    assert_eq!(
        (q[0].2.as_str(), q[0].3.as_str()),
        ("said", "the 46-year-old")
    );
}

#[test]
fn a_title_before_the_attribution_leaves_it_to_the_sentence() {
    let text = "On CBS's \"Face the Nation,\" Paul Ryan said the recent spate of shootings and protests demands that all Americans engage in \"more listening.\"";
    let q = quotes_with(text, &[("PERSON", "Paul Ryan")]);
    let listening = q
        .iter()
        .find(|q| q.1[0] == "more listening.")
        .expect("quote");
    assert_eq!(
        (listening.2.as_str(), listening.3.as_str()),
        ("said", "Paul Ryan")
    );
    let report = q.iter().find(|q| q.0 == "mixed").expect("report");
    assert!(report.1[0].starts_with("the recent spate"), "{report:?}");
}

#[test]
fn participles_and_adverbs_open_a_sentence_before_its_subject() {
    let text =
        "Reading from a prepared text, Ben Carson repeatedly pronounced the name \"Hamas\" oddly.";
    let q = quotes_with(text, &[("PERSON", "Ben Carson")]);
    assert_eq!(q[0].3, "Ben Carson");
    let q = quotes_of(
        "Moreover, Gowdy referenced a report that \"less than one percent\" were captured.",
    );
    assert_eq!(q[0].3, "Gowdy");
    // "vowed to "..."": the cue before the infinitive.
    let q = quotes_of("Cruz said he'd win, and Trump vowed to \"bomb the hell\" out of them.");
    let bomb = q.iter().find(|q| q.1[0] == "bomb the hell").expect("quote");
    assert_eq!((bomb.2.as_str(), bomb.3.as_str()), ("vowed", "Trump"));
}

#[test]
fn a_quotation_takes_the_subject_of_its_own_clause() {
    let q = quotes_with(
        "Clinton proposed a debate - but the Sanders campaign rejected the idea as \"ludicrous\" on Monday.",
        &[("PERSON", "Clinton"), ("PERSON", "Sanders")],
    );
    let quote = q.iter().find(|q| q.1[0] == "ludicrous").expect("quote");
    assert_eq!(quote.3, "the Sanders campaign");
}

#[test]
fn long_descriptions_inversions_and_participles() {
    let text = "\"Nothing we could do now would make a difference,\" Fred Kagan, director of the Critical Threats Project at the American Enterprise Institute, said in an interview.";
    let q = quotes_with(
        text,
        &[
            ("PERSON", "Fred Kagan"),
            ("ORG", "American Enterprise Institute"),
        ],
    );
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "Fred Kagan"));
    // Not from a phrase that is no speaker.
    let text = "It cut a call for \"providing lethal weapons\" to Ukraine and backed language calling for \"assistance.\"";
    let q = quotes_with(text, &[("GPE", "Ukraine")]);
    assert_ne!(q[0].3, "to Ukraine");
    // The cue first after a comma, but not "telling X that".
    let q = quotes_of(
        "And Trump does not forgive. But, said Solovey, \"I don't want to drum up conflict.\"",
    );
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "Solovey"));
    let q = quotes_with("Trump and his aides had words for moderators, telling O'Reilly that \"I'm not okay with Anderson Cooper.\"", &[("PERSON", "O'Reilly")]);
    assert_ne!(q[0].3, "O'Reilly");
    // A participle in an aside, a cue used as a noun, a conjunction
    // opening the sentence.
    let q = quotes_with(
        "Fiorina, speaking to Iowans, said, \"Last time I looked, you hadn't voted.\"",
        &[("PERSON", "Fiorina"), ("NORP", "Iowans")],
    );
    assert_eq!(q[0].3, "Fiorina");
    let q = quotes_of("And although he thanked them, he sounded a rare note of self-deprecation, saying, \"I'm not sure I deserve it.\"");
    let quote = q.iter().find(|q| q.0 == "direct").expect("quote");
    assert_eq!((quote.2.as_str(), quote.3.as_str()), ("saying", "he"));
}

#[test]
fn a_report_in_an_opening_clause_ends_with_it() {
    let text = "While he acknowledged funding was a major reason he felt demoralized, Ham also noted several \"intangibles\" left him disillusioned.";
    let q = quotes_with(text, &[("PERSON", "Ham")]);
    let first = q.iter().find(|q| q.2 == "acknowledged").expect("report");
    assert_eq!(first.1[0], "funding was a major reason he felt demoralized");
    let intangibles = q.iter().find(|q| q.1[0] == "intangibles").expect("quote");
    assert_eq!(
        (intangibles.2.as_str(), intangibles.3.as_str()),
        ("noted", "Ham")
    );
}

#[test]
fn time_phrases_and_nationalities_before_a_cue() {
    let text = "Obama has a frosty relationship with McConnell, who in 2010 said the goal was to make Obama a \"one-term president.\"";
    let q = quotes_with(text, &[("PERSON", "Obama"), ("PERSON", "McConnell")]);
    let term = q
        .iter()
        .find(|q| q.1[0] == "one-term president.")
        .expect("quote");
    assert_eq!(
        (term.2.as_str(), term.3.as_str()),
        ("said", "McConnell, who")
    );
    let text = "PolitiFact rated 32% of Republican claims as \"false\" or worse.";
    let q = quotes_with(text, &[("ORG", "PolitiFact"), ("NORP", "Republican")]);
    assert_eq!(q.last().expect("quote").3, "PolitiFact");
    // A nationality as a noun still speaks.
    let text = "\"The campaign has been reluctant,\" one senior Democrat said.";
    let q = quotes_with(text, &[("NORP", "Democrat")]);
    assert_eq!(q[0].3, "Democrat");
}

#[test]
fn speakers_after_the_quote_with_descriptions() {
    let q = quotes_of("\"Go back to Univision,\" Trump barked.");
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("barked", "Trump"));
    let text = "\"Watch a fetus on the table,\" said former tech executive Carly Fiorina.";
    let q = quotes_with(text, &[("PERSON", "Carly Fiorina")]);
    assert_eq!(q[0].3, "former tech executive Carly Fiorina");
    let q = quotes_of(
        "\"The drop is directly attributable to the emails,\" said a person close to the Clintons.",
    );
    assert_eq!(q[0].3, "a person close to the");
    let q = quotes_with("\"China is equally concerned,\" the independent Vermont senator and Democratic presidential candidate told ABC.", &[("GPE", "Vermont")]);
    assert_eq!(q[0].2, "told");
    // A dash before a phrase is no attribution.
    let q = quotes_of(
        "Tribe likened the rules to \"burning the Constitution\" - a charge that might have stung.",
    );
    assert_ne!(q[0].3, "a charge that might have");
    // The person of the paragraph before.
    let text = "Viguerie is upbeat about Cruz, in part because Cruz is a uniter.\n\n\"Not only can Ted Cruz win in November, he is the one with the best chance.\"";
    let q = quotes_with(text, &[("PERSON", "Viguerie"), ("PERSON", "Cruz")]);
    assert_eq!(q[0].3, "Viguerie");
}

#[test]
fn time_phrases_nicknames_relatives_and_dashes() {
    let q = quotes_of("Twenty-two years ago, a Times article hailed Trump as \"The Comeback Kid\" for his success.");
    assert_eq!(q[0].3, "a Times article");
    let text = "\"This is a big year for our senator, Bobby Scott!\" Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd.";
    let q = quotes_with(text, &[("PERSON", "Bobby Scott"), ("PERSON", "Scott's")]);
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("shouted", "Scott's"));
    let q = quotes_of("Kall compared Trump to a coach who is \"working the referees\" in hopes.");
    assert_ne!(q[0].3, "who");
    let text = "In July, Gingrich dismissed Estonia as the \"suburbs of St. Petersburg\" - a metaphor for the GOP's abandonment of principle.";
    let q = quotes_with(text, &[("PERSON", "Gingrich"), ("ORG", "GOP")]);
    assert_eq!(q[0].3, "Gingrich");
}

#[test]
fn according_to_a_long_source_and_per() {
    let q = quotes_of("According to a 52-count civil complaint filed by the federal Securities and Exchange Commission and a 15-count complaint by Vermont, the developers engaged in a \"massive eight-year fraudulent scheme.\"");
    let scheme = q.iter().find(|q| q.0 == "direct").expect("quote");
    assert_eq!(scheme.2, "According to");
    assert!(
        scheme.3.ends_with("a 15-count complaint by Vermont"),
        "{scheme:?}"
    );
    let q = quotes_of("Members may appoint proxies, but it is prohibited when voting \"to fill a vacancy on the ticket,\" per the party's bylaws.");
    let vacancy = q.iter().find(|q| q.0 == "direct").expect("quote");
    assert_eq!(
        (vacancy.2.as_str(), vacancy.3.as_str()),
        ("per", "the party's bylaws")
    );
    // "per" as a rate is no source.
    let q =
        quotes_of("The fee rose to $5, per person, said the minister on Monday in the capital.");
    assert!(q.iter().all(|q| q.2 != "per"), "{q:?}");
}

#[test]
fn colons_after_a_pronoun_and_verbs_with_with() {
    let q = quotes_of("She became so upset, and drove so erratically, that I had to change my answer: \"Of course I believe in the devil.\"");
    assert_eq!(q[0].3, "I");
    let text = "The spot concludes with footage of Trump saying during the debate last week, \"That makes me smart,\" when Clinton blasted him.";
    let q = quotes_with(text, &[("PERSON", "Trump"), ("PERSON", "Clinton")]);
    let smart = q.iter().find(|q| q.0 == "direct").expect("quote");
    assert_eq!((smart.2.as_str(), smart.3.as_str()), ("saying", "Trump"));
    assert!(q.iter().all(|q| q.2 != "concludes"), "{q:?}");
}

#[test]
fn participles_without_a_comma_and_in_relative_clauses() {
    let text = "Trump unleashed a series of tweets early Friday saying that Clinton had used Machado \"as a paragon of virtue.\"";
    let q = quotes_with(
        text,
        &[
            ("PERSON", "Trump"),
            ("PERSON", "Clinton"),
            ("PERSON", "Machado"),
        ],
    );
    assert!(q.iter().all(|q| q.3 == "Trump"), "{q:?}");
    let text = "Trump got defensive about not paying an architect who said he was stiffed, saying, \"Maybe he didn't do a good job.\"";
    let q = quotes_with(text, &[("PERSON", "Trump")]);
    let job = q.iter().find(|q| q.0 == "direct").expect("quote");
    assert_eq!((job.2.as_str(), job.3.as_str()), ("saying", "Trump"));
    // An adverb and a comma make a cue an adjective.
    let q = quotes_of(
        "Following a swiftly called, late-afternoon meeting, the council issued a statement.",
    );
    assert!(q.iter().all(|q| q.3 != "a swiftly"), "{q:?}");
}

#[test]
fn relative_clauses_and_show_as_a_noun() {
    let q = quotes_of("It prompted her to make a controversial comment that egregiously described all young black men as \"super predators.\"");
    assert!(q.iter().all(|q| !q.3.contains("that")), "{q:?}");
    let text = "In a preview clip for Blige's upcoming Apple Music show The 411, Blige sings \"American Skin\" to Clinton.";
    let q = quotes_with(
        text,
        &[
            ("PERSON", "Blige's"),
            ("ORG", "Apple Music"),
            ("PERSON", "Blige sings"),
        ],
    );
    assert!(q.iter().all(|q| q.2 != "show"), "{q:?}");
    // "Polls show that" still reports.
    let q = quotes_of("Polls show that the race has tightened in the last week.");
    assert_eq!(q[0].2, "show");
}

#[test]
fn run_in_heads_long_openers_and_infinitives() {
    let text = "CONGRESS HAS INVESTIGATED HIM \u{2014} Oz's advice earned him a hearing for saying that coffee was a \"magic weight loss cure.\"";
    let q = quotes_with(text, &[("PERSON", "Oz")]);
    assert!(q.iter().all(|q| q.3 == "Oz"), "{q:?}");
    let text = "Following a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the test \"a clear violation\" of resolutions.";
    let q = quotes_with(text, &[("ORG", "Security Council")]);
    assert!(q.iter().all(|q| q.3 == "the Security Council"), "{q:?}");
    let text =
        "All this has led the Latvian journalist Dainis Ivans to fear a \"Putin-Ribbentrop Pact.\"";
    let q = quotes_with(text, &[("PERSON", "Dainis Ivans")]);
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("fear", "Dainis Ivans"));
}

#[test]
fn a_name_ending_in_ing_is_no_participle_aside() {
    let text = "The former analyst, Browning, said the leak was justified and legal.";
    let q = quotes_with(text, &[("PERSON", "Browning")]);
    assert_eq!(
        (q[0].1[0].as_str(), q[0].3.as_str()),
        ("the leak was justified and legal", "Browning")
    );
}

#[test]
fn unnamed_sources_are_anonymous() {
    let text = "The deal is off, officials said. A source close to the talks said \
                the deal is off. Minister Jones said the deal is off.";
    let s = segment(text);
    let q = extract(text, &s, &[], &crate::Switches::all_on()).quotes;
    let found: Vec<(&str, bool)> = q
        .iter()
        .map(|q| {
            (
                q.speaker.as_ref().map_or("", |m| m.text.as_str()),
                q.anonymous,
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("officials", true),
            ("A source close to the talks", true),
            ("Minister Jones", false)
        ]
    );
}

#[test]
fn cue_then_a_name_the_names_layer_missed() {
    let q = quotes_of("\"It is wrong,\" said 9/11 widow Terry Strada. \"Fine,\" said the Rev. Peter Wherry, of Mayfield.");
    assert_eq!(q[0].3, "9/11 widow Terry Strada");
    assert_eq!(q[1].3, "the Rev. Peter Wherry");
}

#[test]
fn typewriter_quotes_close_reported_content() {
    let q = quotes_of(
        "''It is more tinkering at the edges,'' said Alan Cole. ''We pay,'' Mr. King said.",
    );
    assert_eq!(q[0].1, ["It is more tinkering at the edges,"]);
    assert_eq!(q[0].0, "direct");
    assert_eq!(q[0].3, "Alan Cole");
    assert_eq!(q[1].3, "King");
}

#[test]
fn a_mark_after_a_nested_quote_closes() {
    let q = quotes_of("\"I hate the term 'outreach,' \" he told the group. \"Next,\" he said.");
    assert_eq!(q[0].1, ["I hate the term 'outreach,' "]);
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("told", "he"));
    assert_eq!(q[1].1, ["Next,"]);
}

#[test]
fn an_agency_after_an_attributed_quote_adds_no_quote() {
    let q = quotes_of("\"It is a disgrace,\" the senator said, according to Reuters.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].3, "the senator");
}

#[test]
fn chains_of_participles_end() {
    // Each ", saying" once looked back through all the ones before it:
    // this took minutes. Now it ends, with one report for the sentence.
    let text = format!(
        "Officials met{}, saying the talks had failed.",
        ", saying".repeat(2000)
    );
    let q = quotes_of(&text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].2, "saying");
    assert!(q[0].1[0].ends_with("saying the talks had failed"));
}

#[test]
fn according_to_at_the_very_end() {
    // Found by fuzzing: a comma that ends the text after "according to X".
    assert!(quotes_of("According to Mr Jones,").is_empty());
}

#[test]
fn a_passive_has_no_speaker_before_it() {
    let q = quotes_of(
        "When terrorists are revealed as part of the plot, officials call them lone wolves.",
    );
    assert!(q.iter().all(|q| q.3 != "terrorists"), "{q:?}");
    // A progressive keeps its subject.
    let q = quotes_of("Trump is promising that the wall will be built soon.");
    assert_eq!(q[0].3, "Trump");
}

#[test]
fn a_quotation_inside_a_mixed_quote_is_its_fragment() {
    let text =
        "The Post reports that the team wanted to \"keep the details under wraps\" on Sunday.";
    let q = quotes_all_on(text, &[("ORG", "The Post")]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "mixed");
    let s = segment(text);
    let found = extract(text, &s, &[], &crate::Switches::all_on());
    let [a, b] = found.quotes[0].fragments[0];
    assert_eq!(&text[a..b], "keep the details under wraps");
}

#[test]
fn short_quoted_terms_are_not_quotes() {
    let text =
        "Ford is one of the \"Big Three\" automakers. Mr. Smith said it was a \"New GM\" now.";
    let s = segment(text);
    let found = extract(text, &s, &[], &crate::Switches::all_on());
    let terms: Vec<&str> = found.terms.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(terms, ["Big Three"]);
    // A cue before it makes it a fragment of what was said.
    assert!(found
        .quotes
        .iter()
        .any(|q| q.spans.iter().any(|&[a, b]| text[a..b].contains("New GM"))));
    // Right beside its cue it is a quote: ""Never," she said."
    let q = quotes_all_on("\"Never,\" she said.", &[]);
    assert_eq!(q[0].3, "she");
}

#[test]
fn doubled_and_stray_marks_give_no_empty_quote() {
    let text =
        "He left.\n\n\"\"You don't win by states,\" Rubio said.\n\nShe argued that:\n\nThe end.";
    let s = segment(text);
    let found = extract(text, &s, &[], &crate::Switches::all_on());
    assert!(found.quotes.iter().all(|q| q
        .spans
        .iter()
        .all(|&[a, b]| text[a..b].chars().any(char::is_alphanumeric))));
    assert!(
        found.quotes.iter().any(|q| q
            .spans
            .iter()
            .any(|&[a, b]| text[a..b] == *"You don't win by states,")),
        "{:?}",
        found.quotes
    );
}

#[test]
fn outlets_are_not_speakers() {
    let text = "\"The plan is dead,\" Detik.com quoted Djamal as saying.\n\nThe transport minister Jusman Djamal told Detik.com that the airline would be grounded for a month.\n\nThe Jakarta Post reported that Djamal said the inquiry would take months.";
    let s = segment(text);
    let names = [
        ("PERSON", "Djamal"),
        ("PERSON", "Jusman Djamal"),
        ("ORG", "Jakarta Post"),
    ];
    let entities = entities_of(text, &names);
    let found = extract(text, &s, &entities, &crate::Switches::all_on()).quotes;
    let rows: Vec<(&str, &str, &str)> = found
        .iter()
        .map(|q| {
            (
                q.speaker.as_ref().map_or("", |m| m.text.as_str()),
                q.outlet.as_ref().map_or("", |m| m.text.as_str()),
                &text[q.spans[0][0]..q.spans[0][1]],
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("Djamal", "Detik.com", "The plan is dead,"),
            (
                "Jusman Djamal",
                "Detik.com",
                "the airline would be grounded for a month"
            ),
            ("Djamal", "Jakarta Post", "the inquiry would take months")
        ]
    );
}

#[test]
fn a_quote_is_broken_only_inside_one_sentence() {
    let q = quotes_all_on("\"We will win,\" he said, \"and then we rest.\"", &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].1, ["We will win,", "and then we rest."]);
    let q = quotes_all_on("\"We will win,\" he said. \"Then we rest.\"", &[]);
    assert_eq!(q.len(), 2, "{q:?}");
}

#[test]
fn reports_in_the_passive_and_of_stance() {
    let q = quotes_with(
        "The move was first reported by MSNBC on Tuesday. The senator declined to say whether he would run again.",
        &[("ORG", "MSNBC")],
    );
    assert_eq!((q[0].1[0].as_str(), q[0].3.as_str()), ("The move", "MSNBC"));
    assert_eq!(q[1].2, "declined");
}

#[test]
fn what_someone_was_asked_is_reported() {
    let q = quotes_of("When asked by a reporter whether the plan would work, the mayor smiled.");
    let asked = q.iter().find(|q| q.2 == "asked").expect("a question");
    assert_eq!(asked.1, ["whether the plan would work"]);
    assert_eq!(asked.3, "a reporter");
    // No asker: no source.
    let q = quotes_of("Asked why he had not voted, the mayor smiled.");
    let asked = q.iter().find(|q| q.2 == "Asked").expect("a question");
    assert_eq!(
        (asked.1[0].as_str(), asked.3.as_str()),
        ("why he had not voted", "")
    );
}

#[test]
fn according_to_a_long_source_after_a_conjunction() {
    let q = quotes_of(
        "But, according to early results of exit polls conducted for the networks, turnout was high.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, ["turnout was high"]);
    assert_eq!(
        q[0].3,
        "early results of exit polls conducted for the networks"
    );
}

#[test]
fn an_expectation_has_no_source() {
    let q = quotes_of("In New Hampshire, Sanders is widely expected to win the primary.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, ["Sanders is widely expected to win the primary"]);
    assert_eq!(
        (q[0].2.as_str(), q[0].3.as_str()),
        ("is widely expected", "")
    );
    // An expectation with a source is that source's: "Aides expected ...".
    assert!(quotes_of("The plan was expected.").is_empty());
}

#[test]
fn what_a_source_spoke_about() {
    let q = quotes_of("Trump talked about the wall at length, and Clinton spoke of her mother.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        (q[0].1[0].as_str(), q[0].3.as_str()),
        ("the wall at length", "Trump")
    );
    assert_eq!(
        (q[1].1[0].as_str(), q[1].3.as_str()),
        ("her mother", "Clinton")
    );
    // A place or a listener is no topic.
    assert!(quotes_of("He is campaigning in Iowa this week.").is_empty());
    assert!(quotes_of("I talked to him yesterday.").is_empty());
}

#[test]
fn titles_after_a_possessive_are_terms() {
    let q = quotes_all_on(
        "In an interview on CBS's \"Face the Nation,\" Ryan said the spate was bad.",
        &[],
    );
    assert!(q.iter().all(|q| !q.1[0].contains("Face")), "{q:?}");
    // "spoke on Tuesday" names a time, not a topic.
    assert!(quotes_of("The senator spoke on Tuesday.").is_empty());
}

#[test]
fn a_possessor_is_the_source_of_a_stance() {
    let q = quotes_of("The crowd cheered his support for the wall.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].1[0].as_str(), q[0].3.as_str()), ("the wall", "his"));
}

#[test]
fn two_apostrophes_or_backticks_are_a_double_mark() {
    let q = quotes_all_on(
        "''We finally may be seeing some wage growth,'' Bernstein wrote. \
         The Joneses' dog barked at O'Brien's rock'n'roll.\n\n\
         ``It is over,'' she said.",
        &[("PERSON", "Bernstein")],
    );
    assert_eq!(
        q,
        vec![
            (
                "direct".into(),
                vec!["We finally may be seeing some wage growth,".into()],
                "wrote".into(),
                "Bernstein".into()
            ),
            (
                "direct".into(),
                vec!["It is over,".into()],
                "said".into(),
                "she".into()
            ),
        ]
    );
    // Lone apostrophes and runs of three are left alone; the text keeps
    // its bytes where nothing is respelled.
    for text in ["The Joneses' dog and 'quoted' words.", "'''Bold''' text"] {
        let s = segment(text);
        assert_eq!(marks::ascii_doubles(text, &s.tokens), None, "{text}");
    }
    let text = "He said ''no.'' Then ``yes''.";
    let s = segment(text);
    assert_eq!(
        marks::ascii_doubles(text, &s.tokens).as_deref(),
        Some("He said \"\"no.\"\" Then \"\"yes\"\".")
    );
    // Without the pass, the apostrophes pair nothing.
    let off = crate::Switches::with_off(vec!["quotes.ascii_marks"]);
    let text = "''It is over,'' she said.";
    let direct = extract(text, &segment(text), &[], &off)
        .quotes
        .into_iter()
        .filter(|q| q.kind == "direct")
        .count();
    assert_eq!(direct, 0);
}

#[test]
fn reports_of_shares_and_after_a_clause_opener() {
    let q = quotes_of(
        "Most voters say they are paying attention; 26 percent say they are not.\n\n\
         Many say they are satisfied, while only half say the same of him.\n\n\
         But the plan was rolled out badly, he said.\n\n\
         The plan cannot work, law enforcement officials say.",
    );
    let got: Vec<(&str, &str)> = q.iter().map(|r| (r.1[0].as_str(), r.3.as_str())).collect();
    assert_eq!(
        got,
        [
            ("they are paying attention", "Most voters"),
            ("they are not", "26 percent"),
            ("they are satisfied", "Many"),
            ("the same of him", "only half"),
            ("But the plan was rolled out badly", "he"),
            ("The plan cannot work", "law enforcement officials"),
        ]
    );
}

#[test]
fn a_programme_told_is_the_outlet() {
    let text = "The senator told MSNBC's \"Morning Joe\" that nobody would question the plan.\n\n\
                The governor told \"Fox and Friends\" that the race was over.";
    let s = segment(text);
    let found = extract(text, &s, &[], &crate::Switches::all_on()).quotes;
    let rows: Vec<(&str, &str, &str, &str)> = found
        .iter()
        .map(|q| {
            (
                q.kind.as_str(),
                q.speaker.as_ref().map_or("", |m| m.text.as_str()),
                q.outlet.as_ref().map_or("", |m| m.text.as_str()),
                &text[q.spans[0][0]..q.spans[0][1]],
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "indirect",
                "The senator",
                "MSNBC's \"Morning Joe\"",
                "nobody would question the plan"
            ),
            (
                "indirect",
                "The governor",
                "\"Fox and Friends\"",
                "the race was over"
            ),
        ]
    );
}

#[test]
fn a_headline_gives_its_source_before_a_colon() {
    let q = quotes_with(
        "Lynch: No outside influence on the inquiry into the emails\n\nThe body.",
        &[("PERSON", "Lynch")],
    );
    assert_eq!(
        q,
        [(
            "indirect".into(),
            vec!["No outside influence on the inquiry into the emails".into()],
            ":".into(),
            "Lynch".into()
        )]
    );
    for (text, names) in [
        (
            "The Latest: Trump urges supporters to watch the polls\n\nThe body.",
            vec![("PERSON", "Trump")],
        ),
        (
            "Netanyahu and Obama: A tortured relationship of many years\n\nThe body.",
            vec![("PERSON", "Netanyahu"), ("PERSON", "Obama")],
        ),
        (
            "Ted Cruz: Constitutional conservative or career politician?\n\nThe body.",
            vec![("PERSON", "Ted Cruz")],
        ),
    ] {
        let q = quotes_with(text, &names);
        assert!(q.iter().all(|r| r.2 != ":"), "{text}: {q:?}");
    }
}

#[test]
fn an_attribution_between_commas_reports_both_sides() {
    let q = quotes_of(
        "When she got inside the church, she said, there were no ballots left.\n\n\
         The imam left as soon as prayers ended, the caretaker said, adding that he kept to himself.",
    );
    assert_eq!(
        q[0],
        (
            "indirect".into(),
            vec![
                "When she got inside the church".into(),
                "there were no ballots left".into()
            ],
            "said".into(),
            "she".into()
        )
    );
    assert_eq!(q[1].1, ["The imam left as soon as prayers ended"]);
    assert_eq!(q[1].3, "the caretaker");
}

#[test]
fn a_noun_after_its_determiner_and_modifiers_speaks() {
    let q = quotes_of(
        "One poll shows the senator 16 points ahead in the state.\n\n\
         The latest Reuters/Ipsos poll showed the governor leading the field.",
    );
    let got: Vec<(&str, &str)> = q.iter().map(|r| (r.1[0].as_str(), r.3.as_str())).collect();
    assert_eq!(
        got,
        [
            ("the senator 16 points ahead in the state", "One poll"),
            (
                "the governor leading the field",
                "The latest Reuters/Ipsos poll"
            ),
        ]
    );
}

#[test]
fn content_before_a_described_source() {
    let q = quotes_with(
        "The professor was headed to Cairo for a conference, the Guardian reported.\n\n\
         The engineer often traveled for work, the news site RTL Info reported.",
        &[("ORG", "Guardian"), ("ORG", "RTL Info")],
    );
    let got: Vec<(&str, &str)> = q.iter().map(|r| (r.1[0].as_str(), r.3.as_str())).collect();
    assert_eq!(
        got,
        [
            (
                "The professor was headed to Cairo for a conference",
                "Guardian"
            ),
            ("The engineer often traveled for work", "RTL Info"),
        ]
    );
}

#[test]
fn a_headline_name_ends_before_its_verb() {
    // The names layer may take a title-case headline for one long name.
    let text = "Dennis Prager Tells Conservatives They Need To Change Course\n\nThe body.";
    let q = quotes_with(
        text,
        &[(
            "PERSON",
            "Dennis Prager Tells Conservatives They Need To Change Course",
        )],
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "Tells");
    assert_eq!(q[0].3, "Dennis Prager");
    let off = crate::Switches::with_off(vec!["quotes.headline_names"]);
    let names = [Entity {
        start: 0,
        end: text.find('\n').expect("line"),
        text: "Dennis Prager Tells Conservatives They Need To Change Course".into(),
        label: "PERSON".into(),
    }];
    assert!(extract(text, &segment(text), &names, &off)
        .quotes
        .iter()
        .all(|q| q.cue.as_ref().is_none_or(|c| c.text != "Tells")));
    // In the body, a name keeps its words.
    let body = "Intro line here, and more.\n\nThe firm Acme Says Group grew.";
    let start = body.find("Acme").expect("name");
    let entities = [Entity {
        start,
        end: start + "Acme Says Group".len(),
        text: "Acme Says Group".into(),
        label: "ORG".into(),
    }];
    assert_eq!(
        index::headline_names(body, &segment(body), &entities),
        entities
    );
}

#[test]
fn phase5_reports_in_relatives_descriptions_and_short_content() {
    // A report in a relative clause between commas ends at its comma, and
    // the main clause's report has the name as its speaker.
    let q = quotes_with(
        "Cruz, who says the rival is attacking him, said voters should go with him.",
        &[("PERSON", "Cruz")],
    );
    let texts: Vec<_> = q.iter().map(|r| (r.1[0].as_str(), r.3.as_str())).collect();
    assert_eq!(
        texts,
        [
            ("the rival is attacking him", "Cruz, who"),
            ("voters should go with him", "Cruz")
        ],
        "{q:?}"
    );
    // A speaker after the cue with a long description to the sentence's end.
    let q = quotes_with(
        "The plan will fail within a year, said Mark Jones, a political scientist at a university in a large city.",
        &[("PERSON", "Mark Jones")],
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1[0], "The plan will fail within a year");
    assert_eq!(q[0].3, "Mark Jones");
    // A demonstrative opening its clause opens the speaker.
    let q = quotes_of("Again, those surveyed said the economy was the first priority.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].3, "those surveyed");
    // An infinitive and a name alone are content.
    let q = quotes_with("The senator declined to comment.", &[]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1[0], "to comment");
    let q = quotes_with(
        "Ryan endorsed Trump.",
        &[("PERSON", "Ryan"), ("PERSON", "Trump")],
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].1[0].as_str(), q[0].3.as_str()), ("Trump", "Ryan"));
}

#[test]
fn a_poll_after_in_is_a_source() {
    let q =
        quotes_of("In a national poll last month, the governor held a wide lead over his rival.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1[0], "the governor held a wide lead over his rival");
    assert_eq!(
        (q[0].2.as_str(), q[0].3.as_str()),
        ("In", "a national poll last month")
    );
    let q = quotes_of("The governor is far ahead in public opinion polls.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        (q[0].1[0].as_str(), q[0].3.as_str()),
        ("The governor is far ahead", "public opinion polls")
    );
    // No poll, no source.
    assert!(quotes_of("The governor is far ahead in the race.").is_empty());
}

#[test]
fn a_relative_which_or_who_reports_and_is_no_speaker_in_focus() {
    let q = quotes_of(
        "The audit, which concluded that the agency broke its rules, said the fines were due.",
    );
    let rows: Vec<_> = q.iter().map(|r| (r.1[0].as_str(), r.3.as_str())).collect();
    assert_eq!(
        rows,
        [
            ("the agency broke its rules", "The audit, which"),
            ("the fines were due", "The audit")
        ],
        "{q:?}"
    );
    let q =
        quotes_of("Among those who said they cared most about honesty, most backed the senator.");
    assert!(
        q.iter()
            .any(|r| r.3 == "those who" && r.1[0].starts_with("they cared")),
        "{q:?}"
    );
}

#[test]
fn shares_with_a_percent_sign_or_out_of() {
    let q = quotes_of("On economic issues, 42% say they are liberal.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        (q[0].1[0].as_str(), q[0].3.as_str()),
        ("they are liberal", "42%")
    );
    let q = quotes_of("Nearly nine out of 10 say they will need new skills.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].3, "Nearly nine out of 10");
}

#[test]
fn a_cue_and_its_that_clause_whatever_stands_before_it() {
    // Subjects the reported pass does not read beside the cue: an adverb
    // after an auxiliary, an apposition, a subject between dashes.
    let rows = |text: &str| -> Vec<(String, String, String)> {
        quotes_of(text)
            .into_iter()
            .map(|r| (r.1[0].clone(), r.2, r.3))
            .collect()
    };
    let q = rows("Republicans have often argued that Americans would be safer with more guns.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Americans would be safer with more guns");
    assert_eq!(q[0].1, "argued");
    let q = rows("Democrats — and some Republicans — say that the gains are small.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        (q[0].0.as_str(), q[0].1.as_str()),
        ("the gains are small", "say")
    );
    // After a short adjunct: "noted in an interview that".
    let q = rows("But Johri, the chief financial officer, noted on Monday that costs rose.");
    assert!(q.iter().any(|r| r.0 == "costs rose"), "{q:?}");
    // "It should be noted that" has no speaker.
    let q = rows("It should be noted that two of the researchers were hired in August.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "");
    // "that" as a determiner opens no clause.
    assert!(rows("Trump responded to that tweet by Monday.").is_empty());
    assert!(rows("She noted that.").is_empty());
}

#[test]
fn a_cue_and_its_clause_without_that_and_a_source_last() {
    let rows = |text: &str| -> Vec<(String, String, String)> {
        quotes_of(text)
            .into_iter()
            .map(|r| (r.1[0].clone(), r.2, r.3))
            .collect()
    };
    // A long subject the reported pass does not read.
    let q = rows(
        "Many speakers at the service — including Muslims and Jews — said his death is painful.",
    );
    assert!(
        q.iter()
            .any(|r| r.0 == "his death is painful" && r.1 == "said"),
        "{q:?}"
    );
    // A verb and its object, without a speaker, is no report.
    assert!(rows("The show has not yet announced a replacement.").is_empty());
    // The source last, between a comma and the cue that ends the sentence.
    let q = rows("A girl outside the venue was pepper-sprayed by a bystander, police said.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0],
        (
            "A girl outside the venue was pepper-sprayed by a bystander".into(),
            "said".into(),
            "police".into()
        )
    );
    // "as some have speculated" is no source of its own.
    let q = rows("His defeat will not derail his campaign, as some have speculated.");
    assert!(q.iter().all(|r| r.2 != "as some have"), "{q:?}");
}

#[test]
fn according_to_a_source_right_before_a_quotation() {
    let text = "Mook spoke on Sunday. \"We want fairness,\" Mook said.\n\nAccording to the newspaper, \"Gun laws empower dealers to sell weapons. Few are barred.\"";
    let q = quotes_all_on(text, &[("PERSON", "Mook")]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        (q[1].0.as_str(), q[1].2.as_str(), q[1].3.as_str()),
        ("direct", "According to", "the newspaper")
    );
}

#[test]
fn according_to_a_source_right_after_a_quotation() {
    let text = "Mook spoke on Sunday. \"We want fairness,\" Mook said.\n\n\"The production includes material from a records cache,\" according to Judicial Watch.";
    let q = quotes_all_on(text, &[("PERSON", "Mook"), ("ORG", "Judicial Watch")]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        (q[1].0.as_str(), q[1].2.as_str(), q[1].3.as_str()),
        ("direct", "according to", "Judicial Watch")
    );
}

#[test]
fn a_cue_word_inside_a_description_is_no_cue() {
    // "planning" is an attitude cue ("the campaign is planning to ..."),
    // but before a noun it is part of the speaker's description.
    let names = [
        ("ORG", "State Department"),
        ("PERSON", "Anne-Marie Slaughter"),
    ];
    let q = quotes_with(
        "\"The plan will fail,\" said former State Department policy planning director Anne-Marie Slaughter.",
        &names,
    );
    assert_eq!(
        q[0].3,
        "former State Department policy planning director Anne-Marie Slaughter"
    );
    let q = quotes_with(
        "\"The plan will fail,\" said former policy planning director Anne-Marie Slaughter.",
        &names[1..],
    );
    assert_eq!(
        q[0].3,
        "former policy planning director Anne-Marie Slaughter"
    );
    // As a verb it still ends the speaker: "said officials planning to
    // leave" gives no person after "planning".
    let q = quotes_with("\"We are done,\" said officials planning to leave.", &[]);
    assert_ne!(q[0].3, "officials planning to leave");
}

#[test]
fn whom_it_was_told_is_no_content_without_that() {
    for (text, content) in [
        ("The mayor told him the plan was dead.", "the plan was dead"),
        (
            "The mayor told reporters the plan was dead.",
            "the plan was dead",
        ),
        (
            "The mayor told her staff the plan was dead.",
            "the plan was dead",
        ),
        (
            "The mayor told the committee he would resign.",
            "he would resign",
        ),
    ] {
        let q = quotes_of(text);
        assert_eq!(q.len(), 1, "{text:?}: {q:?}");
        assert_eq!(q[0].1, [content], "{text:?}");
    }
}

#[test]
fn a_long_description_before_the_speaker_after_a_quote() {
    let names = [("PERSON", "Anne-Marie Slaughter")];
    let q = quotes_with(
        "\"The plan will fail,\" former State Department policy planning director Anne-Marie Slaughter wrote on Twitter.",
        &names,
    );
    assert_eq!(
        (q[0].2.as_str(), q[0].3.as_str()),
        ("wrote", "Anne-Marie Slaughter")
    );
    let names = [("PERSON", "Rick Wilson")];
    let q = quotes_with(
        "\"It is over,\" longtime Republican strategist and former campaign aide Rick Wilson said.",
        &names,
    );
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "Rick Wilson"));
    // A clause between is no description: "the deal was dead" is no
    // speaker's description, and a function word ends one.
    let names = [("PERSON", "Ann Lee")];
    let q = quotes_with(
        "\"It is over,\" officials at the ministry who met Ann Lee said.",
        &names,
    );
    assert_ne!(q[0].3, "Ann Lee");
}

#[test]
fn a_run_in_source_and_what_someone_had_to_say() {
    let names = [("PERSON", "Jones")];
    let q = quotes_with(
        "More from Jones: \"We have never seen numbers like these.\"",
        &names,
    );
    assert_eq!(q[0].3, "Jones");
    let names = [("ORG", "White House")];
    let q = quotes_with(
        "A statement from the White House: \"The talks failed.\"",
        &names,
    );
    assert_eq!(q[0].3, "White House");
    let names = [("PERSON", "Smith")];
    let q = quotes_with("Here is what Smith had to say: \"It is over.\"", &names);
    assert_eq!(q[0].3, "Smith");
}

#[test]
fn a_time_phrase_with_later_opens_the_sentence() {
    let names = [("PERSON", "Trump"), ("PERSON", "Adelson")];
    let q = quotes_with(
        "Hours later, Trump returned the compliment to Adelson, telling reporters, \"He is an amazing man.\"",
        &names,
    );
    assert_eq!(q[0].3, "Trump");
}

#[test]
fn an_adjective_in_s_is_no_bare_plural_speaker() {
    // "nervous, said Christine Link": "nervous" is no "officials".
    let names = [("PERSON", "Christine Link")];
    let q = quotes_with(
        "Couple global exposure with a \"candidate who is a lightning rod\" and voters get nervous, said Christine Link, director of the group.",
        &names,
    );
    assert!(q.iter().all(|r| r.3 != "nervous"), "{q:?}");
    assert_eq!(q[0].3, "Christine Link");
    // A plural still speaks: "officials said".
    let q = quotes_of("The plan is dead, officials said.");
    assert_eq!(q[0].3, "officials");
}

#[test]
fn review_fixes_of_the_thirteenth_session() {
    // A colon as the text's first token: no name before it, no panic.
    let q = quotes_of(": \"We won the game.\"");
    assert_eq!(q.len(), 1);
    // Another person is no part of a description.
    let names = [("PERSON", "Tom Smith"), ("PERSON", "Ann Lee")];
    let q = quotes_with(
        "\"We will win,\" campaign spokesman Tom Smith and senior adviser Ann Lee said.",
        &names,
    );
    assert_ne!(q[0].3, "Ann Lee");
    // "told them the truth about the budget" has no clause after whom it
    // was told: "the truth about the budget" is no reported speech.
    for text in [
        "She told them the truth about the budget.",
        "He told reporters the details of the plan on Monday.",
    ] {
        let q = quotes_of(text);
        assert!(
            q.iter().all(|r| !r.1[0].starts_with("the ")),
            "{text:?}: {q:?}"
        );
    }
}

#[test]
fn post_nominal_letters_between_commas_are_no_speaker() {
    // "Ivo Hale, SC, said": the person before the letters speaks.
    let text = "Counsel Ivo Hale, SC, said the appeal had no merit.";
    let q = quotes_with(text, &[("PERSON", "Ivo Hale")]);
    assert_eq!((q[0].2.as_str(), q[0].3.as_str()), ("said", "Ivo Hale"));
    // After a place they are a state's: not skipped for a person.
    let text = "Police in Columbia, SC, said a man was held.";
    let q = quotes_with(text, &[("GPE", "Columbia")]);
    assert_ne!(q[0].3, "Columbia");
}

/// A body's name before an unnamed source's head is part of the
/// description, and the source stays unnamed; a person's name names it.
#[test]
fn a_bodys_name_before_an_unnamed_sources_head_is_the_description() {
    let speakers = |text: &str, names: &[(&str, &str)]| -> Vec<(String, bool)> {
        extract(
            text,
            &segment(text),
            &entities_of(text, names),
            &crate::Switches::all_on(),
        )
        .quotes
        .into_iter()
        .map(|q| (q.speaker.map(|s| s.text).unwrap_or_default(), q.anonymous))
        .collect()
    };
    let party = ("ORG", "Velo Party");
    let brook = ("PERSON", "Anna Brook");
    // Each case: the text, its names, the speaker and whether the source
    // is unnamed.
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str, bool);
    let cases: &[Case] = &[
        (
            "\"We lost,\" said a Zentor Bank official.",
            &[("ORG", "Zentor Bank")],
            "a Zentor Bank official",
            true,
        ),
        (
            "\"No,\" said one district Velo Party spokesman.",
            &[party],
            "one district Velo Party spokesman",
            true,
        ),
        // Before a person's name, the description is the person's, who
        // is named (as "said Velo Party official Anna Brook").
        (
            "\"Yes,\" said the Velo Party official Anna Brook.",
            &[party, brook],
            "the Velo Party official Anna Brook",
            false,
        ),
        // A person named after a comma is the source.
        (
            "\"Soon,\" said a Velo Party spokesman, Anna Brook.",
            &[party, brook],
            "a Velo Party spokesman",
            false,
        ),
        // Modifiers and a body's name between the determiner and the head.
        (
            "\"Soon,\" said a senior Velo Party official.",
            &[party],
            "a senior Velo Party official",
            true,
        ),
        (
            "\"Soon,\" said an Arvish military spokesman.",
            &[("NORP", "Arvish")],
            "an Arvish military spokesman",
            true,
        ),
        // The body joined to the head by a preposition, after the cue or
        // before it.
        (
            "\"Soon,\" said a spokesman for the Velo Party.",
            &[party],
            "a spokesman for the Velo Party",
            true,
        ),
        (
            "\"Soon,\" a police spokesman in Tarnow said.",
            &[("GPE", "Tarnow")],
            "a police spokesman in Tarnow",
            true,
        ),
        (
            "\"Soon,\" officials at the Velo Party said.",
            &[party],
            "officials at the Velo Party",
            true,
        ),
        // A head at the text's end, with no mark after it.
        (
            "\"Soon,\" said a Velo Party spokesman",
            &[party],
            "a Velo Party spokesman",
            true,
        ),
        (
            "\"Soon,\" said a spokesman for the Velo Party",
            &[party],
            "a spokesman for the Velo Party",
            true,
        ),
        // A body's name before no source's head is the speaker.
        (
            "\"Soon,\" said the Velo Party.",
            &[party],
            "the Velo Party",
            false,
        ),
    ];
    for &(text, names, speaker, anonymous) in cases {
        assert_eq!(
            speakers(text, names),
            [(speaker.to_string(), anonymous)],
            "{text}"
        );
    }
    // The head as a modifier is no source's head.
    assert_ne!(
        speakers(
            "\"Soon,\" said the official Velo News.",
            &[("ORG", "Velo News")]
        )[0]
        .0,
        "the official"
    );
}
