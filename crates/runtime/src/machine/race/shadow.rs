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

use super::clock::Clock;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Every element of an object (a map, or a range too big to list).
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
    pub site: Rc<super::report::Site>,
}

#[derive(Clone, Debug, Default)]
struct Cell {
    write: Option<Access>,
    reads: Vec<Access>,
}

/// The shadow of every location accessed so far.
#[derive(Clone, Debug, Default)]
pub struct Shadow {
    cells: BTreeMap<Place, Cell>,
}

impl Shadow {
    /// Records `access` at `place` by a goroutine whose clock is `clock`,
    /// returning the earlier access it races with, if any.
    pub fn access(&mut self, place: Place, access: Access, clock: &Clock) -> Option<Access> {
        let race = self.conflict(&place, &access, clock);
        let cell = self.cells.entry(place).or_default();
        if access.write {
            cell.write = Some(access);
            cell.reads.clear();
        } else {
            let me = access.goroutine;
            cell.reads
                .retain(|r| r.goroutine != me && !clock.knows(r.goroutine, r.clock));
            cell.reads.push(access);
        }
        race
    }

    /// The first earlier access, at `place` or at a location overlapping
    /// it, that `access` races with.
    fn conflict(&self, place: &Place, access: &Access, clock: &Clock) -> Option<Access> {
        let (obj, idx, path) = place;
        let races = |cell: &Cell| -> Option<Access> {
            let concurrent = |prev: &&Access| {
                prev.goroutine != access.goroutine
                    && !(prev.atomic && access.atomic)
                    && !clock.knows(prev.goroutine, prev.clock)
            };
            if let Some(w) = cell.write.as_ref().filter(concurrent) {
                return Some(w.clone());
            }
            if access.write {
                return cell.reads.iter().find(concurrent).cloned();
            }
            None
        };
        // The whole object, and every prefix of the path (enclosing
        // structs and arrays, accessed whole).
        if *idx != WHOLE {
            if let Some(r) = self.cells.get(&(*obj, WHOLE, Vec::new())).and_then(races) {
                return Some(r);
            }
        }
        for n in 0..path.len() {
            let key = (*obj, *idx, path[..n].to_vec());
            if let Some(r) = self.cells.get(&key).and_then(races) {
                return Some(r);
            }
        }
        // The place itself and everything inside it: every element of the
        // object for a whole access.
        let start = (
            *obj,
            if *idx == WHOLE { 0 } else { *idx },
            if *idx == WHOLE {
                Vec::new()
            } else {
                path.clone()
            },
        );
        self.cells
            .range(start..)
            .take_while(|((o, i, p), _)| {
                *o == *obj && (*idx == WHOLE || (*i == *idx && p.starts_with(path)))
            })
            .find_map(|(_, cell)| races(cell))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::machine::race::report::Site;

    fn access(goroutine: usize, clock: u32, write: bool) -> Access {
        Access {
            goroutine,
            clock,
            write,
            atomic: false,
            site: Rc::new(Site::default()),
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
            s.access(x.clone(), access(1, 1, false), &clock(&[(1, 1)]))
                .is_none()
        );
        // Goroutine 2 knows goroutine 1 only up to epoch 0: the read is
        // concurrent with its write.
        let race = s.access(x.clone(), access(2, 1, true), &clock(&[(2, 1)]));
        assert_eq!(race.map(|r| (r.goroutine, r.write)), Some((1, false)));
        // Goroutine 1, having synchronised with 2's epoch, writes in order.
        assert!(
            s.access(x, access(1, 2, true), &clock(&[(1, 2), (2, 1)]))
                .is_none()
        );
    }

    #[test]
    fn a_whole_struct_write_conflicts_with_a_field_read() {
        let mut s = Shadow::default();
        s.access((3, 0, vec![1]), access(1, 1, false), &clock(&[(1, 1)]));
        let race = s.access((3, 0, vec![]), access(2, 1, true), &clock(&[(2, 1)]));
        assert!(race.is_some());
        let mut s = Shadow::default();
        s.access((3, 0, vec![0]), access(1, 1, false), &clock(&[(1, 1)]));
        assert!(
            s.access((3, 0, vec![1]), access(2, 1, true), &clock(&[(2, 1)]))
                .is_none()
        );
        assert!(
            s.access((3, WHOLE, vec![]), access(2, 1, true), &clock(&[(2, 1)]))
                .is_some()
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
        s.access(x.clone(), atomic(1, true), &clock(&[(1, 1)]));
        assert!(
            s.access(x.clone(), atomic(2, true), &clock(&[(2, 1)]))
                .is_none()
        );
        assert!(
            s.access(x, access(3, 1, false), &clock(&[(3, 1)]))
                .is_some()
        );
    }
}
