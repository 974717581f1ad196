//! `for … range` loops over maps, channels, integers, strings, slices and
//! arrays, with a fresh variable per iteration when the clause defines them.

use super::Compiler;
use super::function::FnState;
use program::value::Value;
use program::{BinOp, CmpOp, Container, NumKind, Op};
use syntax::ast::{self, Expr, ExprKind};
use types::Type;

impl Compiler<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range(
        &mut self,
        st: &mut FnState,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<&str>,
    ) {
        let xt = self.type_of(st, x);
        let under = self.ck.types.under_type(xt).clone();
        match under {
            Type::Map(..) => {
                self.expr(st, x);
                st.op(Op::MapIter);
                let it = st.temp();
                st.op(Op::Store(it));
                let top = st.here();
                st.op(Op::Load(it));
                st.op(Op::MapNext);
                let exit = st.op(Op::JumpIfFalse(0));
                self.range_assign(st, value, define);
                self.range_assign(st, key, define);
                Self::push_breakable(st, label, true);
                self.block(st, body);
                st.op(Op::Jump(top));
                st.patch(exit);
                Self::pop_breakable(st, Some(top));
            }
            Type::Chan(..) => {
                self.expr(st, x);
                let ch = st.temp();
                st.op(Op::Store(ch));
                let top = st.here();
                st.op(Op::Load(ch));
                st.line = self.line_of(st, x.span.lo);
                st.op(Op::Recv(true));
                let exit = st.op(Op::JumpIfFalse(0));
                self.range_assign(st, key, define);
                Self::push_breakable(st, label, true);
                self.block(st, body);
                st.op(Op::Jump(top));
                st.patch(exit);
                st.op(Op::Pop);
                Self::pop_breakable(st, Some(top));
            }
            Type::Func(_) => self.range_func(st, key, value, define, x, body, label),
            _ => self.range_indexed(st, key, value, define, x, &under, body, label),
        }
    }

    /// Range over an integer, string, slice, array or pointer to array.
    #[allow(clippy::too_many_arguments)]
    fn range_indexed(
        &mut self,
        st: &mut FnState,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        under: &Type,
        body: &ast::Block,
        label: Option<&str>,
    ) {
        let container = match under {
            Type::Basic(b) if b.is_string() => Some(Container::Str),
            Type::Basic(_) => None,
            Type::Slice(_) => Some(Container::Slice),
            Type::Pointer(_) => Some(Container::ArrayPtr),
            _ => Some(Container::Array),
        };
        let xs = st.temp();
        let n = st.temp();
        let i = st.temp();
        self.expr(st, x);
        st.op(Op::Store(xs));
        st.op(Op::Load(xs));
        if let Some(c) = container {
            st.op(Op::Len(c));
        }
        st.op(Op::Store(n));
        let zero = self.konst(Value::Int(0));
        st.op(Op::Const(zero));
        st.op(Op::Store(i));
        let top = st.here();
        st.op(Op::Load(i));
        st.op(Op::Load(n));
        st.op(Op::Cmp(CmpOp::Lt, NumKind::I64));
        let exit = st.op(Op::JumpIfFalse(0));
        let width = st.temp();
        if container == Some(Container::Str) {
            st.op(Op::Load(xs));
            st.op(Op::Load(i));
            st.op(Op::DecodeRune);
            st.op(Op::Store(width));
            self.range_assign(st, value, define);
        } else if let (Some(c), Some(_)) = (container, value) {
            st.op(Op::Load(xs));
            st.op(Op::Load(i));
            st.op(Op::Index(c));
            self.range_assign(st, value, define);
        }
        st.op(Op::Load(i));
        self.range_assign(st, key, define);
        Self::push_breakable(st, label, true);
        self.block(st, body);
        let cont = st.here();
        st.op(Op::Load(i));
        if container == Some(Container::Str) {
            st.op(Op::Load(width));
        } else {
            let one = self.konst(Value::Int(1));
            st.op(Op::Const(one));
        }
        st.op(Op::Bin(BinOp::Add, NumKind::I64));
        st.op(Op::Store(i));
        st.op(Op::Jump(top));
        st.patch(exit);
        Self::pop_breakable(st, Some(cont));
    }

    /// Assigns the value on top of the stack to a range variable (a fresh
    /// variable per iteration when defined), or drops it.
    pub(super) fn range_assign(&mut self, st: &mut FnState, target: Option<&Expr>, define: bool) {
        let Some(t) = target else {
            st.op(Op::Pop);
            return;
        };
        if define {
            match &t.kind {
                ExprKind::Ident(id) if id.name != "_" => match self.def_obj(st, id) {
                    Some(obj) => self.declare_and_store(st, obj),
                    None => {
                        st.op(Op::Pop);
                    }
                },
                _ => {
                    st.op(Op::Pop);
                }
            }
        } else {
            let tmp = st.temp();
            st.op(Op::Store(tmp));
            let place = self.place(st, t);
            st.op(Op::Load(tmp));
            self.store(st, &place, t.span);
        }
    }
}
