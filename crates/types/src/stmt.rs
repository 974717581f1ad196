//! Statements: scopes, assignments and definitions, control flow, labels,
//! `go`/`defer`, `select`, and Go's "terminating statement" rule.

use crate::check::Checker;
use crate::errors::{Mode, TypeError};
use crate::expr::Operand;
use crate::exprstring::expr_string;
use crate::object::ObjKind;
use crate::ty::{Basic, ChanDir, INVALID, Type, TypeId};
use syntax::ast::{self, AssignOp, BranchKind, Expr, ExprKind, Stmt, StmtKind};

impl Checker<'_> {
    pub fn stmts(&mut self, list: &[Stmt]) {
        for s in list {
            self.stmt(s, None);
        }
    }

    fn block(&mut self, b: &ast::Block) {
        self.push_scope();
        self.stmts(&b.stmts);
        self.pop_scope();
    }

    fn declare_var(&mut self, name: &ast::Ident, ty: TypeId) -> crate::ObjId {
        let o = self.declare_local(name, ObjKind::Var { ty, global: false });
        if name.name != "_" {
            self.locals.push(o);
        }
        o
    }

    fn stmt(&mut self, s: &Stmt, label: Option<&str>) {
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { label: l, stmt } => {
                if let Some(ctx) = self.func.as_mut() {
                    ctx.labels.insert(l.name.clone(), (l.span, false));
                }
                self.stmt(stmt, Some(&l.name));
            }
            StmtKind::Expr(e) => {
                let x = self.raw_expr(e);
                let inner = crate::expr::strip_parens(e);
                let is_call = matches!(inner.kind, ExprKind::Call { .. });
                let is_recv = matches!(
                    inner.kind,
                    ExprKind::Unary {
                        op: ast::UnaryOp::Recv,
                        ..
                    }
                );
                if x.is_invalid() || is_recv {
                    return;
                }
                if is_call {
                    if let Some(crate::CallKind::Builtin(b)) =
                        self.info.calls.get(&self.key(inner.id))
                    {
                        use crate::Builtin as B;
                        if !matches!(
                            b,
                            B::Close
                                | B::Copy
                                | B::Delete
                                | B::Panic
                                | B::Print
                                | B::Println
                                | B::Recover
                                | B::Clear
                        ) {
                            self.error(
                                s.span,
                                TypeError::Message(format!(
                                    "{} (value of type {}) is not used",
                                    expr_string(e),
                                    self.type_str(x.ty)
                                )),
                            );
                        }
                    } else if let Some(crate::CallKind::Conversion(_)) =
                        self.info.calls.get(&self.key(inner.id))
                    {
                        self.error(
                            s.span,
                            TypeError::Message(format!("{} is not used", self.describe(e, &x))),
                        );
                    }
                    return;
                }
                let d = self.describe(e, &x);
                self.error(s.span, TypeError::Message(format!("{d} is not used")));
            }
            StmtKind::Send { chan, value } => {
                let c = self.expr(chan);
                let v = self.expr(value);
                if c.is_invalid() {
                    return;
                }
                match self.types.under_type(c.ty).clone() {
                    Type::Chan(ChanDir::Recv, _) => {
                        let ct = self.type_str(c.ty);
                        let d = self.describe(chan, &c);
                        self.error(
                            s.span,
                            TypeError::SendToRecvOnly {
                                chan_type: ct,
                                operand: d,
                            },
                        );
                    }
                    Type::Chan(_, elem) => {
                        self.assign_to(value, v, elem, "send");
                    }
                    _ => {
                        let d = self.describe(chan, &c);
                        self.error(
                            s.span,
                            TypeError::Message(format!(
                                "invalid operation: cannot send to non-channel {d}"
                            )),
                        );
                    }
                }
            }
            StmtKind::IncDec { x, inc } => {
                let xv = self.expr(x);
                if xv.is_invalid() {
                    return;
                }
                if !self.types.basic_of(xv.ty).is_some_and(Basic::is_numeric) {
                    let op = if *inc { "++" } else { "--" };
                    self.error(
                        s.span,
                        TypeError::Message(format!(
                            "invalid operation: {}{op} (non-numeric type {})",
                            expr_string(x),
                            self.type_str(xv.ty)
                        )),
                    );
                    return;
                }
                self.check_assignable_lhs(x, &xv);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign_stmt(s, lhs, *op, rhs),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let is_go = matches!(s.kind, StmtKind::Go(_));
                let inner = crate::expr::strip_parens(e);
                if !matches!(inner.kind, ExprKind::Call { .. }) {
                    self.raw_expr(e);
                    self.error(
                        e.span,
                        if is_go {
                            TypeError::GoNotCall
                        } else {
                            TypeError::DeferNotCall
                        },
                    );
                    return;
                }
                self.raw_expr(e);
                if let Some(crate::CallKind::Builtin(b)) =
                    self.info.calls.get(&self.key(inner.id)).cloned()
                {
                    use crate::Builtin as B;
                    if !matches!(
                        b,
                        B::Close
                            | B::Copy
                            | B::Delete
                            | B::Panic
                            | B::Print
                            | B::Println
                            | B::Recover
                            | B::Clear
                    ) {
                        let what = if is_go { "go" } else { "defer" };
                        self.error(
                            e.span,
                            TypeError::Message(format!(
                                "{what} discards result of {}",
                                expr_string(e)
                            )),
                        );
                    }
                } else if let Some(crate::CallKind::Conversion(_)) =
                    self.info.calls.get(&self.key(inner.id))
                {
                    let what = if is_go { "go" } else { "defer" };
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "{what} requires function call, not conversion"
                        )),
                    );
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { kind, label: l } => self.branch(s, *kind, l.as_ref()),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                self.condition(cond, "if");
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e, None);
                }
                self.pop_scope();
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                self.switch_stmt(tag.as_ref(), clauses, label);
                self.pop_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                self.type_switch(bind.as_ref(), x, clauses, label);
                self.pop_scope();
            }
            StmtKind::Select { clauses } => self.select_stmt(clauses, label),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                if let Some(c) = cond {
                    self.condition(c, "for");
                }
                if let Some(p) = post {
                    if matches!(
                        p.kind,
                        StmtKind::Assign {
                            op: AssignOp::Define,
                            ..
                        }
                    ) {
                        self.error(
                            p.span,
                            TypeError::Message(
                                "syntax error: cannot declare in post statement of for loop".into(),
                            ),
                        );
                    }
                    self.stmt(p, None);
                }
                self.breakable(label, true, |c| c.block(body));
                self.pop_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                self.push_scope();
                self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x);
                self.breakable(label, true, |c| c.block(body));
                self.pop_scope();
            }
        }
    }

    fn breakable(&mut self, label: Option<&str>, is_loop: bool, body: impl FnOnce(&mut Self)) {
        if let Some(ctx) = self.func.as_mut() {
            ctx.breakable.push((label.map(str::to_string), is_loop));
        }
        body(self);
        if let Some(ctx) = self.func.as_mut() {
            ctx.breakable.pop();
        }
    }

    fn condition(&mut self, cond: &Expr, what: &'static str) {
        let mut c = self.expr(cond);
        if c.is_invalid() {
            return;
        }
        if self.types.is_untyped(c.ty) {
            let b = self.types.basic(Basic::Bool);
            self.convert_untyped(cond, &mut c, b);
        }
        if !self.types.basic_of(c.ty).is_some_and(Basic::is_boolean) {
            self.error(cond.span, TypeError::NonBoolCondition(what));
        }
    }

    fn local_decl(&mut self, d: &ast::Decl) {
        match d {
            ast::Decl::Var(g) => {
                for vs in &g.specs {
                    let declared = vs.ty.as_ref().map(|t| self.resolve_type_expr(t));
                    let tys: Vec<TypeId> = if vs.values.is_empty() {
                        vec![declared.unwrap_or(INVALID); vs.names.len()]
                    } else if vs.values.len() == vs.names.len() {
                        vs.values
                            .iter()
                            .map(|e| {
                                let x = self.expr(e);
                                match declared {
                                    Some(t) => {
                                        self.assign_to(e, x, t, "variable declaration");
                                        t
                                    }
                                    None => self.var_type_from(e, x, "variable declaration"),
                                }
                            })
                            .collect()
                    } else if vs.values.len() == 1 {
                        let t = self
                            .multi_value(&vs.values[0], vs.names.len(), "variables")
                            .unwrap_or_else(|| vec![INVALID; vs.names.len()]);
                        t.into_iter().map(|t| declared.unwrap_or(t)).collect()
                    } else {
                        for v in &vs.values {
                            self.raw_expr(v);
                        }
                        self.error(
                            vs.span,
                            TypeError::AssignCountMismatch {
                                lhs: vs.names.len(),
                                rhs: vs.values.len(),
                            },
                        );
                        vec![INVALID; vs.names.len()]
                    };
                    for (n, t) in vs.names.iter().zip(tys) {
                        self.declare_var(n, t);
                    }
                }
            }
            ast::Decl::Const(g) => {
                for vs in &g.specs {
                    self.iota = Some(i128::from(vs.iota));
                    let declared = vs.ty.as_ref().map(|t| self.resolve_type_expr(t));
                    let mut objs = Vec::new();
                    for (i, n) in vs.names.iter().enumerate() {
                        let (ty, value) = match vs.values.get(i) {
                            Some(e) => self.const_init(e, declared),
                            None => {
                                self.error(
                                    n.span,
                                    TypeError::Message(
                                        "missing init expr for const declaration".into(),
                                    ),
                                );
                                (INVALID, crate::ConstValue::Int(0))
                            }
                        };
                        objs.push((n, ty, value));
                    }
                    self.iota = None;
                    for (n, ty, value) in objs {
                        let o = self.declare_local(n, ObjKind::Const { ty, value });
                        self.used.insert(o);
                    }
                }
            }
            ast::Decl::Type(g) => {
                for ts in &g.specs {
                    let pkg = self.pkg_path();
                    if ts.alias {
                        let ty = self.resolve_type_expr(&ts.ty);
                        self.declare_local(&ts.name, ObjKind::TypeName { ty });
                        continue;
                    }
                    let named = self.types.new_named(&ts.name.name, &pkg);
                    self.declare_local(&ts.name, ObjKind::TypeName { ty: named });
                    let under = self.resolve_type_expr(&ts.ty);
                    let under = self.types.under(under);
                    if let Some(info) = self.types.named_info_mut(named) {
                        info.underlying = under;
                    }
                }
            }
            ast::Decl::Func(f) => self.error(
                f.span,
                TypeError::Message("syntax error: unexpected func, expected }".into()),
            ),
        }
    }

    fn assign_stmt(&mut self, s: &Stmt, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        match op {
            AssignOp::Define => self.define(s, lhs, rhs),
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(
                        s.span,
                        TypeError::Message(format!(
                            "assignment operation {}= requires single-valued expressions",
                            bop.as_str()
                        )),
                    );
                    return;
                }
                let fake = Expr {
                    id: s_id_for_binary(lhs[0].id),
                    span: s.span,
                    kind: ExprKind::Binary {
                        op: bop,
                        x: Box::new(lhs[0].clone()),
                        y: Box::new(rhs[0].clone()),
                    },
                };
                let lv = self.expr(&lhs[0]);
                self.expr(&fake);
                if !lv.is_invalid() {
                    self.check_assignable_lhs(&lhs[0], &lv);
                }
            }
            AssignOp::Assign => {
                if lhs.len() == rhs.len() {
                    let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs(l)).collect();
                    for (r, t) in rhs.iter().zip(targets) {
                        let x = self.expr(r);
                        match t {
                            Some(t) => {
                                self.assign_to(r, x, t, "assignment");
                            }
                            None => {
                                if !x.is_invalid()
                                    && self.single_value(r, &x)
                                    && x.mode == Mode::Nil
                                {
                                    self.error(
                                        r.span,
                                        TypeError::Message(
                                            "use of untyped nil in assignment".into(),
                                        ),
                                    );
                                } else if !x.is_invalid() && self.types.is_untyped(x.ty) {
                                    let mut x = x;
                                    let d = self.types.default_type(x.ty);
                                    self.convert_untyped(r, &mut x, d);
                                }
                            }
                        }
                    }
                } else if rhs.len() == 1 {
                    let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs(l)).collect();
                    if let Some(tys) = self.multi_value(&rhs[0], lhs.len(), "variables") {
                        for (i, (t, v)) in targets.iter().zip(tys).enumerate() {
                            if let Some(t) = t {
                                if !self.assignable(v, *t) {
                                    let (vs, ts) = (self.type_str(v), self.type_str(*t));
                                    self.error(lhs[i].span, TypeError::Message(format!("cannot use {} (value of type {vs}) as {ts} value in assignment", expr_string(&rhs[0]))));
                                }
                            }
                        }
                    }
                } else {
                    for l in lhs {
                        self.lhs(l);
                    }
                    for r in rhs {
                        self.raw_expr(r);
                    }
                    self.error(
                        s.span,
                        TypeError::AssignCountMismatch {
                            lhs: lhs.len(),
                            rhs: rhs.len(),
                        },
                    );
                }
            }
        }
    }

    /// Checks an assignment target; `None` for the blank identifier.
    fn lhs(&mut self, l: &Expr) -> Option<TypeId> {
        if let ExprKind::Ident(id) = &l.kind {
            if id.name == "_" {
                let key = self.key(l.id);
                self.info.types.insert(key, INVALID);
                return None;
            }
            // Assigning to a variable does not count as using it.
            if let Some(obj) = self.lookup(&id.name) {
                if let ObjKind::Var { ty, .. } = self.obj(obj).kind {
                    let key = self.key(l.id);
                    self.info.uses.insert(key, obj);
                    self.info.types.insert(key, ty);
                    self.record_dep(obj);
                    return Some(ty);
                }
            }
        }
        let x = self.expr(l);
        if x.is_invalid() {
            return Some(INVALID);
        }
        self.check_assignable_lhs(l, &x);
        Some(x.ty)
    }

    fn check_assignable_lhs(&mut self, l: &Expr, x: &Operand) {
        match x.mode {
            Mode::Variable | Mode::MapIndex => {}
            _ => {
                let inner = crate::expr::strip_parens(l);
                if let ExprKind::Selector { x: base, .. } = &inner.kind {
                    if let ExprKind::Index { x: m, .. } = &crate::expr::strip_parens(base).kind {
                        let mk = self.key(m.id);
                        if self
                            .info
                            .types
                            .get(&mk)
                            .is_some_and(|t| matches!(self.types.under_type(*t), Type::Map(..)))
                        {
                            self.error(
                                l.span,
                                TypeError::CannotAssign(format!(
                                    "struct field {} in map",
                                    expr_string(l)
                                )),
                            );
                            return;
                        }
                    }
                }
                let d = self.describe(l, x);
                let what = if let Mode::Constant(_) = x.mode {
                    format!("{} (neither addressable nor a map index expression)", d)
                } else {
                    format!("{d} (neither addressable nor a map index expression)")
                };
                self.error(l.span, TypeError::CannotAssign(what));
            }
        }
    }

    fn define(&mut self, s: &Stmt, lhs: &[Expr], rhs: &[Expr]) {
        let tys: Vec<TypeId> = if lhs.len() == rhs.len() {
            rhs.iter()
                .map(|r| {
                    let x = self.expr(r);
                    self.var_type_from(r, x, "assignment")
                })
                .collect()
        } else if rhs.len() == 1 {
            self.multi_value(&rhs[0], lhs.len(), "variables")
                .unwrap_or_else(|| vec![INVALID; lhs.len()])
        } else {
            for r in rhs {
                self.raw_expr(r);
            }
            self.error(
                s.span,
                TypeError::AssignCountMismatch {
                    lhs: lhs.len(),
                    rhs: rhs.len(),
                },
            );
            vec![INVALID; lhs.len()]
        };
        let mut any_new = false;
        let scope_names: Vec<String> = self
            .scopes
            .last()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        let mut seen: Vec<String> = Vec::new();
        for (l, t) in lhs.iter().zip(tys) {
            let ExprKind::Ident(id) = &l.kind else {
                self.raw_expr(l);
                self.error(
                    l.span,
                    TypeError::Message(format!("non-name {} on left side of :=", expr_string(l))),
                );
                continue;
            };
            if seen.contains(&id.name) && id.name != "_" {
                self.error(
                    l.span,
                    TypeError::Message(format!("{} repeated on left side of :=", id.name)),
                );
                continue;
            }
            seen.push(id.name.clone());
            let key = self.key(l.id);
            if id.name != "_" && scope_names.contains(&id.name) {
                // Redeclaration: plain assignment to the existing variable.
                if let Some(obj) = self.lookup(&id.name) {
                    self.info.uses.insert(key, obj);
                    let ty = self.obj(obj).ty();
                    self.info.types.insert(key, ty);
                    if t != INVALID && ty != INVALID && !self.assignable(t, ty) {
                        let (vs, ts) = (self.type_str(t), self.type_str(ty));
                        self.error(
                            l.span,
                            TypeError::Message(format!(
                                "cannot use value of type {vs} as {ts} value in assignment"
                            )),
                        );
                    }
                }
                continue;
            }
            any_new |= id.name != "_";
            let o = self.declare_var(id, t);
            self.info.types.insert(key, t);
            self.info.defs.insert((self.cur_file, id.span.lo), o);
        }
        if !any_new {
            let at = self.define_op_span(s, lhs);
            self.error(at, TypeError::NoNewVariables);
        }
    }

    /// The position of `:=` (Go reports definition errors there); the tree
    /// does not keep operator positions, so it is found in the source.
    fn define_op_span(&self, s: &Stmt, lhs: &[Expr]) -> syntax::Span {
        let from = lhs.last().map_or(s.span.lo, |l| l.span.hi) as usize;
        let src = &self.files[self.cur_file.0 as usize].src;
        match src.get(from..s.span.hi as usize).and_then(|t| t.find(":=")) {
            Some(off) => {
                let lo = u32::try_from(from + off).unwrap_or(s.span.lo);
                syntax::Span::new(lo, lo + 2)
            }
            None => s.span,
        }
    }

    fn return_stmt(&mut self, s: &Stmt, results: &[Expr]) {
        let Some(want) = self
            .func
            .as_ref()
            .map(|f| (f.results.clone(), f.named_results))
        else {
            return;
        };
        let (want, named) = want;
        if results.is_empty() {
            if !want.is_empty() && !named {
                self.error(s.span, TypeError::NotEnoughReturnValues);
            }
            return;
        }
        if results.len() == 1 && want.len() > 1 {
            if let Some(tys) = {
                let x = self.expr(&results[0]);
                match self.types.get(x.ty).clone() {
                    Type::Tuple(items) => Some(items),
                    _ if x.is_invalid() => return,
                    _ => None,
                }
            } {
                if tys.len() != want.len() {
                    self.error(
                        results[0].span,
                        if tys.len() < want.len() {
                            TypeError::NotEnoughReturnValues
                        } else {
                            TypeError::TooManyReturnValues
                        },
                    );
                }
                return;
            }
            self.error(results[0].span, TypeError::NotEnoughReturnValues);
            return;
        }
        if results.len() != want.len() {
            for r in results {
                self.raw_expr(r);
            }
            let at = if results.len() > want.len() {
                results[want.len()].span
            } else {
                results[0].span
            };
            self.error(
                at,
                if results.len() < want.len() {
                    TypeError::NotEnoughReturnValues
                } else {
                    TypeError::TooManyReturnValues
                },
            );
            return;
        }
        for (r, t) in results.iter().zip(want) {
            let x = self.expr(r);
            self.assign_to(r, x, t, "return statement");
        }
    }

    fn branch(&mut self, s: &Stmt, kind: BranchKind, label: Option<&ast::Ident>) {
        let Some(ctx) = self.func.as_mut() else {
            return;
        };
        match kind {
            BranchKind::Goto => {
                self.error(s.span, TypeError::Unsupported("goto is"));
            }
            BranchKind::Fallthrough => {}
            BranchKind::Break | BranchKind::Continue => {
                let is_break = kind == BranchKind::Break;
                if let Some(l) = label {
                    if let Some(entry) = ctx.labels.get_mut(&l.name) {
                        entry.1 = true;
                    }
                    let found = ctx
                        .breakable
                        .iter()
                        .rev()
                        .find(|(name, _)| name.as_deref() == Some(l.name.as_str()))
                        .cloned();
                    match found {
                        None => {
                            let what = if is_break { "break" } else { "continue" };
                            self.error(
                                l.span,
                                TypeError::Message(format!("invalid {what} label {}", l.name)),
                            );
                        }
                        Some((_, is_loop)) if !is_break && !is_loop => {
                            self.error(
                                l.span,
                                TypeError::Message(format!("invalid continue label {}", l.name)),
                            );
                        }
                        _ => {}
                    }
                    return;
                }
                let ok = if is_break {
                    !ctx.breakable.is_empty()
                } else {
                    ctx.breakable.iter().any(|(_, l)| *l)
                };
                if !ok {
                    self.error(
                        s.span,
                        if is_break {
                            TypeError::BreakOutside
                        } else {
                            TypeError::ContinueOutside
                        },
                    );
                }
            }
        }
    }

    fn switch_stmt(
        &mut self,
        tag: Option<&Expr>,
        clauses: &[ast::CaseClause],
        label: Option<&str>,
    ) {
        let tag_ty = match tag {
            Some(t) => {
                let x = self.expr(t);
                if x.is_invalid() {
                    None
                } else {
                    Some(self.var_type_from(t, x, "switch expression"))
                }
            }
            None => Some(self.types.basic(Basic::Bool)),
        };
        let mut seen: Vec<(crate::ConstValue, TypeId)> = Vec::new();
        let mut defaults = 0;
        for (ci, c) in clauses.iter().enumerate() {
            match &c.exprs {
                None => {
                    defaults += 1;
                    if defaults > 1 {
                        self.error(
                            c.span,
                            TypeError::Message("multiple defaults in switch".into()),
                        );
                    }
                }
                Some(exprs) => {
                    for e in exprs {
                        let mut x = self.expr(e);
                        if x.is_invalid() {
                            continue;
                        }
                        let Some(tt) = tag_ty else { continue };
                        if tag.is_none() {
                            let b = self.types.basic(Basic::Bool);
                            if self.types.is_untyped(x.ty) {
                                self.convert_untyped(e, &mut x, b);
                            }
                            if !self.types.basic_of(x.ty).is_some_and(Basic::is_boolean) {
                                self.error(
                                    e.span,
                                    TypeError::Message(format!(
                                        "invalid case {} in switch (mismatched types {} and bool)",
                                        expr_string(e),
                                        self.type_str(x.ty)
                                    )),
                                );
                            }
                            continue;
                        }
                        if self.types.is_untyped(x.ty) {
                            if !self.convert_untyped(e, &mut x, tt) {
                                let ts = self.type_str(tt);
                                self.error(e.span, TypeError::Message(format!("invalid case {} in switch on {} (mismatched types {} and {ts})", expr_string(e), expr_string(tag.unwrap_or(e)), self.type_str(x.ty))));
                                continue;
                            }
                        } else if !self.assignable(x.ty, tt) && !self.assignable(tt, x.ty) {
                            let ts = self.type_str(tt);
                            self.error(e.span, TypeError::Message(format!("invalid case {} in switch on {} (mismatched types {} and {ts})", expr_string(e), expr_string(tag.unwrap_or(e)), self.type_str(x.ty))));
                            continue;
                        }
                        if let Some(v) = self.const_value(e) {
                            if seen.iter().any(|(sv, st)| *sv == v && *st == x.ty) {
                                let ts = self.type_str(x.ty);
                                self.error(
                                    e.span,
                                    TypeError::DuplicateCase {
                                        value: format!(
                                            "{} (constant of type {ts})",
                                            expr_string(e)
                                        ),
                                    },
                                );
                            } else {
                                seen.push((v, x.ty));
                            }
                        }
                    }
                }
            }
            self.breakable(label, false, |ch| {
                ch.push_scope();
                ch.stmts(&c.body);
                ch.pop_scope();
            });
            if let Some(last) = c.body.last() {
                if matches!(
                    last.kind,
                    StmtKind::Branch {
                        kind: BranchKind::Fallthrough,
                        ..
                    }
                ) && ci + 1 == clauses.len()
                {
                    self.error(
                        last.span,
                        TypeError::Message("cannot fallthrough final case in switch".into()),
                    );
                }
            }
        }
    }

    fn type_switch(
        &mut self,
        bind: Option<&ast::Ident>,
        x: &Expr,
        clauses: &[ast::CaseClause],
        label: Option<&str>,
    ) {
        let xv = self.expr(x);
        if !xv.is_invalid() && !self.types.is_interface(xv.ty) {
            let d = self.describe(x, &xv);
            self.error(
                x.span,
                TypeError::Message(format!("{d} is not an interface")),
            );
        }
        let mut bind_objs = Vec::new();
        for c in clauses {
            let mut single: Option<TypeId> = None;
            if let Some(exprs) = &c.exprs {
                for e in exprs {
                    if let ExprKind::Ident(id) = &e.kind {
                        if id.name == "nil" {
                            let k = self.key(e.id);
                            let nil_ty = self.types.basic(Basic::UntypedNil);
                            self.info.types.insert(k, nil_ty);
                            single = if exprs.len() == 1 { Some(xv.ty) } else { None };
                            continue;
                        }
                    }
                    let t = self.resolve_type_expr(e);
                    if t != INVALID && !xv.is_invalid() && !self.types.is_interface(t) {
                        if let Err(reason) = self.implements(t, xv.ty) {
                            let ts = self.type_str(t);
                            let d = self.describe(x, &xv);
                            self.error(e.span, TypeError::Message(format!("impossible type switch case: {d} cannot have dynamic type {ts} {reason}")));
                        }
                    }
                    if exprs.len() == 1 {
                        single = Some(t);
                    }
                }
            }
            self.breakable(label, false, |ch| {
                ch.push_scope();
                if let Some(b) = bind {
                    let ty = single.unwrap_or(xv.ty);
                    let o = ch.new_obj(&b.name, ObjKind::Var { ty, global: false }, b.span);
                    if let Some(scope) = ch.scopes.last_mut() {
                        scope.insert(b.name.clone(), o);
                    }
                    ch.info.clause_vars.insert((ch.cur_file, c.span.lo), o);
                    bind_objs.push(o);
                }
                ch.stmts(&c.body);
                ch.pop_scope();
            });
        }
        if let Some(b) = bind {
            if b.name != "_" && !bind_objs.iter().any(|o| self.used.contains(o)) {
                self.error(b.span, TypeError::DeclaredNotUsed(b.name.clone()));
            }
        }
    }

    fn select_stmt(&mut self, clauses: &[ast::CommClause], label: Option<&str>) {
        let mut defaults = 0;
        for c in clauses {
            self.push_scope();
            match &c.comm {
                None => {
                    defaults += 1;
                    if defaults > 1 {
                        self.error(
                            c.span,
                            TypeError::Message("multiple defaults in select".into()),
                        );
                    }
                }
                Some(comm) => {
                    let valid = match &comm.kind {
                        StmtKind::Send { .. } => true,
                        StmtKind::Expr(e) => is_recv(e),
                        StmtKind::Assign { rhs, lhs, .. } => {
                            rhs.len() == 1 && is_recv(&rhs[0]) && lhs.len() <= 2
                        }
                        _ => false,
                    };
                    if !valid {
                        self.error(
                            comm.span,
                            TypeError::Message(
                                "select case must be receive, send or assign recv".into(),
                            ),
                        );
                    }
                    self.stmt(comm, None);
                }
            }
            self.breakable(label, false, |ch| ch.stmts(&c.body));
            self.pop_scope();
        }
    }

    fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
    ) {
        let mut xv = self.expr(x);
        if xv.is_invalid() {
            for e in [key, value].into_iter().flatten() {
                if define {
                    if let ExprKind::Ident(id) = &e.kind {
                        self.declare_var(id, INVALID);
                        if let Some(o) = self.lookup(&id.name) {
                            self.used.insert(o);
                        }
                    }
                } else {
                    self.raw_expr(e);
                }
            }
            return;
        }
        let int = self.types.basic(Basic::Int);
        let (kt, vt): (TypeId, Option<TypeId>) = match self.types.under_type(xv.ty).clone() {
            Type::Basic(b) if b.is_string() => (int, Some(self.types.basic(Basic::Int32))),
            Type::Basic(b) if b.is_integer() => {
                if self.types.is_untyped(xv.ty) {
                    self.convert_untyped(x, &mut xv, int);
                }
                (xv.ty, None)
            }
            Type::Slice(el) | Type::Array(_, el) => (int, Some(el)),
            Type::Pointer(p) => match self.types.under_type(p).clone() {
                Type::Array(_, el) => (int, Some(el)),
                _ => return self.cannot_range(x, &xv),
            },
            Type::Map(k, v) => (k, Some(v)),
            Type::Chan(dir, el) => {
                if dir == ChanDir::Send {
                    let d = self.describe(x, &xv);
                    self.error(
                        x.span,
                        TypeError::Message(format!(
                            "invalid operation: range {} receive from send-only channel {}",
                            expr_string(x),
                            d
                        )),
                    );
                }
                if value.is_some() {
                    self.error(
                        value.map_or(s.span, |v| v.span),
                        TypeError::Message(format!(
                            "range over {} permits only one iteration variable",
                            self.describe(x, &xv)
                        )),
                    );
                }
                (el, None)
            }
            Type::Func(_) => {
                self.error(x.span, TypeError::Unsupported("range over functions is"));
                return;
            }
            _ => return self.cannot_range(x, &xv),
        };
        if let (Some(v), None) = (value, vt) {
            if !matches!(self.types.under_type(xv.ty), Type::Chan(..)) {
                self.error(
                    v.span,
                    TypeError::Message(format!(
                        "range over {} permits only one iteration variable",
                        self.describe(x, &xv)
                    )),
                );
            }
        }
        let pairs = [(key, Some(kt)), (value, vt)];
        for (e, t) in pairs {
            let (Some(e), Some(t)) = (e, t) else { continue };
            if define {
                let ExprKind::Ident(id) = &e.kind else {
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "non-name {} on left side of :=",
                            expr_string(e)
                        )),
                    );
                    continue;
                };
                let k = self.key(e.id);
                self.info.types.insert(k, t);
                self.declare_var(id, t);
            } else if let Some(target) = self.lhs(e) {
                if !self.assignable(t, target) {
                    let (vs, ts) = (self.type_str(t), self.type_str(target));
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "cannot use {} (value of type {vs}) as {ts} value in range clause",
                            expr_string(e)
                        )),
                    );
                }
            }
        }
    }

    fn cannot_range(&mut self, x: &Expr, xv: &Operand) {
        let d = self.describe(x, xv);
        self.error(x.span, TypeError::Message(format!("cannot range over {d}")));
    }
}

