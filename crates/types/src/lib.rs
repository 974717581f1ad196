//! Name resolution and type checking for the Go subset, in the manner of
//! `go/types`: packages are checked from their syntax trees, package-level
//! declarations lazily and in dependency order, function bodies afterwards.
//!
//! The result ([`Checked`]) is everything the compiler needs: the type of
//! every expression, what every identifier and selector denotes, constant
//! values, and the order in which package variables are initialised.
//! Errors are worded as `go build` words them, because learners compare.
//!
//! Standard-library packages are ordinary Go source provided by a loader
//! (the prelude); functions declared there without a body are *natives*,
//! implemented by the engine.

#![warn(clippy::unwrap_used)]

mod assign;
mod assign_stmt;
mod builtins;
mod call;
mod check;
pub mod constant;
mod cycles;
mod decl;
mod errors;
mod expr;
mod exprstring;
pub mod fnv;
pub mod ftoa;
mod generics;
mod index;
mod infer;
mod initorder;
mod labels;
mod lookup;
mod object;
mod operand;
mod operator;
mod range;
mod resolver;
mod returns;
mod select;
mod selector;
pub mod sizes;
mod stmt;
mod switch;
pub mod ty;
pub mod typestring;
mod typexpr;
mod unify;
mod universe;

pub use constant::ConstValue;
pub use errors::TypeError;
pub use generics::Instance;
pub use lookup::{Found, Lookup, implements_missing, lookup_member};
pub use object::*;
pub use ty::{Basic, ChanDir, Field, IfaceMethod, Signature, Type, TypeId, Types};
pub use typestring::TypeString;

use crate::fnv::FnvMap;
use syntax::{Diagnostic, LineIndex, ast};

/// One source file of the program.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The name shown in diagnostics and traces (`prog.go`, `context.go`).
    pub name: String,
    /// The full path shown in panic traces (`/tmp/prog.go`).
    pub path: String,
    pub src: String,
    pub lines: LineIndex,
    pub ast: std::rc::Rc<ast::File>,
    /// Added to the parser's node ids to make [`NodeKey`]s unique program-wide.
    pub base: u32,
    /// The file this one copies (itself, unless it holds an instance of a
    /// generic declaration: see [`Instance`]).
    pub origin: FileId,
    pub pkg: PkgId,
}

impl SourceFile {
    pub fn key(&self, id: ast::NodeId) -> NodeKey {
        NodeKey(self.base + id.0)
    }
}

/// A package: its files, scope and initialisation plan.
#[derive(Clone, Debug)]
pub struct Package {
    pub path: String,
    pub name: String,
    pub files: Vec<FileId>,
    pub scope: FnvMap<String, ObjId>,
    /// Package variables in Go's initialisation order.
    pub var_inits: Vec<VarInit>,
    /// `init` functions in source order.
    pub inits: Vec<ObjId>,
    /// Whether the package is part of the prelude (standard library).
    pub prelude: bool,
    /// Names Go's package has and the prelude's lacks (`Atan`, `Time.Format`
    /// for a method), from `//dojo:lacks` lines: using one is "not
    /// supported", where "undefined" would say Go lacks it too.
    pub lacks: Vec<String>,
}

/// `var a, b = f()` or `var x = 1`: variables initialised together.
#[derive(Clone, Debug)]
pub struct VarInit {
    pub vars: Vec<ObjId>,
    pub values: Vec<ast::Expr>,
    pub file: FileId,
}

/// Source of a package, as the loader returns it: `(file name, text)` pairs.
pub type PackageSource = Vec<(String, String)>;

/// The checked program.
#[derive(Clone, Debug)]
pub struct Checked {
    pub types: Types,
    pub objects: Vec<Object>,
    /// Packages, indexed by [`PkgId`].
    pub packages: Vec<Package>,
    /// Packages in initialisation order: dependencies first, `main` last.
    pub init_order: Vec<PkgId>,
    pub files: Vec<SourceFile>,
    pub info: Info,
    /// Generic functions, methods and types: the compiler compiles their
    /// [`Instance`]s instead.
    pub generic: fnv::FnvSet<ObjId>,
    pub instances: Vec<Instance>,
    /// Diagnostics of the user's file, in Go's order and limit, rendered
    /// without the file name (`LINE:COL: message` needs the name added).
    pub diagnostics: Vec<Diagnostic>,
    /// Problems in prelude packages: always an engine bug, never the learner's.
    pub internal_errors: Vec<String>,
}

impl Checked {
    pub fn object(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn main_package(&self) -> Option<&Package> {
        self.packages
            .iter()
            .find(|p| p.path == "main" && !p.prelude)
    }

    /// Packages in the order their variables and `init` functions run.
    pub fn packages_in_init_order(&self) -> impl Iterator<Item = &Package> {
        self.init_order
            .iter()
            .map(|id| &self.packages[id.0 as usize])
    }
}

/// Checks a `package main` program whose source is `main_src` (shown as
/// `file_name`), loading imported packages through `loader`.
// Called once per build: kept out of line so that the speed-tuned
// runtime (see the root manifest) does not inline the front end into itself.
#[inline(never)]
pub fn check_program(
    file_name: &str,
    main_src: &str,
    loader: &dyn Fn(&str) -> Option<PackageSource>,
) -> Checked {
    check::Checker::new(loader).run(file_name, main_src)
}

/// Limits Go's compiler applies to error output: at most ten errors, then
/// `too many errors`.
pub const MAX_ERRORS: usize = 10;
