//! The lexer: semicolon insertion, every literal form and escape, decoded
//! values, and Go's lexical error messages.

use syntax::ast::Lit;
use syntax::lexer::{DecodeError, decode, lex};
use syntax::token::{Highlight, TokenKind};
use syntax::{LineIndex, Span};

/// Kinds of the tokens of `src`, comments included, `;` for written and
/// `⏎` for inserted semicolons, literals as `kind(text)`.
fn kinds(src: &str) -> String {
    lex(src)
        .tokens
        .iter()
        .map(|t| match t.kind {
            TokenKind::AutoSemicolon => "⏎".to_string(),
            TokenKind::Eof => "EOF".to_string(),
            TokenKind::Ident => format!("id({})", t.text(src)),
            k if k.is_literal() => format!("{k:?}({})", t.text(src)),
            TokenKind::LineComment | TokenKind::BlockComment => "comment".to_string(),
            k => k
                .fixed_text()
                .map_or_else(|| format!("{k:?}"), str::to_string),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lexical errors as `line:col: message`.
fn errors(src: &str) -> Vec<String> {
    let lines = LineIndex::new(src);
    lex(src)
        .diagnostics
        .iter()
        .map(|d| {
            let lc = lines.line_col(d.span.lo);
            format!("{}:{}: {}", lc.line, lc.col, d.message)
        })
        .collect()
}

fn value(src: &str) -> Result<Lit, DecodeError> {
    let lexed = lex(src);
    assert!(
        lexed.diagnostics.is_empty(),
        "{src}: {:?}",
        lexed.diagnostics
    );
    let token = lexed.tokens[0];
    assert_eq!(
        token.span,
        Span::new(0, u32::try_from(src.len()).unwrap()),
        "{src} is one token"
    );
    decode(token.kind, token.text(src))
}

#[test]
fn semicolons_are_inserted_after_the_right_tokens() {
    assert_eq!(kinds("x\n"), "id(x) ⏎ EOF");
    assert_eq!(kinds("x"), "id(x) ⏎ EOF");
    assert_eq!(
        kinds("1\n2.5\n'a'\n\"s\"\n`r`\n3i\n"),
        "Int(1) ⏎ Float(2.5) ⏎ Rune('a') ⏎ String(\"s\") ⏎ RawString(`r`) ⏎ Imag(3i) ⏎ EOF"
    );
    assert_eq!(
        kinds("break\ncontinue\nfallthrough\nreturn\n"),
        "break ⏎ continue ⏎ fallthrough ⏎ return ⏎ EOF"
    );
    assert_eq!(
        kinds("x++\ny--\n)\n]\n}\n"),
        "id(x) ++ ⏎ id(y) -- ⏎ ) ⏎ ] ⏎ } ⏎ EOF"
    );
    // No semicolon after operators, opening brackets or other keywords.
    assert_eq!(kinds("x +\ny\n"), "id(x) + id(y) ⏎ EOF");
    assert_eq!(kinds("f(\n{\n[\nfunc\nif\n"), "id(f) ( { [ func if EOF");
    // Blank lines add nothing; written semicolons are kept as written.
    assert_eq!(kinds("a;b\n\n\nc"), "id(a) ; id(b) ⏎ id(c) ⏎ EOF");
}

#[test]
fn comments_are_tokens_and_multiline_ones_end_statements() {
    assert_eq!(kinds("x // note\ny"), "id(x) comment ⏎ id(y) ⏎ EOF");
    assert_eq!(kinds("x /* a */ y"), "id(x) comment id(y) ⏎ EOF");
    assert_eq!(kinds("x /* a\n b */ y"), "id(x) ⏎ comment id(y) ⏎ EOF");
    assert_eq!(kinds("x + /* a\n b */ y"), "id(x) + comment id(y) ⏎ EOF");
    assert_eq!(kinds("x // end"), "id(x) comment ⏎ EOF");
    // The semicolon a multi-line comment stands for sits at its start.
    let tokens = lex("x /*\n*/").tokens;
    assert_eq!(tokens[1].kind, TokenKind::AutoSemicolon);
    assert_eq!(tokens[1].span, Span::new(2, 2));
}

#[test]
fn operators_are_maximal_munch() {
    assert_eq!(
        kinds("a &^= b <<= c >>= d &^ e && f || g <- h != i := j ... k . l"),
        "id(a) &^= id(b) <<= id(c) >>= id(d) &^ id(e) && id(f) || id(g) <- id(h) != id(i) := id(j) ... id(k) . id(l) ⏎ EOF"
    );
    assert_eq!(kinds("x..y"), "id(x) . . id(y) ⏎ EOF");
    assert_eq!(kinds("~a"), "~ id(a) ⏎ EOF");
}

#[test]
fn identifiers_may_be_unicode_letters() {
    assert_eq!(kinds("héllo 日本 _x9"), "id(héllo) id(日本) id(_x9) ⏎ EOF");
    assert_eq!(errors("héllo 日本"), Vec::<String>::new());
}

#[test]
fn integer_literals_in_every_base() {
    for (src, want) in [
        ("0", 0),
        ("42", 42),
        ("1_000_000", 1_000_000),
        ("0x_1F", 31),
        ("0XFF", 255),
        ("0o17", 15),
        ("0O17", 15),
        ("017", 15),
        ("0b1011", 11),
        ("0B_1_0", 2),
        ("170141183460469231731687303715884105727", i128::MAX),
    ] {
        assert_eq!(value(src), Ok(Lit::Int(want)), "{src}");
    }
    assert_eq!(
        value("170141183460469231731687303715884105728"),
        Err(DecodeError::Overflow)
    );
}

#[test]
fn float_and_imaginary_literals() {
    for (src, want) in [
        ("1.5", 1.5),
        ("1.", 1.0),
        (".25", 0.25),
        ("1e3", 1000.0),
        ("1E-2", 0.01),
        ("6.02_2e+2_3", 6.022e23),
        ("089.5", 89.5),
        ("0x1p-2", 0.25),
        ("0x1.8p1", 3.0),
        ("0X_1FP+0", 31.0),
        ("0x.8p0", 0.5),
    ] {
        assert_eq!(value(src), Ok(Lit::Float(want)), "{src}");
    }
    assert_eq!(value("2i"), Err(DecodeError::Imaginary));
    assert_eq!(value("1.5e3i"), Err(DecodeError::Imaginary));
    assert_eq!(value("1e400"), Err(DecodeError::Overflow));
}

#[test]
fn rune_literals_and_escapes() {
    for (src, want) in [
        ("'a'", 'a' as i32),
        ("'ä'", 'ä' as i32),
        ("'本'", '本' as i32),
        ("'\\a'", 7),
        ("'\\b'", 8),
        ("'\\f'", 12),
        ("'\\n'", 10),
        ("'\\r'", 13),
        ("'\\t'", 9),
        ("'\\v'", 11),
        ("'\\\\'", 92),
        ("'\\''", 39),
        ("'\\000'", 0),
        ("'\\377'", 255),
        ("'\\x7f'", 127),
        ("'\\xff'", 255),
        ("'\\u12e4'", 0x12e4),
        ("'\\U00101234'", 0x10_1234),
    ] {
        assert_eq!(value(src), Ok(Lit::Rune(want)), "{src}");
    }
}

#[test]
fn string_literals_decode_to_bytes() {
    for (src, want) in [
        (r#""""#, b"".to_vec()),
        (r#""hello, 世界""#, "hello, 世界".as_bytes().to_vec()),
        (
            r#""\a\b\f\n\r\t\v\\\"""#,
            b"\x07\x08\x0c\n\r\t\x0b\\\"".to_vec(),
        ),
        // `\x` and octal escapes are single bytes; `\u` and `\U` are UTF-8.
        (r#""\xff\377""#, vec![0xff, 0xff]),
        (r#""\u00ff""#, vec![0xc3, 0xbf]),
        (r#""\U0001F600""#, "😀".as_bytes().to_vec()),
        (r#""\xe6\x97\xa5""#, "日".as_bytes().to_vec()),
        ("`raw \\n \"q\"`", b"raw \\n \"q\"".to_vec()),
        ("`a\r\nb`", b"a\nb".to_vec()),
        ("`multi\nline`", b"multi\nline".to_vec()),
    ] {
        assert_eq!(value(src), Ok(Lit::Str(want)), "{src}");
    }
}

#[test]
fn literal_errors_are_worded_like_go() {
    // Each message and position checked against `go build` (Go 1.27).
    assert_eq!(
        errors("x := 0x"),
        ["1:8: hexadecimal literal has no digits"]
    );
    assert_eq!(
        errors("y := 089"),
        ["1:7: invalid digit '8' in octal literal"]
    );
    assert_eq!(
        errors("z := 1__0"),
        ["1:8: '_' must separate successive digits"]
    );
    assert_eq!(errors("a = 1e"), ["1:7: exponent has no digits"]);
    assert_eq!(
        errors("a = 0x1.5"),
        ["1:10: hexadecimal mantissa requires a 'p' exponent"]
    );
    assert_eq!(
        errors("a = 0b102"),
        ["1:9: invalid digit '2' in binary literal"]
    );
    assert_eq!(errors("a = 0o"), ["1:7: octal literal has no digits"]);
    assert_eq!(
        errors("a = 0b1.0"),
        ["1:8: invalid radix point in binary literal"]
    );
    assert_eq!(
        errors("a = 0o1e3"),
        ["1:8: 'e' exponent requires decimal mantissa"]
    );
    assert_eq!(
        errors("a = 1p3"),
        ["1:6: 'p' exponent requires hexadecimal mantissa"]
    );
    assert_eq!(errors("w := \"\\q\""), ["1:8: unknown escape"]);
    assert_eq!(errors("r = ''"), ["1:6: empty rune literal or unescaped '"]);
    assert_eq!(
        errors("r = 'ab'"),
        ["1:5: more than one character in rune literal"]
    );
    assert_eq!(
        errors("r = '\\400'"),
        ["1:10: octal escape value 256 > 255"]
    );
    assert_eq!(
        errors("u = \"\\uD800\""),
        ["1:12: escape is invalid Unicode code point U+D800"]
    );
    assert_eq!(
        errors("v = \"\\x4g\""),
        ["1:9: invalid character 'g' in hexadecimal escape"]
    );
    assert_eq!(
        errors("w = '\\U00110000'"),
        ["1:16: escape is invalid Unicode code point U+110000"]
    );
    assert_eq!(errors("s := \"abc\nx"), ["1:10: newline in string"]);
    assert_eq!(errors("r := 'a\nx"), ["1:8: newline in rune literal"]);
    assert_eq!(errors("s = \"abc"), ["1:5: string not terminated"]);
    assert_eq!(errors("s = `abc"), ["1:5: string not terminated"]);
    assert_eq!(errors("r = 'a"), ["1:5: rune literal not terminated"]);
    assert_eq!(errors("x /* abc"), ["1:3: comment not terminated"]);
}

#[test]
fn stray_characters_are_reported_and_skipped() {
    assert_eq!(errors("a @ b"), ["1:3: invalid character U+0040 '@'"]);
    assert_eq!(kinds("a @ b"), "id(a) Invalid id(b) ⏎ EOF");
    assert_eq!(errors("a\0b"), ["1:2: invalid NUL character"]);
    assert_eq!(errors("\u{feff}package p"), Vec::<String>::new());
    assert_eq!(
        errors("x = \u{feff}1"),
        ["1:5: invalid BOM in the middle of the file"]
    );
    assert_eq!(
        errors("x\u{a0}y"),
        ["1:2: invalid character U+00A0 in identifier"]
    );
    assert_eq!(
        errors("\u{661}x"),
        ["1:1: identifier cannot begin with digit U+0661 '١'"]
    );
    // A stray character does not end the statement.
    assert_eq!(kinds("x #\n"), "id(x) Invalid ⏎ EOF");
}

#[test]
fn highlight_classes() {
    let src = "func f() { x := len(\"s\") + 1 // c\n}";
    let classes: Vec<(String, Highlight)> = lex(src)
        .tokens
        .iter()
        .filter(|t| !t.span.lo.eq(&t.span.hi))
        .map(|t| (t.text(src).to_string(), t.highlight(src)))
        .collect();
    let find = |text: &str| classes.iter().find(|(t, _)| t == text).map(|(_, h)| *h);
    assert_eq!(find("func"), Some(Highlight::Keyword));
    assert_eq!(find("x"), Some(Highlight::Ident));
    assert_eq!(find("len"), Some(Highlight::Predeclared));
    assert_eq!(find("\"s\""), Some(Highlight::String));
    assert_eq!(find("1"), Some(Highlight::Number));
    assert_eq!(find("// c"), Some(Highlight::Comment));
    assert_eq!(find(":="), Some(Highlight::Operator));
    assert_eq!(find("{"), Some(Highlight::Punctuation));
}

#[test]
fn tokens_cover_the_source_in_order() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1 + 2) /* x */\n}\n";
    let tokens = lex(src).tokens;
    for pair in tokens.windows(2) {
        assert!(pair[0].span.hi <= pair[1].span.lo, "{pair:?}");
    }
    let rebuilt: String = tokens
        .iter()
        .filter(|t| t.kind != TokenKind::AutoSemicolon)
        .map(|t| t.text(src))
        .collect::<Vec<_>>()
        .join("");
    let squeezed: String = src.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(
        rebuilt.replace(' ', ""),
        squeezed.replace("/*x*/", "/* x */").replace(' ', "")
    );
}
