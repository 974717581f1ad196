//! Where the rest of the machine tells the detector what happened: map
//! operations, atomic operations, timers and channels' timer values. Each
//! is a no-op when the detector is off.

use crate::machine::{Machine, Native};
use crate::value::ObjId;
use ::race::{Addr, MAP_HEADER, MapOp, SyncKey, atomic_frames, map_frames};

impl Machine {
    /// Goroutine `gi` runs map operation `op` on map `map`: the header
    /// access Go's map function makes, then (`elem`: the entry's slot and
    /// whether it is written) the program's own access to the value.
    pub(in crate::machine) fn race_map(
        &mut self,
        gi: usize,
        map: ObjId,
        op: MapOp,
        elem: Option<(usize, bool)>,
    ) {
        if self.race.is_none() || !self.in_program_code(gi) {
            return;
        }
        let Some(kind) = self.heap.map_ref(map).map(|m| m.kind) else {
            return;
        };
        let (mut frames, with_code) = map_frames(kind, op);
        let code = self.code_frames(gi);
        if with_code {
            frames.extend(code.iter().cloned());
        }
        let write = matches!(op, MapOp::Assign | MapOp::Delete | MapOp::Clear);
        self.race_access(
            gi,
            (map.0, MAP_HEADER, Vec::new()),
            write,
            false,
            frames.into(),
        );
        if let Some((slot, write)) = elem {
            // Entries beyond u32 cannot exist under the memory limit.
            self.race_access(
                gi,
                (map.0, slot as u32, Vec::new()),
                write,
                false,
                code.into(),
            );
        }
    }

    /// `len(m)`: the program reads the map's header itself.
    pub(in crate::machine) fn race_map_len(&mut self, gi: usize, map: ObjId) {
        if self.race.is_some() && self.in_program_code(gi) {
            let frames = self.code_frames(gi);
            self.race_access(
                gi,
                (map.0, MAP_HEADER, Vec::new()),
                false,
                false,
                frames.into(),
            );
        }
    }

    /// After atomic native `native` (Go's `name`) ran on `addr`: what it
    /// read and wrote is one atomic access, not plain ones (the log from
    /// `mark` on is dropped), and it synchronises like Go's atomics, which
    /// are sequentially consistent: loads acquire, stores release, the
    /// rest do both.
    pub(in crate::machine) fn race_atomic(
        &mut self,
        gi: usize,
        native: Native,
        name: &str,
        addr: Option<Addr>,
        mark: usize,
    ) {
        if self.race.is_none() {
            return;
        }
        self.heap.race_log.truncate(mark);
        let Some(a) = addr else { return };
        let key = SyncKey::Atomic(a.clone());
        let (load, store) = match native {
            Native::AtomicLoad | Native::ValueLoad => (true, false),
            Native::AtomicStore | Native::ValueStore => (false, true),
            _ => (false, false),
        };
        if load {
            self.race_acquire(gi, key);
        } else if store {
            self.race_release(gi, key, false);
        } else {
            self.race_acquire_release(gi, key);
        }
        // An `atomic.Value` keeps its content to itself: only the
        // integer operations touch memory a plain access can reach.
        if matches!(
            native,
            Native::AtomicAdd(_)
                | Native::AtomicLoad
                | Native::AtomicStore
                | Native::AtomicSwap
                | Native::AtomicCas
        ) {
            let mut frames = atomic_frames(name);
            if frames.is_empty() {
                frames = self.code_frames(gi);
            }
            self.race_access(gi, (a.0, a.1, a.2), !load, true, frames.into());
        }
    }

    /// A timer started or reset by goroutine `gi`: whoever its firing
    /// reaches (the receiver of its value, its `AfterFunc` goroutine)
    /// knows what `gi` did before.
    pub(in crate::machine) fn race_timer_set(&mut self, gi: usize, key: Addr) {
        self.race_release(gi, SyncKey::Timer(key), false);
    }

    /// Goroutine `gi` receives the value a timer left on channel `ci`.
    pub(in crate::machine) fn race_timer_recv(&mut self, gi: usize, ci: usize) {
        if self.race.is_none() {
            return;
        }
        let key = self
            .timers
            .chans
            .iter()
            .find(|(_, c)| c.0 as usize == ci)
            .map(|(k, _)| k.clone());
        if let Some(k) = key {
            self.race_acquire(gi, SyncKey::Timer(k));
        }
    }
}

impl Machine {
    /// The release a `sync` operation makes before it runs: `RWMutex`
    /// unlocks and `WaitGroup.Done` (an `Add` of a negative `delta`).
    pub(in crate::machine) fn race_before_sync(
        &mut self,
        gi: usize,
        native: Native,
        a: &Addr,
        delta: i64,
    ) {
        match native {
            Native::RwUnlock => self.race_release(gi, SyncKey::ReaderSem(a.clone()), false),
            Native::RwRUnlock => self.race_release(gi, SyncKey::WriterSem(a.clone()), true),
            Native::WgAdd if delta < 0 => {
                self.race_release(gi, SyncKey::WaitGroup(a.clone()), true)
            }
            _ => {}
        }
    }

    /// The acquisition of a `sync` operation that completed at once (or,
    /// called by whoever wakes it, of one that waited): `Lock` and `RLock`
    /// of an `RWMutex`, `WaitGroup.Wait`.
    pub(in crate::machine) fn race_sync_done(&mut self, gi: usize, native: Native, a: &Addr) {
        match native {
            Native::RwLock => {
                self.race_acquire(gi, SyncKey::ReaderSem(a.clone()));
                self.race_acquire(gi, SyncKey::WriterSem(a.clone()));
            }
            Native::RwRLock => self.race_acquire(gi, SyncKey::ReaderSem(a.clone())),
            Native::WgWait => self.race_acquire(gi, SyncKey::WaitGroup(a.clone())),
            _ => {}
        }
    }

    /// [`Machine::race_sync_done`] for a goroutine woken by id.
    pub(in crate::machine) fn race_woken(
        &mut self,
        id: crate::GoroutineId,
        native: Native,
        a: &Addr,
    ) {
        if self.race.is_some() {
            if let Some(gi) = self.index_of(id) {
                self.race_sync_done(gi, native, a);
            }
        }
    }
}

impl Machine {
    /// [`Machine::race_map`] for the entry of `key` (if the map has it).
    pub(in crate::machine) fn race_map_entry(
        &mut self,
        gi: usize,
        map: ObjId,
        op: MapOp,
        key: &crate::value::Value,
        write: bool,
    ) {
        let slot = self.heap.map_ref(map).and_then(|m| m.slot(key));
        self.race_map(gi, map, op, slot.map(|s| (s, write)));
    }
}
