//! Footprints: which shared things one scheduling step read or wrote.
//!
//! The explorer's partial-order reduction needs to know when two steps of
//! different goroutines commute. The machine can say so only by watching
//! what each step touches, because a step runs arbitrary code between two
//! scheduling points. Tracking is off unless the explorer turns it on, so
//! ordinary runs pay one predictable branch per heap access.

use std::cell::{Cell, RefCell};

/// "Every element" or "every field" in a [`Loc::Heap`].
pub const ANY: u32 = u32::MAX;

/// A shared location, as precise as commutation needs and no more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Loc {
    /// Element `idx` of heap object `obj`, field `field` of it (a struct
    /// field, or [`ANY`] for the whole element).
    Heap { obj: u32, idx: u32, field: u32 },
    /// A channel: its buffer, closed flag and wait queues.
    Chan(u32),
    /// A mutex, read-write mutex or condition variable, by the address of
    /// the Go struct field it lives in. Its state is the runtime's (locked,
    /// waiters), not the program's memory, so it never conflicts with a
    /// data access to that memory.
    Sync { obj: u32, idx: u32, field: u32 },
    /// A `sync.Mutex`, by address: taking it is a write, releasing it an
    /// [`Access::Release`], a failed `TryLock` a read (see `mutex.rs`).
    Mutex { obj: u32, idx: u32, field: u32 },
    /// Whether a `sync.WaitGroup` counter is zero. Only the transitions of
    /// that fact matter to `Wait`, so adds that keep it non-zero commute.
    WaitGroupZero { obj: u32, idx: u32, field: u32 },
    /// An add that kept a `sync.WaitGroup` counter non-zero: it conflicts
    /// with nothing, but happens before the `Wait` that the counter's
    /// reaching zero releases, which the explorer must know.
    WaitGroupCount { obj: u32, idx: u32, field: u32 },
    /// The timer queue (its order decides who wakes first).
    Timers,
    /// Standard output and standard error, one stream as the user sees it.
    Output,
    /// The number of live goroutines (`runtime.NumGoroutine`).
    Goroutines,
}

impl Loc {
    /// Whether this location is all of `inner` or more (a whole element
    /// or object, through [`ANY`], holds its fields).
    pub fn contains(self, inner: Loc) -> bool {
        let part = |have: u32, want: u32| have == ANY || have == want;
        match (self, inner) {
            (
                Loc::Heap { obj, idx, field },
                Loc::Heap {
                    obj: o2,
                    idx: i2,
                    field: f2,
                },
            ) => obj == o2 && part(idx, i2) && part(field, f2),
            (a, b) => a == b,
        }
    }

