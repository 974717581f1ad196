//! Stable sorting with one copy of the sort routine for the whole program.
//!
//! Each `sort_by_key` call with a closure of its own instantiates all of
//! std's stable sort (about 4 KiB of wasm), and the page's wasm has a size
//! budget. These helpers sort `(key, index)` pairs instead, a type every
//! caller shares, so the sort is compiled once; the index makes equal keys
//! keep their order, then the items move into place. O(n log n).

/// Sorts `items` by `key`, keeping the order of items with equal keys.
pub fn sort_by_u64_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut order: Vec<(u64, usize)> = items.iter().map(&key).zip(0..).collect();
    order.sort_unstable();
    reorder(items, order.into_iter().map(|(_, i)| i));
}

/// Sorts `items` by a string key, keeping the order of items with equal
/// keys.
pub fn sort_by_str_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> &str) {
    let mut order: Vec<(&str, usize)> = items.iter().map(&key).zip(0..).collect();
    order.sort_unstable();
    let order: Vec<usize> = order.into_iter().map(|(_, i)| i).collect();
    reorder(items, order.into_iter());
}

/// Moves `items` into the order `order` gives (a permutation of their
/// indices).
fn reorder<T>(items: &mut Vec<T>, order: impl Iterator<Item = usize>) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_u64_key(&mut v, |&(k, _)| k);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn strings_sort_by_bytes() {
        let mut v = vec![("b", 1), ("B", 2), ("a", 3), ("b", 4), ("", 5)];
        sort_by_str_key(&mut v, |&(s, _)| s);
        assert_eq!(v, [("", 5), ("B", 2), ("a", 3), ("b", 1), ("b", 4)]);
    }
}
