//! Expressions written back as Go source, the short way Go's compiler
//! writes them inside messages: composite literal and function bodies are
//! elided (`Square{…}`, `func() int {…}`).

use syntax::ast::{ChanDir, Expr, ExprKind, Field, Lit, UnaryOp};

impl crate::check::Checker<'_> {
    /// `e` as Go writes it in messages, from the file being checked.
    pub(crate) fn expr_str(&self, e: &Expr) -> String {
        expr_string(e, &self.files[self.cur_file.0 as usize].src)
    }
}

/// `e` as Go writes it in messages; `src` is its file's text, where
/// literals are copied from as written (`1e6`, `0x10`, a raw string).
pub fn expr_string(e: &Expr, src: &str) -> String {
    let mut s = String::new();
    write(&mut s, src, e);
    s
}

fn write(s: &mut String, src: &str, e: &Expr) {
    match &e.kind {
        ExprKind::Bad => s.push('_'),
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::Lit(lit) => match src.get(e.span.lo as usize..e.span.hi as usize) {
            Some(text) if !text.is_empty() => s.push_str(text),
            _ => write_lit(s, lit),
        },
        ExprKind::Composite { ty, elems } => {
            if let Some(ty) = ty {
                write(s, src, ty);
            }
            s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::KeyValue { key, value } => {
            write(s, src, key);
            s.push_str(": ");
            write(s, src, value);
        }
        ExprKind::FuncLit { sig, body } => {
            write_sig(s, src, sig);
            s.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write(s, src, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write(s, src, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write(s, src, x);
            s.push('[');
            write(s, src, index);
            s.push(']');
        }
        ExprKind::IndexList { x, indices } => {
            write(s, src, x);
            s.push('[');
            for (i, index) in indices.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write(s, src, index);
            }
            s.push(']');
        }
        ExprKind::Slice { x, low, high, max } => {
            write(s, src, x);
            s.push('[');
            if let Some(l) = low {
                write(s, src, l);
            }
            s.push(':');
            if let Some(h) = high {
                write(s, src, h);
            }
            if let Some(m) = max {
                s.push(':');
                write(s, src, m);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write(s, src, x);
            s.push_str(".(");
            match ty {
                Some(t) => write(s, src, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { func, args, spread } => {
            write(s, src, func);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write(s, src, a);
            }
            if spread.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write(s, src, x);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "^",
                UnaryOp::Addr => "&",
                UnaryOp::Recv => "<-",
                UnaryOp::Tilde => "~",
            });
            write(s, src, x);
        }
        ExprKind::Binary { op, x, y } => {
            write(s, src, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write(s, src, y);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(l) => write(s, src, l),
                None => s.push_str("..."),
            }
            s.push(']');
            write(s, src, elem);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            write(s, src, elem);
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write(s, src, key);
            s.push(']');
            write(s, src, value);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write(s, src, elem);
        }
        ExprKind::FuncType(ft) => write_sig(s, src, ft),
        ExprKind::StructType(_) => s.push_str("struct{…}"),
        ExprKind::InterfaceType(elems) if elems.is_empty() => s.push_str("interface{}"),
        ExprKind::InterfaceType(_) => s.push_str("interface{…}"),
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            write(s, src, x);
        }
    }
}

/// `func(x int) (int, error)`: parameters, then a lone unnamed result
/// bare and any other results in parentheses.
fn write_sig(s: &mut String, src: &str, ft: &syntax::ast::FuncType) {
    s.push_str("func(");
    write_fields(s, src, &ft.params);
    s.push(')');
    match ft.results.as_slice() {
        [] => {}
        [one] if one.names.is_empty() => {
            s.push(' ');
            write(s, src, &one.ty);
        }
        results => {
            s.push_str(" (");
            write_fields(s, src, results);
            s.push(')');
        }
    }
}

/// `a, b int, c string`, names as written.
fn write_fields(s: &mut String, src: &str, fields: &[Field]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        for (j, name) in f.names.iter().enumerate() {
            s.push_str(if j > 0 { ", " } else { "" });
            s.push_str(&name.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        write(s, src, &f.ty);
    }
}

fn write_lit(s: &mut String, lit: &Lit) {
    match lit {
        Lit::Int(i) => s.push_str(&i.to_string()),
        Lit::Float(f) => s.push_str(&crate::ftoa::format_float(*f, b'g', -1, 64)),
        Lit::Rune(r) => match char::from_u32(u32::try_from(*r).unwrap_or(0xFFFD)) {
            Some(c) => s.push_str(&format!("{c:?}")),
            None => s.push_str(&r.to_string()),
        },
        Lit::Str(b) => s.push_str(&go_quote(b)),
    }
}

/// A string literal as Go's `strconv.Quote` writes it (enough for messages).
pub fn go_quote(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
