//! Go's tokens, and how the editor colours them.
//!
//! A token is only a kind and a span: its text is always `&src[span]`, so
//! tokens stay `Copy` and the lexer allocates nothing per token.

use crate::ast::BinaryOp;
use crate::span::Span;

/// One token of Go source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

impl Token {
    /// The token's text in `src`, the source it was lexed from.
    pub fn text<'src>(&self, src: &'src str) -> &'src str {
        src.get(self.span.lo as usize..self.span.hi as usize)
            .unwrap_or("")
    }

    /// Like [`TokenKind::highlight`], but tells predeclared identifiers
    /// (`len`, `make`, `int`, `nil`...) apart from user-declared ones.
    pub fn highlight(&self, src: &str) -> Highlight {
        match self.kind {
            TokenKind::Ident if is_predeclared(self.text(src)) => Highlight::Predeclared,
            kind => kind.highlight(),
        }
    }
}

/// The colour class of a token in the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Highlight {
    Keyword,
    Ident,
    /// An identifier that names one of Go's predeclared types, constants or
    /// functions. Only [`Token::highlight`] can tell, since it sees the text.
    Predeclared,
    Number,
    /// String and rune literals.
    String,
    Comment,
    Operator,
    /// Brackets, commas, semicolons, colons and dots.
    Punctuation,
    /// A character that starts no token.
    Invalid,
}

/// Every kind of Go token, plus comments (kept for the highlighter) and the
/// semicolons the lexer inserts at line ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Ident,
    Int,
    Float,
    Imag,
    Rune,
    /// An interpreted string literal, `"..."`.
    String,
    /// A raw string literal, `` `...` ``.
    RawString,
    LineComment,
    BlockComment,

    // The 25 keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // Operators.
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    AddAssign,
    SubAssign,
    MulAssign,
    QuoAssign,
    RemAssign,
    AndAssign,
    OrAssign,
    XorAssign,
    ShlAssign,
    ShrAssign,
    AndNotAssign,
    LogAnd,
    LogOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    Tilde,

    // Delimiters.
    LParen,
    LBrack,
    LBrace,
    RParen,
    RBrack,
    RBrace,
    Comma,
    Period,
    /// A `;` written in the source.
    Semicolon,
    /// A `;` the lexer inserted at a newline (its span is the `\n`), at the
    /// start of a comment spanning lines (empty span), or at EOF (empty span).
    AutoSemicolon,
    Colon,

    Eof,
    /// A character that starts no token; the lexer has reported it.
    Invalid,
}

const KEYWORDS: [(&str, TokenKind); 25] = [
    ("break", TokenKind::Break),
    ("case", TokenKind::Case),
    ("chan", TokenKind::Chan),
    ("const", TokenKind::Const),
    ("continue", TokenKind::Continue),
    ("default", TokenKind::Default),
    ("defer", TokenKind::Defer),
    ("else", TokenKind::Else),
    ("fallthrough", TokenKind::Fallthrough),
    ("for", TokenKind::For),
    ("func", TokenKind::Func),
    ("go", TokenKind::Go),
    ("goto", TokenKind::Goto),
    ("if", TokenKind::If),
    ("import", TokenKind::Import),
    ("interface", TokenKind::Interface),
    ("map", TokenKind::Map),
    ("package", TokenKind::Package),
    ("range", TokenKind::Range),
    ("return", TokenKind::Return),
    ("select", TokenKind::Select),
    ("struct", TokenKind::Struct),
    ("switch", TokenKind::Switch),
    ("type", TokenKind::Type),
    ("var", TokenKind::Var),
];

impl TokenKind {
    /// The keyword spelled `word`, if it is one.
    pub fn keyword(word: &str) -> Option<TokenKind> {
        KEYWORDS
            .iter()
            .find(|(text, _)| *text == word)
            .map(|&(_, kind)| kind)
    }

    pub fn is_keyword(self) -> bool {
        KEYWORDS.iter().any(|&(_, kind)| kind == self)
    }

    /// Literals: what Go's compiler calls `literal` in its messages.
    pub fn is_literal(self) -> bool {
        matches!(
            self,
            TokenKind::Int
                | TokenKind::Float
                | TokenKind::Imag
                | TokenKind::Rune
                | TokenKind::String
                | TokenKind::RawString
        )
    }

    /// Tokens the parser never sees.
    pub fn is_trivia(self) -> bool {
        matches!(
            self,
            TokenKind::LineComment | TokenKind::BlockComment | TokenKind::Invalid
        )
    }

    pub fn is_semicolon(self) -> bool {
        matches!(self, TokenKind::Semicolon | TokenKind::AutoSemicolon)
    }

