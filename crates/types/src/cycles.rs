//! Types that contain themselves (go/types' `validType`): a struct field or
//! an array element of the type being declared, directly or through other
//! declared types. Pointers, slices, maps, channels, functions and
//! interfaces hold a reference, not a copy, and end the search.
//!
//! A cycle is reported once, at the type declared first in the source, and
//! every type in it becomes invalid: the engine lays values out by their
//! types and must never meet an infinite one.

use crate::check::Checker;
use crate::errors::TypeError;
use crate::object::{ObjId, ObjKind};
use crate::ty::{INVALID, Type, TypeId};

impl Checker<'_> {
    /// Checks the just-declared named type `named` for a cycle.
    pub(crate) fn check_recursive_type(&mut self, named: TypeId) {
        let mut path = Vec::new();
        let mut done = Vec::new();
        if let Some(cycle) = self.find_cycle(named, &mut path, &mut done) {
            self.report_cycle(&cycle);
            for t in cycle {
                if let Some(info) = self.types.named_info_mut(t) {
                    info.underlying = INVALID;
                }
            }
        }
    }

    /// The named types of a cycle reachable from `ty` by value, in order.
    fn find_cycle(
        &self,
        ty: TypeId,
        path: &mut Vec<TypeId>,
        done: &mut Vec<TypeId>,
    ) -> Option<Vec<TypeId>> {
        match self.types.get(ty) {
            Type::Named(_) => {
                if let Some(i) = path.iter().position(|&t| t == ty) {
                    return Some(path[i..].to_vec());
                }
                if done.contains(&ty) {
                    return None;
                }
                path.push(ty);
                let under = self.types.under(ty);
                let found = self.find_cycle(under, path, done);
                path.pop();
                done.push(ty);
                found
            }
            Type::Array(_, el) => self.find_cycle(*el, path, done),
            Type::Struct(fields) => fields
                .iter()
                .find_map(|f| self.find_cycle(f.ty, path, done)),
            _ => None,
        }
    }

    /// go/types' `cycleError`: `T refers to itself`, or the whole cycle
    /// from the type declared first, each step at its declaration.
    fn report_cycle(&mut self, cycle: &[TypeId]) {
        let objs: Vec<Option<ObjId>> = cycle.iter().map(|&t| self.type_obj(t)).collect();
        let name = |c: &Self, i: usize| c.type_str(cycle[i]);
        let start = (0..cycle.len())
            .min_by_key(|&i| objs[i].map(|o| (self.obj(o).file.map(|f| f.0), self.obj(o).span.lo)))
            .unwrap_or(0);
        let Some(first) = objs[start] else { return };
        let span = self.obj(first).span;
        let msg = if cycle.len() == 1 {
            format!(
                "invalid recursive type: {} refers to itself",
                name(self, start)
            )
        } else {
            let mut msg = format!("invalid recursive type {}", name(self, start));
            for k in 0..cycle.len() {
                let (i, j) = ((start + k) % cycle.len(), (start + k + 1) % cycle.len());
                let at = objs[i].map_or_else(String::new, |o| {
                    let o = self.obj(o);
                    self.pos_in(o.file.unwrap_or(self.cur_file), o.span)
                });
                msg.push_str(&format!(
                    "\n\t{at}: {} refers to {}",
                    name(self, i),
                    name(self, j)
                ));
            }
            msg
        };
        self.error(span, TypeError::Message(msg));
    }

    /// The object that declares the named type `ty` (for an instance, its
    /// generic type).
    fn type_obj(&self, ty: TypeId) -> Option<ObjId> {
        if let Some(&g) = self.instance_origin.get(&ty) {
            return Some(g);
        }
        self.objects
            .iter()
            .rposition(|o| matches!(o.kind, ObjKind::TypeName { ty: t } if t == ty))
            .and_then(|i| u32::try_from(i).ok())
            .map(ObjId)
    }
}
