//! Expressions: operators by precedence, primary expressions and operands,
//! composite literals.

use super::{Parser, printer};
use crate::ast::{ChanDir, Expr, ExprKind, UnaryOp};
use crate::lexer::{DecodeError, decode};
use crate::span::Span;
use crate::token::TokenKind;

impl Parser<'_> {
    pub(super) fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    /// `Expression = UnaryExpr | Expression binary_op Expression`, for
    /// operators binding tighter than `prec`. `x` is an already parsed
    /// left operand, if any.
    #[inline(never)]
    pub(super) fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        while let Some((op, op_prec)) = self.tok.binary_op() {
            if op_prec <= prec {
                break;
            }
            self.next();
            let y = self.binary_expr(None, op_prec);
            let span = x.span.to(y.span);
            x = self.mk_expr(
                ExprKind::Binary {
                    op,
                    x: Box::new(x),
                    y: Box::new(y),
                },
                span,
            );
        }
        x
    }

    /// `UnaryExpr = PrimaryExpr | unary_op UnaryExpr`.
    pub(super) fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            return self.bad_here();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    #[inline(never)]
    fn unary_expr_inner(&mut self) -> Expr {
        let start = self.span;
        let op = match self.tok {
            TokenKind::Add => UnaryOp::Pos,
            TokenKind::Sub => UnaryOp::Neg,
            TokenKind::Not => UnaryOp::Not,
            TokenKind::Xor => UnaryOp::BitNot,
            TokenKind::And => UnaryOp::Addr,
            TokenKind::Mul => {
                self.next();
                let x = self.unary_expr();
                return self.mk_expr(ExprKind::Star(Box::new(x)), self.span_from(start));
            }
            TokenKind::Tilde => {
                self.next();
                self.unary_expr();
                let span = self.span_from(start);
                self.error_at(
                    start,
                    "cannot use ~ outside of interface or type constraint",
                );
                return self.bad_expr(span);
            }
            TokenKind::Arrow => return self.receive_or_chan_type(),
            _ => return self.pexpr(None),
        };
        self.next();
        let mut x = self.unary_expr();
        if op == UnaryOp::Addr {
            // `&(T{})` takes the address of the composite literal itself.
            x = unparen(x);
        }
        self.mk_expr(
            ExprKind::Unary { op, x: Box::new(x) },
            self.span_from(start),
        )
    }

    /// `<-x` is a receive, unless `x` turns out to be a channel type: then
    /// the arrow belongs to the type, as in `<-chan int`.
    #[inline(never)]
    fn receive_or_chan_type(&mut self) -> Expr {
        let start = self.span;
        self.next();
        let x = self.unary_expr();
        if !matches!(x.kind, ExprKind::ChanType { .. }) {
            return self.mk_expr(
                ExprKind::Unary {
                    op: UnaryOp::Recv,
                    x: Box::new(x),
                },
                self.span_from(start),
            );
        }
        // Re-associate: `<-(chan E)` is `<-chan E`, and `<-(chan<- E)` is
        // `<-chan (<-E)`, the arrow moving down while channels are send-only.
        let mut x = x;
        x.span = self.span_from(start);
        let mut levels = 0;
        let mut dir = ChanDir::Send;
        let mut t = &x;
        while dir == ChanDir::Send {
            let ExprKind::ChanType { dir: d, elem } = &t.kind else {
                break;
            };
            dir = *d;
            if dir == ChanDir::Recv {
                self.syntax_error("unexpected <-, expected chan");
            }
            levels += 1;
            t = elem;
        }
        if dir == ChanDir::Send {
            let found = printer::expr_string(self.src, t);
            self.syntax_error(&format!("unexpected {found}, expected chan"));
        }
        let mut t = &mut x;
        for _ in 0..levels {
            let ExprKind::ChanType { dir, elem } = &mut t.kind else {
                break;
            };
            *dir = ChanDir::Recv;
            t = elem;
        }
        x
    }

    /// `PrimaryExpr`: an operand followed by selectors, indices, slices,
    /// type assertions, calls and composite-literal bodies.
    #[inline(never)]
    pub(super) fn pexpr(&mut self, x: Option<Expr>) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(),
        };
        loop {
            let start = x.span;
            match self.tok {
                TokenKind::Period => {
                    self.next();
                    match self.tok {
                        TokenKind::Ident => {
                            let sel = self.name();
                            x = self.mk_expr(
                                ExprKind::Selector {
                                    x: Box::new(x),
                                    sel,
                                },
                                self.span_from(start),
                            );
                        }
                        TokenKind::LParen => {
                            self.next();
                            let ty = if self.got(TokenKind::Type) {
                                None
                            } else {
                                Some(Box::new(self.type_()))
                            };
                            self.want(TokenKind::RParen);
                            x = self.mk_expr(
                                ExprKind::TypeAssert { x: Box::new(x), ty },
                                self.span_from(start),
                            );
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[super::SEMI, TokenKind::RParen]);
                        }
                    }
                }
                TokenKind::LBrack => x = self.index_or_slice(x),
                TokenKind::LParen => {
                    self.next();
                    let (args, spread) = self.arg_list();
                    let kind = ExprKind::Call {
                        func: Box::new(x),
                        args,
                        spread,
                    };
                    x = self.mk_expr(kind, self.span_from(start));
                }
                TokenKind::LBrace => {
                    // Does `{` open a composite literal or a block?
                    let t = unparened(&x);
                    let complit_ok = match &t.kind {
                        ExprKind::Ident(_) | ExprKind::Selector { .. } => self.xnest >= 0,
                        ExprKind::Index { .. } | ExprKind::IndexList { .. } => {
                            self.xnest >= 0 && !is_value(t)
                        }
                        ExprKind::ArrayType { .. }
                        | ExprKind::SliceType(_)
                        | ExprKind::StructType(_)
                        | ExprKind::MapType { .. } => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.complit(Some(x));
                }
                _ => break,
            }
        }
        x
    }

    /// After a primary expression, at `[`: `x[i]`, `x[lo:hi]` or `x[lo:hi:max]`.
    #[inline(never)]
    fn index_or_slice(&mut self, x: Expr) -> Expr {
        let start = x.span;
        self.next();
        let mut low = None;
        if self.tok != TokenKind::Colon {
            let (first, rest, comma) = if self.tok == TokenKind::RBrack {
                self.syntax_error("expected operand");
                (self.bad_here(), Vec::new(), false)
            } else {
                self.type_list(false)
            };
            if comma || self.tok == TokenKind::RBrack {
                self.want(TokenKind::RBrack);
                let mut args = rest;
                args.insert(0, first);
                return self.instance_expr(x, args);
            }
            low = Some(Box::new(first));
        }
        if !self.got(TokenKind::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[TokenKind::Comma, TokenKind::Colon, TokenKind::RBrack]);
        }
        self.xnest += 1;
        let mut high = None;
        let mut max = None;
        if self.tok != TokenKind::Colon && self.tok != TokenKind::RBrack {
            high = Some(Box::new(self.expr()));
        }
        if self.tok == TokenKind::Colon {
            if high.is_none() {
                self.error_at(self.span, "middle index required in 3-index slice");
                high = Some(Box::new(self.bad_here()));
            }
            self.next();
            if self.tok == TokenKind::RBrack {
                self.error_at(self.span, "final index required in 3-index slice");
                max = Some(Box::new(self.bad_here()));
            } else {
                max = Some(Box::new(self.expr()));
            }
        }
        self.xnest -= 1;
        self.want(TokenKind::RBrack);
        self.mk_expr(
            ExprKind::Slice {
                x: Box::new(x),
                low,
                high,
                max,
            },
            self.span_from(start),
        )
    }

    /// `Operand = Literal | OperandName | "(" Expression ")" | FunctionLit | type`.
    /// Unlike Go's parser, which drops redundant parentheses, this keeps
    /// them all, so the tree says what was written.
    #[inline(never)]
    fn operand(&mut self) -> Expr {
        let start = self.span;
        match self.tok {
            TokenKind::Ident => {
                let name = self.name();
                self.ident_expr(name)
            }
            kind if kind.is_literal() => self.literal(),
            TokenKind::LParen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(TokenKind::RParen);
                self.mk_expr(ExprKind::Paren(Box::new(x)), self.span_from(start))
            }
            TokenKind::Func => {
                self.next();
                let lparen = self.span;
                let (_, sig) = self.func_type("function type");
                if self.tok == TokenKind::LBrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    return self.mk_expr(ExprKind::FuncLit { sig, body }, self.span_from(start));
                }
                // Go places a function type at its `(`, not at `func`.
                self.mk_expr(ExprKind::FuncType(sig), self.span_from(lparen))
            }
            TokenKind::LBrack
            | TokenKind::Chan
            | TokenKind::Map
            | TokenKind::Struct
            | TokenKind::Interface => self.type_(),
            _ => {
                let x = self.bad_here();
                self.syntax_error("expected expression");
                self.advance(&[TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace]);
                x
            }
        }
    }

    /// The current literal token as an expression, its value decoded.
    #[inline(never)]
    pub(super) fn literal(&mut self) -> Expr {
        let span = self.span;
        let text = self.text();
        let value = decode(self.tok, text);
        self.next();
        match value {
            Ok(lit) => self.mk_expr(ExprKind::Lit(lit), span),
            Err(DecodeError::Malformed) => self.bad_expr(span),
            Err(DecodeError::Imaginary) => {
                self.error_at(span, "complex numbers are not supported by Goroutine Dojo");
                self.bad_expr(span)
            }
            Err(DecodeError::Overflow) => {
                self.error_at(span, &format!("constant {text} overflows"));
                self.bad_expr(span)
            }
        }
    }

    /// `LiteralValue = "{" [ ElementList [ "," ] ] "}"`, with the type
    /// already parsed (or `None` when elided inside another literal).
    #[inline(never)]
    fn complit(&mut self, ty: Option<Expr>) -> Expr {
        let start = ty.as_ref().map_or(self.span, |t| t.span);
        if !self.enter() {
            return self.bad_expr(self.span_from(start));
        }
        self.xnest += 1;
        self.want(TokenKind::LBrace);
        let mut elems = Vec::new();
        self.list(
            "composite literal",
            TokenKind::Comma,
            TokenKind::RBrace,
            |p| {
                let mut e = p.element();
                if p.tok == TokenKind::Colon {
                    p.next();
                    let value = p.element();
                    let span = e.span.to(value.span);
                    e = p.mk_expr(
                        ExprKind::KeyValue {
                            key: Box::new(e),
                            value: Box::new(value),
                        },
                        span,
                    );
                }
                elems.push(e);
                false
            },
        );
        self.xnest -= 1;
        self.leave();
        let ty = ty.map(Box::new);
        self.mk_expr(ExprKind::Composite { ty, elems }, self.span_from(start))
    }

    /// `Element = Expression | LiteralValue`.
    fn element(&mut self) -> Expr {
        if self.tok == TokenKind::LBrace {
            self.complit(None)
        } else {
            self.expr()
        }
    }

    /// Call arguments after `(`, up to and including `)`; the span of a
    /// final `...`, if any.
    #[inline(never)]
    fn arg_list(&mut self) -> (Vec<Expr>, Option<Span>) {
        let mut args = Vec::new();
        let mut spread = None;
        self.xnest += 1;
        self.list("argument list", TokenKind::Comma, TokenKind::RParen, |p| {
            args.push(p.expr());
            if p.tok == TokenKind::Ellipsis {
                spread = Some(p.span);
                p.next();
            }
            spread.is_some()
        });
        self.xnest -= 1;
        (args, spread)
    }

    /// `ExpressionList = Expression { "," Expression }`.
    pub(super) fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(TokenKind::Comma) {
            list.push(self.expr());
        }
        list
    }

    /// A non-empty list of types (the first may be any expression unless
    /// `strict`), as in an index or type-argument list. Returns the first,
    /// the others, and whether there was any comma.
    pub(super) fn type_list(&mut self, strict: bool) -> (Expr, Vec<Expr>, bool) {
        self.xnest += 1;
        let first = if strict { self.type_() } else { self.expr() };
        let mut rest = Vec::new();
        let mut comma = false;
        if self.got(TokenKind::Comma) {
            comma = true;
            while let Some(t) = self.type_or_nil() {
                rest.push(t);
                if !self.got(TokenKind::Comma) {
                    break;
                }
            }
        }
        self.xnest -= 1;
        (first, rest, comma)
    }
}

/// Strips any parentheses around `x`.
pub(super) fn unparen(mut x: Expr) -> Expr {
    loop {
        match x.kind {
            ExprKind::Paren(inner) => x = *inner,
            kind => return Expr { kind, ..x },
        }
    }
}

pub(super) fn unparened(mut x: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &x.kind {
        x = inner;
    }
    x
}

/// Whether `x` must be a value (not a type), syntactically.
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Lit(_)
        | ExprKind::Composite { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Call { .. }
        | ExprKind::Unary { .. }
        | ExprKind::Binary { .. } => true,
        ExprKind::Paren(inner) => is_value(inner),
        ExprKind::Index { x, index } => is_value(x) || is_value(index),
        _ => false,
    }
}

/// Whether `x` is certainly a type (Go's `isTypeElem`): what tells a type
/// parameter list from an array length in `type T[...]`.
pub(super) fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::SliceType(_)
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Star(x) | ExprKind::Unary { x, .. } | ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}
