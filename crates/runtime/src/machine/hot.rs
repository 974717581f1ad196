//! The hot loop: the instructions that make up nearly all of a
//! computation — local loads and stores, integer arithmetic, compares and
//! jumps, and plain calls and returns — run here on one goroutine's stack
//! and frames, with the program counter, frame base and instruction count
//! in locals. Nothing here can be a scheduling point, panic, allocate on
//! the heap or be seen by another goroutine, so the loop needs neither the
//! machine nor the scheduler; at the first instruction it cannot run it
//! hands back to the general loop in `exec.rs`, having changed nothing for
//! that instruction.

use super::{Frame, Goroutine};
use crate::bytecode::{BinOp, CmpOp, Func, NumKind, Op, Program};
use crate::value::{FuncId, Value};

/// Where a goroutine is: what the hot loop reads and advances.
pub(super) struct Cursor<'p> {
    pub(crate) pc: usize,
    pub(crate) base: usize,
    pub(crate) func: &'p Func,
    /// The machine's instruction count so far.
    pub(crate) count: u64,
    /// Instructions left in the goroutine's time slice.
    pub(crate) budget: u32,
}

/// What stays fixed while the hot loop runs.
pub(super) struct Bounds {
    pub(crate) max_instructions: u64,
    pub(crate) max_call_depth: usize,
    /// Frames a plain return must leave behind: at least the caller's, and
    /// within a nested call (a `String` method under `fmt`) never the
    /// frames below the nested call's floor, whose caller is native code.
    pub(crate) min_depth: usize,
    /// Inside a nested call the time slice does not end.
    pub(crate) nested: bool,
}

/// Where a goroutine goes on after a call or return: pc, frame base and
/// the function.
type Place<'p> = (usize, usize, &'p Func);

/// Why the hot loop stopped.
pub(super) enum Stop {
    /// The instruction at `pc` is for the general loop (it may be a hot
    /// one that cannot go the fast way this time, or the instruction limit
    /// is reached).
    Slow,
    /// The time slice is used up; `pc` is the next instruction.
    SliceOver,
}

/// Runs hot instructions until one is not, or the slice ends.
pub(super) fn run<'p>(
    g: &mut Goroutine,
    prog: &'p Program,
    cur: &mut Cursor<'p>,
    bounds: &Bounds,
) -> Stop {
    let (mut pc, mut base, mut func) = (cur.pc, cur.base, cur.func);
    // One counter for both the instruction limit and the time slice: the
    // instructions this call may run before one of them needs a look.
    let left = bounds.max_instructions.saturating_sub(cur.count);
    let fuel = if bounds.nested {
        left
    } else {
        left.min(u64::from(cur.budget.max(1)))
    };
    let mut rest = fuel;
    let stop = loop {
        if rest == 0 {
            break Stop::Slow;
        }
        let Some(op) = func.code.get(pc) else {
            break Stop::Slow;
        };
        match hot_op(g, prog, func, base, op, pc, bounds) {
            Some(place) => (pc, base, func) = place,
            None => break Stop::Slow,
        }
        rest -= 1;
    };
    let ran = fuel - rest;
    // A nested call's fuel is not bounded by the slice: it may exceed u32.
    let budget = cur
        .budget
        .saturating_sub(ran.min(u64::from(u32::MAX)) as u32);
    let stop = match stop {
        Stop::Slow if rest == 0 && budget == 0 && !bounds.nested => Stop::SliceOver,
        stop => stop,
    };
    *cur = Cursor {
        pc,
        base,
        func,
        count: cur.count + ran,
        budget,
    };
    stop
}

/// A call of compiled code, in place: the arguments on the stack become
/// the callee's first slots. The caller's frame keeps `ret_pc` to come
/// back to. Returns the new frame's place, or `None` (nothing
/// changed) at the depth limit, which the general loop reports.
#[inline(always)]
fn call<'p>(
    g: &mut Goroutine,
    callee: &'p Func,
    f: FuncId,
    argc: usize,
    ret_pc: usize,
    bounds: &Bounds,
) -> Option<Place<'p>> {
    if g.frames.len() >= bounds.max_call_depth {
        return None;
    }
    let caller = g.frames.last_mut()?;
    let at = g.stack.len().saturating_sub(argc);
    let base = u32::try_from(at).ok()?;
    caller.pc = u32::try_from(ret_pc).ok()?;
    let slots = (callee.slots as usize).max(argc);
    g.stack.resize_with(at + slots, || Value::Nil);
    g.frames.push(Frame {
        func: f,
        pc: 0,
        base,
        closure: None,
        defers: Vec::new(),
        is_defer: false,
        unwinding: false,
    });
    Some((0, at, callee))
}

