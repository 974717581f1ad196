//! `sync` primitives: mutexes, RW mutexes, wait groups and the notify
//! lists behind `sync.Cond`. Each is keyed by the address of the Go struct
//! the program declared, so a zero `sync.Mutex` works without setup.

use super::footprint::{Access, Loc};
use super::sorted_map::SortedMap;
use super::{Machine, Native, Status, WaitReason};
use crate::GoroutineId;
use crate::value::{Ptr, Value};
use std::collections::VecDeque;

/// An address as a map key.
pub type Addr = (u32, u32, Vec<u32>);

pub fn addr_of(v: &Value) -> Option<Addr> {
    match v {
        Value::Ptr(Ptr { obj, idx, sub }) => {
            Some((obj.0, *idx, sub.as_deref().cloned().unwrap_or_default()))
        }
        _ => None,
    }
}

#[derive(Clone, Debug, Default)]
pub struct Mutex {
    pub(crate) locked: bool,
    pub(crate) holder: Option<GoroutineId>,
    pub(crate) waiters: VecDeque<GoroutineId>,
}

#[derive(Clone, Debug, Default)]
pub struct RwMutex {
    /// A writer holds the lock.
    pub(crate) writer: bool,
    /// The writer slot is taken (a writer holds it or waits for readers).
    pub(crate) slot_taken: bool,
    pub(crate) readers: u32,
    /// The writer waiting for readers to leave.
    pub(crate) pending_writer: Option<GoroutineId>,
    pub(crate) slot_waiters: VecDeque<GoroutineId>,
    pub(crate) reader_waiters: VecDeque<GoroutineId>,
}

#[derive(Clone, Debug, Default)]
pub struct WaitGroup {
    pub(crate) count: i64,
    pub(crate) waiters: Vec<GoroutineId>,
}

#[derive(Clone, Debug, Default)]
pub struct NotifyList {
    pub(crate) wait: u32,
    pub(crate) notify: u32,
    pub(crate) waiters: Vec<(u32, GoroutineId)>,
}

#[derive(Clone, Debug, Default)]
pub struct SyncObjects {
    pub(crate) mutexes: SortedMap<Addr, Mutex>,
    pub(crate) rwmutexes: SortedMap<Addr, RwMutex>,
    pub(crate) waitgroups: SortedMap<Addr, WaitGroup>,
    pub(crate) notify: SortedMap<Addr, NotifyList>,
}

