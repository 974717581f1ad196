//! Compiling expressions: each pushes exactly one value (a call with
//! several results pushes them all).

use super::function::FnState;
use super::{Compiler, compile_bug};
use program::value::Value;
use program::{CmpOp, Container, Op};
use syntax::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use types::{ObjKind, Type, TypeId};

impl Compiler<'_> {
    pub fn type_of(&self, st: &FnState, e: &Expr) -> TypeId {
        let key = self.key_in(st.file, e.id);
        self.type_at(key)
    }

    /// The type the checker gave the expression at `key`.
    pub fn type_at(&self, key: types::NodeKey) -> TypeId {
        self.ck.info.types.get(&key).copied().unwrap_or_else(|| {
            compile_bug!(self, "the checker left an expression untyped");
            types::ty::INVALID
        })
    }

    /// Pushes the value of `e` converted for a destination of type `target`
    /// (wrapping concrete values into interfaces).
    pub fn expr_to(&mut self, st: &mut FnState, e: &Expr, target: TypeId) {
        self.expr(st, e);
        let src = self.type_of(st, e);
        self.convert_for_assign(st, src, target);
    }

    pub fn convert_for_assign(&mut self, st: &mut FnState, src: TypeId, target: TypeId) {
        if self.is_iface(target)
            && !self.is_iface(src)
            && src != types::ty::INVALID
            && !self.is_untyped_nil(src)
        {
            st.op(Op::ToIface(src));
        }
    }

    fn is_untyped_nil(&self, ty: TypeId) -> bool {
        matches!(self.ck.types.get(ty), Type::Basic(types::Basic::UntypedNil))
    }

    pub fn expr(&mut self, st: &mut FnState, e: &Expr) {
        let key = self.key_in(st.file, e.id);
        let saved_line = st.line;
        st.line = self.line_of(st, e.span.lo);
        let saved_subject = st.subject.replace(e.span);
        if let Some(v) = self.ck.info.consts.get(&key) {
            let ty = self.type_of(st, e);
            let ty = if self.ck.types.is_untyped(ty) {
                self.default_of(ty)
            } else {
                ty
            };
            let value = self.const_value(v, ty);
            let k = self.konst(value);
            st.op(Op::Const(k));
            st.line = saved_line;
            st.subject = saved_subject;
            return;
        }
        self.expr_inner(st, e);
        st.line = saved_line;
        st.subject = saved_subject;
    }

    fn default_of(&self, ty: TypeId) -> TypeId {
        let b = match self.ck.types.basic_of(ty) {
            Some(types::Basic::UntypedBool) => types::Basic::Bool,
            Some(types::Basic::UntypedInt) => types::Basic::Int,
            Some(types::Basic::UntypedRune) => types::Basic::Int32,
            Some(types::Basic::UntypedFloat) => types::Basic::Float64,
            Some(types::Basic::UntypedString) => types::Basic::String,
            _ => return ty,
        };
        self.ck.types.find(&Type::Basic(b)).unwrap_or_else(|| {
            compile_bug!(self, "the universe has no {}", b.name());
            ty
        })
    }

    fn expr_inner(&mut self, st: &mut FnState, e: &Expr) {
        let key = self.key_in(st.file, e.id);
        match &e.kind {
            ExprKind::Bad | ExprKind::KeyValue { .. } | ExprKind::Ellipsis(_) => {
                let k = self.konst(Value::Nil);
                st.op(Op::Const(k));
            }
            ExprKind::Ident(id) => self.ident(st, e, &id.name),
            ExprKind::Lit(_) => {
                let k = self.konst(Value::Nil);
                st.op(Op::Const(k));
            }
            ExprKind::Paren(x) => self.expr(st, x),
            ExprKind::FuncLit { sig, body } => self.func_lit(st, e, sig, body),
            ExprKind::Composite { elems, .. } => {
                let ty = self.type_of(st, e);
                self.composite(st, ty, elems);
            }
            ExprKind::Selector { x, sel } => self.selector(st, e, x, &sel.name),
            ExprKind::Index { .. } | ExprKind::IndexList { .. }
                if self.ck.info.uses.contains_key(&key) =>
            {
                // An instantiation `F[int]`: the instance, as a function value.
                self.ident(st, e, "");
            }
            ExprKind::IndexList { .. } => {
                compile_bug!(self, "an instantiation the checker did not resolve");
            }
            ExprKind::Index { x, index } => {
                let xt = self.type_of(st, x);
                match self.ck.types.under_type(xt).clone() {
                    Type::Map(k, v) => {
                        self.expr(st, x);
                        self.expr_to(st, index, k);
                        let z = self.zero_value(v);
                        let zk = self.konst(z);
                        st.op(Op::MapGet(zk, false));
                    }
                    Type::Basic(_) => {
                        self.expr(st, x);
                        self.expr(st, index);
                        st.op(Op::Index(Container::Str));
                    }
                    Type::Slice(_) => {
                        self.expr(st, x);
                        self.expr(st, index);
                        st.op(Op::Index(Container::Slice));
                    }
                    Type::Pointer(_) => {
                        self.expr(st, x);
                        self.expr(st, index);
                        st.op(Op::Index(Container::ArrayPtr));
                    }
                    _ => {
                        self.expr(st, x);
                        self.expr(st, index);
                        st.op(Op::Index(Container::Array));
                    }
                }
            }
            ExprKind::Slice { x, low, high, max } => {
                let xt = self.type_of(st, x);
                let container = match self.ck.types.under_type(xt) {
                    Type::Basic(_) => Container::Str,
                    Type::Slice(_) => Container::Slice,
                    Type::Pointer(_) => Container::ArrayPtr,
                    _ => Container::Array,
                };
                if container == Container::Array {
                    self.addr_of(st, x);
                } else {
                    self.expr(st, x);
                }
                for b in [low, high, max].into_iter().flatten() {
                    self.expr(st, b);
                }
                let c = if container == Container::Array {
                    Container::ArrayPtr
                } else {
                    container
                };
                st.op(Op::SliceOf(c, low.is_some(), high.is_some(), max.is_some()));
            }
            ExprKind::TypeAssert { x, ty } => {
                self.expr(st, x);
                let src = self.type_of(st, x);
                let target = ty
                    .as_ref()
                    .map_or(types::ty::INVALID, |t| self.type_of_type(st, t));
                if self.is_iface(target) {
                    st.op(Op::AssertIface(target, src, false));
                } else {
                    st.op(Op::AssertType(target, src, false));
                }
            }
            ExprKind::Call { .. } => self.call(st, e),
            ExprKind::Star(x) => {
                self.expr(st, x);
                st.op(Op::Deref);
            }
            ExprKind::Unary { op, x } => self.unary(st, *op, x, key),
            ExprKind::Binary { op, x, y } => self.binary(st, *op, x, y),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let k = self.konst(Value::Nil);
                st.op(Op::Const(k));
            }
        }
    }

    /// The type an expression denotes (for type assertions, conversions, `make`).
    pub fn type_of_type(&self, st: &FnState, e: &Expr) -> TypeId {
        let key = self.key_in(st.file, e.id);
        self.ck
            .info
            .type_exprs
            .get(&key)
            .copied()
            .or_else(|| self.ck.info.types.get(&key).copied())
            .unwrap_or_else(|| {
                compile_bug!(self, "the checker left a type expression untyped");
                types::ty::INVALID
            })
    }

    fn ident(&mut self, st: &mut FnState, e: &Expr, name: &str) {
        let key = self.key_in(st.file, e.id);
        let Some(&obj) = self.ck.info.uses.get(&key) else {
            let k = self.konst(Value::Nil);
            st.op(Op::Const(k));
            return;
        };
        if let Some(v) = st.vars.get(&obj).copied() {
            self.load_var(st, v);
            return;
        }
        if let Some(&g) = self.globals.get(&obj) {
            st.op(Op::LoadGlobal(g));
            return;
        }
        match self.ck.object(obj).kind {
            ObjKind::Func { .. } => match self.funcs.get(&obj).copied() {
                Some(f) => {
                    let v = self.func_value(f);
                    let k = self.konst(v);
                    st.op(Op::Const(k));
                }
                None => {
                    let k = self.konst(Value::Nil);
                    st.op(Op::Const(k));
                }
            },
            _ => {
                let _ = name;
                let k = self.konst(Value::Nil);
                st.op(Op::Const(k));
            }
        }
    }

    fn unary(&mut self, st: &mut FnState, op: UnaryOp, x: &Expr, key: types::NodeKey) {
        match op {
            UnaryOp::Addr => self.addr_of(st, x),
            UnaryOp::Recv => {
                self.expr(st, x);
                st.op(Op::Recv(false));
            }
            UnaryOp::Pos => self.expr(st, x),
            UnaryOp::Tilde => compile_bug!(self, "a ~ term outside a constraint"),
            UnaryOp::Neg | UnaryOp::BitNot | UnaryOp::Not => {
                self.expr(st, x);
                let ty = self.type_at(key);
                let kind = self.kind_of(ty);
                st.op(match op {
                    UnaryOp::Neg => Op::Neg(kind),
                    UnaryOp::BitNot => Op::BitNot(kind),
                    _ => Op::Not,
                });
            }
        }
    }

    fn binary(&mut self, st: &mut FnState, op: BinaryOp, x: &Expr, y: &Expr) {
        match op {
            BinaryOp::LogAnd | BinaryOp::LogOr => {
                self.expr(st, x);
                st.op(Op::Dup);
                let j = st.op(if op == BinaryOp::LogAnd {
                    Op::JumpIfFalse(0)
                } else {
                    Op::JumpIfTrue(0)
                });
                st.op(Op::Pop);
                self.expr(st, y);
                st.patch(j);
            }
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge => {
                let (xt, yt) = (self.type_of(st, x), self.type_of(st, y));
                let cmp = match op {
                    BinaryOp::Eq => CmpOp::Eq,
                    BinaryOp::Ne => CmpOp::Ne,
                    BinaryOp::Lt => CmpOp::Lt,
                    BinaryOp::Le => CmpOp::Le,
                    BinaryOp::Gt => CmpOp::Gt,
                    _ => CmpOp::Ge,
                };
                let basic = self.num_kind(xt).filter(|_| self.num_kind(yt).is_some());
                if let Some(kind) = basic {
                    self.expr(st, x);
                    self.expr(st, y);
                    st.op(Op::Cmp(cmp, kind));
                    return;
                }
                // Mixed interface/concrete comparisons compare as interfaces.
                let (xi, yi) = (self.is_iface(xt), self.is_iface(yt));
                self.expr(st, x);
                if yi && !xi {
                    self.convert_for_assign(st, xt, yt);
                }
                self.expr(st, y);
                if xi && !yi {
                    self.convert_for_assign(st, yt, xt);
                }
                st.op(Op::EqAny(cmp == CmpOp::Ne));
            }
            _ => {
                self.expr(st, x);
                self.expr(st, y);
                let ty = self.type_of(st, x);
                let kind = self.kind_of(ty);
                let bop = super::bin_op(op);
                st.op(Op::Bin(bop, kind));
            }
        }
    }

    /// Builds a composite literal value of type `ty`.
    pub fn composite(&mut self, st: &mut FnState, ty: TypeId, elems: &[Expr]) {
        let types = &self.ck.types;
        if let Some(inner) = types.pointer_elem(ty).filter(|_| !types.is_named(ty)) {
            self.composite(st, inner, elems);
            st.op(Op::Alloc);
            return;
        }
        match types.under_type(ty).clone() {
            Type::Struct(fields) => {
                let mut values: Vec<Option<&Expr>> = vec![None; fields.len()];
                for (i, el) in elems.iter().enumerate() {
                    match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            if let ExprKind::Ident(id) = &key.kind {
                                if let Some(pos) = fields.iter().position(|f| f.name == id.name) {
                                    values[pos] = Some(value);
                                }
                            }
                        }
                        _ => {
                            if let Some(slot) = values.get_mut(i) {
                                *slot = Some(el);
                            }
                        }
                    }
                }
                for (f, v) in fields.iter().zip(values) {
                    match v {
                        Some(v) => self.elem(st, v, f.ty),
                        None => {
                            let z = self.zero_value(f.ty);
                            let k = self.konst(z);
                            st.op(Op::Const(k));
                        }
                    }
                }
                st.op(Op::MakeAgg(self.u32_of(fields.len())));
            }
            Type::Array(n, el) => {
                let slots = self.indexed_elems(st, elems, Some(n));
                if slots.iter().all(Option::is_none) {
                    let z = self.zero_value(ty);
                    let k = self.konst(z);
                    st.op(Op::Const(k));
                    return;
                }
                self.push_indexed(st, &slots, el);
                st.op(Op::MakeAgg(self.u32_of(slots.len())));
            }
            Type::Slice(el) => {
                let slots = self.indexed_elems(st, elems, None);
                self.push_indexed(st, &slots, el);
                st.op(Op::MakeSliceFrom(self.u32_of(slots.len())));
            }
            Type::Map(k, v) => {
                st.op(Op::MakeMap(self.map_kind(k)));
                for el in elems {
                    if let ExprKind::KeyValue { key, value } = &el.kind {
                        st.op(Op::Dup);
                        self.elem(st, key, k);
                        self.elem(st, value, v);
                        st.op(Op::MapSet);
                    }
                }
            }
            _ => {
                let k = self.konst(Value::Nil);
                st.op(Op::Const(k));
            }
        }
    }

    /// Positions of array/slice literal elements, honouring `index: value` keys.
    fn indexed_elems<'e>(
        &self,
        st: &FnState,
        elems: &'e [Expr],
        len: Option<u64>,
    ) -> Vec<Option<&'e Expr>> {
        let mut out: Vec<Option<&Expr>> = Vec::new();
        let mut idx = 0usize;
        for el in elems {
            let value = match &el.kind {
                ExprKind::KeyValue { key, value } => {
                    let k = self.key_in(st.file, key.id);
                    if let Some(i) = self.ck.info.consts.get(&k).and_then(|c| c.as_int()) {
                        // The checker requires a non-negative index below the length.
                        idx = i as usize;
                    }
                    &**value
                }
                _ => el,
            };
            if out.len() <= idx {
                out.resize(idx + 1, None);
            }
            out[idx] = Some(value);
            idx += 1;
        }
        if let Some(n) = len {
            // An array type's length: the checker bounds it (at most 2^20
            // values inline).
            out.resize(n as usize, None);
        }
        out
    }

    fn push_indexed(&mut self, st: &mut FnState, slots: &[Option<&Expr>], el: TypeId) {
        for s in slots {
            match s {
                Some(v) => self.elem(st, v, el),
                None => {
                    let z = self.zero_value(el);
                    let k = self.konst(z);
                    st.op(Op::Const(k));
                }
            }
        }
    }

    /// An element of a composite literal; elided `{...}` takes type `ty`.
    fn elem(&mut self, st: &mut FnState, v: &Expr, ty: TypeId) {
        if let ExprKind::Composite { ty: None, elems } = &v.kind {
            let recorded = self.type_of(st, v);
            let t = if recorded == types::ty::INVALID {
                ty
            } else {
                recorded
            };
            self.composite(st, t, elems);
            return;
        }
        self.expr_to(st, v, ty);
    }
}

/// Whether an expression is the predeclared `nil`.
pub fn is_nil_ident(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(id) if id.name == "nil")
}
