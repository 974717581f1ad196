//! `go vet` for the learner's file: the analyzers of Go's vet that matter
//! for concurrency code, each as Go implements it, in Go's words. A
//! finding never stops a program from running (the Go Playground runs
//! vet first and runs the program anyway); it is a warning.
//!
//! Each analyzer is a module over the checked program (`types::Checked`):
//! the AST of the learner's file, the types of its expressions and what
//! each name resolves to. [`walk`] visits the file with each node's
//! ancestors, [`cfg`] is the control-flow graph lostcancel needs, and
//! [`locks`] says whether a type holds a lock, as copylocks words it.

mod assign;
mod atomic;
mod bools;
mod cfg;
mod copylocks;
mod defers;
mod fmtstr;
mod locks;
mod lostcancel;
mod printf;
mod printf_types;
mod shift;
mod stringintconv;
mod unreachable;
mod unusedresult;
mod waitgroup;
mod walk;

use syntax::ast::{Expr, ExprKind};
use types::{Checked, FileId, ObjId, ObjKind, Selection, SourceFile, TypeId};

/// The analyzers, by Go's names: each has its own explanation on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Analyzer {
    Assign,
    Atomic,
    Bools,
    Copylocks,
    Defers,
    Lostcancel,
    Printf,
    Shift,
    Stringintconv,
    Unreachable,
    Unusedresult,
    Waitgroup,
}

impl Analyzer {
    /// Go's name of the analyzer (`go vet -lostcancel`).
    pub fn name(self) -> &'static str {
        match self {
            Analyzer::Assign => "assign",
            Analyzer::Atomic => "atomic",
            Analyzer::Bools => "bools",
            Analyzer::Copylocks => "copylocks",
            Analyzer::Defers => "defers",
            Analyzer::Lostcancel => "lostcancel",
            Analyzer::Printf => "printf",
            Analyzer::Shift => "shift",
            Analyzer::Stringintconv => "stringintconv",
            Analyzer::Unreachable => "unreachable",
            Analyzer::Unusedresult => "unusedresult",
            Analyzer::Waitgroup => "waitgroup",
        }
    }
}

/// One finding: which analyzer, where (byte offsets in the learner's
/// file: Go's position, and the end of what it is about) and Go's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub analyzer: Analyzer,
    pub pos: u32,
    pub end: u32,
    pub message: String,
}

impl Finding {
    /// `prog.go:12:5: message`, as `go vet prog.go` prints it.
    pub fn render(&self, file_name: &str, lines: &syntax::LineIndex) -> String {
        let at = lines.line_col(self.pos);
        format!("{file_name}:{}:{}: {}", at.line, at.col, self.message)
    }
}

/// What vet finds in the learner's file `name` of `checked`, in the order
/// of their positions. (Go's vet prints its analyzers' findings in no
/// fixed order; one order keeps the page and the tests stable.)
pub fn vet(checked: &Checked, name: &str) -> Vec<Finding> {
    let Some(cx) = Cx::new(checked, name) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    assign::run(&cx, &mut out);
    atomic::run(&cx, &mut out);
    bools::run(&cx, &mut out);
    copylocks::run(&cx, &mut out);
    defers::run(&cx, &mut out);
    lostcancel::run(&cx, &mut out);
    printf::run(&cx, &mut out);
    shift::run(&cx, &mut out);
    stringintconv::run(&cx, &mut out);
    unreachable::run(&cx, &mut out);
    unusedresult::run(&cx, &mut out);
    waitgroup::run(&cx, &mut out);
    // By position, then text, with the program's one shared sort routine.
    syntax::order::sort_by_str_key(&mut out, |f| &f.message);
    syntax::order::sort_by_u64_key(&mut out, |f| u64::from(f.pos));
    out.dedup();
    out
}

/// What every analyzer reads: the checked program and the learner's file.
pub(crate) struct Cx<'a> {
    pub ck: &'a Checked,
    pub file: &'a SourceFile,
    pub fid: FileId,
}

