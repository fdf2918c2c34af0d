//! Sorting for the wasm's sake: every `sort_by_key` on a new element type
//! or key compiles its own copy of the standard library's sort, about 6 KB
//! of code each, and the crate had sixteen of them (about 105 KB before
//! `wasm-opt`). Here one copy, over indices and a comparison behind `dyn`,
//! serves them all; each caller adds only its key and a move of its items.
//!
//! Every sort here is stable. The lists sorted are an article's names,
//! quotes, mentions and marks: short, so the indirection costs nothing a
//! benchmark sees.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`.
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    // `order[k]`: the index of the item that belongs at `k`.
    let mut order: Vec<usize> = (0..items.len()).collect();
    {
        let items: &[T] = items;
        sort_order(&mut order, &mut |a, b| cmp(&items[a], &items[b]));
    }
    // Each cycle of the permutation in turn, one swap a place; a place
    // done is marked `usize::MAX`.
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != usize::MAX {
            let from = order[k];
            order[k] = usize::MAX;
            if from == start {
                break;
            }
            items.swap(k, from);
            k = from;
        }
    }
}

/// Sorts `items` stably by `key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their own order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The one instantiation of the standard library's sort.
#[inline(never)]
fn sort_order(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_and_keeps_every_item() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut items, |i| i.0);
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut words = vec!["pear", "fig", "apple"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
        sort_by(&mut words, |a, b| b.len().cmp(&a.len()));
        assert_eq!(words, ["apple", "pear", "fig"]);
        let mut none: Vec<String> = Vec::new();
        sort(&mut none);
        assert!(none.is_empty());
    }

    #[test]
    fn matches_the_standard_librarys_stable_sort() {
        // A pseudo-random list with many ties, against `sort_by_key`.
        let mut state = 7u64;
        let items: Vec<(u64, usize)> = (0..2000)
            .map(|i| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                ((state >> 33) % 50, i)
            })
            .collect();
        let mut ours = items.clone();
        sort_by_key(&mut ours, |i| i.0);
        let mut std_sorted = items;
        std_sorted.sort_by_key(|i| i.0);
        assert_eq!(ours, std_sorted);
    }
}
