//! What the formatter needs from the machine. Formatting is pure apart
//! from this: reading heap objects, and calling a value's `String` or
//! `Error` method (which runs Go code, so only the machine can do it).

use program::value::{ObjId, Ptr, SliceVal, Value};
use types::{TypeId, Types};

/// The outcome of calling a `String() string` or `Error() string` method.
pub enum MethodCall {
    /// The type has no such method (with that exact signature).
    Absent,
    /// The method returned these bytes.
    Returned(Vec<u8>),
    /// The method panicked; the text is the panic value as `fmt` shows it
    /// inside `%!v(PANIC=String method: TEXT)`.
    Panicked(String),
}

pub trait FmtHost {
    /// The program's type table (for names, struct fields, element types).
    fn types(&self) -> &Types;
    /// The value a pointer points to (`Nil` if the pointer is dangling).
    fn load(&self, p: &Ptr) -> Value;
    /// The elements of a slice, in order.
    fn slice_elems(&self, s: &SliceVal) -> Vec<Value>;
    /// The entries of a map, in no particular order.
    fn map_entries(&self, m: ObjId) -> Vec<(Value, Value)>;
    /// Calls method `name` ("String" or "Error") on `v`, whose dynamic type
    /// is `ty`, if the type's method set has `name() string`.
    fn call_string_method(&mut self, v: &Value, ty: TypeId, name: &str) -> MethodCall;
    /// A stable, deterministic fake address for a pointer, channel, map or
    /// function value, as `%p` and nested pointers print it (`0xc000012345`).
    fn address(&self, v: &Value) -> u64;
}
