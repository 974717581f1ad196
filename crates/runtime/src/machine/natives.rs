//! Natives: the functions the prelude declares without a body, bound by
//! name (see `crates/prelude/natives.md`). Those other goroutines can
//! observe are scheduling points.

use super::footprint::{Access, Loc};
use super::syncobj::{SyncResult, addr_of};
use super::{Machine, Status};
use crate::bytecode::NativeId;
use crate::sched::Scheduler;
use crate::value::{Iface, Value};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Native {
    Sprintf,
    Sprint,
    Sprintln,
    CheckAsTarget,
    AsTarget,
    FormatFloat,
    ParseFloat,
    SliceLen,
    SliceSwap,
    Now,
    Sleep,
    StartTimer,
    StopTimer,
    ResetTimer,
    MutexLock,
    MutexUnlock,
    MutexTryLock,
    RwLock,
    RwUnlock,
    RwRLock,
    RwRUnlock,
    RwTryLock,
    RwTryRLock,
    WgAdd,
    WgWait,
    NotifyAdd,
    NotifyWait,
    NotifyOne,
    NotifyAll,
    AtomicAdd(crate::bytecode::NumKind),
    AtomicLoad,
    AtomicStore,
    AtomicSwap,
    AtomicCas,
    ValueLoad,
    ValueStore,
    ValueSwap,
    ValueCas,
    Exit,
    Write,
    Gosched,
    NumGoroutine,
    Goexit,
    Int63,
    Int63n,
    TypeString,
    TypeComparable,
    Math(MathOp),
    Unknown,
}

/// The natives of package `math`: the views of a float's bits that the
/// rest of `math` (Go in the prelude) is built on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathOp {
    Float64bits,
    Float64frombits,
    Float32bits,
    Float32frombits,
}

impl MathOp {
    /// The result for argument `x` (a float, or an unsigned integer's bits).
    fn apply(self, x: &Value) -> Value {
        use MathOp::*;
        let f = x.as_f64();
        match self {
            Float64bits => Value::Int(f.to_bits() as i64),
            Float64frombits => Value::Float(f64::from_bits(x.as_int() as u64)),
            // A float32 is held as the float64 of the same value.
            Float32bits => Value::Int(i64::from((f as f32).to_bits())),
            Float32frombits => Value::Float(f64::from(f32::from_bits(x.as_int() as u32))),
        }
    }
}

impl Native {
    pub fn resolve(name: &str) -> Native {
        use Native::*;
        let atomic = |rest: &str| -> Option<Native> {
            use crate::bytecode::NumKind;
            let kind = match (rest.contains("Uint"), rest.ends_with("32")) {
                (false, true) => NumKind::I32,
                (false, false) => NumKind::I64,
                (true, true) => NumKind::U32,
                (true, false) => NumKind::U64,
            };
            Some(match rest.trim_end_matches(|c: char| c.is_ascii_digit()) {
                "AddInt" | "AddUint" => AtomicAdd(kind),
                "LoadInt" | "LoadUint" => AtomicLoad,
                "StoreInt" | "StoreUint" => AtomicStore,
                "SwapInt" | "SwapUint" => AtomicSwap,
                "CompareAndSwapInt" | "CompareAndSwapUint" => AtomicCas,
                _ => return None,
            })
        };
        if let Some(rest) = name.strip_prefix("sync/atomic.") {
            if let Some(n) = atomic(rest) {
                return n;
            }
        }
        match name {
            "fmt.Sprintf" => Sprintf,
            "fmt.Sprint" => Sprint,
            "fmt.Sprintln" => Sprintln,
            "errors.checkAsTarget" => CheckAsTarget,
            "errors.asTarget" => AsTarget,
            "strconv.FormatFloat" => FormatFloat,
            "strconv.parseFloat" => ParseFloat,
            "sort.sliceLen" => SliceLen,
            "sort.sliceSwap" => SliceSwap,
            "time.now" => Now,
            "time.Sleep" => Sleep,
            "time.startTimer" => StartTimer,
            "time.stopTimer" => StopTimer,
            "time.resetTimer" => ResetTimer,
            "sync.(*Mutex).Lock" => MutexLock,
            "sync.(*Mutex).Unlock" => MutexUnlock,
            "sync.(*Mutex).TryLock" => MutexTryLock,
            "sync.(*RWMutex).Lock" => RwLock,
            "sync.(*RWMutex).Unlock" => RwUnlock,
            "sync.(*RWMutex).RLock" => RwRLock,
            "sync.(*RWMutex).RUnlock" => RwRUnlock,
            "sync.(*RWMutex).TryLock" => RwTryLock,
            "sync.(*RWMutex).TryRLock" => RwTryRLock,
            "sync.(*WaitGroup).Add" => WgAdd,
            "sync.(*WaitGroup).Wait" => WgWait,
            "sync.notifyListAdd" => NotifyAdd,
            "sync.notifyListWait" => NotifyWait,
            "sync.notifyListNotifyOne" => NotifyOne,
            "sync.notifyListNotifyAll" => NotifyAll,
            "sync/atomic.(*Value).Load" => ValueLoad,
            "sync/atomic.(*Value).Store" => ValueStore,
            "sync/atomic.(*Value).Swap" => ValueSwap,
            "sync/atomic.(*Value).CompareAndSwap" => ValueCas,
            "os.Exit" => Exit,
            "os.write" => Write,
            "runtime.Gosched" => Gosched,
            "runtime.NumGoroutine" => NumGoroutine,
            "runtime.Goexit" => Goexit,
            "math/rand.int63" => Int63,
            "math/rand.int63n" => Int63n,
            "internal/reflectlite.typeString" => TypeString,
            "internal/reflectlite.typeComparable" => TypeComparable,
            "math.Float64bits" => Math(MathOp::Float64bits),
            "math.Float64frombits" => Math(MathOp::Float64frombits),
            "math.Float32bits" => Math(MathOp::Float32bits),
            "math.Float32frombits" => Math(MathOp::Float32frombits),
            _ => Unknown,
        }
    }
}

