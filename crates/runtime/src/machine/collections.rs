//! Slices, maps and strings: making them (counted against the memory
//! limit), indexing, slicing, `len`/`cap`, `append`, `copy`, map reads,
//! writes, deletes and iteration.

use super::Machine;
use super::arith::decode_rune;
use super::race::MapOp;
use crate::bytecode::Op;
use crate::sched::Scheduler;
use crate::value::{ObjId, SliceVal, Value};

/// What one value costs against `Limits::max_memory`, about its size.
const VALUE_BYTES: u64 = 24;
/// Strings from this length on count against `Limits::max_memory`.
const BIG_STRING: u64 = 64 << 10;

impl Machine {
    pub(super) fn exec_collection(&mut self, gi: usize, op: &Op, sched: &mut dyn Scheduler) {
        use super::panics::RtErr;
        // Go's runtime checks of concurrent map use, on shared maps.
        let stop = match op {
            Op::MapSet | Op::MapDelete | Op::ClearMap => self.begin_map_write(gi, op),
            Op::MapGet(..) => self.check_map_read(gi, op, false),
            Op::MapIter | Op::MapNext => self.check_map_read(gi, op, true),
            _ => false,
        };
        if stop {
            return;
        }
        match op {
            Op::MakeSlice(zero) => {
                let cap = self.pop(gi).as_int();
                let len = self.pop(gi).as_int();
                // Go refuses what could never fit in memory (elements of at
                // least a byte: 2^48 on 64-bit); what merely does not fit
                // the simulator's memory is the memory limit below.
                const MAX: i64 = 1 << 48;
                if !(0..=MAX).contains(&len) || cap < len || cap > MAX {
                    self.runtime_panic(
                        gi,
                        if !(0..=MAX).contains(&len) {
                            RtErr::MakeSliceLen
                        } else {
                            RtErr::MakeSliceCap
                        },
                    );
                    return;
                }
                if !self.alloc_check(1 + cap as u64) {
                    return;
                }
                let z = self.konst(*zero);
                let obj = self.heap.new_array(vec![z; cap as usize]);
                self.push(
                    gi,
                    Value::Slice(SliceVal {
                        obj,
                        off: 0,
                        len: len as u32,
                        cap: cap as u32,
                    }),
                );
            }
            Op::MakeSliceFrom(n) => {
                let items = self.pop_n(gi, *n as usize);
                // A composite literal's element count is an instruction's u32.
                let len = items.len() as u32;
                let obj = self.heap.new_array(items);
                self.push(
                    gi,
                    Value::Slice(SliceVal {
                        obj,
                        off: 0,
                        len,
                        cap: len,
                    }),
                );
            }
            Op::MakeMap(kind) => {
                if !self.alloc_check(1) {
                    return;
                }
                let id = self
                    .heap
                    .alloc(super::Obj::Map(super::gomap::GoMap::new(*kind)));
                self.push(gi, Value::Map(id));
            }
            Op::ClearSlice(zero) => {
                let s = self.pop(gi);
                if let Value::Slice(s) = s {
                    let z = self.konst(*zero);
                    for i in 0..s.len {
                        self.heap.slice_set(&s, i, z.clone());
                    }
                }
            }
            Op::Len(c) => {
                let x = self.pop(gi);
                if let Value::Map(id) = x {
                    self.race_map_len(gi, id);
                }
                let n = self.length(&x, *c, false);
                self.push(gi, Value::Int(n));
            }
            Op::Cap(c) => {
                let x = self.pop(gi);
                let n = self.length(&x, *c, true);
                self.push(gi, Value::Int(n));
            }
            Op::Index(c) => {
                let i = self.pop(gi).as_int();
                let x = self.pop(gi);
                if let Some(v) = self.index(gi, &x, i, *c) {
                    self.push(gi, v);
                }
            }
            Op::IndexAddr(c) => {
                let i = self.pop(gi).as_int();
                let x = self.pop(gi);
                if let Some(p) = self.index_addr(gi, &x, i, *c) {
                    self.push(gi, Value::Ptr(p));
                }
            }
            Op::MapGet(zero, with_ok) => {
                let k = self.pop(gi);
                let m = self.pop(gi);
                if self.check_hashable(gi, &m, &k) {
                    return;
                }
                // A nil map reads as empty.
                let found = match &m {
                    Value::Map(id) => match self.heap.map(*id) {
                        Some(m) => m.get(&k).cloned(),
                        None => {
                            never!(self, "object {} is not a map", id.0);
                            return;
                        }
                    },
                    _ => None,
                };
                let ok = found.is_some();
                if let (Value::Map(id), true) = (&m, self.race.is_some()) {
                    let op = MapOp::Read { comma_ok: *with_ok };
                    self.race_map_entry(gi, *id, op, &k, false);
                }
                let v = found.unwrap_or_else(|| self.konst(*zero));
                self.push(gi, v);
                if *with_ok {
                    self.push(gi, Value::Bool(ok));
                }
            }
            Op::MapSet => {
                let v = self.pop(gi);
                let k = self.pop(gi);
                let m = self.pop(gi);
                self.map_set(gi, &m, k, v);
            }
            Op::MapDelete => {
                let k = self.pop(gi);
                let m = self.pop(gi);
                if self.check_hashable(gi, &m, &k) {
                    return;
                }
                if let Value::Map(id) = m {
                    self.race_map(gi, id, MapOp::Delete, None);
                    if let Some(map) = self.heap.map_mut(id) {
                        map.remove(&k);
                    }
                }
            }
            Op::ClearMap => {
                if let Value::Map(id) = self.pop(gi) {
                    self.race_map(gi, id, MapOp::Clear, None);
                    if let Some(map) = self.heap.map_mut(id) {
                        map.clear();
                    }
                }
            }
            Op::MapIter => {
                let m = self.pop(gi);
                // Ranging over a nil map visits nothing.
                if let Value::Map(id) = m {
                    self.race_map(gi, id, MapOp::Range, None);
                }
                let (map, keys) = match m {
                    Value::Map(id) => (id, self.map_range_keys(gi, id, sched)),
                    _ => (ObjId(u32::MAX), Vec::new()),
                };
                let it = self.heap.alloc(super::Obj::MapIter { map, keys, pos: 0 });
                self.push(gi, Value::Map(it));
            }
            Op::MapNext => {
                let it = self.pop(gi);
                let next = self.map_next(&it);
                match next {
                    Some((k, v)) => {
                        self.push(gi, k);
                        self.push(gi, v);
                        self.push(gi, Value::Bool(true));
                    }
                    None => self.push(gi, Value::Bool(false)),
                }
            }
            Op::DecodeRune => {
                let i = self.pop(gi).as_int();
                let s = self.pop(gi);
                // A range index: never negative.
                let (r, w) = decode_rune(s.as_bytes(), i as usize);
                self.push(gi, Value::Int(r));
                self.push(gi, Value::Int(w));
            }
            Op::SliceOf(c, lo, hi, max) => self.slice_of(gi, *c, *lo, *hi, *max),
            Op::Append(n, layout) => {
                let items = self.pop_n(gi, *n as usize);
                let s = self.pop(gi);
                let v = self.append(&s, items, *layout);
                self.push(gi, v);
            }
            Op::AppendSlice(layout) => {
                let t = self.pop(gi);
                let s = self.pop(gi);
                let items = match &t {
                    Value::Slice(sv) => self.heap.slice_elems(sv),
                    Value::Str(b) => b.iter().map(|c| Value::Int(i64::from(*c))).collect(),
                    _ => Vec::new(),
                };
                let v = self.append(&s, items, *layout);
                self.push(gi, v);
            }
            Op::Copy => {
                let src = self.pop(gi);
                let dst = self.pop(gi);
                let n = self.copy(&dst, &src);
                self.push(gi, Value::Int(n));
            }
            _ => never!(self, "exec_collection given another instruction"),
        }
    }

