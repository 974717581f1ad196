//! Function signatures and parameter lists: where names and types are
//! paired up (`a, b int`), and where `...` may appear.

use super::types::ArrayOrArgs;
use super::{Parser, token_name};
use crate::ast::{Expr, ExprKind, Field, FuncType, Ident};
use crate::span::Span;
use crate::token::TokenKind;

/// A parameter as written, before names and types are distributed
/// (`a, b int` is written as `a` and `b int`).
struct Param {
    name: Option<Ident>,
    ty: Option<Expr>,
    span: Span,
}

impl Parser<'_> {
    /// `Signature = [ TypeParams ] Parameters [ Result ]`. `context` names
    /// what may not have type parameters (empty for function declarations,
    /// which may); theirs are reported and skipped.
    #[inline(never)]
    pub(super) fn func_type(&mut self, context: &str) -> (Vec<Field>, FuncType) {
        let start = self.span;
        let mut type_params = Vec::new();
        if self.got(TokenKind::LBrack) {
            if !context.is_empty() {
                self.syntax_error_at(start, &format!("{context} must have no type parameters"));
                self.skip_group();
            } else if self.tok == TokenKind::RBrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                type_params = self.type_param_list(None);
            }
        }
        self.want(TokenKind::LParen);
        let params = self.param_list(TokenKind::RParen, true);
        let results = self.func_result();
        (
            type_params,
            FuncType {
                params,
                results,
                span: self.span_from(start),
            },
        )
    }

    /// `TypeParams = "[" TypeParamDecl { "," TypeParamDecl } [ "," ] "]"`,
    /// after its `[`, through its `]`. A type declaration has read the first
    /// name before it knew this was no array length, and sometimes its
    /// constraint too: `first` hands them over.
    pub(super) fn type_param_list(
        &mut self,
        mut first: Option<(Ident, Option<Expr>)>,
    ) -> Vec<Field> {
        let mut list = Vec::new();
        loop {
            let (names, constraint) = match first.take() {
                Some((name, Some(constraint))) => (vec![name], constraint),
                Some((name, None)) => {
                    let names = self.name_list(name);
                    (names, self.type_elem(None))
                }
                None if self.tok == TokenKind::Ident => {
                    let name = self.name();
                    let names = self.name_list(name);
                    (names, self.type_elem(None))
                }
                None => {
                    self.syntax_error("expected type parameter");
                    self.advance(&[TokenKind::RBrack]);
                    break;
                }
            };
            let span = names[0].span.to(constraint.span);
            list.push(Field {
                names,
                ty: constraint,
                tag: None,
                span,
            });
            if !self.got(TokenKind::Comma) || self.tok == TokenKind::RBrack {
                break;
            }
        }
        self.want(TokenKind::RBrack);
        list
    }

    /// `Result = Parameters | Type`.
    fn func_result(&mut self) -> Vec<Field> {
        if self.got(TokenKind::LParen) {
            return self.param_list(TokenKind::RParen, false);
        }
        let start = self.span;
        match self.type_or_nil() {
            Some(ty) => vec![Field {
                names: Vec::new(),
                ty,
                tag: None,
                span: self.span_from(start),
            }],
            None => Vec::new(),
        }
    }

    /// A parameter list after its `(`, through its `)`. Either every
    /// parameter is named or none is; names without a type take the type
    /// of the next parameter, and share its [`Field`]. `variadic_ok` allows
    /// `...T` on the last parameter.
    #[inline(never)]
    pub(super) fn param_list(&mut self, close: TokenKind, variadic_ok: bool) -> Vec<Field> {
        let mut params = Vec::new();
        let mut named = 0;
        let mut typed = 0;
        let end = self.list("parameter list", TokenKind::Comma, close, |p| {
            if let Some(par) = p.param_decl(close) {
                named += usize::from(par.name.is_some() && par.ty.is_some());
                typed += usize::from(par.ty.is_some());
                params.push(par);
            }
            false
        });
        if params.is_empty() {
            return Vec::new();
        }
        let fields = if named == 0 {
            // All unnamed: lone names are type names.
            params
                .into_iter()
                .map(|par| self.unnamed_field(par))
                .collect()
        } else {
            self.distribute_types(params, named, typed, end)
        };
        self.check_variadic(fields, variadic_ok)
    }

    fn unnamed_field(&mut self, par: Param) -> Field {
        let ty = match (par.ty, par.name) {
            (Some(ty), _) => ty,
            (None, Some(name)) => self.ident_expr(name),
            (None, None) => self.bad_expr(par.span),
        };
        Field {
            names: Vec::new(),
            ty,
            tag: None,
            span: par.span,
        }
    }

    /// Gives each name without a type the type to its right, grouping them
    /// into one field, and complains where a name or a type is missing.
    #[inline(never)]
    fn distribute_types(
        &mut self,
        params: Vec<Param>,
        named: usize,
        typed: usize,
        end: Span,
    ) -> Vec<Field> {
        let mut error_at: Option<Span> = None;
        let mut fields: Vec<Field> = Vec::new();
        let mut type_to_the_right = false;
        for par in params.into_iter().rev() {
            match (par.name, par.ty) {
                (name, Some(ty)) => {
                    type_to_the_right = true;
                    let name = name.unwrap_or_else(|| {
                        error_at = Some(ty.span.start());
                        Ident {
                            name: "_".to_string(),
                            span: ty.span.start(),
                        }
                    });
                    fields.push(Field {
                        names: vec![name],
                        ty,
                        tag: None,
                        span: par.span,
                    });
                }
                (Some(name), None) => match fields.last_mut().filter(|_| type_to_the_right) {
                    Some(field) => {
                        field.span = par.span.to(field.span);
                        field.names.insert(0, name);
                    }
                    None => {
                        error_at = Some(name.span);
                        let ty = self.bad_expr(name.span.start());
                        fields.push(Field {
                            names: vec![name],
                            ty,
                            tag: None,
                            span: par.span,
                        });
                    }
                },
                (None, None) => {}
            }
        }
        fields.reverse();
        if let Some(at) = error_at {
            if named == typed {
                // Names without types at the end: point at the closing token.
                self.syntax_error_at(end, "missing parameter type");
            } else {
                self.syntax_error_at(at, "missing parameter name");
            }
        }
        fields
    }

    /// Only a final parameter may be `...T`; elsewhere it becomes `T`.
    fn check_variadic(&mut self, mut fields: Vec<Field>, variadic_ok: bool) -> Vec<Field> {
        let last = fields.len().saturating_sub(1);
        let mut reported = false;
        for (i, field) in fields.iter_mut().enumerate() {
            let misplaced = !variadic_ok || i < last || field.names.len() > 1;
            if !misplaced || !matches!(field.ty.kind, ExprKind::Ellipsis(_)) {
                continue;
            }
            if !reported {
                reported = true;
                let msg = if variadic_ok {
                    "can only use ... with final parameter"
                } else {
                    "invalid use of ..."
                };
                self.error_at(field.ty.span, msg);
            }
            let placeholder = self.bad_expr(field.ty.span);
            if let ExprKind::Ellipsis(elem) = std::mem::replace(&mut field.ty, placeholder).kind {
                field.ty = *elem;
            }
        }
        fields
    }

    /// `ParameterDecl = [ IdentifierList ] [ "..." ] Type`, one name at a time.
    #[inline(never)]
    fn param_decl(&mut self, close: TokenKind) -> Option<Param> {
        let start = self.span;
        let mut name = None;
        if self.tok == TokenKind::Ident {
            let ident = self.name();
            match self.tok {
                TokenKind::LBrack => {
                    return Some(match self.array_or_type_args() {
                        ArrayOrArgs::Type(ty) => Param {
                            name: Some(ident),
                            ty: Some(ty),
                            span: self.span_from(start),
                        },
                        ArrayOrArgs::Args(args) => {
                            let base = self.ident_expr(ident);
                            Param {
                                name: None,
                                ty: Some(self.instance_expr(base, args)),
                                span: self.span_from(start),
                            }
                        }
                    });
                }
                TokenKind::Period => {
                    let ty = self.qualified_name(Some(ident));
                    return Some(Param {
                        name: None,
                        ty: Some(ty),
                        span: self.span_from(start),
                    });
                }
                _ => name = Some(ident),
            }
        }
        if self.tok == TokenKind::Ellipsis {
            let dots = self.span;
            self.next();
            let ty = match self.type_or_nil() {
                Some(elem) => {
                    self.mk_expr(ExprKind::Ellipsis(Box::new(elem)), self.span_from(dots))
                }
                None => {
                    self.syntax_error("... is missing type");
                    self.bad_expr(dots)
                }
            };
            return Some(Param {
                name,
                ty: Some(ty),
                span: self.span_from(start),
            });
        }
        let ty = self.type_or_nil();
        if name.is_some() || ty.is_some() {
            return Some(Param {
                name,
                ty,
                span: self.span_from(start),
            });
        }
        self.syntax_error(&format!("expected {}", token_name(close)));
        self.advance(&[TokenKind::Comma, close]);
        None
    }
}