/// Whether the current frame can return the common way, in place: no
/// deferred calls, not a deferred call itself, no result in a cell, and a
/// caller frame to go back to. Returns the frame's base.
#[inline(always)]
fn plain_frame(g: &Goroutine, func: &Func, bounds: &Bounds) -> Option<usize> {
    if g.frames.len() < bounds.min_depth {
        return None;
    }
    let frame = g.frames.last()?;
    let plain = frame.defers.is_empty()
        && !frame.is_defer
        && !frame.unwinding
        && !func.result_cells.iter().any(|&cell| cell);
    plain.then_some(frame.base as usize)
}

/// Pops the returning frame and goes back to the caller's.
#[inline(always)]
fn back_to_caller<'p>(g: &mut Goroutine, prog: &'p Program) -> Option<Place<'p>> {
    if let Some(frame) = g.frames.pop() {
        // A plain call's frame owns nothing: skip the general drop code.
        if frame.closure.is_none() && frame.defers.capacity() == 0 {
            std::mem::forget(frame);
        }
    }
    let caller = g.frames.last()?;
    let func = prog.funcs.get(caller.func.0 as usize)?;
    Some((caller.pc as usize, caller.base as usize, func))
}

/// The common return (see [`plain_frame`]): the results move down to the
/// frame's base. `None`, having changed nothing, otherwise; the general
/// loop's `do_return` then does the rest.
#[inline(always)]
fn plain_return<'p>(
    g: &mut Goroutine,
    prog: &'p Program,
    func: &Func,
    bounds: &Bounds,
) -> Option<Place<'p>> {
    let base = plain_frame(g, func, bounds)?;
    let st = &mut g.stack;
    for (k, slot) in func.results.iter().enumerate() {
        let from = base + *slot as usize;
        if from != base + k && from < st.len() && base + k < st.len() {
            st.swap(base + k, from);
        }
    }
    drop_to(st, base + func.results.len());
    back_to_caller(g, prog)
}

/// `StoreReturn`: the value on top is the only result, so it becomes the
/// caller's value on top, with no trip through the result slot.
#[inline(always)]
fn store_return<'p>(
    g: &mut Goroutine,
    prog: &'p Program,
    func: &Func,
    bounds: &Bounds,
) -> Option<Place<'p>> {
    let base = plain_frame(g, func, bounds)?;
    if g.stack.len() <= base {
        return None;
    }
    let top = g.stack.len() - 1;
    g.stack.swap(base, top);
    drop_to(&mut g.stack, base + 1);
    back_to_caller(g, prog)
}

/// Pops the value on top into slot `i`; false (nothing changed) when that
/// slot is not below the top.
#[inline(always)]
fn store(st: &mut Vec<Value>, i: usize) -> bool {
    if i + 1 >= st.len() {
        return false;
    }
    let Some(v) = st.pop() else {
        return false;
    };
    discard(std::mem::replace(&mut st[i], v));
    true
}

/// Shortens the stack to `len`, dropping what was above it.
#[inline(always)]
fn drop_to(st: &mut Vec<Value>, len: usize) {
    while st.len() > len {
        if let Some(v) = st.pop() {
            discard(v);
        }
    }
}

/// Drops a value. Most values in a computation are plain numbers, which
/// own nothing: forgetting them skips the general drop code, an
/// out-of-line call that would otherwise follow every store and pop.
#[inline(always)]
fn discard(v: Value) {
    match v {
        Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_) => std::mem::forget(v),
        v => drop(v),
    }
}

/// `int`/`int64` arithmetic and comparison inline: the commonest case of
/// all, worth skipping the general `arith`/`compare` for.
fn int64_bin(op: BinOp, a: i64, b: i64) -> Option<i64> {
    Some(match op {
        BinOp::Add => a.wrapping_add(b),
        BinOp::Sub => a.wrapping_sub(b),
        BinOp::Mul => a.wrapping_mul(b),
        _ => return None,
    })
}