impl Machine {
    pub(super) fn call_native(
        &mut self,
        gi: usize,
        id: NativeId,
        args: Vec<Value>,
        sched: &mut dyn Scheduler,
    ) {
        let (Some(&native), Some(name)) = (
            self.natives.get(id.0 as usize),
            self.prog.natives.get(id.0 as usize),
        ) else {
            never!(self, "native {} is not in the program", id.0);
            return;
        };
        let me = self.goroutines[gi].id;
        if let (Some(op), true) = (native.sync_op(), self.record_events) {
            let func = name.clone();
            self.emit(me, super::EventKind::Sync { op, func });
        }
        // The prelude declares each native with the parameters it reads, so
        // a missing argument is a bug of ours: noted here, reported below.
        let missing = std::cell::Cell::new(false);
        let arg = |i: usize| match args.get(i) {
            Some(v) => v.clone(),
            None => {
                missing.set(true);
                Value::Nil
            }
        };
        let addr = |i: usize| addr_of(&arg(i));
        let mark = self.heap.race_log.len();
        self.run_native(gi, native, &args, arg, addr, sched);
        if native.is_atomic() && self.race.is_some() {
            let prog = self.prog.clone();
            let name = prog.natives.get(id.0 as usize).map_or("", String::as_str);
            self.race_atomic(gi, native, name, addr(0), mark);
        }
        if missing.get() {
            never!(self, "a native read an argument it was not given");
        }
    }

