//! Field and method lookup through embedded fields (shallowest depth wins,
//! as in Go), method sets, and interface satisfaction.

use crate::check::Checker;
use crate::object::ObjId;
use crate::ty::{Type, TypeId, Types};

#[derive(Clone, Debug)]
pub enum Found {
    Field { ty: TypeId },
    Method { func: ObjId, ptr_recv: bool },
    IfaceMethod { sig: TypeId },
}

#[derive(Clone, Debug)]
pub struct Lookup {
    pub found: Found,
    /// Field indices of the embedded fields leading to the result, then the
    /// field's own index for a field.
    pub path: Vec<u32>,
    /// For each step of `path`, whether the value is a pointer to follow first.
    pub derefs: Vec<bool>,
    /// Whether the value the member was found on (after `path`) is a pointer.
    pub holder_is_ptr: bool,
    /// Whether that value is addressable because a pointer was followed on
    /// the way: then pointer methods of embedded values are reachable too.
    pub holder_addressable: bool,
}

enum LookupErr {
    NotFound,
    Ambiguous,
}

/// One node of the breadth-first search: a type reached by `path`, and
/// whether the value at that point is a pointer.
struct Step {
    ty: TypeId,
    path: Vec<u32>,
    derefs: Vec<bool>,
    is_ptr: bool,
    addressable: bool,
    /// The same type was reached more than once at this depth, so anything
    /// found in it is ambiguous (go/types' `consolidateMultiples`).
    multiples: bool,
}

/// Breadth-first search through embedded fields: the shallowest match wins,
/// two at the same depth are ambiguous.
fn find(types: &Types, ty: TypeId, name: &str) -> Result<Lookup, LookupErr> {
    let start = match types.get(ty) {
        Type::Pointer(e) => Step {
            ty: *e,
            path: vec![],
            derefs: vec![],
            is_ptr: true,
            addressable: true,
            multiples: false,
        },
        _ => Step {
            ty,
            path: vec![],
            derefs: vec![],
            is_ptr: false,
            addressable: false,
            multiples: false,
        },
    };
    let mut level = vec![start];
    let mut seen: Vec<TypeId> = Vec::new();
    while !level.is_empty() {
        let mut hits: Vec<Lookup> = Vec::new();
        let mut next = Vec::new();
        let mut ambiguous = false;
        for step in consolidate(level) {
            let before = hits.len();
            if types.is_named(step.ty) {
                if seen.contains(&step.ty) {
                    continue;
                }
                seen.push(step.ty);
                if let Some(m) = types
                    .named_info(step.ty)
                    .and_then(|i| i.methods.iter().find(|m| m.name == name))
                {
                    hits.push(Lookup {
                        found: Found::Method {
                            func: m.func,
                            ptr_recv: m.ptr_recv,
                        },
                        path: step.path.clone(),
                        derefs: step.derefs.clone(),
                        holder_is_ptr: step.is_ptr,
                        holder_addressable: step.addressable,
                    });
                    ambiguous |= step.multiples;
                    continue;
                }
            }
            match types.under_type(step.ty) {
                Type::Struct(fields) => {
                    for (i, f) in fields.iter().enumerate() {
                        let mut path = step.path.clone();
                        path.push(u32::try_from(i).unwrap_or(u32::MAX));
                        let mut derefs = step.derefs.clone();
                        derefs.push(step.is_ptr);
                        if f.name == name {
                            hits.push(Lookup {
                                found: Found::Field { ty: f.ty },
                                path: path.clone(),
                                derefs: derefs.clone(),
                                holder_is_ptr: false,
                                holder_addressable: step.addressable,
                            });
                        }
                        if f.embedded {
                            let (inner, is_ptr) = match types.get(f.ty) {
                                Type::Pointer(e) => (*e, true),
                                _ => (f.ty, false),
                            };
                            next.push(Step {
                                ty: inner,
                                path,
                                derefs,
                                is_ptr,
                                addressable: is_ptr || step.addressable,
                                multiples: step.multiples,
                            });
                        }
                    }
                }
                Type::Interface(methods) => {
                    if let Some(m) = methods.iter().find(|m| m.name == name) {
                        hits.push(Lookup {
                            found: Found::IfaceMethod { sig: m.sig },
                            path: step.path.clone(),
                            derefs: step.derefs.clone(),
                            holder_is_ptr: step.is_ptr,
                            holder_addressable: step.addressable,
                        });
                    }
                }
                _ => {}
            }
            ambiguous |= step.multiples && hits.len() > before;
        }
        match hits.len() {
            0 => level = next,
            1 if !ambiguous => return Ok(hits.remove(0)),
            _ => return Err(LookupErr::Ambiguous),
        }
    }
    Err(LookupErr::NotFound)
}

