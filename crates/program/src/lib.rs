//! The compiled form of a program, what the compiler hands the machine:
//! one instruction vector per function, for a stack machine, and the
//! values instructions work on ([`value`]).
//!
//! Each goroutine has its own value stack and frames, so any goroutine can
//! stop after any instruction and resume later. Instructions that other
//! goroutines can observe (channel operations, `go`, sync and atomic
//! natives, timers, `rand`) are *scheduling points*: a goroutine runs until
//! it reaches one, and the scheduler decides who performs the next.

#![warn(clippy::unwrap_used)]

pub mod chunked;
pub mod value;

use types::TypeId;
use value::{FuncId, Value};

/// What a goroutine is for, fixed when it starts (the compiler gives each
/// `go` statement one; the runtime gives `main` and timer functions theirs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The goroutine running `main`.
    Main,
    /// Started by a `go` statement of the program.
    Program,
    /// The watcher `context.propagateCancel` starts for a parent it
    /// cannot register with (marked so where the prelude starts it).
    Watcher,
    /// Running a `time.AfterFunc` function.
    TimerFunc,
    /// Started by other library code (`sync.WaitGroup.Go`).
    Library,
}

/// Arithmetic flavours: the static type decides wrapping and signedness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumKind {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
    Str,
    Bool,
}

impl NumKind {
    pub fn is_float(self) -> bool {
        matches!(self, NumKind::F32 | NumKind::F64)
    }

    pub fn is_unsigned(self) -> bool {
        matches!(
            self,
            NumKind::U8 | NumKind::U16 | NumKind::U32 | NumKind::U64
        )
    }

    /// Wraps an integer result to this kind's width (two's complement).
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            NumKind::I8 => i64::from(v as i8),
            NumKind::I16 => i64::from(v as i16),
            NumKind::I32 => i64::from(v as i32),
            NumKind::U8 => i64::from(v as u8),
            NumKind::U16 => i64::from(v as u16),
            NumKind::U32 => i64::from(v as u32),
            _ => v,
        }
    }

    pub fn bits(self) -> u32 {
        match self {
            NumKind::I8 | NumKind::U8 => 8,
            NumKind::I16 | NumKind::U16 => 16,
            NumKind::I32 | NumKind::U32 | NumKind::F32 => 32,
            _ => 64,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// What `len`/`cap`/indexing/slicing operate on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Container {
    Str,
    Slice,
    /// An array value (`Value::Agg`).
    Array,
    /// A pointer to an array.
    ArrayPtr,
    Map,
    Chan,
}

/// Conversions between representations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conv {
    Num(NumKind, NumKind),
    /// `string(rune)`.
    RuneToStr,
    StrToBytes,
    BytesToStr,
    StrToRunes,
    RunesToStr,
    /// `[N]T(slice)`, with N.
    SliceToArray(u32),
    /// `(*[N]T)(slice)`, with N.
    SliceToArrayPtr(u32),
}

/// One `case` of a `select`, in source order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectCase {
    /// Operand on the stack: the channel.
    Recv,
    /// Operands on the stack: the channel, then the value.
    Send,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SelectTable {
    pub cases: Vec<SelectCase>,
    pub has_default: bool,
}

/// Which family of Go's runtime map functions a map type uses, chosen
/// by the compiler from its key (`mapaccess1_fast64`, `mapassign_faststr`,
/// plain `mapaccess1`): the race detector's report names them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MapKind {
    /// 4-byte keys without pointers: `int32`, `uint32`, `rune`.
    Fast32,
    /// 8-byte keys without pointers: `int`, `int64`, `uint64`, `uintptr`.
    Fast64,
    /// Pointer keys (pointers, channels): read as `Fast64`, assigned by
    /// `mapassign_fast64ptr`.
    Fast64Ptr,
    FastStr,
    /// Every other key (and values over 128 bytes).
    #[default]
    Generic,
}

