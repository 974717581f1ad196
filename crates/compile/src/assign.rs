//! Compiling assignments, `=`, `op=` and `:=`, in Go's order of evaluation
//! (index and pointer operands on the left and every right side first, then
//! the stores left to right), and right sides with several values: calls
//! and the comma-ok forms. The checker's side is types' assign_stmt.rs.

use super::Compiler;
use super::function::FnState;
use super::place::Place;
use program::Op;
use syntax::ast::{self, AssignOp, Expr, ExprKind};
use types::Type;

impl Compiler<'_> {
    /// Pushes the `n` values of a multi-value expression: a call, or a
    /// comma-ok form (map index, type assertion, receive).
    pub(super) fn multi_value(&mut self, st: &mut FnState, e: &Expr, n: usize) {
        let inner = crate::expr_strip(e);
        if n == 2 {
            match &inner.kind {
                ExprKind::Index { x, index } => {
                    let xt = self.type_of(st, x);
                    if let Type::Map(k, v) = self.ck.types.under_type(xt).clone() {
                        self.expr(st, x);
                        self.expr_to(st, index, k);
                        let z = self.zero_value(v);
                        let zk = self.konst(z);
                        st.op(Op::MapGet(zk, true));
                        return;
                    }
                }
                ExprKind::TypeAssert { x, ty: Some(t) } => {
                    self.expr(st, x);
                    let src = self.type_of(st, x);
                    let target = self.type_of_type(st, t);
                    st.op(if self.is_iface(target) {
                        Op::AssertIface(target, src, true)
                    } else {
                        Op::AssertType(target, src, true)
                    });
                    return;
                }
                ExprKind::Unary {
                    op: ast::UnaryOp::Recv,
                    x,
                } => {
                    self.expr(st, x);
                    st.line = self.line_of(st, e.span.lo);
                    st.op(Op::Recv(true));
                    return;
                }
                _ => {}
            }
        }
        self.expr(st, e);
    }

    pub(super) fn assign(&mut self, st: &mut FnState, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        match op {
            AssignOp::Define => {
                if lhs.len() == rhs.len() {
                    // Evaluate every right side before defining anything.
                    let mut targets = Vec::new();
                    for (l, r) in lhs.iter().zip(rhs) {
                        let ty = self.type_of(st, l);
                        self.expr_to(st, r, ty);
                        targets.push(l);
                    }
                    for l in targets.into_iter().rev() {
                        self.define_target(st, l);
                    }
                } else {
                    self.multi_value(st, &rhs[0], lhs.len());
                    for l in lhs.iter().rev() {
                        self.define_target(st, l);
                    }
                }
            }
            AssignOp::Assign => {
                if lhs.len() == 1 && rhs.len() == 1 {
                    let place = self.place(st, &lhs[0]);
                    let ty = self.type_of(st, &lhs[0]);
                    if matches!(place, Place::Blank) {
                        self.expr(st, &rhs[0]);
                    } else {
                        self.expr_to(st, &rhs[0], ty);
                    }
                    self.store(st, &place, lhs[0].span);
                    return;
                }
                // Go evaluates left operands and right sides first, then stores
                // left to right: park everything in temporaries.
                let mut places = Vec::new();
                for l in lhs {
                    let place = self.place(st, l);
                    let temps = match place {
                        Place::Ptr => vec![st.temp()],
                        Place::Map => vec![st.temp(), st.temp()],
                        _ => vec![],
                    };
                    for t in temps.iter().rev() {
                        st.op(Op::Store(*t));
                    }
                    places.push((place, temps));
                }
                let values: Vec<u16> = lhs.iter().map(|_| st.temp()).collect();
                if lhs.len() == rhs.len() {
                    for ((l, r), t) in lhs.iter().zip(rhs).zip(&values) {
                        let ty = self.type_of(st, l);
                        self.expr_to(st, r, ty);
                        st.op(Op::Store(*t));
                    }
                } else {
                    self.multi_value(st, &rhs[0], lhs.len());
                    for t in values.iter().rev() {
                        st.op(Op::Store(*t));
                    }
                }
                for (((place, temps), v), l) in places.iter().zip(&values).zip(lhs) {
                    for t in temps {
                        st.op(Op::Load(*t));
                    }
                    st.op(Op::Load(*v));
                    self.store(st, place, l.span);
                }
            }
            AssignOp::Op(bop) => {
                let ty = self.type_of(st, &lhs[0]);
                let kind = self.kind_of(ty);
                let place = self.place(st, &lhs[0]);
                let z = self.zero_value(ty);
                let zk = self.konst(z);
                self.load_place(st, &place, zk, lhs[0].span);
                self.expr(st, &rhs[0]);
                st.op(Op::Bin(super::bin_op(bop), kind));
                self.store(st, &place, lhs[0].span);
            }
        }
    }

    /// The target of `:=`: a new variable, or an existing one being reused.
    pub(super) fn define_target(&mut self, st: &mut FnState, l: &Expr) {
        let ExprKind::Ident(id) = &l.kind else {
            st.op(Op::Pop);
            return;
        };
        if id.name == "_" {
            st.op(Op::Pop);
            return;
        }
        let key = self.key_in(st.file, l.id);
        if let Some(&obj) = self.ck.info.uses.get(&key) {
            if let Some(v) = st.vars.get(&obj).copied() {
                self.store(st, &Place::Var(v), l.span);
                return;
            }
        }
        match self.def_obj(st, id) {
            Some(obj) => self.declare_and_store(st, obj),
            None => {
                st.op(Op::Pop);
            }
        }
    }
}
