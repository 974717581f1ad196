//! `select` statements: every case's operands evaluated in source order, one
//! `Select` instruction with the table of cases, then a dispatch on the case
//! chosen that assigns what was received.

use super::Compiler;
use super::function::FnState;
use program::value::Value;
use program::{CmpOp, NumKind, Op, SelectCase, SelectTable};
use syntax::ast::{self, AssignOp, Expr, ExprKind, StmtKind};
use types::Type;

impl Compiler<'_> {
    pub(super) fn select(
        &mut self,
        st: &mut FnState,
        clauses: &[ast::CommClause],
        label: Option<&str>,
    ) {
        let mut table = SelectTable {
            cases: Vec::new(),
            has_default: false,
        };
        // Operands in source order, as Go evaluates them on entry.
        let mut case_of_clause: Vec<Option<usize>> = Vec::new();
        for c in clauses {
            let Some(comm) = &c.comm else {
                table.has_default = true;
                case_of_clause.push(None);
                continue;
            };
            case_of_clause.push(Some(table.cases.len()));
            match &comm.kind {
                StmtKind::Send { chan, value } => {
                    let ct = self.type_of(st, chan);
                    let elem = match self.ck.types.under_type(ct) {
                        Type::Chan(_, e) => *e,
                        _ => types::ty::INVALID,
                    };
                    self.expr(st, chan);
                    self.expr_to(st, value, elem);
                    table.cases.push(SelectCase::Send);
                }
                StmtKind::Expr(e) => {
                    self.recv_operand(st, e);
                    table.cases.push(SelectCase::Recv);
                }
                StmtKind::Assign { rhs, .. } => {
                    self.recv_operand(st, &rhs[0]);
                    table.cases.push(SelectCase::Recv);
                }
                _ => {}
            }
        }
        let idx = self.u32_of(self.prog.selects.len());
        self.prog.selects.push(table);
        st.op(Op::Select(idx));
        let (chosen, val, ok) = (st.temp(), st.temp(), st.temp());
        st.op(Op::Store(ok));
        st.op(Op::Store(val));
        st.op(Op::Store(chosen));
        Self::push_breakable(st, label, false);
        let mut end_jumps = Vec::new();
        for (c, case) in clauses.iter().zip(case_of_clause) {
            st.op(Op::Load(chosen));
            let want = case.map_or(-1, |i| i as i64);
            let k = self.konst(Value::Int(want));
            st.op(Op::Const(k));
            st.op(Op::Cmp(CmpOp::Eq, NumKind::I64));
            let skip = st.op(Op::JumpIfFalse(0));
            if let Some(comm) = &c.comm {
                if let StmtKind::Assign { lhs, op, .. } = &comm.kind {
                    let define = *op == AssignOp::Define;
                    if let Some(v) = lhs.first() {
                        st.op(Op::Load(val));
                        self.select_assign(st, v, define);
                    }
                    if let Some(o) = lhs.get(1) {
                        st.op(Op::Load(ok));
                        self.select_assign(st, o, define);
                    }
                }
            }
            self.stmts(st, &c.body);
            end_jumps.push(st.op(Op::Jump(0)));
            st.patch(skip);
        }
        for j in end_jumps {
            st.patch(j);
        }
        Self::pop_breakable(st, None);
    }

    fn recv_operand(&mut self, st: &mut FnState, e: &Expr) {
        if let ExprKind::Unary {
            op: ast::UnaryOp::Recv,
            x,
        } = &crate::expr_strip(e).kind
        {
            self.expr(st, x);
        }
    }

    fn select_assign(&mut self, st: &mut FnState, target: &Expr, define: bool) {
        if define {
            self.define_target(st, target);
        } else {
            let tmp = st.temp();
            st.op(Op::Store(tmp));
            let place = self.place(st, target);
            st.op(Op::Load(tmp));
            self.store(st, &place, target.span);
        }
    }
}
