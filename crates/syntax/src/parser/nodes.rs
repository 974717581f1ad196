//! Walking the children of tree nodes: for subtree heights while parsing,
//! and for handing out the final [`NodeId`]s.
//!
//! Ids are assigned in one pass over the finished file rather than as nodes
//! are built, so that they are dense and in source order even though
//! recovery drops nodes and `const` repetition clones them (a cloned
//! expression must get ids of its own: its `iota` differs).

use crate::ast::{
    Block, CaseClause, CommClause, Decl, Expr, ExprKind, Field, File, FuncType, InterfaceElem,
    NodeId, Stmt, StmtKind,
};

/// A direct child node of an expression or statement.
pub(super) enum Child<'a> {
    Expr(&'a mut Expr),
    Stmt(&'a mut Stmt),
}

impl Child<'_> {
    fn id(&self) -> NodeId {
        match self {
            Child::Expr(e) => e.id,
            Child::Stmt(s) => s.id,
        }
    }
}

/// The height of a node with this kind: one more than its tallest child,
/// whose ids hold their heights while parsing.
pub(super) fn expr_height(kind: &mut ExprKind) -> u32 {
    let mut tallest = 0;
    expr_children(kind, &mut |child| tallest = tallest.max(child.id().0));
    tallest.saturating_add(1)
}

pub(super) fn stmt_height(kind: &mut StmtKind) -> u32 {
    let mut tallest = 0;
    stmt_children(kind, &mut |child| tallest = tallest.max(child.id().0));
    tallest.saturating_add(1)
}

/// Numbers every expression and statement of the file in source order,
/// parents before children. Returns how many ids were given.
pub(super) fn number_file(file: &mut File) -> u32 {
    let mut numberer = Numberer { next: 0 };
    for decl in &mut file.decls {
        decl_children(decl, &mut |child| numberer.visit(child));
    }
    numberer.next
}

struct Numberer {
    next: u32,
}

impl Numberer {
    fn visit(&mut self, child: Child<'_>) {
        let id = NodeId(self.next);
        self.next += 1;
        match child {
            Child::Expr(e) => {
                e.id = id;
                expr_children(&mut e.kind, &mut |c| self.visit(c));
            }
            Child::Stmt(s) => {
                s.id = id;
                stmt_children(&mut s.kind, &mut |c| self.visit(c));
            }
        }
    }
}

type Visit<'f> = dyn FnMut(Child<'_>) + 'f;

fn boxed(e: &mut Option<Box<Expr>>, f: &mut Visit<'_>) {
    if let Some(e) = e {
        f(Child::Expr(e));
    }
}

fn exprs(list: &mut [Expr], f: &mut Visit<'_>) {
    for e in list {
        f(Child::Expr(e));
    }
}

fn stmts(list: &mut [Stmt], f: &mut Visit<'_>) {
    for s in list {
        f(Child::Stmt(s));
    }
}

fn fields(list: &mut [Field], f: &mut Visit<'_>) {
    for field in list {
        f(Child::Expr(&mut field.ty));
    }
}

fn func_type(sig: &mut FuncType, f: &mut Visit<'_>) {
    fields(&mut sig.params, f);
    fields(&mut sig.results, f);
}

fn block(b: &mut Block, f: &mut Visit<'_>) {
    stmts(&mut b.stmts, f);
}

fn case_clauses(clauses: &mut [CaseClause], f: &mut Visit<'_>) {
    for clause in clauses {
        if let Some(list) = &mut clause.exprs {
            exprs(list, f);
        }
        stmts(&mut clause.body, f);
    }
}

fn comm_clauses(clauses: &mut [CommClause], f: &mut Visit<'_>) {
    for clause in clauses {
        if let Some(comm) = &mut clause.comm {
            f(Child::Stmt(comm));
        }
        stmts(&mut clause.body, f);
    }
}

