//! Generics by expansion, as Go's compiler stencils them: every generic
//! function, method and type is checked once against its constraints,
//! with each type parameter standing for a type of its own (a *type
//! parameter type*, a named type whose underlying type is the constraint's
//! core type), and every instantiation with concrete type arguments is
//! checked again in a copy of its file ([`Instance`]) with the parameters'
//! names bound to the arguments. The compiler compiles the copies like
//! ordinary functions, so each instance is plain code over concrete types,
//! and stepping into one shows the source as written.
//!
//! The first check reports the errors Go reports in a generic body; the
//! second only feeds the compiler, so its errors are kept back unless the
//! program has no other (`instance_errors`).

use crate::SourceFile;
use crate::check::Checker;
use crate::errors::TypeError;
use crate::fnv::FnvMap;
use crate::object::{FileId, ObjId, ObjKind, Object};
use crate::ty::{INVALID, Term, Type, TypeId};
use syntax::Span;
use syntax::ast::{self, Decl, Expr, ExprKind};

/// A generic function, method or type declaration.
#[derive(Clone, Debug)]
pub(crate) struct Generic {
    pub file: FileId,
    pub decl: usize,
    /// The spec of a type declaration; `None` for functions and methods.
    pub spec: Option<usize>,
    /// The names the declaration gives its type parameters (a method's are
    /// those its receiver writes: `func (s *Stack[E]) Push(v E)`).
    pub names: Vec<String>,
    /// Where each is declared, for "cannot infer T (declared at ...)".
    pub spans: Vec<Span>,
    /// The type parameter types (a method shares its type's).
    pub params: Vec<TypeId>,
    pub constraints: Vec<TypeId>,
}

/// A concrete instance of a generic function or method: its object, the
/// copy of the file it is checked in, and its declaration there.
#[derive(Clone, Debug)]
pub struct Instance {
    pub obj: ObjId,
    pub file: FileId,
    pub decl: usize,
}

/// An instance body still to check.
#[derive(Clone, Debug)]
pub(crate) struct Job {
    inst: ObjId,
    generic: ObjId,
    targs: Vec<TypeId>,
    file: FileId,
    /// How many instance bodies led to this one.
    depth: u32,
}

/// How deep instances may lead to instances, and types to types. Go
/// shares code between instances (by shape) and so compiles `f[*T]`
/// inside `f`; expanding every instance cannot, and stops here with an
/// error rather than expanding forever.
const MAX_INSTANCE_DEPTH: u32 = 64;

/// The checker's state saved while it checks a declaration elsewhere.
pub(crate) struct Saved {
    pkg: crate::PkgId,
    file: FileId,
    decl: Option<ObjId>,
    func: Option<crate::check::FuncCtx>,
    scopes: Vec<FnvMap<String, ObjId>>,
    locals: Vec<ObjId>,
    iota: Option<i128>,
}

