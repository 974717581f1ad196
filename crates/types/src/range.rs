//! `for … range` clauses (go/types' range.go): what each kind of operand
//! yields as key and value, and how the iteration variables are declared
//! or assigned.

use crate::check::Checker;
use crate::errors::TypeError;
use crate::operand::Operand;
use crate::ty::{Basic, ChanDir, INVALID, Type, TypeId};
use syntax::ast::{Expr, ExprKind, Stmt};

impl Checker<'_> {
    /// Checks the clause and declares its variables; true when it ranges
    /// over a function (Go 1.23 iterators).
    pub(crate) fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        extra: Option<&Expr>,
        define: bool,
        x: &Expr,
    ) -> bool {
        let mut xv = self.expr(x);
        if xv.is_invalid() {
            self.declare_invalid(key, value, define);
            return false;
        }
        // Messages describe the operand as written (`3 (untyped int
        // constant)`), not as converted for the loop.
        let written = xv.clone();
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
                _ => {
                    self.cannot_range(x, &xv);
                    return false;
                }
            },
            Type::Map(k, v) => (k, Some(v)),
            Type::Chan(dir, el) => {
                if dir == ChanDir::Send {
                    let d = self.describe(x, &xv);
                    let t = self.type_str(xv.ty);
                    self.error(
                        x.span,
                        TypeError::Message(format!(
                            "cannot range over {d}: receive from send-only channel {t}"
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
            Type::Func(sig) => {
                let yields = match self.yield_params(&sig) {
                    Ok(y) => y,
                    Err(why) => {
                        let d = self.describe(x, &xv);
                        self.error(
                            x.span,
                            TypeError::Message(format!(
                                "cannot range over {d}: func must be func(yield func(...) bool): {why}"
                            )),
                        );
                        self.declare_invalid(key, value, define);
                        return false;
                    }
                };
                let allowed = yields.len();
                for (i, e) in [key, value].into_iter().enumerate() {
                    if let Some(e) = e
                        && i >= allowed
                    {
                        let d = self.describe(x, &xv);
                        let msg = if allowed == 0 {
                            format!("range over {d} permits no iteration variables")
                        } else {
                            format!("range over {d} permits only one iteration variable")
                        };
                        self.error(e.span, TypeError::Message(msg));
                        self.declare_invalid(key, value, define);
                        return true;
                    }
                }
                let mut it = yields.into_iter();
                match it.next() {
                    Some(k) => (k, it.next()),
                    None => return true,
                }
            }
            _ => {
                self.cannot_range(x, &xv);
                return false;
            }
        };
        let over_func = matches!(self.types.under_type(xv.ty), Type::Func(_));
        if let (Some(v), None) = (value, vt) {
            if !matches!(self.types.under_type(xv.ty), Type::Chan(..) | Type::Func(_)) {
                self.error(
                    v.span,
                    TypeError::Message(format!(
                        "range over {} permits only one iteration variable",
                        self.describe(x, &written)
                    )),
                );
            }
        }
        if let Some(extra) = extra.filter(|_| value.is_none() || vt.is_some()) {
            self.error(
                extra.span,
                TypeError::Message("range clause permits at most two iteration variables".into()),
            );
        }
        let pairs = [(key, Some(kt)), (value, vt)];
        for (e, t) in pairs {
            let Some(e) = e else { continue };
            let Some(t) = t else {
                // A variable the range cannot fill still exists, as in Go.
                self.declare_invalid(Some(e), None, define);
                continue;
            };
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
                            "cannot use {} (value of type {vs}) as {ts} value in assignment",
                            self.expr_str(e)
                        )),
                    );
                }
            }
        }
        over_func
    }

    /// After an error: the clause's variables, declared with no type so
    /// that their uses raise nothing more.
    fn declare_invalid(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool) {
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
    }

    /// The parameters of `yield` when `sig` is an iterator's signature,
    /// `func(yield func(K, V) bool)` with zero to two of them; otherwise
    /// why not, in Go's words.
    fn yield_params(&self, sig: &crate::Signature) -> Result<Vec<TypeId>, &'static str> {
        let [y] = sig.params.as_slice() else {
            return Err("wrong argument count");
        };
        if !sig.results.is_empty() {
            return Err("wrong result count");
        }
        let Some(ys) = self.types.signature(*y) else {
            return Err("argument is not func");
        };
        if ys.params.len() > 2 {
            return Err("yield func has too many parameters");
        }
        match ys.results.as_slice() {
            [r] if self.types.get(*r) == &Type::Basic(Basic::Bool) => Ok(ys.params.clone()),
            [r] if self.types.basic_of(*r) == Some(Basic::Bool) => {
                Err("yield func returns user-defined boolean, not bool")
            }
            _ => Err("yield func does not return bool"),
        }
    }

    fn cannot_range(&mut self, x: &Expr, xv: &Operand) {
        let d = self.describe(x, xv);
        self.error(x.span, TypeError::Message(format!("cannot range over {d}")));
    }
}
