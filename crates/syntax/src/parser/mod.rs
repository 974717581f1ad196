//! A recursive-descent parser for Go, following `cmd/compile`'s parser.
//!
//! The control flow deliberately mirrors the compiler's (`syntax/parser.go`):
//! the same productions, the same `want`/`got`/`advance` recovery, the same
//! follow sets. That is what makes our syntax errors come out at the same
//! line and column, with the same words, as `go build`'s.
//!
//! Robustness is ours, though: Go's stacks grow, ours (and the browser's
//! wasm stack) do not. Recursion is capped ([`MAX_NESTING`], and a stack
//! budget measured as the parser goes), and so is the height of the tree
//! ([`MAX_TREE_HEIGHT`]), so that neither the parser nor any later
//! recursive pass over the tree can overflow the stack. Functions on the
//! recursive paths keep their frames small: large nodes are built in
//! separate `#[inline(never)]` helpers.

mod decl;
mod diagnostics;
mod expr;
mod nodes;
mod params;
mod printer;
mod simple;
mod stmt;
mod types;

use crate::Parsed;
use crate::ast::{Expr, ExprKind, Ident, NodeId, Stmt, StmtKind};
use crate::diagnostic::{Diagnostic, SyntaxError};
use crate::lexer::lex;
use crate::span::{Span, offset};
use crate::token::{Token, TokenKind};

/// How deeply brackets, blocks and unary operators may nest before the
/// parser gives up on the construct ("nesting too deep").
pub const MAX_NESTING: u32 = 1000;

/// How much stack the parser may use. Frame sizes differ widely between
/// debug and optimised builds, so besides counting levels the parser
/// measures its stack directly; this leaves room within the smallest stack
/// it runs on (1 MiB in the browser, 2 MiB on test threads).
const STACK_BUDGET: usize = 512 * 1024;

/// How tall an expression or statement tree may grow (long operator or
/// selector chains build tall trees without nesting), so that recursive
/// passes of later layers stay within their stacks too.
pub const MAX_TREE_HEIGHT: u32 = 500;

pub(crate) fn parse_file(src: &str) -> Parsed {
    let lexed = lex(src);
    let tokens: Vec<Token> = lexed
        .tokens
        .into_iter()
        .filter(|t| !t.kind.is_trivia())
        .collect();
    let mut parser = Parser::new(src, tokens, !lexed.diagnostics.is_empty());
    let mut file = parser.file();
    file.node_count = nodes::number_file(&mut file);
    let diagnostics =
        diagnostics::finish(src, lexed.diagnostics, parser.diags, parser.header_error);
    Parsed { file, diagnostics }
}

/// Tokens a `;` may be: the parser treats written and inserted ones alike
/// wherever Go's grammar says `;`.
const SEMI: TokenKind = TokenKind::Semicolon;

/// Keywords that start a statement: good places to resynchronise after an
/// error inside a function body (Go's `stopset`).
const STOP_SET: [TokenKind; 14] = [
    TokenKind::Break,
    TokenKind::Const,
    TokenKind::Continue,
    TokenKind::Defer,
    TokenKind::Fallthrough,
    TokenKind::For,
    TokenKind::Go,
    TokenKind::Goto,
    TokenKind::If,
    TokenKind::Return,
    TokenKind::Select,
    TokenKind::Switch,
    TokenKind::Type,
    TokenKind::Var,
];

pub(super) struct Parser<'src> {
    src: &'src str,
    /// The tokens without comments, always ending with `Eof`.
    tokens: Vec<Token>,
    index: usize,
    /// The current token's kind and span.
    tok: TokenKind,
    span: Span,
    /// End of the last consumed token, to close node spans.
    prev_end: u32,
    diags: Vec<Diagnostic>,
    lexer_errors: bool,
    /// Index in `diags` of the complaint about a wrong package clause:
    /// Go reports nothing after that.
    header_error: Option<usize>,
    /// Function nesting: statement keywords are sync points only inside bodies.
    fnest: u32,
    /// Expression nesting for the composite-literal ambiguity: negative in
    /// the header of `if`/`for`/`switch`, where `T {` opens a block.
    xnest: i32,
    /// Current recursion depth, against [`MAX_NESTING`].
    nest: u32,
    /// [`stack_position`] when parsing started.
    stack_base: usize,
    too_deep_reported: bool,
}

