//! Go types, interned in one table so that identical types have one id.
//!
//! Structural types (slices, maps, funcs, ...) are hash-consed: two `[]int`
//! written anywhere get the same [`TypeId`], so type identity is `==` on ids.
//! Named types are unique per declaration and point at their underlying type.

use crate::fnv::FnvMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

impl Basic {
    pub fn name(self) -> &'static str {
        match self {
            Basic::Invalid => "invalid type",
            Basic::Bool => "bool",
            Basic::Int => "int",
            Basic::Int8 => "int8",
            Basic::Int16 => "int16",
            Basic::Int32 => "int32",
            Basic::Int64 => "int64",
            Basic::Uint => "uint",
            Basic::Uint8 => "uint8",
            Basic::Uint16 => "uint16",
            Basic::Uint32 => "uint32",
            Basic::Uint64 => "uint64",
            Basic::Uintptr => "uintptr",
            Basic::Float32 => "float32",
            Basic::Float64 => "float64",
            Basic::String => "string",
            Basic::UntypedBool => "untyped bool",
            Basic::UntypedInt => "untyped int",
            Basic::UntypedRune => "untyped rune",
            Basic::UntypedFloat => "untyped float",
            Basic::UntypedString => "untyped string",
            Basic::UntypedNil => "untyped nil",
        }
    }

    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Basic::Int
                | Basic::Int8
                | Basic::Int16
                | Basic::Int32
                | Basic::Int64
                | Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
                | Basic::UntypedInt
                | Basic::UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        matches!(
            self,
            Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            Basic::UntypedBool
                | Basic::UntypedInt
                | Basic::UntypedRune
                | Basic::UntypedFloat
                | Basic::UntypedString
                | Basic::UntypedNil
        )
    }

    /// Width in bits of a sized integer type (`int` and `uint` are 64 bits,
    /// as on every platform the product imitates).
    pub fn int_bits(self) -> Option<u32> {
        Some(match self {
            Basic::Int8 | Basic::Uint8 => 8,
            Basic::Int16 | Basic::Uint16 => 16,
            Basic::Int32 | Basic::Uint32 => 32,
            Basic::Int | Basic::Int64 | Basic::Uint | Basic::Uint64 | Basic::Uintptr => 64,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, stored as `[]T`.
    pub variadic: bool,
}

/// A method of an interface: name and signature (without receiver).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    pub name: String,
    pub sig: TypeId,
}

/// Index of a named type in [`Types::named`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NamedId(pub u32);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(Basic),
    Named(NamedId),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    /// Methods sorted by name, embedded interfaces already flattened in.
    Interface(Vec<IfaceMethod>),
    /// An interface that only constraints may use: one with type terms
    /// (`~int | ~string`) or that embeds `comparable`. No value has it.
    Constraint {
        methods: Vec<IfaceMethod>,
        /// The union the type set is limited to; empty for no limit.
        terms: Vec<Term>,
        comparable: bool,
    },
    /// Multiple results of a call.
    Tuple(Vec<TypeId>),
}

/// `T` or `~T` in a constraint's union.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// A declared type name: `type T U` (or a predeclared named type like `error`).
#[derive(Clone, Debug)]
pub struct NamedType {
    pub name: String,
    /// Package path, empty for predeclared types (`error`).
    pub pkg: String,
    /// Filled once the declaration is resolved; `Invalid` until then.
    pub underlying: TypeId,
    /// Methods declared on `T` or `*T`, by name: the function object and
    /// whether the receiver is a pointer.
    pub methods: Vec<MethodRef>,
    /// The type arguments of an instance of a generic type (`Pair[int,
    /// string]`), written after its name.
    pub targs: Vec<TypeId>,
}

#[derive(Clone, Debug)]
pub struct MethodRef {
    pub name: String,
    pub func: crate::ObjId,
    pub ptr_recv: bool,
}

/// The table of all types of one checked program.
#[derive(Clone, Debug)]
pub struct Types {
    types: Vec<Type>,
    index: FnvMap<Type, TypeId>,
    pub named: Vec<NamedType>,
    /// `string`, once the universe has declared it (the runtime builds
    /// panic values of that type).
    string: TypeId,
}