impl Checker<'_> {
    /// Declares the type parameters of `obj` from their fields: their
    /// types, then their constraints (which may mention them).
    pub(crate) fn declare_type_params(
        &mut self,
        obj: ObjId,
        fields: &[ast::Field],
        file: FileId,
        decl: usize,
        spec: Option<usize>,
    ) {
        let mut names = Vec::new();
        let mut spans = Vec::new();
        for f in fields {
            for n in &f.names {
                names.push(n.name.clone());
                spans.push(n.span);
            }
        }
        let params: Vec<TypeId> = names
            .iter()
            .map(|n| {
                let t = self.types.new_named(n, "");
                self.type_params.insert(t);
                t
            })
            .collect();
        let scope = self.binding_scope(&names, &params);
        self.scopes.push(scope);
        let mut constraints = Vec::new();
        for f in fields {
            let c = self.constraint_type(&f.ty);
            constraints.extend(std::iter::repeat_n(c, f.names.len()));
        }
        self.scopes.pop();
        for (&p, &c) in params.iter().zip(&constraints) {
            let core = self.core_type(c);
            if let Some(info) = self.types.named_info_mut(p) {
                info.underlying = core;
            }
        }
        self.generics.insert(
            obj,
            Generic {
                file,
                decl,
                spec,
                names,
                spans,
                params,
                constraints,
            },
        );
    }

    /// A method of a generic type: its receiver names the type's
    /// parameters anew.
    pub(crate) fn declare_receiver_params(
        &mut self,
        obj: ObjId,
        recv: &Expr,
        file: FileId,
        decl: usize,
    ) {
        let Some((base, args)) = receiver_instance(recv) else {
            return;
        };
        let Some(owner) = self.lookup(&base) else {
            return;
        };
        self.resolve(owner);
        let Some(g) = self.generics.get(&owner).cloned() else {
            return;
        };
        let names: Vec<String> = args
            .iter()
            .map(|a| match &a.kind {
                ExprKind::Ident(id) => id.name.clone(),
                _ => "_".to_string(),
            })
            .collect();
        if names.len() != g.params.len() {
            self.error(
                recv.span,
                TypeError::Message(format!(
                    "receiver declares {} type parameters, but receiver base type declares {}",
                    names.len(),
                    g.params.len()
                )),
            );
            return;
        }
        let spans = args.iter().map(|a| a.span).collect();
        self.generics.insert(
            obj,
            Generic {
                file,
                decl,
                spec: None,
                names,
                spans,
                params: g.params,
                constraints: g.constraints,
            },
        );
    }

    /// A scope naming each type parameter `names[i]` as the type `tys[i]`.
    pub(crate) fn binding_scope(
        &mut self,
        names: &[String],
        tys: &[TypeId],
    ) -> FnvMap<String, ObjId> {
        let mut scope = FnvMap::default();
        for (n, &ty) in names.iter().zip(tys) {
            if n == "_" {
                continue;
            }
            let id = ObjId(u32::try_from(self.objects.len()).unwrap_or(u32::MAX));
            self.objects.push(Object {
                name: n.clone(),
                kind: ObjKind::TypeName { ty },
                pkg: self.cur_pkg,
                file: None,
                span: Span::default(),
            });
            scope.insert(n.clone(), id);
        }
        scope
    }

    /// A constraint as written after a type parameter: an interface, a
    /// union (`~int | ~float64`), or a single type (`int`, `[]E`).
    fn constraint_type(&mut self, e: &Expr) -> TypeId {
        if matches!(
            &e.kind,
            ExprKind::Binary {
                op: ast::BinaryOp::Or,
                ..
            } | ExprKind::Unary {
                op: ast::UnaryOp::Tilde,
                ..
            }
        ) {
            let mut terms = Vec::new();
            self.union_terms(e, &mut terms);
            return self.types.intern(Type::Constraint {
                methods: Vec::new(),
                terms,
                comparable: false,
            });
        }
        self.constraint_ok = true;
        let t = self.resolve_type_expr(e);
        if t == INVALID || self.is_constraint_like(t) {
            return t;
        }
        self.types.intern(Type::Constraint {
            methods: Vec::new(),
            terms: vec![Term {
                tilde: false,
                ty: t,
            }],
            comparable: false,
        })
    }

    fn is_constraint_like(&self, t: TypeId) -> bool {
        matches!(
            self.types.under_type(t),
            Type::Interface(_) | Type::Constraint { .. }
        )
    }

    /// The terms of a union, in order.
    pub(crate) fn union_terms(&mut self, e: &Expr, out: &mut Vec<Term>) {
        match &e.kind {
            ExprKind::Binary {
                op: ast::BinaryOp::Or,
                x,
                y,
            } => {
                self.union_terms(x, out);
                self.union_terms(y, out);
            }
            ExprKind::Unary {
                op: ast::UnaryOp::Tilde,
                x,
            } => {
                let ty = self.resolve_type_expr(x);
                out.push(Term { tilde: true, ty });
            }
            ExprKind::Paren(x) => self.union_terms(x, out),
            _ => {
                self.constraint_ok = true;
                let ty = self.resolve_type_expr(e);
                match self.types.under_type(ty).clone() {
                    Type::Constraint { terms, .. } if !terms.is_empty() => out.extend(terms),
                    _ => out.push(Term { tilde: false, ty }),
                }
            }
        }
    }

    /// What a type parameter constrained by `c` is while its declaration is
    /// checked: the one underlying type all its terms share (the first
    /// term's when they differ: the operations its terms disagree on are
    /// checked term by term), or the constraint's methods as an interface.
    fn core_type(&mut self, c: TypeId) -> TypeId {
        match self.types.under_type(c).clone() {
            Type::Constraint { terms, .. } if !terms.is_empty() => self.types.under(terms[0].ty),
            Type::Constraint { methods, .. } => self.types.intern(Type::Interface(methods)),
            Type::Interface(_) => self.types.under(c),
            _ => INVALID,
        }
    }

    /// The constraint of a type parameter type.
    pub(crate) fn constraint_of(&self, t: TypeId) -> Option<TypeId> {
        if !self.type_params.contains(&t) {
            return None;
        }
        self.generics.values().find_map(|g| {
            g.params
                .iter()
                .position(|p| *p == t)
                .map(|i| g.constraints[i])
        })
    }

    /// The constraint as Go's messages write it: `any`, `Number`,
    /// `~int | ~float64`.
    pub(crate) fn constraint_str(&self, c: TypeId) -> String {
        match self.types.get(c) {
            Type::Interface(m) if m.is_empty() => "any".into(),
            Type::Constraint {
                methods,
                terms,
                comparable,
            } if methods.is_empty() && !comparable => {
                crate::TypeString::for_errors(&self.types, &self.pkg_path()).union(terms)
            }
            _ => self.type_str(c),
        }
    }

    /// For a type parameter type, whether `ok` holds for the basic type of
    /// every term of its constraint (false when the constraint has none: an
    /// operator needs a type set that allows it); `None` for other types.
    pub(crate) fn every_term(
        &self,
        t: TypeId,
        ok: &dyn Fn(Option<crate::Basic>) -> bool,
    ) -> Option<bool> {
        let c = self.constraint_of(t)?;
        Some(match self.types.under_type(c) {
            Type::Constraint { terms, .. } if !terms.is_empty() => {
                terms.iter().all(|term| ok(self.types.basic_of(term.ty)))
            }
            _ => false,
        })
    }

    /// Whether every type a constraint allows is comparable.
    pub(crate) fn constraint_comparable(&self, c: TypeId) -> bool {
        match self.types.under_type(c) {
            Type::Constraint {
                terms, comparable, ..
            } => {
                *comparable
                    || (!terms.is_empty() && terms.iter().all(|t| self.types.comparable(t.ty)))
            }
            _ => false,
        }
    }

    /// Whether a type mentions a type parameter type, so that an instance
    /// with it is only ever checked, never compiled.
    pub(crate) fn mentions_param(&self, t: TypeId) -> bool {
        self.mentions_param_depth(t, 0)
    }

    fn mentions_param_depth(&self, t: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        let d = depth + 1;
        if self.type_params.contains(&t) {
            return true;
        }
        match self.types.get(t) {
            Type::Named(_) => self
                .types
                .named_info(t)
                .is_some_and(|n| n.targs.iter().any(|a| self.mentions_param_depth(*a, d))),
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => {
                self.mentions_param_depth(*e, d)
            }
            Type::Map(k, v) => self.mentions_param_depth(*k, d) || self.mentions_param_depth(*v, d),
            Type::Struct(fields) => fields.iter().any(|f| self.mentions_param_depth(f.ty, d)),
            Type::Func(sig) => sig
                .params
                .iter()
                .chain(&sig.results)
                .any(|p| self.mentions_param_depth(*p, d)),
            Type::Tuple(items) => items.iter().any(|p| self.mentions_param_depth(*p, d)),
            Type::Interface(ms) | Type::Constraint { methods: ms, .. } => {
                ms.iter().any(|m| self.mentions_param_depth(m.sig, d))
            }
            Type::Basic(_) => false,
        }
    }

    /// Leaves the current declaration for `file` of `pkg` with only `scope`
    /// open; [`Checker::leave`] comes back.
    pub(crate) fn enter(
        &mut self,
        pkg: crate::PkgId,
        file: FileId,
        scope: FnvMap<String, ObjId>,
    ) -> Saved {
        let saved = Saved {
            pkg: self.cur_pkg,
            file: self.cur_file,
            decl: self.cur_decl,
            func: self.func.take(),
            scopes: std::mem::replace(&mut self.scopes, vec![scope]),
            locals: std::mem::take(&mut self.locals),
            iota: self.iota.take(),
        };
        self.cur_pkg = pkg;
        self.cur_file = file;
        saved
    }

    pub(crate) fn leave(&mut self, s: Saved) {
        self.cur_pkg = s.pkg;
        self.cur_file = s.file;
        self.cur_decl = s.decl;
        self.func = s.func;
        self.scopes = s.scopes;
        self.locals = s.locals;
        self.iota = s.iota;
    }

    /// A copy of `origin` with node keys of its own, for one instance.
    fn clone_file(&mut self, origin: FileId) -> FileId {
        let src = &self.files[origin.0 as usize];
        let count = src.ast.node_count;
        let copy = SourceFile {
            base: self.node_base,
            origin,
            ..src.clone()
        };
        self.node_base = self.node_base.saturating_add(count);
        let id = FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX));
        self.files.push(copy);
        self.asts.push(self.asts[origin.0 as usize].clone());
        if let Some(imports) = self.file_imports.get(&origin).cloned() {
            self.file_imports.insert(id, imports);
        }
        id
    }

    /// The instance of generic function or method `g` for `targs`: its
    /// signature now, its body once the package's bodies are checked.
    pub(crate) fn instantiate_func(&mut self, g: ObjId, targs: Vec<TypeId>) -> ObjId {
        if let Some(&o) = self.func_instances.get(&(g, targs.clone())) {
            return o;
        }
        let Some(decl_of) = self.generics.get(&g).cloned() else {
            return g;
        };
        let ast = self.asts[decl_of.file.0 as usize].clone();
        let Some(Decl::Func(fd)) = ast.decls.get(decl_of.decl) else {
            return g;
        };
        let concrete = !targs.iter().any(|t| self.mentions_param(*t));
        let file = if concrete {
            self.clone_file(decl_of.file)
        } else {
            decl_of.file
        };
        let inst = ObjId(u32::try_from(self.objects.len()).unwrap_or(u32::MAX));
        let generic = self.obj(g).clone();
        self.objects.push(Object {
            kind: ObjKind::Func {
                ty: INVALID,
                recv: None,
                native: false,
            },
            ..generic.clone()
        });
        self.func_instances.insert((g, targs.clone()), inst);
        let scope = self.binding_scope(&decl_of.names, &targs);
        let saved = self.enter(generic.pkg, file, scope);
        self.silent += 1;
        let recv = fd.recv.as_ref().map(|r| self.resolve_type_expr(&r.ty));
        let ty = self.func_type(&fd.sig);
        self.silent -= 1;
        self.leave(saved);
        self.objects[inst.0 as usize].kind = ObjKind::Func {
            ty,
            recv,
            native: false,
        };
        if concrete {
            if self.instance_depth >= MAX_INSTANCE_DEPTH {
                let span = self.obj(g).span;
                self.error(
                    span,
                    TypeError::Unsupported(
                        "a generic function instantiated with ever deeper type arguments is",
                    ),
                );
                return inst;
            }
            self.jobs.push(Job {
                inst,
                generic: g,
                targs,
                file,
                depth: self.instance_depth + 1,
            });
            self.instances.push(Instance {
                obj: inst,
                file,
                decl: decl_of.decl,
            });
        }
        inst
    }

    /// The instance of generic type `g` for `targs`, with its methods.
    pub(crate) fn instantiate_type(&mut self, g: ObjId, targs: Vec<TypeId>) -> TypeId {
        if let Some(&t) = self.type_instances.get(&(g, targs.clone())) {
            return t;
        }
        let Some(decl_of) = self.generics.get(&g).cloned() else {
            return INVALID;
        };
        let Some(Decl::Type(gd)) = self.asts[decl_of.file.0 as usize]
            .decls
            .get(decl_of.decl)
            .cloned()
        else {
            return INVALID;
        };
        let Some(ts) = decl_of.spec.and_then(|s| gd.specs.get(s).cloned()) else {
            return INVALID;
        };
        if self.type_depth >= MAX_INSTANCE_DEPTH {
            // `type L[P any] struct{ next *L[*P] }`: Go's "instantiation cycle".
            // Reported even from an instance being re-resolved quietly.
            let err = TypeError::Message("instantiation cycle".into());
            self.errors.push((decl_of.file, ts.name.span, err));
            return INVALID;
        }
        let pkg = self.obj(g).pkg;
        let path = self.packages[pkg.0 as usize].path.clone();
        let named = self.types.new_named(&ts.name.name, &path);
        if let Some(info) = self.types.named_info_mut(named) {
            info.targs = targs.clone();
        }
        self.type_instances.insert((g, targs.clone()), named);
        self.instance_origin.insert(named, g);
        let is_self = targs == decl_of.params;
        let scope = self.binding_scope(&decl_of.names, &targs);
        let saved = self.enter(pkg, decl_of.file, scope);
        self.silent += u32::from(!is_self);
        self.constraint_ok = true;
        self.type_depth += 1;
        let under = self.resolve_type_expr(&ts.ty);
        self.type_depth -= 1;
        let under = self.types.under(under);
        if let Some(info) = self.types.named_info_mut(named) {
            info.underlying = under;
        }
        // Reported once, for the declaration; an instance of a recursive
        // type is made invalid quietly.
        self.check_recursive_type(named);
        self.silent -= u32::from(!is_self);
        self.leave(saved);
        if is_self {
            self.attach_methods(g, named);
            self.attached.insert(g);
            let (ready, waiting) = std::mem::take(&mut self.methods_waiting)
                .into_iter()
                .partition(|(o, ..)| *o == g);
            self.methods_waiting = waiting;
            let ready: Vec<(ObjId, TypeId, Vec<TypeId>)> = ready;
            for (_, t, args) in ready {
                self.instantiate_methods(g, t, args);
            }
        } else if self.attached.contains(&g) {
            self.instantiate_methods(g, named, targs);
        } else {
            self.methods_waiting.push((g, named, targs));
        }
        named
    }

    /// Gives instance `named` of `g` the instances of `g`'s methods.
    fn instantiate_methods(&mut self, g: ObjId, named: TypeId, targs: Vec<TypeId>) {
        let Some(decl_of) = self.generics.get(&g).cloned() else {
            return;
        };
        let Some(&generic) = self.type_instances.get(&(g, decl_of.params.clone())) else {
            return;
        };
        let methods = self
            .types
            .named_info(generic)
            .map(|n| n.methods.clone())
            .unwrap_or_default();
        for m in methods {
            self.resolve(m.func);
            let func = self.instantiate_func(m.func, targs.clone());
            if let Some(info) = self.types.named_info_mut(named) {
                info.methods.push(crate::ty::MethodRef { func, ..m });
            }
        }
    }

    /// Checks the bodies of the instances made so far (and those they make).
    pub(crate) fn check_instance_bodies(&mut self) {
        while let Some(job) = self.jobs.pop() {
            let Some(decl_of) = self.generics.get(&job.generic).cloned() else {
                continue;
            };
            let ast = self.asts[job.file.0 as usize].clone();
            let Some(Decl::Func(fd)) = ast.decls.get(decl_of.decl) else {
                continue;
            };
            let Some(body) = &fd.body else { continue };
            let scope = self.binding_scope(&decl_of.names, &job.targs);
            let pkg = self.obj(job.inst).pkg;
            let saved = self.enter(pkg, job.file, scope);
            self.cur_decl = Some(job.inst);
            self.instance_depth = job.depth;
            let (sig_ty, recv_ty) = match self.obj(job.inst).kind {
                ObjKind::Func { ty, recv, .. } => (ty, recv),
                _ => (INVALID, None),
            };
            let recv = fd.recv.clone().map(|r| (r, recv_ty.unwrap_or(INVALID)));
            self.func_body(&fd.sig, sig_ty, recv, body);
            self.leave(saved);
            self.instance_depth = 0;
        }
    }
}

/// `Stack[T]` or `*Pair[K, V]` as a receiver: the base name and arguments.
fn receiver_instance(e: &Expr) -> Option<(String, Vec<Expr>)> {
    match &e.kind {
        ExprKind::Star(x) | ExprKind::Paren(x) => receiver_instance(x),
        ExprKind::Index { x, index } => match &x.kind {
            ExprKind::Ident(id) => Some((id.name.clone(), vec![(**index).clone()])),
            _ => None,
        },
        ExprKind::IndexList { x, indices } => match &x.kind {
            ExprKind::Ident(id) => Some((id.name.clone(), indices.clone())),
            _ => None,
        },
        _ => None,
    }
}
