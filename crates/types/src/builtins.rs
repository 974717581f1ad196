//! The builtin functions: `len`, `cap`, `append`, `make`, `new`, `delete`,
//! `close`, `copy`, `panic`, `print`, `println`, `recover`, `min`, `max`, `clear`.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::errors::{Mode, TypeError};
use crate::object::Builtin;
use crate::operand::Operand;
use crate::ty::{Basic, ChanDir, INVALID, Type};
use syntax::ast::Expr;

impl Checker<'_> {
    pub fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], spread: bool) -> Operand {
        let name = b.name();
        let arity = |c: &mut Self, min: usize, max: Option<usize>| -> bool {
            let fits = args.len() >= min && max.is_none_or(|m| args.len() <= m);
            if !fits && !matches!(b, Builtin::Make | Builtin::New) {
                // Go evaluates the arguments before counting them, so
                // names in them count as used.
                for a in args {
                    c.raw_expr(a);
                }
            }
            if args.len() < min {
                c.error(
                    e.span,
                    TypeError::Message(format!(
                        "invalid operation: not enough arguments for {} (expected {min}, found {})",
                        c.expr_str(e),
                        args.len()
                    )),
                );
                return false;
            }
            if let Some(max) = max {
                if args.len() > max {
                    c.error(
                        e.span,
                        TypeError::Message(format!(
                            "invalid operation: too many arguments for {} (expected {max}, found {})",
                            c.expr_str(e),
                            args.len()
                        )),
                    );
                    return false;
                }
            }
            true
        };
        if spread && b != Builtin::Append {
            self.error(
                e.span,
                TypeError::Message(format!(
                    "invalid operation: invalid use of ... with built-in {name}"
                )),
            );
            return Operand::invalid();
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                if !arity(self, 1, Some(1)) {
                    return Operand::invalid();
                }
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                let int = self.types.basic(Basic::Int);
                let ok = match self.types.under_type(x.ty).clone() {
                    Type::Basic(bk) => bk.is_string() && b == Builtin::Len,
                    Type::Slice(_) | Type::Array(..) | Type::Chan(..) => true,
                    Type::Map(..) => b == Builtin::Len,
                    Type::Pointer(p) => matches!(self.types.under_type(p), Type::Array(..)),
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&args[0], &x);
                    self.error(
                        args[0].span,
                        TypeError::Message(format!("invalid argument: {d} for built-in {name}")),
                    );
                    return Operand::invalid();
                }
                if let Some(ConstValue::Str(s)) = self.const_value(&args[0]) {
                    let key = self.key(e.id);
                    self.info
                        .consts
                        .insert(key, ConstValue::Int(s.len() as i128));
                    return Operand {
                        mode: Mode::Constant(s.len().to_string()),
                        ty: int,
                    };
                }
                if let Type::Array(n, _) = self.types.under_type(x.ty) {
                    let n = *n;
                    if !contains_call_or_recv(&args[0]) {
                        let key = self.key(e.id);
                        self.info.consts.insert(key, ConstValue::Int(i128::from(n)));
                        return Operand {
                            mode: Mode::Constant(n.to_string()),
                            ty: int,
                        };
                    }
                }
                Operand {
                    mode: Mode::Value,
                    ty: int,
                }
            }
            Builtin::Append => {
                if !arity(self, 1, None) {
                    return Operand::invalid();
                }
                let s = self.expr(&args[0]);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.raw_expr(a);
                    }
                    return s;
                }
                let s_ty = s.ty;
                let Type::Slice(elem) = self.types.under_type(s_ty).clone() else {
                    let have = self.not_a_slice(&args[0], &s);
                    self.error(
                        args[0].span,
                        TypeError::Message(format!("invalid append: {have}")),
                    );
                    return Operand::invalid();
                };
                if spread {
                    if args.len() != 2 {
                        self.error(
                            e.span,
                            TypeError::Message(
                                "can only use ... with final argument in list".into(),
                            ),
                        );
                        return Operand::invalid();
                    }
                    let x = self.expr(&args[1]);
                    let is_bytes_from_string = self.types.basic_of(elem) == Some(Basic::Uint8)
                        && self.types.basic_of(x.ty).is_some_and(Basic::is_string);
                    if !is_bytes_from_string {
                        let target = self.types.under(s_ty);
                        self.assign_to(&args[1], x, target, "argument to append");
                    } else {
                        let mut x = x;
                        let st = self.types.basic(Basic::String);
                        self.convert_untyped(&args[1], &mut x, st);
                    }
                } else {
                    for a in &args[1..] {
                        let x = self.expr(a);
                        self.assign_to(a, x, elem, "argument to append");
                    }
                }
                Operand {
                    mode: Mode::Value,
                    ty: s_ty,
                }
            }
            Builtin::Make => {
                if !arity(self, 1, Some(3)) {
                    return Operand::invalid();
                }
                let t = self.resolve_type_expr(&args[0]);
                if t == INVALID {
                    return Operand::invalid();
                }
                let (min, max) = match self.types.under_type(t) {
                    Type::Slice(_) => (2, 3),
                    Type::Map(..) | Type::Chan(..) => (1, 2),
                    _ => {
                        let ts = self.expr_str(&args[0]);
                        self.error(args[0].span, TypeError::Message(format!("invalid argument: cannot make {ts}: type must be slice, map, or channel")));
                        return Operand::invalid();
                    }
                };
                if args.len() < min {
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "invalid operation: {} expects {min} or {max} arguments; found {}",
                            self.expr_str(e),
                            args.len()
                        )),
                    );
                    return Operand::invalid();
                }
                if args.len() > max {
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "invalid operation: {} expects {min} or {max} arguments; found {}",
                            self.expr_str(e),
                            args.len()
                        )),
                    );
                    return Operand::invalid();
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    let mut x = self.expr(a);
                    if x.is_invalid() {
                        continue;
                    }
                    self.size_arg(a, &mut x);
                    sizes.push(self.const_value(a).and_then(|v| v.as_int()));
                }
                if let [Some(l), Some(c)] = sizes.as_slice() {
                    if l > c {
                        self.error(
                            args[1].span,
                            TypeError::Message(
                                "invalid argument: length and capacity swapped".into(),
                            ),
                        );
                    }
                }
                Operand {
                    mode: Mode::Value,
                    ty: t,
                }
            }
            Builtin::New => {
                if !arity(self, 1, Some(1)) {
                    return Operand::invalid();
                }
                // `new(T)`, or since Go 1.26 `new(v)`: a new variable
                // holding v, of v's (default) type.
                let x = self.raw_expr(&args[0]);
                let t = match x.mode {
                    Mode::TypeExpr => {
                        let key = self.key(args[0].id);
                        self.info.type_exprs.insert(key, x.ty);
                        x.ty
                    }
                    Mode::NoValue => {
                        let what = self.expr_str(&args[0]);
                        self.error(
                            args[0].span,
                            TypeError::Message(format!("{what} (no value) used as value or type")),
                        );
                        return Operand::invalid();
                    }
                    _ if !self.single_value(&args[0], &x) => return Operand::invalid(),
                    _ => self.var_type_from(&args[0], x, "argument to new"),
                };
                if t == INVALID {
                    return Operand::invalid();
                }
                Operand {
                    mode: Mode::Value,
                    ty: self.types.intern(Type::Pointer(t)),
                }
            }
            Builtin::Delete => {
                if !arity(self, 2, Some(2)) {
                    return Operand::invalid();
                }
                let m = self.expr(&args[0]);
                let k = self.expr(&args[1]);
                if m.is_invalid() {
                    return Operand {
                        mode: Mode::NoValue,
                        ty: INVALID,
                    };
                }
                let Type::Map(kt, _) = self.types.under_type(m.ty).clone() else {
                    let d = self.describe(&args[0], &m);
                    self.error(
                        args[0].span,
                        TypeError::Message(format!("invalid argument: {d} is not a map")),
                    );
                    return Operand {
                        mode: Mode::NoValue,
                        ty: INVALID,
                    };
                };
                self.assign_to(&args[1], k, kt, "argument to delete");
                Operand {
                    mode: Mode::NoValue,
                    ty: INVALID,
                }
            }
            Builtin::Close => {
                if !arity(self, 1, Some(1)) {
                    return Operand::invalid();
                }
                let c = self.expr(&args[0]);
                if c.is_invalid() {
                    return Operand {
                        mode: Mode::NoValue,
                        ty: INVALID,
                    };
                }
                match self.types.under_type(c.ty).clone() {
                    Type::Chan(ChanDir::Recv, _) => {
                        let d = self.describe(&args[0], &c);
                        self.error(args[0].span, TypeError::CloseRecvOnly(d));
                    }
                    Type::Chan(..) => {}
                    _ => {
                        let d = self.describe(&args[0], &c);
                        self.error(
                            args[0].span,
                            TypeError::Message(format!(
                                "invalid operation: cannot close non-channel {d}"
                            )),
                        );
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: INVALID,
                }
            }
            Builtin::Copy => {
                if !arity(self, 2, Some(2)) {
                    return Operand::invalid();
                }
                let dst = self.expr(&args[0]);
                let src = self.expr(&args[1]);
                let int = self.types.basic(Basic::Int);
                if !dst.is_invalid() && !src.is_invalid() {
                    self.check_copy(args, &dst, &src);
                }
                Operand {
                    mode: Mode::Value,
                    ty: int,
                }
            }
            Builtin::Panic => {
                if !arity(self, 1, Some(1)) {
                    return Operand::invalid();
                }
                let x = self.expr(&args[0]);
                let any = self.universe.any_type;
                self.assign_to(&args[0], x, any, "argument to panic");
                Operand {
                    mode: Mode::NoValue,
                    ty: INVALID,
                }
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a);
                    if x.mode == Mode::Nil {
                        self.error(
                            a.span,
                            TypeError::Message(
                                "use of untyped nil in argument to built-in print".into(),
                            ),
                        );
                        continue;
                    }
                    if self.types.is_untyped(x.ty) {
                        let d = self.types.default_type(x.ty);
                        self.convert_untyped(a, &mut x, d);
                    }
                    self.single_value(a, &x);
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: INVALID,
                }
            }
            Builtin::Recover => {
                arity(self, 0, Some(0));
                Operand {
                    mode: Mode::Value,
                    ty: self.universe.any_type,
                }
            }
            Builtin::Min | Builtin::Max => {
                if !arity(self, 1, None) {
                    return Operand::invalid();
                }
                let mut vals: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
                if vals.iter().any(Operand::is_invalid) {
                    return Operand::invalid();
                }
                let typed = vals
                    .iter()
                    .find(|v| !self.types.is_untyped(v.ty))
                    .map(|v| v.ty);
                let target = match typed {
                    Some(t) => t,
                    None => {
                        let untyped_float = vals
                            .iter()
                            .any(|v| self.types.basic_of(v.ty) == Some(Basic::UntypedFloat));
                        let t = if untyped_float {
                            self.types.basic(Basic::UntypedFloat)
                        } else {
                            vals[0].ty
                        };
                        if vals.iter().all(Operand::is_const) {
                            let cs: Vec<ConstValue> =
                                args.iter().filter_map(|a| self.const_value(a)).collect();
                            let pick = cs.iter().cloned().reduce(|a, c| {
                                let lt = match (a.as_f64(), c.as_f64()) {
                                    (Some(x), Some(y)) => y < x,
                                    _ => matches!((&a, &c), (ConstValue::Str(x), ConstValue::Str(y)) if y < x),
                                };
                                if (b == Builtin::Min) == lt { c } else { a }
                            });
                            if let Some(v) = pick {
                                let key = self.key(e.id);
                                let shown = v.to_string();
                                self.info.consts.insert(key, v);
                                return Operand {
                                    mode: Mode::Constant(shown),
                                    ty: t,
                                };
                            }
                        }
                        t
                    }
                };
                for (a, v) in args.iter().zip(vals.iter_mut()) {
                    if self.types.is_untyped(v.ty) && !self.types.is_untyped(target) {
                        if !self.convert_untyped(a, v, target) {
                            let d = self.describe(a, v);
                            let ts = self.type_str(target);
                            self.error(
                                a.span,
                                TypeError::Message(format!(
                                    "invalid argument: mismatched types {d} and {ts}"
                                )),
                            );
                            return Operand::invalid();
                        }
                    } else if v.ty != target && !self.types.is_untyped(v.ty) {
                        let (l, r) = (self.type_str(target), self.type_str(v.ty));
                        self.error(a.span, TypeError::Message(format!("invalid argument: mismatched types {l} (previous argument) and {r} (type of {})", self.expr_str(a))));
                        return Operand::invalid();
                    }
                }
                if !self
                    .types
                    .basic_of(target)
                    .is_some_and(|bk| bk.is_numeric() || bk.is_string())
                {
                    let d = self.describe(&args[0], &vals[0]);
                    self.error(
                        args[0].span,
                        TypeError::Message(format!("invalid argument: {d} cannot be ordered")),
                    );
                    return Operand::invalid();
                }
                Operand {
                    mode: Mode::Value,
                    ty: target,
                }
            }
            Builtin::Clear => {
                if !arity(self, 1, Some(1)) {
                    return Operand::invalid();
                }
                let x = self.expr(&args[0]);
                if !x.is_invalid()
                    && !matches!(self.types.under_type(x.ty), Type::Map(..) | Type::Slice(_))
                {
                    let d = self.describe(&args[0], &x);
                    self.error(
                        args[0].span,
                        TypeError::Message(format!("invalid argument: {d} must be a map or slice")),
                    );
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: INVALID,
                }
            }
        }
    }

    /// A length or capacity argument of `make`: an integer, not negative.
    fn size_arg(&mut self, a: &Expr, x: &mut Operand) {
        if self.types.is_untyped(x.ty) {
            let int = self.types.basic(Basic::Int);
            if !self.convert_untyped(a, x, int) {
                let d = self.describe(a, x);
                self.error(
                    a.span,
                    TypeError::Message(format!("cannot convert {d} to type int")),
                );
                return;
            }
        }
        if !self.types.basic_of(x.ty).is_some_and(Basic::is_integer) {
            let d = self.describe(a, x);
            self.error(
                a.span,
                TypeError::Message(format!("invalid argument: index {d} must be integer")),
            );
            return;
        }
        if let Some(n) = self.const_value(a).and_then(|v| v.as_int()) {
            if n < 0 {
                let d = self.describe(a, x);
                self.error(
                    a.span,
                    TypeError::Message(format!("invalid argument: index {d} must not be negative")),
                );
            }
        }
    }
}