pub const INVALID: TypeId = TypeId(0);

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Types {
    pub fn new() -> Types {
        let mut t = Types {
            types: Vec::new(),
            index: FnvMap::default(),
            named: Vec::new(),
            string: INVALID,
        };
        t.intern(Type::Basic(Basic::Invalid));
        t
    }

    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.index.get(&ty) {
            return id;
        }
        let id = TypeId(u32::try_from(self.types.len()).unwrap_or(u32::MAX));
        self.types.push(ty.clone());
        self.index.insert(ty, id);
        id
    }

    /// The id of a type already in the table (after checking, every type the
    /// program mentions is).
    pub fn find(&self, ty: &Type) -> Option<TypeId> {
        self.index.get(ty).copied()
    }

    pub fn get(&self, id: TypeId) -> &Type {
        self.types.get(id.0 as usize).unwrap_or(&self.types[0])
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    pub fn basic(&mut self, b: Basic) -> TypeId {
        let id = self.intern(Type::Basic(b));
        if b == Basic::String {
            self.string = id;
        }
        id
    }

    /// The type `string`: every checked program has it, because the
    /// universe declares it.
    pub fn string(&self) -> TypeId {
        self.string
    }

    pub fn new_named(&mut self, name: &str, pkg: &str) -> TypeId {
        let nid = NamedId(u32::try_from(self.named.len()).unwrap_or(u32::MAX));
        self.named.push(NamedType {
            name: name.into(),
            pkg: pkg.into(),
            underlying: INVALID,
            methods: Vec::new(),
            targs: Vec::new(),
        });
        self.intern(Type::Named(nid))
    }

    pub fn named_info(&self, id: TypeId) -> Option<&NamedType> {
        match self.get(id) {
            Type::Named(n) => self.named.get(n.0 as usize),
            _ => None,
        }
    }

    pub fn named_info_mut(&mut self, id: TypeId) -> Option<&mut NamedType> {
        match self.get(id).clone() {
            Type::Named(n) => self.named.get_mut(n.0 as usize),
            _ => None,
        }
    }

    /// The underlying type: follows named types (which never chain: a named
    /// type's underlying is never named).
    pub fn under(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named(n) => self
                .named
                .get(n.0 as usize)
                .map_or(INVALID, |n| n.underlying),
            _ => id,
        }
    }

    pub fn under_type(&self, id: TypeId) -> &Type {
        self.get(self.under(id))
    }

    /// How many runtime values a value of this type holds inline: one,
    /// unless it is an array or a struct (saturating, for huge arrays).
    pub fn values_in(&self, id: TypeId) -> u64 {
        match self.under_type(id) {
            Type::Array(n, el) => n.saturating_mul(self.values_in(*el)),
            Type::Struct(fields) => fields
                .iter()
                .fold(0u64, |sum, f| sum.saturating_add(self.values_in(f.ty))),
            _ => 1,
        }
    }

    pub fn basic_of(&self, id: TypeId) -> Option<Basic> {
        match self.under_type(id) {
            Type::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Named(_))
    }

    /// Whether the spec calls the type named: a declared type or one of
    /// the predeclared ones (`int`, `float64`, ...), as assignability's
    /// "at least one of V or T is not a named type" means it.
    pub fn has_type_name(&self, id: TypeId) -> bool {
        match self.get(id) {
            Type::Named(_) => true,
            Type::Basic(b) => !b.is_untyped(),
            _ => false,
        }
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under_type(id), Type::Interface(_))
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(b) if b.is_untyped())
    }

    pub fn is_invalid(&self, id: TypeId) -> bool {
        id == INVALID
    }

    pub fn pointer_elem(&self, id: TypeId) -> Option<TypeId> {
        match self.under_type(id) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.under_type(id) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn tuple_items(&self, id: TypeId) -> Vec<TypeId> {
        match self.get(id) {
            Type::Tuple(items) => items.clone(),
            _ => vec![id],
        }
    }

    /// Whether values of the type can be compared with `==`.
    pub fn comparable(&self, id: TypeId) -> bool {
        match self.under_type(id) {
            Type::Basic(b) => *b != Basic::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) | Type::Constraint { .. } => {
                true
            }
            Type::Struct(fields) => fields.iter().all(|f| self.comparable(f.ty)),
            Type::Array(_, e) => self.comparable(*e),
            Type::Slice(_) | Type::Map(..) | Type::Func(_) | Type::Tuple(_) | Type::Named(_) => {
                false
            }
        }
    }

    /// Whether `nil` is a valid value of the type.
    pub fn nilable(&self, id: TypeId) -> bool {
        matches!(
            self.under_type(id),
            Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Func(_)
                | Type::Interface(_)
        ) || matches!(self.get(id), Type::Basic(Basic::UntypedNil))
    }

    /// The methods of an interface type, sorted by name.
    pub fn iface_methods(&self, id: TypeId) -> &[IfaceMethod] {
        match self.under_type(id) {
            Type::Interface(m) | Type::Constraint { methods: m, .. } => m,
            _ => &[],
        }
    }

    /// The default type of an untyped constant type (`untyped int` → `int`).
    pub fn default_type(&mut self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Basic(Basic::UntypedBool) => self.basic(Basic::Bool),
            Type::Basic(Basic::UntypedInt) => self.basic(Basic::Int),
            Type::Basic(Basic::UntypedRune) => self.basic(Basic::Int32),
            Type::Basic(Basic::UntypedFloat) => self.basic(Basic::Float64),
            Type::Basic(Basic::UntypedString) => self.basic(Basic::String),
            _ => id,
        }
    }
}
