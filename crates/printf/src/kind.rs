//! The shape of a type as the printer needs it, independent of its name.

use types::{Basic, Type, TypeId, Types};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Invalid,
    Bool,
    Int { bits: u32, signed: bool },
    Float(u32),
    String,
    Ptr(TypeId),
    Slice(TypeId),
    Array(TypeId),
    Map(TypeId, TypeId),
    Chan,
    Func,
    Struct,
    Interface,
}

pub(crate) fn kind_of(types: &Types, ty: TypeId) -> Kind {
    match types.under_type(ty) {
        Type::Basic(b) => match b {
            Basic::Bool | Basic::UntypedBool => Kind::Bool,
            Basic::Int | Basic::Int64 | Basic::UntypedInt => Kind::Int {
                bits: 64,
                signed: true,
            },
            Basic::Int8 => Kind::Int {
                bits: 8,
                signed: true,
            },
            Basic::Int16 => Kind::Int {
                bits: 16,
                signed: true,
            },
            Basic::Int32 | Basic::UntypedRune => Kind::Int {
                bits: 32,
                signed: true,
            },
            Basic::Uint | Basic::Uint64 | Basic::Uintptr => Kind::Int {
                bits: 64,
                signed: false,
            },
            Basic::Uint8 => Kind::Int {
                bits: 8,
                signed: false,
            },
            Basic::Uint16 => Kind::Int {
                bits: 16,
                signed: false,
            },
            Basic::Uint32 => Kind::Int {
                bits: 32,
                signed: false,
            },
            Basic::Float32 => Kind::Float(32),
            Basic::Float64 | Basic::UntypedFloat => Kind::Float(64),
            Basic::String | Basic::UntypedString => Kind::String,
            Basic::Invalid | Basic::UntypedNil => Kind::Invalid,
        },
        Type::Pointer(e) => Kind::Ptr(*e),
        Type::Slice(e) => Kind::Slice(*e),
        Type::Array(_, e) => Kind::Array(*e),
        Type::Map(k, v) => Kind::Map(*k, *v),
        Type::Chan(..) => Kind::Chan,
        Type::Func(_) => Kind::Func,
        Type::Struct(_) => Kind::Struct,
        Type::Interface(_) | Type::Constraint { .. } => Kind::Interface,
        Type::Named(_) | Type::Tuple(_) => Kind::Invalid,
    }
}

/// The integer's bits as Go's `uint64(v)` would give them: sign-extended
/// from `bits` if signed, zero-extended otherwise.
pub(crate) fn int_bits(v: i64, bits: u32, signed: bool) -> u64 {
    if bits >= 64 {
        return v as u64;
    }
    let shift = 64 - bits;
    if signed {
        ((v << shift) >> shift) as u64
    } else {
        ((v as u64) << shift) >> shift
    }
}

/// A struct type's fields: name, type, and whether the name is exported
/// (only exported fields' values can be handed to `String`/`Error`).
pub(crate) fn struct_fields(types: &Types, ty: TypeId) -> Vec<(String, TypeId, bool)> {
    match types.under_type(ty) {
        Type::Struct(fields) => fields
            .iter()
            .map(|f| (f.name.clone(), f.ty, is_exported(&f.name)))
            .collect(),
        _ => Vec::new(),
    }
}

pub(crate) fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a value of this dynamic type can have methods at all (named
/// types, pointers to them, structs embedding them).
pub(crate) fn may_have_methods(types: &Types, ty: TypeId) -> bool {
    match types.get(ty) {
        Type::Named(_) => true,
        Type::Pointer(e) => {
            matches!(types.get(*e), Type::Named(_))
                || matches!(types.get(*e), Type::Struct(f) if f.iter().any(|f| f.embedded))
        }
        Type::Struct(fields) => fields.iter().any(|f| f.embedded),
        _ => false,
    }
}
