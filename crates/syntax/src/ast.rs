//! The syntax tree of one Go source file.
//!
//! The shape follows `go/ast`: types and expressions share one [`Expr`] enum,
//! because Go's grammar cannot tell `*T` from `*p` or `T(x)` from `f(x)`
//! without name resolution. The checker decides which is which.
//!
//! Every [`Expr`] and [`Stmt`] carries a [`NodeId`] so that later layers can
//! attach facts (types, constant values, resolved names) in side tables
//! instead of mutating the tree.

use crate::span::Span;

/// Dense index of an expression or statement in its file, assigned in parse
/// order by the parser. Later layers use it to key side tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// The name after `package`.
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    /// How many [`NodeId`]s the parser handed out; side tables can be sized with it.
    pub node_count: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// `import f "fmt"` names it `f`; `import . "fmt"` and `import _ "fmt"` are kept as written.
    pub alias: Option<Ident>,
    /// The import path without quotes.
    pub path: String,
    pub span: Span,
}

// Boxing `FuncDecl` would save little: a file holds few declarations, and
// the checker matches on them directly.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Func(FuncDecl),
    Var(GenDecl<ValueSpec>),
    Const(GenDecl<ValueSpec>),
    Type(GenDecl<TypeSpec>),
}

/// A `var`, `const` or `type` declaration, grouped with parentheses or not.
#[derive(Clone, Debug, PartialEq)]
pub struct GenDecl<T> {
    pub specs: Vec<T>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// For a `const` spec with no values, the parser copies the previous
    /// spec's type and values here (Go's implicit repetition), so later
    /// layers never have to look back; `implicit` records that it did.
    pub values: Vec<Expr>,
    pub implicit: bool,
    /// Position of the spec within its `const` group: the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    /// `type A = B` declares an alias.
    pub alias: bool,
    /// `type S[T any] ...`: the type parameters, each field a group of
    /// names sharing a constraint (empty for an ordinary type).
    pub type_params: Vec<Field>,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    /// `func F[T any]`: the type parameters, as for [`TypeSpec`].
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a declaration without a body (reported by the checker).
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, struct field or method-set entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Empty for an anonymous parameter or an embedded struct field.
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// Struct tags are accepted and ignored.
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface (or, unsupported, a type-set term).
    Embedded(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T`, a type term of a constraint.
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LogAnd,
    LogOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    /// The operator as written in Go source.
    pub fn as_str(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::And => "&",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
            BinaryOp::AndNot => "&^",
            BinaryOp::LogAnd => "&&",
            BinaryOp::LogOr => "||",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
        }
    }
}

/// A literal's value, decoded by the parser (escapes resolved).
#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    /// Integer literals are kept wide: untyped constants may exceed 64 bits
    /// before conversion, as in `1 << 63`.
    Int(i128),
    Float(f64),
    /// A rune literal: its code point.
    Rune(i32),
    /// Go strings are byte strings; `"\xff"` is not valid UTF-8.
    Str(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// Placeholder where the parser could not make sense of the input.
    Bad,
    Ident(Ident),
    Lit(Lit),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    Composite {
        ty: Option<Box<Expr>>,
        elems: Vec<Expr>,
    },
    /// `key: value` inside a composite literal.
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
    },
    /// `F[A, B]`: an instantiation with several type arguments (one
    /// argument is an [`ExprKind::Index`], which only the checker can tell
    /// from indexing).
    IndexList {
        x: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `x[low:high]` or `x[low:high:max]`.
    Slice {
        x: Box<Expr>,
        low: Option<Box<Expr>>,
        high: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    /// `f(args)`; `spread` is the span of a trailing `...`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        spread: Option<Span>,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `[N]T`; `len` is `None` for `[...]T`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    /// `...T` as the type of a final variadic parameter.
    Ellipsis(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// Spans of the braces: the closing brace is where a missing return is reported.
    pub open: Span,
    pub close: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub id: NodeId,
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`, ...: the binary operator applied.
    Op(BinaryOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Bad,
    Empty,
    Decl(Decl),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        chan: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    /// The operand is whatever followed `go`; the checker insists on a call.
    Go(Expr),
    /// The operand is whatever followed `defer`; the checker insists on a call.
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    /// Expression switch; `tag` is `None` for `switch { ... }`.
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
    },
    /// `switch v := x.(type)`: `bind` is `v` when present, `x` the operand.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<CaseClause>,
    },
    Select {
        clauses: Vec<CommClause>,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x` (`define`), `for k, v = range x`, or `for range x`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// A third variable, which the checker rejects (go/types reports
        /// it, so the program is still type-checked).
        extra: Option<Box<Expr>>,
        define: bool,
        x: Expr,
        body: Block,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// `None` for `default:`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// `None` for `default:`; otherwise a send statement, an expression
    /// statement `<-ch`, or an assignment/definition whose right side is `<-ch`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}
