//! Simple statements and the headers of `if`, `for` and `switch`, where
//! most of the learners' syntax errors happen.

use super::{Parser, SEMI, printer};
use crate::ast::{AssignOp, Expr, ExprKind, Stmt, StmtKind};
use crate::span::Span;
use crate::token::TokenKind;

/// A simple statement as the headers of `if`, `for` and `switch` need it:
/// some forms are only allowed in one of them.
pub(super) enum Simple {
    /// A statement, with where Go places it in messages (the operator of
    /// an assignment, send or increment; the start of an expression).
    Stmt(Stmt, Span),
    /// `k, v := range x` in a `for` header.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        extra: Option<Box<Expr>>,
        define: bool,
        x: Expr,
        span: Span,
    },
    /// `v := x.(type)` in a `switch` header: `lhs` is `v`, `rhs` the assertion.
    Guard { lhs: Expr, rhs: Expr, span: Span },
}

/// The parts of an `if`, `for` or `switch` header.
pub(super) struct Header {
    pub(super) init: Option<Simple>,
    pub(super) cond: Option<Simple>,
    pub(super) post: Option<Simple>,
}

impl Parser<'_> {
    /// `SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl`.
    /// `lhs` is an already parsed expression list; `keyword` the statement
    /// whose header this is, which decides whether `range` and `.(type)` fit.
    #[inline(never)]
    pub(super) fn simple_stmt(
        &mut self,
        lhs: Option<Vec<Expr>>,
        keyword: Option<TokenKind>,
    ) -> Simple {
        if keyword == Some(TokenKind::For) && self.tok == TokenKind::Range {
            let start = self.span;
            return self.range_clause(Vec::new(), false, start);
        }
        let mut lhs = lhs.unwrap_or_else(|| self.expr_list());
        let start = lhs.first().map_or(self.span, |x| x.span);

        if lhs.len() == 1 && !matches!(self.tok, TokenKind::Assign | TokenKind::Define) {
            let pos = self.span;
            let Some(x) = lhs.pop() else {
                return self.bad_simple();
            };
            let kind = if let Some(op) = self.tok.assign_op() {
                self.next();
                let rhs = self.expr();
                StmtKind::Assign {
                    lhs: vec![x],
                    op: AssignOp::Op(op),
                    rhs: vec![rhs],
                }
            } else {
                match self.tok {
                    TokenKind::Inc | TokenKind::Dec => {
                        let inc = self.tok == TokenKind::Inc;
                        self.next();
                        StmtKind::IncDec { x, inc }
                    }
                    TokenKind::Arrow => {
                        self.next();
                        let value = self.expr();
                        StmtKind::Send { chan: x, value }
                    }
                    _ => {
                        let span = x.span;
                        let stmt = self.mk_stmt(StmtKind::Expr(x), span);
                        return Simple::Stmt(stmt, span);
                    }
                }
            };
            let stmt = self.mk_stmt(kind, self.span_from(start));
            return Simple::Stmt(stmt, pos);
        }

        match self.tok {
            TokenKind::Assign | TokenKind::Define => {
                let pos = self.span;
                let define = self.tok == TokenKind::Define;
                self.next();
                if keyword == Some(TokenKind::For) && self.tok == TokenKind::Range {
                    return self.range_clause(lhs, define, start);
                }
                let mut rhs = self.expr_list();
                let is_guard = keyword == Some(TokenKind::Switch)
                    && define
                    && lhs.len() == 1
                    && rhs.len() == 1
                    && matches!(lhs[0].kind, ExprKind::Ident(_))
                    && matches!(rhs[0].kind, ExprKind::TypeAssert { ty: None, .. });
                if is_guard && let (Some(lhs), Some(rhs)) = (lhs.pop(), rhs.pop()) {
                    return Simple::Guard {
                        lhs,
                        rhs,
                        span: self.span_from(start),
                    };
                }
                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Assign
                };
                let stmt = self.mk_stmt(StmtKind::Assign { lhs, op, rhs }, self.span_from(start));
                Simple::Stmt(stmt, pos)
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[SEMI, TokenKind::RBrace]);
                lhs.truncate(1);
                let Some(x) = lhs.pop() else {
                    return self.bad_simple();
                };
                let span = x.span;
                let stmt = self.mk_stmt(StmtKind::Expr(x), span);
                Simple::Stmt(stmt, span)
            }
        }
    }

    pub(super) fn bad_simple(&mut self) -> Simple {
        let span = self.span.start();
        Simple::Stmt(self.mk_stmt(StmtKind::Bad, span), span)
    }

    /// `[ lhs ( "=" | ":=" ) ] "range" x`, at `range`.
    #[inline(never)]
    pub(super) fn range_clause(&mut self, lhs: Vec<Expr>, define: bool, start: Span) -> Simple {
        self.next();
        let x = self.expr();
        let mut vars = lhs.into_iter();
        let key = vars.next();
        let value = vars.next();
        let extra = vars.next().map(Box::new);
        Simple::Range {
            key,
            value,
            extra,
            define,
            x,
            span: self.span_from(start),
        }
    }

    /// The simple statement as a plain statement, where a header form is
    /// out of place (the checker then rejects it).
    #[inline(never)]
    pub(super) fn simple_into_stmt(&mut self, simple: Simple) -> Stmt {
        match simple {
            Simple::Stmt(stmt, _) => stmt,
            Simple::Range { span, .. } => {
                self.error_at(span, "range clause not permitted here");
                self.mk_stmt(StmtKind::Bad, span)
            }
            Simple::Guard { lhs, rhs, span } => {
                let kind = StmtKind::Assign {
                    lhs: vec![lhs],
                    op: AssignOp::Define,
                    rhs: vec![rhs],
                };
                self.mk_stmt(kind, span)
            }
        }
    }

    pub(super) fn boxed_stmt(&mut self, simple: Option<Simple>) -> Option<Box<Stmt>> {
        simple.map(|s| Box::new(self.simple_into_stmt(s)))
    }

    /// The header of an `if`, `for` or `switch`: `[ init ";" ] cond` and,
    /// for `for`, `[ ";" post ]`. Mirrors Go's `header` closely, since most
    /// learners' syntax errors happen right here.
    #[inline(never)]
    pub(super) fn header(&mut self, keyword: TokenKind) -> Header {
        self.want(keyword);
        let mut header = Header {
            init: None,
            cond: None,
            post: None,
        };
        if self.tok == TokenKind::LBrace {
            if keyword == TokenKind::If {
                self.syntax_error("missing condition in if statement");
                header.cond = Some(self.bad_cond(self.span.start()));
            }
            return header;
        }

        let outer = self.xnest;
        self.xnest = -1;

        if !self.at(SEMI) {
            if self.got(TokenKind::Var) {
                let kw = keyword.fixed_text().unwrap_or("");
                self.syntax_error(&format!("var declaration not allowed in {kw} initializer"));
            }
            let init = self.simple_stmt(None, Some(keyword));
            if matches!(init, Simple::Range { .. }) {
                header.init = Some(init);
                self.xnest = outer;
                return header;
            }
            header.init = Some(init);
        }

        let mut cond_stmt = None;
        let mut semi: Option<(Span, TokenKind)> = None;
        if self.tok != TokenKind::LBrace {
            if self.at(SEMI) {
                semi = Some((self.span, self.tok));
                self.next();
            } else {
                // Asking for `{` rather than `;` gives the better message.
                self.want(TokenKind::LBrace);
                if self.tok != TokenKind::LBrace {
                    self.advance(&[TokenKind::LBrace, TokenKind::RBrace]);
                }
            }
            if keyword == TokenKind::For {
                'cond: {
                    if !self.at(SEMI) {
                        if self.tok == TokenKind::LBrace {
                            self.syntax_error("expected for loop condition");
                            break 'cond;
                        }
                        cond_stmt = Some(self.simple_stmt(None, None));
                    }
                    self.want(SEMI);
                    if self.tok != TokenKind::LBrace {
                        let post = self.simple_stmt(None, None);
                        if let Simple::Stmt(
                            Stmt {
                                kind:
                                    StmtKind::Assign {
                                        op: AssignOp::Define,
                                        ..
                                    },
                                ..
                            },
                            pos,
                        ) = &post
                        {
                            self.syntax_error_at(
                                *pos,
                                "cannot declare in post statement of for loop",
                            );
                        }
                        header.post = Some(post);
                    }
                }
            } else if self.tok != TokenKind::LBrace {
                cond_stmt = Some(self.simple_stmt(None, Some(keyword)));
            }
        } else {
            cond_stmt = header.init.take();
        }

        header.cond = match cond_stmt {
            None => match semi {
                Some((span, kind)) if keyword == TokenKind::If => {
                    if kind == TokenKind::AutoSemicolon {
                        let found = if span.lo as usize >= self.src.len() {
                            "EOF"
                        } else {
                            "newline"
                        };
                        self.syntax_error_at(
                            span,
                            &format!("unexpected {found}, expected {{ after if clause"),
                        );
                    } else {
                        self.syntax_error_at(span, "missing condition in if statement");
                    }
                    Some(self.bad_cond(span))
                }
                _ => None,
            },
            Some(Simple::Stmt(stmt, pos)) if !matches!(stmt.kind, StmtKind::Expr(_)) => {
                // A common slip is `=` for `==`: say so plainly.
                let text = printer::stmt_as_value(self.src, &stmt);
                self.syntax_error_at(pos, &format!("cannot use {text} as value"));
                Some(self.bad_cond(pos))
            }
            Some(Simple::Range { span, .. }) => Some(self.bad_cond(span)),
            cond => cond,
        };
        self.xnest = outer;
        header
    }

    pub(super) fn bad_cond(&mut self, span: Span) -> Simple {
        let bad = self.bad_expr(span);
        Simple::Stmt(self.mk_stmt(StmtKind::Expr(bad), span), span)
    }

    /// The condition of an `if` or `for` as an expression.
    #[inline(never)]
    pub(super) fn cond_expr(&mut self, cond: Option<Simple>) -> Option<Expr> {
        match cond? {
            Simple::Stmt(
                Stmt {
                    kind: StmtKind::Expr(x),
                    ..
                },
                _,
            ) => Some(x),
            other => {
                let span = match &other {
                    Simple::Stmt(s, _) => s.span,
                    Simple::Range { span, .. } | Simple::Guard { span, .. } => *span,
                };
                if let Simple::Guard { .. } = other {
                    self.error_at(span, "use of .(type) outside type switch");
                }
                Some(self.bad_expr(span))
            }
        }
    }
}
