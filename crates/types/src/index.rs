//! Index and slice expressions (go/types' index.go): what indexing or
//! slicing each kind of operand yields, constant indices checked against
//! known lengths, and the length of an array literal `[...]T{…}` from its
//! keyed elements.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::errors::{Mode, TypeError};
use crate::operand::Operand;
use crate::ty::{Basic, Type};
use syntax::ast::{Expr, ExprKind};

impl Checker<'_> {
    pub(crate) fn index(&mut self, e: &Expr, x: &Expr, index: &Expr) -> Operand {
        if self.names_generic(x) {
            return self.index_list(e);
        }
        let xv = self.raw_expr(x);
        if xv.is_invalid() {
            return xv;
        }
        if xv.mode == Mode::TypeExpr {
            let msg = format!("{} is not a generic type", self.expr_str(x));
            self.error(x.span, TypeError::Message(msg));
            return Operand::invalid();
        }
        let under = self.types.under_type(xv.ty).clone();
        let (elem, mode, len) = match under {
            Type::Basic(b) if b.is_string() => (self.types.basic(Basic::Uint8), Mode::Value, None),
            Type::Slice(el) => (el, Mode::Variable, None),
            Type::Array(n, el) => (
                el,
                if xv.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                },
                Some(n),
            ),
            Type::Pointer(p) => match self.types.under_type(p).clone() {
                Type::Array(n, el) => (el, Mode::Variable, Some(n)),
                _ => return self.cannot_index(e, x, &xv),
            },
            Type::Map(k, v) => {
                let mut iv = self.expr(index);
                self.assign_to(index, iv.clone(), k, "map index");
                iv.ty = k;
                return Operand {
                    mode: Mode::MapIndex,
                    ty: v,
                };
            }
            _ => return self.cannot_index(e, x, &xv),
        };
        let mut iv = self.expr(index);
        if iv.is_invalid() {
            return Operand::invalid();
        }
        self.check_index_value(index, &mut iv, len);
        if let (Some(ConstValue::Str(s)), Some(ConstValue::Int(i))) =
            (self.const_value(x), self.const_value(index))
        {
            if i >= 0 && i >= s.len() as i128 {
                self.error(
                    index.span,
                    TypeError::Message(format!(
                        "invalid argument: index {i} out of bounds [0:{}]",
                        s.len()
                    )),
                );
            }
        }
        Operand { mode, ty: elem }
    }

    /// Go 1.27's `cannot index X`, at the `[`.
    fn cannot_index(&mut self, e: &Expr, x: &Expr, xv: &Operand) -> Operand {
        let d = self.describe(x, xv);
        let at = self.find_token(x.span.hi, e.span.hi, "[").unwrap_or(e.span);
        self.error(at, TypeError::Message(format!("cannot index {d}")));
        Operand::invalid()
    }

    /// An index must be an integer (untyped constants become `int`), not
    /// negative, and within a known length.
    pub fn check_index_value(&mut self, index: &Expr, iv: &mut Operand, len: Option<u64>) {
        if self.types.is_untyped(iv.ty) {
            let int = self.types.basic(Basic::Int);
            if !self.convert_untyped_or_report(index, iv, int) {
                return;
            }
        }
        if !self.types.basic_of(iv.ty).is_some_and(Basic::is_integer) {
            let d = self.describe(index, iv);
            self.error(
                index.span,
                TypeError::Message(format!("invalid argument: index {d} must be integer")),
            );
            return;
        }
        if let Some(i) = self.const_value(index).and_then(|v| v.as_int()) {
            if i < 0 {
                let d = self.describe(index, iv);
                self.error(
                    index.span,
                    TypeError::Message(format!("invalid argument: index {d} must not be negative")),
                );
            } else if let Some(n) = len {
                if i >= i128::from(n) {
                    self.error(
                        index.span,
                        TypeError::Message(format!(
                            "invalid argument: index {i} out of bounds [0:{n}]"
                        )),
                    );
                }
            }
        }
    }

    pub(crate) fn slice_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        bounds: [&Option<Box<Expr>>; 3],
    ) -> Operand {
        let xv = self.expr(x);
        if xv.is_invalid() {
            return xv;
        }
        let under = self.types.under_type(xv.ty).clone();
        let (result, len) = match under {
            Type::Basic(b) if b.is_string() => {
                if let Some(max) = bounds[2] {
                    self.error(
                        max.span,
                        TypeError::Message("invalid operation: 3-index slice of string".into()),
                    );
                    return Operand::invalid();
                }
                let t = if b == Basic::UntypedString {
                    self.types.basic(Basic::String)
                } else {
                    xv.ty
                };
                (t, None)
            }
            Type::Slice(_) => (xv.ty, None),
            Type::Array(n, el) => {
                if xv.mode != Mode::Variable {
                    let d = self.describe(x, &xv);
                    self.error(
                        e.span,
                        TypeError::Message(format!(
                            "invalid operation: {d} (slice of unaddressable value)"
                        )),
                    );
                    return Operand::invalid();
                }
                (self.types.intern(Type::Slice(el)), Some(n))
            }
            Type::Pointer(p) => match self.types.under_type(p).clone() {
                Type::Array(n, el) => (self.types.intern(Type::Slice(el)), Some(n)),
                _ => {
                    let d = self.describe(x, &xv);
                    self.error(e.span, TypeError::Message(format!("cannot slice {d}")));
                    return Operand::invalid();
                }
            },
            _ => {
                let d = self.describe(x, &xv);
                self.error(e.span, TypeError::Message(format!("cannot slice {d}")));
                return Operand::invalid();
            }
        };
        // Each bound's constant value, as go/types' sliceExpr keeps them: a
        // missing low bound is 0, a missing high one the array's length.
        let mut ind: [Option<i128>; 3] = [None; 3];
        for (i, b) in bounds.into_iter().enumerate() {
            ind[i] = match b {
                Some(b) => {
                    let mut iv = self.expr(b);
                    if iv.is_invalid() {
                        continue;
                    }
                    self.check_index_value(b, &mut iv, len.map(|n| n + 1));
                    self.const_value(b)
                        .and_then(|v| v.as_int())
                        .filter(|&v| v >= 0)
                }
                None if i == 0 => Some(0),
                None => len.map(i128::from),
            };
        }
        'swapped: for i in 0..2 {
            let Some(x) = ind[i].filter(|&x| x > 0) else {
                continue;
            };
            for j in i + 1..3 {
                if let (Some(y), Some(at)) = (ind[j], bounds[j]) {
                    if y < x {
                        self.error(
                            at.span,
                            TypeError::Message(format!("invalid slice indices: {y} < {x}")),
                        );
                        break 'swapped;
                    }
                }
            }
        }
        Operand {
            mode: Mode::Value,
            ty: result,
        }
    }

    pub(crate) fn implicit_array_len(&mut self, elems: &[Expr]) -> u64 {
        let mut max = 0u64;
        let mut idx = 0u64;
        for el in elems {
            if let ExprKind::KeyValue { key, .. } = &el.kind {
                self.expr(key);
                if let Some(i) = self.const_value(key).and_then(|v| v.as_int()) {
                    idx = u64::try_from(i).unwrap_or(0);
                }
            }
            idx += 1;
            max = max.max(idx);
        }
        max
    }
}
