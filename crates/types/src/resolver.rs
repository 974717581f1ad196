//! Collecting a package's declarations, as go/types' resolver.go does:
//! imports become package names in their file's scope, and every
//! package-level const, var, type and func an object in package scope that
//! remembers where it was declared, to be resolved on first use. Looking a
//! name up through block, package, file and universe scopes belongs here too.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::errors::TypeError;
use crate::fnv::FnvMap;
use crate::object::{FileId, ObjId, ObjKind};
use crate::ty::INVALID;
use syntax::Span;
use syntax::ast::{self, Decl};

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

impl Checker<'_> {
    pub(crate) fn collect_imports(&mut self, f: FileId) {
        let ast = self.asts[f.0 as usize].clone();
        let mut names = FnvMap::default();
        for imp in &ast.imports {
            let Some(pkg) = self.import(&imp.path) else {
                self.error(
                    imp.span,
                    TypeError::NotInDojo(format!("package {}", imp.path)),
                );
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

    pub(crate) fn report_unused_imports(&mut self, f: FileId) {
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

    pub(crate) fn collect_decls(&mut self, f: FileId) {
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
            self.redeclared(name, prev);
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

    /// Go's error for a second declaration of a name in one scope, with
    /// the first one's position on its own line.
    fn redeclared(&mut self, name: &ast::Ident, prev: ObjId) {
        let prev_pos = self.position(prev);
        self.error(
            name.span,
            TypeError::Message(format!(
                "{0} redeclared in this block\n\t{prev_pos}: other declaration of {0}",
                name.name
            )),
        );
    }

    fn position(&self, obj: ObjId) -> String {
        let o = self.obj(obj);
        match o.file {
            Some(f) => self.pos_in(f, o.span),
            None => "universe".into(),
        }
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
        self.scopes.push(FnvMap::default());
    }

    pub fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    /// Declares a local name in the innermost scope. A name the scope
    /// already holds is an error, and the scope keeps the first object, as
    /// go/types' `declare` does.
    pub fn declare_local(&mut self, name: &ast::Ident, kind: ObjKind) -> ObjId {
        let obj = self.new_obj(&name.name, kind, name.span);
        self.info.defs.insert((self.cur_file, name.span.lo), obj);
        if name.name == "_" {
            return obj;
        }
        let prev = self.scopes.last().and_then(|s| s.get(&name.name).copied());
        if let Some(prev) = prev {
            self.redeclared(name, prev);
        } else if let Some(scope) = self.scopes.last_mut() {
            scope.insert(name.name.clone(), obj);
        }
        obj
    }

    /// Whether `obj` is what its name means in the innermost scope (not a
    /// redeclaration that was refused).
    pub(crate) fn in_innermost_scope(&self, obj: ObjId) -> bool {
        let name = &self.obj(obj).name;
        self.scopes.last().and_then(|s| s.get(name)) == Some(&obj)
    }
}