    fn run_native(
        &mut self,
        gi: usize,
        native: Native,
        args: &[Value],
        arg: impl Fn(usize) -> Value,
        addr: impl Fn(usize) -> Option<super::syncobj::Addr>,
        sched: &mut dyn Scheduler,
    ) {
        use Native::*;
        let me = self.goroutines[gi].id;
        match native {
            Sprintf | Sprint | Sprintln => {
                let s = self.native_format(gi, native, args);
                self.push(gi, Value::bytes(&s));
            }
            FormatFloat => {
                let s = crate::format::format_float(
                    arg(0).as_f64(),
                    arg(1).as_int() as u8,
                    arg(2).as_int() as i32,
                    arg(3).as_int() as u32,
                );
                self.push(gi, Value::str(&s));
            }
            ParseFloat => {
                let text = String::from_utf8_lossy(arg(0).as_bytes()).into_owned();
                let (v, code) = match crate::format::parse_float(&text, arg(1).as_int() as u32) {
                    Ok(v) => (v, 0),
                    Err(crate::format::ParseFloatError::Syntax) => (0.0, 1),
                    Err(crate::format::ParseFloatError::Range(inf)) => (inf, 2),
                };
                self.push(gi, Value::Float(v));
                self.push(gi, Value::Int(code));
            }
            CheckAsTarget => {
                let r = self.check_as_target(&arg(0));
                self.push(gi, Value::Int(r));
            }
            AsTarget => {
                let r = self.as_target(gi, &arg(0), &arg(1));
                self.push(gi, Value::Bool(r));
            }
            SliceLen => match self.iface_slice(&arg(0)) {
                Some(s) => self.push(gi, Value::Int(i64::from(s.len))),
                None => {
                    let v = Value::str("reflect: call of Swapper on non-slice Value");
                    self.start_panic(
                        gi,
                        Value::Iface(Rc::new(Iface {
                            ty: self.string_type(),
                            val: v,
                        })),
                    );
                }
            },
            SliceSwap => {
                if let Some(s) = self.iface_slice(&arg(0)) {
                    let (i, j) = (arg(1).as_int() as u32, arg(2).as_int() as u32);
                    if let (Some(a), Some(b)) =
                        (self.heap.slice_get(&s, i), self.heap.slice_get(&s, j))
                    {
                        self.heap.slice_set(&s, i, b);
                        self.heap.slice_set(&s, j, a);
                    }
                }
            }
            Now => {
                // A timer that fires sooner or later changes what this reads.
                self.touch(Loc::Timers, Access::Read);
                let (s, n, m) = self.now_parts();
                self.push(gi, Value::Int(s));
                self.push(gi, Value::Int(n));
                self.push(gi, Value::Int(m));
            }
            Sleep => self.sleep(gi, arg(0).as_int()),
            StartTimer => {
                let key = self.timer_key(&arg(0));
                let chan = match arg(3) {
                    Value::Chan(c) => Some(c),
                    _ => None,
                };
                let func = match arg(4) {
                    Value::Func(f) => Some(Value::Func(f)),
                    _ => None,
                };
                if let Some(k) = key {
                    self.race_timer_set(gi, k.clone());
                    self.start_timer(k, arg(1).as_int(), arg(2).as_int(), chan, func);
                }
            }
            StopTimer => {
                let r = self.timer_key(&arg(0)).is_some_and(|k| self.stop_timer(&k));
                self.push(gi, Value::Bool(r));
            }
            ResetTimer => {
                let r = match self.timer_key(&arg(0)) {
                    Some(k) => {
                        self.race_timer_set(gi, k.clone());
                        self.reset_timer(k, arg(1).as_int(), arg(2).as_int())
                    }
                    None => false,
                };
                self.push(gi, Value::Bool(r));
            }
            MutexLock | MutexUnlock => {
                let Some(a) = addr(0) else {
                    self.runtime_panic(gi, super::panics::RtErr::NilDeref);
                    return;
                };
                match native {
                    MutexLock => self.mutex_lock(gi, a),
                    _ => self.mutex_unlock(gi, a),
                }
            }
            RwLock | RwUnlock | RwRLock | RwRUnlock | WgAdd | WgWait | NotifyWait => {
                let Some(a) = addr(0) else {
                    self.runtime_panic(gi, super::panics::RtErr::NilDeref);
                    return;
                };
                let delta = if native == WgAdd { arg(1).as_int() } else { 0 };
                self.race_before_sync(gi, native, &a, delta);
                let r = match native {
                    RwLock => self.rw_lock(a.clone(), me),
                    RwUnlock => self.rw_unlock(a.clone()),
                    RwRLock => self.rw_rlock(a.clone(), me),
                    RwRUnlock => self.rw_runlock(a.clone()),
                    WgAdd => self.wg_add(a.clone(), arg(1).as_int()),
                    WgWait => self.wg_wait(a.clone(), me),
                    _ => self.notify_wait(a.clone(), arg(1).as_int() as u32, me),
                };
                if matches!(r, SyncResult::Done) {
                    self.race_sync_done(gi, native, &a);
                }
                self.sync_result(gi, r);
            }
            MutexTryLock | RwTryLock | RwTryRLock => {
                let Some(a) = addr(0) else {
                    self.runtime_panic(gi, super::panics::RtErr::NilDeref);
                    return;
                };
                let ok = match native {
                    MutexTryLock => self.mutex_try_lock(gi, a.clone()),
                    RwTryLock => self.rw_try_lock(a.clone()),
                    _ => self.rw_try_rlock(a.clone()),
                };
                if ok && native != MutexTryLock {
                    self.race_sync_done(gi, if native == RwTryLock { RwLock } else { RwRLock }, &a);
                }
                self.push(gi, Value::Bool(ok));
            }
            NotifyAdd => {
                let t = addr(0).map_or(0, |a| self.notify_add(a));
                self.push(gi, Value::Int(i64::from(t)));
            }
            NotifyOne => {
                if let Some(a) = addr(0) {
                    self.notify_one(a);
                }
            }
            NotifyAll => {
                if let Some(a) = addr(0) {
                    self.notify_all(a);
                }
            }
            AtomicAdd(kind) => {
                let p = arg(0);
                if let Some(old) = self.load_ptr(gi, &p) {
                    let new = kind.wrap(old.as_int().wrapping_add(arg(1).as_int()));
                    self.store_ptr(gi, &p, Value::Int(new));
                    self.push(gi, Value::Int(new));
                }
            }
            AtomicLoad => {
                if let Some(v) = self.load_ptr(gi, &arg(0)) {
                    self.push(gi, v);
                }
            }
            AtomicStore => self.store_ptr(gi, &arg(0), arg(1)),
            AtomicSwap => {
                let p = arg(0);
                if let Some(old) = self.load_ptr(gi, &p) {
                    self.store_ptr(gi, &p, arg(1));
                    self.push(gi, old);
                }
            }
            AtomicCas => {
                let p = arg(0);
                if let Some(cur) = self.load_ptr(gi, &p) {
                    let swap = cur.as_int() == arg(1).as_int();
                    if swap {
                        self.store_ptr(gi, &p, arg(2));
                    }
                    self.push(gi, Value::Bool(swap));
                }
            }
            ValueLoad | ValueStore | ValueSwap | ValueCas => self.atomic_value(gi, native, args),
            Exit => self.program_exit(arg(0).as_int()),
            Write => {
                let b = arg(1);
                match arg(0).as_int() {
                    1 => self.write_stdout(gi, b.as_bytes()),
                    2 => self.write_fd_of(gi, b.as_bytes()),
                    _ => {}
                }
            }
            Gosched => self.yielded(gi),
            NumGoroutine => {
                self.touch(Loc::Goroutines, Access::Read);
                let n = self.live_goroutines();
                self.push(gi, Value::Int(n as i64));
            }
            Goexit => self.goexit(gi),
            Int63 => {
                self.heap.touches.bump();
                let v = sched.pick_rand(me, 0);
                self.push(gi, Value::Int((v & (u64::MAX >> 1)) as i64));
            }
            Int63n => {
                // rand.Int63n has already panicked on n <= 0.
                let Ok(n @ 1..) = u64::try_from(arg(0).as_int()) else {
                    never!(self, "int63n called with {}", arg(0));
                    return;
                };
                self.heap.touches.bump();
                let v = sched.pick_rand(me, n) % n;
                self.push(gi, Value::Int(v as i64));
            }
            TypeString => {
                let s = match arg(0) {
                    Value::Iface(i) => self.type_name(i.ty),
                    _ => "<nil>".into(),
                };
                self.push(gi, Value::str(&s));
            }
            TypeComparable => {
                let c = match arg(0) {
                    Value::Iface(i) => self.checked.types.comparable(i.ty),
                    _ => true,
                };
                self.push(gi, Value::Bool(c));
            }
            Math(op) => {
                let v = op.apply(&arg(0));
                self.push(gi, v);
            }
            Unknown => never!(self, "a native the runtime does not implement was called"),
        }
    }

