//! Per-function compilation state, and compiling function declarations
//! and literals (parameters, results, cells for escaping variables).

use super::{Compiler, compile_bug};
use program::value::FuncId;
use program::{Func, Op};
use syntax::ast;
use types::fnv::{FnvMap, FnvSet};
use types::{FileId, ObjId, ObjKind};

/// Where a variable lives inside a function.
#[derive(Clone, Copy, Debug)]
pub enum Var {
    /// In a frame slot.
    Slot(u16),
    /// In a heap cell whose pointer is in a frame slot.
    Cell(u16),
    /// Captured from an enclosing function: capture index.
    Capture(u16),
}

/// A loop or switch/select that `break` (and, for loops, `continue`) target.
pub struct Breakable {
    pub(crate) label: Option<String>,
    pub(crate) is_loop: bool,
    pub(crate) breaks: Vec<usize>,
    pub(crate) continues: Vec<usize>,
}

pub struct FnState {
    pub(crate) file: FileId,
    pub(crate) code: Vec<Op>,
    pub(crate) lines: Vec<u32>,
    pub(crate) slots: u16,
    pub(crate) vars: FnvMap<ObjId, Var>,
    /// Variables that need a cell (captured or address taken).
    pub(crate) escapes: FnvSet<ObjId>,
    /// Captured variables of a closure, in capture order.
    pub(crate) captures: Vec<ObjId>,
    pub(crate) breakables: Vec<Breakable>,
    pub(crate) results: Vec<u16>,
    pub(crate) result_cells: Vec<bool>,
    /// Declared result types, for converting returned values.
    pub(crate) result_types: Vec<types::TypeId>,
    pub(crate) line: u32,
    /// The innermost expression or place being compiled: what a memory
    /// instruction emitted now reads or writes.
    pub(crate) subject: Option<syntax::Span>,
    /// See `program::Func::accesses`.
    pub(crate) accesses: Vec<(u32, u32, u32)>,
    pub(crate) prelude: bool,
    /// Go's closure numbering: the next `funcN` within this top-level function.
    pub(crate) closure_prefix: String,
    pub(crate) closure_count: u32,
    /// Go's numbering of `go`/`defer` wrappers (`gowrapN`, `deferwrapN`,
    /// one count for both) within this function.
    pub(crate) wrapper_count: u16,
    /// Pending jumps to the start of the next `case` body, for `fallthrough`.
    pub(crate) fallthrough: Vec<usize>,
    /// It needed more than 65,536 slots: the compiler reports the program
    /// as too large when the function is finished.
    pub(crate) out_of_slots: bool,
    /// Set when this is the body of a loop over a function (its `yield`).
    pub(crate) range_body: Option<super::range_func::RangeBody>,
    /// Go's numbering of those bodies: `main.main-range1`.
    pub(crate) range_count: u32,
}

impl FnState {
    pub fn new(file: FileId, params: u16, prelude: bool) -> FnState {
        FnState {
            file,
            code: Vec::new(),
            lines: Vec::new(),
            slots: params,
            vars: FnvMap::default(),
            escapes: FnvSet::default(),
            captures: Vec::new(),
            breakables: Vec::new(),
            results: Vec::new(),
            result_cells: Vec::new(),
            result_types: Vec::new(),
            line: 0,
            subject: None,
            accesses: Vec::new(),
            prelude,
            closure_prefix: String::new(),
            closure_count: 0,
            wrapper_count: 0,
            fallthrough: Vec::new(),
            out_of_slots: false,
            range_body: None,
            range_count: 0,
        }
    }

    pub fn emit(&mut self, op: Op, line: u32) -> usize {
        if let (Some(span), false) = (self.subject, self.prelude) {
            if op.memory_use().is_some() {
                self.accesses.push((self.here(), span.lo, span.hi));
            }
        }
        self.code.push(op);
        self.lines.push(if line == 0 { self.line } else { line });
        self.code.len() - 1
    }

    pub fn op(&mut self, op: Op) -> usize {
        let line = self.line;
        self.emit(op, line)
    }

    pub fn here(&self) -> u32 {
        // A function of 2^32 instructions would not fit any memory.
        self.code.len() as u32
    }

    /// Points the jump at `at` to the current position.
    pub fn patch(&mut self, at: usize) {
        let target = self.here();
        match &mut self.code[at] {
            Op::Jump(t) | Op::JumpIfFalse(t) | Op::JumpIfTrue(t) => *t = target,
            _ => {}
        }
    }