fn int64_cmp(op: CmpOp, a: i64, b: i64) -> bool {
    match op {
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

/// The hot instructions, in one `match`: run on the goroutine's stack
/// and frames with the frame base known. Gives where the goroutine goes
/// on (the next instruction, or another frame after a call or return), or
/// `None`, having changed nothing, for an instruction the general loop
/// must run. `int`/`int64` operands take the inline integer path, other
/// kinds the general `arith`/`compare`.
#[inline(always)]
fn hot_op<'p>(
    g: &mut Goroutine,
    prog: &'p Program,
    func: &'p Func,
    base: usize,
    op: &Op,
    pc: usize,
    bounds: &Bounds,
) -> Option<Place<'p>> {
    use super::arith::{arith, compare};
    let (st, consts) = (&mut g.stack, &prog.consts);
    let mut next = pc + 1;
    match op {
        Op::Call(f, argc) => {
            let callee = prog.funcs.get(f.0 as usize)?;
            if callee.native.is_some() {
                return None;
            }
            return call(g, callee, *f, *argc as usize, next, bounds);
        }
        Op::Return => return plain_return(g, prog, func, bounds),
        Op::StoreReturn(slot) => {
            return store_return(g, prog, func, bounds).or_else(|| {
                store(&mut g.stack, base + *slot as usize).then_some((next, base, func))
            });
        }
        Op::BinLocalConst(a, k, bop, kind) => {
            let (Some(x), Some(y)) = (st.get(base + *a as usize), consts.get(*k as usize)) else {
                return None;
            };
            let fast = match (kind, x, y) {
                (NumKind::I64, Value::Int(x), Value::Int(y)) => int64_bin(*bop, *x, *y),
                _ => None,
            };
            let v = match fast {
                Some(r) => Value::Int(r),
                // Building a string is counted against the memory limit.
                None if *kind == NumKind::Str => return None,
                // A panic (a division by zero) is the general loop's to raise.
                None => arith(*bop, *kind, x, y).ok()?,
            };
            st.push(v);
        }
        Op::JumpUnlessLocalConst(a, k, cmp, kind, t) => {
            let (Some(x), Some(y)) = (st.get(base + *a as usize), consts.get(*k as usize)) else {
                return None;
            };
            let holds = match (kind, x, y) {
                (NumKind::I64, Value::Int(x), Value::Int(y)) => int64_cmp(*cmp, *x, *y),
                _ => compare(*cmp, *kind, x, y),
            };
            if !holds {
                next = *t as usize;
            }
        }
        Op::Bin(bop, kind) if st.len() >= 2 => {
            let n = st.len();
            let fast = match (kind, &st[n - 2], &st[n - 1]) {
                (NumKind::I64, Value::Int(x), Value::Int(y)) => int64_bin(*bop, *x, *y),
                _ => None,
            };
            match fast {
                Some(r) => {
                    if let Some(y) = st.pop() {
                        discard(y);
                    }
                    discard(std::mem::replace(&mut st[n - 2], Value::Int(r)));
                }
                None if cannot_panic(*bop) && *kind != NumKind::Str => {
                    let v = arith(*bop, *kind, &st[n - 2], &st[n - 1]).ok()?;
                    st.truncate(n - 2);
                    st.push(v);
                }
                None => return None,
            }
        }
        Op::Load(s) => match st.get(base + *s as usize) {
            Some(&Value::Int(i)) => st.push(Value::Int(i)),
            Some(v) => {
                let v = v.clone();
                st.push(v);
            }
            None => return None,
        },
        Op::Store(s) => {
            if !store(st, base + *s as usize) {
                return None;
            }
        }
        Op::Const(k) => st.push(consts.get(*k as usize)?.clone()),
        Op::Pop => {
            if let Some(v) = st.pop() {
                discard(v);
            }
        }
        Op::Cmp(cmp, kind) if st.len() >= 2 => {
            let n = st.len();
            let holds = compare(*cmp, *kind, &st[n - 2], &st[n - 1]);
            st.truncate(n - 2);
            st.push(Value::Bool(holds));
        }
        Op::Jump(t) => next = *t as usize,
        Op::JumpIfFalse(t) => {
            if !st.pop().is_some_and(|v| v.as_bool()) {
                next = *t as usize;
            }
        }
        Op::JumpIfTrue(t) => {
            if st.pop().is_some_and(|v| v.as_bool()) {
                next = *t as usize;
            }
        }
        _ => return None,
    }
    Some((next, base, func))
}

/// Arithmetic that never panics (no division, no shifts), for the hot path.
fn cannot_panic(op: BinOp) -> bool {
    !matches!(op, BinOp::Div | BinOp::Rem | BinOp::Shl | BinOp::Shr)
}
