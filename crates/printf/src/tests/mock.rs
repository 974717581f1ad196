//! A small in-memory machine for the formatter's tests: a heap of cells,
//! backing arrays and maps, fake addresses, and `String`/`Error` methods
//! given as closures.

use std::rc::Rc;

use crate::{FmtHost, MethodCall};
use program::value::{ObjId, Ptr, SliceVal, Value};
use types::{Basic, Field, IfaceMethod, Signature, Type, TypeId, Types};

pub(super) type Method = Rc<dyn Fn(&Mock, &Value) -> MethodCall>;

enum Obj {
    Cells(Vec<Value>),
    Map(Vec<(Value, Value)>),
}

pub(super) struct Mock {
    pub types: Types,
    heap: Vec<Obj>,
    methods: Vec<(TypeId, &'static str, Method)>,
}

pub(super) const NIL_DEREF: &str =
    "runtime error: invalid memory address or nil pointer dereference";

impl Mock {
    pub fn new() -> Mock {
        Mock {
            types: Types::new(),
            heap: Vec::new(),
            methods: Vec::new(),
        }
    }

    // ---- types ----

    pub fn basic(&mut self, b: Basic) -> TypeId {
        self.types.basic(b)
    }

    pub fn slice_of(&mut self, e: TypeId) -> TypeId {
        self.types.intern(Type::Slice(e))
    }

    pub fn array_of(&mut self, n: u64, e: TypeId) -> TypeId {
        self.types.intern(Type::Array(n, e))
    }

    pub fn ptr_to(&mut self, e: TypeId) -> TypeId {
        self.types.intern(Type::Pointer(e))
    }

    pub fn map_of(&mut self, k: TypeId, v: TypeId) -> TypeId {
        self.types.intern(Type::Map(k, v))
    }

    pub fn any(&mut self) -> TypeId {
        self.types.intern(Type::Interface(Vec::new()))
    }

    pub fn struct_of(&mut self, fields: &[(&str, TypeId)]) -> TypeId {
        let fields = fields
            .iter()
            .map(|(name, ty)| {
                let embedded = name.starts_with('^');
                Field {
                    name: name.trim_start_matches('^').to_string(),
                    ty: *ty,
                    embedded,
                }
            })
            .collect();
        self.types.intern(Type::Struct(fields))
    }

    pub fn named(&mut self, name: &str, pkg: &str, underlying: TypeId) -> TypeId {
        let id = self.types.new_named(name, pkg);
        self.set_underlying(id, underlying);
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        if let Some(info) = self.types.named_info_mut(named) {
            info.underlying = underlying;
        }
    }

    /// The predeclared `error` interface.
    pub fn error_type(&mut self) -> TypeId {
        let string = self.basic(Basic::String);
        let sig = self.types.intern(Type::Func(Signature {
            params: vec![],
            results: vec![string],
            variadic: false,
        }));
        let iface = self.types.intern(Type::Interface(vec![IfaceMethod {
            name: "Error".into(),
            sig,
        }]));
        self.named("error", "", iface)
    }

    pub fn method(
        &mut self,
        ty: TypeId,
        name: &'static str,
        f: impl Fn(&Mock, &Value) -> MethodCall + 'static,
    ) {
        self.methods.push((ty, name, Rc::new(f)));
    }

    // ---- values ----

    pub fn iface(ty: TypeId, val: Value) -> Value {
        Value::Iface(Rc::new(program::value::Iface { ty, val }))
    }

    pub fn alloc(&mut self, cells: Vec<Value>) -> ObjId {
        self.heap.push(Obj::Cells(cells));
        ObjId(self.heap.len() as u32 - 1)
    }

    pub fn set_cell(&mut self, obj: ObjId, idx: usize, v: Value) {
        if let Some(Obj::Cells(cells)) = self.heap.get_mut(obj.0 as usize) {
            if let Some(c) = cells.get_mut(idx) {
                *c = v;
            }
        }
    }

    pub fn new_ptr(&mut self, v: Value) -> Value {
        Value::Ptr(Ptr::cell(self.alloc(vec![v])))
    }

