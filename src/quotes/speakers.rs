//! Speaker phrases: the name, pronoun, relative "who" or noun phrase
//! before or after a cue, the subject of a sentence past its opening
//! phrases, and the shapes built on them ("as X put it", a coordinated
//! clause with a speaker of its own).

use super::index::{is_word, Index};
use super::{
    MAX_ASIDES, MAX_DESCRIPTION_TOKENS, MAX_PARENTHETICAL, MAX_SPEAKER_TOKENS, MAX_TITLE_TOKENS,
};
use crate::segment::lower;
use crate::text::words::{
    is_article, is_be, is_coordinator, is_demonstrative, is_function_word, is_have, is_possessive,
    is_preposition, is_quantifier, is_relative,
};

/// Most names before the last two of a list that speaks as one ("Ann Lee,
/// Bob Chan and Joe Park said").
const MAX_LISTED_NAMES: usize = 6;

impl Index<'_> {
    /// The last token of a person named right after token `from` (before
    /// `end`), past a possessive and a few title words: "'s transport
    /// minister Jusman Syafii Djamal".
    fn person_after(&self, mut from: usize, end: usize) -> Option<usize> {
        if from < end && self.word(from) == "'s" {
            from += 1;
        }
        for k in from..end.min(from + MAX_TITLE_TOKENS + 1) {
            if let Some((e, len)) = self.entity_at[k] {
                return (self.labels[e] == "PERSON").then_some(k + len - 1);
            }
            if !is_word(self.word(k))
                || (self.is_cue(k) && !self.modifies_noun(k))
                || is_function_word(lower(self.word(k)).as_ref())
            {
                return None;
            }
        }
        None
    }

    /// Whether the cue word at `k` is a noun's modifier in a description
    /// rather than a verb: "policy planning director", "campaign support
    /// staff". The next word is a plain lower-case word of the phrase,
    /// neither a function word nor another cue.
    fn modifies_noun(&self, k: usize) -> bool {
        k + 1 < self.tokens.len()
            && is_word(self.word(k + 1))
            && !self.capitalised(k + 1)
            && !self.is_cue(k + 1)
            && !self.is_time_word(k + 1)
            && !is_function_word(lower(self.word(k + 1)).as_ref())
    }

    /// Whether token `i` is a nationality used as an adjective: a NORP of
    /// one word that is no plural and qualifies the word after it
    /// ("Republican party boss"; "one senior Democrat said" is a noun).
    pub(crate) fn is_adjective(&self, i: usize) -> bool {
        self.entity_at[i].is_some_and(|(e, len)| len == 1 && self.labels[e] == "NORP")
            && !self.word(i).ends_with('s')
            && i + 1 < self.tokens.len()
            && is_word(self.word(i + 1))
            && !self.is_cue(i + 1)
            && !is_function_word(lower(self.word(i + 1)).as_ref())
    }

    /// Whether tokens `first..=last` can be a speaker: not a determiner or
    /// other function word alone (a pronoun can speak, an object one
    /// before "as"), not a nationality alone ("Indonesian"), not a number
    /// alone.
    pub(crate) fn can_speak(&self, first: usize, last: usize) -> bool {
        if first != last {
            return true;
        }
        let w = lower(self.word(first));
        if crate::resources::lists::quotes::pronouns::contains(w.as_ref())
            || w == "who"
            || w == "which"
        {
            return true;
        }
        // An object pronoun whose words someone carried: "translated her
        // as saying" (`carried_as`).
        if crate::resources::lists::people::pronouns::get(w.as_ref()).is_some()
            && first + 1 < self.tokens.len()
            && self.word(first + 1).eq_ignore_ascii_case("as")
        {
            return true;
        }
        !(is_function_word(&w) || self.is_adjective(first) || !w.chars().any(char::is_alphabetic))
    }

    /// Whether token `i` (before `end`) is the head of an unnamed source
    /// in lower case ("official", "spokesman": `data/quotes/anonymous.txt`),
    /// which a name before it modifies ("a White House official").
    fn heads_source(&self, i: usize, end: usize) -> bool {
        i < end && {
            let w = self.word(i);
            w.chars().next().is_some_and(char::is_lowercase)
                && crate::resources::lists::quotes::anonymous::contains(w)
        }
    }

    /// The head of an unnamed source that a determiner or a number opens
    /// at `i`, past modifiers and a body's name: "a senior U.S. official",
    /// "an Israeli military spokesman", "a Unite union official". None
    /// where a person's name, a cue or a mark comes first, where a
    /// person's name follows the head ("official Anna Brook", left to the
    /// rules below), or where a lower-case word goes on after it, which
    /// makes the head a modifier ("the official news agency").
    fn source_head_from(&self, i: usize, end: usize) -> Option<usize> {
        let first = lower(self.word(i));
        let opens = is_article(&first)
            || is_quantifier(&first)
            || first.chars().all(|c| c.is_ascii_digit());
        if !opens {
            return None;
        }
        // Words past the phrase's end (the text's end too) are "".
        let word = |j: usize| if j < end { self.word(j) } else { "" };
        for k in i + 1..end.min(i + MAX_SPEAKER_TOKENS + 1) {
            if self.heads_source(k, end) {
                let next = word(k + 1);
                // A word that goes on the phrase makes the head a
                // modifier ("the official news agency", "the official
                // People's Daily"), and a person's name after it is the
                // speaker ("official Anna Brook"): left to the rules below.
                let goes_on = next.chars().next().is_some_and(char::is_alphabetic)
                    && !is_function_word(lower(next).as_ref());
                if goes_on {
                    return None;
                }
                // "a spokesman for Israel", "officials at the Pentagon":
                // the body joined by a preposition is part of it.
                // Another phrase after the preposition ("another official
                // on the island") is left to the rules below, and so is a
                // name that goes on ("an aide to U.S. Trade Representative
                // Carla Hills").
                if is_preposition(lower(next).as_ref()) {
                    let mut body = k + 2;
                    if is_article(lower(word(body)).as_ref()) {
                        body += 1;
                    }
                    let Some(Some((e, len))) = self.entity_at.get(body).copied() else {
                        return None;
                    };
                    let last = body + len - 1;
                    let goes_on = word(last + 1)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase);
                    return (self.labels[e] != "PERSON" && last < end && !goes_on).then_some(last);
                }
                return Some(k);
            }
            let w = word(k);
            if self.person_starts(k)
                || (self.is_cue(k) && !self.modifies_noun(k))
                || !w.chars().any(char::is_alphanumeric)
                || is_function_word(lower(w).as_ref())
            {
                return None;
            }
        }
        None
    }

    /// Where an unnamed source starts whose head a preposition joins to
    /// the body's name at `first` (perhaps after "the"): "a spokesman for
    /// Apple", "officials at the Pentagon" (from the determiner or the
    /// head). None for a person's name or no such head.
    fn source_head_before(&self, first: usize, start: usize) -> Option<usize> {
        if self.person_starts(first) {
            return None;
        }
        let mut k = first.checked_sub(1).filter(|&k| k >= start)?;
        if is_article(lower(self.word(k)).as_ref()) {
            k = k.checked_sub(1).filter(|&k| k >= start)?;
        }
        if !is_preposition(lower(self.word(k)).as_ref()) {
            return None;
        }
        let head = k.checked_sub(1).filter(|&h| h >= start)?;
        if !self.heads_source(head, first) {
            return None;
        }
        // Back over the head's modifiers to its determiner: "a police
        // spokesman in Linz", "a U.N. official in Baghdad".
        for b in (start.max(head.saturating_sub(MAX_SPEAKER_TOKENS))..head).rev() {
            let w = lower(self.word(b));
            if is_article(&w) || is_quantifier(&w) {
                return Some(b);
            }
            if self.person_starts(b)
                || is_function_word(&w)
                || self.is_cue(b)
                || !w.chars().any(char::is_alphabetic)
            {
                break;
            }
        }
        Some(head)
    }

    /// A speaker starting at token `i`: a name (perhaps after a title), a
    /// pronoun, a short noun phrase up to a cue or the clause's end, or a
    /// capitalised run the names layer missed. Returns its last token.
    pub(crate) fn speaker_from(&self, i: usize, end: usize) -> Option<usize> {
        if let Some(head) = self.source_head_from(i, end) {
            return Some(head);
        }
        // A name, perhaps after a title or a short description: "said Rep.
        // Gwen Moore", "said former tech executive Carly Fiorina".
        for j in i..end.min(i + MAX_TITLE_TOKENS + 1) {
            if let Some((e, len)) = self.entity_at[j] {
                // A place or body before the person it qualifies is part
                // of one speaker: "said Indonesia's transport minister
                // Jusman Syafii Djamal" is Djamal, not Indonesia.
                if self.labels[e] != "PERSON" {
                    if let Some(person) = self.person_after(j + len, end) {
                        return Some(person);
                    }
                    // A body before an unnamed source's head is part of
                    // the description: "said one district GOP leader".
                    if self.heads_source(j + len, end) {
                        continue;
                    }
                }
                // A nationality is a word of the description ("said
                // Republican party boss ..."), not the speaker.
                if !self.is_adjective(j) {
                    return Some(j + len - 1);
                }
                continue;
            }
            let descriptor = is_word(self.word(j))
                && (!self.is_cue(j) || self.modifies_noun(j))
                && !self.is_time_word(j)
                && !is_function_word(lower(self.word(j)).as_ref());
            if !descriptor && self.word(j) != "." {
                break;
            }
        }
        let w = self.word(i).to_lowercase();
        if crate::resources::lists::quotes::pronouns::contains(w.as_str()) {
            return Some(i);
        }
        if is_article(&w) || is_possessive(&w) || is_quantifier(&w) {
            // A descriptor before a name: "the event organizer Alliance to
            // Reclaim Our Schools".
            // Not a body before an unnamed source's head: "said a White
            // House official" is the official, "said the party official
            // Anna Brook" Anna Brook.
            let named = (i + 1..end.min(i + MAX_SPEAKER_TOKENS))
                .take_while(|&k| self.word(k).chars().all(char::is_alphanumeric))
                .find_map(|k| {
                    let (e, len) = self.entity_at[k]?;
                    let head = k + len;
                    if self.labels[e] == "PERSON" || !self.heads_source(head, end) {
                        return Some(head - 1);
                    }
                    // The head ends the speaker, unless a person's name
                    // follows it, whom the description is of.
                    (!self.person_starts(head + 1)).then_some(head)
                });
            if named.is_some() {
                return named;
            }
            let stop = (i + 1..end.min(i + MAX_SPEAKER_TOKENS))
                .find(|&k| self.is_cue(k) || !(self.word(k) == "'s" || is_word(self.word(k))));
            // Up to a cue ("the minister said") or the clause's end ("said
            // the ruling."); a longer phrase by its first words ("said a
            // person close to the Clintons").
            match stop {
                Some(stop) => {
                    let ends =
                        self.is_cue(stop) || matches!(self.word(stop), "." | "," | ";" | "!" | "?");
                    if stop > i + 1 && ends {
                        return Some(stop - 1);
                    }
                }
                None if i + MAX_SPEAKER_TOKENS <= end => return Some(i + MAX_SPEAKER_TOKENS - 1),
                None => {}
            }
        }
        // A name the names layer missed, perhaps after a short descriptor:
        // "said 9/11 widow Terry Strada", "said the Rev. Peter Wherry".
        let from = (i..end.min(i + 3))
            .take_while(|&j| {
                self.word(j)
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '/' || c == '.')
            })
            .find(|&j| self.capitalised(j) && !self.is_opener(j) && !self.is_cue(j))?;
        let mut last = from;
        while last + 1 < end
            && last + 1 - from < MAX_SPEAKER_TOKENS
            && (self.capitalised(last + 1) || self.word(last + 1) == ".")
        {
            last += 1;
        }
        while last > from && self.word(last) == "." {
            last -= 1;
        }
        Some(last)
    }

    /// A speaker ending at token `i` (right before a cue): a name, a
    /// pronoun, a relative "who", or a short noun phrase. Returns its
    /// first token.
    pub(crate) fn speaker_to(&self, i: usize, start: usize) -> Option<(usize, usize)> {
        // A site's name: "Detik.com".
        if i >= start + 2 && self.capitalised(i - 2) && self.with_domain(i - 2) == i {
            return Some((i - 2, i));
        }
        // A name with a bracket after it: "Rep. Gwen Moore (D-Wis.)".
        if self.word(i) == ")" {
            let open = (start..i)
                .rev()
                .take(MAX_SPEAKER_TOKENS + 2)
                .find(|&k| self.word(k) == "(")?;
            return (open > start)
                .then(|| self.speaker_to(open - 1, start))
                .flatten();
        }
        if let Some(first) = self.entity_ending[i] {
            // A nationality alone before a cue noun is an adjective:
            // "PolitiFact rated 32% of Republican claims as ...".
            let adjective = first == i
                && i + 1 < self.tokens.len()
                && self.word(i + 1).ends_with('s')
                && self.entity_at[i].is_some_and(|(e, _)| self.labels[e] == "NORP")
                && !self.word(i).ends_with('s')
                && (i == start || !is_article(lower(self.word(i - 1)).as_ref()));
            if adjective {
                return None;
            }
            if let Some(head) = self.source_head_before(first, start) {
                return Some((head, i));
            }
            return Some((self.listed_before(first, start), i));
        }
        let w = self.word(i).to_lowercase();
        if crate::resources::lists::quotes::pronouns::contains(w.as_str()) {
            return Some((i, i));
        }
        // A relative ", who" or ", which" speaks for its antecedent: the
        // speaker runs from the phrase before the comma, past an age
        // (", 45,"), to the relative: "Ann Lee, 45, who said", "the
        // raucous crowd, which chanted". `people` links the name in it,
        // or the "who" of a name before an aside ("McConnell, now the
        // majority leader, who said"). With no phrase there, the
        // relative alone is the mention.
        let subject_relative = w == "who" || w == "which";
        if subject_relative && i >= start + 2 && self.word(i - 1) == "," {
            let first = self.antecedent_to(i - 2, start).unwrap_or(i);
            return Some((first, i));
        }
        // A relative right after its noun is that noun's: "a campaign
        // surrogate who said", "a 30-second ad that says". After a
        // demonstrative, a quantifier or a share ("those who said",
        // "many who say", "18% who say") the two words are the speaker;
        // with nothing there, "who" or "which" itself.
        if is_relative(&w)
            && i > start
            && is_word(self.word(i - 1))
            && !is_relative(lower(self.word(i - 1)).as_ref())
        {
            return self.speaker_to(i - 1, start).or_else(|| {
                subject_relative.then(|| (self.bare_antecedent(i - 1, start).unwrap_or(i), i))
            });
        }
        // A share of those polled: "Two in three said", "one in four
        // said", "43 said", "Some said".
        if let Some(first) = self.share_to(i, start) {
            return Some((first, i));
        }
        // A short noun phrase: "the minister", "officials", whose last
        // word is a word and no function word ("his plan and" is not one).
        if is_function_word(&w) || !is_word(&w) {
            return None;
        }
        let mut first = i;
        while first > start
            && i - first < MAX_SPEAKER_TOKENS
            && (self.word(first - 1) == "'s"
                || is_word(self.word(first - 1))
                // "63 percent said".
                || self.word(first - 1).chars().all(|c| c.is_ascii_digit()))
            && (!is_function_word(self.word(first - 1))
                || is_article(self.word(first - 1))
                || is_possessive(self.word(first - 1))
                || self.word(first - 1) == "of")
            && !crate::resources::lists::quotes::auxiliaries::contains(lower(self.word(first - 1)).as_ref())
            // A relative clause is no part of it: "a comment that
            // egregiously described".
            && !is_relative(lower(self.word(first - 1)).as_ref())
        {
            // A name's possessive opens the phrase: "O'Malley's campaign
            // says", "Trump's spokesman said".
            if self.word(first - 1) == "'s" && first >= start + 2 {
                if let Some(name) = self.entity_ending[first - 2] {
                    return Some((name, i));
                }
            }
            let prev = self.word(first - 1).to_lowercase();
            first -= 1;
            // A count opens it ("63 percent said"); a compound with a
            // number is a modifier whose article comes before it ("The
            // 32-member alliance said", "a 46-year-old man said").
            if is_article(&prev)
                || is_possessive(&prev)
                || (prev.starts_with(|c: char| c.is_ascii_digit()) && !is_word(&prev))
            {
                return Some((first, i));
            }
        }
        // A compound with a number that opens the phrase with no article
        // before it: ", 71-year-old diplomat said".
        if first < i && self.word(first).starts_with(|c: char| c.is_ascii_digit()) {
            return Some((first, i));
        }
        // The whole attribution before the cue: ""...," Obama's former
        // strategist said".
        // ("It may return" is a clause, not a speaker.)
        let verbal = (first..=i).any(|k| {
            crate::resources::lists::quotes::auxiliaries::contains(lower(self.word(k)).as_ref())
        });
        if first == start
            && first < i
            && !verbal
            && !crate::resources::lists::quotes::pronouns::contains(
                self.word(first).to_lowercase().as_str(),
            )
            && !crate::resources::lists::quotes::openers::contains(
                self.word(first).to_lowercase().as_str(),
            )
        {
            return Some((first, i));
        }
        // A noun after its determiner and modifiers the phrase above
        // stops at (a slash, a number, a quantifier): "One poll shows",
        // "The latest Reuters/Ipsos poll showed".
        let mut k = i;
        while k > start && i - k < MAX_SPEAKER_TOKENS {
            let prev = lower(self.word(k - 1));
            // A demonstrative too when it opens the clause: "Again, those
            // surveyed said" ("in this competition shows" is an object's;
            // "that" may open the clause that holds the speaker: "said
            // that officials say").
            let demonstrative = is_demonstrative(&prev)
                && prev != "that"
                && (k - 1 == start || {
                    let before = lower(self.word(k - 2));
                    !is_word(&before) || is_coordinator(&before)
                });
            if is_article(&prev) || is_possessive(&prev) || is_quantifier(&prev) || demonstrative {
                return Some((k - 1, i));
            }
            let modifier = self
                .word(k - 1)
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '&'))
                && !is_function_word(&prev)
                && !self.is_cue(k - 1)
                && !crate::resources::lists::quotes::auxiliaries::contains(prev.as_ref());
            if !modifier {
                break;
            }
            k -= 1;
        }
        // A name the names layer missed: "Rep. Moore said".
        if self.capitalised(i)
            && w.chars().all(char::is_alphabetic)
            && !self.is_cue(i)
            && !self.is_opener(i)
        {
            let mut first = i;
            while first > start
                && i - first < MAX_SPEAKER_TOKENS
                && self.capitalised(first - 1)
                && self.word(first - 1).chars().all(char::is_alphabetic)
            {
                first -= 1;
            }
            return Some((first, i));
        }
        // A bare plural: "officials said", "Officials warned", with the
        // nouns before it when they open the clause: ", law enforcement
        // officials say".
        let opens_clause = first < i && first > start && self.word(first - 1) == ",";
        looks_plural(&w).then_some((if opens_clause { first } else { i }, i))
    }

    /// The first token of a list of people and organisations that ends
    /// with the name starting at token `first`: "Ann Lee, Bob Chan and Joe
    /// Park", "Ann Lee, Bob Chan, and Joe Park", "Ann Lee and Acme Corp.".
    /// The list speaks as one: a reader does not give the words to the
    /// last name. `first` itself when no "and" joins such a name to it.
    fn listed_before(&self, first: usize, start: usize) -> usize {
        let label = |k: usize| self.entity_at[k].map(|(e, _)| self.labels[e]);
        let kind = label(first);
        if !matches!(kind, Some("PERSON" | "ORG")) {
            return first;
        }
        // The name before a joint: "and", ", and" or ",".
        let name_before = |at: usize, comma_only: bool| -> Option<usize> {
            let mut k = at;
            if k <= start {
                return None;
            }
            let and = self.word(k - 1).eq_ignore_ascii_case("and");
            let joint = if comma_only {
                self.word(k - 1) == ","
            } else {
                and
            };
            if !joint {
                return None;
            }
            k -= 1;
            if and && k > start && self.word(k - 1) == "," {
                k -= 1;
            }
            (k > start)
                .then(|| self.entity_ending[k - 1])
                .flatten()
                .filter(|&f| matches!(label(f), Some("PERSON" | "ORG")))
        };
        let Some(mut head) = name_before(first, false) else {
            return first;
        };
        for _ in 0..MAX_LISTED_NAMES {
            match name_before(head, true) {
                Some(f) => head = f,
                None => break,
            }
        }
        head
    }

    /// The first token of a PERSON name whose last token is `k`.
    fn person_ending_at(&self, k: usize) -> Option<usize> {
        self.entity_ending[k].filter(|&f| self.person_starts(f))
    }

    /// The first token of the antecedent of a relative ", who" whose
    /// comma follows token `end`: the speaker phrase ending there, or
    /// before an age in commas ("Ann Lee, 45, who"). Bounded: one skip,
    /// then `speaker_to`'s own reach.
    fn antecedent_to(&self, end: usize, start: usize) -> Option<usize> {
        let end = if end >= start + 2
            && self.word(end).chars().all(|c| c.is_ascii_digit())
            && self.word(end - 1) == ","
        {
            end - 2
        } else {
            end
        };
        let w = lower(self.word(end));
        if is_demonstrative(&w) || is_quantifier(&w) {
            return Some(end);
        }
        // No chain of relatives ("who, who, who said"): one step back.
        if is_relative(&w) {
            return None;
        }
        let first = self.speaker_to(end, start)?.0;
        // A person before "of" or "from" and a place or body: "Peter
        // King of New York, who".
        if first >= start + 2 && matches!(lower(self.word(first - 1)).as_ref(), "of" | "from") {
            if let Some(person) = self.person_ending_at(first - 2) {
                return Some(person);
            }
        }
        // A plural noun before a place preposition and the place: the
        // people speak, not the place ("Teachers at the academy, who",
        // "Drivers from the depot, who").
        if first >= start + 2
            && is_preposition(lower(self.word(first - 1)).as_ref())
            && !self.is_cue(first - 2)
        {
            let noun = lower(self.word(first - 2));
            let plural = looks_plural(&noun) && !is_function_word(&noun);
            if plural {
                if let Some((people, _)) = self
                    .speaker_to(first - 2, start)
                    .filter(|&(_, last)| last == first - 2)
                {
                    return Some(people);
                }
            }
        }
        Some(first)
    }

    /// The first token of a pronoun-like antecedent right before a
    /// relative with no comma: a demonstrative or quantifier ("those
    /// who", "many who") or a share in digits ("18% who").
    fn bare_antecedent(&self, k: usize, start: usize) -> Option<usize> {
        let w = lower(self.word(k));
        if is_demonstrative(&w) || is_quantifier(&w) {
            return Some(k);
        }
        if w == "%" && k > start && self.is_number(k - 1) {
            return Some(k - 1);
        }
        None
    }

    /// Whether token `i` is a number, in digits or in words ("43",
    /// "three").
    fn is_number(&self, i: usize) -> bool {
        let w = self.word(i);
        w.chars().all(|c| c.is_ascii_digit())
            || crate::text::numbers::number_words()
                .word_value(lower(w).as_ref())
                .is_some()
    }

    /// The first token of a share of people ending at token `i`, right
    /// before a cue and opening its clause: "Two in three", "43", "Some".
    /// A reader of a poll takes it as the speaker.
    fn share_to(&self, i: usize, start: usize) -> Option<usize> {
        let opens = |k: usize| {
            k == start || {
                let before = lower(self.word(k - 1));
                !is_word(&before) || is_coordinator(&before)
            }
        };
        let w = lower(self.word(i));
        // "Two in three", "six in 10".
        if i >= start + 2
            && self.is_number(i)
            && self.word(i - 1) == "in"
            && self.is_number(i - 2)
            && opens(i - 2)
        {
            return Some(i - 2);
        }
        // "nine out of 10", perhaps after an adverb ("Nearly nine out of
        // 10 say").
        if i >= start + 3
            && self.is_number(i)
            && self.word(i - 1) == "of"
            && self.word(i - 2) == "out"
            && self.is_number(i - 3)
        {
            let k = i - 3;
            if opens(k) {
                return Some(k);
            }
            if k > start && is_manner_adverb(&lower(self.word(k - 1))) && opens(k - 1) {
                return Some(k - 1);
            }
        }
        // "42% say": the number before the sign.
        if w == "%" && i > start && self.is_number(i - 1) && opens(i - 1) {
            return Some(i - 1);
        }
        // "43 said"; "Some said" opening the sentence or after "and"
        // (", both considered" is a participle's).
        let coordinated = i > start && is_coordinator(lower(self.word(i - 1)).as_ref());
        if (self.is_number(i) && opens(i)) || (is_quantifier(&w) && (i == start || coordinated)) {
            return Some(i);
        }
        // "a third said", "while only half say": a share opening its
        // clause, perhaps after one short word.
        if crate::resources::lists::quotes::shares::contains(w.as_ref()) {
            let joined = |k: usize| {
                opens(k)
                    || crate::resources::lists::quotes::report_joiners::contains(
                        lower(self.word(k - 1)).as_ref(),
                    )
            };
            if joined(i) {
                return Some(i);
            }
            if i > start && self.is_share(i - 1) && joined(i - 1) {
                return Some(i - 1);
            }
        }
        None
    }

    /// The speaker right before cue token `cue`: past auxiliaries ("is
    /// promising"), a name, pronoun or phrase, or the possessive of a cue
    /// noun ("Trump's claim"); back over up to `MAX_ASIDES` asides between
    /// commas; for coordinated verbs the sentence's subject, and for a
    /// participle ("said, adding") the speaker of the cue before it.
    pub(crate) fn speaker_before_cue(&self, cue: usize, start: usize) -> Option<(usize, usize)> {
        // An auxiliary or adverb may stand between: "Trump is promising",
        // "he also said". A form of "be" before a cue that is no "-ing"
        // form is a passive ("when terrorists are revealed"): whoever is
        // before it did not speak.
        let progressive = self.word(cue).ends_with("ing");
        let mut cue = cue;
        while cue > start
            && (crate::resources::lists::quotes::auxiliaries::contains(
                lower(self.word(cue - 1)).as_ref(),
            ) || is_manner_adverb(self.word(cue - 1)))
        {
            let be = is_be(lower(self.word(cue - 1)).as_ref());
            if be && !progressive {
                return None;
            }
            cue -= 1;
        }
        // A short time phrase may too: "who in 2010 said", "Trump on
        // Monday said".
        if cue >= start + 3 && !progressive && self.is_time_word(cue - 1) {
            let prep = lower(self.word(cue - 2));
            if crate::resources::lists::quotes::time_leads::contains(prep.as_ref()) {
                cue -= 2;
            }
        }
        if cue == start {
            return None;
        }
        // Coordinated verbs share the subject: "The nominee outlined his
        // plan and vowed ...", as does a participle after a comma: "Groups
        // granted an extension, saying ...".
        if self.is_participle(cue, start) {
            // "Chaffetz said, adding ...": the speaker of the nearest cue
            // before, unless that is a participle too (no chains).
            let from = start.max(cue.saturating_sub(2 * MAX_PARENTHETICAL));
            // A cue in a relative clause ("an architect who said ...,
            // saying") is not the one shared: the subject is.
            let before = (from..cue - 1)
                .rev()
                .find(|&c| self.is_cue(c) && !self.used_as_noun(c))
                .filter(|&c| !self.is_participle(c, start))
                .filter(|&c| !(c > start && self.word(c - 1).eq_ignore_ascii_case("who")))
                .and_then(|c| self.speaker_before_cue(c, start));
            return before.or_else(|| self.subject(start..cue, cue, &[]));
        }
        // A participle right after a phrase ("Trump unleashed a series of
        // tweets early Friday saying that ..."): the named subject of the
        // clause, when there is one.
        let named_before = || {
            self.speaker_to(cue - 1, start)
                .is_some_and(|(first, last)| self.names_someone(first, last))
        };
        if progressive && self.word(cue - 1) != "," && !named_before() {
            if let Some(subject) = self
                .subject(start..cue, cue, &[])
                .filter(|&(first, last)| last + 1 < cue && self.names_someone(first, last))
            {
                return Some(subject);
            }
        }
        if matches!(lower(self.word(cue - 1)).as_ref(), "and" | "but") {
            return self.subject(start..cue, cue, &[]);
        }
        // The subject of an infinitive: "led the Latvian journalist Dainis
        // Ivans to fear a ...", "what Smith had to say".
        if self.word(cue - 1) == "to" && cue >= start + 2 {
            let mut before = cue - 2;
            if before > start && is_have(lower(self.word(before)).as_ref()) {
                before -= 1;
            }
            if let Some(first) = self.entity_ending[before] {
                return Some((first, before));
            }
        }
        // A possessive before a cue noun: "Trump's claim that".
        if self.word(cue - 1) == "'s" && cue > start + 1 {
            return self.speaker_to(cue - 2, start);
        }
        if let Some(found) = self.speaker_to(cue - 1, start) {
            // The object of a preposition is no speaker: "Protesters
            // marching through the streets chanted" has its subject first.
            // A relative's antecedent may be one ("among those who said"):
            // the relative is the subject.
            let relative = matches!(lower(self.word(found.1)).as_ref(), "who" | "which");
            let object = !relative
                && found.0 > start
                && found.1 + 1 == cue
                && crate::resources::lists::quotes::place_prepositions::contains(
                    lower(self.word(found.0 - 1)).as_ref(),
                );
            if object {
                return self.subject(start..found.0, found.0, &[]);
            }
            // A name that is the object in a relative clause is no
            // speaker either: "Officials who met Ann Lee said" is the
            // officials', and the source is the whole phrase, relative
            // included, as a phrase without a name is ("official who
            // relayed the exchange"). ("that" is as often the conjunction:
            // "news that the Caucus said".)
            let named = self.entity_ending.get(found.1) == Some(&Some(found.0));
            let in_relative = named
                && found.0 >= start + 3
                && found.1 + 1 == cue
                && lower(self.word(found.0 - 2)) == "who"
                && {
                    let verb = self.word(found.0 - 1);
                    verb.chars().all(|c| c.is_ascii_lowercase())
                        && !crate::text::words::is_function_word(verb)
                        && !self.is_cue(found.0 - 1)
                };
            if in_relative {
                if let Some((first, _)) = self.speaker_to(found.0 - 3, start) {
                    return Some((first, found.1));
                }
            }
            return Some(found);
        }
        // Between commas: appositions and asides, each skipped when it
        // opens with an article, a preposition or "who" ("Scott Pruitt,
        // the attorney general of Oklahoma, one of the states suing, said").
        let mut close = cue - 1;
        for n_skipped in 0..MAX_ASIDES {
            if self.word(close) != "," {
                return None;
            }
            let open = (start..close)
                .rev()
                .take(MAX_PARENTHETICAL)
                .find(|&k| self.word(k) == ",");
            let first = open.map_or(start, |o| o + 1);
            // The clause's own first phrase may open with an article:
            // "The official, who spoke on condition of anonymity, said".
            // (Only past an aside: "The plan will fail, said X" has its
            // content there.)
            let subject = n_skipped > 0 && open.is_none() && {
                let w = lower(self.word(first));
                is_article(&w) || is_possessive(&w)
            };
            if let Some(person) = open.and_then(|o| self.person_described(first, o, start)) {
                return Some(person);
            }
            // Post-nominal letters after a person's name ("Tom Molomby,
            // SC, said": `data/gazetteers/post_nominals.txt`) are no
            // speaker: the person before them is.
            if let Some(o) = open.filter(|&o| {
                o > start
                    && first < close
                    && self.person_ending_at(o - 1).is_some()
                    && (first..close)
                        .all(|k| crate::names::rules::post_nominal(self.word(k)).is_some())
            }) {
                return self.speaker_to(o - 1, start);
            }
            if first < close && (subject || !self.opens_aside(first)) {
                return self.speaker_to(close - 1, first);
            }
            close = open.filter(|&o| o > start)?;
        }
        None
    }

    /// The person named right before the comma at token `comma` when the
    /// phrase at token `first` after it describes them: a role with no
    /// article ("Ann Lee, chief economist at Harbor Capital, said") or an
    /// organisation's possessive ("Ann Lee, Harbor Capital's chief
    /// economist, said"). The person speaks, not the organisation. The
    /// name must open its phrase, perhaps after a title: before it (past
    /// at most a few title words) the clause's `start`, punctuation, "and",
    /// "but" or an article. The object of a word before it is no such
    /// person ("In a meeting with Tomas Reyes, officials, however, said";
    /// "He met Ann Lee, ..."); "Former minister Ann Lee, chief economist
    /// at ..., said" is.
    fn person_described(&self, first: usize, comma: usize, start: usize) -> Option<(usize, usize)> {
        let person = (comma > 0)
            .then(|| self.person_ending_at(comma - 1))
            .flatten()
            .filter(|&f| self.opens_phrase(f, start))?;
        let role = !self.in_entity[first]
            && self.word(first).starts_with(|c: char| c.is_lowercase())
            && !is_function_word(&self.word(first).to_lowercase());
        let possessive = self
            .name_at(first)
            .is_some_and(|last| last + 1 < self.tokens.len() && self.word(last + 1) == "'s");
        (role || possessive).then_some((person, comma - 1))
    }

    /// Whether the name at token `f` opens its phrase, perhaps after a few
    /// title words ("Former minister Ann Lee"): before them stands the
    /// clause's `start`, punctuation, "and", "but" or an article.
    fn opens_phrase(&self, f: usize, start: usize) -> bool {
        let floor = start.max(f.saturating_sub(MAX_TITLE_TOKENS + 1));
        let mut k = f;
        while k > floor {
            let w = lower(self.word(k - 1));
            if !w.starts_with(char::is_alphanumeric) || w == "and" || w == "but" || is_article(&w) {
                return true;
            }
            if is_function_word(&w) || is_preposition(&w) || self.is_cue(k - 1) {
                return false;
            }
            k -= 1;
        }
        k == start
    }

    /// Whether the phrase at token `i` is an aside, not a speaker: it opens
    /// with an article, a preposition, a clause opener, a number, a party
    /// and state ("R-Ky."), "who", "one", a possessive or a participle.
    pub(crate) fn opens_aside(&self, i: usize) -> bool {
        let w = self.word(i).to_lowercase();
        is_function_word(&w)
            || crate::resources::lists::quotes::openers::contains(w.as_str())
            || w.starts_with(|c: char| c.is_ascii_digit())
            // A party and state: "Mitch McConnell, R-Ky., said".
            || {
                let b = self.word(i).as_bytes();
                b.len() >= 3 && b[0].is_ascii_uppercase() && b[1] == b'-' && b[2].is_ascii_uppercase()
            }
            || is_relative(&w)
            || is_possessive(&w)
            || w == "one"
            // A participle: "Fiorina, speaking to Iowans, said" (not a
            // name: "The analyst, Browning, said").
            || (w.len() > 4 && w.ends_with("ing") && !self.capitalised(i) && !self.in_entity[i])
    }

    /// Whether token `k` is a conjunction opening a clause with a named
    /// speaker and a cue of its own before `end`: "and Donald Trump says",
    /// "and Sanders, who says" ("and protests demands" is no such clause).
    /// A semicolon joins one too, and so does a conjunction before a
    /// share of people ("; 26 percent of Democrats say", "while only half
    /// say"), as polls report theirs.
    pub(crate) fn opens_coordinated_report(&self, k: usize, end: usize) -> bool {
        (self.word(k) == ";"
            || crate::resources::lists::quotes::report_joiners::contains(
                lower(self.word(k)).as_ref(),
            ))
            && (k + 2..end.min(k + 4 + MAX_SPEAKER_TOKENS))
                .find(|&c| self.is_cue(c))
                .and_then(|c| self.speaker_before_cue(c, k + 1))
                .is_some_and(|(first, last)| {
                    (first == k + 1 && self.names_someone(first, last)) || self.is_share(k + 1)
                })
    }

    /// Whether a phrase opening at token `i` counts people: a number, a
    /// quantifier or a share ("26 percent of", "most", "a third", "only
    /// half"), perhaps after one short word.
    fn is_share(&self, i: usize) -> bool {
        let share = |k: usize| {
            k < self.tokens.len() && {
                let w = lower(self.word(k));
                self.is_number(k)
                    || is_quantifier(&w)
                    || crate::resources::lists::quotes::shares::contains(w.as_ref())
            }
        };
        share(i)
            || (share(i + 1)
                && self.word(i).len() <= 5
                && self.word(i).chars().all(|c| c.is_ascii_lowercase()))
    }

    /// A report in the passive, its source after "by": "O'Malley's move was
    /// first reported by MSNBC", "a deal that was rejected by Congress".
    /// Returns the source's tokens and the content (the clause's subject,
    /// from `start` to the auxiliary).
    pub(crate) fn passive_report(
        &self,
        cue: usize,
        start: usize,
        end: usize,
    ) -> Option<(usize, usize, std::ops::Range<usize>)> {
        if cue + 2 >= end || !self.word(cue + 1).eq_ignore_ascii_case("by") {
            return None;
        }
        // Back over adverbs ("first") to a form of "be".
        let be = (start.max(cue.saturating_sub(3))..cue)
            .rev()
            .find(|&k| is_be(lower(self.word(k)).as_ref()))?;
        if be <= start || (be + 1..cue).any(|k| !is_word(self.word(k))) {
            return None;
        }
        let last = self.speaker_from(cue + 2, end)?;
        // A relative before the auxiliary ("a deal that was rejected"):
        // the content is the noun phrase before it.
        let content_end = if is_relative(lower(self.word(be - 1)).as_ref()) {
            be - 1
        } else {
            be
        };
        (content_end > start).then(|| (cue + 2, last, start..content_end))
    }

    /// An attribution right after a quote, speaker first: "Rep. Gwen Moore
    /// (D-Wis.) said", "Scott Pruitt, the attorney general, said". Returns
    /// the speaker's tokens and the cue.
    pub(crate) fn speaker_then_cue(
        &self,
        k: usize,
        limit: usize,
        open_ended: bool,
    ) -> Option<(usize, usize, usize)> {
        // A new clause is no attribution: ""...," while 73 percent said".
        if crate::resources::lists::quotes::new_clause::contains(lower(self.word(k)).as_ref()) {
            return None;
        }
        let cue = (k + 1..limit)
            .take_while(|&c| !self.ends_clause(c))
            .find(|&c| self.is_adjacent_cue(c))?;
        if let Some((first, last)) = self
            .speaker_before_cue(cue, k)
            .filter(|&(first, _)| first <= k + MAX_TITLE_TOKENS || self.describes(k, first))
        {
            return Some((first, last, cue));
        }
        // A speaker with a long description before the cue: ""...," Fred
        // Kagan, director of the Critical Threats Project at the American
        // Enterprise Institute, said": the name right after the quote.
        if !open_ended || !self.may_open_speaker(k) {
            return None;
        }
        let last = self.speaker_from(k, cue)?;
        self.names_someone(k, last).then_some((k, last, cue))
    }

    /// Whether tokens `from..person` are a description of the person
    /// named at `person`, as a speaker follows a quote: ""...," former
    /// State Department policy planning director Anne-Marie Slaughter
    /// wrote", ""...," longtime Republican strategist and former campaign
    /// aide Rick Wilson said". At most `MAX_DESCRIPTION_TOKENS` words, no
    /// function word but "and", no cue but a noun's modifier.
    fn describes(&self, from: usize, person: usize) -> bool {
        person > from
            && person - from <= MAX_DESCRIPTION_TOKENS
            && self.person_starts(person)
            && (from..person).all(|j| {
                let w = lower(self.word(j));
                // Another person is no description ("spokesman Tom Smith
                // and senior adviser Ann Lee said").
                !self.person_starts(j)
                    && is_word(&w)
                    && (!is_function_word(&w) || w == "and")
                    && (!self.is_cue(j) || self.modifies_noun(j))
                    && !self.is_time_word(j)
            })
    }

    /// Where the subject of a sentence can start, from token `i`: past a
    /// run-in head in capitals, a conjunction and up to three opening
    /// phrases ending in a comma. `None` when an opening phrase has no
    /// comma before `before`.
    pub(crate) fn past_openers(&self, mut i: usize, before: usize) -> Option<usize> {
        // A run-in head in capitals before a dash: "CONGRESS HAS
        // INVESTIGATED HIM — Oz's dubious medical advice ...".
        if self.all_caps(i) {
            let dash = (i..before.min(i + MAX_PARENTHETICAL))
                .find(|&k| matches!(self.word(k), "-" | "--" | "\u{2013}" | "\u{2014}"));
            if let Some(dash) = dash.filter(|&d| {
                (i..d).all(|k| self.all_caps(k) || !self.word(k).chars().any(char::is_alphabetic))
            }) {
                i = dash + 1;
            }
        }
        // A conjunction opening the sentence: "And then Trump went on".
        while i + 1 < before
            && (is_coordinator(lower(self.word(i)).as_ref()) || lower(self.word(i)) == "then")
        {
            i += 1;
        }
        // Opening phrases, one after another: "Once, on a highway, I ...",
        // also participles and adverbs: "Reading from a prepared text, Ben
        // Carson ...", "Moreover, Gowdy ...".
        for _ in 0..3 {
            if i >= before {
                return None;
            }
            let first = self.word(i).to_lowercase();
            let participle_or_adverb = self.capitalised(i)
                && self.entity_at[i].is_none()
                && first.len() > 4
                && (first.ends_with("ing") || first.ends_with("ly") || first == "moreover");
            // A time phrase: "Twenty-two years ago, a Times article ...",
            // "Hours later, Trump ...".
            let time_phrase = (i..before.min(i + 6))
                .take_while(|&k| self.word(k) != ",")
                .any(|k| {
                    self.is_time_word(k)
                        || crate::resources::lists::quotes::time_adverbs::contains(
                            lower(self.word(k)).as_ref(),
                        )
                })
                && (i..before.min(i + 6)).any(|k| self.word(k) == ",");
            if !crate::resources::lists::quotes::openers::contains(first.as_str())
                && !participle_or_adverb
                && !time_phrase
            {
                break;
            }
            if let Some(comma) = (i + 1..before)
                .take(MAX_PARENTHETICAL)
                .find(|&k| self.word(k) == ",")
            {
                // Past a year and a closing mark: "On July 6, 2015,
                // Sanders ...", "On "Face the Nation," Sanders ...".
                i = comma + 1;
                if i + 1 < before && self.is_year(i) && self.word(i + 1) == "," {
                    i += 2;
                }
                while i < before && self.word(i) == "\"" {
                    i += 1;
                }
                // The opening phrase goes on past a comma with a short
                // lower-case piece: "Following a swiftly called,
                // late-afternoon meeting, the Security Council ...".
                let piece_end = (i..before.min(i + 4)).find(|&k| self.word(k) == ",");
                if let Some(end) = piece_end.filter(|&e| {
                    e > i
                        && !self.capitalised(i)
                        && (i..e).all(|k| is_word(self.word(k)) && self.entity_at[k].is_none())
                        && !crate::resources::lists::quotes::pronouns::contains(
                            lower(self.word(i)).as_ref(),
                        )
                }) {
                    i = end + 1;
                }
            } else {
                return None;
            }
        }
        Some(i)
    }

    /// The subject of the sentence `range` if it starts before token
    /// `before`: its first name, pronoun or noun phrase, after an opening
    /// phrase ("At Monday's debate, Clinton cited ...").
    pub(crate) fn subject(
        &self,
        range: std::ops::Range<usize>,
        before: usize,
        quoted: &[bool],
    ) -> Option<(usize, usize)> {
        let mut i = range.start;
        // A sentence that opens with a quotation has its speaker elsewhere.
        if i < before && self.word(i) == "\"" {
            return None;
        }
        while i < before && matches!(self.word(i), "(" | "-" | "\u{2014}") {
            i += 1;
        }
        if i >= before {
            return None;
        }
        let mut i = self.past_openers(i, before)?;
        if i >= before || quoted.get(i) == Some(&true) {
            return None;
        }
        // A title before a name: "Gov. Earl Ray Tomblin".
        if let Some(named) = (i..before.min(i + MAX_TITLE_TOKENS))
            .take_while(|&j| self.capitalised(j) && self.entity_at[j].is_none())
            .last()
            .map(|j| j + 1)
            .filter(|&j| j < before && self.entity_at[j].is_some())
        {
            i = named;
        }
        if let Some((e, len)) = self.entity_at[i] {
            // "LOS ANGELES, Sept. 28 (UPI) —" is a dateline, no subject.
            let dateline =
                self.labels[e] == "GPE" && i + len < self.tokens.len() && self.word(i + len) == ",";
            // "Republican presidential front-runner Donald Trump", "French
            // Prime Minister Manuel Valls": the person they qualify.
            if self.labels[e] != "PERSON" {
                if let Some(person) = self.person_after(i + len, before) {
                    return Some((i, person));
                }
            }
            if !self.is_adjective(i) {
                return (i + len <= before && !dateline).then_some((i, i + len - 1));
            }
        }
        let w = self.word(i).to_lowercase();
        if crate::resources::lists::quotes::pronouns::contains(w.as_str()) {
            return Some((i, i));
        }
        // A word of the noun phrase: no cue, no function word or
        // determiner that starts another phrase, no past-tense verb.
        let phrase_word = |k: usize| {
            let w = self.word(k);
            let lower = w.to_lowercase();
            w == "'s"
                || (is_word(w)
                    && !self.is_cue(k)
                    && !is_function_word(&lower)
                    && (lower.len() <= 4 || !lower.ends_with("ed")))
        };
        let starts_phrase = is_article(&w)
            || is_possessive(&w)
            || is_quantifier(&w)
            || (self.capitalised(i) && phrase_word(i) && !self.is_opener(i));
        if !starts_phrase {
            return None;
        }
        let mut last = i;
        while last + 1 < before
            && last + 1 - i < MAX_SPEAKER_TOKENS
            && phrase_word(last + 1)
            && !crate::resources::lists::quotes::auxiliaries::contains(
                self.word(last + 1).to_lowercase().as_str(),
            )
        {
            last += 1;
        }
        // A determiner alone is no subject ("The" of "The 32-member ...").
        (last > i || (self.capitalised(i) && !is_function_word(&w))).then_some((i, last))
    }
}

/// A lower-case adverb of manner in "-ly" ("personally", "mistakenly"),
/// which may stand between a speaker and a cue; the few nouns and
/// adjectives in "-ly" are listed in `data/quotes/ly_not_adverbs.txt`.
fn is_manner_adverb(word: &str) -> bool {
    word.len() >= 5
        && word.ends_with("ly")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !crate::resources::lists::quotes::ly_not_adverbs::contains(word)
}

/// Whether the lower-case word `w` looks like a plural noun, as
/// "officials" does: it ends in "s", but not in "-ss", "-us" or "-is",
/// which end adjectives and singular nouns and no plural.
fn looks_plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
        && w.chars().all(char::is_alphabetic)
}
