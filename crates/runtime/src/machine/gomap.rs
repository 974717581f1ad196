//! Go maps: hashed by a canonical key, iterated in an order that depends
//! on the map and on how often it has been ranged over — deterministic for
//! replay, but nothing a program can rely on, like Go's randomised order.

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

#[derive(Clone, Debug, Default)]
pub struct GoMap {
    /// Entries in insertion order; `None` where one was deleted.
    entries: Vec<Option<(Value, Value)>>,
    index: FnvMap<Key, usize>,
    live: usize,
    unique: u64,
    /// How many iterations have started: rotates the iteration start.
    ranges: u64,
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
        self.entries.push(Some((k, v)));
        self.index.insert(key, self.entries.len() - 1);
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

    /// The keys, starting at a rotating offset: a snapshot for `range`.
    pub fn range_keys(&mut self) -> Vec<Value> {
        self.ranges += 1;
        let keys: Vec<Value> = self
            .entries
            .iter()
            .flatten()
            .map(|(k, _)| k.clone())
            .collect();
        if keys.is_empty() {
            return keys;
        }
        let start = (self.ranges.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize % keys.len();
        keys[start..]
            .iter()
            .chain(&keys[..start])
            .cloned()
            .collect()
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
    fn iteration_order_varies_but_covers_every_key() {
        let mut m = GoMap::default();
        for i in 0..5 {
            m.insert(Value::Int(i), Value::Nil);
        }
        let a = m.range_keys();
        let b = m.range_keys();
        assert_eq!(a.len(), 5);
        assert_ne!(a, b, "two ranges should not always agree");
    }

    #[test]
    fn zero_and_negative_zero_are_one_key() {
        let mut m = GoMap::default();
        m.insert(Value::Float(0.0), Value::Int(1));
        m.insert(Value::Float(-0.0), Value::Int(2));
        assert_eq!(m.len(), 1);
    }
}
