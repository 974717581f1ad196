//! Turning type expressions (`[]int`, `map[string]*T`, `func(int) error`,
//! `struct{...}`) into interned types.

use crate::check::Checker;
use crate::errors::TypeError;
use crate::object::ObjKind;
use crate::ty::{Basic, ChanDir, Field, INVALID, IfaceMethod, Signature, Term, Type, TypeId};
use syntax::Span;
use syntax::ast::{self, Expr, ExprKind};

/// The most values an array or struct type may hold. Go would compile a
/// bigger one and fail at run time if memory runs out; the simulator keeps
/// arrays and structs inline and copies them with every saved state, so it
/// refuses them up front.
pub const MAX_INLINE_VALUES: u64 = 1 << 20;

impl Checker<'_> {
    /// Resolves `e` as a type, reporting `X is not a type` otherwise.
    pub fn resolve_type_expr(&mut self, e: &Expr) -> TypeId {
        let constraint_ok = std::mem::take(&mut self.constraint_ok);
        let ty = self.type_expr_inner(e);
        if !constraint_ok
            && let Type::Constraint {
                comparable, terms, ..
            } = self.types.under_type(ty)
        {
            let why = if *comparable && terms.is_empty() {
                "interface is (or embeds) comparable"
            } else {
                "interface contains type constraints"
            };
            self.error(
                e.span,
                TypeError::Message(format!(
                    "cannot use type {} outside a type constraint: {why}",
                    self.expr_str(e)
                )),
            );
        }
        let key = self.key(e.id);
        self.info.type_exprs.insert(key, ty);
        ty
    }

    /// go/types' `objectKind`: how Go names what an object is.
    fn object_kind(&self, obj: crate::ObjId) -> &'static str {
        match &self.obj(obj).kind {
            ObjKind::Var { global: true, .. } => "package-level variable",
            ObjKind::Var { .. } if self.locals.contains(&obj) => "local variable",
            ObjKind::Var { .. } => "parameter",
            ObjKind::Const { .. } => "constant",
            ObjKind::TypeName { .. } => "defined type",
            ObjKind::Func { recv: Some(_), .. } => "method",
            ObjKind::Func { .. } => "function",
            ObjKind::PkgName { .. } => "package name",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }

    fn type_expr_inner(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(id) => {
                let Some(obj) = self.lookup(&id.name) else {
                    self.error(e.span, TypeError::Undefined(id.name.clone()));
                    return INVALID;
                };
                let key = self.key(e.id);
                self.info.uses.insert(key, obj);
                self.resolve(obj);
                self.record_dep(obj);
                if self.generic_alone(e, obj) {
                    return INVALID;
                }
                match self.obj(obj).kind {
                    ObjKind::TypeName { ty } => ty,
                    _ => {
                        // The variable counts as used, so that this is
                        // the only error about it, as in Go.
                        self.used.insert(obj);
                        let kind = self.object_kind(obj);
                        self.error(
                            e.span,
                            TypeError::Message(format!("{} ({kind}) is not a type", id.name)),
                        );
                        INVALID
                    }
                }
            }
            ExprKind::Selector { x, sel } => {
                let ExprKind::Ident(pkg) = &x.kind else {
                    self.error(
                        e.span,
                        TypeError::Message(format!("{} is not a type", self.expr_str(e))),
                    );
                    return INVALID;
                };
                let Some(obj) = self.lookup(&pkg.name) else {
                    self.error(x.span, TypeError::Undefined(pkg.name.clone()));
                    return INVALID;
                };
                let ObjKind::PkgName { pkg: pid } = self.obj(obj).kind else {
                    self.error(
                        e.span,
                        TypeError::Message(format!("{} is not a type", self.expr_str(e))),
                    );
                    return INVALID;
                };
                self.used.insert(obj);
                let target = self.packages[pid.0 as usize].scope.get(&sel.name).copied();
                match target {
                    Some(t) if is_exported(&sel.name) => {
                        self.resolve(t);
                        if self.generic_alone(e, t) {
                            return INVALID;
                        }
                        let key = self.key(e.id);
                        self.info
                            .selections
                            .insert(key, crate::Selection::Qualified(t));
                        match self.obj(t).kind {
                            ObjKind::TypeName { ty } => ty,
                            _ => {
                                self.error(
                                    e.span,
                                    TypeError::Message(format!(
                                        "{}.{} is not a type",
                                        pkg.name, sel.name
                                    )),
                                );
                                INVALID
                            }
                        }
                    }
                    _ => {
                        let err = self.undefined_in(pid, &pkg.name, &sel.name);
                        self.error(sel.span, err);
                        INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.resolve_type_expr(x),
            ExprKind::Star(x) => {
                let elem = self.resolve_type_expr(x);
                self.types.intern(Type::Pointer(elem))
            }
            ExprKind::SliceType(elem) => {
                let elem = self.resolve_type_expr(elem);
                self.types.intern(Type::Slice(elem))
            }
            ExprKind::ArrayType { len, elem } => {
                let elem_ty = self.resolve_type_expr(elem);
                let Some(len) = len else {
                    self.error(
                        e.span,
                        TypeError::Message(
                            "invalid use of [...] array (outside a composite literal)".into(),
                        ),
                    );
                    return INVALID;
                };
                let n = self.array_len(len);
                let ty = self.types.intern(Type::Array(n, elem_ty));
                self.check_inline_size(ty, e.span)
            }
            ExprKind::MapType { key, value } => {
                let k = self.resolve_type_expr(key);
                let v = self.resolve_type_expr(value);
                if k != INVALID && !self.types.comparable(k) && !self.types.is_named(k) {
                    let ks = self.type_str(k);
                    self.error(
                        key.span,
                        TypeError::Message(format!("invalid map key type {ks}")),
                    );
                }
                self.types.intern(Type::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let elem = self.resolve_type_expr(elem);
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.types.intern(Type::Chan(dir, elem))
            }
            ExprKind::FuncType(ft) => self.func_type(ft),
            ExprKind::StructType(fields) => {
                let ty = self.struct_type(fields);
                self.check_inline_size(ty, e.span)
            }
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Index { .. } | ExprKind::IndexList { .. } => match self.instance_type(e) {
                Some(ty) => ty,
                None => {
                    self.error(
                        e.span,
                        TypeError::Message(format!("{} is not a generic type", self.expr_str(e))),
                    );
                    INVALID
                }
            },
            _ => {
                self.error(
                    e.span,
                    TypeError::Message(format!("{} is not a type", self.expr_str(e))),
                );
                INVALID
            }
        }
    }

    /// `ty`, after reporting it if it holds more values than the
    /// simulator keeps inline (the build then fails; the type stays, so no
    /// other error follows from it).
    fn check_inline_size(&mut self, ty: TypeId, span: Span) -> TypeId {
        let values = self.types.values_in(ty);
        if values > MAX_INLINE_VALUES {
            self.error(
                span,
                TypeError::Message(format!(
                    "type too large for the simulator: {} holds {values} values (at most {MAX_INLINE_VALUES})",
                    self.type_str(ty)
                )),
            );
        }
        ty
    }

    /// go/types' `arrayLength`: a name must be a constant, the value a
    /// non-negative integer constant that fits `int`.
    fn array_len(&mut self, len: &Expr) -> u64 {
        if let ExprKind::Ident(id) = &len.kind {
            match self.lookup(&id.name) {
                None => {
                    self.error(
                        len.span,
                        TypeError::Message(format!(
                            "undefined array length {} or missing type constraint",
                            id.name
                        )),
                    );
                    return 0;
                }
                Some(obj) if !matches!(self.obj(obj).kind, ObjKind::Const { .. }) => {
                    self.error(
                        len.span,
                        TypeError::Message(format!("invalid array length {}", id.name)),
                    );
                    return 0;
                }
                Some(_) => {}
            }
        }
        let x = self.expr(len);
        if x.is_invalid() {
            return 0;
        }
        let Some(value) = self.const_value(len) else {
            let d = self.describe(len, &x);
            self.error(
                len.span,
                TypeError::Message(format!("array length {d} must be constant")),
            );
            return 0;
        };
        let integer = self.types.basic_of(x.ty).is_some_and(Basic::is_integer);
        let untyped = self.types.is_untyped(x.ty);
        if integer || untyped {
            if let Some(n) = value
                .as_int()
                .filter(|&n| (0..=i128::from(i64::MAX)).contains(&n))
            {
                return u64::try_from(n).unwrap_or(0);
            }
        }
        let d = self.describe(len, &x);
        let msg = if integer {
            format!("invalid array length {d}")
        } else {
            format!("array length {d} must be integer")
        };
        self.error(len.span, TypeError::Message(msg));
        0
    }

    pub fn func_type(&mut self, ft: &ast::FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        let count = ft.params.len();
        for (i, f) in ft.params.iter().enumerate() {
            let ty = if let ExprKind::Ellipsis(elem) = &f.ty.kind {
                if i + 1 != count || f.names.len() > 1 {
                    self.error(
                        f.ty.span,
                        TypeError::Message("can only use ... with final parameter in list".into()),
                    );
                }
                variadic = true;
                let elem = self.resolve_type_expr(elem);
                self.types.intern(Type::Slice(elem))
            } else {
                self.resolve_type_expr(&f.ty)
            };
            for _ in 0..f.names.len().max(1) {
                params.push(ty);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let ty = self.resolve_type_expr(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(ty);
            }
        }
        self.types.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    /// Go's `x redeclared` for a second field of the same name.
    fn check_field_unique(&mut self, out: &[Field], spans: &[Span], name: &str, at: Span) {
        if let Some(i) = out.iter().position(|o| o.name == name) {
            let prev = self.pos_in(self.cur_file, spans[i]);
            self.error(
                at,
                TypeError::Message(format!(
                    "{name} redeclared\n\t{prev}: other declaration of {name}"
                )),
            );
        }
    }

    fn struct_type(&mut self, fields: &[ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        // Where each field was declared, for the `other declaration` line.
        let mut spans: Vec<Span> = Vec::new();
        for f in fields {
            let ty = self.resolve_type_expr(&f.ty);
            if f.names.is_empty() {
                let name = embedded_name(&f.ty);
                self.check_field_unique(&out, &spans, &name, f.ty.span);
                spans.push(f.ty.span);
                out.push(Field {
                    name,
                    ty,
                    embedded: true,
                });
            } else {
                for n in &f.names {
                    if n.name != "_" {
                        self.check_field_unique(&out, &spans, &n.name, n.span);
                    }
                    spans.push(n.span);
                    out.push(Field {
                        name: n.name.clone(),
                        ty,
                        embedded: false,
                    });
                }
            }
        }
        let names: Vec<String> = out.iter().map(|f| f.name.clone()).collect();
        let id = self.types.intern(Type::Struct(out));
        for (name, span) in names.into_iter().zip(spans) {
            self.field_sites
                .entry((id, name))
                .or_insert((self.cur_file, span));
        }
        id
    }

    fn interface_type(&mut self, elems: &[ast::InterfaceElem]) -> TypeId {
        let mut methods: Vec<IfaceMethod> = Vec::new();
        let mut terms: Vec<Term> = Vec::new();
        let mut comparable = false;
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let sig = self.func_type(sig);
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(
                            name.span,
                            TypeError::Message(format!("duplicate method {}", name.name)),
                        );
                        continue;
                    }
                    methods.push(IfaceMethod {
                        name: name.name.clone(),
                        sig,
                    });
                }
                ast::InterfaceElem::Embedded(e) => {
                    if matches!(
                        e.kind,
                        ExprKind::Binary { .. }
                            | ExprKind::Unary {
                                op: ast::UnaryOp::Tilde,
                                ..
                            }
                    ) {
                        let mut union = Vec::new();
                        self.union_terms(e, &mut union);
                        terms = intersect(terms, union);
                        continue;
                    }
                    self.constraint_ok = true;
                    let ty = self.resolve_type_expr(e);
                    if ty == INVALID {
                        continue;
                    }
                    match self.types.under_type(ty).clone() {
                        Type::Interface(_) => {}
                        Type::Constraint {
                            terms: t,
                            comparable: c,
                            ..
                        } => {
                            comparable |= c;
                            if !t.is_empty() {
                                terms = intersect(terms, t);
                            }
                        }
                        _ => {
                            terms = intersect(terms, vec![Term { tilde: false, ty }]);
                            continue;
                        }
                    }
                    for m in self.types.iface_methods(ty).to_vec() {
                        if !methods.iter().any(|x| x.name == m.name) {
                            methods.push(m);
                        }
                    }
                }
            }
        }
        syntax::order::sort_by_str_key(&mut methods, |m| &m.name);
        if terms.is_empty() && !comparable {
            return self.types.intern(Type::Interface(methods));
        }
        self.types.intern(Type::Constraint {
            methods,
            terms,
            comparable,
        })
    }

    pub fn type_str(&self, ty: TypeId) -> String {
        let local = self.pkg_path();
        crate::TypeString::for_errors(&self.types, &local).qualified(ty)
    }

    /// Go's `have (…)` and `want (…)` lists after a count error: untyped
    /// constants by kind (`number`, `string`, `bool`, `nil`), and a
    /// variadic function's last parameter as `...T`.
    pub(crate) fn types_summary(&self, tys: &[TypeId], variadic: bool) -> String {
        let item = |(i, &t): (usize, &TypeId)| match self.types.get(t) {
            _ if t == INVALID => "unknown type".to_string(),
            Type::Basic(b) if b.is_untyped() && b.is_numeric() => "number".to_string(),
            Type::Basic(b) if b.is_untyped() => b.name().trim_start_matches("untyped ").to_string(),
            Type::Slice(el) if variadic && i + 1 == tys.len() => {
                format!("...{}", self.type_str(*el))
            }
            _ => self.type_str(t),
        };
        let items: Vec<String> = tys.iter().enumerate().map(item).collect();
        format!("({})", items.join(", "))
    }
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The field name of an embedded field: `T`, `*T` and `pkg.T` all embed as `T`.
pub fn embedded_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(id) => id.name.clone(),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector { sel, .. } => sel.name.clone(),
        _ => "_".into(),
    }
}

/// The type set of two embedded unions: the terms of `b` that `a` allows
/// (all of `b` when `a` is empty, the first union seen). Terms match by
/// identity, which the constraints people write need.
fn intersect(a: Vec<Term>, b: Vec<Term>) -> Vec<Term> {
    if a.is_empty() {
        return b;
    }
    b.into_iter()
        .filter(|t| a.iter().any(|u| u.ty == t.ty && (u.tilde || !t.tilde)))
        .collect()
}
