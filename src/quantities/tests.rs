//! Quantities on small texts: kind, value and unit.

use super::*;
use crate::text::normalize::Normalized;

fn quantities(text: &str) -> Vec<(String, String, Option<f64>, Option<String>)> {
    quantities_with(text, &crate::Switches::all_on())
}

fn quantities_with(
    text: &str,
    switches: &crate::Switches,
) -> Vec<(String, String, Option<f64>, Option<String>)> {
    let norm = Normalized::new(text);
    let structure = crate::segment::segment(&norm.text);
    let times = crate::timex::spans(&norm.text, &structure, switches);
    let names: Vec<crate::Span> = crate::names::extract(
        &norm.text,
        &structure,
        &crate::names::tagger::Tagger::embedded(),
        &crate::names::gazetteer::Gazetteer::embedded(),
        switches,
    )
    .iter()
    .map(|e| crate::Span::new(e.start, e.end))
    .collect();
    extract(&norm.text, &structure, &times, &names, switches)
        .into_iter()
        .map(|q| (q.text, q.kind, q.value, q.unit))
        .collect()
}

fn q(
    text: &str,
    kind: &str,
    value: f64,
    unit: Option<&str>,
) -> (String, String, Option<f64>, Option<String>) {
    (
        text.into(),
        kind.into(),
        Some(value),
        unit.map(String::from),
    )
}

