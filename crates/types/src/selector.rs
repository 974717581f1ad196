//! Selectors `x.f`: names qualified by an imported package, fields and
//! methods found through embedding (by lookup.rs), method values, method
//! expressions `T.M`, and Go's hints when nothing is found (go/types'
//! selector, in call.go).

use crate::check::Checker;
use crate::errors::{Mode, TypeError};
use crate::lookup::Found;
use crate::object::{ObjKind, Selection};
use crate::operand::Operand;
use crate::ty::{INVALID, Type, TypeId};
use crate::typexpr::is_exported;
use syntax::ast::{Expr, ExprKind};

impl Checker<'_> {
    pub(crate) fn selector(
        &mut self,
        e: &Expr,
        x: &Expr,
        name: &str,
        sel_span: syntax::Span,
    ) -> Operand {
        if let ExprKind::Ident(pkg) = &x.kind {
            if let Some(obj) = self.lookup(&pkg.name) {
                if let ObjKind::PkgName { pkg: pid } = self.obj(obj).kind {
                    self.used.insert(obj);
                    let key = self.key(x.id);
                    self.info.uses.insert(key, obj);
                    let target = self.packages[pid.0 as usize].scope.get(name).copied();
                    let Some(t) = target.filter(|_| is_exported(name)) else {
                        let msg = if target.is_some() {
                            TypeError::Message(format!(
                                "name {name} not exported by package {}",
                                pkg.name
                            ))
                        } else {
                            self.undefined_in(pid, &pkg.name, name)
                        };
                        self.error(sel_span, msg);
                        return Operand::invalid();
                    };
                    self.resolve(t);
                    let key = self.key(e.id);
                    self.info.selections.insert(key, Selection::Qualified(t));
                    if self.generic_alone(e, t) {
                        return Operand::invalid();
                    }
                    return match self.obj(t).kind.clone() {
                        ObjKind::Var { ty, .. } => Operand {
                            mode: Mode::Variable,
                            ty,
                        },
                        ObjKind::Const { ty, value } => self.constant(e, ty, value),
                        ObjKind::TypeName { ty } => {
                            self.info.type_exprs.insert(key, ty);
                            Operand {
                                mode: Mode::TypeExpr,
                                ty,
                            }
                        }
                        ObjKind::Func { ty, .. } => Operand {
                            mode: Mode::Value,
                            ty,
                        },
                        _ => Operand::invalid(),
                    };
                }
            }
        }
        let xv = self.raw_expr(x);
        if xv.is_invalid() {
            return Operand::invalid();
        }
        if xv.mode == Mode::TypeExpr {
            return self.method_expr(e, xv.ty, name, sel_span);
        }
        match self.lookup_member(xv.ty, name) {
            Ok(l) if !is_exported(name) && self.foreign_member(xv.ty, &l) => {
                let what = match l.found {
                    Found::Field { .. } => "field",
                    _ => "method",
                };
                let expr = self.expr_str(x);
                self.error(
                    sel_span,
                    TypeError::Message(format!(
                        "{expr}.{name} undefined (cannot refer to unexported {what} {name})"
                    )),
                );
                Operand::invalid()
            }
            Ok(l) => {
                let key = self.key(e.id);
                match l.found {
                    Found::Field { ty } => {
                        self.info.selections.insert(
                            key,
                            Selection::Field {
                                path: l.path,
                                derefs: l.derefs.clone(),
                            },
                        );
                        let addressable = xv.mode == Mode::Variable || l.derefs.iter().any(|d| *d);
                        Operand {
                            mode: if addressable {
                                Mode::Variable
                            } else {
                                Mode::Value
                            },
                            ty,
                        }
                    }
                    Found::Method { func, ptr_recv } => {
                        if ptr_recv && !l.holder_addressable && xv.mode != Mode::Variable {
                            let ty = self.type_str(xv.ty);
                            self.error(
                                sel_span,
                                TypeError::Message(format!(
                                    "cannot call pointer method {name} on {ty}"
                                )),
                            );
                            return Operand::invalid();
                        }
                        self.info.selections.insert(
                            key,
                            Selection::Method {
                                func,
                                path: l.path,
                                derefs: l.derefs,
                                ptr_recv,
                            },
                        );
                        Operand {
                            mode: Mode::Value,
                            ty: self.obj(func).ty(),
                        }
                    }
                    Found::IfaceMethod { sig } => {
                        self.info.selections.insert(
                            key,
                            Selection::IfaceMethod {
                                name: name.into(),
                                path: l.path,
                                derefs: l.derefs,
                            },
                        );
                        Operand {
                            mode: Mode::Value,
                            ty: sig,
                        }
                    }
                }
            }
            // A value whose type was already an error: Go says nothing more.
            Err(_) if xv.ty == INVALID || self.invalid_beneath(xv.ty) => Operand::invalid(),
            Err(ambiguous) => {
                let expr = self.expr_str(e);
                let ty = self.type_str(xv.ty);
                if ambiguous {
                    self.error(
                        sel_span,
                        TypeError::Message(format!("ambiguous selector {expr}")),
                    );
                } else if let Some(lacked) = self.lacked_method(xv.ty, name) {
                    self.error(sel_span, TypeError::NotInDojo(lacked));
                } else {
                    let hint = self.selector_hint(xv.ty, name);
                    self.error(
                        sel_span,
                        TypeError::NoFieldOrMethod {
                            expr,
                            ty,
                            name: name.into(),
                            hint,
                        },
                    );
                }
                Operand::invalid()
            }
        }
    }

    /// `T.M`: the method as a function taking the receiver first.
    fn method_expr(
        &mut self,
        e: &Expr,
        recv: TypeId,
        name: &str,
        sel_span: syntax::Span,
    ) -> Operand {
        let key = self.key(e.id);
        let (sel, sig_ty) = match self.lookup_member(recv, name) {
            Ok(crate::lookup::Lookup {
                found: Found::Method { func, ptr_recv },
                path,
                derefs,
                holder_is_ptr,
                ..
            }) => {
                if ptr_recv && !holder_is_ptr && self.types.pointer_elem(recv).is_none() {
                    let ts = self.type_str(recv);
                    self.error(
                        sel_span,
                        TypeError::Message(format!(
                            "invalid method expression {} (needs pointer receiver (*{ts}).{name})",
                            self.expr_str(e)
                        )),
                    );
                    return Operand::invalid();
                }
                (
                    Selection::MethodExpr {
                        func,
                        recv,
                        path,
                        derefs,
                        ptr_recv,
                    },
                    self.obj(func).ty(),
                )
            }
            Ok(crate::lookup::Lookup {
                found: Found::IfaceMethod { sig },
                ..
            }) if self.types.is_interface(recv) => (
                Selection::IfaceMethodExpr {
                    name: name.into(),
                    recv,
                },
                sig,
            ),
            _ => {
                let ty = self.type_str(recv);
                self.error(
                    sel_span,
                    TypeError::NoFieldOrMethod {
                        expr: self.expr_str(e),
                        ty,
                        name: name.into(),
                        hint: None,
                    },
                );
                return Operand::invalid();
            }
        };
        let Some(sig) = self.types.signature(sig_ty).cloned() else {
            return Operand::invalid();
        };
        let mut params = vec![recv];
        params.extend(sig.params);
        let ty = self.types.intern(Type::Func(crate::Signature {
            params,
            results: sig.results,
            variadic: sig.variadic,
        }));
        self.info.selections.insert(key, sel);
        Operand {
            mode: Mode::Value,
            ty,
        }
    }

    /// Whether the member `l` found on `ty` belongs to another package
    /// (then an unexported name cannot be used): a method by its
    /// declaration, a field by the declared type whose struct holds it.
    fn foreign_member(&self, ty: TypeId, l: &crate::Lookup) -> bool {
        let here = self.pkg_path_str();
        if let Found::Method { func, .. } = l.found {
            return self.packages[self.obj(func).pkg.0 as usize].path != here;
        }
        let mut t = self.types.pointer_elem(ty).unwrap_or(ty);
        let mut owner = self.types.named_info(t).map(|n| n.pkg.as_str());
        for &i in l.path.iter().take(l.path.len().saturating_sub(1)) {
            let Type::Struct(fields) = self.types.under_type(t) else {
                break;
            };
            let Some(f) = fields.get(i as usize) else {
                break;
            };
            t = self.types.pointer_elem(f.ty).unwrap_or(f.ty);
            if let Some(n) = self.types.named_info(t) {
                owner = Some(n.pkg.as_str());
            }
        }
        owner.is_some_and(|p| p != here)
    }

    /// A declared type (or pointer to one) whose declaration was an error,
    /// such as a recursive type: nothing more is said about its values.
    fn invalid_beneath(&self, ty: TypeId) -> bool {
        let base = self.types.pointer_elem(ty).unwrap_or(ty);
        self.types.is_named(base) && self.types.under(base) == INVALID
    }

    /// The error for `pkg.name` when package `pid` has no such name: not
    /// supported when Go's package has it, else Go's own "undefined".
    pub(crate) fn undefined_in(&self, pid: crate::PkgId, pkg: &str, name: &str) -> TypeError {
        let qualified = format!("{pkg}.{name}");
        if self.packages[pid.0 as usize]
            .lacks
            .iter()
            .any(|l| l == name)
        {
            TypeError::NotInDojo(qualified)
        } else {
            // Go suggests an exported name that differs only in case.
            // The first in Go's (sorted) order.
            let close = self.packages[pid.0 as usize]
                .scope
                .keys()
                .filter(|n| is_exported(n) && n.eq_ignore_ascii_case(name))
                .min();
            match close {
                Some(n) => TypeError::Undefined(format!("{qualified} (but have {n})")),
                None => TypeError::Undefined(qualified),
            }
        }
    }

    /// `pkg.T.name` when `ty` (or what it points to) is a prelude type whose
    /// Go original has a method or field `name` the prelude lacks.
    fn lacked_method(&self, ty: TypeId, name: &str) -> Option<String> {
        let info = self
            .types
            .named_info(self.types.pointer_elem(ty).unwrap_or(ty))?;
        let pkg = self.packages.iter().find(|p| p.path == info.pkg)?;
        let member = format!("{}.{name}", info.name);
        pkg.lacks
            .contains(&member)
            .then(|| format!("{}.{member}", pkg.name))
    }

    /// Go's hints after "has no field or method X": a differently-cased
    /// match, or a method that exists on the pointer type.
    fn selector_hint(&mut self, ty: TypeId, name: &str) -> Option<String> {
        let lower = name.to_ascii_lowercase();
        let candidates: Vec<String> = match self.types.named_info(ty) {
            Some(info) => info.methods.iter().map(|m| m.name.clone()).collect(),
            None => Vec::new(),
        };
        let fields: Vec<String> = match self
            .types
            .under_type(self.types.pointer_elem(ty).unwrap_or(ty))
        {
            Type::Struct(fs) => fs.iter().map(|f| f.name.clone()).collect(),
            _ => Vec::new(),
        };
        for c in candidates.iter().chain(fields.iter()) {
            if c.to_ascii_lowercase() == lower && c != name {
                let what = if fields.contains(c) {
                    "field"
                } else {
                    "method"
                };
                return Some(format!("but does have {what} {c}"));
            }
        }
        None
    }
}
