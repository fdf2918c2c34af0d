//! `names.indices`: a stock index is one name with its number ("Nikkei
//! 225", "Russell 2000"), not a name followed by a count. A name (not a
//! person's) followed by a whole number of two to four digits is extended
//! over it and made an ORG when "the" stands before it or a market verb or
//! "index" follows the number (`data/gazetteers/index_cues.txt`), which
//! keeps out sports scores ("Leeds 21 Bradford 18").

use crate::names::Name;
use crate::resources::lists::gazetteers::index_cues;
use crate::segment::{Token, TokenKind};

pub fn indices(text: &str, tokens: &[Token], names: &mut [Name]) {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    for name in names.iter_mut() {
        let (start, end) = (name.tokens.start, name.tokens.end);
        let Some(number) = tokens.get(end) else {
            continue;
        };
        let digits = word(end);
        let whole = number.kind == TokenKind::Number
            && (2..=4).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit());
        let close = number.span.start == tokens[end - 1].span.end + 1;
        let after_the = start > 0 && word(start - 1).eq_ignore_ascii_case("the");
        let cue = index_cues::contains(&word(end + 1).to_lowercase());
        if name.label != "PERSON" && name.tokens.len() <= 3 && whole && close && (after_the || cue)
        {
            name.tokens.end += 1;
            name.label = "ORG";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn an_index_is_one_name() {
        let text = "The Nikkei 225 rose while Leeds 21 Bradford 18 and the Russell 2000 index.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[("Nikkei", "MISC"), ("Leeds", "ORG"), ("Russell", "PERSON")],
        );
        names[2].label = "ORG";
        indices(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Nikkei 225".into(), "ORG"),
                ("Leeds".into(), "ORG"),
                ("Russell 2000".into(), "ORG")
            ]
        );
    }
}
