//! Shared memory: which accesses another goroutine could interleave with,
//! and so are scheduling points of their own.
//!
//! Every heap object starts private to the goroutine that allocated it. It
//! becomes shared when a reference to it is published: passed to a `go`
//! statement (its arguments and the function's captured cells), sent on a
//! channel, or stored into memory that is already shared (package
//! variables are shared from the start). Another goroutine can only reach
//! an object through one of those, so an access to a private object can
//! never race, and only accesses to shared objects, while another
//! goroutine exists, are memory events: the scheduler may switch before
//! each, so `counter++` is a read and a write another goroutine can come
//! between.
//!
//! A map write is two events, as Go's runtime makes it: it marks the map
//! as being written, then writes and unmarks it. Another goroutine's
//! access in between is Go's fatal "concurrent map ..." error.

use super::{Goroutine, Machine};
use crate::bytecode::{Container, Op};
use crate::value::{ObjId, Value};

impl Machine {
    /// Adds a goroutine that is about to start: what it was given (its
    /// arguments, its function's captured cells) is published to it.
    pub(super) fn add_goroutine(&mut self, g: Goroutine) {
        for v in &g.stack {
            self.heap.share(v);
        }
        if let Some(c) = g.frames.first().and_then(|f| f.closure.as_ref()) {
            for v in c.captures.iter() {
                self.heap.share(v);
            }
        }
        self.runnable.push(g.id);
        self.goroutines.push(g);
        self.live += 1;
    }

    /// Whether `op`, about to run on goroutine `gi`, accesses memory
    /// another goroutine could access meanwhile: a scheduling point.
    ///
    /// Only the program's own code has them. The prelude's accesses are
    /// ordered by its locks, channels and atomics (Go's `context`, `sync`
    /// and `time` are race-free), and a race-free access adds no behaviour
    /// as a scheduling point (a data-race-free program behaves as if only
    /// its synchronisation interleaved); whatever races through library
    /// code, the race detector still sees, since it judges every access by
    /// happens-before, not by when it ran.
    pub(super) fn is_memory_event(&self, gi: usize, op: &Op) -> bool {
        self.live > 1
            && self.in_program_code(gi)
            && self
                .memory_targets(gi, op)
                .iter()
                .flatten()
                .any(|obj| self.heap.is_shared(*obj))
    }

    /// Whether goroutine `gi` runs the program's own code (not the
    /// prelude's).
    pub(super) fn in_program_code(&self, gi: usize) -> bool {
        self.goroutines[gi]
            .frames
            .last()
            .is_some_and(|f| !self.prog.funcs[f.func.0 as usize].prelude)
    }

    /// The heap objects `op` would read or write (a copy reads one and
    /// writes another), read off the operands on goroutine `gi`'s stack
    /// and in its frame without taking them.
    fn memory_targets(&self, gi: usize, op: &Op) -> [Option<ObjId>; 2] {
        let g = &self.goroutines[gi];
        let st = &g.stack;
        let below = |n: usize| st.len().checked_sub(n + 1).and_then(|i| st.get(i));
        let obj_of = |v: Option<&Value>| match v? {
            Value::Ptr(p) => Some(p.obj),
            Value::Slice(s) => Some(s.obj),
            Value::Map(m) => Some(*m),
            _ => None,
        };
        let Some(frame) = g.frames.last() else {
            return [None, None];
        };
        let one = match op {
            Op::LoadCell(s) | Op::StoreCell(s) => obj_of(st.get(frame.base as usize + *s as usize)),
            Op::LoadCapture(i) | Op::StoreCapture(i) => frame
                .closure
                .as_ref()
                .and_then(|c| obj_of(c.captures.get(*i as usize))),
            Op::LoadGlobal(i) | Op::StoreGlobal(i) => self.globals.get(*i as usize).map(|p| p.obj),
            Op::Deref | Op::MapIter | Op::ClearMap | Op::ClearSlice(_) => obj_of(below(0)),
            Op::StoreInd | Op::MapGet(..) | Op::MapDelete => obj_of(below(1)),
            Op::MapSet => obj_of(below(2)),
            Op::Index(Container::Slice | Container::ArrayPtr) => obj_of(below(1)),
            Op::MapNext => self.iterated_map(below(0)),
            Op::Append(n, _) => obj_of(below(*n as usize)),
            // Two objects: the destination written, the source read.
            Op::Copy | Op::AppendSlice(_) => return [obj_of(below(1)), obj_of(below(0))],
            _ => None,
        };
        [one, None]
    }

    /// The map a `range` iterator walks.
    fn iterated_map(&self, it: Option<&Value>) -> Option<ObjId> {
        match it? {
            Value::Map(it) => match self.heap.get(*it)? {
                super::Obj::MapIter { map, .. } => Some(*map),
                _ => None,
            },
            _ => None,
        }
    }

    /// The map operand of a map instruction about to run.
    fn map_operand(&self, gi: usize, op: &Op) -> Option<ObjId> {
        self.memory_targets(gi, op)[0]
    }

    /// The first half of a write to a shared map (`m[k] = v`, `delete`,
    /// `clear`) while another goroutine exists: marks the map as being
    /// written, as Go's runtime does, and asks for a scheduling point
    /// before the write itself (true). Another writer already inside is
    /// Go's fatal error. False when the write goes ahead in one step.
    pub(super) fn begin_map_write(&mut self, gi: usize, op: &Op) -> bool {
        let Some(map) = self.map_operand(gi, op) else {
            return false;
        };
        if self.live <= 1
            || self.nested > 0
            || !self.in_program_code(gi)
            || !self.heap.is_shared(map)
        {
            return false;
        }
        let me = self.goroutines[gi].id;
        if self.goroutines[gi].map_write == Some(map) {
            // The second half: the write, which ends the window.
            self.goroutines[gi].map_write = None;
            if self.map_writer(map) != Some(me) {
                self.fatal(gi, "concurrent map writes");
                return true;
            }
            self.set_map_writer(map, None);
            return false;
        }
        if self.map_writer(map).is_some() {
            self.fatal(gi, "concurrent map writes");
            return true;
        }
        self.set_map_writer(map, Some(me));
        self.goroutines[gi].map_write = Some(map);
        self.split = true;
        true
    }

    /// A read of a shared map while another goroutine is inside a write to
    /// it: Go's fatal error (`iterating`: by a `range`). True when the run
    /// has ended.
    pub(super) fn check_map_read(&mut self, gi: usize, op: &Op, iterating: bool) -> bool {
        let Some(map) = self.map_operand(gi, op) else {
            return false;
        };
        let me = self.goroutines[gi].id;
        match self.map_writer(map) {
            Some(w) if w != me => {
                self.fatal(
                    gi,
                    if iterating {
                        "concurrent map iteration and map write"
                    } else {
                        "concurrent map read and map write"
                    },
                );
                true
            }
            _ => false,
        }
    }

    /// Who is inside a write to `map`. Looking is a read of the map in
    /// the step's footprint: a fatal error found here depends on the
    /// writer's first half, and the explorer must not reorder them.
    fn map_writer(&self, map: ObjId) -> Option<crate::GoroutineId> {
        self.heap.map(map).and_then(|m| m.writer)
    }

    fn set_map_writer(&mut self, map: ObjId, w: Option<crate::GoroutineId>) {
        if let Some(m) = self.heap.map_mut(map) {
            m.writer = w;
        }
    }
}
