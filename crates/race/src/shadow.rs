//! Shadow memory, after FastTrack: for every location the program
//! touched, the last write and the reads since it, each with the epoch of
//! its goroutine. An access races with an earlier one of another goroutine
//! when they conflict (one writes, and not both are atomic) and the
//! earlier one's epoch does not happen before the accessor's clock — how
//! long ago it ran does not matter.
//!
//! A location is an object, an element of it ([`WHOLE`] for every one) and
//! a path of struct fields and array elements inside that element, so a
//! write of a whole struct conflicts with a read of one of its fields.
//! Each object keeps its own table, so a check looks only at the
//! locations of the object it touches.

use super::clock::Clock;
use program::chunked::Chunked;
use std::rc::Rc;
use types::fnv::FnvMap;

/// Every element of an object (an allocation, or a range too big to list).
pub const WHOLE: u32 = u32::MAX;

/// A location: object, element, path inside the element.
pub type Place = (u32, u32, Vec<u32>);

/// One access, as the report needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Access {
    /// The goroutine's index (creation order).
    pub goroutine: usize,
    /// Its epoch at the access.
    pub clock: u32,
    pub write: bool,
    pub atomic: bool,
    /// Where it happened, with the address the report shows.
    pub site: crate::Site,
}

#[derive(Clone, Debug, Default)]
struct Cell {
    write: Option<Access>,
    reads: Vec<Access>,
}

impl Cell {
    /// The access of this cell that `access`, by a goroutine whose clock is
    /// `clock`, races with.
    fn races(&self, access: &Access, clock: &Clock) -> Option<Access> {
        let concurrent = |prev: &&Access| {
            prev.goroutine != access.goroutine
                && !(prev.atomic && access.atomic)
                && !clock.knows(prev.goroutine, prev.clock)
        };
        if let Some(w) = self.write.as_ref().filter(concurrent) {
            return Some(w.clone());
        }
        if access.write {
            return self.reads.iter().find(concurrent).cloned();
        }
        None
    }

    fn record(&mut self, access: Access, clock: &Clock) {
        if access.write {
            self.write = Some(access);
            self.reads.clear();
        } else {
            let me = access.goroutine;
            self.reads
                .retain(|r| r.goroutine != me && !clock.knows(r.goroutine, r.clock));
            self.reads.push(access);
        }
    }
}

/// The locations of one object: the whole of it, and the (element, path)
/// locations inside it that were accessed, sorted by element. A plain
/// sorted list, not a map: most objects are variables with one element,
/// and a whole-object access walks them all.
#[derive(Clone, Debug, Default)]
struct Object {
    whole: Cell,
    elems: Vec<(u32, Vec<u32>, Cell)>,
}

impl Object {
    fn access(&mut self, idx: u32, path: &[u32], access: Access, clock: &Clock) -> Option<Access> {
        let mut race = self.whole.races(&access, clock);
        if idx == WHOLE {
            for (_, _, cell) in &self.elems {
                race = race.or_else(|| cell.races(&access, clock));
            }
            self.whole.record(access, clock);
            return race;
        }
        let from = self.elems.partition_point(|e| e.0 < idx);
        let mut at = None;
        for (i, (_, p, cell)) in self.elems[from..]
            .iter()
            .enumerate()
            .take_while(|(_, e)| e.0 == idx)
        {
            if p.starts_with(path) || path.starts_with(p) {
                race = race.or_else(|| cell.races(&access, clock));
            }
            if p == path {
                at = Some(from + i);
            }
        }
        match at {
            Some(i) => self.elems[i].2.record(access, clock),
            None => {
                let mut cell = Cell::default();
                cell.record(access, clock);
                let end = from + self.elems[from..].partition_point(|e| e.0 == idx);
                self.elems.insert(end, (idx, path.to_vec(), cell));
            }
        }
        race
    }
}

/// Objects numbered below this are kept in a vector (the heap numbers
/// its objects densely from 0); the rest, such as channels, in a map.
const DENSE: u32 = 1 << 24;

/// The shadow of every location accessed so far. Objects are shared
/// between clones until one of them writes, as the heap's are: the
/// explorer keeps many copies of one state.
#[derive(Clone, Debug, Default)]
pub struct Shadow {
    dense: Chunked<Option<Rc<Object>>>,
    sparse: FnvMap<u32, Rc<Object>>,
}

