//! The engine's hasher for its own tables (Go maps' index, the method
//! table): fixed, so nothing depends on OS randomness, and cheaper than
//! SipHash for the small keys they hold.

use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` hashed with [`Fnv`].
pub type FnvMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

/// FNV-1a: a fixed hasher, so nothing depends on OS randomness.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
