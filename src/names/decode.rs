//! Decoding: BILOU tags over the four CoNLL types, which tag may follow
//! which, Viterbi over per-token scores restricted to valid sequences, and
//! the spans a tag sequence spells.

/// The entity types the model knows, in tag order.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
pub const N_TAGS: usize = 1 + 4 * TYPES.len();

/// A BILOU tag: 0 is O; then B, I, L, U for each type.
pub type Tag = usize;

pub fn tag_of(prefix: char, type_idx: usize) -> Tag {
    let offset = match prefix {
        'B' => 0,
        'I' => 1,
        'L' => 2,
        _ => 3,
    };
    1 + 4 * type_idx + offset
}

/// The prefix (B, I, L, U, or O) and type index of a tag.
pub fn split_tag(tag: Tag) -> (char, usize) {
    if tag == 0 {
        return ('O', 0);
    }
    (['B', 'I', 'L', 'U'][(tag - 1) % 4], (tag - 1) / 4)
}

/// Whether tag `b` may follow tag `a` in BILOU.
pub fn allowed(a: Option<Tag>, b: Option<Tag>) -> bool {
    let (pa, ta) = a.map_or(('O', 0), split_tag);
    let (pb, tb) = b.map_or(('O', 0), split_tag);
    let inside = matches!(pa, 'B' | 'I');
    match pb {
        'I' | 'L' => inside && ta == tb,
        _ => !inside,
    }
}

/// Whether tag `b` may follow tag `a` (0 to `N_TAGS - 1`), in integer
/// arithmetic so that the table below is built at compile time; it agrees
/// with [`allowed`], which a test checks.
const fn may_follow(a: usize, b: usize) -> bool {
    // Prefix index: 0 B, 1 I, 2 L, 3 U.
    let inside = a != 0 && (a - 1) % 4 <= 1;
    if b != 0 && matches!((b - 1) % 4, 1 | 2) {
        inside && (a - 1) / 4 == (b - 1) / 4
    } else {
        !inside
    }
}

/// The tags each tag may follow under BILOU, as a list and its length:
/// 97 pairs instead of 289.
const PREDS: ([[usize; N_TAGS]; N_TAGS], [usize; N_TAGS]) = {
    let mut list = [[0usize; N_TAGS]; N_TAGS];
    let mut len = [0usize; N_TAGS];
    let mut t = 0;
    while t < N_TAGS {
        let mut p = 0;
        while p < N_TAGS {
            if may_follow(p, t) {
                list[t][len[t]] = p;
                len[t] += 1;
            }
            p += 1;
        }
        t += 1;
    }
    (list, len)
};

/// The tags a name cannot continue from, which any tag outside a name may
/// follow: O, then L and U of each type, in ascending order.
const ENDS: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];

/// The tags that may follow any of [`ENDS`]: O, then B and U of each type.
const STARTS: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];

/// The best score of tag `t` at a token whose predecessor's best scores
/// are `last`, over the tags `t` may follow (listed in ascending order),
/// and the first of them that reaches it (0 if none does).
#[inline(always)]
fn best_pred(
    last: &[f32; N_TAGS],
    trans: &[[f32; N_TAGS]; N_TAGS + 1],
    preds: &[usize],
    t: usize,
) -> (f32, usize) {
    let mut top = (f32::NEG_INFINITY, 0);
    for &p in preds {
        let s = last[p] + trans[p][t];
        if s > top.0 {
            top = (s, p);
        }
    }
    top
}

/// The tags tag `t` may follow (see [`may_follow`]).
fn preds_of(t: usize) -> &'static [usize] {
    &PREDS.0[t][..PREDS.1[t]]
}

