//! Types: type names and literals, struct and interface bodies, function
//! signatures and their parameter lists.

use super::{Parser, SEMI};
use crate::ast::{ChanDir, Expr, ExprKind, Field, Ident, InterfaceElem, Lit};
use crate::span::Span;
use crate::token::TokenKind;

/// What follows a name and `[` in a parameter or field: a type, or type
/// arguments (generics, unsupported).
pub(super) enum ArrayOrArgs {
    Type(Expr),
    /// `[A, B]`: the type arguments of an instantiation.
    Args(Vec<Expr>),
}

impl Parser<'_> {
    /// A type; a `Bad` one (after a complaint) if there is none.
    pub(super) fn type_(&mut self) -> Expr {
        if let Some(t) = self.type_or_nil() {
            return t;
        }
        let bad = self.bad_here();
        self.syntax_error("expected type");
        self.advance(&[
            TokenKind::Comma,
            TokenKind::Colon,
            SEMI,
            TokenKind::RParen,
            TokenKind::RBrack,
            TokenKind::RBrace,
        ]);
        bad
    }

    /// `Type = TypeName | TypeLit | "(" Type ")"`, or `None` if no type starts here.
    pub(super) fn type_or_nil(&mut self) -> Option<Expr> {
        if !matches!(
            self.tok,
            TokenKind::Mul
                | TokenKind::Arrow
                | TokenKind::Func
                | TokenKind::LBrack
                | TokenKind::Chan
                | TokenKind::Map
                | TokenKind::Struct
                | TokenKind::Interface
                | TokenKind::Ident
                | TokenKind::LParen
        ) {
            return None;
        }
        if !self.enter() {
            return Some(self.bad_here());
        }
        let t = self.type_inner();
        self.leave();
        Some(t)
    }

    #[inline(never)]
    fn type_inner(&mut self) -> Expr {
        let start = self.span;
        match self.tok {
            TokenKind::Mul => {
                self.next();
                let elem = self.type_();
                self.mk_expr(ExprKind::Star(Box::new(elem)), self.span_from(start))
            }
            TokenKind::Arrow => {
                self.next();
                self.want(TokenKind::Chan);
                let elem = self.chan_elem();
                self.mk_expr(
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        elem: Box::new(elem),
                    },
                    self.span_from(start),
                )
            }
            TokenKind::Func => {
                self.next();
                // Go places a function type at its `(`, not at `func`.
                let lparen = self.span;
                let (_, sig) = self.func_type("function type");
                self.mk_expr(ExprKind::FuncType(sig), self.span_from(lparen))
            }
            TokenKind::LBrack => {
                self.next();
                if self.got(TokenKind::RBrack) {
                    return self.slice_type(start);
                }
                self.array_type(start, None)
            }
            TokenKind::Chan => {
                self.next();
                let dir = if self.got(TokenKind::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.chan_elem();
                self.mk_expr(
                    ExprKind::ChanType {
                        dir,
                        elem: Box::new(elem),
                    },
                    self.span_from(start),
                )
            }
            TokenKind::Map => {
                self.next();
                self.want(TokenKind::LBrack);
                let key = self.type_();
                self.want(TokenKind::RBrack);
                let value = self.type_();
                let kind = ExprKind::MapType {
                    key: Box::new(key),
                    value: Box::new(value),
                };
                self.mk_expr(kind, self.span_from(start))
            }
            TokenKind::Struct => self.struct_type(),
            TokenKind::Interface => self.interface_type(),
            TokenKind::LParen => {
                self.next();
                let t = self.type_();
                self.want(TokenKind::RParen);
                self.mk_expr(ExprKind::Paren(Box::new(t)), self.span_from(start))
            }
            _ => self.qualified_name(None),
        }
    }

    /// `[]T`, after `[` `]`; `lbrack` is the span of `[`.
    pub(super) fn slice_type(&mut self, lbrack: Span) -> Expr {
        let elem = self.type_();
        self.mk_expr(ExprKind::SliceType(Box::new(elem)), self.span_from(lbrack))
    }

    /// `[N]T` or `[...]T`, after `[`; `len` is the length if already parsed.
    #[inline(never)]
    pub(super) fn array_type(&mut self, lbrack: Span, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(len) => Some(len),
            None if self.got(TokenKind::Ellipsis) => None,
            None => {
                self.xnest += 1;
                let len = self.expr();
                self.xnest -= 1;
                Some(len)
            }
        };
        if self.tok == TokenKind::Comma {
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(TokenKind::RBrack);
        let elem = self.type_();
        let kind = ExprKind::ArrayType {
            len: len.map(Box::new),
            elem: Box::new(elem),
        };
        self.mk_expr(kind, self.span_from(lbrack))
    }

    fn chan_elem(&mut self) -> Expr {
        if let Some(t) = self.type_or_nil() {
            return t;
        }
        let bad = self.bad_here();
        self.syntax_error("missing channel element type");
        bad
    }

    /// `TypeName [ TypeArgs ]`, the first name given or read here.
    #[inline(never)]
    pub(super) fn qualified_name(&mut self, name: Option<Ident>) -> Expr {
        let mut x = match name {
            Some(name) => self.ident_expr(name),
            None if self.tok == TokenKind::Ident => {
                let name = self.name();
                self.ident_expr(name)
            }
            None => {
                let bad = self.bad_here();
                self.syntax_error("expected name");
                self.advance(&[TokenKind::Period, SEMI, TokenKind::RBrace]);
                bad
            }
        };
        let start = x.span;
        if self.got(TokenKind::Period) {
            let sel = self.name();
            x = self.mk_expr(
                ExprKind::Selector {
                    x: Box::new(x),
                    sel,
                },
                self.span_from(start),
            );
        }
        if self.tok == TokenKind::LBrack {
            x = self.type_instance(x);
        }
        x
    }

    /// `T[A]` or `T[A, B]` in a type: an instantiation with type arguments.
    #[inline(never)]
    fn type_instance(&mut self, x: Expr) -> Expr {
        self.want(TokenKind::LBrack);
        let args = if self.tok == TokenKind::RBrack {
            self.syntax_error("expected type argument list");
            vec![self.bad_here()]
        } else {
            let (first, mut rest, _) = self.type_list(true);
            rest.insert(0, first);
            rest
        };
        self.want(TokenKind::RBrack);
        self.instance_expr(x, args)
    }

    /// `x[args]` as the tree writes it: one argument is an index expression
    /// (only the checker can tell instantiation from indexing), several an
    /// index list.
    pub(super) fn instance_expr(&mut self, x: Expr, mut args: Vec<Expr>) -> Expr {
        let span = self.span_from(x.span);
        let kind = if args.len() == 1 {
            ExprKind::Index {
                x: Box::new(x),
                index: Box::new(args.remove(0)),
            }
        } else {
            ExprKind::IndexList {
                x: Box::new(x),
                indices: args,
            }
        };
        self.mk_expr(kind, span)
    }

    /// `StructType = "struct" "{" { FieldDecl ";" } "}"`.
    #[inline(never)]
    fn struct_type(&mut self) -> Expr {
        let start = self.span;
        self.want(TokenKind::Struct);
        self.want(TokenKind::LBrace);
        let mut fields = Vec::new();
        self.list("struct type", SEMI, TokenKind::RBrace, |p| {
            p.field_decl(&mut fields);
            false
        });
        self.mk_expr(ExprKind::StructType(fields), self.span_from(start))
    }

    /// `FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ]`.
    #[inline(never)]
    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let start = self.span;
        match self.tok {
            TokenKind::Ident => {
                let name = self.name();
                if matches!(self.tok, TokenKind::Period | TokenKind::RBrace)
                    || self.tok.is_literal()
                    || self.at(SEMI)
                {
                    // An embedded type `T` or `pkg.T`.
                    let ty = self.qualified_name(Some(name));
                    let tag = self.tag();
                    fields.push(Field {
                        names: Vec::new(),
                        ty,
                        tag,
                        span: self.span_from(start),
                    });
                    return;
                }
                let names = self.name_list(name);
                let ty = if names.len() == 1 && self.tok == TokenKind::LBrack {
                    match self.array_or_type_args() {
                        ArrayOrArgs::Type(t) => t,
                        ArrayOrArgs::Args(args) => {
                            // An embedded instantiated generic type `T[A]`.
                            let base = self.ident_expr(names[0].clone());
                            let ty = self.instance_expr(base, args);
                            let tag = self.tag();
                            fields.push(Field {
                                names: Vec::new(),
                                ty,
                                tag,
                                span: self.span_from(start),
                            });
                            return;
                        }
                    }
                } else {
                    self.type_()
                };
                let tag = self.tag();
                fields.push(Field {
                    names,
                    ty,
                    tag,
                    span: self.span_from(start),
                });
            }
            TokenKind::Mul => {
                self.next();
                let ty = if self.tok == TokenKind::LParen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let ty = self.qualified_name(None);
                    self.got(TokenKind::RParen);
                    ty
                } else {
                    self.qualified_name(None)
                };
                let tag = self.tag();
                let ty = self.mk_expr(ExprKind::Star(Box::new(ty)), self.span_from(start));
                fields.push(Field {
                    names: Vec::new(),
                    ty,
                    tag,
                    span: self.span_from(start),
                });
            }
            TokenKind::LParen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let ty = if self.tok == TokenKind::Mul {
                    let star = self.span;
                    self.next();
                    let ty = self.qualified_name(None);
                    self.mk_expr(ExprKind::Star(Box::new(ty)), self.span_from(star))
                } else {
                    self.qualified_name(None)
                };
                self.got(TokenKind::RParen);
                let tag = self.tag();
                fields.push(Field {
                    names: Vec::new(),
                    ty,
                    tag,
                    span: self.span_from(start),
                });
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[SEMI, TokenKind::RBrace]);
            }
        }
    }

    /// An optional struct tag; Go accepts any literal here and checks later.
    fn tag(&mut self) -> Option<String> {
        if !self.tok.is_literal() {
            return None;
        }
        match self.literal().kind {
            ExprKind::Lit(Lit::Str(bytes)) => Some(String::from_utf8_lossy(&bytes).into_owned()),
            _ => None,
        }
    }

    /// After a name, at `[`: `[]T`, `[N]T`, or type arguments `[A, B]`.
    pub(super) fn array_or_type_args(&mut self) -> ArrayOrArgs {
        let lbrack = self.span;
        self.want(TokenKind::LBrack);
        if self.got(TokenKind::RBrack) {
            return ArrayOrArgs::Type(self.slice_type(lbrack));
        }
        let (len, mut rest, comma) = self.type_list(false);
        self.want(TokenKind::RBrack);
        if !comma && let Some(elem) = self.type_or_nil() {
            let kind = ExprKind::ArrayType {
                len: Some(Box::new(len)),
                elem: Box::new(elem),
            };
            return ArrayOrArgs::Type(self.mk_expr(kind, self.span_from(lbrack)));
        }
        rest.insert(0, len);
        ArrayOrArgs::Args(rest)
    }

    /// `InterfaceType = "interface" "{" { ( MethodSpec | EmbeddedElem ) ";" } "}"`.
    #[inline(never)]
    fn interface_type(&mut self) -> Expr {
        let start = self.span;
        self.want(TokenKind::Interface);
        self.want(TokenKind::LBrace);
        let mut elems = Vec::new();
        self.list("interface type", SEMI, TokenKind::RBrace, |p| {
            let elem = if p.tok == TokenKind::Ident {
                p.method_spec()
            } else {
                p.embedded_elem(None)
            };
            elems.push(elem);
            false
        });
        self.mk_expr(ExprKind::InterfaceType(elems), self.span_from(start))
    }

    /// `MethodSpec = MethodName Signature | InterfaceTypeName`.
    #[inline(never)]
    fn method_spec(&mut self) -> InterfaceElem {
        let name = self.name();
        match self.tok {
            TokenKind::LParen => {
                let (_, sig) = self.func_type("interface method");
                InterfaceElem::Method { name, sig }
            }
            TokenKind::LBrack => {
                // A generic method or an instantiated embedded type: both unsupported.
                let lbrack = self.span;
                self.next();
                self.skip_group();
                self.error_at(
                    lbrack,
                    "type parameters in an interface are not supported by Goroutine Dojo",
                );
                if self.tok == TokenKind::LParen {
                    let (_, sig) = self.func_type("interface method");
                    return InterfaceElem::Method { name, sig };
                }
                let bad = self.bad_expr(self.span_from(name.span));
                InterfaceElem::Embedded(bad)
            }
            _ => {
                let ty = self.qualified_name(Some(name));
                self.embedded_elem(Some(ty))
            }
        }
    }

    /// `EmbeddedElem = TypeElem`: an embedded interface or, in a
    /// constraint, a type set.
    fn embedded_elem(&mut self, first: Option<Expr>) -> InterfaceElem {
        InterfaceElem::Embedded(self.type_elem(first))
    }

    /// `TypeElem = TypeTerm { "|" TypeTerm }`, `TypeTerm = Type | "~" Type`:
    /// a union, kept as a chain of `|` binary expressions.
    pub(super) fn type_elem(&mut self, first: Option<Expr>) -> Expr {
        let mut x = match first {
            Some(x) => x,
            None => self.embedded_term(),
        };
        while self.tok == TokenKind::Or {
            self.next();
            let y = self.embedded_term();
            let span = x.span.to(y.span);
            x = self.mk_expr(
                ExprKind::Binary {
                    op: crate::ast::BinaryOp::Or,
                    x: Box::new(x),
                    y: Box::new(y),
                },
                span,
            );
        }
        x
    }

    fn embedded_term(&mut self) -> Expr {
        if self.tok == TokenKind::Tilde {
            let start = self.span;
            self.next();
            let ty = self.type_();
            let kind = ExprKind::Unary {
                op: crate::ast::UnaryOp::Tilde,
                x: Box::new(ty),
            };
            return self.mk_expr(kind, self.span_from(start));
        }
        if let Some(t) = self.type_or_nil() {
            return t;
        }
        let bad = self.bad_here();
        self.syntax_error("expected ~ term or type");
        self.advance(&[
            TokenKind::Or,
            SEMI,
            TokenKind::RParen,
            TokenKind::RBrack,
            TokenKind::RBrace,
        ]);
        bad
    }
}