    /// A location of the program's memory (a variable, field, element or
    /// map), as opposed to the runtime's synchronisation state (channels,
    /// locks, wait groups, timers) and its output.
    pub fn is_data(self) -> bool {
        matches!(self, Loc::Heap { .. })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Access {
    Read,
    Write,
    /// An update that commutes with other updates of the same kind (a
    /// counter increment) but not with reads.
    Add,
    /// Releasing a mutex. It conflicts as a write does, but a release
    /// followed by another goroutine's acquisition can never be reversed
    /// (the mutex was held until the release), so the explorer takes the
    /// pair as an order to keep, not one to try the other way round.
    Release,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Touch {
    pub(crate) loc: Loc,
    pub(crate) access: Access,
}

impl Touch {
    pub fn loc(&self) -> Loc {
        self.loc
    }

    pub fn access(&self) -> Access {
        self.access
    }

    /// Whether the two accesses can give different results in the two
    /// orders.
    pub fn conflicts(&self, other: &Touch) -> bool {
        let both = |a, b| {
            (self.access == a && other.access == b) || (self.access == b && other.access == a)
        };
        if both(Access::Read, Access::Read) || both(Access::Add, Access::Add) {
            return false;
        }
        overlaps(self.loc, other.loc)
    }
}

fn overlaps(a: Loc, b: Loc) -> bool {
    let part = |x: u32, y: u32| x == y || x == ANY || y == ANY;
    match (a, b) {
        (
            Loc::Heap { obj, idx, field },
            Loc::Heap {
                obj: o2,
                idx: i2,
                field: f2,
            },
        ) => obj == o2 && part(idx, i2) && part(field, f2),
        _ => a == b,
    }
}

/// Everything one step touched, deduplicated. A step that touched many
/// elements of one object is summarised as touching the whole object, so
/// comparing two footprints stays cheap.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Footprint {
    pub(crate) touches: Vec<Touch>,
    /// One bit per object touched (hashed): footprints whose masks do not
    /// meet cannot conflict, which settles most comparisons at once.
    mask: u64,
    /// The objects and channels the step made, in order. They conflict
    /// with nothing (nobody else can know them yet); they name what a
    /// goroutine made independently of the interleaving, since objects are
    /// numbered in the order all goroutines together made them.
    pub(crate) made: Vec<Loc>,
}

/// The mask bit of a location's object (what `overlaps` compares first).
fn mask_bit(loc: Loc) -> u64 {
    let key: u32 = match loc {
        Loc::Heap { obj, .. } => obj,
        Loc::Chan(c) => c ^ 0x5bd1_e995,
        Loc::WaitGroupZero { obj, .. } | Loc::WaitGroupCount { obj, .. } => obj ^ 0x2545_f491,
        Loc::Sync { obj, .. } | Loc::Mutex { obj, .. } => obj ^ 0x1b87_3593,
        Loc::Timers => 0x9e37_79b9,
        Loc::Output => 0x7f4a_7c15,
        Loc::Goroutines => 0x85eb_ca6b,
    };
    1 << (key.wrapping_mul(0x9E37_79B1) >> 26)
}

/// Beyond this many touches a footprint coarsens heap touches to objects.
const COARSEN_AT: usize = 48;

impl Footprint {
    pub fn from_touches(mut touches: Vec<Touch>) -> Footprint {
        touches.sort_unstable();
        touches.dedup();
        if touches.len() > COARSEN_AT {
            for t in &mut touches {
                if let Loc::Heap { idx, field, .. } = &mut t.loc {
                    *idx = ANY;
                    *field = ANY;
                }
            }
            touches.sort_unstable();
            touches.dedup();
        }
        let mask = touches.iter().fold(0, |m, t| m | mask_bit(t.loc));
        Footprint {
            touches,
            mask,
            made: Vec::new(),
        }
    }

    /// A footprint from what [`Footprint::touches`] and
    /// [`Footprint::made`] gave (see `crate::wire`).
    pub(crate) fn from_parts(touches: Vec<Touch>, made: Vec<Loc>) -> Footprint {
        let mask = touches.iter().fold(0, |m, t| m | mask_bit(t.loc));
        Footprint {
            touches,
            mask,
            made,
        }
    }

    /// The objects and channels the step made, in order (as
    /// [`Loc::Heap`] with every element, and [`Loc::Chan`]).
    pub fn made(&self) -> &[Loc] {
        &self.made
    }

    pub fn touches(&self) -> &[Touch] {
        &self.touches
    }

    pub fn is_empty(&self) -> bool {
        self.touches.is_empty()
    }

    /// The objects touched, one hashed bit each: when two masks do not
    /// meet, the footprints cannot conflict.
    pub fn mask(&self) -> u64 {
        self.mask
    }

    pub fn writes(&self, loc: Loc) -> bool {
        self.touches
            .iter()
            .any(|t| t.loc == loc && t.access == Access::Write)
    }

    pub fn conflicts(&self, other: &Footprint) -> bool {
        self.mask & other.mask != 0
            && self
                .touches
                .iter()
                .any(|a| other.touches.iter().any(|b| a.conflicts(b)))
    }

    /// Both footprints at once (a step whose variants were all explored).
    pub fn union(&self, other: &Footprint) -> Footprint {
        let mut all = self.touches.clone();
        all.extend_from_slice(&other.touches);
        // Each object once: the same step's effect is united with itself
        // run after run, and a split search sends the result back and forth.
        let mut made = self.made.clone();
        for loc in &other.made {
            if !made.contains(loc) {
                made.push(*loc);
            }
        }
        Footprint {
            made,
            ..Footprint::from_touches(all)
        }
    }
}

/// The recorder the heap carries. A `RefCell` because reads go through
/// `&Heap`; the machine is single-threaded, so it is never contended.
#[derive(Clone, Debug, Default)]
pub struct TouchLog {
    pub(crate) on: bool,
    log: RefCell<Vec<Touch>>,
    made: RefCell<Vec<Loc>>,
    /// Changes so far, tracked or not (see [`TouchLog::epoch`]).
    epoch: Cell<u64>,
}

impl TouchLog {
    /// How many times something a goroutine can observe has changed: a
    /// write to memory, a channel, timers, output or the set of
    /// goroutines, and every answer the scheduler gives a goroutine. Taking and releasing a mutex does not count: who holds
    /// a mutex is part of each goroutine's own state (see `spin.rs`).
    /// Channels count when they change, not when they are touched: a
    /// `select` that polls a channel notes it as written without writing.
    pub fn epoch(&self) -> u64 {
        self.epoch.get()
    }

    #[inline]
    pub fn bump(&self) {
        self.epoch.set(self.epoch.get().wrapping_add(1));
    }

    #[inline]
    pub fn note(&self, loc: Loc, access: Access) {
        if access != Access::Read && !matches!(loc, Loc::Mutex { .. } | Loc::Chan(_)) {
            self.bump();
        }
        if self.on {
            self.log.borrow_mut().push(Touch { loc, access });
        }
    }

    /// Notes that the step made an object or channel.
    #[inline]
    pub fn made(&self, loc: Loc) {
        if self.on {
            self.made.borrow_mut().push(loc);
        }
    }

    pub fn take(&self) -> Footprint {
        Footprint {
            made: std::mem::take(&mut *self.made.borrow_mut()),
            ..Footprint::from_touches(std::mem::take(&mut *self.log.borrow_mut()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heap(obj: u32, idx: u32, field: u32, access: Access) -> Touch {
        Touch {
            loc: Loc::Heap { obj, idx, field },
            access,
        }
    }

    #[test]
    fn reads_commute_and_writes_do_not() {
        let r = heap(1, 0, 2, Access::Read);
        let w = heap(1, 0, 2, Access::Write);
        assert!(!r.conflicts(&r));
        assert!(r.conflicts(&w) && w.conflicts(&r) && w.conflicts(&w));
    }

    #[test]
    fn fields_and_elements_are_separate_unless_one_is_whole() {
        let f1 = heap(1, 0, 1, Access::Write);
        let f2 = heap(1, 0, 2, Access::Write);
        let whole = heap(1, 0, ANY, Access::Read);
        let other_elem = heap(1, 3, 1, Access::Write);
        assert!(!f1.conflicts(&f2));
        assert!(f1.conflicts(&whole) && f2.conflicts(&whole));
        assert!(!f1.conflicts(&other_elem));
    }

    #[test]
    fn counter_adds_commute_with_each_other_only() {
        let add = Touch {
            loc: Loc::Goroutines,
            access: Access::Add,
        };
        let read = Touch {
            loc: Loc::Goroutines,
            access: Access::Read,
        };
        assert!(!add.conflicts(&add));
        assert!(add.conflicts(&read));
    }

    #[test]
    fn big_footprints_coarsen_to_objects() {
        let touches = (0..100).map(|i| heap(7, i, ANY, Access::Read)).collect();
        let fp = Footprint::from_touches(touches);
        assert_eq!(fp.touches(), &[heap(7, ANY, ANY, Access::Read)]);
        let log = TouchLog::default();
        log.note(Loc::Output, Access::Write);
        assert!(log.take().is_empty(), "a log that is off records nothing");
    }

    #[test]
    fn a_footprint_united_with_itself_stays_the_same() {
        let made = vec![Loc::Chan(3), Loc::Chan(4)];
        let f = Footprint::from_parts(vec![heap(1, 0, 0, Access::Write)], made.clone());
        let mut u = f.clone();
        for _ in 0..40 {
            u = u.union(&u).union(&f);
        }
        assert_eq!(u, f);
        assert_eq!(u.made(), &made[..]);
    }
}