/// What a sync operation asks of the caller.
pub enum SyncResult {
    Done,
    Block(WaitReason),
    Fatal(&'static str),
    Panic(&'static str),
}

/// The footprint location of a sync object: the struct field it lives in.
fn sync_loc(a: &Addr) -> Loc {
    Loc::Sync {
        obj: a.0,
        idx: a.1,
        field: a.2.first().copied().unwrap_or(super::footprint::ANY),
    }
}

fn wg_locs(a: &Addr) -> (Loc, Loc) {
    let (obj, idx) = (a.0, a.1);
    let field = a.2.first().copied().unwrap_or(super::footprint::ANY);
    (
        Loc::WaitGroupZero { obj, idx, field },
        Loc::WaitGroupCount { obj, idx, field },
    )
}

impl Machine {
    pub(super) fn make_runnable(&mut self, id: GoroutineId) {
        if let Some(gi) = self.index_of(id) {
            self.set_status(gi, Status::Runnable);
            self.emit(id, super::EventKind::Unblock);
        }
    }

    pub(super) fn rw_lock(&mut self, a: Addr, me: GoroutineId) -> SyncResult {
        self.touch(sync_loc(&a), Access::Write);
        let rw = self.sync.rwmutexes.or_default(a);
        if rw.slot_taken {
            rw.slot_waiters.push_back(me);
            return SyncResult::Block(WaitReason::MutexLock);
        }
        rw.slot_taken = true;
        if rw.readers > 0 {
            rw.pending_writer = Some(me);
            return SyncResult::Block(WaitReason::RWMutexLock);
        }
        rw.writer = true;
        SyncResult::Done
    }

    pub(super) fn rw_unlock(&mut self, a: Addr) -> SyncResult {
        self.touch(sync_loc(&a), Access::Write);
        let rw = self.sync.rwmutexes.or_default(a.clone());
        if !rw.writer {
            return SyncResult::Fatal("sync: Unlock of unlocked RWMutex");
        }
        rw.writer = false;
        rw.slot_taken = false;
        let readers: Vec<GoroutineId> = rw.reader_waiters.drain(..).collect();
        rw.readers += readers.len() as u32;
        let next_writer = rw.slot_waiters.pop_front();
        if let Some(w) = next_writer {
            rw.slot_taken = true;
            if rw.readers > 0 {
                rw.pending_writer = Some(w);
            } else {
                rw.writer = true;
                self.race_woken(w, Native::RwLock, &a);
                self.make_runnable(w);
            }
        }
        for r in readers {
            self.race_woken(r, Native::RwRLock, &a);
            self.make_runnable(r);
        }
        // A writer that took the slot while readers remain now waits for them.
        if let Some(w) = next_writer {
            let waits_for_readers = self
                .sync
                .rwmutexes
                .get(&a)
                .is_some_and(|rw| rw.pending_writer == Some(w));
            if let (true, Some(gi)) = (waits_for_readers, self.index_of(w)) {
                self.set_status(gi, Status::Blocked(WaitReason::RWMutexLock));
            }
        }
        SyncResult::Done
    }

    pub(super) fn rw_rlock(&mut self, a: Addr, me: GoroutineId) -> SyncResult {
        self.touch(sync_loc(&a), Access::Write);
        let rw = self.sync.rwmutexes.or_default(a);
        if rw.writer || rw.slot_taken {
            rw.reader_waiters.push_back(me);
            return SyncResult::Block(WaitReason::RWMutexRLock);
        }
        rw.readers += 1;
        SyncResult::Done
    }

    pub(super) fn rw_runlock(&mut self, a: Addr) -> SyncResult {
        self.touch(sync_loc(&a), Access::Write);
        let rw = self.sync.rwmutexes.or_default(a.clone());
        if rw.readers == 0 {
            return SyncResult::Fatal("sync: RUnlock of unlocked RWMutex");
        }
        rw.readers -= 1;
        if rw.readers == 0 {
            if let Some(w) = rw.pending_writer.take() {
                rw.writer = true;
                self.race_woken(w, Native::RwLock, &a);
                self.make_runnable(w);
            }
        }
        SyncResult::Done
    }

    pub(super) fn rw_try_lock(&mut self, a: Addr) -> bool {
        self.touch(sync_loc(&a), Access::Write);
        let rw = self.sync.rwmutexes.or_default(a);
        if rw.slot_taken || rw.readers > 0 {
            return false;
        }
        rw.slot_taken = true;
        rw.writer = true;
        true
    }

    pub(super) fn rw_try_rlock(&mut self, a: Addr) -> bool {
        self.touch(sync_loc(&a), Access::Write);
        let rw = self.sync.rwmutexes.or_default(a);
        if rw.writer || rw.slot_taken {
            return false;
        }
        rw.readers += 1;
        true
    }

    pub(super) fn wg_add(&mut self, a: Addr, delta: i64) -> SyncResult {
        let (zero, count) = wg_locs(&a);
        let wg = self.sync.waitgroups.or_default(a.clone());
        let was_zero = wg.count == 0;
        wg.count += delta;
        // Adds that leave the counter non-zero commute with each other and
        // with a parked Wait; only reaching zero (or below) is observable.
        if was_zero || wg.count <= 0 {
            self.heap.touches.note(zero, Access::Write);
        } else {
            self.heap.touches.note(count, Access::Add);
        }
        if wg.count < 0 {
            return SyncResult::Panic("sync: negative WaitGroup counter");
        }
        if wg.count == 0 {
            let waiters = std::mem::take(&mut wg.waiters);
            for w in waiters {
                self.race_woken(w, Native::WgWait, &a);
                self.make_runnable(w);
            }
        }
        SyncResult::Done
    }

    pub(super) fn wg_wait(&mut self, a: Addr, me: GoroutineId) -> SyncResult {
        let (zero, _) = wg_locs(&a);
        let wg = self.sync.waitgroups.or_default(a);
        if wg.count == 0 {
            self.touch(zero, Access::Read);
            return SyncResult::Done;
        }
        // A parked Wait is woken by whichever add reaches zero, in any order:
        // parking touches nothing another goroutine could observe.
        wg.waiters.push(me);
        SyncResult::Block(WaitReason::WaitGroupWait)
    }

    pub(super) fn notify_add(&mut self, a: Addr) -> u32 {
        self.touch(sync_loc(&a), Access::Write);
        let l = self.sync.notify.or_default(a);
        let t = l.wait;
        l.wait += 1;
        t
    }

    pub(super) fn notify_wait(&mut self, a: Addr, ticket: u32, me: GoroutineId) -> SyncResult {
        self.touch(sync_loc(&a), Access::Write);
        let l = self.sync.notify.or_default(a);
        if ticket < l.notify {
            return SyncResult::Done;
        }
        l.waiters.push((ticket, me));
        SyncResult::Block(WaitReason::CondWait)
    }

    pub(super) fn notify_one(&mut self, a: Addr) {
        self.touch(sync_loc(&a), Access::Write);
        let l = self.sync.notify.or_default(a);
        if l.notify == l.wait {
            return;
        }
        let t = l.notify;
        l.notify += 1;
        if let Some(pos) = l.waiters.iter().position(|(tk, _)| *tk == t) {
            let (_, g) = l.waiters.remove(pos);
            self.make_runnable(g);
        }
    }

    pub(super) fn notify_all(&mut self, a: Addr) {
        self.touch(sync_loc(&a), Access::Write);
        let l = self.sync.notify.or_default(a);
        l.notify = l.wait;
        let waiters = std::mem::take(&mut l.waiters);
        for (_, g) in waiters {
            self.make_runnable(g);
        }
    }
}
