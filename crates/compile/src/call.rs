//! Calls, conversions, builtins, and the callee-plus-arguments form that
//! `go` and `defer` need.

use super::function::FnState;
use super::{Compiler, compile_bug};
use program::value::Value;
use program::{Container, Conv, ElemLayout, NumKind, Op};
use syntax::ast::{Expr, ExprKind};
use types::{Builtin, CallKind, Selection, Type, TypeId};

/// How a call's target is reached.
enum Callee {
    Static(program::value::FuncId),
    /// Interface method: the receiver is pushed first.
    Iface(u32),
    /// A function value on the stack.
    Value,
}

impl Compiler<'_> {
    /// Records a `print`/`println` call's argument types; `Op::Print`
    /// names them by this index.
    pub(super) fn print_table(&mut self, tys: Vec<TypeId>) -> u32 {
        let i = self.u32_of(self.prog.prints.len());
        self.prog.prints.push(tys);
        i
    }

    pub fn call(&mut self, st: &mut FnState, e: &Expr) {
        let ExprKind::Call { func, args, spread } = &e.kind else {
            return;
        };
        let key = self.key_in(st.file, e.id);
        match self.ck.info.calls.get(&key).cloned() {
            Some(CallKind::Conversion(t)) => self.conversion(st, t, &args[0]),
            Some(CallKind::Builtin(b)) => self.builtin(st, e, b, args, spread.is_some()),
            _ => {
                let (callee, argc_extra) = self.callee(st, func);
                let argc = self.arguments(st, func, args, spread.is_some()) + argc_extra;
                st.line = self.line_of(st, e.span.lo);
                match callee {
                    Callee::Static(f) => st.op(Op::Call(f, argc)),
                    Callee::Iface(sym) => st.op(Op::CallIface(sym, argc - 1)),
                    Callee::Value => st.op(Op::CallValue(argc)),
                };
            }
        }
    }

    /// Pushes whatever precedes the arguments (receiver or function value).
    fn callee(&mut self, st: &mut FnState, func: &Expr) -> (Callee, u16) {
        let inner = crate::expr_strip(func);
        let key = self.key_in(st.file, inner.id);
        if let ExprKind::Index { .. } | ExprKind::IndexList { .. } = inner.kind {
            // `F[int](...)`: the checker made the instantiation name its instance.
            if let Some(&f) = self.ck.info.uses.get(&key).and_then(|o| self.funcs.get(o)) {
                return (Callee::Static(f), 0);
            }
        }
        if let ExprKind::Ident(_) = inner.kind {
            if let Some(f) = self
                .ck
                .info
                .uses
                .get(&key)
                .and_then(|o| self.funcs.get(o))
                .copied()
            {
                if !st
                    .vars
                    .keys()
                    .any(|v| Some(v) == self.ck.info.uses.get(&key))
                {
                    return (Callee::Static(f), 0);
                }
            }
        }
        if let ExprKind::Selector { x, .. } = &inner.kind {
            match self.ck.info.selections.get(&key).cloned() {
                Some(Selection::Qualified(obj)) => {
                    if let Some(&f) = self.funcs.get(&obj) {
                        return (Callee::Static(f), 0);
                    }
                }
                Some(Selection::Method {
                    func: m,
                    path,
                    derefs,
                    ptr_recv,
                }) => {
                    if let Some(&f) = self.funcs.get(&m) {
                        self.receiver(st, x, &path, &derefs, ptr_recv);
                        return (Callee::Static(f), 1);
                    }
                }
                Some(Selection::IfaceMethod { name, path, derefs }) => {
                    self.receiver(st, x, &path, &derefs, false);
                    let sym = self.method_sym(&name);
                    return (Callee::Iface(sym), 1);
                }
                _ => {}
            }
        }
        self.expr(st, func);
        (Callee::Value, 0)
    }

    /// Pushes the arguments converted to the parameter types, packing
    /// variadic extras into a slice. Returns how many values were pushed.
    fn arguments(&mut self, st: &mut FnState, func: &Expr, args: &[Expr], spread: bool) -> u16 {
        let fty = self.type_of(st, func);
        let Some(sig) = self.ck.types.signature(fty).cloned() else {
            for a in args {
                self.expr(st, a);
            }
            return self.u16_of(args.len(), "arguments of one call");
        };
        // f(g()) with g returning several values.
        if args.len() == 1
            && matches!(
                self.ck.types.get(self.type_of(st, &args[0])),
                Type::Tuple(_)
            )
        {
            let items = self.ck.types.tuple_items(self.type_of(st, &args[0]));
            self.expr(st, &args[0]);
            let temps: Vec<u16> = items.iter().map(|_| st.temp()).collect();
            for t in temps.iter().rev() {
                st.op(Op::Store(*t));
            }
            let n = sig.params.len();
            let fixed = if sig.variadic { n - 1 } else { n };
            for (i, (t, ty)) in temps.iter().zip(&items).enumerate().take(fixed) {
                st.op(Op::Load(*t));
                self.convert_for_assign(st, *ty, sig.params[i]);
            }
            if sig.variadic {
                let elem = self.slice_elem(sig.params[n - 1]);
                let extra = &temps[fixed.min(temps.len())..];
                for (t, ty) in extra.iter().zip(&items[fixed.min(items.len())..]) {
                    st.op(Op::Load(*t));
                    self.convert_for_assign(st, *ty, elem);
                }
                self.pack(st, extra.len());
            }
            return self.u16_of(sig.params.len(), "arguments of one call");
        }
        let n = sig.params.len();
        if !sig.variadic || spread {
            for (a, p) in args.iter().zip(&sig.params) {
                self.expr_to(st, a, *p);
            }
            return self.u16_of(args.len(), "arguments of one call");
        }
        let fixed = n - 1;
        for (a, p) in args.iter().zip(&sig.params).take(fixed) {
            self.expr_to(st, a, *p);
        }
        let elem = self.slice_elem(sig.params[n - 1]);
        let extra = args.get(fixed..).unwrap_or(&[]);
        for a in extra {
            self.expr_to(st, a, elem);
        }
        self.pack(st, extra.len());
        self.u16_of(n, "arguments of one call")
    }

    /// Packs the top `n` values into a new slice (nil when `n == 0`, as Go
    /// passes no variadic arguments).
    fn pack(&mut self, st: &mut FnState, n: usize) {
        if n == 0 {
            let k = self.konst(Value::Nil);
            st.op(Op::Const(k));
        } else {
            st.op(Op::MakeSliceFrom(self.u32_of(n)));
        }
    }

    pub fn slice_elem(&self, ty: TypeId) -> TypeId {
        match self.ck.types.under_type(ty) {
            Type::Slice(e) => *e,
            _ => types::ty::INVALID,
        }
    }

    fn conversion(&mut self, st: &mut FnState, target: TypeId, arg: &Expr) {
        let src = self.type_of(st, arg);
        if self.is_iface(target) {
            self.expr_to(st, arg, target);
            return;
        }
        self.expr(st, arg);
        let types = &self.ck.types;
        let (su, tu) = (
            types.under_type(src).clone(),
            types.under_type(target).clone(),
        );
        let conv = match (&su, &tu) {
            (Type::Basic(_), Type::Basic(tb)) if tb.is_string() => match self.num_kind(src) {
                Some(NumKind::Str) | None => None,
                Some(_) => Some(Conv::RuneToStr),
            },
            (Type::Basic(_), Type::Basic(_)) => match (self.num_kind(src), self.num_kind(target)) {
                (Some(a), Some(b)) if a != b => Some(Conv::Num(a, b)),
                _ => None,
            },
            (Type::Slice(e), Type::Basic(_)) => match self.ck.types.basic_of(*e) {
                Some(types::Basic::Uint8) => Some(Conv::BytesToStr),
                _ => Some(Conv::RunesToStr),
            },
            (Type::Basic(_), Type::Slice(e)) => match self.ck.types.basic_of(*e) {
                Some(types::Basic::Uint8) => Some(Conv::StrToBytes),
                _ => Some(Conv::StrToRunes),
            },
            (Type::Slice(_), Type::Array(n, _)) => {
                // Array lengths are bounded by the checker (2^20 values).
                Some(Conv::SliceToArray(*n as u32))
            }
            (Type::Slice(_), Type::Pointer(p)) => match self.ck.types.under_type(*p) {
                Type::Array(n, _) => Some(Conv::SliceToArrayPtr(*n as u32)),
                _ => None,
            },
            _ => None,
        };
        if let Some(c) = conv {
            st.op(Op::Convert(c));
        }
    }

    fn container_of(&self, ty: TypeId) -> Container {
        match self.ck.types.under_type(ty) {
            Type::Basic(_) => Container::Str,
            Type::Slice(_) => Container::Slice,
            Type::Map(..) => Container::Map,
            Type::Chan(..) => Container::Chan,
            Type::Pointer(_) => Container::ArrayPtr,
            _ => Container::Array,
        }
    }

    fn builtin(&mut self, st: &mut FnState, e: &Expr, b: Builtin, args: &[Expr], spread: bool) {
        st.line = self.line_of(st, e.span.lo);
        match b {
            Builtin::Len | Builtin::Cap => {
                let ty = self.type_of(st, &args[0]);
                self.expr(st, &args[0]);
                let c = self.container_of(ty);
                st.op(if b == Builtin::Len {
                    Op::Len(c)
                } else {
                    Op::Cap(c)
                });
            }
            Builtin::Append => {
                let sty = self.type_of(st, e);
                let elem = self.slice_elem(sty);
                let l = self.ck.types.layout(elem);
                let layout = ElemLayout::new(l.size, l.pointers);
                self.expr(st, &args[0]);
                if spread {
                    self.expr(st, &args[1]);
                    st.op(Op::AppendSlice(layout));
                } else {
                    for a in &args[1..] {
                        self.expr_to(st, a, elem);
                    }
                    st.op(Op::Append(
                        self.u16_of(args.len() - 1, "arguments of one call"),
                        layout,
                    ));
                }
            }
            Builtin::Make => {
                let ty = self.type_of_type(st, &args[0]);
                match self.ck.types.under_type(ty).clone() {
                    Type::Slice(el) => {
                        self.expr(st, &args[1]);
                        if let Some(c) = args.get(2) {
                            self.expr(st, c);
                        } else {
                            st.op(Op::Dup);
                        }
                        let z = self.zero_value(el);
                        let k = self.konst(z);
                        st.op(Op::MakeSlice(k));
                    }
                    Type::Map(k, _) => {
                        if let Some(n) = args.get(1) {
                            self.expr(st, n);
                            st.op(Op::Pop);
                        }
                        st.op(Op::MakeMap(self.map_kind(k)));
                    }
                    Type::Chan(_, el) => {
                        match args.get(1) {
                            Some(n) => self.expr(st, n),
                            None => {
                                let k = self.konst(Value::Int(0));
                                st.op(Op::Const(k));
                            }
                        }
                        let z = self.zero_value(el);
                        let k = self.konst(z);
                        st.op(Op::MakeChan(k, el.0));
                    }
                    _ => {
                        let k = self.konst(Value::Nil);
                        st.op(Op::Const(k));
                    }
                }
            }
            Builtin::New => {
                let key = self.key_in(st.file, args[0].id);
                if self.ck.info.type_exprs.contains_key(&key) {
                    let ty = self.type_of_type(st, &args[0]);
                    let z = self.zero_value(ty);
                    let k = self.konst(z);
                    st.op(Op::Const(k));
                } else {
                    // `new(v)`: the variable starts out holding v.
                    let ptr = self.type_of(st, e);
                    let elem = self
                        .ck
                        .types
                        .pointer_elem(ptr)
                        .unwrap_or(types::ty::INVALID);
                    self.expr_to(st, &args[0], elem);
                }
                st.op(Op::Alloc);
            }
            Builtin::Delete => {
                let mt = self.type_of(st, &args[0]);
                let kt = match self.ck.types.under_type(mt) {
                    Type::Map(k, _) => *k,
                    _ => types::ty::INVALID,
                };
                self.expr(st, &args[0]);
                self.expr_to(st, &args[1], kt);
                st.op(Op::MapDelete);
            }
            Builtin::Close => {
                self.expr(st, &args[0]);
                st.op(Op::Close);
            }
            Builtin::Copy => {
                self.expr(st, &args[0]);
                self.expr(st, &args[1]);
                st.op(Op::Copy);
            }
            Builtin::Panic => {
                let any = self.any_type();
                self.expr_to(st, &args[0], any);
                st.op(Op::Panic);
            }
            Builtin::Print | Builtin::Println => {
                let mut tys = Vec::new();
                for a in args {
                    self.expr(st, a);
                    tys.push(self.type_of(st, a));
                }
                let i = self.print_table(tys);
                st.op(Op::Print(i, b == Builtin::Println));
            }
            Builtin::Recover => {
                st.op(Op::Recover);
            }
            Builtin::Min | Builtin::Max => {
                let ty = self.type_of(st, e);
                for a in args {
                    self.expr_to(st, a, ty);
                }
                let kind = self.kind_of(ty);
                st.op(Op::MinMax(
                    b == Builtin::Max,
                    kind,
                    self.u16_of(args.len(), "arguments of one call"),
                ));
            }
            Builtin::Clear => {
                let ty = self.type_of(st, &args[0]);
                self.expr(st, &args[0]);
                match self.ck.types.under_type(ty).clone() {
                    Type::Slice(el) => {
                        let z = self.zero_value(el);
                        let k = self.konst(z);
                        st.op(Op::ClearSlice(k));
                    }
                    _ => {
                        st.op(Op::ClearMap);
                    }
                }
            }
        }
    }

    pub fn any_type(&self) -> TypeId {
        self.ck
            .types
            .find(&Type::Interface(Vec::new()))
            .unwrap_or_else(|| {
                compile_bug!(self, "the universe has no `any`");
                types::ty::INVALID
            })
    }

    /// For `go` and `defer`: pushes a function value and its arguments
    /// (evaluated now, as Go requires), returning the argument count.
    /// The number of the wrapper Go generates for the call of a `go` or
    /// `defer` statement (0: none). Since Go 1.22 only the call of a
    /// function value taking and returning nothing runs directly; a call
    /// with arguments or results, of a method or of a builtin goes through
    /// a closure named `gowrapN` or `deferwrapN`.
    pub fn go_defer_wrapper(&mut self, st: &mut FnState, call: &Expr) -> u16 {
        let ExprKind::Call { func, args, .. } = &call.kind else {
            return 0;
        };
        let key = self.key_in(st.file, call.id);
        let inner = crate::expr_strip(func);
        let sel_key = self.key_in(st.file, inner.id);
        let direct = !matches!(self.ck.info.calls.get(&key), Some(CallKind::Builtin(_)))
            && !matches!(
                (&inner.kind, self.ck.info.selections.get(&sel_key)),
                (
                    ExprKind::Selector { .. },
                    Some(Selection::Method { .. } | Selection::IfaceMethod { .. })
                )
            )
            && args.is_empty()
            && matches!(
                self.ck.types.under_type(self.type_of(st, func)),
                Type::Func(sig) if sig.params.is_empty() && sig.results.is_empty()
            );
        if direct {
            return 0;
        }
        st.wrapper_count = st.wrapper_count.saturating_add(1);
        st.wrapper_count
    }

    pub fn call_as_value(&mut self, st: &mut FnState, call: &Expr) -> u16 {
        let ExprKind::Call { func, args, spread } = &call.kind else {
            return 0;
        };
        let key = self.key_in(st.file, call.id);
        match self.ck.info.calls.get(&key).cloned() {
            Some(CallKind::Builtin(b)) => {
                let tys: Vec<TypeId> = args.iter().map(|a| self.type_of(st, a)).collect();
                let thunk = self.builtin_thunk(b, &tys, spread.is_some());
                let v = self.func_value(thunk);
                let k = self.konst(v);
                st.op(Op::Const(k));
                for a in args {
                    self.expr(st, a);
                }
                self.u16_of(args.len(), "arguments of one call")
            }
            _ => {
                let inner = crate::expr_strip(func);
                let sel_key = self.key_in(st.file, inner.id);
                match (&inner.kind, self.ck.info.selections.get(&sel_key).cloned()) {
                    (
                        ExprKind::Selector { .. },
                        Some(Selection::Method { .. } | Selection::IfaceMethod { .. }),
                    ) => {
                        // A bound method value carries the receiver.
                        self.expr(st, inner);
                    }
                    _ => self.expr(st, func),
                }
                self.arguments(st, func, args, spread.is_some())
            }
        }
    }
}
