//! Map keys in the order Go's `internal/fmtsort` prints them.

use std::cmp::Ordering;

use super::host::FmtHost;
use super::kind::{Kind, int_bits, kind_of, struct_fields};
use program::value::Value;
use types::TypeId;

/// Sorts map entries by key, stably; `key_ty` is the map's key type.
pub(crate) fn sort_entries(
    host: &dyn FmtHost,
    key_ty: TypeId,
    entries: Vec<(Value, Value)>,
) -> Vec<(Value, Value)> {
    merge_sort(entries, &mut |a, b| {
        compare(host, key_ty, &a.0, &b.0, 0) == Ordering::Greater
    })
}

/// A stable merge sort that stays well-defined (never panics) whatever the
/// comparison says. `greater(a, b)` tells whether `a` must come after `b`.
fn merge_sort<T>(mut items: Vec<T>, greater: &mut dyn FnMut(&T, &T) -> bool) -> Vec<T> {
    if items.len() <= 1 {
        return items;
    }
    let right = items.split_off(items.len() / 2);
    let left = merge_sort(items, greater);
    let right = merge_sort(right, greater);
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut left = left.into_iter().peekable();
    let mut right = right.into_iter().peekable();
    loop {
        let take_right = match (left.peek(), right.peek()) {
            (Some(l), Some(r)) => greater(l, r),
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (None, None) => break,
        };
        let next = if take_right {
            right.next()
        } else {
            left.next()
        };
        out.extend(next);
    }
    out
}

fn cmp_f64(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

fn address(host: &dyn FmtHost, v: &Value) -> u64 {
    if v.is_nil() { 0 } else { host.address(v) }
}

/// Go's ordering of two values of type `ty`: numbers by value (NaN first),
/// strings bytewise, false before true, pointers and channels by address,
/// structs and arrays element by element, interfaces nil first, then by
/// dynamic type, then by value.
pub(crate) fn compare(
    host: &dyn FmtHost,
    ty: TypeId,
    a: &Value,
    b: &Value,
    depth: u32,
) -> Ordering {
    if depth > 100 {
        return Ordering::Equal;
    }
    let types = host.types();
    match kind_of(types, ty) {
        Kind::Int { bits, signed: true } => (int_bits(a.as_int(), bits, true) as i64)
            .cmp(&(int_bits(b.as_int(), bits, true) as i64)),
        Kind::Int {
            bits,
            signed: false,
        } => int_bits(a.as_int(), bits, false).cmp(&int_bits(b.as_int(), bits, false)),
        Kind::Float(_) => cmp_f64(a.as_f64(), b.as_f64()),
        Kind::String => a.as_bytes().cmp(b.as_bytes()),
        Kind::Bool => a.as_bool().cmp(&b.as_bool()),
        Kind::Ptr(_) | Kind::Chan => address(host, a).cmp(&address(host, b)),
        Kind::Struct => {
            let fields = struct_fields(types, ty);
            let (xs, ys) = (items(a), items(b));
            for (i, (_, fty, _)) in fields.iter().enumerate() {
                let c = compare(host, *fty, nth(xs, i), nth(ys, i), depth + 1);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Array(elem) => {
            for (x, y) in items(a).iter().zip(items(b)) {
                let c = compare(host, elem, x, y, depth + 1);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Interface => match (a, b) {
            (Value::Iface(x), Value::Iface(y)) => {
                if x.ty != y.ty {
                    // Go orders by the address of the type descriptor, which
                    // depends on the linker; type ids stand in for it.
                    return x.ty.cmp(&y.ty);
                }
                compare(host, x.ty, &x.val, &y.val, depth + 1)
            }
            (Value::Iface(_), _) => Ordering::Greater,
            (_, Value::Iface(_)) => Ordering::Less,
            _ => Ordering::Equal,
        },
        Kind::Invalid | Kind::Slice(_) | Kind::Map(..) | Kind::Func => Ordering::Equal,
    }
}

pub(crate) fn items(v: &Value) -> &[Value] {
    match v {
        Value::Agg(items) => items,
        _ => &[],
    }
}

pub(crate) fn nth(items: &[Value], i: usize) -> &Value {
    const NIL: &Value = &Value::Nil;
    items.get(i).unwrap_or(NIL)
}
