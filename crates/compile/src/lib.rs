//! From checked syntax trees to bytecode ([`program`]).
//!
//! The checker has already resolved every name and typed every expression,
//! so compilation is a walk over the trees that emits instructions, using
//! [`types::Info`] for every decision about representation (integer width,
//! interface wrapping, field indices, method dispatch).

#![warn(clippy::unwrap_used)]

mod assign;
mod call;
mod escape;
mod expr;
mod function;
mod labels;
mod methods;
mod peephole;
mod place;
mod range;
mod range_func;
mod select;
mod selector;
mod stmt;
mod switch;
mod values;

use program::value::{Closure, FuncId, Value};
use program::{Func, NativeId, Program};
use std::rc::Rc;
use syntax::ast;
use types::fnv::FnvMap;
use types::{Checked, FileId, ObjId, ObjKind};

pub(crate) use function::FnState;

/// Why a program the checker accepted does not compile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileError {
    /// It needs more than the instruction set can address (65,536 slots,
    /// arguments or captures in one function): what overflowed.
    TooLarge(&'static str),
    /// A bug of ours: the checker's results lack something compiling needs.
    Bug(String),
}

/// Compiles a checked program. The checker must have reported no errors.
// Called once per build: kept out of line so that the speed-tuned
// runtime (see the root manifest) does not inline the front end into itself.
#[inline(never)]
pub fn compile(ck: &Checked) -> Result<Program, Vec<CompileError>> {
    let mut c = Compiler::new(ck);
    c.declare_functions();
    c.compile_bodies();
    c.build_method_tables();
    c.prog.time_local = c.global_named("time", "Local");
    let entry = c.compile_entry();
    c.prog.entry = entry;
    for f in &mut c.prog.funcs {
        peephole::optimise(f);
    }
    let errors = c.errors.into_inner();
    if errors.is_empty() {
        Ok(c.prog)
    } else {
        Err(errors)
    }
}

/// Reports a state the compiler cannot be in, as `never!` does for the
/// machine: a panic in debug builds, a [`CompileError::Bug`] in release
/// builds (the caller goes on with a placeholder nobody will run).
macro_rules! compile_bug {
    ($c:expr, $($fmt:tt)+) => {{
        let message = ::std::format!($($fmt)+);
        if ::std::cfg!(debug_assertions) {
            ::std::panic!("internal error in the compiler: {message}");
        }
        $c.errors
            .borrow_mut()
            .push($crate::CompileError::Bug(message));
    }};
}
pub(crate) use compile_bug;

pub(crate) struct Compiler<'c> {
    pub(crate) ck: &'c Checked,
    pub(crate) prog: Program,
    /// Declared functions and methods.
    pub(crate) funcs: FnvMap<ObjId, FuncId>,
    pub(crate) globals: FnvMap<ObjId, u32>,
    pub(crate) method_syms: FnvMap<String, u32>,
    /// Bound-method wrappers already made, by method.
    pub(crate) bound: FnvMap<(FuncId, bool), FuncId>,
    /// Thunks for builtins used as `go`/`defer` targets.
    pub(crate) thunks: FnvMap<String, FuncId>,
    /// Bodies still to compile: (function, file, declaration index).
    pending: Vec<(FuncId, FileId, usize)>,
    const_index: FnvMap<String, u32>,
    /// Cells the compiler adds for loops over functions, counted.
    pub(crate) hidden: u32,
    /// What went wrong so far (a `RefCell`: type lookups take `&self`).
    pub(crate) errors: std::cell::RefCell<Vec<CompileError>>,
}

