//! Natives that inspect dynamic types: `errors.As`'s target checks and
//! `sync/atomic.Value`'s consistency rules.

use super::Machine;
use super::natives::Native;
use crate::value::Value;
use std::rc::Rc;
use types::Type;

impl Machine {
    /// `errors.checkAsTarget`: 1 if `target` is not a non-nil pointer, 2 if
    /// it points to neither an interface nor an error type, else 0.
    pub(super) fn check_as_target(&self, target: &Value) -> i64 {
        let Value::Iface(t) = target else { return 1 };
        let types = &self.checked.types;
        let Some(elem) = types.pointer_elem(t.ty) else {
            return 1;
        };
        if t.val.is_nil() {
            return 1;
        }
        let error = types.find(&Type::Named(types::ty::NamedId(0)));
        if types.is_interface(elem) || error.is_some_and(|e| self.implements(elem, e)) {
            0
        } else {
            2
        }
    }

    /// `errors.asTarget`: stores `err` through `target` if its dynamic type
    /// fits the pointed-to type.
    pub(super) fn as_target(&mut self, gi: usize, err: &Value, target: &Value) -> bool {
        let (Value::Iface(e), Value::Iface(t)) = (err, target) else {
            return false;
        };
        let Some(elem) = self.checked.types.pointer_elem(t.ty) else {
            return false;
        };
        let fits = if self.checked.types.is_interface(elem) {
            self.implements(e.ty, elem)
        } else {
            e.ty == elem
        };
        if !fits {
            return false;
        }
        let v = if self.checked.types.is_interface(elem) {
            err.clone()
        } else {
            e.val.clone()
        };
        self.store_ptr(gi, &t.val, v);
        true
    }

    /// `atomic.Value`'s methods, keeping the value in the struct's field.
    pub(super) fn atomic_value(&mut self, gi: usize, native: Native, args: &[Value]) {
        // The receiver, then the methods' arguments.
        let wanted = match native {
            Native::ValueLoad => 1,
            Native::ValueCas => 3,
            _ => 2,
        };
        if args.len() < wanted {
            never!(self, "atomic.Value given {} arguments", args.len());
            return;
        }
        let Value::Ptr(ptr) = &args[0] else {
            self.runtime_panic(gi, super::panics::RtErr::NilDeref);
            return;
        };
        let field = Value::Ptr(ptr.child(0));
        let Some(cur) = self.load_ptr(gi, &field) else {
            return;
        };
        let arg = |i: usize| args[i].clone();
        let same_type = |a: &Value, b: &Value| match (a, b) {
            (Value::Iface(x), Value::Iface(y)) => x.ty == y.ty,
            _ => true,
        };
        let panic = |m: &mut Self, msg: &str| {
            let v = Value::Iface(Rc::new(crate::value::Iface {
                ty: m.string_type(),
                val: Value::str(msg),
            }));
            m.start_panic(gi, v);
        };
        match native {
            Native::ValueLoad => self.push(gi, cur),
            Native::ValueStore | Native::ValueSwap => {
                let new = arg(1);
                let what = if native == Native::ValueStore {
                    "store"
                } else {
                    "swap"
                };
                if new.is_nil() {
                    panic(
                        self,
                        &format!("sync/atomic: {what} of nil value into Value"),
                    );
                    return;
                }
                if !cur.is_nil() && !same_type(&cur, &new) {
                    panic(
                        self,
                        &format!("sync/atomic: {what} of inconsistently typed value into Value"),
                    );
                    return;
                }
                self.store_ptr(gi, &field, new);
                if native == Native::ValueSwap {
                    self.push(gi, cur);
                }
            }
            _ => {
                let (old, new) = (arg(1), arg(2));
                if new.is_nil() {
                    panic(
                        self,
                        "sync/atomic: compare and swap of nil value into Value",
                    );
                    return;
                }
                if !old.is_nil() && !same_type(&old, &new) {
                    panic(
                        self,
                        "sync/atomic: compare and swap of inconsistently typed values",
                    );
                    return;
                }
                let swapped = if cur.is_nil() {
                    old.is_nil()
                } else {
                    match self.values_equal(&cur, &old) {
                        Ok(eq) => eq,
                        Err(ty) => {
                            self.runtime_panic(gi, super::panics::RtErr::Uncomparable(ty));
                            return;
                        }
                    }
                };
                if swapped {
                    self.store_ptr(gi, &field, new);
                }
                self.push(gi, Value::Bool(swapped));
            }
        }
    }
}
