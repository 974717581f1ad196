//! Type arguments against type parameters: unification (go/types'
//! unify.go), which inference and constraint satisfaction share, and the
//! check that every type argument satisfies its constraint, worded as Go
//! words it.

use crate::check::Checker;
use crate::errors::TypeError;
use crate::object::ObjId;
use crate::ty::{INVALID, Type, TypeId};
use syntax::Span;

impl Checker<'_> {
    /// Checks that each type argument satisfies its constraint, reporting
    /// the first that does not as Go does (at `spans[i]`).
    pub(crate) fn verify(&mut self, g: ObjId, targs: &[TypeId], spans: &[Span]) -> bool {
        let Some(decl_of) = self.generics.get(&g).cloned() else {
            return true;
        };
        for (i, (&t, &c)) in targs.iter().zip(&decl_of.constraints).enumerate() {
            if t == INVALID || self.mentions_param(t) || c == INVALID {
                continue;
            }
            if let Some(reason) = self.unsatisfied(t, c, &decl_of.params, targs) {
                let at = spans.get(i).or(spans.last()).copied().unwrap_or_default();
                let ts = self.type_str(t);
                let cs = match self.types.get(c) {
                    Type::Constraint { .. } => self.constraint_str(c),
                    _ => self.type_str(c),
                };
                let msg = match reason {
                    Some(r) => format!("{ts} does not satisfy {cs} ({r})"),
                    None => format!("{ts} does not satisfy {cs}"),
                };
                self.error(at, TypeError::Message(msg));
                return false;
            }
        }
        true
    }

    /// Why `t` does not satisfy `c`: `Some(None)` when Go gives no reason.
    fn unsatisfied(
        &mut self,
        t: TypeId,
        c: TypeId,
        params: &[TypeId],
        targs: &[TypeId],
    ) -> Option<Option<String>> {
        let (methods, terms, comparable) = match self.types.under_type(c).clone() {
            Type::Interface(m) => (m, Vec::new(), false),
            Type::Constraint {
                methods,
                terms,
                comparable,
            } => (methods, terms, comparable),
            _ => return None,
        };
        if !terms.is_empty() {
            let fits = terms.iter().any(|term| {
                let have = if term.tilde { self.types.under(t) } else { t };
                let mut bound: Vec<Option<TypeId>> = targs.iter().map(|a| Some(*a)).collect();
                self.unify(term.ty, have, params, &mut bound, true)
            });
            if !fits {
                let ts = self.type_str(t);
                let us = crate::TypeString::for_errors(&self.types, &self.pkg_path()).union(&terms);
                return Some(Some(format!("{ts} missing in {us}")));
            }
        }
        if comparable && !self.types.comparable(t) {
            return Some(None);
        }
        if !methods.is_empty() {
            let iface = self.types.intern(Type::Interface(methods));
            if let Some(m) = crate::implements_missing(&self.types, t, iface) {
                return Some(Some(format!("missing method {m}")));
            }
        }
        None
    }

    /// Go's unification: matches parameter type `p` against argument type
    /// `a`, binding the type parameters `params` in `bound`. `exact` asks
    /// for identity where inference allows a named type to match its
    /// underlying one.
    pub(crate) fn unify(
        &mut self,
        p: TypeId,
        a: TypeId,
        params: &[TypeId],
        bound: &mut [Option<TypeId>],
        exact: bool,
    ) -> bool {
        if let Some(i) = params.iter().position(|x| *x == p) {
            return match bound[i] {
                None => {
                    bound[i] = Some(a);
                    true
                }
                Some(b) if b == a => true,
                Some(b) => {
                    !exact
                        && self.types.under(b) == self.types.under(a)
                        && (!self.types.is_named(b) || !self.types.is_named(a))
                        && {
                            if !self.types.is_named(b) {
                                bound[i] = Some(a);
                            }
                            true
                        }
                }
            };
        }
        // Identical types still bind the parameters they mention (a generic
        // function calling itself: `count(s[1:])` binds E to E).
        if p == a && !self.mentions_param(p) {
            return true;
        }
        if !self.mentions_param(p) {
            return !exact || p == a;
        }
        match (self.types.get(p).clone(), self.types.get(a).clone()) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(x, y, params, bound, exact)
            }
            (Type::Array(n, x), Type::Array(m, y)) => {
                n == m && self.unify(x, y, params, bound, exact)
            }
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, params, bound, exact),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(k1, k2, params, bound, exact) && self.unify(v1, v2, params, bound, exact)
            }
            (Type::Func(s1), Type::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1
                        .params
                        .iter()
                        .chain(&s1.results)
                        .zip(s2.params.iter().chain(&s2.results))
                        .all(|(x, y)| self.unify(*x, *y, params, bound, exact))
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(&f2).all(|(x, y)| {
                        x.name == y.name && self.unify(x.ty, y.ty, params, bound, exact)
                    })
            }
            (Type::Named(_), Type::Named(_))
                if self.instance_origin.contains_key(&p)
                    && self.instance_origin.get(&p) == self.instance_origin.get(&a) =>
            {
                let xs = self
                    .types
                    .named_info(p)
                    .map(|n| n.targs.clone())
                    .unwrap_or_default();
                let ys = self
                    .types
                    .named_info(a)
                    .map(|n| n.targs.clone())
                    .unwrap_or_default();
                xs.len() == ys.len()
                    && xs
                        .iter()
                        .zip(&ys)
                        .all(|(x, y)| self.unify(*x, *y, params, bound, true))
            }
            // Inexact: a defined type matches a type literal by its
            // underlying type (`iter.Seq[V]` and a `func` literal).
            (Type::Named(_), _) if !exact && !self.types.is_named(a) => {
                let under = self.types.under(p);
                self.unify(under, a, params, bound, exact)
            }
            (_, Type::Named(_)) if !exact && !self.types.is_named(p) => {
                let under = self.types.under(a);
                self.unify(p, under, params, bound, exact)
            }
            _ => false,
        }
    }

    /// Where a type parameter of `g` is declared, as Go's messages cite it.
    pub(crate) fn declared_at(&self, g: ObjId, i: usize) -> String {
        let Some(decl_of) = self.generics.get(&g) else {
            return String::new();
        };
        let span = decl_of.spans.get(i).copied().unwrap_or_default();
        self.pos_in(decl_of.file, span)
    }
}