/// `len(a)` of an array is constant unless the operand contains a call or
/// a channel receive.
fn contains_call_or_recv(e: &Expr) -> bool {
    use syntax::ast::{ExprKind, UnaryOp};
    match &e.kind {
        ExprKind::Call { .. }
        | ExprKind::Unary {
            op: UnaryOp::Recv, ..
        } => true,
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::Selector { x, .. } => contains_call_or_recv(x),
        ExprKind::Index { x, index } => contains_call_or_recv(x) || contains_call_or_recv(index),
        _ => false,
    }
}

impl Checker<'_> {
    /// go/types' `sliceElem` complaint: `argument must be a slice; have X`.
    fn not_a_slice(&self, arg: &Expr, x: &Operand) -> String {
        if x.mode == Mode::Nil {
            "argument must be a slice; have untyped nil".to_string()
        } else {
            format!("argument must be a slice; have {}", self.describe(arg, x))
        }
    }

    /// `copy(dst, src)`: both slices of identical element types, or bytes
    /// from a string; reported at the destination, as Go does.
    fn check_copy(&mut self, args: &[Expr], dst: &Operand, src: &Operand) {
        let Type::Slice(dst_elem) = self.types.under_type(dst.ty).clone() else {
            let have = self.not_a_slice(&args[0], dst);
            self.error(
                args[0].span,
                TypeError::Message(format!("invalid copy: {have}")),
            );
            return;
        };
        let byte = self.types.basic(Basic::Uint8);
        let src_is_string =
            matches!(self.types.under_type(src.ty), Type::Basic(b) if b.is_string());
        if dst_elem == byte && src_is_string {
            return;
        }
        let src_elem = match self.types.under_type(src.ty).clone() {
            Type::Slice(e) => e,
            _ if src_is_string => byte,
            _ => {
                let have = self.not_a_slice(&args[1], src);
                self.error(
                    args[1].span,
                    TypeError::Message(format!("invalid copy: {have}")),
                );
                return;
            }
        };
        if dst_elem != src_elem {
            let (d, s) = (self.describe(&args[0], dst), self.describe(&args[1], src));
            // Go names a string's elements by the alias it uses for them.
            let se = if src_is_string {
                "byte".to_string()
            } else {
                self.type_str(src_elem)
            };
            let de = self.type_str(dst_elem);
            self.error(
                args[0].span,
                TypeError::Message(format!(
                    "invalid copy: arguments {d} and {s} have different element types {de} and {se}"
                )),
            );
        }
    }
}