impl<'src> Parser<'src> {
    fn new(src: &'src str, mut tokens: Vec<Token>, lexer_errors: bool) -> Parser<'src> {
        if tokens.last().is_none_or(|t| t.kind != TokenKind::Eof) {
            let end = offset(src.len());
            tokens.push(Token {
                kind: TokenKind::Eof,
                span: Span::new(end, end),
            });
        }
        let first = tokens[0];
        Parser {
            src,
            tokens,
            index: 0,
            tok: first.kind,
            span: first.span,
            prev_end: 0,
            diags: Vec::new(),
            lexer_errors,
            header_error: None,
            fnest: 0,
            xnest: 0,
            nest: 0,
            stack_base: stack_position(),
            too_deep_reported: false,
        }
    }

    // ---- Token cursor -------------------------------------------------

    fn next(&mut self) {
        if self.tok == TokenKind::Eof {
            return;
        }
        self.prev_end = self.span.hi;
        self.index = (self.index + 1).min(self.tokens.len() - 1);
        let token = self.tokens[self.index];
        self.tok = token.kind;
        self.span = token.span;
    }

    /// Whether the current token is `kind`; [`SEMI`] matches both kinds of semicolon.
    fn at(&self, kind: TokenKind) -> bool {
        if kind == SEMI {
            self.tok.is_semicolon()
        } else {
            self.tok == kind
        }
    }

    fn got(&mut self, kind: TokenKind) -> bool {
        if self.at(kind) {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, kind: TokenKind) {
        if !self.got(kind) {
            self.syntax_error(&format!("expected {}", token_name(kind)));
            self.advance(&[]);
        }
    }

    /// Like `got(=)`, but also takes `:=` (with a complaint) to recover better.
    fn got_assign(&mut self) -> bool {
        match self.tok {
            TokenKind::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            TokenKind::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    fn text(&self) -> &'src str {
        text_of(self.src, self.span)
    }

    /// The span from `lo` to the end of the last consumed token.
    fn span_from(&self, lo: Span) -> Span {
        Span::new(lo.lo, self.prev_end.max(lo.lo))
    }

    /// Skips tokens up to one in `follow` (or a statement keyword inside a
    /// function); with no follow set, skips exactly one token.
    fn advance(&mut self, follow: &[TokenKind]) {
        if follow.is_empty() {
            self.next();
            return;
        }
        while self.tok != TokenKind::Eof
            && !follow.iter().any(|&k| self.at(k))
            && !(self.fnest > 0 && STOP_SET.contains(&self.tok))
        {
            self.next();
        }
    }

    /// Parses `[ f { sep f } [ sep ] ] close`, calling `f` for each element
    /// until it returns true. Returns the span of the closing token.
    fn list(
        &mut self,
        context: &str,
        sep: TokenKind,
        close: TokenKind,
        mut f: impl FnMut(&mut Self) -> bool,
    ) -> Span {
        let mut done = false;
        while self.tok != TokenKind::Eof && !self.at(close) && !done {
            let before = self.index;
            done = f(self);
            if !self.got(sep) && !self.at(close) {
                let msg = format!(
                    "in {context}; possibly missing {} or {}",
                    token_name(sep),
                    token_name(close)
                );
                self.syntax_error(&msg);
                self.advance(&[TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace]);
                if !self.at(close) {
                    return self.span;
                }
            }
            if self.index == before {
                break;
            }
        }
        let close_span = self.span;
        self.want(close);
        close_span
    }

    // ---- Diagnostics --------------------------------------------------

    fn syntax_error(&mut self, msg: &str) {
        self.syntax_error_at(self.span, msg);
    }

    /// Reports `syntax error: ...`, completing messages that start with
    /// `in`, `at`, `after` or `expected` with the current token, as Go does.
    fn syntax_error_at(&mut self, span: Span, msg: &str) {
        if self.tok == TokenKind::Eof && (self.lexer_errors || !self.diags.is_empty()) {
            return; // Follow-up errors at EOF say nothing new.
        }
        let error = if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ")
        {
            SyntaxError::Unexpected {
                found: format!("{} {msg}", self.describe()),
                expected: None,
            }
        } else if let Some(expected) = msg.strip_prefix("expected ") {
            SyntaxError::Unexpected {
                found: self.describe(),
                expected: Some(expected.to_string()),
            }
        } else {
            SyntaxError::Other(msg.to_string())
        };
        let message = error.to_string();
        self.error_at(span, &message);
    }

    /// Reports a message as is (Go's errors without the `syntax error:` prefix).
    fn error_at(&mut self, span: Span, message: &str) {
        self.diags.push(Diagnostic::new(span, message));
    }

    /// The current token as the compiler names it: `name x`, `literal 1`,
    /// `keyword func`, `newline`, `EOF`, or the operator itself.
    fn describe(&self) -> String {
        match self.tok {
            TokenKind::Ident => format!("name {}", self.text()),
            kind if kind.is_literal() => format!("literal {}", self.text()),
            TokenKind::Semicolon => "semicolon".to_string(),
            TokenKind::AutoSemicolon => if self.span.lo as usize >= self.src.len() {
                "EOF"
            } else {
                "newline"
            }
            .to_string(),
            kind => token_name(kind),
        }
    }

    // ---- Nesting limits -----------------------------------------------

    /// Enters one level of recursion; false (after reporting and skipping
    /// the rest of the nested construct) when that would be too deep.
    fn enter(&mut self) -> bool {
        let stack_used = self.stack_base.saturating_sub(stack_position());
        if self.nest >= MAX_NESTING || stack_used > STACK_BUDGET {
            self.report_too_deep(self.span);
            self.skip_nested();
            return false;
        }
        self.nest += 1;
        true
    }

    fn leave(&mut self) {
        self.nest = self.nest.saturating_sub(1);
    }

    fn report_too_deep(&mut self, span: Span) {
        if !self.too_deep_reported {
            self.too_deep_reported = true;
            self.syntax_error_at(span, "nesting too deep");
        }
    }

    /// Skips to the first closing bracket that closes something opened
    /// before the current token, without recursion.
    fn skip_nested(&mut self) {
        let mut depth = 0usize;
        loop {
            match self.tok {
                TokenKind::Eof => return,
                TokenKind::LParen | TokenKind::LBrack | TokenKind::LBrace => depth += 1,
                TokenKind::RParen | TokenKind::RBrack | TokenKind::RBrace => {
                    if depth == 0 {
                        return;
                    }
                    depth -= 1;
                }
                _ => {}
            }
            self.next();
        }
    }

    /// Skips a bracketed group whose opening token was just consumed, up to
    /// and including its closing token.
    fn skip_group(&mut self) {
        self.skip_nested();
        if matches!(
            self.tok,
            TokenKind::RParen | TokenKind::RBrack | TokenKind::RBrace
        ) {
            self.next();
        }
    }

    // ---- Node construction --------------------------------------------

    /// Builds an expression. While parsing, a node's id holds the height of
    /// its subtree (real ids are given once the file is complete), which is
    /// how over-tall trees are caught as they are built.
    fn mk_expr(&mut self, kind: ExprKind, span: Span) -> Expr {
        let mut kind = kind;
        let height = nodes::expr_height(&mut kind);
        if height > MAX_TREE_HEIGHT {
            self.report_too_deep(span);
            return self.bad_expr(span);
        }
        Expr {
            id: NodeId(height),
            span,
            kind,
        }
    }

    fn mk_stmt(&mut self, kind: StmtKind, span: Span) -> Stmt {
        let mut kind = kind;
        let height = nodes::stmt_height(&mut kind);
        if height > MAX_TREE_HEIGHT {
            self.report_too_deep(span);
            return Stmt {
                id: NodeId(1),
                span,
                kind: StmtKind::Bad,
            };
        }
        Stmt {
            id: NodeId(height),
            span,
            kind,
        }
    }

    fn bad_expr(&self, span: Span) -> Expr {
        Expr {
            id: NodeId(1),
            span,
            kind: ExprKind::Bad,
        }
    }

    /// A `Bad` expression at the current token.
    fn bad_here(&self) -> Expr {
        self.bad_expr(self.span.start())
    }

    fn ident_expr(&mut self, ident: Ident) -> Expr {
        let span = ident.span;
        self.mk_expr(ExprKind::Ident(ident), span)
    }

    /// An identifier; `_` (after a complaint) if there is none.
    fn name(&mut self) -> Ident {
        if self.tok == TokenKind::Ident {
            let ident = Ident {
                name: self.text().to_string(),
                span: self.span,
            };
            self.next();
            return ident;
        }
        let ident = Ident {
            name: "_".to_string(),
            span: self.span.start(),
        };
        self.syntax_error("expected name");
        self.advance(&[]);
        ident
    }

    /// `IdentifierList = identifier { "," identifier }`, the first given.
    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut names = vec![first];
        while self.got(TokenKind::Comma) {
            names.push(self.name());
        }
        names
    }
}

/// Roughly where the stack pointer is: the address of a local. Stacks grow
/// downwards (natively and in wasm's shadow stack), so the difference of two
/// positions is the stack used in between.
#[inline(never)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&raw const marker).addr()
}

fn text_of(src: &str, span: Span) -> &str {
    src.get(span.lo as usize..span.hi as usize).unwrap_or("")
}

/// How the compiler names a token it expected: `comma`, `semicolon or
/// newline`, `keyword chan`, or the token's spelling.
fn token_name(kind: TokenKind) -> String {
    match kind {
        TokenKind::Comma => "comma".to_string(),
        TokenKind::Semicolon | TokenKind::AutoSemicolon => "semicolon or newline".to_string(),
        TokenKind::Eof => "EOF".to_string(),
        TokenKind::Ident => "name".to_string(),
        kind if kind.is_keyword() => format!("keyword {}", kind.fixed_text().unwrap_or("")),
        kind => kind.fixed_text().unwrap_or("literal").to_string(),
    }
}
