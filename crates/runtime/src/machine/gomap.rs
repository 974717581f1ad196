//! Go maps: hashed by a canonical key, iterated in the orders Go's runtime
//! can produce, the choice among them left to the scheduler.
//!
//! Measured with Go 1.27 (`tests/explore/map_order_*.go`): a map of at most
//! eight entries lives in one group of eight slots, filled from the first
//! free one, and `range` starts at a random slot and wraps around, so the
//! orders are the rotations of the slot order, one per entry. A bigger
//! map's order comes from its per-map hash seed: any order, in practice.

use crate::fnv::FnvMap;
use crate::value::Value;

/// A map key in canonical form: floats by bits (with +0 == -0), interface
/// values by dynamic type and value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Nil,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(Vec<u8>),
    Agg(Vec<Key>),
    Ptr(u32, u32, Vec<u32>),
    Chan(u32),
    Iface(u32, Box<Key>),
    /// A value that cannot be hashed (a NaN never equals itself).
    Unique(u64),
}

impl Key {
    pub fn of(v: &Value, unique: &mut u64) -> Key {
        match v {
            Value::Nil => Key::Nil,
            Value::Bool(b) => Key::Bool(*b),
            Value::Int(i) => Key::Int(*i),
            Value::Float(f) if f.is_nan() => {
                *unique += 1;
                Key::Unique(*unique)
            }
            Value::Float(f) => Key::Float(if *f == 0.0 { 0 } else { f.to_bits() }),
            Value::Str(s) => Key::Str(s.to_vec()),
            Value::Agg(items) => Key::Agg(items.iter().map(|v| Key::of(v, unique)).collect()),
            Value::Ptr(p) => Key::Ptr(
                p.obj.0,
                p.idx,
                p.sub.as_deref().cloned().unwrap_or_default(),
            ),
            Value::Chan(c) => Key::Chan(c.0),
            Value::Iface(i) => Key::Iface(i.ty.0, Box::new(Key::of(&i.val, unique))),
            Value::Slice(_) | Value::Map(_) | Value::Func(_) => {
                *unique += 1;
                Key::Unique(*unique)
            }
        }
    }
}

/// Entries a map holds in its first group of slots (Go's `abi.SwissMapGroupSlots`).
const SMALL: usize = 8;

#[derive(Clone, Debug, Default)]
pub struct GoMap {
    /// Entries in insertion order; `None` where one was deleted.
    entries: Vec<Option<(Value, Value)>>,
    index: FnvMap<Key, usize>,
    live: usize,
    unique: u64,
    /// The goroutine between the two halves of a write to this map, as
    /// Go's runtime marks a map being written.
    pub(crate) writer: Option<crate::GoroutineId>,
    /// Go's map functions for its key type, for race reports.
    pub(crate) kind: program::MapKind,
}

impl GoMap {
    /// An empty map whose key type uses Go's `kind` functions.
    pub fn new(kind: program::MapKind) -> GoMap {
        GoMap {
            kind,
            ..GoMap::default()
        }
    }

