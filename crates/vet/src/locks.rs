//! Whether a type holds a lock, and the path to it in copylocks' words:
//! `command-line-arguments.Counter contains sync.Mutex`. A type is a lock
//! when its pointer has `Lock` and `Unlock` and the type itself does not
//! (so copying it copies the lock's state); a struct holds a lock when a
//! field does, an array when its elements do. Go's own types follow their
//! real layout in the prelude: `sync.WaitGroup` holds a `sync.noCopy`.

use types::{Found, Lookup, Type, TypeId, Types, lookup_member};

/// The path from `t` down to a lock it holds, outermost first, or `None`.
pub fn lock_path(types: &Types, t: TypeId) -> Option<String> {
    let mut seen = Vec::new();
    let mut path = path(types, t, &mut seen)?;
    path.reverse();
    Some(path.join(" contains "))
}

/// Innermost first, as it is built.
fn path(types: &Types, mut t: TypeId, seen: &mut Vec<TypeId>) -> Option<Vec<String>> {
    if seen.contains(&t) {
        return None;
    }
    seen.push(t);
    while let Type::Array(_, elem) = types.get(types.under(t)) {
        t = *elem;
    }
    if let Type::Tuple(items) = types.get(t) {
        return items.iter().find_map(|i| {
            let mut p = path(types, *i, seen)?;
            p.push(name(types, t));
            Some(p)
        });
    }
    let Type::Struct(fields) = types.get(types.under(t)) else {
        return None;
    };
    let is_lock = {
        let pointer = locker(types, t, true);
        pointer && !locker(types, t, false)
    };
    let no_copy = types
        .named_info(t)
        .is_some_and(|n| n.pkg == "sync" && n.name == "noCopy");
    if is_lock || no_copy {
        return Some(vec![name(types, t)]);
    }
    fields.iter().find_map(|f| {
        let mut p = path(types, f.ty, seen)?;
        p.push(name(types, t));
        Some(p)
    })
}

/// Whether `t` (or, with `pointer`, `*t`) has both `Lock` and `Unlock`.
fn locker(types: &Types, t: TypeId, pointer: bool) -> bool {
    ["Lock", "Unlock"].iter().all(|m| {
        matches!(
            lookup_member(types, t, m),
            Some(Lookup { found: Found::Method { ptr_recv, .. }, holder_is_ptr, .. })
                if pointer || !ptr_recv || holder_is_ptr
        )
    })
}

/// A type as go/types writes it with full package paths, the learner's
/// package being `command-line-arguments` (what `go vet prog.go` calls it).
pub fn name(types: &Types, t: TypeId) -> String {
    if let Some(n) = types.named_info(t) {
        let pkg = match n.pkg.as_str() {
            "main" => "command-line-arguments",
            p => p,
        };
        let mut s = if pkg.is_empty() {
            n.name.clone()
        } else {
            format!("{pkg}.{}", n.name)
        };
        if !n.targs.is_empty() {
            let args: Vec<String> = n.targs.iter().map(|a| name(types, *a)).collect();
            s = format!("{s}[{}]", args.join(","));
        }
        return s;
    }
    match types.get(t) {
        Type::Struct(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|f| {
                    if f.embedded {
                        name(types, f.ty)
                    } else {
                        format!("{} {}", f.name, name(types, f.ty))
                    }
                })
                .collect();
            format!("struct{{{}}}", fields.join("; "))
        }
        Type::Array(n, elem) => format!("[{n}]{}", name(types, *elem)),
        Type::Pointer(elem) => format!("*{}", name(types, *elem)),
        Type::Tuple(items) => {
            let items: Vec<String> = items.iter().map(|i| name(types, *i)).collect();
            format!("({})", items.join(", "))
        }
        _ => types::TypeString::new(types).qualified(t),
    }
}
