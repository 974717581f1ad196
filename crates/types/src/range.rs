//! `for … range` clauses (go/types' range.go): what each kind of operand
//! yields as key and value, and how the iteration variables are declared
//! or assigned.

use crate::check::Checker;
use crate::errors::TypeError;
use crate::operand::Operand;
use crate::ty::{Basic, ChanDir, INVALID, Type, TypeId};
use syntax::ast::{Expr, ExprKind, Stmt};

impl Checker<'_> {
    pub(crate) fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
    ) {
        let mut xv = self.expr(x);
        if xv.is_invalid() {
            for e in [key, value].into_iter().flatten() {
                if define {
                    if let ExprKind::Ident(id) = &e.kind {
                        self.declare_var(id, INVALID);
                        if let Some(o) = self.lookup(&id.name) {
                            self.used.insert(o);
                        }
                    }
                } else {
                    self.raw_expr(e);
                }
            }
            return;
        }
        let int = self.types.basic(Basic::Int);
        let (kt, vt): (TypeId, Option<TypeId>) = match self.types.under_type(xv.ty).clone() {
            Type::Basic(b) if b.is_string() => (int, Some(self.types.basic(Basic::Int32))),
            Type::Basic(b) if b.is_integer() => {
                if self.types.is_untyped(xv.ty) {
                    self.convert_untyped(x, &mut xv, int);
                }
                (xv.ty, None)
            }
            Type::Slice(el) | Type::Array(_, el) => (int, Some(el)),
            Type::Pointer(p) => match self.types.under_type(p).clone() {
                Type::Array(_, el) => (int, Some(el)),
                _ => return self.cannot_range(x, &xv),
            },
            Type::Map(k, v) => (k, Some(v)),
            Type::Chan(dir, el) => {
                if dir == ChanDir::Send {
                    let d = self.describe(x, &xv);
                    self.error(
                        x.span,
                        TypeError::Message(format!(
                            "invalid operation: range {} receive from send-only channel {}",
                            self.expr_str(x),
                            d
                        )),
                    );
                }
                if value.is_some() {
                    self.error(
                        value.map_or(s.span, |v| v.span),
                        TypeError::Message(format!(
                            "range over {} permits only one iteration variable",
                            self.describe(x, &xv)
                        )),
                    );
                }
                (el, None)
            }
            Type::Func(_) => {
                self.error(x.span, TypeError::Unsupported("range over functions is"));
                return;
            }
            _ => return self.cannot_range(x, &xv),
        };
        if let (Some(v), None) = (value, vt) {
            if !matches!(self.types.under_type(xv.ty), Type::Chan(..)) {
                self.error(
                    v.span,
                    TypeError::Message(format!(
                        "range over {} permits only one iteration variable",
                        self.describe(x, &xv)
                    )),
                );
            }
        }
        let pairs = [(key, Some(kt)), (value, vt)];
        for (e, t) in pairs {
            let (Some(e), Some(t)) = (e, t) else { continue };
            if define {
                let ExprKind::Ident(id) = &e.kind else {
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "non-name {} on left side of :=",
                            self.expr_str(e)
                        )),
                    );
                    continue;
                };
                let k = self.key(e.id);
                self.info.types.insert(k, t);
                self.declare_var(id, t);
            } else if let Some(target) = self.lhs(e) {
                if !self.assignable(t, target) {
                    let (vs, ts) = (self.type_str(t), self.type_str(target));
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "cannot use {} (value of type {vs}) as {ts} value in range clause",
                            self.expr_str(e)
                        )),
                    );
                }
            }
        }
    }

    fn cannot_range(&mut self, x: &Expr, xv: &Operand) {
        let d = self.describe(x, xv);
        self.error(x.span, TypeError::Message(format!("cannot range over {d}")));
    }
}
