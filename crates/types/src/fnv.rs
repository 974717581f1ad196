//! The engine's hash tables: a fixed hasher (FNV-1a), so nothing depends
//! on OS randomness and a run is a pure function of its choices, and
//! cheaper than SipHash for the small keys they hold. The engine crates
//! forbid `std`'s `HashMap` and `HashSet` (their `clippy.toml`), whose
//! default hasher is seeded by the OS.

use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` hashed with [`Fnv`].
#[allow(clippy::disallowed_types)] // The one place the std table is named.
pub type FnvMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A `HashSet` hashed with [`Fnv`].
#[allow(clippy::disallowed_types)] // The one place the std table is named.
pub type FnvSet<T> = std::collections::HashSet<T, BuildHasherDefault<Fnv>>;

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