    /// The keys of map `id` in the order a `range` starting now visits
    /// them, chosen by the scheduler among the orders Go can produce.
    fn map_range_keys(
        &mut self,
        gi: usize,
        id: ObjId,
        sched: &mut dyn Scheduler,
    ) -> Vec<(Value, usize)> {
        let Some(m) = self.heap.map(id) else {
            return Vec::new();
        };
        let choice = match m.orders() {
            Some(n) => {
                let starts = || {
                    if n == 0 {
                        return Vec::new();
                    }
                    m.keys().iter().map(|k| self.brief(k)).collect()
                };
                self.heap.touches.bump();
                sched.pick_map_order(self.goroutines[gi].id, n, &starts)
            }
            None => 0,
        };
        m.range_keys(choice)
    }

    /// Counts an allocation of `values` values (the bytes of a string
    /// count as a value each 24); false, with the run ended by the memory
    /// limit, when it would go over.
    pub(super) fn alloc_check(&mut self, values: u64) -> bool {
        self.allocated = self
            .allocated
            .saturating_add(values.saturating_mul(VALUE_BYTES));
        if self.heap.len() >= self.limits.max_heap_objects
            || self.allocated > self.limits.max_memory
        {
            self.finish(super::Outcome::of(
                super::End::Limit(super::Limit::Memory),
                self,
            ));
            return false;
        }
        true
    }

    /// Counts the string `x + y` about to be built, if it is a big one.
    /// Small strings come and go (Go's collector frees them, and nothing
    /// here tracks what is still referenced); only big ones are counted,
    /// for good, so that doubling a string or keeping copies of a big one
    /// ends in the memory limit instead of the page running out.
    pub(super) fn alloc_string(&mut self, x: &Value, y: &Value) -> bool {
        let bytes = (x.as_bytes().len() + y.as_bytes().len()) as u64;
        bytes < BIG_STRING || self.alloc_check(bytes.div_ceil(VALUE_BYTES))
    }
}
