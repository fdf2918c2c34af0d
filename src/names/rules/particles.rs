//! `names.particles`: a personal name with a lower-case particle ("Osama
//! bin Laden", "Ludwig van Beethoven", "Juan de la Cruz": the particles of
//! `data/gazetteers/name_particles.txt`) is one PERSON. The tagger, which
//! learned mostly English names, often stops at the particle: two names on
//! either side of particles become one, and a person's name right after
//! particles takes in the capitalised word before them.

use super::is_known_place;
use crate::names::gazetteer::Gazetteer;
use crate::names::Name;
use crate::resources::lists::gazetteers::name_particles;
use crate::segment::Token;
use crate::text::words;

pub fn particles(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let is_particle = |i: usize| name_particles::contains(word(i));
    let capitalised = |i: usize| crate::text::is_capitalised(word(i));
    // A capitalised word that is not a function word ("In bin Laden's").
    let name_word = |i: usize| {
        let lower = word(i).to_lowercase();
        capitalised(i)
            && !(words::is_preposition(&lower)
                || words::is_determiner(&lower)
                || words::is_subject_pronoun(&lower)
                || words::is_subordinator(&lower))
    };
    crate::names::sort_by_start(names);
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for name in names.drain(..) {
        let start = name.tokens.start;
        // Particles right before the name, at most three ("de la").
        let mut from = start;
        while from > 0 && start - from < 3 && is_particle(from - 1) {
            from -= 1;
        }
        if from == start || from == 0 {
            out.push(name);
            continue;
        }
        let prev_end = out.last().map(|p| p.tokens.end);
        let prev_person = out.last().is_some_and(|p| p.label == "PERSON");
        let prev_place = out.last().is_some_and(|p| p.label == "LOC");
        // Two places the gazetteer knows stay two ("Venezuela y Colombia").
        let known_place = || is_known_place(text, &tokens[name.tokens.clone()], gazetteer);
        if prev_end == Some(from)
            && prev_place
            && matches!(name.label, "LOC" | "ORG" | "PERSON")
            && !known_place()
        {
            // "Sao Jose" LOC + "dos" + "Campos" ORG or PERSON: a place's
            // name with a particle ("Fond du Lac", "Rio de Janeiro") is one
            // place.
            if let Some(prev) = out.last_mut() {
                prev.tokens.end = name.tokens.end;
            }
        } else if prev_end == Some(from) && (prev_person || name.label == "PERSON") {
            // "Osama" PERSON + "bin" + "Laden" PERSON.
            if let Some(prev) = out.last_mut() {
                prev.tokens.end = name.tokens.end;
                prev.label = "PERSON";
            }
        } else if name.label == "PERSON"
            && name_word(from - 1)
            && prev_end.is_none_or(|end| end < from)
        {
            // "Osama" untagged + "bin" + "Laden" PERSON.
            out.push(Name {
                tokens: from - 1..name.tokens.end,
                label: "PERSON",
            });
        } else {
            out.push(name);
        }
    }
    *names = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn particles_stay_inside_names() {
        let text =
            "Osama bin Laden met Ludwig van Beethoven. In bin Laden's view, Juan de la Cruz.";
        let s = segment(text);
        let second = text.rfind("Laden").unwrap();
        let idx = s
            .tokens
            .iter()
            .position(|t| t.span.start == second)
            .unwrap();
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Laden", "PERSON"),
                ("Ludwig", "PERSON"),
                ("Beethoven", "PERSON"),
                ("Juan", "PERSON"),
                ("Cruz", "PERSON"),
            ],
        );
        names.push(Name {
            tokens: idx..idx + 1,
            label: "PERSON",
        });
        particles(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Osama bin Laden".into(), "PERSON"),
                ("Ludwig van Beethoven".into(), "PERSON"),
                ("Laden".into(), "PERSON"),
                ("Juan de la Cruz".into(), "PERSON"),
            ]
        );
    }

    #[test]
    fn a_place_with_a_particle_is_one_place() {
        // The tagger's person after a place and a particle is the place's
        // too; two places the gazetteer knows stay two.
        let text =
            "The plant in Vila Nova dos Ramos and Porto Seco de Baixo, and in Chile y Argentina.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Vila Nova", "LOC"),
                ("Ramos", "PERSON"),
                ("Porto Seco", "LOC"),
                ("Baixo", "LOC"),
                ("Chile", "LOC"),
                ("Argentina", "LOC"),
            ],
        );
        particles(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Vila Nova dos Ramos".into(), "LOC"),
                ("Porto Seco de Baixo".into(), "LOC"),
                ("Chile".into(), "LOC"),
                ("Argentina".into(), "LOC"),
            ]
        );
    }
}
