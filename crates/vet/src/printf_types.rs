//! Which argument types a printf verb accepts (go vet's `matchArgType`):
//! `%d` integers and pointers, `%s` strings, byte slices and values with a
//! `String` or `Error` method, `%v` anything, and composite values when
//! each of their elements would do. A value whose type formats itself
//! (`Format(fmt.State, rune)`) or is an interface is never questioned.

use types::ty::INVALID;
use types::{Basic, Checked, Found, ObjKind, Type, TypeId, lookup_member};

/// The kinds of value a verb accepts, as a bit set.
pub type ArgKinds = u16;
pub const BOOL: ArgKinds = 1;
pub const BYTE: ArgKinds = 1 << 1;
pub const INT: ArgKinds = 1 << 2;
pub const RUNE: ArgKinds = 1 << 3;
pub const STRING: ArgKinds = 1 << 4;
pub const FLOAT: ArgKinds = 1 << 5;
pub const COMPLEX: ArgKinds = 1 << 6;
pub const POINTER: ArgKinds = 1 << 7;
pub const ERROR: ArgKinds = 1 << 8;
pub const ANY: ArgKinds = u16::MAX;

/// Whether a value of type `t` suits a verb accepting `kinds`.
pub fn matches(ck: &Checked, kinds: ArgKinds, t: TypeId) -> bool {
    if kinds == ANY {
        return true;
    }
    Matcher {
        ck,
        kinds,
        seen: Vec::new(),
    }
    .matches(t, true)
}

struct Matcher<'a> {
    ck: &'a Checked,
    kinds: ArgKinds,
    seen: Vec<TypeId>,
}

impl Matcher<'_> {
    fn matches(&mut self, t: TypeId, top: bool) -> bool {
        let ck = self.ck;
        let types = &ck.types;
        if self.kinds == ERROR {
            return is_error(ck, t);
        }
        if is_formatter(ck, t) {
            return true;
        }
        if self.kinds & STRING != 0 && converts_to_string(ck, t) {
            return true;
        }
        let under = types.under(t);
        if self.seen.contains(&under) {
            return true;
        }
        self.seen.push(under);
        let k = self.kinds;
        match types.get(under).clone() {
            Type::Func(_) => k == POINTER,
            Type::Map(key, elem) => {
                k == POINTER || (self.matches(key, false) && self.matches(elem, false))
            }
            Type::Chan(..) => k & POINTER != 0,
            Type::Array(_, elem) => {
                (is_byte(types, elem) && k & STRING != 0) || self.matches(elem, false)
            }
            Type::Slice(elem) => {
                (is_byte(types, elem) && k & STRING != 0)
                    || k == POINTER
                    || self.matches(elem, false)
            }
            Type::Pointer(elem) => {
                if elem == INVALID || k == POINTER {
                    return true;
                }
                let inner = types.under(elem);
                match types.get(inner) {
                    Type::Struct(_) | Type::Array(..) | Type::Slice(_) | Type::Map(..) => {
                        top && self.matches(inner, false)
                    }
                    _ => k & POINTER != 0,
                }
            }
            Type::Struct(fields) => fields.iter().all(|f| {
                self.matches(f.ty, false)
                    && !(k & STRING != 0 && !is_exported(&f.name) && converts_to_string(ck, f.ty))
            }),
            Type::Interface(_) | Type::Constraint { .. } => true,
            Type::Basic(b) => match b {
                Basic::Bool | Basic::UntypedBool => k & BOOL != 0,
                Basic::Uint8 => k & (INT | BYTE) != 0,
                Basic::Int32 | Basic::UntypedRune => k & (INT | RUNE) != 0,
                Basic::Float32 | Basic::Float64 | Basic::UntypedFloat => k & FLOAT != 0,
                Basic::String | Basic::UntypedString => k & STRING != 0,
                Basic::UntypedNil => false,
                Basic::Invalid => true,
                _ => k & INT != 0,
            },
            Type::Named(_) | Type::Tuple(_) => false,
        }
    }
}

fn is_byte(types: &types::Types, t: TypeId) -> bool {
    matches!(types.get(types.under(t)), Type::Basic(Basic::Uint8))
}

fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The function type of the method `name` in `t`'s method set (a
/// pointer method only when `t` is a pointer), or of an interface's.
pub fn method_sig(ck: &Checked, t: TypeId, name: &str) -> Option<TypeId> {
    let l = lookup_member(&ck.types, t, name)?;
    match l.found {
        Found::Method { func, ptr_recv } if !ptr_recv || l.holder_is_ptr => {
            match ck.object(func).kind {
                ObjKind::Func { ty, .. } => Some(ty),
                _ => None,
            }
        }
        Found::IfaceMethod { sig } => Some(sig),
        _ => None,
    }
}

/// Whether `t` has the method `name` with the signature `func() string`.
fn has_string_method(ck: &Checked, t: TypeId, name: &str) -> bool {
    method_sig(ck, t, name)
        .and_then(|ty| ck.types.signature(ty))
        .is_some_and(|s| s.params.is_empty() && !s.variadic && is_string_result(ck, &s.results))
}

/// Exactly one result, of the predeclared type `string`.
pub fn is_string_result(ck: &Checked, results: &[TypeId]) -> bool {
    matches!(results, [r] if matches!(ck.types.get(*r), Type::Basic(Basic::String)))
}

/// Whether `t` satisfies `error`.
pub fn is_error(ck: &Checked, t: TypeId) -> bool {
    has_string_method(ck, t, "Error")
}

/// go vet's `isConvertibleToString`: an error, or a `String() string`.
pub fn converts_to_string(ck: &Checked, t: TypeId) -> bool {
    !matches!(ck.types.get(t), Type::Basic(Basic::UntypedNil))
        && (is_error(ck, t) || has_string_method(ck, t, "String"))
}

/// An interface value, or a type with `Format(fmt.State, rune)`: it
/// decides for itself how each verb prints it.
pub fn is_formatter(ck: &Checked, t: TypeId) -> bool {
    let types = &ck.types;
    if matches!(types.get(types.under(t)), Type::Interface(_)) {
        return true;
    }
    method_sig(ck, t, "Format")
        .and_then(|ty| types.signature(ty))
        .is_some_and(|s| {
            s.results.is_empty()
                && matches!(s.params.as_slice(), [state, r]
                    if matches!(types.get(*r), Type::Basic(Basic::Int32))
                        && types.named_info(*state).is_some_and(|n| n.pkg == "fmt" && n.name == "State"))
        })
}
