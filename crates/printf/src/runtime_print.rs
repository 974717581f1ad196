//! How the Go runtime itself prints: the `print`/`println` builtins and the
//! value after `panic: `. These do not go through `fmt`.

use super::host::{FmtHost, MethodCall};
use super::kind::{Kind, int_bits, kind_of, may_have_methods};
use super::typename::type_string;
use program::value::Value;
use types::ftoa::format_float;
use types::{Type, TypeId};

/// What the runtime prints for a panic value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PanicText {
    /// The text after `panic: ` (newlines already followed by a tab, as Go
    /// indents multi-line panic values).
    Value(Vec<u8>),
    /// The value's `Error`/`String` method itself panicked: Go then dies
    /// with `fatal error: ` followed by this text instead.
    Fatal(Vec<u8>),
}

/// Go's `printpanicval`: `v` is the value given to `panic` (an `any`:
/// [`Value::Iface`] or [`Value::Nil`]).
///
/// Errors print their `Error()` text and Stringers their `String()` text;
/// unnamed strings, booleans and numbers print as `print` would; named
/// types of those kinds as `main.T(3)` or `main.S("text")` (the string not
/// escaped); anything else as `(main.T) 0xADDR`.
pub fn panic_value(host: &mut dyn FmtHost, v: &Value) -> PanicText {
    let Value::Iface(iface) = v else {
        return PanicText::Value(b"runtime error: panic called with nil argument".to_vec());
    };
    let (ty, val) = (iface.ty, &iface.val);
    if may_have_methods(host.types(), ty) {
        for method in ["Error", "String"] {
            match host.call_string_method(val, ty, method) {
                MethodCall::Absent => {}
                MethodCall::Returned(text) => return PanicText::Value(indent(&text)),
                MethodCall::Panicked(text) => {
                    let mut msg = b"panic while printing panic value: ".to_vec();
                    msg.extend_from_slice(text.as_bytes());
                    return PanicText::Fatal(msg);
                }
            }
        }
    }
    let types = host.types();
    let named = matches!(types.get(ty), Type::Named(_));
    let kind = kind_of(types, ty);
    let mut out = Vec::new();
    match kind {
        Kind::Bool | Kind::Int { .. } | Kind::Float(_) | Kind::String => {
            let text = print_scalar(val, kind);
            if named {
                out.extend_from_slice(type_string(types, ty).as_bytes());
                out.extend_from_slice(if kind == Kind::String { b"(\"" } else { b"(" });
                out.extend_from_slice(&text);
                out.extend_from_slice(if kind == Kind::String { b"\")" } else { b")" });
            } else {
                out = text;
            }
            PanicText::Value(indent(&out))
        }
        _ => {
            out.push(b'(');
            out.extend_from_slice(type_string(types, ty).as_bytes());
            out.extend_from_slice(b") ");
            out.extend_from_slice(hex(host.address(val)).as_bytes());
            PanicText::Value(out)
        }
    }
}

/// Newlines in a panic value are followed by a tab.
fn indent(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for &b in text {
        out.push(b);
        if b == b'\n' {
            out.push(b'\t');
        }
    }
    out
}

fn hex(u: u64) -> String {
    format!("{u:#x}")
}

fn print_scalar(val: &Value, kind: Kind) -> Vec<u8> {
    match kind {
        Kind::Bool => (if val.as_bool() { "true" } else { "false" })
            .as_bytes()
            .to_vec(),
        Kind::Int { bits, signed: true } => (int_bits(val.as_int(), bits, true) as i64)
            .to_string()
            .into_bytes(),
        Kind::Int {
            bits,
            signed: false,
        } => int_bits(val.as_int(), bits, false).to_string().into_bytes(),
        Kind::Float(size) => format_float(val.as_f64(), b'g', -1, size).into_bytes(),
        Kind::String => val.as_bytes().to_vec(),
        _ => Vec::new(),
    }
}

/// A made-up but stable address for a type descriptor.
fn type_address(ty: TypeId) -> u64 {
    0x4a_0000 + u64::from(ty.0) * 0x60
}

/// One operand of the `print`/`println` builtins, of static type `ty`, as
/// the runtime writes it to standard error: numbers (floats in their
/// shortest form, `2.5`, `1e+21`), `true`/`false`, strings raw, pointers,
/// channels, maps and functions as `0xADDR` (`0x0` for nil), slices as
/// `[len/cap]0xADDR`, interfaces as `(0xTYPE,0xDATA)`. `print` puts nothing
/// between operands; `println` puts a space between them and a newline at
/// the end.
pub fn print_value(host: &dyn FmtHost, v: &Value, ty: TypeId) -> Vec<u8> {
    let types = host.types();
    let kind = kind_of(types, ty);
    let addr = |v: &Value| if v.is_nil() { 0 } else { host.address(v) };
    match kind {
        Kind::Bool | Kind::Int { .. } | Kind::Float(_) | Kind::String => print_scalar(v, kind),
        Kind::Ptr(_) | Kind::Chan | Kind::Map(..) | Kind::Func => hex(addr(v)).into_bytes(),
        Kind::Slice(_) => {
            let (len, cap) = match v {
                Value::Slice(s) => (s.len, s.cap),
                _ => (0, 0),
            };
            format!("[{len}/{cap}]{}", hex(addr(v))).into_bytes()
        }
        Kind::Interface => match v {
            Value::Iface(i) => {
                let data = match kind_of(types, i.ty) {
                    Kind::Ptr(_) | Kind::Chan | Kind::Map(..) | Kind::Func => addr(&i.val),
                    _ => host.address(&i.val),
                };
                format!("({},{})", hex(type_address(i.ty)), hex(data)).into_bytes()
            }
            _ => b"(0x0,0x0)".to_vec(),
        },
        Kind::Struct | Kind::Array(_) | Kind::Invalid => b"?".to_vec(),
    }
}
