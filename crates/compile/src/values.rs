//! Static facts turned into runtime representation: zero values, constant
//! values, arithmetic kinds.

use super::Compiler;
use program::NumKind;
use program::value::Value;
use types::{Basic, ConstValue, Type, TypeId};

impl Compiler<'_> {
    /// Go's zero value of a type.
    pub fn zero_value(&self, ty: TypeId) -> Value {
        let types = &self.ck.types;
        match types.under_type(ty) {
            Type::Basic(b) => match b {
                Basic::Bool | Basic::UntypedBool => Value::Bool(false),
                Basic::String | Basic::UntypedString => Value::str(""),
                b if b.is_float() => Value::Float(0.0),
                b if b.is_integer() => Value::Int(0),
                _ => Value::Nil,
            },
            Type::Struct(fields) => {
                Value::Agg(fields.iter().map(|f| self.zero_value(f.ty)).collect())
            }
            Type::Array(n, el) => {
                let z = self.zero_value(*el);
                // Bounded by the checker: at most 2^20 values inline.
                Value::Agg(vec![z; *n as usize].into_boxed_slice())
            }
            _ => Value::Nil,
        }
    }

    /// A constant as a runtime value of type `ty`.
    pub fn const_value(&self, v: &ConstValue, ty: TypeId) -> Value {
        let kind = self.num_kind(ty);
        match v {
            ConstValue::Bool(b) => Value::Bool(*b),
            ConstValue::Str(s) => Value::bytes(s),
            ConstValue::Int(i) if kind.is_some_and(NumKind::is_float) => Value::Float(*i as f64),
            ConstValue::Int(i) => Value::Int(kind.map_or(*i as i64, |k| k.wrap(*i as i64))),
            ConstValue::Rat(n, d) => {
                // Rounded once, to float32's precision for a float32.
                let float32 = kind == Some(NumKind::F32);
                Value::Float(types::constant::ratio_to_float(*n, *d, float32))
            }
            ConstValue::Float(f) if kind.is_some_and(|k| !k.is_float() && k != NumKind::Str) => {
                Value::Int(*f as i64)
            }
            ConstValue::Float(f) if kind == Some(NumKind::F32) => {
                Value::Float(f64::from(*f as f32))
            }
            ConstValue::Float(f) => Value::Float(*f),
        }
    }

    /// The arithmetic kind of a basic type (after following named types).
    pub fn num_kind(&self, ty: TypeId) -> Option<NumKind> {
        Some(match self.ck.types.basic_of(ty)? {
            Basic::Int8 => NumKind::I8,
            Basic::Int16 => NumKind::I16,
            Basic::Int32 | Basic::UntypedRune => NumKind::I32,
            Basic::Int | Basic::Int64 | Basic::UntypedInt => NumKind::I64,
            Basic::Uint8 => NumKind::U8,
            Basic::Uint16 => NumKind::U16,
            Basic::Uint32 => NumKind::U32,
            Basic::Uint | Basic::Uint64 | Basic::Uintptr => NumKind::U64,
            Basic::Float32 => NumKind::F32,
            Basic::Float64 | Basic::UntypedFloat => NumKind::F64,
            Basic::String | Basic::UntypedString => NumKind::Str,
            Basic::Bool | Basic::UntypedBool => NumKind::Bool,
            Basic::Invalid | Basic::UntypedNil => return None,
        })
    }

    pub fn is_iface(&self, ty: TypeId) -> bool {
        self.ck.types.is_interface(ty)
    }
}

impl Compiler<'_> {
    /// The family of Go's map functions a map with key type `key` uses,
    /// as `cmd/compile` picks it (`mapfast`): by the key's memory layout.
    pub(crate) fn map_kind(&self, key: TypeId) -> program::MapKind {
        use program::MapKind;
        match self.ck.types.under_type(key) {
            Type::Basic(Basic::Int32 | Basic::Uint32) => MapKind::Fast32,
            Type::Basic(
                Basic::Int | Basic::Int64 | Basic::Uint | Basic::Uint64 | Basic::Uintptr,
            ) => MapKind::Fast64,
            Type::Basic(Basic::String) => MapKind::FastStr,
            Type::Pointer(_) | Type::Chan(..) => MapKind::Fast64Ptr,
            _ => MapKind::Generic,
        }
    }
}
