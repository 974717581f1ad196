//! Assignable places and addresses: variables, globals, pointer targets,
//! struct fields, slice and array elements, map entries.

use super::Compiler;
use super::function::{FnState, Var};
use program::{Container, Op};
use syntax::Span;
use syntax::ast::{Expr, ExprKind};
use types::{Selection, Type};

/// Where an assignment stores. Operands (pointer, or map and key) are
/// already on the stack when a place is returned.
pub enum Place {
    Blank,
    Var(Var),
    Global(u32),
    Ptr,
    Map,
}

impl Compiler<'_> {
    pub fn place(&mut self, st: &mut FnState, e: &Expr) -> Place {
        match &e.kind {
            ExprKind::Paren(x) => self.place(st, x),
            ExprKind::Ident(id) if id.name == "_" => Place::Blank,
            ExprKind::Ident(_) => {
                let key = self.key_in(st.file, e.id);
                let Some(&obj) = self
                    .ck
                    .info
                    .uses
                    .get(&key)
                    .or_else(|| self.ck.info.defs.get(&(st.file, e.span.lo)))
                else {
                    return Place::Blank;
                };
                if let Some(v) = st.vars.get(&obj) {
                    return Place::Var(*v);
                }
                if let Some(&g) = self.globals.get(&obj) {
                    return Place::Global(g);
                }
                Place::Blank
            }
            ExprKind::Index { x, index } => {
                let xt = self.type_of(st, x);
                if matches!(self.ck.types.under_type(xt), Type::Map(..)) {
                    self.expr(st, x);
                    let kt = match self.ck.types.under_type(xt) {
                        Type::Map(k, _) => *k,
                        _ => types::ty::INVALID,
                    };
                    self.expr_to(st, index, kt);
                    return Place::Map;
                }
                self.addr_of(st, e);
                Place::Ptr
            }
            _ => {
                self.addr_of(st, e);
                Place::Ptr
            }
        }
    }

    /// Stores the value on top of the stack into `place`, which the source
    /// writes at `at`.
    pub fn store(&mut self, st: &mut FnState, place: &Place, at: Span) {
        let saved = st.subject.replace(at);
        self.store_op(st, place);
        st.subject = saved;
    }

    fn store_op(&mut self, st: &mut FnState, place: &Place) {
        match place {
            Place::Blank => {
                st.op(Op::Pop);
            }
            Place::Var(Var::Slot(s)) => {
                st.op(Op::Store(*s));
            }
            Place::Var(Var::Cell(s)) => {
                st.op(Op::StoreCell(*s));
            }
            Place::Var(Var::Capture(i)) => {
                st.op(Op::StoreCapture(*i));
            }
            Place::Global(g) => {
                st.op(Op::StoreGlobal(*g));
            }
            Place::Ptr => {
                st.op(Op::StoreInd);
            }
            Place::Map => {
                st.op(Op::MapSet);
            }
        }
    }

    /// Pushes the current value of a place whose operands are on the stack,
    /// keeping the operands (for `x op= y` and `x++`); the source reads it
    /// at `at`.
    pub fn load_place(&mut self, st: &mut FnState, place: &Place, zero: u32, at: Span) {
        let saved = st.subject.replace(at);
        self.load_place_op(st, place, zero);
        st.subject = saved;
    }

    fn load_place_op(&mut self, st: &mut FnState, place: &Place, zero: u32) {
        match place {
            Place::Blank => {
                st.op(Op::Const(zero));
            }
            Place::Var(v) => self.load_var(st, *v),
            Place::Global(g) => {
                st.op(Op::LoadGlobal(*g));
            }
            Place::Ptr => {
                st.op(Op::Dup);
                st.op(Op::Deref);
            }
            Place::Map => {
                st.op(Op::Pick(1));
                st.op(Op::Pick(1));
                st.op(Op::MapGet(zero, false));
            }
        }
    }

    pub fn load_var(&mut self, st: &mut FnState, v: Var) {
        match v {
            Var::Slot(s) => st.op(Op::Load(s)),
            Var::Cell(s) => st.op(Op::LoadCell(s)),
            Var::Capture(i) => st.op(Op::LoadCapture(i)),
        };
    }

    /// Pushes a pointer to the addressable expression `e` (or to a new cell
    /// holding a composite literal, for `&T{...}`).
    pub fn addr_of(&mut self, st: &mut FnState, e: &Expr) {
        match &e.kind {
            ExprKind::Paren(x) => self.addr_of(st, x),
            ExprKind::Composite { .. } => {
                self.expr(st, e);
                st.op(Op::Alloc);
            }
            ExprKind::Ident(_) => {
                let key = self.key_in(st.file, e.id);
                let obj = self.ck.info.uses.get(&key).copied();
                match obj.and_then(|o| st.vars.get(&o).copied()) {
                    Some(Var::Cell(s)) => {
                        st.op(Op::Load(s));
                    }
                    Some(Var::Capture(i)) => {
                        st.op(Op::CaptureAddr(i));
                    }
                    Some(Var::Slot(_)) => {
                        // Escape analysis gives every variable whose address is
                        // taken a cell; a copy keeps the program running.
                        self.expr(st, e);
                        st.op(Op::Alloc);
                    }
                    None => match obj.and_then(|o| self.globals.get(&o).copied()) {
                        Some(g) => {
                            st.op(Op::GlobalAddr(g));
                        }
                        None => {
                            self.expr(st, e);
                            st.op(Op::Alloc);
                        }
                    },
                }
            }
            ExprKind::Star(x) => self.expr(st, x),
            ExprKind::Selector { x, .. } => {
                let key = self.key_in(st.file, e.id);
                match self.ck.info.selections.get(&key).cloned() {
                    Some(Selection::Field { path, derefs }) => {
                        self.field_base_addr(st, x, &derefs);
                        self.field_path_addr(st, &path, &derefs);
                    }
                    Some(Selection::Qualified(obj)) => match self.globals.get(&obj).copied() {
                        Some(g) => {
                            st.op(Op::GlobalAddr(g));
                        }
                        None => {
                            self.expr(st, e);
                            st.op(Op::Alloc);
                        }
                    },
                    _ => {
                        self.expr(st, e);
                        st.op(Op::Alloc);
                    }
                }
            }
            ExprKind::Index { x, index } => {
                // Every integer kind is a `Value::Int`, so indices need no conversion.
                let xt = self.type_of(st, x);
                match self.ck.types.under_type(xt) {
                    Type::Slice(_) => {
                        self.expr(st, x);
                        self.expr(st, index);
                        st.op(Op::IndexAddr(Container::Slice));
                    }
                    Type::Pointer(_) => {
                        self.expr(st, x);
                        self.expr(st, index);
                        st.op(Op::IndexAddr(Container::ArrayPtr));
                    }
                    _ => {
                        self.addr_of(st, x);
                        self.expr(st, index);
                        st.op(Op::IndexAddr(Container::ArrayPtr));
                    }
                }
            }
            _ => {
                self.expr(st, e);
                st.op(Op::Alloc);
            }
        }
    }

    /// The starting pointer of a field path: `x` itself if it is a pointer
    /// (first step dereferences), else `&x`.
    fn field_base_addr(&mut self, st: &mut FnState, x: &Expr, derefs: &[bool]) {
        if derefs.first().copied().unwrap_or(false) {
            self.expr(st, x);
        } else {
            self.addr_of(st, x);
        }
    }

    /// Follows a field path from a pointer on the stack, loading embedded
    /// pointers where the path goes through them.
    pub fn field_path_addr(&mut self, st: &mut FnState, path: &[u32], derefs: &[bool]) {
        for (k, idx) in path.iter().enumerate() {
            if k > 0 && derefs.get(k).copied().unwrap_or(false) {
                st.op(Op::Deref);
            }
            st.op(Op::FieldAddr(*idx));
        }
    }

    /// Reads a field path from a value: `x.a.b` without pointers on the way
    /// uses `Field`; with pointers it goes through addresses.
    pub fn field_read(&mut self, st: &mut FnState, x: &Expr, path: &[u32], derefs: &[bool]) {
        if derefs.iter().any(|d| *d) {
            self.field_base_addr(st, x, derefs);
            self.field_path_addr(st, path, derefs);
            st.op(Op::Deref);
        } else {
            self.expr(st, x);
            for idx in path {
                st.op(Op::Field(*idx));
            }
        }
    }
}
