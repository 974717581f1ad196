//! Small generated functions: interface method tables (with wrappers for
//! promoted and pointer-adjusted methods), bound method values, method
//! expressions, builtins used with `go`/`defer`, and package variable
//! initialisation.

use super::function::FnState;
use super::{Compiler, compile_bug};
use program::Op;
use program::value::FuncId;
use types::fnv::FnvSet;
use types::{Builtin, FileId, Found, ObjId, ObjKind, Type, TypeId, VarInit};

impl Compiler<'_> {
    /// A function of `params` parameters whose body (emitted by `body`)
    /// leaves `results` values on the stack, which it returns.
    fn forwarder(
        &mut self,
        name: String,
        params: u16,
        results: usize,
        body: impl FnOnce(&mut Self, &mut FnState),
    ) -> FuncId {
        let mut st = FnState::new(FileId(0), params, true);
        st.slots = params;
        let slots: Vec<u16> = (0..results).map(|_| st.temp()).collect();
        body(self, &mut st);
        for s in slots.iter().rev() {
            st.op(Op::Store(*s));
        }
        st.results = slots;
        st.result_cells = vec![false; results];
        st.op(Op::Return);
        let f = st.finish(self, name, 0, params);
        self.add_func(f)
    }

    fn sig_counts(&self, sig_ty: TypeId) -> (u16, usize) {
        match self.ck.types.signature(sig_ty) {
            Some(s) => (
                self.u16_of(s.params.len(), "parameters of one function"),
                s.results.len(),
            ),
            None => {
                compile_bug!(self, "a method whose type is not a signature");
                (0, 0)
            }
        }
    }

    fn method_obj(&self, f: FuncId) -> Option<ObjId> {
        self.funcs.iter().find(|(_, id)| **id == f).map(|(o, _)| *o)
    }

    /// A compiled function that calls native `id` (declared as `f`) with its parameters.
    pub fn native_forwarder(&mut self, f: FuncId, id: program::NativeId) -> FuncId {
        if let Some(&w) = self.bound.get(&(f, true)) {
            return w;
        }
        let obj = self.method_obj(f);
        let (params, results) = obj.map_or((0, 0), |o| {
            let (p, r) = self.sig_counts(self.ck.object(o).ty());
            let recv = matches!(self.ck.object(o).kind, ObjKind::Func { recv: Some(_), .. });
            (p + u16::from(recv), r)
        });
        let name = self.prog.funcs[f.0 as usize].name.clone();
        let w = self.forwarder(name, params, results, |_, st| {
            for i in 0..params {
                st.op(Op::Load(i));
            }
            st.op(Op::CallNative(id, params));
        });
        self.bound.insert((f, true), w);
        w
    }

    /// `x.M` as a value: a closure whose capture is the receiver.
    pub fn bound_method(&mut self, f: FuncId) -> FuncId {
        if let Some(&w) = self.bound.get(&(f, false)) {
            return w;
        }
        let sig = self
            .method_obj(f)
            .map_or(types::ty::INVALID, |o| self.ck.object(o).ty());
        let (params, results) = self.sig_counts(sig);
        let name = format!("{}-fm", self.prog.funcs[f.0 as usize].name);
        let w = self.forwarder(name, params, results, |_, st| {
            st.op(Op::CaptureAddr(0));
            for i in 0..params {
                st.op(Op::Load(i));
            }
            st.op(Op::Call(f, params + 1));
        });
        self.bound.insert((f, false), w);
        w
    }

    /// `i.M` as a value for an interface `i`.
    pub fn bound_iface_method(&mut self, name: &str, sig: TypeId) -> FuncId {
        let (params, results) = self.sig_counts(sig);
        let sym = self.method_sym(name);
        self.forwarder(format!("{name}-fm"), params, results, |_, st| {
            st.op(Op::CaptureAddr(0));
            for i in 0..params {
                st.op(Op::Load(i));
            }
            st.op(Op::CallIface(sym, params));
        })
    }

    /// `T.M` / `(*T).M`: the receiver becomes the first parameter.
    pub fn method_expr_wrapper(
        &mut self,
        func: ObjId,
        recv: TypeId,
        path: &[u32],
        derefs: &[bool],
        ptr_recv: bool,
    ) -> FuncId {
        let Some(&f) = self.funcs.get(&func) else {
            return FuncId(0);
        };
        let (params, results) = self.sig_counts(self.ck.object(func).ty());
        let recv_is_ptr = self.ck.types.pointer_elem(recv).is_some();
        let holder_ptr = self.embedded_holder_is_ptr(recv, path);
        let name = self.prog.funcs[f.0 as usize].name.clone();
        let (path, derefs) = (path.to_vec(), derefs.to_vec());
        self.forwarder(name, params + 1, results, move |c, st| {
            st.op(Op::Load(0));
            c.adjust_receiver(st, recv_is_ptr, &path, &derefs, ptr_recv, holder_ptr);
            for i in 1..=params {
                st.op(Op::Load(i));
            }
            st.op(Op::Call(f, params + 1));
        })
    }

    pub fn iface_method_expr_wrapper(&mut self, name: &str, sig: TypeId) -> FuncId {
        let (params, results) = self.sig_counts(sig);
        let sym = self.method_sym(name);
        self.forwarder(format!("{name}-fm"), params, results, |_, st| {
            for i in 0..params {
                st.op(Op::Load(i));
            }
            st.op(Op::CallIface(sym, params.saturating_sub(1)));
        })
    }

    /// Turns the receiver on the stack (of pointer or value type) into what
    /// the method wants, following embedded fields on `path`.
    fn adjust_receiver(
        &mut self,
        st: &mut FnState,
        recv_is_ptr: bool,
        path: &[u32],
        derefs: &[bool],
        ptr_recv: bool,
        holder_ptr: bool,
    ) {
        if path.is_empty() {
            match (recv_is_ptr, ptr_recv) {
                (true, false) => {
                    st.op(Op::Deref);
                }
                (false, true) => {
                    st.op(Op::Alloc);
                }
                _ => {}
            }
            return;
        }
        if !recv_is_ptr {
            st.op(Op::Alloc);
        }
        let mut d = derefs.to_vec();
        if let Some(first) = d.first_mut() {
            *first = false;
        }
        self.field_path_addr(st, path, &d);
        if holder_ptr {
            st.op(Op::Deref);
        }
        if !ptr_recv {
            st.op(Op::Deref);
        }
    }

    /// A function wrapping a builtin, so `defer close(ch)` and `go println(x)`
    /// can be deferred like any call.
    pub fn builtin_thunk(&mut self, b: Builtin, arg_types: &[TypeId], spread: bool) -> FuncId {
        let key = format!("{b:?}{arg_types:?}{spread}");
        if let Some(&f) = self.thunks.get(&key) {
            return f;
        }
        let n = self.u16_of(arg_types.len(), "arguments of one call");
        let any = self.any_type();
        let tys = arg_types.to_vec();
        let f = self.forwarder(b.name().to_string(), n, 0, move |c, st| {
            for i in 0..n {
                st.op(Op::Load(i));
            }
            match b {
                Builtin::Close => {
                    st.op(Op::Close);
                }
                Builtin::Panic => {
                    if let Some(t) = tys.first() {
                        c.convert_for_assign(st, *t, any);
                    }
                    st.op(Op::Panic);
                }
                Builtin::Print | Builtin::Println => {
                    let i = c.print_table(tys.clone());
                    st.op(Op::Print(i, b == Builtin::Println));
                }
                Builtin::Delete => {
                    st.op(Op::MapDelete);
                }
                Builtin::Recover => {
                    st.op(Op::Recover);
                    st.op(Op::Pop);
                }
                Builtin::Copy => {
                    st.op(Op::Copy);
                    st.op(Op::Pop);
                }
                _ => {
                    for _ in 0..n {
                        st.op(Op::Pop);
                    }
                }
            }
        });
        self.thunks.insert(key, f);
        f
    }

    /// Every method name a value of type `ty` might have: declared on it,
    /// or promoted from embedded fields.
    fn method_names(&self, ty: TypeId, seen: &mut FnvSet<TypeId>, out: &mut Vec<String>) {
        let types = &self.ck.types;
        let base = types
            .pointer_elem(ty)
            .filter(|_| !types.is_named(ty))
            .unwrap_or(ty);
        if !seen.insert(base) {
            return;
        }
        if let Some(info) = types.named_info(base) {
            out.extend(info.methods.iter().map(|m| m.name.clone()));
        }
        match types.under_type(base) {
            Type::Struct(fields) => {
                for f in fields.iter().filter(|f| f.embedded) {
                    self.method_names(f.ty, seen, out);
                }
            }
            Type::Interface(methods) => out.extend(methods.iter().map(|m| m.name.clone())),
            _ => {}
        }
    }

    /// Fills `Program::methods` for every named type and pointer to one.
    pub(super) fn build_method_tables(&mut self) {
        let types = &self.ck.types;
        let mut candidates: Vec<TypeId> = Vec::new();
        for i in 0..types.len() {
            let t = TypeId(self.u32_of(i));
            let named = types.is_named(t) && !types.is_interface(t);
            let ptr_to_named =
                types.pointer_elem(t).is_some_and(|e| types.is_named(e)) && !types.is_named(t);
            if named || ptr_to_named {
                candidates.push(t);
            }
        }
        for d in candidates {
            let mut names = Vec::new();
            self.method_names(d, &mut FnvSet::default(), &mut names);
            syntax::order::sort_by_str_key(&mut names, |n| n);
            names.dedup();
            for name in names {
                let Some(l) = types::lookup_member(&self.ck.types, d, &name) else {
                    continue;
                };
                let sig = match l.found {
                    Found::Method { func, .. } => self.ck.object(func).ty(),
                    Found::IfaceMethod { sig } => sig,
                    Found::Field { .. } => continue,
                };
                let entry = match l.found {
                    Found::Method { func, ptr_recv } => {
                        let Some(&f) = self.funcs.get(&func) else {
                            continue;
                        };
                        let d_is_ptr =
                            !self.ck.types.is_named(d) && self.ck.types.pointer_elem(d).is_some();
                        if ptr_recv && !d_is_ptr && !l.holder_is_ptr {
                            continue;
                        }
                        if l.path.is_empty() && ptr_recv == d_is_ptr {
                            f
                        } else {
                            let (params, results) = self.sig_counts(self.ck.object(func).ty());
                            let fname = self.prog.funcs[f.0 as usize].name.clone();
                            let holder = self.embedded_holder_is_ptr(d, &l.path);
                            let (path, derefs) = (l.path.clone(), l.derefs.clone());
                            self.forwarder(fname, params + 1, results, move |c, st| {
                                st.op(Op::Load(0));
                                c.adjust_receiver(st, d_is_ptr, &path, &derefs, ptr_recv, holder);
                                for i in 1..=params {
                                    st.op(Op::Load(i));
                                }
                                st.op(Op::Call(f, params + 1));
                            })
                        }
                    }
                    Found::IfaceMethod { sig } if !l.path.is_empty() => {
                        let (params, results) = self.sig_counts(sig);
                        let sym = self.method_sym(&name);
                        let d_is_ptr =
                            !self.ck.types.is_named(d) && self.ck.types.pointer_elem(d).is_some();
                        let (path, derefs) = (l.path.clone(), l.derefs.clone());
                        self.forwarder(name.clone(), params + 1, results, move |c, st| {
                            st.op(Op::Load(0));
                            c.adjust_receiver(st, d_is_ptr, &path, &derefs, false, false);
                            for i in 1..=params {
                                st.op(Op::Load(i));
                            }
                            st.op(Op::CallIface(sym, params));
                        })
                    }
                    _ => continue,
                };
                let sym = self.method_sym(&name);
                self.prog.methods.insert((d, sym), (entry, sig));
            }
        }
    }

    /// Initialises one group of package variables in the entry function.
    pub(super) fn global_init(&mut self, st: &mut FnState, init: &VarInit) {
        let pkg = &self.ck.packages[self.ck.file(init.file).pkg.0 as usize];
        st.closure_prefix = format!("{}.init", pkg.path);
        if init.values.is_empty() {
            return;
        }
        if init.values.len() == init.vars.len() {
            for (v, e) in init.vars.iter().zip(&init.values) {
                let ty = match self.ck.object(*v).kind {
                    ObjKind::Var { ty, .. } => ty,
                    _ => types::ty::INVALID,
                };
                self.expr_to(st, e, ty);
                match self.globals.get(v) {
                    Some(&g) => st.op(Op::StoreGlobal(g)),
                    None => st.op(Op::Pop),
                };
            }
        } else {
            self.expr(st, &init.values[0]);
            for v in init.vars.iter().rev() {
                match self.globals.get(v) {
                    Some(&g) => st.op(Op::StoreGlobal(g)),
                    None => st.op(Op::Pop),
                };
            }
        }
    }
}