    /// The slot of `key`'s entry (stable while the key is in the map): a
    /// place of its own for the race detector.
    pub fn slot(&self, key: &Value) -> Option<usize> {
        let mut u = self.unique;
        self.index.get(&Key::of(key, &mut u)).copied()
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    pub fn get(&self, k: &Value) -> Option<&Value> {
        let mut u = self.unique;
        let key = Key::of(k, &mut u);
        self.index
            .get(&key)
            .and_then(|&i| self.entries[i].as_ref())
            .map(|(_, v)| v)
    }

    pub fn insert(&mut self, k: Value, v: Value) {
        let key = Key::of(&k, &mut self.unique);
        if let Some(&i) = self.index.get(&key) {
            if let Some(e) = self.entries[i].as_mut() {
                e.1 = v;
                return;
            }
        }
        // A small map takes the first free slot of its group.
        let free = (self.entries.len() <= SMALL)
            .then(|| self.entries.iter().position(Option::is_none))
            .flatten();
        let at = match free {
            Some(i) => {
                self.entries[i] = Some((k, v));
                i
            }
            None => {
                self.entries.push(Some((k, v)));
                self.entries.len() - 1
            }
        };
        self.index.insert(key, at);
        self.live += 1;
    }

    pub fn remove(&mut self, k: &Value) {
        let mut u = self.unique;
        let key = Key::of(k, &mut u);
        if let Some(i) = self.index.remove(&key) {
            self.entries[i] = None;
            self.live -= 1;
        }
        if self.entries.len() > 32 && self.live * 2 < self.entries.len() {
            self.compact();
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.live = 0;
    }

    fn compact(&mut self) {
        let entries: Vec<(Value, Value)> = self.entries.drain(..).flatten().collect();
        self.index.clear();
        self.live = 0;
        for (k, v) in entries {
            self.insert(k, v);
        }
    }

    /// How many orders a `range` can visit this map in, as
    /// [`Scheduler::pick_map_order`](crate::sched::Scheduler::pick_map_order)
    /// asks: one per entry for a small map, `0` (any value seeds a
    /// shuffle) for a bigger one; `None` with fewer than two entries.
    pub fn orders(&self) -> Option<u64> {
        match self.live {
            0 | 1 => None,
            n if n <= SMALL => Some(n as u64),
            _ => Some(0),
        }
    }

    /// The keys in slot order (where each rotation starts).
    pub fn keys(&self) -> Vec<Value> {
        self.entries
            .iter()
            .flatten()
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// The keys in the order `choice` (an answer to [`GoMap::orders`])
    /// stands for, each with its slot: a snapshot for `range`.
    pub fn range_keys(&self, choice: u64) -> Vec<(Value, usize)> {
        let mut keys: Vec<(Value, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|(k, _)| (k.clone(), i)))
            .collect();
        let n = keys.len();
        if n > SMALL {
            // Fisher-Yates, seeded by the choice (0: slot order).
            if choice != 0 {
                let mut rng = crate::sched::SplitMix(choice);
                for i in (1..n).rev() {
                    keys.swap(i, rng.below(i + 1));
                }
            }
        } else if n > 1 {
            keys.rotate_left((choice % n as u64) as usize);
        }
        keys
    }

    /// The value a `range` reaches for `key` found at `slot` when its
    /// snapshot was taken: looked up again (the entry may be gone), except
    /// for a key no lookup finds (a NaN), read from its slot, as Go's
    /// iteration walks slots.
    pub fn value_for_range(&self, key: &Value, slot: usize) -> Option<&Value> {
        let mut u = self.unique;
        match Key::of(key, &mut u) {
            Key::Unique(_) => match self.entries.get(slot) {
                Some(Some((k, v))) if matches!(Key::of(k, &mut u), Key::Unique(_)) => Some(v),
                _ => None,
            },
            _ => self.get(key),
        }
    }

    /// Every entry, in insertion order (for `fmt`, which sorts them).
    pub fn entries(&self) -> Vec<(Value, Value)> {
        self.entries.iter().flatten().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_get_delete() {
        let mut m = GoMap::default();
        m.insert(Value::str("a"), Value::Int(1));
        m.insert(Value::str("b"), Value::Int(2));
        m.insert(Value::str("a"), Value::Int(3));
        assert_eq!(m.len(), 2);
        assert_eq!(m.get(&Value::str("a")), Some(&Value::Int(3)));
        m.remove(&Value::str("a"));
        assert_eq!(m.get(&Value::str("a")), None);
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn a_small_map_is_visited_in_a_rotation_of_its_slots() {
        let mut m = GoMap::default();
        for i in 0..5 {
            m.insert(Value::Int(i), Value::Nil);
        }
        m.remove(&Value::Int(2));
        m.insert(Value::Int(10), Value::Nil);
        let ints = |c| -> Vec<i64> { m.range_keys(c).iter().map(|(k, _)| k.as_int()).collect() };
        assert_eq!(m.orders(), Some(5));
        assert_eq!(ints(0), [0, 1, 10, 3, 4]);
        assert_eq!(ints(3), [3, 4, 0, 1, 10]);
    }

    #[test]
    fn a_big_map_is_visited_in_any_order() {
        let mut m = GoMap::default();
        for i in 0..12 {
            m.insert(Value::Int(i), Value::Nil);
        }
        assert_eq!(m.orders(), Some(0));
        let a = m.range_keys(1);
        let mut sorted = a.iter().map(|(k, _)| k.as_int()).collect::<Vec<_>>();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..12).collect::<Vec<_>>());
        assert_ne!(a, m.range_keys(0));
    }

    #[test]
    fn zero_and_negative_zero_are_one_key() {
        let mut m = GoMap::default();
        m.insert(Value::Float(0.0), Value::Int(1));
        m.insert(Value::Float(-0.0), Value::Int(2));
        assert_eq!(m.len(), 1);
    }
}