/// A fresh key for the synthetic `x op y` of `x op= y`: the lhs id with the
/// top bit set never collides with a parser-assigned id.
fn s_id_for_binary(id: ast::NodeId) -> ast::NodeId {
    ast::NodeId(id.0 | 0x8000_0000)
}

fn is_recv(e: &Expr) -> bool {
    matches!(
        crate::expr::strip_parens(e).kind,
        ExprKind::Unary {
            op: ast::UnaryOp::Recv,
            ..
        }
    )
}

/// Go's terminating statements (spec: "Terminating statements").
pub fn is_terminating_list(list: &[Stmt]) -> bool {
    list.iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty))
        .is_some_and(is_terminating)
}

fn is_terminating(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_)
        | StmtKind::Branch {
            kind: BranchKind::Goto,
            ..
        } => true,
        StmtKind::Expr(e) => {
            matches!(&crate::expr::strip_parens(e).kind, ExprKind::Call { func, .. } if matches!(&func.kind, ExprKind::Ident(id) if id.name == "panic"))
        }
        StmtKind::Block(b) => is_terminating_list(&b.stmts),
        StmtKind::If { then, els, .. } => {
            els.as_ref().is_some_and(|e| is_terminating(e)) && is_terminating_list(&then.stmts)
        }
        StmtKind::For {
            cond: None, body, ..
        } => !has_break(&body.stmts, None, true),
        StmtKind::Labeled { label, stmt } => match &stmt.kind {
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, Some(&label.name), true),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                switch_terminates(clauses, Some(&label.name))
            }
            StmtKind::Select { clauses } => clauses.iter().all(|c| {
                is_terminating_list(&c.body) && !has_break(&c.body, Some(&label.name), true)
            }),
            _ => is_terminating(stmt),
        },
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            switch_terminates(clauses, None)
        }
        StmtKind::Select { clauses } => clauses
            .iter()
            .all(|c| is_terminating_list(&c.body) && !has_break(&c.body, None, true)),
        _ => false,
    }
}

fn switch_terminates(clauses: &[ast::CaseClause], label: Option<&str>) -> bool {
    clauses.iter().any(|c| c.exprs.is_none())
        && clauses.iter().all(|c| {
            !has_break(&c.body, label, true)
                && (is_terminating_list(&c.body)
                    || c.body.last().is_some_and(|l| {
                        matches!(
                            l.kind,
                            StmtKind::Branch {
                                kind: BranchKind::Fallthrough,
                                ..
                            }
                        )
                    }))
        })
}

/// Whether a `break` (unlabelled at this level, or with `label`) leaves the
/// statement whose body is `list`.
fn has_break(list: &[Stmt], label: Option<&str>, top: bool) -> bool {
    list.iter().any(|s| match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els
                    .as_ref()
                    .is_some_and(|e| has_break(std::slice::from_ref(e), label, top))
        }
        StmtKind::Labeled { stmt, .. } => has_break(std::slice::from_ref(stmt), label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { clauses } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    })
}