impl<'c> Compiler<'c> {
    fn new(ck: &'c Checked) -> Compiler<'c> {
        let prog = Program {
            funcs: Vec::new(),
            consts: Vec::new(),
            selects: Vec::new(),
            prints: Vec::new(),
            method_names: Vec::new(),
            globals: 0,
            global_zeros: Vec::new(),
            entry: FuncId(0),
            natives: Vec::new(),
            methods: FnvMap::default(),
            time_local: None,
        };
        Compiler {
            ck,
            prog,
            funcs: FnvMap::default(),
            globals: FnvMap::default(),
            method_syms: FnvMap::default(),
            bound: FnvMap::default(),
            thunks: FnvMap::default(),
            pending: Vec::new(),
            const_index: FnvMap::default(),
            hidden: 0,
            errors: std::cell::RefCell::default(),
        }
    }

    /// `n` as an instruction's 16-bit operand (a slot, an argument or
    /// capture count), or an error naming `what` when it does not fit.
    pub fn u16_of(&self, n: usize, what: &'static str) -> u16 {
        u16::try_from(n).unwrap_or_else(|_| {
            self.errors.borrow_mut().push(CompileError::TooLarge(what));
            u16::MAX
        })
    }

    /// `n` as a 32-bit table index or count. The memory a program of 2^32
    /// instructions or table rows would need is far beyond any page, so a
    /// value that does not fit is a bug.
    pub fn u32_of(&self, n: usize) -> u32 {
        u32::try_from(n).unwrap_or_else(|_| {
            compile_bug!(self, "{n} does not fit 32 bits");
            u32::MAX
        })
    }

    /// The arithmetic kind of a numeric, string or boolean type, which
    /// every operand the checker accepted has.
    pub fn kind_of(&self, ty: types::TypeId) -> program::NumKind {
        self.num_kind(ty).unwrap_or_else(|| {
            compile_bug!(self, "type {} has no arithmetic kind", ty.0);
            program::NumKind::I64
        })
    }

    pub fn add_func(&mut self, f: Func) -> FuncId {
        let id = FuncId(self.u32_of(self.prog.funcs.len()));
        self.prog.funcs.push(f);
        id
    }

    /// Interns a constant value, returning its index.
    pub fn konst(&mut self, v: Value) -> u32 {
        let mut key = String::new();
        if !const_key(&v, &mut key) {
            // Not a value to share: a constant of its own.
            let i = self.u32_of(self.prog.consts.len());
            self.prog.consts.push(v);
            return i;
        }
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.u32_of(self.prog.consts.len());
        self.prog.consts.push(v);
        self.const_index.insert(key, i);
        i
    }

    pub fn method_sym(&mut self, name: &str) -> u32 {
        if let Some(&s) = self.method_syms.get(name) {
            return s;
        }
        let s = self.u32_of(self.prog.method_names.len());
        self.prog.method_names.push(name.to_string());
        self.method_syms.insert(name.to_string(), s);
        s
    }

    /// A function value for a declared function (no captures). Natives get
    /// a compiled forwarder, so that every function value has code.
    pub fn func_value(&mut self, f: FuncId) -> Value {
        let f = match self.prog.funcs[f.0 as usize].native {
            Some(id) => self.native_forwarder(f, id),
            None => f,
        };
        Value::Func(Rc::new(Closure {
            func: f,
            captures: Box::new([]),
        }))
    }

    fn package_of(&self, file: FileId) -> &types::Package {
        &self.ck.packages[self.ck.file(file).pkg.0 as usize]
    }

    /// Go's name for a declared function or method: `main.f`,
    /// `main.T.M`, `main.(*T).M`, `context.(*cancelCtx).cancel`.
    fn qualified_name(&self, file: FileId, fd: &ast::FuncDecl) -> String {
        // Traces use the full import path: `k8s.io/apimachinery/pkg/util/wait.Until`.
        let pkg = self.package_of(file).path.clone();
        match &fd.recv {
            None => format!("{pkg}.{}", fd.name.name),
            Some(r) => match &r.ty.kind {
                ast::ExprKind::Star(inner) => {
                    format!("{pkg}.(*{}).{}", base_name(inner), fd.name.name)
                }
                _ => format!("{pkg}.{}.{}", base_name(&r.ty), fd.name.name),
            },
        }
    }

    /// Gives every declared function and method a [`FuncId`] (bodies are
    /// compiled later, so calls can refer to functions declared after them).
    fn declare_functions(&mut self) {
        let ck = self.ck;
        for pkg in &ck.packages {
            for &file in &pkg.files {
                let f = ck.file(file);
                let mut init_count = 0;
                for (di, decl) in f.ast.decls.iter().enumerate() {
                    let ast::Decl::Func(fd) = decl else { continue };
                    let Some(&obj) = ck.info.defs.get(&(file, fd.name.span.lo)) else {
                        continue;
                    };
                    if ck.generic.contains(&obj) {
                        continue;
                    }
                    let mut name = self.qualified_name(file, fd);
                    if fd.name.name == "init" && fd.recv.is_none() {
                        name = format!("{name}.{init_count}");
                        init_count += 1;
                    }
                    self.declare_function(obj, name, file, di, pkg.prelude);
                }
            }
        }
        for inst in &ck.instances {
            let f = ck.file(inst.file);
            let Some(ast::Decl::Func(fd)) = f.ast.decls.get(inst.decl) else {
                continue;
            };
            let mut name = self.qualified_name(inst.file, fd);
            if !fd.type_params.is_empty() {
                // Go's traces write every instance of `F` as `F[...]`.
                name.push_str("[...]");
            }
            let prelude = self.package_of(inst.file).prelude;
            self.declare_function(inst.obj, name, inst.file, inst.decl, prelude);
        }
        for pkg in &ck.packages {
            for init in &pkg.var_inits {
                for v in &init.vars {
                    let g = self.prog.globals;
                    self.prog.globals += 1;
                    self.globals.insert(*v, g);
                    let zero = self.zero_value(ck.object(*v).ty());
                    let k = self.konst(zero);
                    self.prog.global_zeros.push(k);
                }
            }
        }
    }

    fn declare_function(
        &mut self,
        obj: ObjId,
        name: String,
        file: FileId,
        di: usize,
        prelude: bool,
    ) {
        let f = self.ck.file(file);
        let line = match f.ast.decls.get(di) {
            Some(ast::Decl::Func(fd)) => f.lines.line(fd.span.lo),
            _ => 0,
        };
        let native = match self.ck.object(obj).kind {
            ObjKind::Func { native: true, .. } => Some(self.native_id(&name)),
            _ => None,
        };
        let params = self.param_count(obj);
        let id = self.add_func(Func {
            name,
            file: f.origin.0,
            line,
            params,
            slots: params,
            results: Vec::new(),
            result_cells: Vec::new(),
            code: Vec::new(),
            lines: Vec::new(),
            prelude,
            native,
            accesses: Vec::new(),
        });
        self.funcs.insert(obj, id);
        if native.is_none() {
            self.pending.push((id, file, di));
        }
    }

    /// Parameters including the receiver.
    fn param_count(&self, obj: ObjId) -> u16 {
        let o = self.ck.object(obj);
        let (ty, recv) = match o.kind {
            ObjKind::Func { ty, recv, .. } => (ty, recv),
            _ => return 0,
        };
        let n =
            self.ck.types.signature(ty).map_or(0, |s| s.params.len()) + usize::from(recv.is_some());
        self.u16_of(n, "parameters of one function")
    }

    fn native_id(&mut self, name: &str) -> NativeId {
        let id = NativeId(self.u16_of(self.prog.natives.len(), "natives"));
        self.prog.natives.push(name.to_string());
        id
    }

    /// The global index of a package variable, by package path and name.
    fn global_named(&self, path: &str, name: &str) -> Option<u32> {
        let pkg = self.ck.packages.iter().find(|p| p.path == path)?;
        self.globals.get(pkg.scope.get(name)?).copied()
    }

    fn compile_bodies(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        for (id, file, di) in pending {
            let ast::Decl::Func(fd) = &self.ck.file(file).ast.decls[di] else {
                continue;
            };
            self.compile_func_decl(id, file, fd);
        }
    }

    /// The program's entry: package variables and `init` functions in
    /// dependency order, then `main.main`.
    fn compile_entry(&mut self) -> FuncId {
        let ck = self.ck;
        let main_file = match ck.main_package().and_then(|p| p.files.first().copied()) {
            Some(f) => f,
            None => {
                compile_bug!(self, "a checked program without package main");
                FileId(0)
            }
        };
        let mut st = FnState::new(main_file, 0, false);
        for pkg in ck.packages_in_init_order() {
            if pkg.prelude && !pkg.var_inits.is_empty() {
                // Library variables get a function of their own, marked as
                // library code, so what they make (context's closedchan)
                // is not taken for the learner's.
                let file = pkg.var_inits[0].file;
                let mut lib = FnState::new(file, 0, true);
                for init in &pkg.var_inits {
                    lib.file = init.file;
                    self.global_init(&mut lib, init);
                }
                lib.emit(program::Op::Return, 0);
                let f = lib.finish(self, format!("{}.init", pkg.path), 0, 0);
                let f = self.add_func(f);
                st.emit(program::Op::Call(f, 0), 0);
            }
            for init in pkg.var_inits.iter().filter(|_| !pkg.prelude) {
                st.file = init.file;
                self.global_init(&mut st, init);
            }
            for init in &pkg.inits {
                if let Some(&f) = self.funcs.get(init) {
                    st.emit(program::Op::Call(f, 0), 0);
                }
            }
        }
        if let Some(main) = ck
            .main_package()
            .and_then(|p| p.scope.get("main"))
            .and_then(|o| self.funcs.get(o))
            .copied()
        {
            st.emit(program::Op::Call(main, 0), 0);
        }
        st.emit(program::Op::Exit, 0);
        st.emit(program::Op::Return, 0);
        let f = st.finish(self, "runtime.main".into(), 0, 0);
        self.add_func(f)
    }
}

fn base_name(e: &ast::Expr) -> String {
    match &e.kind {
        ast::ExprKind::Ident(id) => id.name.clone(),
        ast::ExprKind::Paren(x) | ast::ExprKind::Star(x) => base_name(x),
        ast::ExprKind::Index { x, .. } | ast::ExprKind::IndexList { x, .. } => {
            format!("{}[...]", base_name(x))
        }
        _ => "?".into(),
    }
}

/// `(x)` is `x`.
pub fn expr_strip(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ast::ExprKind::Paren(x) => expr_strip(x),
        _ => e,
    }
}