pub(super) fn expr_children(kind: &mut ExprKind, f: &mut Visit<'_>) {
    match kind {
        ExprKind::Bad | ExprKind::Ident(_) | ExprKind::Lit(_) => {}
        ExprKind::Composite { ty, elems } => {
            boxed(ty, f);
            exprs(elems, f);
        }
        ExprKind::KeyValue { key, value } => {
            f(Child::Expr(key));
            f(Child::Expr(value));
        }
        ExprKind::FuncLit { sig, body } => {
            func_type(sig, f);
            block(body, f);
        }
        ExprKind::Paren(x)
        | ExprKind::Selector { x, .. }
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::SliceType(x)
        | ExprKind::Ellipsis(x) => f(Child::Expr(x)),
        ExprKind::Index { x, index } => {
            f(Child::Expr(x));
            f(Child::Expr(index));
        }
        ExprKind::IndexList { x, indices } => {
            f(Child::Expr(x));
            exprs(indices, f);
        }
        ExprKind::Slice { x, low, high, max } => {
            f(Child::Expr(x));
            boxed(low, f);
            boxed(high, f);
            boxed(max, f);
        }
        ExprKind::TypeAssert { x, ty } => {
            f(Child::Expr(x));
            boxed(ty, f);
        }
        ExprKind::Call { func, args, .. } => {
            f(Child::Expr(func));
            exprs(args, f);
        }
        ExprKind::Binary { x, y, .. } => {
            f(Child::Expr(x));
            f(Child::Expr(y));
        }
        ExprKind::ArrayType { len, elem } => {
            boxed(len, f);
            f(Child::Expr(elem));
        }
        ExprKind::MapType { key, value } => {
            f(Child::Expr(key));
            f(Child::Expr(value));
        }
        ExprKind::ChanType { elem, .. } => f(Child::Expr(elem)),
        ExprKind::FuncType(sig) => func_type(sig, f),
        ExprKind::StructType(list) => fields(list, f),
        ExprKind::InterfaceType(elems) => {
            for elem in elems {
                match elem {
                    InterfaceElem::Method { sig, .. } => func_type(sig, f),
                    InterfaceElem::Embedded(e) => f(Child::Expr(e)),
                }
            }
        }
    }
}

pub(super) fn stmt_children(kind: &mut StmtKind, f: &mut Visit<'_>) {
    match kind {
        StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Decl(decl) => decl_children(decl, f),
        StmtKind::Labeled { stmt, .. } => f(Child::Stmt(stmt)),
        StmtKind::Expr(x) | StmtKind::IncDec { x, .. } | StmtKind::Go(x) | StmtKind::Defer(x) => {
            f(Child::Expr(x))
        }
        StmtKind::Send { chan, value } => {
            f(Child::Expr(chan));
            f(Child::Expr(value));
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            exprs(lhs, f);
            exprs(rhs, f);
        }
        StmtKind::Return(results) => exprs(results, f),
        StmtKind::Block(b) => block(b, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(init) = init {
                f(Child::Stmt(init));
            }
            f(Child::Expr(cond));
            block(then, f);
            if let Some(els) = els {
                f(Child::Stmt(els));
            }
        }
        StmtKind::Switch { init, tag, clauses } => {
            if let Some(init) = init {
                f(Child::Stmt(init));
            }
            if let Some(tag) = tag {
                f(Child::Expr(tag));
            }
            case_clauses(clauses, f);
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            if let Some(init) = init {
                f(Child::Stmt(init));
            }
            f(Child::Expr(x));
            case_clauses(clauses, f);
        }
        StmtKind::Select { clauses } => comm_clauses(clauses, f),
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(init) = init {
                f(Child::Stmt(init));
            }
            if let Some(cond) = cond {
                f(Child::Expr(cond));
            }
            if let Some(post) = post {
                f(Child::Stmt(post));
            }
            block(body, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            if let Some(key) = key {
                f(Child::Expr(key));
            }
            if let Some(value) = value {
                f(Child::Expr(value));
            }
            f(Child::Expr(x));
            block(body, f);
        }
    }
}

fn decl_children(decl: &mut Decl, f: &mut Visit<'_>) {
    match decl {
        Decl::Func(func) => {
            if let Some(recv) = &mut func.recv {
                f(Child::Expr(&mut recv.ty));
            }
            fields(&mut func.type_params, f);
            func_type(&mut func.sig, f);
            if let Some(body) = &mut func.body {
                block(body, f);
            }
        }
        Decl::Var(group) | Decl::Const(group) => {
            for spec in &mut group.specs {
                if let Some(ty) = &mut spec.ty {
                    f(Child::Expr(ty));
                }
                exprs(&mut spec.values, f);
            }
        }
        Decl::Type(group) => {
            for spec in &mut group.specs {
                fields(&mut spec.type_params, f);
                f(Child::Expr(&mut spec.ty));
            }
        }
    }
}
