//! Expressions written back as Go source, the short way Go's compiler
//! writes them inside messages: composite literal and function bodies are
//! elided (`Square{…}`, `func(){…}`).

use syntax::ast::{ChanDir, Expr, ExprKind, Field, Lit, UnaryOp};

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write(&mut s, e);
    s
}

fn write(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Bad => s.push('_'),
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::Lit(lit) => write_lit(s, lit),
        ExprKind::Composite { ty, .. } => {
            if let Some(ty) = ty {
                write(s, ty);
            }
            s.push_str("{…}");
        }
        ExprKind::KeyValue { key, value } => {
            write(s, key);
            s.push_str(": ");
            write(s, value);
        }
        ExprKind::FuncLit { .. } => s.push_str("func(){…}"),
        ExprKind::Paren(x) => {
            s.push('(');
            write(s, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write(s, x);
            s.push('[');
            write(s, index);
            s.push(']');
        }
        ExprKind::IndexList { x, indices } => {
            write(s, x);
            s.push('[');
            for (i, index) in indices.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write(s, index);
            }
            s.push(']');
        }
        ExprKind::Slice { x, low, high, max } => {
            write(s, x);
            s.push('[');
            if let Some(l) = low {
                write(s, l);
            }
            s.push(':');
            if let Some(h) = high {
                write(s, h);
            }
            if let Some(m) = max {
                s.push(':');
                write(s, m);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write(s, x);
            s.push_str(".(");
            match ty {
                Some(t) => write(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { func, args, spread } => {
            write(s, func);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write(s, a);
            }
            if spread.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write(s, x);
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
            write(s, x);
        }
        ExprKind::Binary { op, x, y } => {
            write(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write(s, y);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(l) => write(s, l),
                None => s.push_str("..."),
            }
            s.push(']');
            write(s, elem);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            write(s, elem);
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write(s, key);
            s.push(']');
            write(s, value);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write(s, elem);
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func(");
            write_fields(s, &ft.params);
            s.push(')');
        }
        ExprKind::StructType(_) => s.push_str("struct{…}"),
        ExprKind::InterfaceType(elems) if elems.is_empty() => s.push_str("interface{}"),
        ExprKind::InterfaceType(_) => s.push_str("interface{…}"),
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            write(s, x);
        }
    }
}

fn write_fields(s: &mut String, fields: &[Field]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write(s, &f.ty);
    }
}

fn write_lit(s: &mut String, lit: &Lit) {
    match lit {
        Lit::Int(i) => s.push_str(&i.to_string()),
        Lit::Float(f) => s.push_str(&f.to_string()),
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
