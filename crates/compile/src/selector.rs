//! Selectors `x.f`: package-qualified names, field reads, method values
//! bound to their receiver, and method expressions; and pushing a method's
//! receiver through embedded fields, which calls share (the checker's side
//! is types' selector.rs).

use super::Compiler;
use super::function::FnState;
use program::Op;
use program::value::Value;
use syntax::ast::Expr;
use types::{Selection, Type, TypeId};

impl Compiler<'_> {
    pub(super) fn selector(&mut self, st: &mut FnState, e: &Expr, x: &Expr, name: &str) {
        let key = self.key_in(st.file, e.id);
        match self.ck.info.selections.get(&key).cloned() {
            Some(Selection::Qualified(obj)) => {
                if let Some(&g) = self.globals.get(&obj) {
                    st.op(Op::LoadGlobal(g));
                } else if let Some(&f) = self.funcs.get(&obj) {
                    let v = self.func_value(f);
                    let k = self.konst(v);
                    st.op(Op::Const(k));
                } else {
                    let k = self.konst(Value::Nil);
                    st.op(Op::Const(k));
                }
            }
            Some(Selection::Field { path, derefs }) => self.field_read(st, x, &path, &derefs),
            Some(Selection::Method {
                func,
                path,
                derefs,
                ptr_recv,
            }) => {
                // A method value: bind the receiver now.
                self.receiver(st, x, &path, &derefs, ptr_recv);
                let f = self.funcs.get(&func).copied();
                if let Some(f) = f {
                    let w = self.bound_method(f);
                    st.op(Op::MakeClosure(w, 1));
                }
            }
            Some(Selection::IfaceMethod { path, derefs, .. }) => {
                self.receiver(st, x, &path, &derefs, false);
                let w = self.bound_iface_method(name, self.type_of(st, e));
                st.op(Op::MakeClosure(w, 1));
            }
            Some(Selection::MethodExpr {
                func,
                recv,
                path,
                derefs,
                ptr_recv,
            }) => {
                let w = self.method_expr_wrapper(func, recv, &path, &derefs, ptr_recv);
                let v = self.func_value(w);
                let k = self.konst(v);
                st.op(Op::Const(k));
            }
            Some(Selection::IfaceMethodExpr { name, .. }) => {
                let sig = self.type_of(st, e);
                let w = self.iface_method_expr_wrapper(&name, sig);
                let v = self.func_value(w);
                let k = self.konst(v);
                st.op(Op::Const(k));
            }
            None => {
                let k = self.konst(Value::Nil);
                st.op(Op::Const(k));
            }
        }
    }

    /// Pushes the receiver for a method reached through `path`: its address
    /// for pointer methods, its value otherwise.
    pub fn receiver(
        &mut self,
        st: &mut FnState,
        x: &Expr,
        path: &[u32],
        derefs: &[bool],
        ptr_recv: bool,
    ) {
        let xt = self.type_of(st, x);
        let x_is_ptr = self.ck.types.pointer_elem(xt).is_some() && !self.is_iface(xt);
        if path.is_empty() {
            match (ptr_recv, x_is_ptr) {
                (true, true) | (false, false) => self.expr(st, x),
                (true, false) => self.addr_of(st, x),
                (false, true) => {
                    self.expr(st, x);
                    st.op(Op::Deref);
                }
            }
            return;
        }
        // Through embedded fields: walk by address, then load or keep.
        if x_is_ptr || derefs.first().copied().unwrap_or(false) {
            self.expr(st, x);
        } else {
            self.addr_of(st, x);
        }
        self.field_path_addr(st, path, derefs);
        let holder = self.embedded_holder_is_ptr(xt, path);
        match (ptr_recv, holder) {
            (true, true) | (false, true) => {
                // The field is itself a pointer: load it.
                st.op(Op::Deref);
                if !ptr_recv {
                    st.op(Op::Deref);
                }
            }
            (true, false) => {}
            (false, false) => {
                st.op(Op::Deref);
            }
        }
    }

    /// Whether the last embedded field on `path` (from type `ty`) is a pointer.
    pub fn embedded_holder_is_ptr(&self, ty: TypeId, path: &[u32]) -> bool {
        let types = &self.ck.types;
        let mut cur = types
            .pointer_elem(ty)
            .filter(|_| !types.is_named(ty))
            .unwrap_or(ty);
        let mut is_ptr = false;
        for idx in path {
            let Type::Struct(fields) = types.under_type(cur) else {
                return false;
            };
            let Some(f) = fields.get(*idx as usize) else {
                return false;
            };
            match types.get(f.ty) {
                Type::Pointer(inner) => {
                    cur = *inner;
                    is_ptr = true;
                }
                _ => {
                    cur = f.ty;
                    is_ptr = false;
                }
            }
        }
        is_ptr
    }
}
