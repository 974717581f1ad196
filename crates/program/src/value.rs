//! Runtime values.
//!
//! A [`Value`] is plain data: everything mutable that Go code can share
//! (variables whose address is taken or that closures capture, slice
//! backing arrays, maps, channels, mutexes) lives in the machine's arenas
//! and is referred to by id. Cloning a value therefore never aliases
//! mutable state, and cloning a whole machine gives an independent copy —
//! what undo, fork and exploration rely on.
//!
//! Structs and arrays are stored inline ([`Value::Agg`]) and copied on
//! assignment, which is exactly Go's value semantics.

use std::fmt;
use std::rc::Rc;
use types::TypeId;

/// Index of a heap object (cells, backing arrays, maps).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// Index of a channel in the machine's channel arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChanId(pub u32);

/// Index of a compiled function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);

impl ObjId {
    pub fn index(self) -> u32 {
        self.0
    }
}

impl ChanId {
    /// Channels are numbered from 0 in order of creation.
    pub fn index(self) -> u32 {
        self.0
    }
}

impl FuncId {
    pub fn index(self) -> u32 {
        self.0
    }
}

/// A pointer: element `idx` of heap object `obj`, then `sub`, a path of
/// field/element indices into the struct or array stored there.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ptr {
    pub obj: ObjId,
    pub idx: u32,
    /// Thin (one word) so that a pointer, and so a value, stays small.
    pub sub: Option<Rc<Vec<u32>>>,
}

impl Ptr {
    pub fn cell(obj: ObjId) -> Ptr {
        Ptr {
            obj,
            idx: 0,
            sub: None,
        }
    }

    /// The pointer to field or element `i` of the value this points to.
    pub fn child(&self, i: u32) -> Ptr {
        // A flat array (see `machine::heap::FLAT`): elements are cells.
        if let Some([u32::MAX, _]) = self.sub.as_deref().map(Vec::as_slice) {
            return Ptr {
                obj: self.obj,
                idx: self.idx + i,
                sub: None,
            };
        }
        let mut path: Vec<u32> = self.sub.as_deref().cloned().unwrap_or_default();
        path.push(i);
        Ptr {
            obj: self.obj,
            idx: self.idx,
            sub: Some(Rc::new(path)),
        }
    }
}

/// A slice header: a window `off..off+len` of backing array `obj`, which
/// has room up to `off+cap`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SliceVal {
    pub obj: ObjId,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
}

/// A function value: compiled code plus the cells it captured.
#[derive(Clone, Debug, PartialEq)]
pub struct Closure {
    pub func: FuncId,
    /// Captured variables (pointers to cells) or, for a bound method value,
    /// the receiver.
    pub captures: Box<[Value]>,
}

/// A non-nil interface value: its dynamic type and the value.
#[derive(Clone, Debug, PartialEq)]
pub struct Iface {
    pub ty: TypeId,
    pub val: Value,
}

impl Iface {
    /// The dynamic type.
    pub fn ty(&self) -> TypeId {
        self.ty
    }

    pub fn val(&self) -> &Value {
        &self.val
    }
}

impl Closure {
    pub fn func(&self) -> FuncId {
        self.func
    }

    pub fn captures(&self) -> &[Value] {
        &self.captures
    }
}

impl SliceVal {
    pub fn len(&self) -> u32 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn cap(&self) -> u32 {
        self.cap
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    /// The zero value of every nil-able kind (pointer, slice, map, channel,
    /// function, interface). Which one is known from the static type.
    #[default]
    Nil,
    Bool(bool),
    /// Every integer kind. Unsigned values are stored as their bit pattern;
    /// operations wrap to the static type's width.
    Int(i64),
    Float(f64),
    /// Go strings are immutable byte strings.
    Str(Rc<[u8]>),
    /// A struct (fields in order) or an array (elements in order).
    Agg(Box<[Value]>),
    Ptr(Ptr),
    Slice(SliceVal),
    Map(ObjId),
    Chan(ChanId),
    Func(Rc<Closure>),
    Iface(Rc<Iface>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s.as_bytes()))
    }

    pub fn bytes(b: &[u8]) -> Value {
        Value::Str(Rc::from(b))
    }

    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            _ => 0,
        }
    }

    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }

    pub fn as_f64(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => 0.0,
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Value::Str(s) => s,
            _ => &[],
        }
    }

    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
}

impl fmt::Display for Value {
    /// A debugging rendering; Go-faithful printing is `fmt`'s job. A float
    /// shows its bits, so the page's wasm does not link Rust's float
    /// formatting for it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Nil => f.write_str("nil"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "float({:#x})", x.to_bits()),
            Value::Str(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
            Value::Agg(items) => {
                f.write_str("{")?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" ")?;
                    }
                    write!(f, "{v}")?;
                }
                f.write_str("}")
            }
            Value::Ptr(p) => write!(f, "&obj{}[{}]", p.obj.0, p.idx),
            Value::Slice(s) => write!(f, "slice(obj{} {}:{}:{})", s.obj.0, s.off, s.len, s.cap),
            Value::Map(m) => write!(f, "map(obj{})", m.0),
            Value::Chan(c) => write!(f, "chan{}", c.0),
            Value::Func(c) => write!(f, "func{}", c.func.0),
            Value::Iface(i) => write!(f, "iface({})", i.val),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_stay_small() {
        // Every instruction moves values; keep them three words.
        assert!(size_of::<Value>() <= 24, "{}", size_of::<Value>());
    }

    #[test]
    fn pointer_children_extend_the_path() {
        let p = Ptr::cell(ObjId(3)).child(1).child(0);
        assert_eq!(p.sub.as_deref().map(Vec::as_slice), Some(&[1, 0][..]));
        assert_eq!(p.obj, ObjId(3));
    }
}
