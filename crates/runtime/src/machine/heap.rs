//! The heap: an arena of cells, backing arrays and maps addressed by
//! [`ObjId`]. Pointers are `(object, element, path)` triples, so reading
//! and writing through them is a walk into plain data.

use super::footprint::{ANY, Access, Loc, TouchLog};
use super::gomap::GoMap;
use super::race::{MAX_ELEMS, Place, WHOLE};
use crate::value::{ObjId, Ptr, SliceVal, Value};
use program::chunked::Chunked;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Obj {
    /// A variable (one element) or a slice's backing array (many).
    Cells(Vec<Value>),
    Map(GoMap),
    /// A `range` over a map: the keys snapshot (with their slots) and the
    /// position.
    MapIter {
        map: ObjId,
        keys: Vec<(Value, usize)>,
        pos: usize,
    },
    /// The elements of an array stored inside another value (an array
    /// variable, a struct field), seen as a slice's backing array: slicing
    /// `a[:]` must share `a`'s elements.
    View(Ptr),
}

/// `Ptr::sub` of a pointer to an array laid out flat in a backing array
/// (`(*[N]T)(s)`): `[FLAT, N]`, elements at `idx..idx+N`.
pub const FLAT: u32 = u32::MAX;

fn flat_len(p: &Ptr) -> Option<u32> {
    match p.sub.as_deref().map(Vec::as_slice) {
        Some([FLAT, n]) => Some(*n),
        _ => None,
    }
}

#[derive(Clone, Debug, Default)]
pub struct Heap {
    /// Shared between clones of a machine until one of them writes (the
    /// explorer keeps many copies of one state, most objects unchanged).
    objs: Chunked<Rc<Obj>>,
    /// One bit per object: another goroutine may reach it (see
    /// [`Heap::share`]). An object starts private to the goroutine that
    /// allocated it; only accesses to shared objects can race, so only
    /// they are scheduling points, footprints and race checks.
    shared: Vec<u64>,
    /// What the current step touched, when the explorer asks.
    pub(crate) touches: TouchLog,
    /// What the current instruction read and wrote, when the race
    /// detector asks.
    pub(crate) race_log: RaceLog,
}

/// The memory accesses of one instruction, for the race detector: every
/// location read or written, private or shared (an object published
/// without synchronisation races with what its allocator did to it).
#[derive(Clone, Debug, Default)]
pub struct RaceLog {
    pub(crate) on: bool,
    log: RefCell<Vec<(Place, bool)>>,
}

impl RaceLog {
    /// Notes an access through `p` (`write`: a store).
    #[inline]
    fn note(&self, p: &Ptr, write: bool) {
        if !self.on {
            return;
        }
        let mut log = self.log.borrow_mut();
        match p.sub.as_deref().map(Vec::as_slice) {
            Some([FLAT, n]) => {
                for i in 0..(*n).min(MAX_ELEMS) {
                    log.push(((p.obj.0, p.idx + i, Vec::new()), write));
                }
            }
            sub => log.push((
                (p.obj.0, p.idx, sub.map(<[u32]>::to_vec).unwrap_or_default()),
                write,
            )),
        }
    }

    /// Notes a new object: allocating writes all of it (Go's race
    /// detector counts an allocation as a write, so a pointer published
    /// without synchronisation races with its object's creation).
    fn note_new(&self, obj: ObjId) {
        if self.on {
            self.log
                .borrow_mut()
                .push(((obj.0, WHOLE, Vec::new()), true));
        }
    }

    /// Notes reads of `len` elements of object `obj` from `off`.
    fn note_range(&self, obj: ObjId, off: u32, len: u32) {
        if self.on {
            let mut log = self.log.borrow_mut();
            for i in 0..len.min(MAX_ELEMS) {
                log.push(((obj.0, off + i, Vec::new()), false));
            }
        }
    }

    /// How many accesses are noted (a mark to go back to).
    pub fn len(&self) -> usize {
        self.log.borrow().len()
    }

    /// Forgets the accesses noted since `mark` (an atomic operation's,
    /// which the detector sees as one atomic access).
    pub fn truncate(&self, mark: usize) {
        self.log.borrow_mut().truncate(mark);
    }

    /// The accesses since the last call.
    pub fn take(&self) -> Vec<(Place, bool)> {
        if !self.on {
            return Vec::new();
        }
        std::mem::take(&mut *self.log.borrow_mut())
    }
}

/// The footprint location a pointer designates: its element and, inside a
/// struct, its top-level field.
fn loc_of(p: &Ptr) -> Loc {
    let (idx, field) = match p.sub.as_deref().map(Vec::as_slice) {
        Some([FLAT, _]) => (ANY, ANY),
        Some([f, ..]) => (p.idx, *f),
        _ => (p.idx, ANY),
    };
    Loc::Heap {
        obj: p.obj.0,
        idx,
        field,
    }
}

