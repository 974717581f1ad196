//! The checker's driver: loading packages, collecting package-level
//! declarations, resolving them lazily (so declaration order does not
//! matter, as in Go), checking function bodies, and ordering package
//! variable initialisation.

use crate::constant::ConstValue;
use crate::errors::TypeError;
use crate::object::{FileId, Info, NodeKey, ObjId, ObjKind, Object, PkgId};
use crate::ty::{INVALID, Type, TypeId, Types};
use crate::universe::{self, Universe};
use crate::{Checked, Package, PackageSource, SourceFile, VarInit};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;
use syntax::ast::{self, Decl};
use syntax::{Diagnostic, LineIndex, Span};

/// Where a package-level object is declared.
#[derive(Clone, Copy, Debug)]
pub(crate) enum DeclSite {
    Const {
        file: FileId,
        decl: usize,
        spec: usize,
        name: usize,
    },
    Var {
        file: FileId,
        decl: usize,
        spec: usize,
        name: usize,
    },
    Type {
        file: FileId,
        decl: usize,
        spec: usize,
    },
    Func {
        file: FileId,
        decl: usize,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    InProgress,
    Done,
}

/// State of the function body being checked.
#[derive(Clone, Debug, Default)]
pub(crate) struct FuncCtx {
    pub results: Vec<TypeId>,
    pub named_results: bool,
    /// Labels declared in the body and whether each was used.
    pub labels: HashMap<String, (Span, bool)>,
    /// Enclosing breakable statements, innermost last: `(label, is_loop)`.
    pub breakable: Vec<(Option<String>, bool)>,
}

pub(crate) struct Checker<'l> {
    pub types: Types,
    pub objects: Vec<Object>,
    pub packages: Vec<Package>,
    /// Packages as their checking completes: dependencies before dependents.
    init_order: Vec<PkgId>,
    pub files: Vec<SourceFile>,
    pub asts: Vec<Rc<ast::File>>,
    pub info: Info,
    pub universe: Universe,
    loader: &'l dyn Fn(&str) -> Option<PackageSource>,
    pkg_by_path: HashMap<String, PkgId>,
    loading: HashSet<String>,
    pub errors: Vec<(FileId, Span, TypeError)>,
    internal: Vec<String>,
    pub sites: HashMap<ObjId, DeclSite>,
    state: HashMap<ObjId, State>,
    /// Package-level objects each package-level var or func refers to.
    deps: HashMap<ObjId, BTreeSet<ObjId>>,
    pub cur_pkg: PkgId,
    pub cur_file: FileId,
    /// The package-level object whose initializer or body is being checked.
    pub cur_decl: Option<ObjId>,
    pub func: Option<FuncCtx>,
    pub scopes: Vec<HashMap<String, ObjId>>,
    pub iota: Option<i128>,
    /// Import names per file: name → package object.
    file_imports: HashMap<FileId, HashMap<String, ObjId>>,
    pub used: HashSet<ObjId>,
    /// Local variables declared in the current function, for "declared and not used".
    pub locals: Vec<ObjId>,
    node_base: u32,
}