#[test]
fn table() {
    let cases = [
        (
            "The 32-member alliance met.",
            vec![q("32", "CARDINAL", 32.0, None)],
        ),
        (
            "It set 5% of GDP by 2035.",
            vec![q("5%", "PERCENT", 5.0, Some("percent"))],
        ),
        (
            "They sold twelve cars.",
            vec![q("twelve", "CARDINAL", 12.0, None)],
        ),
        (
            "It cost 1.5 million.",
            vec![q("1.5 million", "CARDINAL", 1_500_000.0, None)],
        ),
        ("She came third.", vec![q("third", "ORDINAL", 3.0, None)]),
        (
            "About two-thirds of voters and three-quarters of donors.",
            vec![
                q("two-thirds", "CARDINAL", 2.0 / 3.0, None),
                q("three-quarters", "CARDINAL", 0.75, None),
            ],
        ),
        (
            "A third of them, a quarter of us and one-fifth of all.",
            vec![
                q("A third", "CARDINAL", 1.0 / 3.0, None),
                q("a quarter", "CARDINAL", 0.25, None),
                q("one-fifth", "CARDINAL", 0.2, None),
            ],
        ),
        (
            "No one saw one another at one point, not the one who won, this one or the only one, one that lost. One can see.",
            vec![],
        ),
        (
            "One of the five quit, with the one thing left, so that one in 45 voted, only one who did.",
            vec![
                q("One", "CARDINAL", 1.0, None),
                q("five", "CARDINAL", 5.0, None),
                q("one", "CARDINAL", 1.0, None),
                q("one", "CARDINAL", 1.0, None),
                q("45", "CARDINAL", 45.0, None),
                q("one", "CARDINAL", 1.0, None),
            ],
        ),
        (
            "Two dozen came, a dozen left, half a dozen stayed.",
            vec![
                q("Two dozen", "CARDINAL", 24.0, None),
                q("a dozen", "CARDINAL", 12.0, None),
                q("half a dozen", "CARDINAL", 6.0, None),
            ],
        ),
        (
            "The dozen states voted, by the dozen.",
            vec![q("dozen", "CARDINAL", 12.0, None)],
        ),
        (
            "He wanted a weaker one. Clinton came up with one. Sales rose by a third, and only one.",
            vec![
                q("a third", "CARDINAL", 1.0 / 3.0, None),
                q("one", "CARDINAL", 1.0, None),
            ],
        ),
        (
            "A couple dozen bankers found no one single point, and no one knew.",
            vec![
                q("couple dozen", "CARDINAL", 24.0, None),
                q("one", "CARDINAL", 1.0, None),
            ],
        ),
        (
            "It cost half a million dollars, a quarter of a million and a half-million.",
            vec![
                q("half a million dollars", "MONEY", 500_000.0, Some("USD")),
                q("a quarter of a million", "CARDINAL", 250_000.0, None),
                q("a half-million", "CARDINAL", 500_000.0, None),
            ],
        ),
        (
            "A quarter-of-a-million-dollar gift.",
            vec![q("A quarter-of-a-million-dollar", "MONEY", 250_000.0, Some("USD"))],
        ),
        (
            "It was 90 to 95 percent, 35 to 45 feet, from 2 to 9 percentage points.",
            vec![
                q("90", "PERCENT", 90.0, Some("percent")),
                q("95 percent", "PERCENT", 95.0, Some("percent")),
                q("35", "QUANTITY", 35.0, Some("ft")),
                q("45 feet", "QUANTITY", 45.0, Some("ft")),
                q("2", "PERCENT", 2.0, Some("percentage point")),
                q("9 percentage points", "PERCENT", 9.0, Some("percentage point")),
            ],
        ),
        (
            "It cost $3 to $5 million, $5-10 billion or 2 to 3 million dollars.",
            vec![
                q("$3", "MONEY", 3e6, Some("USD")),
                q("$5 million", "MONEY", 5e6, Some("USD")),
                q("$5", "MONEY", 5e9, Some("USD")),
                q("10 billion", "MONEY", 10e9, Some("USD")),
                q("2", "MONEY", 2e6, Some("USD")),
                q("3 million dollars", "MONEY", 3e6, Some("USD")),
            ],
        ),
        (
            "Some 80-200 weapons, 72-75 percent and 60-70% said so.",
            vec![
                q("80", "CARDINAL", 80.0, None),
                q("200", "CARDINAL", 200.0, None),
                q("72", "PERCENT", 72.0, Some("percent")),
                q("75 percent", "PERCENT", 75.0, Some("percent")),
                q("60", "PERCENT", 60.0, Some("percent")),
                q("70%", "PERCENT", 70.0, Some("percent")),
            ],
        ),
        ("He served from 2009-2013 and 2008-9.", vec![]),
        (
            "It covers 8,000 square miles, a 150,000-square-foot hall, 3.6 degrees Fahrenheit.",
            vec![
                q("8,000 square miles", "QUANTITY", 8000.0, Some("sq mi")),
                q("150,000-square-foot", "QUANTITY", 150_000.0, Some("sq ft")),
                q("3.6 degrees Fahrenheit", "QUANTITY", 3.6, Some("°F")),
            ],
        ),
        (
            "Rule 40, Section 1001, House Bill 1523, Flight 804, Local 294, Apollo 13, Route 66.",
            vec![],
        ),
        (
            "Case No. 14-915 on Air Force One about a 401(k) plan, the No. 2 man.",
            vec![q("2", "CARDINAL", 2.0, None)],
        ),
        (
            "<tweet id=\"672138506081275904\" timestamp=\"1457542800\">It has 3 rules</tweet>",
            vec![q("3", "CARDINAL", 3.0, None)],
        ),
        (
            "Only two real choices. 8 Rand Paul. Past the 1,237 mark, the five won.",
            vec![
                q("two", "CARDINAL", 2.0, None),
                q("8", "CARDINAL", 8.0, None),
                q("1,237", "CARDINAL", 1237.0, None),
                q("five", "CARDINAL", 5.0, None),
            ],
        ),
        (
            "A $15 Minimum Wage. It weighs 100,000 pounds and cost 10 Canadian dollars, 5 reais, A$3.",
            vec![
                q("$15", "MONEY", 15.0, Some("USD")),
                q("100,000 pounds", "QUANTITY", 100_000.0, Some("lb")),
                q("10 Canadian dollars", "MONEY", 10.0, Some("CAD")),
                q("5 reais", "MONEY", 5.0, Some("BRL")),
                q("A$3", "MONEY", 3.0, Some("AUD")),
            ],
        ),
        ("H-1B and K-1 visas, K-12 schools and the AR-15 rifle.", vec![]),
        (
            "He is at -7 points, minus 72 and negative 6, and (-3), a 3-point lead, plus or minus 4.",
            vec![
                q("-7", "CARDINAL", -7.0, None),
                q("minus 72", "CARDINAL", -72.0, None),
                q("negative 6", "CARDINAL", -6.0, None),
                q("-3", "CARDINAL", -3.0, None),
                q("3", "CARDINAL", 3.0, None),
                q("4", "CARDINAL", 4.0, None),
            ],
        ),
        (
            "It raised $33million, $28.4million and 2.5million.",
            vec![
                q("$33million", "MONEY", 33e6, Some("USD")),
                q("$28.4million", "MONEY", 28.4e6, Some("USD")),
                q("2.5million", "CARDINAL", 2.5e6, None),
            ],
        ),
        (
            "The $353,000-a-plate dinner on the 2,000-mile border, a 5.1-magnitude quake.",
            vec![
                q("$353,000", "MONEY", 353_000.0, Some("USD")),
                q("2,000-mile", "QUANTITY", 2000.0, Some("mile")),
                q("5.1", "CARDINAL", 5.1, None),
            ],
        ),
        (
            "He won a third term in third place.",
            vec![
                q("third", "ORDINAL", 3.0, None),
                q("third", "ORDINAL", 3.0, None),
            ],
        ),
        (
            "It raised NZ $ 26 million.",
            vec![q("NZ $ 26 million", "MONEY", 26e6, Some("NZD"))],
        ),
        (
            "It raised €3bn.",
            vec![q("€3bn", "MONEY", 3e9, Some("EUR"))],
        ),
        (
            "It cost £500.",
            vec![q("£500", "MONEY", 500.0, Some("GBP"))],
        ),
        (
            "It cost $5 billion.",
            vec![q("$5 billion", "MONEY", 5e9, Some("USD"))],
        ),
        (
            "Support fell forty percent.",
            vec![q("forty percent", "PERCENT", 40.0, Some("percent"))],
        ),
        (
            "Rates rose 2 percentage points.",
            vec![q(
                "2 percentage points",
                "PERCENT",
                2.0,
                Some("percentage point"),
            )],
        ),
        (
            "It is 40 km long.",
            vec![q("40 km", "QUANTITY", 40.0, Some("km"))],
        ),
        (
            "They pump 3 million barrels.",
            vec![q("3 million barrels", "QUANTITY", 3e6, Some("barrel"))],
        ),
        ("It lasted two years, from 2014.", vec![]),
        (
            "He paid seventy million dollars.",
            vec![q("seventy million dollars", "MONEY", 70e6, Some("USD"))],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(quantities(text), expected, "{text}");
    }
}

/// Each pass, switched off, changes what its example gives: a registry
/// entry that no code reads would fail here.
#[test]
fn each_pass_can_be_switched_off() {
    let cases = [
        ("quantities.skip_times", "They left two years ago."),
        ("quantities.skip_names", "Later the Nikkei 225 index fell."),
        ("quantities.labels", "Rule 40 applies."),
        ("quantities.signs", "It fell to minus 72."),
        ("quantities.false_currency", "He had two real choices."),
        ("quantities.weights", "The fish weighs 300 pounds."),
        ("quantities.pronoun_one", "No one came."),
        ("quantities.ranges", "It rose 90 to 95 percent."),
    ];
    assert_eq!(cases.len(), PASSES.len());
    for (pass, text) in cases {
        let p = PASSES.iter().find(|p| p.name == pass).unwrap();
        let off = crate::Switches::with_off(vec![p.name]);
        assert_ne!(quantities(text), quantities_with(text, &off), "{pass}");
    }
}