fn whole(id: ObjId) -> Loc {
    Loc::Heap {
        obj: id.0,
        idx: ANY,
        field: ANY,
    }
}

/// Why a heap access failed: always a Go-level condition, turned into a
/// panic by the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeapError {
    Dangling,
}

impl Heap {
    /// Whether another goroutine than the one that allocated `id` may
    /// reach it.
    #[inline]
    pub fn is_shared(&self, id: ObjId) -> bool {
        let i = id.0 as usize;
        self.shared
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn mark(&mut self, id: ObjId) -> bool {
        let i = id.0 as usize;
        if self.shared.len() <= i / 64 {
            self.shared.resize(i / 64 + 1, 0);
        }
        let (w, bit) = (&mut self.shared[i / 64], 1u64 << (i % 64));
        let new = *w & bit == 0;
        *w |= bit;
        new
    }

    /// Notes an access to object `id` for the explorer, if another
    /// goroutine may reach it (an access to a private object commutes with
    /// everything other goroutines do).
    #[inline]
    fn note(&self, id: ObjId, loc: Loc, access: Access) {
        if self.touches.on && self.is_shared(id) {
            self.touches.note(loc, access);
        }
    }

    /// Makes everything `v` reaches shared: it is being published, by a
    /// `go` statement, a channel send or a store into shared memory, so
    /// another goroutine may reach it from now on. Objects already shared
    /// stop the walk (everything they reach is shared already), so each
    /// object is walked at most once in a run.
    pub fn share(&mut self, v: &Value) {
        let mut todo: Vec<ObjId> = Vec::new();
        refs(v, &mut todo);
        while let Some(id) = todo.pop() {
            if !self.mark(id) {
                continue;
            }
            match self.objs.get(id.0 as usize).map(|o| &**o) {
                Some(Obj::Cells(vals)) => vals.iter().for_each(|v| refs(v, &mut todo)),
                Some(Obj::Map(m)) => {
                    for (k, v) in m.entries() {
                        refs(&k, &mut todo);
                        refs(&v, &mut todo);
                    }
                }
                Some(Obj::MapIter { map, .. }) => todo.push(*map),
                Some(Obj::View(p)) => todo.push(p.obj),
                None => {}
            }
        }
    }

    pub fn alloc(&mut self, obj: Obj) -> ObjId {
        // Bounded far below 2^32 by `Limits::max_heap_objects`.
        let id = ObjId(self.objs.len() as u32);
        self.touches.bump();
        self.objs.push(Rc::new(obj));
        self.touches.made(whole(id));
        self.race_log.note_new(id);
        id
    }

    /// An object to change in place (copied first if a clone shares it).
    pub fn obj_mut(&mut self, id: ObjId) -> Option<&mut Obj> {
        self.touches.bump();
        self.objs.get_mut(id.0 as usize).map(Rc::make_mut)
    }

    pub fn len(&self) -> usize {
        self.objs.len()
    }

    /// An object, for views: unlike the accessors the program uses, this
    /// notes no footprint.
    pub fn get(&self, id: ObjId) -> Option<&Obj> {
        self.objs.get(id.0 as usize).map(|o| &**o)
    }

    pub fn is_empty(&self) -> bool {
        self.objs.is_empty()
    }

    pub fn new_cell(&mut self, v: Value) -> Ptr {
        Ptr::cell(self.alloc(Obj::Cells(vec![v])))
    }

    pub fn new_array(&mut self, items: Vec<Value>) -> ObjId {
        self.alloc(Obj::Cells(items))
    }

    fn cells(&self, id: ObjId) -> Option<&Vec<Value>> {
        match self.objs.get(id.0 as usize).map(|o| &**o) {
            Some(Obj::Cells(c)) => Some(c),
            _ => None,
        }
    }

    fn cells_mut(&mut self, id: ObjId) -> Option<&mut Vec<Value>> {
        self.touches.bump();
        match self.objs.get_mut(id.0 as usize).map(Rc::make_mut) {
            Some(Obj::Cells(c)) => Some(c),
            _ => None,
        }
    }

    pub fn map(&self, id: ObjId) -> Option<&GoMap> {
        self.note(id, whole(id), Access::Read);
        match self.objs.get(id.0 as usize).map(|o| &**o) {
            Some(Obj::Map(m)) => Some(m),
            _ => None,
        }
    }

    /// A map, without noting an access (the runtime's own look at it).
    pub fn map_ref(&self, id: ObjId) -> Option<&GoMap> {
        match self.objs.get(id.0 as usize).map(|o| &**o) {
            Some(Obj::Map(m)) => Some(m),
            _ => None,
        }
    }

    pub fn map_mut(&mut self, id: ObjId) -> Option<&mut GoMap> {
        self.note(id, whole(id), Access::Write);
        self.touches.bump();
        match self.objs.get_mut(id.0 as usize).map(Rc::make_mut) {
            Some(Obj::Map(m)) => Some(m),
            _ => None,
        }
    }

    /// What `p` points to, without noting a footprint (for views).
    pub fn peek(&self, p: &Ptr) -> Option<Value> {
        self.read(p).ok()
    }

    pub fn load(&self, p: &Ptr) -> Result<Value, HeapError> {
        self.note(p.obj, loc_of(p), Access::Read);
        self.race_log.note(p, false);
        self.read(p)
    }

    fn read(&self, p: &Ptr) -> Result<Value, HeapError> {
        if let Some(n) = flat_len(p) {
            let c = self.cells(p.obj).ok_or(HeapError::Dangling)?;
            let items = c
                .get(p.idx as usize..(p.idx + n) as usize)
                .ok_or(HeapError::Dangling)?;
            return Ok(Value::Agg(items.into()));
        }
        let mut v = self
            .cells(p.obj)
            .and_then(|c| c.get(p.idx as usize))
            .ok_or(HeapError::Dangling)?;
        if let Some(path) = &p.sub {
            for i in path.iter() {
                v = match v {
                    Value::Agg(items) => items.get(*i as usize).ok_or(HeapError::Dangling)?,
                    _ => return Err(HeapError::Dangling),
                };
            }
        }
        Ok(v.clone())
    }

    pub fn store(&mut self, p: &Ptr, val: Value) -> Result<(), HeapError> {
        self.note(p.obj, loc_of(p), Access::Write);
        self.race_log.note(p, true);
        if self.is_shared(p.obj) {
            self.share(&val);
        }
        if let Some(n) = flat_len(p) {
            let (Value::Agg(items), Some(c)) = (val, self.cells_mut(p.obj)) else {
                return Err(HeapError::Dangling);
            };
            let dst = c
                .get_mut(p.idx as usize..(p.idx + n) as usize)
                .ok_or(HeapError::Dangling)?;
            dst.clone_from_slice(&items);
            return Ok(());
        }
        let mut slot = self
            .cells_mut(p.obj)
            .and_then(|c| c.get_mut(p.idx as usize))
            .ok_or(HeapError::Dangling)?;
        if let Some(path) = &p.sub {
            for i in path.iter() {
                slot = match slot {
                    Value::Agg(items) => items.get_mut(*i as usize).ok_or(HeapError::Dangling)?,
                    _ => return Err(HeapError::Dangling),
                };
            }
        }
        *slot = val;
        Ok(())
    }

    /// A pointer to element `i` (absolute, including the slice offset) of
    /// a backing object, which may be a view of an array.
    pub fn backing_elem_ptr(&self, obj: ObjId, i: u32) -> Ptr {
        match self.objs.get(obj.0 as usize).map(|o| &**o) {
            Some(Obj::View(p)) => p.child(i),
            _ => Ptr {
                obj,
                idx: i,
                sub: None,
            },
        }
    }

    pub fn slice_get(&self, s: &SliceVal, i: u32) -> Option<Value> {
        self.load(&self.backing_elem_ptr(s.obj, s.off + i)).ok()
    }

    pub fn slice_set(&mut self, s: &SliceVal, i: u32, v: Value) {
        let p = self.backing_elem_ptr(s.obj, s.off + i);
        let _ = self.store(&p, v);
    }

    pub fn slice_elems(&self, s: &SliceVal) -> Vec<Value> {
        match self.objs.get(s.obj.0 as usize).map(|o| &**o) {
            Some(Obj::Cells(c)) => {
                self.note(s.obj, whole(s.obj), Access::Read);
                self.race_log.note_range(s.obj, s.off, s.len);
                c.iter()
                    .skip(s.off as usize)
                    .take(s.len as usize)
                    .cloned()
                    .collect()
            }
            Some(Obj::View(_)) => (0..s.len).filter_map(|i| self.slice_get(s, i)).collect(),
            _ => Vec::new(),
        }
    }
}

/// The heap objects a value refers to directly.
fn refs(v: &Value, out: &mut Vec<ObjId>) {
    match v {
        Value::Ptr(p) => out.push(p.obj),
        Value::Slice(s) => out.push(s.obj),
        Value::Map(m) => out.push(*m),
        Value::Agg(items) => items.iter().for_each(|v| refs(v, out)),
        Value::Func(c) => c.captures.iter().for_each(|v| refs(v, out)),
        Value::Iface(i) => refs(&i.val, out),
        Value::Nil
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::Chan(_) => {}
    }
}