    pub fn new_slice(&mut self, elems: Vec<Value>) -> Value {
        let len = elems.len() as u32;
        let obj = self.alloc(elems);
        Value::Slice(SliceVal {
            obj,
            off: 0,
            len,
            cap: len,
        })
    }

    pub fn new_map(&mut self, entries: Vec<(Value, Value)>) -> Value {
        self.heap.push(Obj::Map(entries));
        Value::Map(ObjId(self.heap.len() as u32 - 1))
    }

    fn find_method(&self, ty: TypeId, name: &str) -> Option<Method> {
        self.methods
            .iter()
            .find(|(t, n, _)| *t == ty && *n == name)
            .map(|(_, _, f)| f.clone())
    }
}

impl FmtHost for Mock {
    fn types(&self) -> &Types {
        &self.types
    }

    fn load(&self, p: &Ptr) -> Value {
        let Some(Obj::Cells(cells)) = self.heap.get(p.obj.0 as usize) else {
            return Value::Nil;
        };
        let mut v = cells.get(p.idx as usize).cloned().unwrap_or_default();
        for &i in p.sub.as_deref().map(Vec::as_slice).unwrap_or(&[]) {
            v = match v {
                Value::Agg(items) => items.get(i as usize).cloned().unwrap_or_default(),
                _ => Value::Nil,
            };
        }
        v
    }

    fn slice_elems(&self, s: &SliceVal) -> Vec<Value> {
        match self.heap.get(s.obj.0 as usize) {
            Some(Obj::Cells(cells)) => cells
                .iter()
                .skip(s.off as usize)
                .take(s.len as usize)
                .cloned()
                .collect(),
            _ => Vec::new(),
        }
    }

    fn map_entries(&self, m: ObjId) -> Vec<(Value, Value)> {
        match self.heap.get(m.0 as usize) {
            Some(Obj::Map(entries)) => entries.clone(),
            _ => Vec::new(),
        }
    }

    fn call_string_method(&mut self, v: &Value, ty: TypeId, name: &str) -> MethodCall {
        if let Some(f) = self.find_method(ty, name) {
            return f(self, v);
        }
        // The method set of *T includes T's value methods.
        if let Type::Pointer(elem) = self.types.get(ty).clone() {
            if let Some(f) = self.find_method(elem, name) {
                return match v {
                    Value::Ptr(p) => {
                        let target = self.load(p);
                        f(self, &target)
                    }
                    _ => MethodCall::Panicked(NIL_DEREF.into()),
                };
            }
        }
        // Methods promoted from embedded fields.
        if let Type::Struct(fields) = self.types.under_type(ty).clone() {
            for (i, field) in fields.iter().enumerate() {
                if !field.embedded {
                    continue;
                }
                if let Some(f) = self.find_method(field.ty, name) {
                    let fv = match v {
                        Value::Agg(items) => items.get(i).cloned().unwrap_or_default(),
                        _ => Value::Nil,
                    };
                    return f(self, &fv);
                }
            }
        }
        MethodCall::Absent
    }

    fn address(&self, v: &Value) -> u64 {
        match v {
            Value::Ptr(p) => {
                let sub: u64 = p
                    .sub
                    .as_deref()
                    .map_or(0, |s| s.iter().map(|&i| u64::from(i) * 8 + 8).sum());
                0xc000010000 + u64::from(p.obj.0) * 0x100 + u64::from(p.idx) * 8 + sub
            }
            Value::Slice(s) => 0xc000010000 + u64::from(s.obj.0) * 0x100 + u64::from(s.off) * 8,
            Value::Map(m) => 0xc000100000 + u64::from(m.0) * 0x30,
            Value::Chan(c) => 0xc000200000 + u64::from(c.0) * 0x60,
            Value::Func(f) => 0x47e0a0 + u64::from(f.func.0) * 0x20,
            Value::Agg(_) | Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                0xc000300000
            }
            Value::Nil | Value::Iface(_) => 0,
        }
    }
}
