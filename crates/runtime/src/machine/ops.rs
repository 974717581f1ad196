//! Operations on values that need the heap or type information: equality,
//! conversions, indexing and slicing with Go's bounds messages, append,
//! copy, maps, and type assertions.

use super::Machine;
use super::footprint::{Access, Loc};
use super::panics::RtErr;
use super::race::MapOp;
use crate::bytecode::{Container, Conv, ElemLayout, NumKind};
use crate::value::{ObjId, Ptr, SliceVal, Value};
use std::rc::Rc;
use types::{Type, TypeId};

impl Machine {
    /// Go's `==`; `Err` names a type whose values cannot be compared.
    pub(super) fn values_equal(&self, x: &Value, y: &Value) -> Result<bool, TypeId> {
        Ok(match (x, y) {
            (Value::Iface(a), Value::Iface(b)) => {
                if a.ty != b.ty {
                    return Ok(false);
                }
                if !self.checked.types.comparable(a.ty) {
                    return Err(a.ty);
                }
                self.values_equal(&a.val, &b.val)?
            }
            (Value::Agg(a), Value::Agg(b)) => {
                for (p, q) in a.iter().zip(b.iter()) {
                    if !self.values_equal(p, q)? {
                        return Ok(false);
                    }
                }
                a.len() == b.len()
            }
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => {
                (*a as f64) == *b
            }
            (Value::Func(a), Value::Func(b)) => Rc::ptr_eq(a, b),
            _ => x == y,
        })
    }

