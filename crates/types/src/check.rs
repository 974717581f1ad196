//! The checker's state and driver (go/types' check.go): loading each
//! package once, dependencies first, running the phases on it, and turning
//! the errors in the user's file into Go's diagnostics. The phases live in
//! resolver.rs (collecting declarations), decl.rs (resolving them) and
//! initorder.rs (ordering package variables).

use crate::decl::State;
use crate::errors::TypeError;
use crate::fnv::{FnvMap, FnvSet};
use crate::object::{FileId, Info, NodeKey, ObjId, ObjKind, Object, PkgId};
use crate::resolver::DeclSite;
use crate::ty::{TypeId, Types};
use crate::universe::{self, Universe};
use crate::{Checked, Package, PackageSource, SourceFile};
use std::rc::Rc;
use syntax::ast;
use syntax::{Diagnostic, LineIndex, Span};

/// State of the function body being checked.
#[derive(Clone, Debug, Default)]
pub(crate) struct FuncCtx {
    pub results: Vec<TypeId>,
    pub named_results: bool,
    /// Labels declared in the body and whether each was used.
    pub labels: FnvMap<String, (Span, bool)>,
    /// Enclosing breakable statements, innermost last: `(label, is_loop)`.
    pub breakable: Vec<(Option<String>, bool)>,
    /// Where in `breakable` the innermost loop over a function sits: its
    /// body runs as a function of its own (see compile's range_func.rs).
    pub range_func: Option<usize>,
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
    pkg_by_path: FnvMap<String, PkgId>,
    loading: FnvSet<String>,
    pub errors: Vec<(FileId, Span, TypeError)>,
    internal: Vec<String>,
    pub sites: FnvMap<ObjId, DeclSite>,
    pub(crate) state: FnvMap<ObjId, State>,
    /// Package-level objects each package-level var or func refers to.
    pub(crate) deps: FnvMap<ObjId, FnvSet<ObjId>>,
    pub cur_pkg: PkgId,
    pub cur_file: FileId,
    /// The package-level object whose initializer or body is being checked.
    pub cur_decl: Option<ObjId>,
    pub func: Option<FuncCtx>,
    pub scopes: Vec<FnvMap<String, ObjId>>,
    pub iota: Option<i128>,
    /// Import names per file: name → package object.
    pub(crate) file_imports: FnvMap<FileId, FnvMap<String, ObjId>>,
    pub used: FnvSet<ObjId>,
    /// Local variables declared in the current function, for "declared and not used".
    pub locals: Vec<ObjId>,
    pub(crate) node_base: u32,
    pub(crate) generics: FnvMap<ObjId, crate::generics::Generic>,
    pub(crate) func_instances: FnvMap<(ObjId, Vec<TypeId>), ObjId>,
    pub(crate) type_instances: FnvMap<(ObjId, Vec<TypeId>), TypeId>,
    /// Each instance of a generic type and the type declaration it instantiates.
    pub(crate) instance_origin: FnvMap<TypeId, ObjId>,
    pub(crate) type_params: FnvSet<TypeId>,
    /// Where a struct type's field was first declared, for messages that
    /// cite it (`field and method with the same name`).
    pub(crate) field_sites: FnvMap<(TypeId, String), (FileId, Span)>,
    /// Generic types whose methods are known, and instances waiting for them.
    pub(crate) attached: FnvSet<ObjId>,
    pub(crate) methods_waiting: Vec<(ObjId, TypeId, Vec<TypeId>)>,
    pub(crate) jobs: Vec<crate::generics::Job>,
    pub(crate) instances: Vec<crate::generics::Instance>,
    /// Set while checking a name a call or instantiation is about to give
    /// type arguments to (elsewhere a generic name alone is an error).
    pub(crate) allow_generic: bool,
    /// Above zero while re-resolving a generic declaration for an instance:
    /// its errors were reported when the declaration itself was checked.
    pub(crate) silent: u32,
    /// Set just before resolving a type where a constraint interface may
    /// stand (a constraint, an embedded element); the resolution clears it.
    pub(crate) constraint_ok: bool,
    /// The depth of the instance body being checked, and of the generic
    /// types being instantiated (see `generics::MAX_INSTANCE_DEPTH`).
    pub(crate) instance_depth: u32,
    pub(crate) type_depth: u32,
    /// Errors found only in instance bodies, reported at the declaration's
    /// position if the program has no other error.
    instance_errors: Vec<(FileId, Span, TypeError)>,
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
            pkg_by_path: FnvMap::default(),
            loading: FnvSet::default(),
            errors: Vec::new(),
            internal: Vec::new(),
            sites: FnvMap::default(),
            state: FnvMap::default(),
            deps: FnvMap::default(),
            cur_pkg: PkgId(0),
            cur_file: FileId(0),
            cur_decl: None,
            func: None,
            scopes: Vec::new(),
            iota: None,
            file_imports: FnvMap::default(),
            used: FnvSet::default(),
            locals: Vec::new(),
            node_base: 0,
            generics: FnvMap::default(),
            func_instances: FnvMap::default(),
            type_instances: FnvMap::default(),
            instance_origin: FnvMap::default(),
            type_params: FnvSet::default(),
            field_sites: FnvMap::default(),
            attached: FnvSet::default(),
            methods_waiting: Vec::new(),
            jobs: Vec::new(),
            instances: Vec::new(),
            allow_generic: false,
            silent: 0,
            constraint_ok: false,
            instance_depth: 0,
            type_depth: 0,
            instance_errors: Vec::new(),
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
        if self.errors.is_empty() {
            self.errors = std::mem::take(&mut self.instance_errors);
        }
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
            generics,
            instances,
            ..
        } = self;
        Checked {
            types,
            objects,
            packages,
            init_order,
            files,
            info,
            generic: generics.keys().copied().collect(),
            instances,
            diagnostics,
            internal_errors: internal,
        }
    }

    /// Errors in the user's file as `go build` prints them: the compiler
    /// stops at the tenth error in the order the checker reports them,
    /// prints those sorted by position, then `too many errors` at the
    /// tenth's position.
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
        let too_many = (errs.len() >= crate::MAX_ERRORS).then(|| errs[crate::MAX_ERRORS - 1].0);
        errs.truncate(crate::MAX_ERRORS);
        syntax::order::sort_by_u64_key(&mut errs, |(s, _)| u64::from(s.lo));
        errs.dedup();
        let mut out: Vec<Diagnostic> = errs
            .into_iter()
            .map(|(span, msg)| Diagnostic::new(span, msg))
            .collect();
        out.extend(too_many.map(|span| Diagnostic::new(span, "too many errors")));
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
        let ast = Rc::new(ast);
        self.asts.push(ast.clone());
        self.files.push(SourceFile {
            name: name.into(),
            path,
            src: src.into(),
            lines: LineIndex::new(src),
            ast,
            base,
            origin: id,
            pkg,
        });
        id
    }

    pub fn key(&self, id: ast::NodeId) -> NodeKey {
        NodeKey(self.files[self.cur_file.0 as usize].base.wrapping_add(id.0))
    }

    /// The first token spelled `text` in `from..to` of the current file.
    /// The tree keeps no operator positions, and Go reports some errors at
    /// an operator (`:=`, the `[` of an index); comments are skipped.
    pub(crate) fn find_token(&self, from: u32, to: u32, text: &str) -> Option<Span> {
        let src = &self.files[self.cur_file.0 as usize].src;
        let part = src.get(from as usize..to as usize)?;
        syntax::lexer::lex(part)
            .tokens
            .into_iter()
            .find(|t| part.get(t.span.lo as usize..t.span.hi as usize) == Some(text))
            .map(|t| Span::new(from + t.span.lo, from + t.span.hi))
    }

    /// `./prog.go:7:2`: a position as Go's messages cite one.
    pub(crate) fn pos_in(&self, file: FileId, span: Span) -> String {
        let f = &self.files[file.0 as usize];
        let lc = f.lines.line_col(span.lo);
        format!("./{}:{}:{}", f.name, lc.line, lc.col)
    }

    pub fn error(&mut self, span: Span, err: TypeError) {
        if self.silent > 0 {
            return;
        }
        // Go's cheap trick: once an error is reported, a message that
        // mentions an invalid operand or type (not at its start) is taken
        // for a follow-on and dropped.
        if !self.errors.is_empty() {
            let msg = err.to_string();
            if msg.find("invalid operand").is_some_and(|i| i > 0)
                || msg.find("invalid type").is_some_and(|i| i > 0)
            {
                return;
            }
        }
        let origin = self.files[self.cur_file.0 as usize].origin;
        if origin == self.cur_file {
            self.errors.push((self.cur_file, span, err));
        } else {
            self.instance_errors.push((origin, span, err));
        }
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

    /// The current package's path, borrowed (for comparisons on hot paths).
    pub(crate) fn pkg_path_str(&self) -> &str {
        self.packages
            .get(self.cur_pkg.0 as usize)
            .map_or("", |p| p.path.as_str())
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
    pub(crate) fn import(&mut self, path: &str) -> Option<PkgId> {
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
            scope: FnvMap::default(),
            var_inits: Vec::new(),
            inits: Vec::new(),
            prelude,
            lacks: Vec::new(),
        });
        self.pkg_by_path.insert(path.to_string(), id);
        let mut fids = Vec::new();
        for (name, src, ast) in files {
            if prelude {
                let lacks = src
                    .lines()
                    .filter_map(|l| l.strip_prefix("//dojo:lacks "))
                    .flat_map(str::split_whitespace)
                    .map(String::from);
                self.packages[id.0 as usize].lacks.extend(lacks);
            }
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
            syntax::order::sort_by_u64_key(&mut v, |o| u64::from(o.0));
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
        self.check_instance_bodies();
        self.order_var_inits(id, &objs);
        for &f in &fids {
            self.cur_file = f;
            self.report_unused_imports(f);
        }
        self.init_order.push(id);
        id
    }
}
