//! Declarations (go/types' decl.go). Package-level ones are resolved
//! lazily, on first use, so that declaration order does not matter and
//! cycles are reported as Go reports them: constants, variables, type
//! declarations with their methods, function signatures, then function
//! bodies. Declarations inside a function body are checked in order.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::errors::TypeError;
use crate::fnv::FnvMap;
use crate::object::{FileId, ObjId, ObjKind};
use crate::resolver::DeclSite;
use crate::ty::{INVALID, Type, TypeId};
use syntax::Span;
use syntax::ast::{self, Decl};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    InProgress,
    Done,
}

impl Checker<'_> {
    /// Resolves a package-level object's type (and value for constants) on
    /// first use, detecting cycles as Go does.
    pub fn resolve(&mut self, obj: ObjId) {
        let Some(site) = self.sites.get(&obj).copied() else {
            return;
        };
        match self.state.get(&obj) {
            Some(State::Done) => return,
            Some(State::InProgress) => {
                if !matches!(site, DeclSite::Func { .. } | DeclSite::Type { .. }) {
                    let name = self.obj(obj).name.clone();
                    let span = self.obj(obj).span;
                    self.error(
                        span,
                        TypeError::Message(format!(
                            "initialization cycle or invalid recursive reference to {name}"
                        )),
                    );
                }
                return;
            }
            None => {}
        }
        self.state.insert(obj, State::InProgress);
        let saved = (
            self.cur_pkg,
            self.cur_file,
            self.cur_decl,
            self.iota,
            self.func.take(),
            std::mem::take(&mut self.scopes),
        );
        self.cur_pkg = self.obj(obj).pkg;
        match site {
            DeclSite::Const {
                file,
                decl,
                spec,
                name,
            } => {
                self.cur_file = file;
                self.resolve_const(obj, file, decl, spec, name);
            }
            DeclSite::Var {
                file,
                decl,
                spec,
                name,
            } => {
                self.cur_file = file;
                self.cur_decl = Some(obj);
                self.resolve_var(obj, file, decl, spec, name);
            }
            DeclSite::Type { file, decl, spec } => {
                self.cur_file = file;
                self.resolve_type_decl(obj, file, decl, spec);
            }
            DeclSite::Func { file, decl } => {
                self.cur_file = file;
                self.resolve_func_sig(obj, file, decl);
            }
        }
        (
            self.cur_pkg,
            self.cur_file,
            self.cur_decl,
            self.iota,
            self.func,
            self.scopes,
        ) = saved;
        self.state.insert(obj, State::Done);
    }

    pub(crate) fn value_spec(
        &self,
        file: FileId,
        decl: usize,
        spec: usize,
    ) -> Option<ast::ValueSpec> {
        match self.asts[file.0 as usize].decls.get(decl)? {
            Decl::Const(g) | Decl::Var(g) => g.specs.get(spec).cloned(),
            _ => None,
        }
    }

    fn resolve_const(&mut self, obj: ObjId, file: FileId, decl: usize, spec: usize, name: usize) {
        let Some(vs) = self.value_spec(file, decl, spec) else {
            return;
        };
        self.iota = Some(i128::from(vs.iota));
        let declared = vs.ty.as_ref().map(|t| self.resolve_type_expr(t));
        let (ty, value) = match vs.values.get(name) {
            Some(e) => self.const_init(e, declared),
            None if vs.values.is_empty() => {
                // Go names the first constant left without a value, once.
                if name == 0 {
                    let n = &vs.names[0];
                    self.error(
                        n.span,
                        TypeError::Message(format!("missing init expr for {}", n.name)),
                    );
                }
                (INVALID, ConstValue::Int(0))
            }
            None => (INVALID, ConstValue::Int(0)),
        };
        if name == 0 && !vs.values.is_empty() {
            self.init_arity(&vs.names, &vs.values, true);
        }
        self.objects[obj.0 as usize].kind = ObjKind::Const { ty, value };
        self.iota = None;
    }

    fn resolve_var(&mut self, obj: ObjId, file: FileId, decl: usize, spec: usize, name: usize) {
        let Some(vs) = self.value_spec(file, decl, spec) else {
            return;
        };
        let declared = vs.ty.as_ref().map(|t| self.resolve_type_expr(t));
        let counts_differ = vs.values.len() > 1 && vs.values.len() != vs.names.len();
        let ty = if counts_differ {
            // Go initialises the names that have a value, and says what is
            // extra or missing (once, for the first name).
            let ty = match vs.values.get(name) {
                Some(e) => self.single_init(e, declared),
                None => declared.unwrap_or(INVALID),
            };
            if name == 0 {
                self.init_arity(&vs.names, &vs.values, false);
            }
            ty
        } else if let Some(t) = declared {
            if vs.values.len() == vs.names.len() {
                if let Some(e) = vs.values.get(name) {
                    let x = self.expr(e);
                    self.assign_to(e, x, t, "variable declaration");
                }
            } else if name == 0 && !vs.values.is_empty() {
                self.check_multi_init(&vs, declared);
            }
            t
        } else if vs.values.len() == vs.names.len() {
            match vs.values.get(name) {
                Some(e) if vs.names.len() > 1 => self.single_init(e, None),
                Some(e) => {
                    let x = self.expr(e);
                    self.var_type_from(e, x, "variable declaration")
                }
                None => INVALID,
            }
        } else {
            let tys = if name == 0 {
                self.check_multi_init(&vs, None)
            } else {
                self.multi_init_types(&vs)
            };
            tys.get(name).copied().unwrap_or(INVALID)
        };
        if let ObjKind::Var { ty: slot, .. } = &mut self.objects[obj.0 as usize].kind {
            *slot = ty;
        }
    }

    /// One name's initial value in a declaration of several names: the
    /// value's type, or the declared type it must be assignable to.
    fn single_init(&mut self, e: &ast::Expr, declared: Option<TypeId>) -> TypeId {
        let x = self.expr(e);
        if !self.single_value(e, &x) {
            return declared.unwrap_or(INVALID);
        }
        match declared {
            Some(t) => {
                self.assign_to(e, x, t, "variable declaration");
                t
            }
            None => self.var_type_from(e, x, "variable declaration"),
        }
    }

    /// Go's check of a declaration's counts when they are not one value
    /// for several names: an extra value, or the first name without one.
    fn init_arity(&mut self, names: &[ast::Ident], values: &[ast::Expr], constant: bool) {
        if let Some(extra) = values.get(names.len()) {
            let msg = format!("extra init expr {}", self.expr_str(extra));
            self.error(extra.span, TypeError::Message(msg));
        } else if let Some(missing) = names
            .get(values.len())
            .filter(|_| constant || values.len() != 1)
        {
            let msg = format!("missing init expr for {}", missing.name);
            self.error(missing.span, TypeError::Message(msg));
        }
    }

    /// `var a, b = f()`: checks the call once (for the first name) and
    /// hands every name its result type.
    fn check_multi_init(&mut self, vs: &ast::ValueSpec, declared: Option<TypeId>) -> Vec<TypeId> {
        let n = vs.names.len();
        let tys = self.multi_value(&vs.values[0], n, "variable");
        let tys = tys.unwrap_or_else(|| vec![INVALID; n]);
        tys.into_iter().map(|t| declared.unwrap_or(t)).collect()
    }

    fn multi_init_types(&mut self, vs: &ast::ValueSpec) -> Vec<TypeId> {
        let Some(e) = vs.values.first() else {
            return Vec::new();
        };
        let key = self.key(e.id);
        match self
            .info
            .types
            .get(&key)
            .map(|t| self.types.get(*t).clone())
        {
            Some(Type::Tuple(items)) => items,
            _ => Vec::new(),
        }
    }

    fn resolve_type_decl(&mut self, obj: ObjId, file: FileId, decl: usize, spec: usize) {
        let Some(Decl::Type(g)) = self.asts[file.0 as usize].decls.get(decl).cloned() else {
            return;
        };
        let Some(ts) = g.specs.get(spec).cloned() else {
            return;
        };
        if !ts.type_params.is_empty() {
            if ts.alias {
                self.error(
                    ts.name.span,
                    TypeError::Unsupported("generic type aliases are"),
                );
            }
            self.declare_type_params(obj, &ts.type_params, file, decl, Some(spec));
            let params = self
                .generics
                .get(&obj)
                .map(|g| g.params.clone())
                .unwrap_or_default();
            // The declaration is the instance with its own parameters:
            // within it, `List[T]` is itself.
            let ty = self.instantiate_type(obj, params);
            self.objects[obj.0 as usize].kind = ObjKind::TypeName { ty };
            return;
        }
        if ts.alias {
            let ty = self.resolve_type_expr(&ts.ty);
            self.objects[obj.0 as usize].kind = ObjKind::TypeName { ty };
            return;
        }
        let pkg_name = self.packages[self.cur_pkg.0 as usize].path.clone();
        let named = self.types.new_named(&ts.name.name, &pkg_name);
        self.objects[obj.0 as usize].kind = ObjKind::TypeName { ty: named };
        // A declared interface may be a constraint.
        self.constraint_ok = true;
        let under = self.resolve_type_expr(&ts.ty);
        let under = self.types.under(under);
        if let Some(info) = self.types.named_info_mut(named) {
            info.underlying = under;
        }
        self.check_recursive_type(named);
        self.attach_methods(obj, named);
    }

    /// Finds the methods declared on a named type in its package and records
    /// them on the type (signatures are resolved lazily by `resolve`).
    pub(crate) fn attach_methods(&mut self, type_obj: ObjId, named: TypeId) {
        let type_name = self.obj(type_obj).name.clone();
        let pkg = self.obj(type_obj).pkg;
        let mut found = Vec::new();
        for (&obj, site) in &self.sites {
            let DeclSite::Func { file, decl } = *site else {
                continue;
            };
            if self.files[file.0 as usize].pkg != pkg {
                continue;
            }
            let Some(Decl::Func(fd)) = self.asts[file.0 as usize].decls.get(decl) else {
                continue;
            };
            let Some(recv) = &fd.recv else { continue };
            let (base, ptr) = receiver_base(&recv.ty);
            if base == type_name {
                found.push((obj, fd.name.name.clone(), ptr, fd.name.span));
            }
        }
        syntax::order::sort_by_u64_key(&mut found, |(o, ..)| u64::from(o.0));
        let mut seen: FnvMap<String, Span> = FnvMap::default();
        for (obj, name, ptr, span) in found {
            let under = self.types.under(named);
            if let Some(Type::Struct(fields)) = Some(self.types.under_type(named).clone()) {
                if fields.iter().any(|f| f.name == name) {
                    let file = self.obj(obj).file.unwrap_or(self.cur_file);
                    let mut msg = format!("field and method with the same name {name}");
                    if let Some(&(ffile, fspan)) = self.field_sites.get(&(under, name.clone())) {
                        let at = self.pos_in(ffile, fspan);
                        msg.push_str(&format!("\n\t{at}: other declaration of {name}"));
                    }
                    self.errors.push((file, span, TypeError::Message(msg)));
                    continue;
                }
            }
            if let Some(prev) = seen.get(&name) {
                let file = self.obj(obj).file.unwrap_or(self.cur_file);
                let prev = self.pos_in(file, *prev);
                self.errors.push((
                    file,
                    span,
                    TypeError::Message(format!(
                        "method {type_name}.{name} already declared at {prev}"
                    )),
                ));
                continue;
            }
            seen.insert(name.clone(), span);
            if let Some(info) = self.types.named_info_mut(named) {
                info.methods.push(crate::ty::MethodRef {
                    name,
                    func: obj,
                    ptr_recv: ptr,
                });
            }
        }
    }

    fn resolve_func_sig(&mut self, obj: ObjId, file: FileId, decl: usize) {
        // Borrowed through the file's `Rc`: a deep copy of a function body
        // would link the whole tree's clone code into the wasm.
        let ast = self.asts[file.0 as usize].clone();
        let Some(Decl::Func(fd)) = ast.decls.get(decl) else {
            return;
        };
        if !fd.type_params.is_empty() {
            if fd.recv.is_some() {
                // Go 1.27 has generic methods; the Dojo does not yet.
                self.error(
                    fd.type_params[0].span,
                    TypeError::Unsupported("methods with type parameters are"),
                );
            } else {
                self.declare_type_params(obj, &fd.type_params, file, decl, None);
            }
        } else if let Some(r) = &fd.recv {
            self.declare_receiver_params(obj, &r.ty, file, decl);
        }
        if let Some(g) = self.generics.get(&obj).cloned() {
            let scope = self.binding_scope(&g.names, &g.params);
            self.scopes.push(scope);
        }
        let recv_ty = fd.recv.as_ref().map(|r| self.resolve_type_expr(&r.ty));
        let ty = self.func_type(&fd.sig);
        let native = fd.body.is_none() && self.is_prelude();
        if fd.body.is_none() && !native {
            self.error(
                fd.name.span,
                TypeError::Message("missing function body".into()),
            );
        }
        let is_main = fd.recv.is_none() && fd.name.name == "main" && self.pkg_path() == "main";
        if (is_main || fd.name.name == "init") && fd.recv.is_none() {
            let sig = self
                .types
                .signature(ty)
                .cloned()
                .unwrap_or_else(|| crate::Signature {
                    params: vec![],
                    results: vec![],
                    variadic: false,
                });
            if !sig.params.is_empty() || !sig.results.is_empty() {
                self.error(
                    fd.name.span,
                    TypeError::Message(format!(
                        "func {} must have no arguments and no return values",
                        fd.name.name
                    )),
                );
            }
        }
        self.objects[obj.0 as usize].kind = ObjKind::Func {
            ty,
            recv: recv_ty,
            native,
        };
    }

    pub(crate) fn check_func_body(&mut self, obj: ObjId, file: FileId, decl: usize) {
        let ast = self.asts[file.0 as usize].clone();
        let Some(Decl::Func(fd)) = ast.decls.get(decl) else {
            return;
        };
        let Some(body) = &fd.body else { return };
        self.cur_file = file;
        self.cur_decl = Some(obj);
        let recv = fd.recv.as_ref().map(|r| {
            let ty = self
                .obj_ty(obj)
                .map(|_| ())
                .map_or(INVALID, |_| match self.obj(obj).kind {
                    ObjKind::Func { recv: Some(t), .. } => t,
                    _ => INVALID,
                });
            (r.clone(), ty)
        });
        let sig_ty = self.obj(obj).ty();
        let outer = std::mem::take(&mut self.scopes);
        if let Some(g) = self.generics.get(&obj).cloned() {
            let scope = self.binding_scope(&g.names, &g.params);
            self.scopes.push(scope);
        }
        self.func_body(&fd.sig, sig_ty, recv, body);
        self.scopes = outer;
        self.cur_decl = None;
    }

    fn obj_ty(&self, obj: ObjId) -> Option<TypeId> {
        Some(self.obj(obj).ty())
    }

    pub(crate) fn local_decl(&mut self, d: &Decl) {
        match d {
            Decl::Var(g) => {
                for vs in &g.specs {
                    let declared = vs.ty.as_ref().map(|t| self.resolve_type_expr(t));
                    let tys: Vec<TypeId> = if vs.values.is_empty() {
                        vec![declared.unwrap_or(INVALID); vs.names.len()]
                    } else if vs.values.len() == vs.names.len() && vs.names.len() > 1 {
                        vs.values
                            .iter()
                            .map(|e| self.single_init(e, declared))
                            .collect()
                    } else if vs.values.len() == vs.names.len() {
                        vs.values
                            .iter()
                            .map(|e| {
                                let x = self.expr(e);
                                match declared {
                                    Some(t) => {
                                        self.assign_to(e, x, t, "variable declaration");
                                        t
                                    }
                                    None => self.var_type_from(e, x, "variable declaration"),
                                }
                            })
                            .collect()
                    } else if vs.values.len() == 1 {
                        let t = self
                            .multi_value(&vs.values[0], vs.names.len(), "variables")
                            .unwrap_or_else(|| vec![INVALID; vs.names.len()]);
                        t.into_iter().map(|t| declared.unwrap_or(t)).collect()
                    } else {
                        let n = vs.names.len().min(vs.values.len());
                        let mut tys: Vec<TypeId> = vs.values[..n]
                            .iter()
                            .map(|e| self.single_init(e, declared))
                            .collect();
                        tys.resize(vs.names.len(), declared.unwrap_or(INVALID));
                        self.init_arity(&vs.names, &vs.values, false);
                        tys
                    };
                    for (n, t) in vs.names.iter().zip(tys) {
                        self.declare_var(n, t);
                    }
                }
            }
            Decl::Const(g) => {
                for vs in &g.specs {
                    self.iota = Some(i128::from(vs.iota));
                    let declared = vs.ty.as_ref().map(|t| self.resolve_type_expr(t));
                    let mut objs = Vec::new();
                    for (i, n) in vs.names.iter().enumerate() {
                        let (ty, value) = match vs.values.get(i) {
                            Some(e) => self.const_init(e, declared),
                            None => {
                                if i == vs.values.len() {
                                    self.error(
                                        n.span,
                                        TypeError::Message(format!(
                                            "missing init expr for {}",
                                            n.name
                                        )),
                                    );
                                }
                                (INVALID, ConstValue::Int(0))
                            }
                        };
                        objs.push((n, ty, value));
                    }
                    self.iota = None;
                    for (n, ty, value) in objs {
                        let o = self.declare_local(n, ObjKind::Const { ty, value });
                        self.used.insert(o);
                    }
                }
            }
            Decl::Type(g) => {
                for ts in &g.specs {
                    let pkg = self.pkg_path();
                    if ts.alias {
                        let ty = self.resolve_type_expr(&ts.ty);
                        self.declare_local(&ts.name, ObjKind::TypeName { ty });
                        continue;
                    }
                    let named = self.types.new_named(&ts.name.name, &pkg);
                    self.declare_local(&ts.name, ObjKind::TypeName { ty: named });
                    self.constraint_ok = true;
                    let under = self.resolve_type_expr(&ts.ty);
                    let under = self.types.under(under);
                    if let Some(info) = self.types.named_info_mut(named) {
                        info.underlying = under;
                    }
                    self.check_recursive_type(named);
                }
            }
            Decl::Func(f) => self.error(
                f.span,
                TypeError::Message("syntax error: unexpected func, expected }".into()),
            ),
        }
    }
}

/// The base type name of a receiver type expression and whether it is a pointer.
fn receiver_base(e: &ast::Expr) -> (String, bool) {
    match &e.kind {
        ast::ExprKind::Star(x) => (receiver_base(x).0, true),
        ast::ExprKind::Paren(x) => receiver_base(x),
        ast::ExprKind::Ident(id) => (id.name.clone(), false),
        ast::ExprKind::Index { x, .. } | ast::ExprKind::IndexList { x, .. } => receiver_base(x),
        _ => (String::new(), false),
    }
}