    /// The fixed spelling of keywords, operators and delimiters; `None` for
    /// tokens whose text varies (identifiers, literals, comments...).
    pub fn fixed_text(self) -> Option<&'static str> {
        use TokenKind::*;
        if let Some(&(text, _)) = KEYWORDS.iter().find(|&&(_, kind)| kind == self) {
            return Some(text);
        }
        let text = match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LogAnd => "&&",
            LogOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            Tilde => "~",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Comma => ",",
            Period => ".",
            Semicolon => ";",
            Colon => ":",
            _ => return None,
        };
        Some(text)
    }

    /// The binary operator this token spells, with its precedence
    /// (5 binds tightest: `* / % << >> & &^`; 1 is `||`).
    pub fn binary_op(self) -> Option<(BinaryOp, u8)> {
        use TokenKind::*;
        let op = match self {
            LogOr => (BinaryOp::LogOr, 1),
            LogAnd => (BinaryOp::LogAnd, 2),
            Eql => (BinaryOp::Eq, 3),
            Neq => (BinaryOp::Ne, 3),
            Lss => (BinaryOp::Lt, 3),
            Leq => (BinaryOp::Le, 3),
            Gtr => (BinaryOp::Gt, 3),
            Geq => (BinaryOp::Ge, 3),
            Add => (BinaryOp::Add, 4),
            Sub => (BinaryOp::Sub, 4),
            Or => (BinaryOp::Or, 4),
            Xor => (BinaryOp::Xor, 4),
            Mul => (BinaryOp::Mul, 5),
            Quo => (BinaryOp::Div, 5),
            Rem => (BinaryOp::Rem, 5),
            Shl => (BinaryOp::Shl, 5),
            Shr => (BinaryOp::Shr, 5),
            And => (BinaryOp::And, 5),
            AndNot => (BinaryOp::AndNot, 5),
            _ => return None,
        };
        Some(op)
    }

    /// The operator a compound assignment such as `+=` applies.
    pub fn assign_op(self) -> Option<BinaryOp> {
        use TokenKind::*;
        let op = match self {
            AddAssign => BinaryOp::Add,
            SubAssign => BinaryOp::Sub,
            MulAssign => BinaryOp::Mul,
            QuoAssign => BinaryOp::Div,
            RemAssign => BinaryOp::Rem,
            AndAssign => BinaryOp::And,
            OrAssign => BinaryOp::Or,
            XorAssign => BinaryOp::Xor,
            ShlAssign => BinaryOp::Shl,
            ShrAssign => BinaryOp::Shr,
            AndNotAssign => BinaryOp::AndNot,
            _ => return None,
        };
        Some(op)
    }

    /// The colour class of this kind of token.
    pub fn highlight(self) -> Highlight {
        use TokenKind::*;
        match self {
            Ident => Highlight::Ident,
            Int | Float | Imag => Highlight::Number,
            Rune | String | RawString => Highlight::String,
            LineComment | BlockComment => Highlight::Comment,
            LParen | LBrack | LBrace | RParen | RBrack | RBrace | Comma | Period | Semicolon
            | AutoSemicolon | Colon | Eof => Highlight::Punctuation,
            Invalid => Highlight::Invalid,
            kind if kind.is_keyword() => Highlight::Keyword,
            _ => Highlight::Operator,
        }
    }
}

/// Go's predeclared identifiers: types, constants, `nil` and built-in
/// functions. They are ordinary identifiers to the grammar (a program may
/// shadow them), so the editor asks this instead of the token kind.
pub fn is_predeclared(name: &str) -> bool {
    matches!(
        name,
        "any"
            | "bool"
            | "byte"
            | "comparable"
            | "complex64"
            | "complex128"
            | "error"
            | "float32"
            | "float64"
            | "int"
            | "int8"
            | "int16"
            | "int32"
            | "int64"
            | "rune"
            | "string"
            | "uint"
            | "uint8"
            | "uint16"
            | "uint32"
            | "uint64"
            | "uintptr"
            | "true"
            | "false"
            | "iota"
            | "nil"
            | "append"
            | "cap"
            | "clear"
            | "close"
            | "complex"
            | "copy"
            | "delete"
            | "imag"
            | "len"
            | "make"
            | "max"
            | "min"
            | "new"
            | "panic"
            | "print"
            | "println"
            | "real"
            | "recover"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_round_trip() {
        for (text, kind) in KEYWORDS {
            assert_eq!(TokenKind::keyword(text), Some(kind));
            assert_eq!(kind.fixed_text(), Some(text));
            assert_eq!(kind.highlight(), Highlight::Keyword);
        }
        assert_eq!(TokenKind::keyword("len"), None);
    }

    #[test]
    fn predeclared_names_are_told_apart() {
        let src = "len x";
        let len = Token {
            kind: TokenKind::Ident,
            span: Span::new(0, 3),
        };
        let x = Token {
            kind: TokenKind::Ident,
            span: Span::new(4, 5),
        };
        assert_eq!(len.highlight(src), Highlight::Predeclared);
        assert_eq!(x.highlight(src), Highlight::Ident);
        assert!(!is_predeclared("chan"));
    }
}
