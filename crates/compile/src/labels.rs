//! `break`, `continue` and `fallthrough`: each is a jump whose target is
//! patched when the breakable statement it leaves (the innermost, or the
//! one with its label) ends.

use super::Compiler;
use super::function::{Breakable, FnState};
use program::Op;
use syntax::ast::BranchKind;

impl Compiler<'_> {
    pub(super) fn branch(&mut self, st: &mut FnState, kind: BranchKind, label: Option<&str>) {
        match kind {
            BranchKind::Break | BranchKind::Continue => {
                let is_break = kind == BranchKind::Break;
                let j = st.op(Op::Jump(0));
                let target = st.breakables.iter_mut().rev().find(|b| match label {
                    Some(l) => b.label.as_deref() == Some(l),
                    None => is_break || b.is_loop,
                });
                if let Some(b) = target {
                    if is_break {
                        b.breaks.push(j);
                    } else {
                        b.continues.push(j);
                    }
                }
            }
            BranchKind::Fallthrough => {
                let j = st.op(Op::Jump(0));
                st.fallthrough.push(j);
            }
            BranchKind::Goto => {}
        }
    }

    pub(super) fn push_breakable(st: &mut FnState, label: Option<&str>, is_loop: bool) {
        st.breakables.push(Breakable {
            label: label.map(str::to_string),
            is_loop,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
    }

    /// Pops the innermost breakable, pointing its `continue`s at `cont`
    /// and its `break`s at the current position.
    pub(super) fn pop_breakable(st: &mut FnState, cont: Option<u32>) {
        let Some(b) = st.breakables.pop() else { return };
        for j in b.breaks {
            st.patch(j);
        }
        if let Some(c) = cont {
            for j in b.continues {
                if let Op::Jump(t) = &mut st.code[j] {
                    *t = c;
                }
            }
        }
    }
}