    fn sync_result(&mut self, gi: usize, r: SyncResult) {
        match r {
            SyncResult::Done => {}
            SyncResult::Block(why) => {
                self.set_status(gi, Status::Blocked(why));
                self.emit(
                    self.goroutines[gi].id,
                    super::EventKind::Block { reason: why },
                );
            }
            SyncResult::Fatal(msg) => self.fatal(gi, msg),
            SyncResult::Panic(msg) => {
                let v = Value::Iface(Rc::new(Iface {
                    ty: self.string_type(),
                    val: Value::str(msg),
                }));
                self.start_panic(gi, v);
            }
        }
    }

    /// The key of a `*time.Timer`/`*time.Ticker` passed as `any`.
    fn timer_key(&self, v: &Value) -> Option<super::syncobj::Addr> {
        match v {
            Value::Iface(i) => addr_of(&i.val),
            other => addr_of(other),
        }
    }

    /// `string`, which the universe declares, so every program has it.
    pub(super) fn string_type(&self) -> types::TypeId {
        self.checked.types.string()
    }

    fn iface_slice(&self, v: &Value) -> Option<crate::value::SliceVal> {
        match v {
            Value::Iface(i) => match &i.val {
                Value::Slice(s) => Some(*s),
                Value::Nil
                    if matches!(self.checked.types.under_type(i.ty), types::Type::Slice(_)) =>
                {
                    Some(crate::value::SliceVal {
                        obj: crate::value::ObjId(u32::MAX),
                        off: 0,
                        len: 0,
                        cap: 0,
                    })
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Spawns the goroutine an `AfterFunc` timer starts.
    pub(super) fn spawn_timer_func(&mut self, func: Value) {
        self.touch(Loc::Goroutines, Access::Add);
        let Value::Func(c) = func else { return };
        let id = self.next_goroutine_id();
        let slots = self.prog.funcs[c.func.0 as usize].slots as usize;
        self.add_goroutine(super::Goroutine::new(
            id,
            c.func,
            Some(c),
            vec![Value::Nil; slots],
            Some(super::Creator::Timer),
            super::Role::TimerFunc,
        ));
        self.emit(
            id,
            super::EventKind::Start {
                parent: None,
                func: "time.goFunc".into(),
                prelude: true,
            },
        );
    }
}
