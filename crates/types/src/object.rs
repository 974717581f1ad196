//! Named entities (variables, constants, types, functions, packages,
//! builtins) and the side tables that tie syntax nodes to them.

use crate::constant::ConstValue;
use crate::fnv::FnvMap;
use crate::ty::TypeId;
use syntax::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A syntax node of any file of the program: the file's base plus the
/// parser's per-file [`syntax::ast::NodeId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeKey(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Close,
    Copy,
    Delete,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Recover,
    Clear,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Append => "append",
            Builtin::Cap => "cap",
            Builtin::Close => "close",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Len => "len",
            Builtin::Make => "make",
            Builtin::Max => "max",
            Builtin::Min => "min",
            Builtin::New => "new",
            Builtin::Panic => "panic",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Recover => "recover",
            Builtin::Clear => "clear",
        }
    }
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable. `global` for package-level variables.
    Var {
        ty: TypeId,
        global: bool,
    },
    Const {
        ty: TypeId,
        value: ConstValue,
    },
    TypeName {
        ty: TypeId,
    },
    /// A function or method. `native` when declared without a body in a
    /// prelude package (implemented by the engine).
    Func {
        ty: TypeId,
        recv: Option<TypeId>,
        native: bool,
    },
    PkgName {
        pkg: PkgId,
    },
    Builtin(Builtin),
    Nil,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub pkg: PkgId,
    pub file: Option<FileId>,
    pub span: Span,
}

impl Object {
    pub fn ty(&self) -> TypeId {
        match &self.kind {
            ObjKind::Var { ty, .. }
            | ObjKind::Const { ty, .. }
            | ObjKind::TypeName { ty }
            | ObjKind::Func { ty, .. } => *ty,
            _ => crate::ty::INVALID,
        }
    }
}

/// How a selector expression `x.f` was resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Selection {
    /// `pkg.Name`: a package-qualified object.
    Qualified(ObjId),
    /// A struct field, reached through `path` (indices of embedded fields
    /// followed by the field itself). `deref` marks where `x` (or an
    /// embedded field on the way) is a pointer that must be followed.
    Field { path: Vec<u32>, derefs: Vec<bool> },
    /// A concrete method: `path` leads to the embedded receiver (empty when
    /// the method is declared on `x`'s own type); `ptr_recv` when the method
    /// wants a pointer receiver.
    Method {
        func: ObjId,
        path: Vec<u32>,
        derefs: Vec<bool>,
        ptr_recv: bool,
    },
    /// A method expression `T.M` or `(*T).M`: a function whose first
    /// parameter is the receiver of type `recv`.
    MethodExpr {
        func: ObjId,
        recv: TypeId,
        path: Vec<u32>,
        derefs: Vec<bool>,
        ptr_recv: bool,
    },
    /// A method expression on an interface type, `I.M`.
    IfaceMethodExpr { name: String, recv: TypeId },
    /// A method called through an interface value (possibly an embedded one).
    IfaceMethod {
        name: String,
        path: Vec<u32>,
        derefs: Vec<bool>,
    },
}

/// What a call expression really is.
#[derive(Clone, Debug, PartialEq)]
pub enum CallKind {
    Call,
    Conversion(TypeId),
    Builtin(Builtin),
}

/// Facts about syntax nodes, filled by the checker and read by the compiler.
#[derive(Clone, Debug, Default)]
pub struct Info {
    /// The type of every expression (after untyped constants took their
    /// final type from context).
    pub types: FnvMap<NodeKey, TypeId>,
    /// Values of constant expressions.
    pub consts: FnvMap<NodeKey, ConstValue>,
    /// Identifier expressions and the objects they denote.
    pub uses: FnvMap<NodeKey, ObjId>,
    /// Declaring identifiers (keyed by file and start offset, since
    /// declaration names are not expressions) and the objects they declare.
    pub defs: FnvMap<(FileId, u32), ObjId>,
    pub selections: FnvMap<NodeKey, Selection>,
    pub calls: FnvMap<NodeKey, CallKind>,
    /// The variable a type switch clause binds, keyed by the clause's file
    /// and start offset.
    pub clause_vars: FnvMap<(FileId, u32), ObjId>,
    /// Expressions that denote types (so the compiler never evaluates them).
    pub type_exprs: FnvMap<NodeKey, TypeId>,
}
