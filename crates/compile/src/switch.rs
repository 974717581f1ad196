//! Expression and type switches: a chain of comparisons or type tests that
//! jump to the clause bodies, `default` when none matches, `fallthrough`
//! into the next body, and the type switch's variable in each clause.

use super::Compiler;
use super::function::FnState;
use program::{CmpOp, Op};
use syntax::ast::{self, Expr};

impl Compiler<'_> {
    pub(super) fn switch(
        &mut self,
        st: &mut FnState,
        tag: Option<&Expr>,
        clauses: &[ast::CaseClause],
        label: Option<&str>,
    ) {
        let tag_ty = tag.map(|t| self.type_of(st, t));
        let tmp = st.temp();
        if let Some(t) = tag {
            self.expr(st, t);
            st.op(Op::Store(tmp));
        }
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for c in clauses {
            let mut js = Vec::new();
            for e in c.exprs.iter().flatten() {
                match tag_ty {
                    Some(tt) => {
                        st.op(Op::Load(tmp));
                        self.expr_to(st, e, tt);
                        match self.num_kind(tt) {
                            Some(k) if !self.is_iface(tt) => st.op(Op::Cmp(CmpOp::Eq, k)),
                            _ => st.op(Op::EqAny(false)),
                        };
                    }
                    None => self.expr(st, e),
                }
                js.push(st.op(Op::JumpIfTrue(0)));
            }
            body_jumps.push(js);
        }
        let default_jump = st.op(Op::Jump(0));
        Self::push_breakable(st, label, false);
        let mut end_jumps = Vec::new();
        let mut default_start = None;
        for (c, js) in clauses.iter().zip(body_jumps) {
            for j in std::mem::take(&mut st.fallthrough) {
                st.patch(j);
            }
            if c.exprs.is_none() {
                default_start = Some(st.here());
            }
            for j in js {
                st.patch(j);
            }
            self.stmts(st, &c.body);
            end_jumps.push(st.op(Op::Jump(0)));
        }
        for j in std::mem::take(&mut st.fallthrough) {
            st.patch(j);
        }
        Self::finish_switch(st, default_jump, default_start, end_jumps);
    }

    /// Ends a (type) switch: the jump taken when no case matched goes to
    /// `default` if there is one, else past the switch, as do the jumps
    /// out of every clause.
    fn finish_switch(
        st: &mut FnState,
        default_jump: usize,
        default_start: Option<u32>,
        mut end_jumps: Vec<usize>,
    ) {
        match default_start {
            Some(d) => {
                if let Op::Jump(t) = &mut st.code[default_jump] {
                    *t = d;
                }
            }
            None => end_jumps.push(default_jump),
        }
        for j in end_jumps {
            st.patch(j);
        }
        Self::pop_breakable(st, None);
    }

    pub(super) fn type_switch(
        &mut self,
        st: &mut FnState,
        bind: Option<&ast::Ident>,
        x: &Expr,
        clauses: &[ast::CaseClause],
        label: Option<&str>,
    ) {
        let tmp = st.temp();
        self.expr(st, x);
        st.op(Op::Store(tmp));
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for c in clauses {
            let mut js = Vec::new();
            for e in c.exprs.iter().flatten() {
                st.op(Op::Load(tmp));
                if super::expr::is_nil_ident(e) {
                    st.op(Op::IsNilIface);
                } else {
                    let t = self.type_of_type(st, e);
                    st.op(Op::TypeIs(t, self.is_iface(t)));
                }
                js.push(st.op(Op::JumpIfTrue(0)));
            }
            body_jumps.push(js);
        }
        let default_jump = st.op(Op::Jump(0));
        Self::push_breakable(st, label, false);
        let mut end_jumps = Vec::new();
        let mut default_start = None;
        for (c, js) in clauses.iter().zip(body_jumps) {
            if c.exprs.is_none() {
                default_start = Some(st.here());
            }
            for j in js {
                st.patch(j);
            }
            if bind.is_some() {
                if let Some(&obj) = self.ck.info.clause_vars.get(&(st.file, c.span.lo)) {
                    st.op(Op::Load(tmp));
                    let ty = self.obj_type(obj);
                    let single = c
                        .exprs
                        .as_ref()
                        .is_some_and(|es| es.len() == 1 && !super::expr::is_nil_ident(&es[0]));
                    if single && !self.is_iface(ty) {
                        st.op(Op::IfaceValue);
                    }
                    self.declare_and_store(st, obj);
                }
            }
            self.stmts(st, &c.body);
            end_jumps.push(st.op(Op::Jump(0)));
        }
        Self::finish_switch(st, default_jump, default_start, end_jumps);
    }
}
