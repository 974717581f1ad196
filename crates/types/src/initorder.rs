//! The order in which package variables are initialised (go/types'
//! initorder.go): the package-level objects each initializer or function
//! body refers to, and Go's rule that the earliest-declared variable whose
//! dependencies are all initialised goes next.

use crate::VarInit;
use crate::check::Checker;
use crate::fnv::{FnvMap, FnvSet};
use crate::object::{ObjId, PkgId};
use crate::resolver::DeclSite;

impl Checker<'_> {
    /// Records that the declaration being checked refers to package-level `obj`.
    pub fn record_dep(&mut self, obj: ObjId) {
        if let Some(cur) = self.cur_decl {
            if self.sites.contains_key(&obj) && cur != obj {
                self.deps.entry(cur).or_default().insert(obj);
            }
        }
    }

    /// Go's rule: repeatedly initialise the earliest-declared variable
    /// whose dependencies (through functions too) are all initialised.
    pub(crate) fn order_var_inits(&mut self, pkg: PkgId, objs: &[ObjId]) {
        let is_var = |c: &Self, o: ObjId| matches!(c.sites.get(&o), Some(DeclSite::Var { .. }));
        let vars: Vec<ObjId> = objs.iter().copied().filter(|&o| is_var(self, o)).collect();
        // Sets only asked whether they contain a variable: no order needed.
        let mut var_deps: FnvMap<ObjId, FnvSet<ObjId>> = FnvMap::default();
        for &v in &vars {
            let mut seen = FnvSet::default();
            let mut stack: Vec<ObjId> = self
                .deps
                .get(&v)
                .map(|d| d.iter().copied().collect())
                .unwrap_or_default();
            let mut out = FnvSet::default();
            while let Some(d) = stack.pop() {
                if !seen.insert(d) {
                    continue;
                }
                if is_var(self, d) {
                    if d != v {
                        out.insert(d);
                    }
                } else if let Some(more) = self.deps.get(&d) {
                    stack.extend(more.iter().copied());
                }
            }
            var_deps.insert(v, out);
        }
        let mut done: FnvSet<ObjId> = FnvSet::default();
        let mut inits = Vec::new();
        while done.len() < vars.len() {
            let next = vars
                .iter()
                .copied()
                .find(|v| !done.contains(v) && var_deps[v].iter().all(|d| done.contains(d)));
            let Some(v) = next.or_else(|| vars.iter().copied().find(|v| !done.contains(v))) else {
                break;
            };
            let Some(DeclSite::Var {
                file, decl, spec, ..
            }) = self.sites.get(&v).copied()
            else {
                break;
            };
            let Some(vs) = self.value_spec(file, decl, spec) else {
                break;
            };
            let group: Vec<ObjId> = if vs.values.len() == 1 && vs.names.len() > 1 {
                vars.iter().copied().filter(|o| matches!(self.sites.get(o), Some(DeclSite::Var { file: f, decl: d, spec: s, .. }) if *f == file && *d == decl && *s == spec)).collect()
            } else {
                vec![v]
            };
            let values = match self.sites.get(&v) {
                Some(DeclSite::Var { name, .. }) if vs.values.len() == vs.names.len() => {
                    vec![vs.values[*name].clone()]
                }
                _ => vs.values.clone(),
            };
            for g in &group {
                done.insert(*g);
            }
            inits.push(VarInit {
                vars: group,
                values,
                file,
            });
        }
        self.packages[pkg.0 as usize].var_inits = inits;
    }
}