/// The bytecode operator of a compound assignment's binary operator.
pub fn bin_op(op: ast::BinaryOp) -> program::BinOp {
    use program::BinOp as B;
    match op {
        ast::BinaryOp::Add => B::Add,
        ast::BinaryOp::Sub => B::Sub,
        ast::BinaryOp::Mul => B::Mul,
        ast::BinaryOp::Div => B::Div,
        ast::BinaryOp::Rem => B::Rem,
        ast::BinaryOp::And => B::And,
        ast::BinaryOp::Or => B::Or,
        ast::BinaryOp::Xor => B::Xor,
        ast::BinaryOp::Shl => B::Shl,
        ast::BinaryOp::Shr => B::Shr,
        _ => B::AndNot,
    }
}

/// A constant's identity as text: its kind and contents, so that `1` and
/// `1.0` (and `""` and `nil`) stay apart. False for a value that refers to
/// something (only basic values, zero values and functions are shared).
fn const_key(v: &Value, out: &mut String) -> bool {
    use std::fmt::Write;
    let _ = match v {
        Value::Nil => write!(out, "n"),
        Value::Bool(b) => write!(out, "b{b}"),
        Value::Int(i) => write!(out, "i{i}"),
        Value::Float(f) => write!(out, "f{:x}", f.to_bits()),
        Value::Str(s) => {
            let _ = write!(out, "s{}:", s.len());
            out.extend(s.iter().map(|b| char::from(*b)));
            Ok(())
        }
        Value::Agg(items) => {
            out.push('[');
            for i in items.iter() {
                if !const_key(i, out) {
                    return false;
                }
                out.push(',');
            }
            write!(out, "]")
        }
        Value::Func(c) if c.captures.is_empty() => write!(out, "F{}", c.func.0),
        Value::Ptr(_)
        | Value::Slice(_)
        | Value::Map(_)
        | Value::Chan(_)
        | Value::Func(_)
        | Value::Iface(_) => return false,
    };
    true
}