impl<'l> Checker<'l> {
    pub fn new(loader: &'l dyn Fn(&str) -> Option<PackageSource>) -> Checker<'l> {
        let mut types = Types::new();
        let mut objects = Vec::new();
        let universe = universe::build(&mut types, &mut objects);
        Checker {
            types,
            objects,
            packages: Vec::new(),
            init_order: Vec::new(),
            files: Vec::new(),
            asts: Vec::new(),
            info: Info::default(),
            universe,
            loader,
            pkg_by_path: HashMap::new(),
            loading: HashSet::new(),
            errors: Vec::new(),
            internal: Vec::new(),
            sites: HashMap::new(),
            state: HashMap::new(),
            deps: HashMap::new(),
            cur_pkg: PkgId(0),
            cur_file: FileId(0),
            cur_decl: None,
            func: None,
            scopes: Vec::new(),
            iota: None,
            file_imports: HashMap::new(),
            used: HashSet::new(),
            locals: Vec::new(),
            node_base: 0,
        }
    }

    pub fn run(mut self, file_name: &str, src: &str) -> Checked {
        let parsed = syntax::parse(src);
        let user_file_syntax_errors = parsed.diagnostics.clone();
        if user_file_syntax_errors.is_empty() {
            if parsed.file.package.name != "main" {
                let span = parsed.file.package.span;
                self.add_file(file_name, src, parsed.file, PkgId(0));
                self.errors.push((
                    FileId(0),
                    span,
                    TypeError::Message("package is not main: run needs package main".into()),
                ));
            } else {
                // The engine raises run-time panics as values of runtime's types.
                self.import("runtime");
                self.check_package(
                    "main",
                    vec![(file_name.to_string(), src.to_string(), Some(parsed.file))],
                    false,
                );
            }
        } else {
            self.add_file(file_name, src, parsed.file, PkgId(0));
        }
        let user_file = self.files.iter().position(|f| {
            f.name == file_name
                && self
                    .packages
                    .get(f.pkg.0 as usize)
                    .is_none_or(|p| !p.prelude)
        });
        let diagnostics = if user_file_syntax_errors.is_empty() {
            self.user_diagnostics(user_file.map(|i| FileId(i as u32)))
        } else {
            user_file_syntax_errors
        };
        let Checker {
            types,
            objects,
            packages,
            init_order,
            files,
            info,
            internal,
            ..
        } = self;
        Checked {
            types,
            objects,
            packages,
            init_order,
            files,
            info,
            diagnostics,
            internal_errors: internal,
        }
    }

    /// Errors in the user's file, sorted by position, first per line dropped
    /// to Go's limit of ten plus `too many errors`.
    fn user_diagnostics(&mut self, user: Option<FileId>) -> Vec<Diagnostic> {
        let mut errs: Vec<(Span, String)> = Vec::new();
        for (file, span, err) in &self.errors {
            if Some(*file) == user {
                errs.push((*span, err.to_string()));
            } else {
                let f = &self.files[file.0 as usize];
                let lc = f.lines.line_col(span.lo);
                self.internal
                    .push(format!("{}:{}:{}: {err}", f.name, lc.line, lc.col));
            }
        }
        errs.sort_by_key(|(s, _)| s.lo);
        errs.dedup();
        let mut out = Vec::new();
        for (span, msg) in errs {
            if out.len() == crate::MAX_ERRORS {
                out.push(Diagnostic::new(span, "too many errors"));
                break;
            }
            out.push(Diagnostic::new(span, msg));
        }
        out
    }

    fn add_file(&mut self, name: &str, src: &str, ast: ast::File, pkg: PkgId) -> FileId {
        let id = FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX));
        let base = self.node_base;
        self.node_base = self.node_base.saturating_add(ast.node_count);
        // Traces show files where Go keeps them: the standard library under
        // GOROOT, modules under GOPATH, the learner's program in /tmp.
        let path = match self.packages.get(pkg.0 as usize) {
            Some(p) if p.prelude && p.path.contains('.') => {
                format!("/root/go/pkg/mod/{}/{name}", p.path)
            }
            Some(p) if p.prelude => format!("/usr/local/go/src/{}/{name}", p.path),
            _ => format!("/tmp/{name}"),
        };
        self.asts.push(Rc::new(ast.clone()));
        self.files.push(SourceFile {
            name: name.into(),
            path,
            src: src.into(),
            lines: LineIndex::new(src),
            ast,
            base,
            pkg,
        });
        id
    }

    pub fn key(&self, id: ast::NodeId) -> NodeKey {
        NodeKey(self.files[self.cur_file.0 as usize].base.wrapping_add(id.0))
    }

    pub fn error(&mut self, span: Span, err: TypeError) {
        self.errors.push((self.cur_file, span, err));
    }

    pub fn new_obj(&mut self, name: &str, kind: ObjKind, span: Span) -> ObjId {
        let id = ObjId(u32::try_from(self.objects.len()).unwrap_or(u32::MAX));
        self.objects.push(Object {
            name: name.into(),
            kind,
            pkg: self.cur_pkg,
            file: Some(self.cur_file),
            span,
        });
        id
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn pkg_path(&self) -> String {
        self.packages
            .get(self.cur_pkg.0 as usize)
            .map(|p| p.path.clone())
            .unwrap_or_default()
    }

    pub fn is_prelude(&self) -> bool {
        self.packages
            .get(self.cur_pkg.0 as usize)
            .is_some_and(|p| p.prelude)
    }

    /// Loads and fully checks an imported package (once).
    fn import(&mut self, path: &str) -> Option<PkgId> {
        if let Some(&id) = self.pkg_by_path.get(path) {
            return Some(id);
        }
        if !self.loading.insert(path.to_string()) {
            self.internal.push(format!("import cycle through {path}"));
            return None;
        }
        let sources = (self.loader)(path)?;
        let files = sources
            .into_iter()
            .map(|(name, src)| (name, src, None))
            .collect();
        let saved = (
            self.cur_pkg,
            self.cur_file,
            self.cur_decl,
            self.func.take(),
            std::mem::take(&mut self.scopes),
        );
        let id = self.check_package(path, files, true);
        (
            self.cur_pkg,
            self.cur_file,
            self.cur_decl,
            self.func,
            self.scopes,
        ) = saved;
        Some(id)
    }

    fn check_package(
        &mut self,
        path: &str,
        files: Vec<(String, String, Option<ast::File>)>,
        prelude: bool,
    ) -> PkgId {
        let id = PkgId(u32::try_from(self.packages.len()).unwrap_or(u32::MAX));
        self.packages.push(Package {
            path: path.into(),
            name: String::new(),
            files: Vec::new(),
            scope: HashMap::new(),
            var_inits: Vec::new(),
            inits: Vec::new(),
            prelude,
        });
        self.pkg_by_path.insert(path.to_string(), id);
        let mut fids = Vec::new();
        for (name, src, ast) in files {
            let ast = ast.unwrap_or_else(|| {
                let parsed = syntax::parse(&src);
                for d in &parsed.diagnostics {
                    self.internal.push(format!("{path}/{name}: {}", d.message));
                }
                parsed.file
            });
            self.packages[id.0 as usize].name = ast.package.name.clone();
            fids.push(self.add_file(&name, &src, ast, id));
        }
        self.packages[id.0 as usize].files = fids.clone();
        self.cur_pkg = id;
        for &f in &fids {
            self.cur_file = f;
            self.collect_imports(f);
        }
        self.cur_pkg = id;
        for &f in &fids {
            self.cur_file = f;
            self.collect_decls(f);
        }
        let objs: Vec<ObjId> = {
            let mut v: Vec<_> = self
                .sites
                .keys()
                .copied()
                .filter(|o| self.obj(*o).pkg == id)
                .collect();
            v.sort();
            v
        };
        for &o in &objs {
            self.resolve(o);
        }
        for &o in &objs {
            if let Some(DeclSite::Func { file, decl }) = self.sites.get(&o).copied() {
                self.check_func_body(o, file, decl);
            }
        }
        self.order_var_inits(id, &objs);
        for &f in &fids {
            self.cur_file = f;
            self.report_unused_imports(f);
        }
        self.init_order.push(id);
        id
    }

    fn collect_imports(&mut self, f: FileId) {
        let ast = self.asts[f.0 as usize].clone();
        let mut names = HashMap::new();
        for imp in &ast.imports {
            let Some(pkg) = self.import(&imp.path) else {
                self.error(imp.span, TypeError::UnknownImport(imp.path.clone()));
                continue;
            };
            self.cur_pkg = self.files[f.0 as usize].pkg;
            self.cur_file = f;
            let pkg_name = self.packages[pkg.0 as usize].name.clone();
            let name = imp.alias.as_ref().map_or(pkg_name, |a| a.name.clone());
            if name == "_" {
                continue;
            }
            if name == "." {
                self.error(imp.span, TypeError::Unsupported("dot imports are"));
                continue;
            }
            let obj = self.new_obj(&name, ObjKind::PkgName { pkg }, imp.span);
            names.insert(name, obj);
        }
        self.file_imports.insert(f, names);
    }

    fn report_unused_imports(&mut self, f: FileId) {
        let Some(names) = self.file_imports.get(&f) else {
            return;
        };
        let mut unused: Vec<(Span, TypeError)> = Vec::new();
        for (name, obj) in names {
            if self.used.contains(obj) {
                continue;
            }
            let o = self.obj(*obj);
            let ObjKind::PkgName { pkg } = o.kind else {
                continue;
            };
            let p = &self.packages[pkg.0 as usize];
            let err = if *name == p.name {
                TypeError::ImportedNotUsed(p.path.clone())
            } else {
                TypeError::ImportedAsNotUsed {
                    path: p.path.clone(),
                    name: name.clone(),
                }
            };
            unused.push((o.span, err));
        }
        for (span, err) in unused {
            self.error(span, err);
        }
    }

    fn collect_decls(&mut self, f: FileId) {
        let ast = self.asts[f.0 as usize].clone();
        for (di, decl) in ast.decls.iter().enumerate() {
            match decl {
                Decl::Const(g) => {
                    for (si, spec) in g.specs.iter().enumerate() {
                        for (ni, name) in spec.names.iter().enumerate() {
                            let site = DeclSite::Const {
                                file: f,
                                decl: di,
                                spec: si,
                                name: ni,
                            };
                            self.declare_pkg(
                                name,
                                ObjKind::Const {
                                    ty: INVALID,
                                    value: ConstValue::Int(0),
                                },
                                site,
                            );
                        }
                    }
                }
                Decl::Var(g) => {
                    for (si, spec) in g.specs.iter().enumerate() {
                        for (ni, name) in spec.names.iter().enumerate() {
                            let site = DeclSite::Var {
                                file: f,
                                decl: di,
                                spec: si,
                                name: ni,
                            };
                            self.declare_pkg(
                                name,
                                ObjKind::Var {
                                    ty: INVALID,
                                    global: true,
                                },
                                site,
                            );
                        }
                    }
                }
                Decl::Type(g) => {
                    for (si, spec) in g.specs.iter().enumerate() {
                        let site = DeclSite::Type {
                            file: f,
                            decl: di,
                            spec: si,
                        };
                        self.declare_pkg(&spec.name, ObjKind::TypeName { ty: INVALID }, site);
                    }
                }
                Decl::Func(fd) => {
                    let native = fd.body.is_none() && self.is_prelude();
                    let kind = ObjKind::Func {
                        ty: INVALID,
                        recv: None,
                        native,
                    };
                    let site = DeclSite::Func { file: f, decl: di };
                    if fd.recv.is_some() {
                        let obj = self.new_obj(&fd.name.name, kind, fd.name.span);
                        self.info.defs.insert((f, fd.name.span.lo), obj);
                        self.sites.insert(obj, site);
                    } else if fd.name.name == "init" {
                        let obj = self.new_obj("init", kind, fd.name.span);
                        self.info.defs.insert((f, fd.name.span.lo), obj);
                        self.sites.insert(obj, site);
                        self.packages[self.cur_pkg.0 as usize].inits.push(obj);
                    } else {
                        self.declare_pkg(&fd.name, kind, site);
                    }
                }
            }
        }
    }

    fn declare_pkg(&mut self, name: &ast::Ident, kind: ObjKind, site: DeclSite) {
        let obj = self.new_obj(&name.name, kind, name.span);
        self.info.defs.insert((self.cur_file, name.span.lo), obj);
        self.sites.insert(obj, site);
        if name.name == "_" {
            return;
        }
        let pkg = self.cur_pkg.0 as usize;
        if let Some(prev) = self.packages[pkg].scope.get(&name.name).copied() {
            let prev_pos = self.position(prev);
            self.error(
                name.span,
                TypeError::Message(format!(
                    "{} redeclared in this block\n\tother declaration of {} at {prev_pos}",
                    name.name, name.name
                )),
            );
            return;
        }
        if name.name == "main"
            && self.packages[pkg].path == "main"
            && !matches!(site, DeclSite::Func { .. })
        {
            self.error(
                name.span,
                TypeError::Message("cannot declare main - must be func".into()),
            );
        }
        self.packages[pkg].scope.insert(name.name.clone(), obj);
    }

    fn position(&self, obj: ObjId) -> String {
        let o = self.obj(obj);
        match o.file {
            Some(f) => {
                let file = &self.files[f.0 as usize];
                let lc = file.lines.line_col(o.span.lo);
                format!("./{}:{}:{}", file.name, lc.line, lc.col)
            }
            None => "universe".into(),
        }
    }

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

    fn value_spec(&self, file: FileId, decl: usize, spec: usize) -> Option<ast::ValueSpec> {
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
            None => {
                self.error(
                    vs.names[name].span,
                    TypeError::Message("missing init expr for const declaration".into()),
                );
                (INVALID, ConstValue::Int(0))
            }
        };
        if name == 0 && vs.values.len() > vs.names.len() {
            self.error(
                vs.values[vs.names.len()].span,
                TypeError::Message("extra init expr".into()),
            );
        }
        self.objects[obj.0 as usize].kind = ObjKind::Const { ty, value };
        self.iota = None;
    }

    fn resolve_var(&mut self, obj: ObjId, file: FileId, decl: usize, spec: usize, name: usize) {
        let Some(vs) = self.value_spec(file, decl, spec) else {
            return;
        };
        let declared = vs.ty.as_ref().map(|t| self.resolve_type_expr(t));
        let ty = if let Some(t) = declared {
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

    /// `var a, b = f()`: checks the call once (for the first name) and
    /// hands every name its result type.
    fn check_multi_init(&mut self, vs: &ast::ValueSpec, declared: Option<TypeId>) -> Vec<TypeId> {
        let n = vs.names.len();
        if vs.values.len() != 1 {
            self.error(
                vs.span,
                TypeError::AssignCountMismatch {
                    lhs: n,
                    rhs: vs.values.len(),
                },
            );
            return vec![INVALID; n];
        }
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
        if let Some(span) = ts.type_params {
            self.error(span, TypeError::Unsupported("generic types are"));
        }
        if ts.alias {
            let ty = self.resolve_type_expr(&ts.ty);
            self.objects[obj.0 as usize].kind = ObjKind::TypeName { ty };
            return;
        }
        let pkg_name = self.packages[self.cur_pkg.0 as usize].path.clone();
        let named = self.types.new_named(&ts.name.name, &pkg_name);
        self.objects[obj.0 as usize].kind = ObjKind::TypeName { ty: named };
        let under = self.resolve_type_expr(&ts.ty);
        let under = self.types.under(under);
        if let Some(info) = self.types.named_info_mut(named) {
            info.underlying = under;
        }
        self.attach_methods(obj, named);
    }

    /// Finds the methods declared on a named type in its package and records
    /// them on the type (signatures are resolved lazily by `resolve`).
    fn attach_methods(&mut self, type_obj: ObjId, named: TypeId) {
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
        found.sort_by_key(|(o, ..)| *o);
        let mut seen: HashMap<String, Span> = HashMap::new();
        for (obj, name, ptr, span) in found {
            if let Some(Type::Struct(fields)) = Some(self.types.under_type(named).clone()) {
                if fields.iter().any(|f| f.name == name) {
                    let file = self.obj(obj).file.unwrap_or(self.cur_file);
                    self.errors.push((
                        file,
                        span,
                        TypeError::Message(format!("field and method with the same name {name}")),
                    ));
                    continue;
                }
            }
            if seen.insert(name.clone(), span).is_some() {
                let file = self.obj(obj).file.unwrap_or(self.cur_file);
                self.errors.push((
                    file,
                    span,
                    TypeError::Message(format!("method {type_name}.{name} already declared")),
                ));
                continue;
            }
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
        let Some(Decl::Func(fd)) = self.asts[file.0 as usize].decls.get(decl).cloned() else {
            return;
        };
        if let Some(span) = fd.type_params {
            self.error(span, TypeError::Unsupported("generic functions are"));
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

    fn check_func_body(&mut self, obj: ObjId, file: FileId, decl: usize) {
        let Some(Decl::Func(fd)) = self.asts[file.0 as usize].decls.get(decl).cloned() else {
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
        self.func_body(&fd.sig, sig_ty, recv, body);
        self.cur_decl = None;
    }

    fn obj_ty(&self, obj: ObjId) -> Option<TypeId> {
        Some(self.obj(obj).ty())
    }

    /// Records that the declaration being checked refers to package-level `obj`.
    pub fn record_dep(&mut self, obj: ObjId) {
        if let Some(cur) = self.cur_decl {
            if self.sites.contains_key(&obj) && cur != obj {
                self.deps.entry(cur).or_default().insert(obj);
            }
        }
    }

    /// Go's rule: repeatedly initialise the earliest-declared variable
    /// whose dependencies (through functions too) are all initialised.
    fn order_var_inits(&mut self, pkg: PkgId, objs: &[ObjId]) {
        let is_var = |c: &Self, o: ObjId| matches!(c.sites.get(&o), Some(DeclSite::Var { .. }));
        let vars: Vec<ObjId> = objs.iter().copied().filter(|&o| is_var(self, o)).collect();
        let mut var_deps: HashMap<ObjId, BTreeSet<ObjId>> = HashMap::new();
        for &v in &vars {
            let mut seen = HashSet::new();
            let mut stack: Vec<ObjId> = self
                .deps
                .get(&v)
                .map(|d| d.iter().copied().collect())
                .unwrap_or_default();
            let mut out = BTreeSet::new();
            while let Some(d) = stack.pop() {
                if !seen.insert(d) {
                    continue;
                }
                if is_var(self, d) {
                    if d != v {
                        out.insert(d);
                    }
                } else if let Some(more) = self.deps.get(&d) {
                    stack.extend(more.iter().copied());
                }
            }
            var_deps.insert(v, out);
        }
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut inits = Vec::new();
        while done.len() < vars.len() {
            let next = vars
                .iter()
                .copied()
                .find(|v| !done.contains(v) && var_deps[v].iter().all(|d| done.contains(d)));
            let Some(v) = next.or_else(|| vars.iter().copied().find(|v| !done.contains(v))) else {
                break;
            };
            let Some(DeclSite::Var {
                file, decl, spec, ..
            }) = self.sites.get(&v).copied()
            else {
                break;
            };
            let Some(vs) = self.value_spec(file, decl, spec) else {
                break;
            };
            let group: Vec<ObjId> = if vs.values.len() == 1 && vs.names.len() > 1 {
                vars.iter().copied().filter(|o| matches!(self.sites.get(o), Some(DeclSite::Var { file: f, decl: d, spec: s, .. }) if *f == file && *d == decl && *s == spec)).collect()
            } else {
                vec![v]
            };
            let values = match self.sites.get(&v) {
                Some(DeclSite::Var { name, .. }) if vs.values.len() == vs.names.len() => {
                    vec![vs.values[*name].clone()]
                }
                _ => vs.values.clone(),
            };
            for g in &group {
                done.insert(*g);
            }
            inits.push(VarInit {
                vars: group,
                values,
                file,
            });
        }
        self.packages[pkg.0 as usize].var_inits = inits;
    }

    /// Looks a name up: block scopes, package scope, file imports, universe.
    pub fn lookup(&mut self, name: &str) -> Option<ObjId> {
        for scope in self.scopes.iter().rev() {
            if let Some(&o) = scope.get(name) {
                return Some(o);
            }
        }
        if let Some(&o) = self
            .packages
            .get(self.cur_pkg.0 as usize)
            .and_then(|p| p.scope.get(name))
        {
            return Some(o);
        }
        if let Some(&o) = self
            .file_imports
            .get(&self.cur_file)
            .and_then(|m| m.get(name))
        {
            return Some(o);
        }
        self.universe.scope.get(name).copied()
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(HashMap::new());
    }

    pub fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    /// Declares a local name in the innermost scope.
    pub fn declare_local(&mut self, name: &ast::Ident, kind: ObjKind) -> ObjId {
        let obj = self.new_obj(&name.name, kind, name.span);
        self.info.defs.insert((self.cur_file, name.span.lo), obj);
        if name.name != "_" {
            if let Some(scope) = self.scopes.last_mut() {
                scope.insert(name.name.clone(), obj);
            }
        }
        obj
    }
}

/// The base type name of a receiver type expression and whether it is a pointer.
fn receiver_base(e: &ast::Expr) -> (String, bool) {
    match &e.kind {
        ast::ExprKind::Star(x) => (receiver_base(x).0, true),
        ast::ExprKind::Paren(x) => receiver_base(x),
        ast::ExprKind::Ident(id) => (id.name.clone(), false),
        _ => (String::new(), false),
    }
}