/// The best tag sequence for per-token `scores` under `transitions`,
/// allowing only valid BILOU sequences.
///
/// The forward pass keeps only the best scores; the way back recomputes
/// which predecessor reached each chosen tag, with the same sums in the
/// same order, so ties go to the lowest tag as a kept back-pointer would.
pub fn viterbi(scores: &[[f32; N_TAGS]], transitions: &[[f32; N_TAGS]]) -> Vec<Tag> {
    let n = scores.len();
    if n == 0 {
        return Vec::new();
    }
    let mut trans = [[0.0f32; N_TAGS]; N_TAGS + 1];
    for (row, given) in trans.iter_mut().zip(transitions) {
        *row = *given;
    }
    let mut best = vec![[f32::NEG_INFINITY; N_TAGS]; n];
    for t in 0..N_TAGS {
        if allowed(None, Some(t)) {
            best[0][t] = scores[0][t] + trans[N_TAGS][t];
        }
    }
    // The transitions from the nine tags that end a name (or are O) to the
    // nine that may follow them, as a dense block read in order.
    let mut block = [[0.0f32; ENDS.len()]; STARTS.len()];
    for (row, &t) in block.iter_mut().zip(&STARTS) {
        for (w, &p) in row.iter_mut().zip(&ENDS) {
            *w = trans[p][t];
        }
    }
    for i in 1..n {
        let last = best[i - 1];
        let mut cur = [f32::NEG_INFINITY; N_TAGS];
        let ends = ENDS.map(|p| last[p]);
        for (row, &t) in block.iter().zip(&STARTS) {
            let mut top = f32::NEG_INFINITY;
            for (&e, &w) in ends.iter().zip(row) {
                let s = e + w;
                if s > top {
                    top = s;
                }
            }
            cur[t] = top + scores[i][t];
        }
        // I and L of a type follow its B or I.
        for k in 0..TYPES.len() {
            let (b, inside) = (1 + 4 * k, 2 + 4 * k);
            for t in [2 + 4 * k, 3 + 4 * k] {
                let (from_b, from_i) = (last[b] + trans[b][t], last[inside] + trans[inside][t]);
                cur[t] = if from_i > from_b { from_i } else { from_b } + scores[i][t];
            }
        }
        best[i] = cur;
    }
    let mut tag = (0..N_TAGS)
        .filter(|&t| allowed(Some(t), None))
        .max_by(|&a, &b| best[n - 1][a].total_cmp(&best[n - 1][b]))
        .unwrap_or(0);
    let mut tags = vec![0; n];
    for i in (1..n).rev() {
        tags[i] = tag;
        tag = best_pred(&best[i - 1], &trans, preds_of(tag), tag).1;
    }
    tags[0] = tag;
    tags
}

/// Entity spans (token ranges and type index) read off a BILOU sequence.
pub fn spans_of(tags: &[Tag]) -> Vec<(std::ops::Range<usize>, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, &tag) in tags.iter().enumerate() {
        let (prefix, ty) = split_tag(tag);
        match prefix {
            'U' => spans.push((i..i + 1, ty)),
            'B' => start = Some(i),
            'L' => {
                if let Some(s) = start.take() {
                    spans.push((s..i + 1, ty));
                }
            }
            'I' => {}
            _ => start = None,
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_rules_and_spans() {
        let b_per = tag_of('B', 0);
        let l_per = tag_of('L', 0);
        let u_loc = tag_of('U', 2);
        assert!(allowed(None, Some(b_per)) && !allowed(None, Some(l_per)));
        assert!(allowed(Some(b_per), Some(l_per)) && !allowed(Some(b_per), Some(0)));
        assert!(!allowed(Some(b_per), Some(tag_of('L', 1))));
        assert_eq!(
            spans_of(&[0, b_per, l_per, u_loc, 0]),
            [(1..3, 0), (3..4, 2)]
        );
    }

    #[test]
    fn compiled_table_agrees_with_bilou() {
        for a in 0..N_TAGS {
            for b in 0..N_TAGS {
                assert_eq!(may_follow(a, b), allowed(Some(a), Some(b)), "{a} {b}");
            }
        }
        assert_eq!(PREDS.1.iter().sum::<usize>(), 97);
        for t in STARTS {
            assert_eq!(preds_of(t), ENDS);
        }
    }

    #[test]
    fn viterbi_respects_bilou() {
        // Token scores prefer I-PER at the start, which is not allowed.
        let mut scores = vec![[0.0; N_TAGS]; 2];
        scores[0][tag_of('I', 0)] = 5.0;
        scores[0][tag_of('B', 0)] = 1.0;
        scores[1][tag_of('L', 0)] = 1.0;
        let transitions = vec![[0.0; N_TAGS]; N_TAGS + 1];
        assert_eq!(
            viterbi(&scores, &transitions),
            [tag_of('B', 0), tag_of('L', 0)]
        );
    }
}
