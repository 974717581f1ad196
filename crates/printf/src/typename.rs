//! Types spelled as Go's `reflect.Type.String` spells them (what `%T`,
//! `%#v` and `%!verb(type=value)` show). This differs from the compiler's
//! spelling in [`types::TypeString`] for literal types: `struct { A int }`,
//! `interface { M() }`, `func(int) string`.

use types::{ChanDir, Type, TypeId, Types};

pub(crate) fn type_string(types: &Types, ty: TypeId) -> String {
    let mut s = String::new();
    write_type(types, &mut s, ty, 0);
    s
}

fn write_type(types: &Types, s: &mut String, ty: TypeId, depth: u32) {
    if depth > 64 {
        s.push_str("...");
        return;
    }
    let d = depth + 1;
    match types.get(ty) {
        Type::Basic(b) => s.push_str(match b.name() {
            "untyped int" => "int",
            "untyped rune" => "int32",
            "untyped float" => "float64",
            "untyped string" => "string",
            "untyped bool" => "bool",
            "untyped nil" => "nil",
            other => other,
        }),
        Type::Named(_) => {
            if let Some(info) = types.named_info(ty) {
                if !info.pkg.is_empty() {
                    s.push_str(types::typestring::package_name(&info.pkg));
                    s.push('.');
                }
                s.push_str(&info.name);
                if !info.targs.is_empty() {
                    s.push('[');
                    for (i, t) in info.targs.iter().enumerate() {
                        if i > 0 {
                            s.push(',');
                        }
                        write_type(types, s, *t, d);
                    }
                    s.push(']');
                }
            }
        }
        Type::Pointer(e) => {
            s.push('*');
            write_type(types, s, *e, d);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            write_type(types, s, *e, d);
        }
        Type::Array(n, e) => {
            s.push('[');
            s.push_str(&n.to_string());
            s.push(']');
            write_type(types, s, *e, d);
        }
        Type::Map(k, v) => {
            s.push_str("map[");
            write_type(types, s, *k, d);
            s.push(']');
            write_type(types, s, *v, d);
        }
        Type::Chan(dir, e) => {
            let paren =
                *dir == ChanDir::Both && matches!(types.get(*e), Type::Chan(ChanDir::Recv, _));
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            if paren {
                s.push('(');
            }
            write_type(types, s, *e, d);
            if paren {
                s.push(')');
            }
        }
        Type::Struct(fields) => {
            if fields.is_empty() {
                s.push_str("struct {}");
                return;
            }
            s.push_str("struct {");
            for (i, f) in fields.iter().enumerate() {
                s.push_str(if i > 0 { "; " } else { " " });
                if !f.embedded {
                    s.push_str(&f.name);
                    s.push(' ');
                }
                write_type(types, s, f.ty, d);
            }
            s.push_str(" }");
        }
        Type::Func(sig) => {
            s.push_str("func");
            write_sig(types, s, &sig.params, &sig.results, sig.variadic, d);
        }
        Type::Interface(methods) | Type::Constraint { methods, .. } => {
            if methods.is_empty() {
                s.push_str("interface {}");
                return;
            }
            s.push_str("interface {");
            for (i, m) in methods.iter().enumerate() {
                s.push_str(if i > 0 { "; " } else { " " });
                s.push_str(&m.name);
                if let Some(sig) = types.signature(m.sig) {
                    write_sig(types, s, &sig.params, &sig.results, sig.variadic, d);
                }
            }
            s.push_str(" }");
        }
        Type::Tuple(items) => {
            s.push('(');
            for (i, t) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_type(types, s, *t, d);
            }
            s.push(')');
        }
    }
}

fn write_sig(
    types: &Types,
    s: &mut String,
    params: &[TypeId],
    results: &[TypeId],
    variadic: bool,
    d: u32,
) {
    s.push('(');
    for (i, p) in params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        match types.get(*p) {
            Type::Slice(e) if variadic && i + 1 == params.len() => {
                s.push_str("...");
                write_type(types, s, *e, d);
            }
            _ => write_type(types, s, *p, d),
        }
    }
    s.push(')');
    match results {
        [] => {}
        [one] => {
            s.push(' ');
            write_type(types, s, *one, d);
        }
        many => {
            s.push_str(" (");
            for (i, r) in many.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_type(types, s, *r, d);
            }
            s.push(')');
        }
    }
}
