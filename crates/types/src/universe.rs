//! The universe scope: predeclared types, constants, `nil` and builtins.

use crate::constant::ConstValue;
use crate::fnv::FnvMap;
use crate::object::{Builtin, ObjKind, Object, PkgId};
use crate::ty::{Basic, IfaceMethod, Signature, Type, Types};
use syntax::Span;

/// Name of the pseudo-package that owns universe objects.
pub const UNIVERSE_PKG: PkgId = PkgId(u32::MAX);

pub struct Universe {
    pub scope: FnvMap<String, crate::ObjId>,
    pub any_type: crate::TypeId,
}

/// Adds the universe objects to `objects` and `types`.
pub fn build(types: &mut Types, objects: &mut Vec<Object>) -> Universe {
    let mut scope = FnvMap::default();
    let mut add = |objects: &mut Vec<Object>, name: &str, kind: ObjKind| {
        let id = crate::ObjId(u32::try_from(objects.len()).unwrap_or(u32::MAX));
        objects.push(Object {
            name: name.into(),
            kind,
            pkg: UNIVERSE_PKG,
            file: None,
            span: Span::default(),
        });
        scope.insert(name.to_string(), id);
    };
    let basics = [
        ("bool", Basic::Bool),
        ("int", Basic::Int),
        ("int8", Basic::Int8),
        ("int16", Basic::Int16),
        ("int32", Basic::Int32),
        ("int64", Basic::Int64),
        ("uint", Basic::Uint),
        ("uint8", Basic::Uint8),
        ("uint16", Basic::Uint16),
        ("uint32", Basic::Uint32),
        ("uint64", Basic::Uint64),
        ("uintptr", Basic::Uintptr),
        ("float32", Basic::Float32),
        ("float64", Basic::Float64),
        ("string", Basic::String),
        ("byte", Basic::Uint8),
        ("rune", Basic::Int32),
    ];
    for (name, b) in basics {
        let ty = types.basic(b);
        add(objects, name, ObjKind::TypeName { ty });
    }
    let any_type = types.intern(Type::Interface(Vec::new()));
    add(objects, "any", ObjKind::TypeName { ty: any_type });

    let string = types.basic(Basic::String);
    let error_sig = types.intern(Type::Func(Signature {
        params: vec![],
        results: vec![string],
        variadic: false,
    }));
    let error_type = types.new_named("error", "");
    let error_under = types.intern(Type::Interface(vec![IfaceMethod {
        name: "Error".into(),
        sig: error_sig,
    }]));
    if let Some(info) = types.named_info_mut(error_type) {
        info.underlying = error_under;
    }
    add(objects, "error", ObjKind::TypeName { ty: error_type });
    let comparable = types.new_named("comparable", "");
    let comparable_under = types.intern(Type::Constraint {
        methods: Vec::new(),
        terms: Vec::new(),
        comparable: true,
    });
    if let Some(info) = types.named_info_mut(comparable) {
        info.underlying = comparable_under;
    }
    add(objects, "comparable", ObjKind::TypeName { ty: comparable });

    let ubool = types.basic(Basic::UntypedBool);
    add(
        objects,
        "true",
        ObjKind::Const {
            ty: ubool,
            value: ConstValue::Bool(true),
        },
    );
    add(
        objects,
        "false",
        ObjKind::Const {
            ty: ubool,
            value: ConstValue::Bool(false),
        },
    );
    add(objects, "nil", ObjKind::Nil);
    let builtins = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Close,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Recover,
        Builtin::Clear,
    ];
    for b in builtins {
        add(objects, b.name(), ObjKind::Builtin(b));
    }
    Universe { scope, any_type }
}