/// Index into [`Program::natives`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NativeId(pub u16);

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Push `Program::consts[i]`.
    Const(u32),
    Pop,
    Dup,
    /// Push a copy of the value `n` slots below the top (0 = top).
    Pick(u16),
    Load(u16),
    Store(u16),
    /// The slot holds a pointer to a heap cell: read or write the cell.
    LoadCell(u16),
    StoreCell(u16),
    /// Allocate a new zeroed cell for a variable that escapes (its address is
    /// taken or a closure captures it), storing the pointer in the slot.
    NewCell(u16, u32),
    LoadCapture(u16),
    StoreCapture(u16),
    /// Push the pointer held in capture `i` (the captured variable's address).
    CaptureAddr(u16),
    LoadGlobal(u32),
    StoreGlobal(u32),
    GlobalAddr(u32),
    /// Pop a pointer, push the value it points to (nil pointer → panic).
    Deref,
    /// Pop a value and a pointer below it; store the value through the pointer.
    StoreInd,
    /// Pop a value, push a pointer to a new heap cell holding it (`&T{}`, `new`).
    Alloc,
    /// Pop an aggregate, push its field/element `i`.
    Field(u32),
    /// Pop a pointer to an aggregate, push a pointer to its field `i`.
    FieldAddr(u32),
    /// Pop `n` values, push them as an aggregate (struct or array).
    MakeAgg(u32),
    Bin(BinOp, NumKind),
    Neg(NumKind),
    Not,
    BitNot(NumKind),
    Cmp(CmpOp, NumKind),
    /// Go's `==` on any comparable values; `true` pushes `!=`.
    EqAny(bool),
    Convert(Conv),
    Jump(u32),
    JumpIfFalse(u32),
    JumpIfTrue(u32),
    /// `Load(slot); Const(k); Bin(op, kind)` in one (superinstruction).
    BinLocalConst(u16, u32, BinOp, NumKind),
    /// `Load(slot); Const(k); Cmp(op, kind); JumpIfFalse(target)` in one.
    JumpUnlessLocalConst(u16, u32, CmpOp, NumKind, u32),
    /// `Store(slot)` where a `Return` follows and `slot` is the function's
    /// only result: the hot loop stores and returns at once; elsewhere it
    /// is a plain `Store` and the `Return` after it runs as usual.
    StoreReturn(u16),
    /// Call a compiled function with `argc` arguments on the stack.
    Call(FuncId, u16),
    /// Call the function value below the `argc` arguments.
    CallValue(u16),
    /// Call method `name` on the interface value below the `argc` arguments.
    CallIface(u32, u16),
    CallNative(NativeId, u16),
    /// Push a closure of `func` capturing the `n` values on the stack.
    MakeClosure(FuncId, u16),
    /// Return with the function's results in its result slots.
    Return,
    /// Start a goroutine running the function value below `argc` arguments,
    /// in the role the compiler gave this `go` statement. The last operand
    /// is `N` when Go runs the call through a generated wrapper
    /// `<enclosing>.gowrapN` (a call with arguments, results or a
    /// receiver), which stack traces show; 0 when it does not.
    Go(u16, Role, u16),
    /// Register a deferred call of the function value below `argc` arguments.
    Defer(u16),
    Panic,
    Recover,
    /// Pop a capacity, push a new channel; the operands are the element's
    /// zero value (what a receive from the closed channel yields) and the
    /// element type (for views).
    MakeChan(u32, u32),
    Send,
    /// Receive; `true` also pushes the `ok` flag.
    Recv(bool),
    Close,
    /// Pop the case operands, block or choose, then push the chosen case
    /// index (`-1` for default), the received value and `ok`.
    Select(u32),
    /// Pop a length and capacity, push a new slice filled with `Program::consts[zero]`.
    MakeSlice(u32),
    /// Push a new map; the operand is which of Go's map functions its
    /// key type uses (what a race report names).
    MakeMap(MapKind),
    /// Pop `n` values, push a new slice holding them.
    MakeSliceFrom(u32),
    /// `min`/`max` (`true` for max) of `n` values of one kind.
    MinMax(bool, NumKind, u16),
    /// `clear(s)` for a slice: zero every element.
    ClearSlice(u32),
    Len(Container),
    Cap(Container),
    /// Pop an index and a container, push the element (bounds-checked).
    Index(Container),
    /// Like `Index` on a map, also pushing whether the key was present;
    /// the operand is the zero value's constant for a missing key.
    MapGet(u32, bool),
    /// Pop value, key, map: store (nil map → panic).
    MapSet,
    MapDelete,
    /// Pop an index and a slice/array pointer, push a pointer to the element.
    IndexAddr(Container),
    /// Slice expression; flags say which of low, high, max are on the stack.
    SliceOf(Container, bool, bool, bool),
    /// Pop `n` values and a slice, push the slice with them appended; the
    /// elements' layout decides how the backing array grows.
    Append(u16, ElemLayout),
    /// `append(s, t...)`.
    AppendSlice(ElemLayout),
    Copy,
    ClearMap,
    /// Range over a map: pop the map, push an iterator (a snapshot of keys).
    MapIter,
    /// Pop an iterator, push the next key, value and `true`, or `false` at the end.
    MapNext,
    /// Decode the rune of a string at a byte index: pops index and string,
    /// pushes the rune and its width.
    DecodeRune,
    /// Wrap the value on top as an interface value of dynamic type `TypeId`.
    ToIface(TypeId),
    /// Type assertion to a concrete type: target, the operand's static
    /// interface type (for the panic message), comma-ok form.
    AssertType(TypeId, TypeId, bool),
    /// Type assertion to an interface type (same operands).
    AssertIface(TypeId, TypeId, bool),
    /// Type-switch test: pop an interface value, push whether its dynamic
    /// type is exactly this type (or implements it, for interface types).
    TypeIs(TypeId, bool),
    /// `nil` interface test for type switches.
    IsNilIface,
    /// Unwrap an interface value to its dynamic value.
    IfaceValue,
    /// `main.main` returned: the program ends (a scheduling point, so other
    /// goroutines may still run first).
    Exit,
    /// The `print`/`println` builtins: pop as many values as
    /// `Program::prints[i]` has types (kept there so that an instruction
    /// stays small and owns nothing), `true` for `println`.
    Print(u32, bool),
}