impl Shadow {
    /// Records `access` at `place` by a goroutine whose clock is `clock`,
    /// returning the earlier access it races with, if any: one of the
    /// whole object first (its allocation), then of an enclosing value,
    /// the place itself or a part of it.
    pub fn access(&mut self, place: &Place, access: Access, clock: &Clock) -> Option<Access> {
        let (obj, idx, path) = place;
        let slot = if *obj < DENSE {
            let i = *obj as usize;
            while self.dense.len() <= i {
                self.dense.push(None);
            }
            match self.dense.get_mut(i) {
                Some(slot) => slot.get_or_insert_with(Rc::default),
                None => return None,
            }
        } else {
            self.sparse.entry(*obj).or_default()
        };
        Rc::make_mut(slot).access(*idx, path, access, clock)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Site;

    fn access(goroutine: usize, clock: u32, write: bool) -> Access {
        Access {
            goroutine,
            clock,
            write,
            atomic: false,
            site: Site::default(),
        }
    }

    fn clock(entries: &[(usize, u32)]) -> Clock {
        let mut c = Clock::default();
        for (g, v) in entries {
            c.set(*g, *v);
        }
        c
    }

    #[test]
    fn an_unordered_write_after_a_read_races_an_ordered_one_does_not() {
        let mut s = Shadow::default();
        let x = (1, 0, vec![]);
        assert!(
            s.access(&x, access(1, 1, false), &clock(&[(1, 1)]))
                .is_none()
        );
        // Goroutine 2 knows goroutine 1 only up to epoch 0: the read is
        // concurrent with its write.
        let race = s.access(&x, access(2, 1, true), &clock(&[(2, 1)]));
        assert_eq!(race.map(|r| (r.goroutine, r.write)), Some((1, false)));
        // Goroutine 1, having synchronised with 2's epoch, writes in order.
        assert!(
            s.access(&x, access(1, 2, true), &clock(&[(1, 2), (2, 1)]))
                .is_none()
        );
    }

    #[test]
    fn a_whole_struct_write_conflicts_with_a_field_read() {
        let mut s = Shadow::default();
        s.access(&(3, 0, vec![1]), access(1, 1, false), &clock(&[(1, 1)]));
        let race = s.access(&(3, 0, vec![]), access(2, 1, true), &clock(&[(2, 1)]));
        assert!(race.is_some());
        let mut s = Shadow::default();
        s.access(&(3, 0, vec![0]), access(1, 1, false), &clock(&[(1, 1)]));
        assert!(
            s.access(&(3, 0, vec![1]), access(2, 1, true), &clock(&[(2, 1)]))
                .is_none()
        );
        assert!(
            s.access(&(3, WHOLE, vec![]), access(2, 1, true), &clock(&[(2, 1)]))
                .is_some()
        );
    }

    #[test]
    fn an_allocation_races_with_an_unordered_access_of_any_part() {
        let mut s = Shadow::default();
        s.access(&(4, WHOLE, vec![]), access(1, 1, true), &clock(&[(1, 1)]));
        let race = s.access(&(4, 7, vec![2]), access(2, 1, false), &clock(&[(2, 1)]));
        assert_eq!(race.map(|r| r.goroutine), Some(1));
        // Ordered after the allocation (it knows goroutine 1's epoch 1).
        assert!(
            s.access(
                &(4, 3, vec![]),
                access(3, 1, false),
                &clock(&[(1, 1), (3, 1)])
            )
            .is_none()
        );
    }

    #[test]
    fn atomics_do_not_race_each_other_but_race_plain_accesses() {
        let mut s = Shadow::default();
        let x = (1, 0, vec![]);
        let atomic = |g, write| Access {
            atomic: true,
            ..access(g, 1, write)
        };
        s.access(&x, atomic(1, true), &clock(&[(1, 1)]));
        assert!(s.access(&x, atomic(2, true), &clock(&[(2, 1)])).is_none());
        assert!(
            s.access(&x, access(3, 1, false), &clock(&[(3, 1)]))
                .is_some()
        );
    }
}