    pub(super) fn convert(&mut self, gi: usize, c: Conv, x: Value) -> Option<Value> {
        Some(match c {
            Conv::Num(from, to) => {
                if to.is_float() {
                    let f = if from.is_float() {
                        x.as_f64()
                    } else if from.is_unsigned() {
                        (x.as_int() as u64) as f64
                    } else {
                        x.as_int() as f64
                    };
                    Value::Float(if to == NumKind::F32 {
                        f64::from(f as f32)
                    } else {
                        f
                    })
                } else if from.is_float() {
                    let f = x.as_f64();
                    let i = if to.is_unsigned() {
                        (f as u64) as i64
                    } else {
                        f as i64
                    };
                    Value::Int(to.wrap(i))
                } else {
                    Value::Int(to.wrap(x.as_int()))
                }
            }
            Conv::RuneToStr => {
                let c = u32::try_from(x.as_int())
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                Value::str(&c.to_string())
            }
            Conv::StrToBytes => {
                let items: Vec<Value> = x
                    .as_bytes()
                    .iter()
                    .map(|b| Value::Int(i64::from(*b)))
                    .collect();
                self.new_slice(items)
            }
            Conv::BytesToStr => {
                let bytes: Vec<u8> = self
                    .slice_items(&x)
                    .iter()
                    .map(|v| v.as_int() as u8)
                    .collect();
                Value::bytes(&bytes)
            }
            Conv::StrToRunes => {
                let s = String::from_utf8_lossy(x.as_bytes()).into_owned();
                let items = s
                    .chars()
                    .map(|c| Value::Int(i64::from(u32::from(c))))
                    .collect();
                self.new_slice(items)
            }
            Conv::RunesToStr => {
                let s: String = self
                    .slice_items(&x)
                    .iter()
                    .map(|v| {
                        u32::try_from(v.as_int())
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}')
                    })
                    .collect();
                Value::str(&s)
            }
            Conv::SliceToArray(n) | Conv::SliceToArrayPtr(n) => {
                let items = self.slice_items(&x);
                if items.len() < n as usize {
                    self.runtime_panic(
                        gi,
                        RtErr::SliceToArray {
                            len: items.len() as i64,
                            array: i64::from(n),
                        },
                    );
                    return None;
                }
                if let (Conv::SliceToArrayPtr(_), Value::Slice(s)) = (c, &x) {
                    // The array pointer aliases the slice's elements.
                    let first = self.heap.backing_elem_ptr(s.obj, s.off);
                    let p = match first.sub {
                        None => Ptr {
                            obj: first.obj,
                            idx: first.idx,
                            sub: Some(Rc::new(vec![super::heap::FLAT, n])),
                        },
                        Some(_) => first,
                    };
                    return Some(Value::Ptr(p));
                }
                Value::Agg(items.into_iter().take(n as usize).collect())
            }
        })
    }

    pub(super) fn new_slice(&mut self, items: Vec<Value>) -> Value {
        // Bounded far below 2^32 values by the memory limit.
        let len = items.len() as u32;
        let obj = self.heap.new_array(items);
        Value::Slice(SliceVal {
            obj,
            off: 0,
            len,
            cap: len,
        })
    }

    pub(super) fn slice_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Slice(s) => self.heap.slice_elems(s),
            _ => Vec::new(),
        }
    }

    pub(super) fn length(&self, x: &Value, c: Container, cap: bool) -> i64 {
        match (x, c) {
            (Value::Str(s), _) => s.len() as i64,
            (Value::Slice(s), _) => i64::from(if cap { s.cap } else { s.len }),
            (Value::Agg(items), _) => items.len() as i64,
            (Value::Map(m), _) => self.heap.map(*m).map_or(0, |m| m.len() as i64),
            (Value::Chan(ch), _) => self.chans.get(ch.0 as usize).map_or(0, |ch| {
                self.touch(Loc::Chan(ch.id.0), Access::Read);
                if cap {
                    ch.cap as i64
                } else {
                    ch.buf.len() as i64
                }
            }),
            (Value::Ptr(p), Container::ArrayPtr) => match self.heap.load(p) {
                Ok(Value::Agg(items)) => items.len() as i64,
                _ => 0,
            },
            _ => 0,
        }
    }

    pub(super) fn index(&mut self, gi: usize, x: &Value, i: i64, c: Container) -> Option<Value> {
        match (x, c) {
            (Value::Str(s), _) => match usize::try_from(i).ok().and_then(|i| s.get(i)) {
                Some(b) => Some(Value::Int(i64::from(*b))),
                None => self.out_of_range(gi, i, s.len() as i64),
            },
            (Value::Agg(items), _) => match usize::try_from(i).ok().and_then(|i| items.get(i)) {
                Some(v) => Some(v.clone()),
                None => self.out_of_range(gi, i, items.len() as i64),
            },
            (Value::Slice(s), _) => {
                if i < 0 || i >= i64::from(s.len) {
                    return self.out_of_range(gi, i, i64::from(s.len));
                }
                self.heap.slice_get(s, i as u32)
            }
            (Value::Nil, Container::Slice) => self.out_of_range(gi, i, 0),
            (Value::Ptr(_), Container::ArrayPtr) => {
                let p = self.index_addr(gi, x, i, c)?;
                self.load_ptr(gi, &Value::Ptr(p))
            }
            _ => {
                self.runtime_panic(gi, RtErr::NilDeref);
                None
            }
        }
    }

    fn out_of_range<T>(&mut self, gi: usize, index: i64, len: i64) -> Option<T> {
        self.runtime_panic(gi, RtErr::Index { index, len });
        None
    }

    pub(super) fn index_addr(&mut self, gi: usize, x: &Value, i: i64, c: Container) -> Option<Ptr> {
        match (x, c) {
            (Value::Slice(s), _) => {
                if i < 0 || i >= i64::from(s.len) {
                    return self.out_of_range(gi, i, i64::from(s.len));
                }
                Some(self.heap.backing_elem_ptr(s.obj, s.off + i as u32))
            }
            (Value::Ptr(p), _) => {
                let n = self.length(x, Container::ArrayPtr, false);
                if i < 0 || i >= n {
                    return self.out_of_range(gi, i, n);
                }
                Some(p.child(i as u32))
            }
            (Value::Nil, Container::Slice) => self.out_of_range(gi, i, 0),
            _ => {
                self.runtime_panic(gi, RtErr::NilDeref);
                None
            }
        }
    }

    pub(super) fn map_set(&mut self, gi: usize, m: &Value, k: Value, v: Value) {
        let Value::Map(id) = m else {
            self.runtime_panic(gi, RtErr::NilMapWrite);
            return;
        };
        if let Some(ty) = self.unhashable(&k) {
            self.runtime_panic(gi, RtErr::Unhashable(ty));
            return;
        }
        if !self.alloc_check(2) {
            return;
        }
        let key = self.race.is_some().then(|| k.clone());
        if let Some(map) = self.heap.map_mut(*id) {
            map.insert(k, v);
        }
        if let Some(key) = key {
            self.race_map_entry(gi, *id, MapOp::Assign, &key, true);
        }
    }

    /// The type that keeps key `k` from being hashed, if any: Go hashes
    /// an interface by its dynamic value, and a slice, map or function in
    /// it, at any depth of arrays and structs, cannot be.
    fn unhashable(&self, k: &Value) -> Option<TypeId> {
        match k {
            Value::Iface(i) if !self.checked.types.comparable(i.ty) => Some(i.ty),
            Value::Iface(i) => self.unhashable(&i.val),
            Value::Agg(items) => items.iter().find_map(|v| self.unhashable(v)),
            _ => None,
        }
    }

    /// Panics, as Go does, when a lookup or delete is given a key that
    /// cannot be hashed; true if it did. Go's check of an empty or nil
    /// map raises a differently worded error than its check of a full one.
    pub(super) fn check_hashable(&mut self, gi: usize, m: &Value, k: &Value) -> bool {
        let Some(ty) = self.unhashable(k) else {
            return false;
        };
        let empty = match m {
            Value::Map(id) => self.heap.map(*id).is_none_or(|m| m.is_empty()),
            _ => true,
        };
        self.runtime_panic(
            gi,
            if empty {
                RtErr::UnhashableEmpty(ty)
            } else {
                RtErr::Unhashable(ty)
            },
        );
        true
    }

    pub(super) fn map_next(&mut self, it: &Value) -> Option<(Value, Value)> {
        let Value::Map(id) = it else { return None };
        loop {
            let (map, (key, slot)) = match self.heap.obj_mut(*id) {
                Some(super::Obj::MapIter { map, keys, pos }) => {
                    let k = keys.get(*pos).cloned()?;
                    *pos += 1;
                    (*map, k)
                }
                _ => return None,
            };
            // Entries deleted during the iteration are skipped.
            let value = self
                .heap
                .map(map)
                .and_then(|m| m.value_for_range(&key, slot));
            if let Some(v) = value.cloned() {
                return Some((key, v));
            }
        }
    }

    pub(super) fn slice_of(
        &mut self,
        gi: usize,
        c: Container,
        has_lo: bool,
        has_hi: bool,
        has_max: bool,
    ) {
        let max = if has_max {
            Some(self.pop(gi).as_int())
        } else {
            None
        };
        let hi = if has_hi {
            Some(self.pop(gi).as_int())
        } else {
            None
        };
        let lo = if has_lo { self.pop(gi).as_int() } else { 0 };
        let x = self.pop(gi);
        match (&x, c) {
            (Value::Str(s), _) => {
                let len = s.len() as i64;
                let h = hi.unwrap_or(len);
                if h < 0 || h > len {
                    let what = bound(&format!("[:{h}]"), h, &format!(" with length {len}"));
                    self.runtime_panic(gi, RtErr::SliceBounds(what));
                    return;
                }
                if lo < 0 || lo > h {
                    let what = bound(&format!("[{lo}:"), lo, &format!("{h}]"));
                    self.runtime_panic(gi, RtErr::SliceBounds(what));
                    return;
                }
                let v = Value::bytes(&s[lo as usize..h as usize]);
                self.push(gi, v);
            }
            _ => {
                let (obj, off, len, cap) = match (&x, c) {
                    (Value::Slice(s), _) => (s.obj, s.off, i64::from(s.len), i64::from(s.cap)),
                    (Value::Nil, Container::Slice) => (ObjId(u32::MAX), 0, 0, 0),
                    (Value::Ptr(p), Container::ArrayPtr) => {
                        let n = self.length(&x, Container::ArrayPtr, false);
                        match self.array_backing(p) {
                            Some((obj, off)) => (obj, off, n, n),
                            None => {
                                self.runtime_panic(gi, RtErr::NilDeref);
                                return;
                            }
                        }
                    }
                    _ => {
                        self.runtime_panic(gi, RtErr::NilDeref);
                        return;
                    }
                };
                let m = max.unwrap_or(cap);
                let h = hi.unwrap_or(len);
                // Go's bounds messages: an array's limit is its length, a
                // slice's its capacity; a negative bound is shown alone.
                let limit = if c == Container::ArrayPtr {
                    "length"
                } else {
                    "capacity"
                };
                if m < 0 || m > cap {
                    let what = bound(&format!("[::{m}]"), m, &format!(" with {limit} {cap}"));
                    self.runtime_panic(gi, RtErr::SliceBounds(what));
                    return;
                }
                if h < 0 || h > m {
                    let what = if has_max {
                        bound(&format!("[:{h}:"), h, &format!("{m}]"))
                    } else {
                        bound(&format!("[:{h}]"), h, &format!(" with {limit} {cap}"))
                    };
                    self.runtime_panic(gi, RtErr::SliceBounds(what));
                    return;
                }
                if lo < 0 || lo > h {
                    let what = if has_max {
                        bound(&format!("[{lo}:"), lo, &format!("{h}:]"))
                    } else {
                        bound(&format!("[{lo}:"), lo, &format!("{h}]"))
                    };
                    self.runtime_panic(gi, RtErr::SliceBounds(what));
                    return;
                }
                if obj.0 == u32::MAX {
                    self.push(gi, Value::Nil);
                    return;
                }
                let s = SliceVal {
                    obj,
                    off: off + lo as u32,
                    len: (h - lo) as u32,
                    cap: (m - lo) as u32,
                };
                self.push(gi, Value::Slice(s));
            }
        }
    }

    /// The backing object and offset for slicing the array `p` points to:
    /// its own cells when it is laid out flat, else a view of it.
    fn array_backing(&mut self, p: &Ptr) -> Option<(ObjId, u32)> {
        if let Some([super::heap::FLAT, _]) = p.sub.as_deref().map(Vec::as_slice) {
            return Some((p.obj, p.idx));
        }
        self.heap.load(p).ok()?;
        Some((self.heap.alloc(super::heap::Obj::View(p.clone())), 0))
    }

    pub(super) fn append(&mut self, s: &Value, items: Vec<Value>, layout: ElemLayout) -> Value {
        let (obj, off, len, cap) = match s {
            Value::Slice(s) => (Some(s.obj), s.off, s.len as usize, s.cap as usize),
            _ => (None, 0, 0, 0),
        };
        if items.is_empty() {
            return s.clone();
        }
        let new_len = len + items.len();
        if let Some(obj) = obj.filter(|_| new_len <= cap) {
            let grown = SliceVal {
                obj,
                off,
                len: new_len as u32,
                cap: cap as u32,
            };
            for (k, v) in items.into_iter().enumerate() {
                self.heap.slice_set(&grown, (len + k) as u32, v);
            }
            return Value::Slice(grown);
        }
        let new_cap = super::growslice::grown_cap(new_len, cap, layout);
        if !self.alloc_check(1 + new_cap as u64) {
            return s.clone();
        }
        let mut data = match s {
            Value::Slice(sv) => self.heap.slice_elems(sv),
            _ => Vec::new(),
        };
        let zero = items.first().map(zero_like).unwrap_or(Value::Nil);
        data.extend(items);
        data.resize(new_cap, zero);
        let obj = self.heap.new_array(data);
        Value::Slice(SliceVal {
            obj,
            off: 0,
            len: new_len as u32,
            cap: new_cap as u32,
        })
    }

    pub(super) fn copy(&mut self, dst: &Value, src: &Value) -> i64 {
        let Value::Slice(d) = dst else { return 0 };
        let items: Vec<Value> = match src {
            Value::Slice(s) => self.heap.slice_elems(s),
            Value::Str(b) => b.iter().map(|c| Value::Int(i64::from(*c))).collect(),
            _ => Vec::new(),
        };
        let n = items.len().min(d.len as usize);
        for (k, v) in items.into_iter().take(n).enumerate() {
            self.heap.slice_set(d, k as u32, v);
        }
        n as i64
    }

    /// Whether dynamic type `t` has every method of interface `iface`,
    /// with identical signatures.
    pub(super) fn implements(&self, t: TypeId, iface: TypeId) -> bool {
        self.checked.types.iface_methods(iface).iter().all(|m| {
            let sym = self.prog.method_names.iter().position(|n| *n == m.name);
            sym.and_then(|s| self.prog.methods.get(&(t, s as u32)))
                .is_some_and(|(_, sig)| *sig == m.sig)
        })
    }

    /// `x.(T)`: pushes the value (and `ok`), or panics with Go's message.
    pub(super) fn assert_type(
        &mut self,
        gi: usize,
        v: Value,
        target: TypeId,
        src: TypeId,
        with_ok: bool,
        to_iface: bool,
    ) {
        let (ok, out) = match &v {
            Value::Iface(i) if to_iface => (self.implements(i.ty, target), v.clone()),
            Value::Iface(i) => (i.ty == target, i.val.clone()),
            _ => (false, Value::Nil),
        };
        if ok {
            self.push(gi, out);
            if with_ok {
                self.push(gi, Value::Bool(true));
            }
            return;
        }
        if with_ok {
            let zero = if to_iface {
                Value::Nil
            } else {
                self.zero_of(target)
            };
            self.push(gi, zero);
            self.push(gi, Value::Bool(false));
            return;
        }
        let src_name = if self.checked.types.iface_methods(src).is_empty()
            && !self.checked.types.is_named(src)
        {
            "interface {}".to_string()
        } else {
            self.type_name(src)
        };
        let target_name = self.type_name(target);
        let msg = match &v {
            Value::Iface(i) if to_iface => {
                let Some(missing) = types::implements_missing(&self.checked.types, i.ty, target)
                else {
                    never!(
                        self,
                        "a failed assertion to an interface its value implements"
                    );
                    return;
                };
                format!(
                    "interface conversion: {} is not {target_name}: missing method {missing}",
                    self.type_name(i.ty)
                )
            }
            Value::Iface(i) => format!(
                "interface conversion: {src_name} is {}, not {target_name}",
                self.type_name(i.ty)
            ),
            _ if to_iface => format!("interface conversion: interface is nil, not {target_name}"),
            _ => format!("interface conversion: {src_name} is nil, not {target_name}"),
        };
        self.runtime_panic(gi, RtErr::TypeAssert(msg));
    }

    /// The zero value of a type, for failed comma-ok assertions.
    pub(super) fn zero_of(&self, ty: TypeId) -> Value {
        match self.checked.types.under_type(ty) {
            Type::Basic(b) if b.is_boolean() => Value::Bool(false),
            Type::Basic(b) if b.is_string() => Value::str(""),
            Type::Basic(b) if b.is_float() => Value::Float(0.0),
            Type::Basic(b) if b.is_integer() => Value::Int(0),
            Type::Struct(fields) => Value::Agg(fields.iter().map(|f| self.zero_of(f.ty)).collect()),
            Type::Array(n, el) => {
                Value::Agg(vec![self.zero_of(*el); *n as usize].into_boxed_slice())
            }
            _ => Value::Nil,
        }
    }
}

/// A zero value of the same representation, for growing a backing array.
fn zero_like(v: &Value) -> Value {
    match v {
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Bool(_) => Value::Bool(false),
        Value::Str(_) => Value::str(""),
        Value::Agg(items) => Value::Agg(items.iter().map(zero_like).collect()),
        _ => Value::Nil,
    }
}

/// A slice-bounds message: `head` then `tail` for a bound in range of the
/// type but past its limit; for a negative bound, `head` closed the way Go
/// closes it (`[-1:]`, `[:-1]`, `[::-1]`, `[-1::]`, `[:-1:]`).
fn bound(head: &str, value: i64, tail: &str) -> String {
    if value >= 0 {
        return format!("{head}{tail}");
    }
    if head.ends_with(']') {
        head.to_string()
    } else if tail.ends_with(":]") {
        format!("{head}:]")
    } else {
        format!("{head}]")
    }
}
