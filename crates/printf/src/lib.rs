//! Go's `fmt` formatting engine, written against [`FmtHost`], plus the
//! float conversions of `strconv` and the runtime's own printing (`print`,
//! `println`, panic values).
//!
//! Operands of [`sprintf`], [`sprint`] and [`sprintln`] are `any` values:
//! [`Value::Iface`] carrying the dynamic type, or [`Value::Nil`] for a nil
//! interface. Output is bytes, exactly as Go would produce them (strings
//! may hold invalid UTF-8).
//!
//! Not supported: `Formatter` and `GoStringer` (the host only offers
//! `String` and `Error`), complex numbers (the engine has none).

#![warn(clippy::unwrap_used)]

mod basic;
mod host;
mod kind;
mod parse_float;
mod print_table;
mod printer;
mod quote;
mod runtime_print;
mod sort_keys;
mod typename;
mod value_printer;

#[cfg(test)]
mod tests;

pub use host::{FmtHost, MethodCall};
pub use parse_float::{ParseFloatError, parse_float};
pub use runtime_print::{PanicText, panic_value, print_value};
pub use types::ftoa::format_float;

use printer::Printer;
use program::value::Value;
use types::{TypeId, Types};

/// `fmt.Sprintf(format, args...)`.
pub fn sprintf(host: &mut dyn FmtHost, format: &[u8], args: &[Value]) -> Vec<u8> {
    let mut p = Printer::new(host);
    p.do_printf(format, args);
    p.out.buf
}

/// `fmt.Errorf`'s formatting: like [`sprintf`], but `%w` accepts an error
/// operand (printing it as `%v` would). Also returns the indexes of the
/// operands consumed by `%w`, in order (possibly repeated, possibly not
/// errors: Go keeps only the distinct ones that are errors) for building
/// the wrapping error.
pub fn sprintf_wrapping(
    host: &mut dyn FmtHost,
    format: &[u8],
    args: &[Value],
) -> (Vec<u8>, Vec<usize>) {
    let mut p = Printer::new(host);
    p.wrap_errs = true;
    p.do_printf(format, args);
    (p.out.buf, p.wrapped)
}

/// `fmt.Sprint(args...)`: operands printed with `%v`, with a space between
/// two operands when neither is a string.
pub fn sprint(host: &mut dyn FmtHost, args: &[Value]) -> Vec<u8> {
    let mut p = Printer::new(host);
    p.do_print(args, false);
    p.out.buf
}

/// `fmt.Sprintln(args...)`: operands printed with `%v`, always separated by
/// a space, and a newline at the end.
pub fn sprintln(host: &mut dyn FmtHost, args: &[Value]) -> Vec<u8> {
    let mut p = Printer::new(host);
    p.do_print(args, true);
    p.out.buf
}

/// A type as `%T` and `reflect.Type.String` spell it (`main.T`, `[]int`,
/// `struct { A int }`, `func(int) string`).
pub fn type_name(types: &Types, ty: TypeId) -> String {
    typename::type_string(types, ty)
}

/// `strconv.Quote` (or `strconv.QuoteToASCII` when `ascii_only`).
pub fn quote_string(s: &[u8], ascii_only: bool) -> Vec<u8> {
    quote::quote(s, ascii_only)
}

/// `strconv.QuoteRune` (or `strconv.QuoteRuneToASCII` when `ascii_only`).
pub fn quote_rune(r: i64, ascii_only: bool) -> Vec<u8> {
    quote::quote_rune(u32::try_from(r).unwrap_or(quote::RUNE_ERROR), ascii_only)
}

/// `strconv.IsPrint` / `unicode.IsPrint` (exact for Go 1.27's tables).
pub fn is_print(r: i64) -> bool {
    u32::try_from(r).is_ok_and(quote::is_print)
}