/// One step per type at a depth, marked when the type was reached more
/// than once there.
fn consolidate(level: Vec<Step>) -> Vec<Step> {
    let mut out: Vec<Step> = Vec::with_capacity(level.len());
    for step in level {
        match out.iter_mut().find(|s| s.ty == step.ty) {
            Some(first) => first.multiples = true,
            None => out.push(step),
        }
    }
    out
}

impl Checker<'_> {
    /// Looks up `name` on a value of type `ty`. `Err(true)` means ambiguous.
    pub fn lookup_member(&mut self, ty: TypeId, name: &str) -> Result<Lookup, bool> {
        match find(&self.types, ty, name) {
            Ok(l) => {
                if let Found::Method { func, .. } = l.found {
                    self.resolve(func);
                }
                Ok(l)
            }
            Err(LookupErr::Ambiguous) => Err(true),
            Err(LookupErr::NotFound) => Err(false),
        }
    }

    /// Whether `ty` implements interface `iface`; `Err` holds Go's reason,
    /// e.g. `(missing method Close)`.
    pub fn implements(&mut self, ty: TypeId, iface: TypeId) -> Result<(), String> {
        let methods = self.types.iface_methods(iface).to_vec();
        let ty_is_iface = self.types.is_interface(ty);
        for m in methods {
            if ty_is_iface {
                match self
                    .types
                    .iface_methods(ty)
                    .iter()
                    .find(|x| x.name == m.name)
                {
                    Some(x) if x.sig == m.sig => continue,
                    Some(_) => return Err(format!("(wrong type for method {})", m.name)),
                    None => return Err(format!("(missing method {})", m.name)),
                }
            }
            match self.lookup_member(ty, &m.name) {
                Ok(Lookup {
                    found: Found::Method { func, ptr_recv },
                    holder_addressable,
                    ..
                }) => {
                    let sig = self.obj(func).ty();
                    if sig != m.sig {
                        return Err(format!("(wrong type for method {})", m.name));
                    }
                    if ptr_recv && !holder_addressable {
                        return Err(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                Ok(Lookup {
                    found: Found::IfaceMethod { sig },
                    ..
                }) => {
                    if sig != m.sig {
                        return Err(format!("(wrong type for method {})", m.name));
                    }
                }
                _ => return Err(format!("(missing method {})", m.name)),
            }
        }
        Ok(())
    }
}

/// Looks up a field or method by name on a value of type `ty`, as the
/// checker does (for the compiler's method tables).
pub fn lookup_member(types: &Types, ty: TypeId, name: &str) -> Option<Lookup> {
    find(types, ty, name).ok()
}

/// The first method of `iface` that `ty` lacks, for callers outside the checker.
pub fn implements_missing(types: &Types, ty: TypeId, iface: TypeId) -> Option<String> {
    for m in types.iface_methods(iface) {
        match find(types, ty, &m.name) {
            Ok(Lookup {
                found: Found::Method { .. } | Found::IfaceMethod { .. },
                ..
            }) => {}
            _ => return Some(m.name.clone()),
        }
    }
    None
}