// The hot loop matches on every instruction it runs: an instruction holding
// a `Vec` would put the tag in the vector's spare bits and cost every
// dispatch the decoding, so tables live in `Program` and an `Op` stays 16
// bytes. Checked when the crate compiles, not when a test runs.
/// A slice element's size in bytes and whether it holds pointers, as Go's
/// allocator sees it: `append` rounds a grown backing array up to Go's
/// size classes with them. Packed in a word to keep [`Op`] small.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ElemLayout(u32);

impl ElemLayout {
    const POINTERS: u32 = 1 << 31;

    /// Sizes past 2^31 - 1 bytes are kept at that (no slice of them can
    /// be allocated anyway).
    pub fn new(size: u64, pointers: bool) -> ElemLayout {
        let size = u32::try_from(size)
            .unwrap_or(u32::MAX)
            .min(Self::POINTERS - 1);
        ElemLayout(size | if pointers { Self::POINTERS } else { 0 })
    }

    pub fn size(self) -> u64 {
        u64::from(self.0 & !Self::POINTERS)
    }

    pub fn pointers(self) -> bool {
        self.0 & Self::POINTERS != 0
    }
}

const _: () = assert!(size_of::<Op>() <= 16);

/// A compiled function.
#[derive(Clone, Debug)]
pub struct Func {
    /// Go's name for it in traces: `main.main`, `main.(*T).Close`,
    /// `context.(*cancelCtx).propagateCancel.func2`.
    pub name: String,
    pub file: u32,
    /// Line of the `func` keyword (traces of `created by`).
    pub line: u32,
    pub params: u16,
    /// Slots for parameters, locals and temporaries.
    pub slots: u16,
    /// Slots holding the results, read at return.
    pub results: Vec<u16>,
    /// Result slots that are cells (named results captured by closures).
    pub result_cells: Vec<bool>,
    pub code: Vec<Op>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    /// Whether the function belongs to the prelude (traces fold it).
    pub prelude: bool,
    /// Set for functions the engine implements natively.
    pub native: Option<NativeId>,
    /// For instructions of the program's own code that read or write
    /// memory ([`Op::memory_use`]), by ascending pc: the source span
    /// (byte offsets) of the variable, field, element or map entry touched,
    /// so the page can say "reads counter".
    pub accesses: Vec<(u32, u32, u32)>,
}

