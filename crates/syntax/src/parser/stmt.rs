//! Statements: blocks, compound statements and their clauses, and the
//! statements that begin with a keyword or a name.

use super::expr::unparen;
use super::simple::{Header, Simple};
use super::{Parser, SEMI};
use crate::ast::{
    Block, BranchKind, CaseClause, CommClause, Expr, ExprKind, Ident, Stmt, StmtKind,
};
use crate::span::Span;
use crate::token::TokenKind;

impl Parser<'_> {
    // The statements below recurse into blocks. Their frames stay small
    // (the tree's nodes are large, and the stack is not) by doing the
    // header and the node construction in separate, never-inlined helpers.

    #[inline(never)]
    fn if_stmt(&mut self) -> Stmt {
        let start = self.span;
        if !self.enter() {
            return self.mk_stmt(StmtKind::Bad, self.span_from(start));
        }
        let (init, cond) = self.if_header();
        let then = self.block_stmt("if clause");
        let els = self.else_branch();
        self.leave();
        self.finish_if(start, init, *cond, then, els)
    }

    #[inline(never)]
    fn if_header(&mut self) -> (Option<Box<Stmt>>, Box<Expr>) {
        let header = self.header(TokenKind::If);
        let init = self.boxed_stmt(header.init);
        let cond = self
            .cond_expr(header.cond)
            .unwrap_or_else(|| self.bad_here());
        (init, Box::new(cond))
    }

    #[inline(never)]
    fn else_branch(&mut self) -> Option<Box<Stmt>> {
        if !self.got(TokenKind::Else) {
            return None;
        }
        match self.tok {
            TokenKind::If => Some(Box::new(self.if_stmt())),
            TokenKind::LBrace => {
                let block = self.block_stmt("");
                let span = block.open.to(block.close);
                Some(Box::new(self.mk_stmt(StmtKind::Block(block), span)))
            }
            _ => {
                self.syntax_error("else must be followed by if or statement block");
                self.advance(&[TokenKind::Ident, TokenKind::RBrace]);
                None
            }
        }
    }

    #[inline(never)]
    fn finish_if(
        &mut self,
        start: Span,
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    ) -> Stmt {
        self.mk_stmt(
            StmtKind::If {
                init,
                cond,
                then,
                els,
            },
            self.span_from(start),
        )
    }

    #[inline(never)]
    fn for_stmt(&mut self) -> Stmt {
        let start = self.span;
        let header = self.for_header();
        let body = self.block_stmt("for clause");
        self.finish_for(start, header, body)
    }

    /// The header of a `for`, boxed so the recursion into the body keeps
    /// only a pointer to it.
    #[inline(never)]
    fn for_header(&mut self) -> Box<Header> {
        Box::new(self.header(TokenKind::For))
    }

    #[inline(never)]
    fn finish_for(&mut self, start: Span, header: Box<Header>, body: Block) -> Stmt {
        let header = *header;
        if let Some(Simple::Range {
            key,
            value,
            extra,
            define,
            x,
            ..
        }) = header.init
        {
            return self.mk_stmt(
                StmtKind::Range {
                    key,
                    value,
                    extra,
                    define,
                    x,
                    body,
                },
                self.span_from(start),
            );
        }
        let init = self.boxed_stmt(header.init);
        let cond = self.cond_expr(header.cond);
        let post = self.boxed_stmt(header.post);
        self.mk_stmt(
            StmtKind::For {
                init,
                cond,
                post,
                body,
            },
            self.span_from(start),
        )
    }

    #[inline(never)]
    fn switch_stmt(&mut self) -> Stmt {
        let start = self.span;
        let header = Box::new(self.header(TokenKind::Switch));
        if !self.got(TokenKind::LBrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[TokenKind::Case, TokenKind::Default, TokenKind::RBrace]);
        }
        let mut clauses = Vec::new();
        while self.tok != TokenKind::Eof && self.tok != TokenKind::RBrace {
            let before = self.index;
            clauses.push(self.case_clause());
            if self.index == before {
                self.next();
            }
        }
        self.want(TokenKind::RBrace);
        self.finish_switch(start, header, clauses)
    }

    #[inline(never)]
    fn finish_switch(
        &mut self,
        start: Span,
        header: Box<Header>,
        clauses: Vec<CaseClause>,
    ) -> Stmt {
        let header = *header;
        let init = self.boxed_stmt(header.init);
        let kind = match header.cond {
            Some(Simple::Guard { lhs, rhs, .. }) => {
                let bind = match lhs.kind {
                    ExprKind::Ident(ident) => Some(ident),
                    _ => None,
                };
                StmtKind::TypeSwitch {
                    init,
                    bind,
                    x: asserted(rhs),
                    clauses,
                }
            }
            Some(Simple::Stmt(
                Stmt {
                    kind: StmtKind::Expr(x),
                    ..
                },
                _,
            )) if matches!(x.kind, ExprKind::TypeAssert { ty: None, .. }) => StmtKind::TypeSwitch {
                init,
                bind: None,
                x: asserted(x),
                clauses,
            },
            cond => {
                let tag = self.cond_expr(cond);
                StmtKind::Switch { init, tag, clauses }
            }
        };
        self.mk_stmt(kind, self.span_from(start))
    }

    #[inline(never)]
    fn select_stmt(&mut self) -> Stmt {
        let start = self.span;
        self.want(TokenKind::Select);
        if !self.got(TokenKind::LBrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[TokenKind::Case, TokenKind::Default, TokenKind::RBrace]);
        }
        let mut clauses = Vec::new();
        while self.tok != TokenKind::Eof && self.tok != TokenKind::RBrace {
            let before = self.index;
            clauses.push(self.comm_clause());
            if self.index == before {
                self.next();
            }
        }
        self.want(TokenKind::RBrace);
        self.mk_stmt(StmtKind::Select { clauses }, self.span_from(start))
    }

    #[inline(never)]
    fn case_clause(&mut self) -> CaseClause {
        let start = self.span;
        let exprs = match self.tok {
            TokenKind::Case => {
                self.next();
                Some(self.expr_list())
            }
            TokenKind::Default => {
                self.next();
                None
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[
                    TokenKind::Colon,
                    TokenKind::Case,
                    TokenKind::Default,
                    TokenKind::RBrace,
                ]);
                Some(Vec::new())
            }
        };
        self.want(TokenKind::Colon);
        let body = self.stmt_list();
        CaseClause {
            exprs,
            body,
            span: self.span_from(start),
        }
    }

    /// A `select` case: a send, a receive, or an assignment of a receive
    /// (which the checker verifies), or `default`.
    #[inline(never)]
    fn comm_clause(&mut self) -> CommClause {
        let start = self.span;
        let comm = match self.tok {
            TokenKind::Case => {
                self.next();
                let simple = self.simple_stmt(None, None);
                Some(Box::new(self.simple_into_stmt(simple)))
            }
            TokenKind::Default => {
                self.next();
                None
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[
                    TokenKind::Colon,
                    TokenKind::Case,
                    TokenKind::Default,
                    TokenKind::RBrace,
                ]);
                let span = self.span.start();
                Some(Box::new(self.mk_stmt(StmtKind::Bad, span)))
            }
        };
        self.want(TokenKind::Colon);
        let body = self.stmt_list();
        CommClause {
            comm,
            body,
            span: self.span_from(start),
        }
    }

    /// A statement, or `None` if none starts here.
    fn stmt_or_none(&mut self) -> Option<Stmt> {
        let start = self.span;
        if !self.enter() {
            return Some(self.mk_stmt(StmtKind::Bad, self.span_from(start)));
        }
        let stmt = self.stmt_inner();
        self.leave();
        stmt
    }

    #[inline(never)]
    fn stmt_inner(&mut self) -> Option<Stmt> {
        let stmt = match self.tok {
            TokenKind::Ident => return self.ident_stmt(),
            TokenKind::Var | TokenKind::Const | TokenKind::Type => self.decl_stmt(),
            TokenKind::LBrace => self.block_as_stmt(),
            TokenKind::Add
            | TokenKind::Sub
            | TokenKind::Mul
            | TokenKind::And
            | TokenKind::Xor
            | TokenKind::Not
            | TokenKind::Func
            | TokenKind::LParen
            | TokenKind::LBrack
            | TokenKind::Struct
            | TokenKind::Map
            | TokenKind::Chan
            | TokenKind::Interface
            | TokenKind::Arrow => self.simple_as_stmt(),
            kind if kind.is_literal() => self.simple_as_stmt(),
            TokenKind::For => self.for_stmt(),
            TokenKind::Switch => self.switch_stmt(),
            TokenKind::Select => self.select_stmt(),
            TokenKind::If => self.if_stmt(),
            TokenKind::Go | TokenKind::Defer => self.call_stmt(),
            TokenKind::Fallthrough
            | TokenKind::Break
            | TokenKind::Continue
            | TokenKind::Goto
            | TokenKind::Return
            | TokenKind::Semicolon
            | TokenKind::AutoSemicolon => self.keyword_stmt(),
            _ => return None,
        };
        Some(stmt)
    }

    /// A statement starting with a name: a labelled statement or a simple one.
    #[inline(never)]
    fn ident_stmt(&mut self) -> Option<Stmt> {
        let mut lhs = self.expr_list();
        if lhs.len() == 1
            && self.tok == TokenKind::Colon
            && matches!(lhs[0].kind, ExprKind::Ident(_))
        {
            let label = match lhs.pop().map(|x| x.kind) {
                Some(ExprKind::Ident(label)) => label,
                _ => return None,
            };
            return self.labeled_stmt(label);
        }
        let simple = self.simple_stmt(Some(lhs), None);
        Some(self.simple_into_stmt(simple))
    }

    #[inline(never)]
    fn simple_as_stmt(&mut self) -> Stmt {
        let simple = self.simple_stmt(None, None);
        self.simple_into_stmt(simple)
    }

    #[inline(never)]
    fn decl_stmt(&mut self) -> Stmt {
        let start = self.span;
        let decl = self.gen_decl();
        self.mk_stmt(StmtKind::Decl(decl), self.span_from(start))
    }

    #[inline(never)]
    fn block_as_stmt(&mut self) -> Stmt {
        let start = self.span;
        let block = self.block_stmt("");
        self.mk_stmt(StmtKind::Block(block), self.span_from(start))
    }

    /// Branches, `return`, and the empty statement.
    #[inline(never)]
    fn keyword_stmt(&mut self) -> Stmt {
        let start = self.span;
        let kind = match self.tok {
            TokenKind::Fallthrough => {
                self.next();
                StmtKind::Branch {
                    kind: BranchKind::Fallthrough,
                    label: None,
                }
            }
            TokenKind::Break | TokenKind::Continue => {
                let kind = if self.tok == TokenKind::Break {
                    BranchKind::Break
                } else {
                    BranchKind::Continue
                };
                self.next();
                let label = (self.tok == TokenKind::Ident).then(|| self.name());
                StmtKind::Branch { kind, label }
            }
            TokenKind::Goto => {
                self.next();
                let label = Some(self.name());
                StmtKind::Branch {
                    kind: BranchKind::Goto,
                    label,
                }
            }
            TokenKind::Return => {
                self.next();
                let results = if self.at(SEMI) || self.tok == TokenKind::RBrace {
                    Vec::new()
                } else {
                    self.expr_list()
                };
                StmtKind::Return(results)
            }
            _ => return self.mk_stmt(StmtKind::Empty, start.start()),
        };
        self.mk_stmt(kind, self.span_from(start))
    }

    /// `Label ":" Statement`, at the colon.
    #[inline(never)]
    fn labeled_stmt(&mut self, label: Ident) -> Option<Stmt> {
        let start = label.span;
        let colon = self.span;
        self.want(TokenKind::Colon);
        let stmt = if self.tok == TokenKind::RBrace {
            let span = self.span.start();
            self.mk_stmt(StmtKind::Empty, span)
        } else if let Some(stmt) = self.stmt_or_none() {
            stmt
        } else {
            self.syntax_error_at(colon, "missing statement after label");
            return None;
        };
        Some(self.mk_stmt(
            StmtKind::Labeled {
                label,
                stmt: Box::new(stmt),
            },
            self.span_from(start),
        ))
    }

    /// `go f(x)` or `defer f(x)`; that the operand is a call is the checker's business.
    #[inline(never)]
    fn call_stmt(&mut self) -> Stmt {
        let start = self.span;
        let is_go = self.tok == TokenKind::Go;
        self.next();
        let mut x = self.pexpr(None);
        if matches!(x.kind, ExprKind::Paren(_)) {
            let keyword = if is_go { "go" } else { "defer" };
            self.error_at(
                x.span,
                &format!("expression in {keyword} must not be parenthesized"),
            );
            x = unparen(x);
        }
        let kind = if is_go {
            StmtKind::Go(x)
        } else {
            StmtKind::Defer(x)
        };
        self.mk_stmt(kind, self.span_from(start))
    }

    /// `StatementList = { Statement ";" }`, up to `}`, `case` or `default`.
    #[inline(never)]
    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut stmts = Vec::new();
        while !matches!(
            self.tok,
            TokenKind::Eof | TokenKind::RBrace | TokenKind::Case | TokenKind::Default
        ) {
            let before = self.index;
            let Some(stmt) = self.stmt_or_none() else {
                break;
            };
            stmts.push(stmt);
            // `;` may be left out before `}`.
            if !self.got(SEMI) && self.tok != TokenKind::RBrace {
                self.syntax_error("at end of statement");
                self.advance(&[SEMI, TokenKind::RBrace, TokenKind::Case, TokenKind::Default]);
                self.got(SEMI);
            }
            if self.index == before {
                self.next();
            }
        }
        stmts
    }

    /// `Block = "{" StatementList "}"`; `context` names what the block
    /// belongs to, for the message when `{` is missing.
    #[inline(never)]
    pub(super) fn block_stmt(&mut self, context: &str) -> Block {
        let open = self.span;
        if !self.got(TokenKind::LBrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(&[TokenKind::Ident, TokenKind::RBrace]);
            let close = self.span;
            if self.got(TokenKind::RBrace) {
                return Block {
                    stmts: Vec::new(),
                    open: open.start(),
                    close,
                };
            }
        }
        let stmts = self.stmt_list();
        let close = self.span;
        self.want(TokenKind::RBrace);
        Block { stmts, open, close }
    }

    pub(super) fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let body = self.block_stmt("");
        self.fnest -= 1;
        body
    }
}

/// The operand of `x.(type)`.
fn asserted(guard: Expr) -> Expr {
    match guard.kind {
        ExprKind::TypeAssert { x, .. } => *x,
        kind => Expr { kind, ..guard },
    }
}
