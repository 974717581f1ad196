//! The file level: package clause, imports, and `const`, `var`, `type`
//! and `func` declarations (the first three also appear in bodies).

use super::expr::is_type_elem;
use super::{Parser, SEMI};
use crate::ast::{
    Decl, Expr, ExprKind, Field, File, FuncDecl, FuncType, GenDecl, Ident, Import, Lit, TypeSpec,
    ValueSpec,
};
use crate::span::Span;
use crate::token::TokenKind;

/// Where the top level resynchronises after an error.
const DECL_KEYWORDS: [TokenKind; 5] = [
    TokenKind::Import,
    TokenKind::Const,
    TokenKind::Type,
    TokenKind::Var,
    TokenKind::Func,
];

impl Parser<'_> {
    /// `SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" }`.
    pub(super) fn file(&mut self) -> File {
        let package = self.package_clause();
        let mut imports = Vec::new();
        let mut decls: Vec<Decl> = Vec::new();

        // Imports are accepted anywhere, with a complaint, to recover well.
        let mut prev = TokenKind::Import;
        while self.tok != TokenKind::Eof {
            if self.tok == TokenKind::Import && prev != TokenKind::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok;
            let start = self.span;
            match self.tok {
                TokenKind::Import => {
                    self.next();
                    self.group(|p| {
                        if let Some(import) = p.import_spec() {
                            imports.push(import);
                        }
                    });
                }
                TokenKind::Const | TokenKind::Var | TokenKind::Type => decls.push(self.gen_decl()),
                TokenKind::Func => {
                    self.next();
                    decls.push(Decl::Func(self.func_decl(start)));
                }
                _ => {
                    let after_bodyless_func =
                        matches!(decls.last(), Some(Decl::Func(f)) if f.body.is_none());
                    if self.tok == TokenKind::LBrace && after_bodyless_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&DECL_KEYWORDS);
                    continue;
                }
            }
            if self.tok != TokenKind::Eof && !self.got(SEMI) {
                self.syntax_error("after top level declaration");
                self.advance(&DECL_KEYWORDS);
            }
        }
        File {
            package,
            imports,
            decls,
            node_count: 0,
        }
    }

    /// `package name ;`. The `go` command reads this part with `go/parser`
    /// before compiling, so its errors are worded the `go/parser` way; and
    /// after any error here, Go reports nothing else.
    fn package_clause(&mut self) -> Ident {
        let errors_before = self.diags.len();
        let package = if self.tok != TokenKind::Package {
            let msg = format!("expected 'package', found {}", self.go_parser_found());
            self.error_at(self.span, &msg);
            Ident {
                name: "_".to_string(),
                span: self.span.start(),
            }
        } else {
            self.next();
            if self.tok == TokenKind::Ident {
                self.name()
            } else {
                let msg = format!("expected 'IDENT', found {}", self.go_parser_found());
                self.error_at(self.span, &msg);
                Ident {
                    name: "_".to_string(),
                    span: self.span.start(),
                }
            }
        };
        if self.diags.len() == errors_before {
            self.want(SEMI);
        }
        self.header_error = (self.diags.len() > errors_before).then_some(errors_before);
        package
    }

    /// The current token as `go/parser` describes what it found.
    fn go_parser_found(&self) -> String {
        match self.tok {
            TokenKind::Ident => self.text().to_string(),
            kind if kind.is_literal() => self.text().to_string(),
            TokenKind::AutoSemicolon => "newline".to_string(),
            TokenKind::Eof => "'EOF'".to_string(),
            kind => format!("'{}'", kind.fixed_text().unwrap_or("")),
        }
    }

    /// `f` once, or for each spec of a parenthesised group.
    fn group(&mut self, mut f: impl FnMut(&mut Self)) {
        if self.got(TokenKind::LParen) {
            self.list("grouped declaration", SEMI, TokenKind::RParen, |p| {
                f(p);
                false
            });
        } else {
            f(self);
        }
    }

    /// `ImportSpec = [ "." | PackageName ] ImportPath`. Worded as `go/parser`
    /// words it, since the `go` command reads imports before compiling.
    fn import_spec(&mut self) -> Option<Import> {
        let start = self.span;
        let alias = match self.tok {
            TokenKind::Ident => Some(self.name()),
            TokenKind::Period => {
                let dot = Ident {
                    name: ".".to_string(),
                    span: self.span,
                };
                self.next();
                Some(dot)
            }
            _ => None,
        };
        if !self.tok.is_literal() {
            self.error_at(self.span, "missing import path");
            self.advance(&[SEMI, TokenKind::RParen]);
            return None;
        }
        let is_string = matches!(self.tok, TokenKind::String | TokenKind::RawString);
        let path_span = self.span;
        let path = self.literal();
        let path = match path.kind {
            ExprKind::Lit(Lit::Str(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
            _ if !is_string => {
                self.error_at(path_span, "import path must be a string");
                return None;
            }
            _ => return None,
        };
        Some(Import {
            alias,
            path,
            span: self.span_from(start),
        })
    }

    /// A `const`, `var` or `type` declaration, at its keyword.
    #[inline(never)]
    pub(super) fn gen_decl(&mut self) -> Decl {
        let start = self.span;
        let keyword = self.tok;
        self.next();
        match keyword {
            TokenKind::Const => {
                let mut specs: Vec<ValueSpec> = Vec::new();
                self.group(|p| {
                    let spec = p.const_spec(specs.len(), specs.last());
                    specs.push(spec);
                });
                Decl::Const(GenDecl {
                    specs,
                    span: self.span_from(start),
                })
            }
            TokenKind::Var => {
                let mut specs = Vec::new();
                self.group(|p| specs.push(p.var_spec()));
                Decl::Var(GenDecl {
                    specs,
                    span: self.span_from(start),
                })
            }
            _ => {
                let mut specs = Vec::new();
                self.group(|p| specs.push(p.type_spec()));
                Decl::Type(GenDecl {
                    specs,
                    span: self.span_from(start),
                })
            }
        }
    }

    /// `ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ]`. A spec
    /// with neither type nor values repeats the previous spec's (Go's
    /// implicit repetition), which is copied here so that no later layer
    /// has to look back.
    #[inline(never)]
    fn const_spec(&mut self, index: usize, prev: Option<&ValueSpec>) -> ValueSpec {
        let start = self.span;
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.tok != TokenKind::Eof && !self.at(SEMI) && self.tok != TokenKind::RParen {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        let mut implicit = false;
        if ty.is_none()
            && values.is_empty()
            && let Some(prev) = prev
        {
            ty = prev.ty.clone();
            values = prev.values.clone();
            implicit = true;
        }
        let iota = u32::try_from(index).unwrap_or(u32::MAX);
        ValueSpec {
            names,
            ty,
            values,
            implicit,
            iota,
            span: self.span_from(start),
        }
    }

    /// `VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList )`.
    #[inline(never)]
    fn var_spec(&mut self) -> ValueSpec {
        let start = self.span;
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            ty,
            values,
            implicit: false,
            iota: 0,
            span: self.span_from(start),
        }
    }

    /// `TypeSpec = identifier [ TypeParams ] [ "=" ] Type`.
    #[inline(never)]
    fn type_spec(&mut self) -> TypeSpec {
        let start = self.span;
        let name = self.name();
        let mut type_params = Vec::new();
        let mut alias = false;
        let ty = if self.tok == TokenKind::LBrack {
            let lbrack = self.span;
            self.next();
            match self.tok {
                TokenKind::Ident => {
                    let x = self.array_len_or_type_param();
                    if starts_type_params(&x, self.tok) {
                        type_params = self.type_params_after(x);
                        alias = self.got_assign();
                        self.type_or_nil()
                    } else {
                        Some(self.array_type(lbrack, Some(x)))
                    }
                }
                TokenKind::RBrack => {
                    self.next();
                    Some(self.slice_type(lbrack))
                }
                _ => Some(self.array_type(lbrack, None)),
            }
        } else {
            alias = self.got_assign();
            self.type_or_nil()
        };
        let ty = match ty {
            Some(ty) => ty,
            None => {
                let bad = self.bad_here();
                self.syntax_error("in type declaration");
                self.advance(&[SEMI, TokenKind::RParen]);
                bad
            }
        };
        TypeSpec {
            name,
            alias,
            type_params,
            ty,
            span: self.span_from(start),
        }
    }

    /// In `type T[` followed by a name: the expression that is either an
    /// array length or the start of a type parameter list.
    fn array_len_or_type_param(&mut self) -> Expr {
        let name = self.name();
        let x = self.ident_expr(name);
        if self.tok == TokenKind::LBrack {
            return x;
        }
        self.xnest += 1;
        let primary = self.pexpr(Some(x));
        let x = self.binary_expr(Some(primary), 0);
        self.xnest -= 1;
        x
    }

    /// The rest of a type declaration's type parameter list, whose start
    /// `x` was read as if it were an array length.
    fn type_params_after(&mut self, x: Expr) -> Vec<Field> {
        match x.kind {
            ExprKind::Ident(name) => self.type_param_list(Some((name, None))),
            ExprKind::Binary {
                op: crate::ast::BinaryOp::Mul,
                x: name,
                y,
            } if matches!(name.kind, ExprKind::Ident(_)) => {
                let ExprKind::Ident(name) = name.kind else {
                    return Vec::new();
                };
                let span = name.span.to(y.span);
                let star = self.mk_expr(ExprKind::Star(y), span);
                let constraint = self.type_elem(Some(star));
                self.type_param_list(Some((name, Some(constraint))))
            }
            _ => {
                self.syntax_error_at(x.span, "unsupported form of type parameter list");
                self.skip_group();
                Vec::new()
            }
        }
    }

    /// `FunctionDecl` or `MethodDecl`, after `func`.
    #[inline(never)]
    fn func_decl(&mut self, start: Span) -> FuncDecl {
        let mut recv = None;
        let has_recv = self.got(TokenKind::LParen);
        if has_recv {
            let mut receivers = self.param_list(TokenKind::RParen, false).into_iter();
            recv = receivers.next();
            match (&recv, receivers.next()) {
                (None, _) => self.error_at(self.span, "method has no receiver"),
                (Some(_), Some(_)) => self.error_at(self.span, "method has multiple receivers"),
                _ => {}
            }
        }
        let (name, type_params, sig) = if self.tok == TokenKind::Ident {
            let name = self.name();
            let (type_params, sig) = self.func_type("");
            (name, type_params, sig)
        } else {
            let here = self.span.start();
            let name = Ident {
                name: "_".to_string(),
                span: here,
            };
            self.syntax_error(if has_recv {
                "expected name"
            } else {
                "expected name or ("
            });
            self.advance(&[TokenKind::LBrace, SEMI]);
            (
                name,
                Vec::new(),
                FuncType {
                    params: Vec::new(),
                    results: Vec::new(),
                    span: here,
                },
            )
        };
        let body = (self.tok == TokenKind::LBrace).then(|| self.func_body());
        FuncDecl {
            recv,
            name,
            type_params,
            sig,
            body,
            span: self.span_from(start),
        }
    }
}

/// Whether `type T[x` starts a type parameter list rather than an array
/// length (Go's `extractName` test): `[P any]`, `[P *C]`, `[P, Q any]`...
/// but not `[N]` or `[N * 2]`.
fn starts_type_params(x: &Expr, tok: TokenKind) -> bool {
    let force = tok == TokenKind::Comma;
    match &x.kind {
        ExprKind::Ident(_) => tok != TokenKind::RBrack,
        ExprKind::Binary {
            op: crate::ast::BinaryOp::Mul,
            x: name,
            y,
        } => matches!(name.kind, ExprKind::Ident(_)) && (force || is_type_elem(y)),
        ExprKind::Binary {
            op: crate::ast::BinaryOp::Or,
            x: lhs,
            y,
        } => starts_type_params_operand(lhs, force || is_type_elem(y)),
        ExprKind::Call {
            func,
            args,
            spread: None,
        } => {
            matches!(func.kind, ExprKind::Ident(_))
                && args.len() == 1
                && (force || is_type_elem(&args[0]))
        }
        _ => false,
    }
}

/// The left operand of a `|` in a possible type parameter list.
fn starts_type_params_operand(x: &Expr, force: bool) -> bool {
    match &x.kind {
        ExprKind::Binary {
            op: crate::ast::BinaryOp::Mul,
            x: name,
            y,
        } => matches!(name.kind, ExprKind::Ident(_)) && (force || is_type_elem(y)),
        ExprKind::Binary {
            op: crate::ast::BinaryOp::Or,
            x: lhs,
            y,
        } => starts_type_params_operand(lhs, force || is_type_elem(y)),
        _ => false,
    }
}