    pub fn temp(&mut self) -> u16 {
        let s = self.slots;
        match self.slots.checked_add(1) {
            Some(n) => self.slots = n,
            None => self.out_of_slots = true,
        }
        s
    }

    /// The compiled function; a function that ran out of slots makes the
    /// program too large (an error `c` records).
    pub fn finish(self, c: &Compiler<'_>, name: String, line: u32, params_from: u16) -> Func {
        if self.out_of_slots {
            c.errors.borrow_mut().push(super::CompileError::TooLarge(
                "local variables of one function",
            ));
        }
        Func {
            name,
            // An instance's copy of its file shows as the file itself.
            file: c.ck.file(self.file).origin.0,
            line,
            params: params_from,
            slots: self.slots,
            results: self.results,
            result_cells: self.result_cells,
            code: self.code,
            lines: self.lines,
            prelude: self.prelude,
            native: None,
            accesses: self.accesses,
        }
    }
}

impl Compiler<'_> {
    pub fn line_of(&self, st: &FnState, pos: u32) -> u32 {
        self.ck.file(st.file).lines.line(pos)
    }

    /// The role of the goroutines a `go` statement at `pos` starts: the
    /// program's own, or library code's; the prelude marks the watcher of
    /// `context.propagateCancel` with a `// dojo:watcher` comment on the
    /// statement's line.
    pub fn go_role(&self, st: &FnState, pos: u32) -> program::Role {
        use program::Role;
        if !st.prelude {
            return Role::Program;
        }
        let file = self.ck.file(st.file);
        let line = file.lines.line(pos);
        let text = file.src.lines().nth(line.saturating_sub(1) as usize);
        if text.is_some_and(|t| t.trim_end().ends_with("// dojo:watcher")) {
            Role::Watcher
        } else {
            Role::Library
        }
    }

    pub(super) fn compile_func_decl(&mut self, id: FuncId, file: FileId, fd: &ast::FuncDecl) {
        let Some(body) = &fd.body else { return };
        let prelude = self.ck.packages[self.ck.file(file).pkg.0 as usize].prelude;
        let mut st = FnState::new(file, 0, prelude);
        st.closure_prefix = self.prog.funcs[id.0 as usize].name.clone();
        st.escapes = super::escape::escaping_vars(self.ck, file, body, &fd.sig, fd.recv.as_ref());
        let mut names: Vec<Option<&ast::Ident>> = Vec::new();
        if let Some(r) = &fd.recv {
            names.push(r.names.first());
        }
        for p in &fd.sig.params {
            if p.names.is_empty() {
                names.push(None);
            }
            for n in &p.names {
                names.push(Some(n));
            }
        }
        self.function_body(&mut st, &names, &fd.sig, body);
        let f = &mut self.prog.funcs[id.0 as usize];
        let name = std::mem::take(&mut f.name);
        let line = f.line;
        let params = f.params;
        let mut compiled = st.finish(self, name, line, params);
        compiled.native = None;
        self.prog.funcs[id.0 as usize] = compiled;
    }

    /// Parameters (already in slots 0..n), results, then the body.
    pub fn function_body(
        &mut self,
        st: &mut FnState,
        params: &[Option<&ast::Ident>],
        sig: &ast::FuncType,
        body: &ast::Block,
    ) {
        let file = st.file;
        st.slots = self.u16_of(params.len(), "parameters of one function");
        st.line = self.ck.file(file).lines.line(body.open.lo);
        for (i, p) in params.iter().enumerate() {
            let slot = self.u16_of(i, "parameters of one function");
            let Some(id) = p else { continue };
            let Some(&obj) = self.ck.info.defs.get(&(file, id.span.lo)) else {
                continue;
            };
            if st.escapes.contains(&obj) {
                let cell = st.temp();
                let zero = self.zero_of_obj(obj);
                st.op(Op::NewCell(cell, zero));
                st.op(Op::Load(slot));
                st.op(Op::StoreCell(cell));
                st.vars.insert(obj, Var::Cell(cell));
            } else {
                st.vars.insert(obj, Var::Slot(slot));
            }
        }
        let result_types = self.result_types(sig, file);
        st.result_types = result_types.clone();
        let mut ri = 0;
        for f in &sig.results {
            let count = f.names.len().max(1);
            for k in 0..count {
                let slot = st.temp();
                // `result_types` has one entry per result, names or not.
                let ty = result_types[ri];
                ri += 1;
                let obj = f
                    .names
                    .get(k)
                    .and_then(|n| self.ck.info.defs.get(&(file, n.span.lo)).copied());
                let cell = obj.is_some_and(|o| st.escapes.contains(&o));
                let zero = self.zero_value(ty);
                let zk = self.konst(zero);
                if cell {
                    st.op(Op::NewCell(slot, zk));
                } else if obj.is_some() || has_defer(body) {
                    // Unnamed results are always stored by a `return`, except
                    // when a deferred recover makes the function return early.
                    st.op(Op::Const(zk));
                    st.op(Op::Store(slot));
                }
                if let Some(o) = obj {
                    st.vars.insert(
                        o,
                        if cell {
                            Var::Cell(slot)
                        } else {
                            Var::Slot(slot)
                        },
                    );
                }
                st.results.push(slot);
                st.result_cells.push(cell);
            }
        }
        self.block(st, body);
        st.line = self.ck.file(file).lines.line(body.close.lo);
        st.op(Op::Return);
    }

    fn result_types(&self, sig: &ast::FuncType, file: FileId) -> Vec<types::TypeId> {
        let mut out = Vec::new();
        for f in &sig.results {
            let ty = match self.ck.info.type_exprs.get(&self.key_in(file, f.ty.id)) {
                Some(&ty) => ty,
                None => {
                    compile_bug!(self, "the checker left a result type unresolved");
                    types::ty::INVALID
                }
            };
            for _ in 0..f.names.len().max(1) {
                out.push(ty);
            }
        }
        out
    }

    pub fn key_in(&self, file: FileId, id: ast::NodeId) -> types::NodeKey {
        self.ck.file(file).key(id)
    }

    pub fn zero_of_obj(&mut self, obj: ObjId) -> u32 {
        let ty = match self.ck.object(obj).kind {
            ObjKind::Var { ty, .. } => ty,
            _ => types::ty::INVALID,
        };
        let z = self.zero_value(ty);
        self.konst(z)
    }

    /// Compiles a function literal into its own function and emits the
    /// closure construction (capturing cells of the enclosing function).
    pub fn func_lit(
        &mut self,
        st: &mut FnState,
        e: &ast::Expr,
        sig: &ast::FuncType,
        body: &ast::Block,
    ) {
        st.closure_count += 1;
        let name = format!("{}.func{}", st.closure_prefix, st.closure_count);
        let name = if st.closure_prefix.contains(".func") {
            format!("{}.{}", st.closure_prefix, st.closure_count)
        } else {
            name
        };
        let file = st.file;
        let mut inner = FnState::new(file, 0, st.prelude);
        inner.closure_prefix = name.clone();
        inner.escapes = super::escape::escaping_vars(self.ck, file, body, sig, None);
        let free = super::escape::free_vars(self.ck, file, body);
        for obj in free {
            if st.vars.contains_key(&obj) {
                let idx = self.u16_of(inner.captures.len(), "variables one closure captures");
                inner.captures.push(obj);
                inner.vars.insert(obj, Var::Capture(idx));
            }
        }
        let mut names: Vec<Option<&ast::Ident>> = Vec::new();
        for p in &sig.params {
            if p.names.is_empty() {
                names.push(None);
            }
            for n in &p.names {
                names.push(Some(n));
            }
        }
        let params = self.u16_of(names.len(), "parameters of one function");
        self.function_body(&mut inner, &names, sig, body);
        let captures = inner.captures.clone();
        let line = self.line_of(st, e.span.lo);
        let f = inner.finish(self, name, line, params);
        let id = self.add_func(f);
        self.make_closure(st, id, &captures);
    }

    /// Pushes a closure of compiled function `id` over `captures`, the
    /// cells of `st` it shares (a function literal, a loop body as `yield`).
    pub(super) fn make_closure(&mut self, st: &mut FnState, id: FuncId, captures: &[ObjId]) {
        for obj in captures {
            match st.vars.get(obj).copied() {
                // Escape analysis makes every captured variable a cell.
                Some(Var::Cell(s) | Var::Slot(s)) => st.op(Op::Load(s)),
                Some(Var::Capture(i)) => st.op(Op::CaptureAddr(i)),
                None => st.op(Op::Const(0)),
            };
        }
        st.op(Op::MakeClosure(
            id,
            self.u16_of(captures.len(), "variables one closure captures"),
        ));
    }
}

/// Whether a body contains a `defer` (nested function literals are looked
/// into too, which only errs towards zeroing results unnecessarily).
fn has_defer(body: &ast::Block) -> bool {
    let mut found = false;
    super::escape::walk_stmts(&body.stmts, &mut |_| {}, &mut |s| {
        found |= matches!(s.kind, ast::StmtKind::Defer(_))
    });
    found
}
