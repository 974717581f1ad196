//! A map kept as a vector sorted by key, for the machine's small tables
//! of sync objects and timers.
//!
//! These tables hold a handful of entries, are cloned with every machine
//! the explorer keeps, and are iterated in key order (so runs are
//! deterministic). A sorted vector does all three well, and its code is a
//! fraction of a B-tree's, which matters for the page's wasm size budget.

/// Entries in ascending key order, each key once.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    fn find(&self, key: &K) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.cmp(key))
    }

    pub(crate) fn get(&self, key: &K) -> Option<&V> {
        let at = self.find(key).ok()?;
        self.entries.get(at).map(|(_, v)| v)
    }

    pub(crate) fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        let at = self.find(key).ok()?;
        self.entries.get_mut(at).map(|(_, v)| v)
    }

    /// Sets `key` to `value`, giving back the value it replaced.
    pub(crate) fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => self
                .entries
                .get_mut(at)
                .map(|(_, v)| std::mem::replace(v, value)),
            Err(at) => {
                self.entries.insert(at, (key, value));
                None
            }
        }
    }

    pub(crate) fn remove(&mut self, key: &K) -> Option<V> {
        let at = self.find(key).ok()?;
        Some(self.entries.remove(at).1)
    }

    /// The value at `key`, inserting `V::default()` first if there is none.
    pub(crate) fn or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let at = match self.find(&key) {
            Ok(at) => at,
            Err(at) => {
                self.entries.insert(at, (key, V::default()));
                at
            }
        };
        &mut self.entries[at].1
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub(crate) fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::SortedMap;

    #[test]
    fn keeps_keys_sorted_and_unique() {
        let mut m = SortedMap::default();
        assert_eq!(m.insert(5, 'e'), None);
        assert_eq!(m.insert(1, 'a'), None);
        assert_eq!(m.insert(3, 'c'), None);
        assert_eq!(m.insert(3, 'C'), Some('c'));
        *m.or_default(4) = 'd';
        assert_eq!(
            m.iter().collect::<Vec<_>>(),
            [(&1, &'a'), (&3, &'C'), (&4, &'d'), (&5, &'e')]
        );
        assert_eq!(m.remove(&1), Some('a'));
        assert_eq!(m.remove(&1), None);
        assert_eq!(m.get(&4), Some(&'d'));
        assert_eq!(m.get(&2), None);
        assert_eq!(m.keys().count(), 3);
    }
}