/// How an instruction uses memory another goroutine may reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemoryUse {
    Read,
    Write,
}

impl Op {
    /// Whether the instruction reads or writes a variable, field, element
    /// or map entry in the heap (`None`: it touches only its own stack and
    /// frame, or synchronises).
    pub fn memory_use(&self) -> Option<MemoryUse> {
        match self {
            Op::LoadCell(_)
            | Op::LoadCapture(_)
            | Op::LoadGlobal(_)
            | Op::Deref
            | Op::MapGet(..)
            | Op::MapIter
            | Op::MapNext
            | Op::Index(Container::Slice | Container::ArrayPtr) => Some(MemoryUse::Read),
            Op::StoreCell(_)
            | Op::StoreCapture(_)
            | Op::StoreGlobal(_)
            | Op::StoreInd
            | Op::MapSet
            | Op::MapDelete
            | Op::ClearMap
            | Op::ClearSlice(_)
            | Op::Append(..)
            | Op::AppendSlice(_)
            | Op::Copy => Some(MemoryUse::Write),
            _ => None,
        }
    }
}

impl Func {
    /// The source span of what the instruction at `pc` reads or writes
    /// (see [`Func::accesses`]).
    pub fn access_span(&self, pc: usize) -> Option<(u32, u32)> {
        let at = self
            .accesses
            .binary_search_by_key(&(pc as u32), |a| a.0)
            .ok()?;
        self.accesses.get(at).map(|a| (a.1, a.2))
    }

    /// Go's name for it, as traces show it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file it is in (an index into the program's files).
    pub fn file(&self) -> u32 {
        self.file
    }

    /// It belongs to the prelude: library code, folded in traces.
    pub fn prelude(&self) -> bool {
        self.prelude
    }

    /// The line of the instruction a frame stopped after (its pc has moved
    /// past it): what tracebacks show. A frame that has not run yet (pc 0)
    /// and a native (no code) show the function's own line.
    pub fn line_before(&self, pc: u32) -> u32 {
        match pc.checked_sub(1).and_then(|i| self.lines.get(i as usize)) {
            Some(&line) => line,
            None => self.line,
        }
    }
}

/// A whole compiled program.
#[derive(Clone, Debug)]
pub struct Program {
    pub funcs: Vec<Func>,
    pub consts: Vec<Value>,
    pub selects: Vec<SelectTable>,
    /// The argument types of each `print`/`println` call.
    pub prints: Vec<Vec<TypeId>>,
    /// Method names used by `CallIface`.
    pub method_names: Vec<String>,
    /// Number of package-level variables.
    pub globals: u32,
    /// Zero value of each global (by constant index).
    pub global_zeros: Vec<u32>,
    /// The function that initialises packages and then calls `main.main`.
    pub entry: FuncId,
    pub natives: Vec<String>,
    /// Method tables: (dynamic type, method name index) → the function to
    /// call with the interface's value as receiver, and the method's
    /// signature (interface checks compare it).
    pub methods: types::fnv::FnvMap<(TypeId, u32), (FuncId, TypeId)>,
    /// The global holding `time.Local` (timers build `time.Time` values).
    pub time_local: Option<u32>,
}

#[cfg(test)]
mod tests {
    use super::Op;

    #[test]
    fn instructions_own_nothing() {
        assert!(!std::mem::needs_drop::<Op>());
    }
}
