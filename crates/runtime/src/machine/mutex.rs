//! `sync.Mutex` as a model checker sees it: `Lock` can happen only while
//! the mutex is free. A goroutine about to lock a held mutex waits standing
//! on its call, taking no step and changing nothing; releasing the mutex
//! lets every such goroutine try again, and whichever the scheduler picks
//! takes it (Go's normal mode lets any of them win, a newcomer included).
//! So the only events are acquisitions and releases, and the explorer's
//! reduction never orders waiting, which nobody can observe.

use super::footprint::{Access, Loc};
use super::race::SyncKey;
use super::syncobj::{Addr, addr_of};
use super::{Machine, Native, Status, WaitReason};
use crate::bytecode::Op;
use crate::value::Value;

impl Machine {
    fn mutex_held(&self, a: &Addr) -> bool {
        self.sync.mutexes.get(a).is_some_and(|m| m.locked)
    }

    /// The mutex goroutine `gi` stands before locking, if its next
    /// instruction is a call of `Mutex.Lock`, direct or through a
    /// `sync.Locker` (the receiver on top of its stack).
    pub(super) fn lock_target(&self, gi: usize) -> Option<Addr> {
        let g = &self.goroutines[gi];
        let f = g.frames.last()?;
        let top = g.stack.last()?;
        let (native, recv) = match self.prog.funcs[f.func.0 as usize].code.get(f.pc as usize)? {
            Op::CallNative(id, 1) => (Some(*id), top),
            Op::Call(func, 1) => (self.prog.funcs[func.0 as usize].native, top),
            Op::CallIface(sym, 0) => match top {
                Value::Iface(i) => {
                    let (func, _) = self.prog.methods.get(&(i.ty, *sym))?;
                    (self.prog.funcs[func.0 as usize].native, &i.val)
                }
                _ => return None,
            },
            _ => return None,
        };
        if self.natives.get(native?.0 as usize) != Some(&Native::MutexLock) {
            return None;
        }
        addr_of(recv)
    }

    /// For a goroutine waiting to lock a mutex, its acquisition, the step
    /// it has not taken: a run that ends with it still waiting (a
    /// deadlock) was decided by whoever took the mutex first, an order the
    /// explorer must be able to reverse.
    pub fn pending_lock(&self, id: crate::GoroutineId) -> Option<super::Footprint> {
        let gi = self.index_of(id)?;
        if self.goroutines[gi].status != Status::Blocked(WaitReason::MutexLock) {
            return None;
        }
        let a = self.lock_target(gi)?;
        Some(super::Footprint::from_touches(vec![super::Touch {
            loc: mutex_loc(&a),
            access: Access::Write,
        }]))
    }

    /// Before a call instruction of goroutine `gi` runs (its pc already
    /// past it): if it would lock a held mutex, the goroutine waits
    /// standing on the call instead (true).
    pub(super) fn wait_at_lock_call(&mut self, gi: usize) -> bool {
        let Some(f) = self.goroutines[gi].frames.last_mut() else {
            return false;
        };
        f.pc -= 1;
        match self.lock_target(gi).filter(|a| self.mutex_held(a)) {
            Some(a) => {
                self.park_at_lock(gi, a);
                true
            }
            None => {
                if let Some(f) = self.goroutines[gi].frames.last_mut() {
                    f.pc += 1;
                }
                false
            }
        }
    }

    /// Makes goroutine `gi` wait for mutex `a`, standing on its `Lock`
    /// call.
    fn park_at_lock(&mut self, gi: usize, a: Addr) {
        let id = self.goroutines[gi].id;
        let m = self.sync.mutexes.or_default(a);
        if !m.waiters.contains(&id) {
            m.waiters.push_back(id);
        }
        self.set_status(gi, Status::Blocked(WaitReason::MutexLock));
        self.emit(
            id,
            super::EventKind::Block {
                reason: WaitReason::MutexLock,
            },
        );
    }

    /// At the end of a step of goroutine `gi`: if it now stands before
    /// locking a held mutex, it waits there (a wait nobody observes, so it
    /// is no event of its own).
    pub(super) fn wait_if_lock_taken(&mut self, gi: usize) {
        if let Some(a) = self.lock_target(gi).filter(|a| self.mutex_held(a)) {
            self.park_at_lock(gi, a);
        }
    }

    /// `mu.Lock()` by goroutine `gi`: the mutex is free, since a call that
    /// would find it held waits before it runs ([`Machine::wait_at_lock_call`]).
    pub(super) fn mutex_lock(&mut self, gi: usize, a: Addr) {
        if self.mutex_held(&a) {
            never!(self, "Lock ran on a held mutex");
            return;
        }
        self.take_mutex(gi, a);
    }

    fn take_mutex(&mut self, gi: usize, a: Addr) {
        self.touch(mutex_loc(&a), Access::Write);
        self.race_acquire(gi, SyncKey::Mutex(a.clone()));
        let me = self.goroutines[gi].id;
        let m = self.sync.mutexes.or_default(a.clone());
        m.locked = true;
        m.holder = Some(me);
        m.waiters.retain(|w| *w != me);
        // Whoever else stands before locking it now waits.
        let standing: Vec<usize> = self
            .runnable
            .iter()
            .filter_map(|g| self.index_of(*g))
            .filter(|g| *g != gi && self.lock_target(*g).as_ref() == Some(&a))
            .collect();
        for g in standing {
            self.park_at_lock(g, a.clone());
        }
    }

    /// `mu.TryLock()`: takes the mutex if it is free.
    pub(super) fn mutex_try_lock(&mut self, gi: usize, a: Addr) -> bool {
        if self.mutex_held(&a) {
            self.touch(mutex_loc(&a), Access::Read);
            return false;
        }
        self.take_mutex(gi, a);
        true
    }

    /// `mu.Unlock()`: frees the mutex and lets every goroutine waiting to
    /// lock it try again.
    pub(super) fn mutex_unlock(&mut self, gi: usize, a: Addr) {
        self.touch(mutex_loc(&a), Access::Release);
        let m = self.sync.mutexes.or_default(a.clone());
        if !m.locked {
            self.fatal(gi, "sync: unlock of unlocked mutex");
            return;
        }
        self.race_release(gi, SyncKey::Mutex(a.clone()), false);
        let Some(m) = self.sync.mutexes.get_mut(&a) else {
            return;
        };
        m.locked = false;
        m.holder = None;
        let waiters: Vec<_> = m.waiters.drain(..).collect();
        for w in waiters {
            self.make_runnable(w);
        }
    }
}

/// The footprint location of mutex `a`.
fn mutex_loc(a: &Addr) -> Loc {
    Loc::Mutex {
        obj: a.0,
        idx: a.1,
        field: a.2.first().copied().unwrap_or(super::footprint::ANY),
    }
}