impl<'a> Cx<'a> {
    fn new(ck: &'a Checked, name: &str) -> Option<Cx<'a>> {
        let (i, file) = ck.files.iter().enumerate().find(|(i, f)| {
            f.origin.0 as usize == *i
                && f.name == name
                && ck
                    .packages
                    .get(f.pkg.0 as usize)
                    .is_some_and(|p| !p.prelude)
        })?;
        Some(Cx {
            ck,
            file,
            fid: FileId(u32::try_from(i).ok()?),
        })
    }

    /// Whether the file imports `path` (Go's analyzers skip a package
    /// that does not import the package they look for).
    pub fn imports(&self, path: &str) -> bool {
        self.file.ast.imports.iter().any(|i| i.path == path)
    }

    pub fn type_of(&self, e: &Expr) -> Option<TypeId> {
        self.ck.info.types.get(&self.file.key(e.id)).copied()
    }

    /// Whether `e` denotes a type, not a value.
    pub fn is_type(&self, e: &Expr) -> bool {
        self.ck.info.type_exprs.contains_key(&self.file.key(e.id))
    }

    /// The object a declaring identifier at `lo` declares.
    pub fn def(&self, lo: u32) -> Option<ObjId> {
        self.ck.info.defs.get(&(self.fid, lo)).copied()
    }

    /// The object an identifier expression denotes.
    pub fn use_of(&self, e: &Expr) -> Option<ObjId> {
        self.ck.info.uses.get(&self.file.key(e.id)).copied()
    }

    /// The function or method a call's callee names.
    pub fn callee(&self, func: &Expr) -> Option<ObjId> {
        match &func.kind {
            ExprKind::Paren(x) => self.callee(x),
            ExprKind::Ident(_) => self.use_of(func),
            ExprKind::Selector { .. } => {
                match self.ck.info.selections.get(&self.file.key(func.id))? {
                    Selection::Qualified(o) => Some(*o),
                    Selection::Method { func, .. } => Some(*func),
                    _ => None,
                }
            }
            _ => None,
        }
        .filter(|o| matches!(self.ck.object(*o).kind, ObjKind::Func { .. }))
    }

    /// Whether `obj` is the package-level function `pkg.name`.
    pub fn is_func(&self, obj: ObjId, pkg: &str, names: &[&str]) -> bool {
        let o = self.ck.object(obj);
        matches!(o.kind, ObjKind::Func { recv: None, .. })
            && names.contains(&o.name.as_str())
            && self.package_path(o.pkg) == pkg
    }

    /// Whether `obj` is the method `name` of the named type `pkg.ty`.
    pub fn is_method(&self, obj: ObjId, pkg: &str, ty: &str, name: &str) -> bool {
        let o = self.ck.object(obj);
        let ObjKind::Func { recv: Some(r), .. } = o.kind else {
            return false;
        };
        let named = self.ck.types.pointer_elem(r).unwrap_or(r);
        o.name == name
            && self
                .ck
                .types
                .named_info(named)
                .is_some_and(|n| n.pkg == pkg && n.name == ty)
    }

    pub fn package_path(&self, pkg: types::PkgId) -> &str {
        self.ck
            .packages
            .get(pkg.0 as usize)
            .map_or("", |p| p.path.as_str())
    }

    /// The source text of `e` with its white space collapsed: what Go's
    /// analyzers compare and quote (they print the expression with gofmt).
    pub fn text(&self, e: &Expr) -> String {
        let src = self
            .file
            .src
            .get(e.span.lo as usize..e.span.hi as usize)
            .unwrap_or("");
        src.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// `e` without parentheses.
pub(crate) fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

/// Evaluating `e` changes nothing: no call, no receive.
pub(crate) fn no_effects(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::Lit(_) => true,
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Selector { x, .. } => no_effects(x),
        ExprKind::Index { x, index } => no_effects(x) && no_effects(index),
        ExprKind::Unary { op, x } => *op != syntax::ast::UnaryOp::Recv && no_effects(x),
        ExprKind::Binary { x, y, .. } => no_effects(x) && no_effects(y),
        _ => false,
    }
}
