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

/// The best tag sequence for per-token `scores` under `transitions`,
/// allowing only valid BILOU sequences.
pub fn viterbi(scores: &[[f32; N_TAGS]], transitions: &[[f32; N_TAGS]]) -> Vec<Tag> {
    let n = scores.len();
    if n == 0 {
        return Vec::new();
    }
    // The tags each tag may follow under BILOU: 97 pairs instead of 289.
    let preds: [Vec<usize>; N_TAGS] =
        std::array::from_fn(|t| (0..N_TAGS).filter(|&p| allowed(Some(p), Some(t))).collect());
    let mut best = vec![[f32::NEG_INFINITY; N_TAGS]; n];
    let mut back = vec![[0u8; N_TAGS]; n];
    for t in 0..N_TAGS {
        if allowed(None, Some(t)) {
            best[0][t] = scores[0][t] + transitions[N_TAGS][t];
        }
    }
    for i in 1..n {
        for t in 0..N_TAGS {
            let mut top = (f32::NEG_INFINITY, 0);
            for &p in &preds[t] {
                if best[i - 1][p] == f32::NEG_INFINITY {
                    continue;
                }
                let s = best[i - 1][p] + transitions[p][t];
                if s > top.0 {
                    top = (s, p);
                }
            }
            best[i][t] = top.0 + scores[i][t];
            back[i][t] = top.1 as u8;
        }
    }
    let mut tag = (0..N_TAGS)
        .filter(|&t| allowed(Some(t), None))
        .max_by(|&a, &b| best[n - 1][a].total_cmp(&best[n - 1][b]))
        .unwrap_or(0);
    let mut tags = vec![0; n];
    for i in (0..n).rev() {
        tags[i] = tag;
        tag = back[i][tag] as usize;
    }
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
