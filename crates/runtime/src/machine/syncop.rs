//! The operations of the runtime that other goroutines can observe, and so
//! are scheduling points: locks, wait groups, condition variables, atomics,
//! timers and sleeps, writes, yields and random numbers. Events and the
//! next operation of a lane name them by this enum, never by a string.

use super::natives::Native;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyncOp {
    MutexLock,
    MutexUnlock,
    MutexTryLock,
    RwLock,
    RwUnlock,
    RwRLock,
    RwRUnlock,
    RwTryLock,
    RwTryRLock,
    WaitGroupAdd,
    WaitGroupWait,
    /// `sync.Cond`: taking a ticket, waiting with it, `Signal`, `Broadcast`.
    CondAdd,
    CondWait,
    CondSignal,
    CondBroadcast,
    /// The `sync/atomic` functions and types' methods.
    AtomicAdd,
    AtomicLoad,
    AtomicStore,
    AtomicSwap,
    AtomicCompareAndSwap,
    /// `atomic.Value`'s methods.
    ValueLoad,
    ValueStore,
    ValueSwap,
    ValueCompareAndSwap,
    Sleep,
    StartTimer,
    StopTimer,
    ResetTimer,
    /// A write to standard output or standard error.
    Write,
    Exit,
    Gosched,
    Goexit,
    /// A `math/rand` value.
    Rand,
}

impl SyncOp {
    /// The Go function it is (the prelude's name for it), as traces and
    /// the page show it.
    pub fn go_name(self) -> &'static str {
        match self {
            SyncOp::MutexLock => "sync.(*Mutex).Lock",
            SyncOp::MutexUnlock => "sync.(*Mutex).Unlock",
            SyncOp::MutexTryLock => "sync.(*Mutex).TryLock",
            SyncOp::RwLock => "sync.(*RWMutex).Lock",
            SyncOp::RwUnlock => "sync.(*RWMutex).Unlock",
            SyncOp::RwRLock => "sync.(*RWMutex).RLock",
            SyncOp::RwRUnlock => "sync.(*RWMutex).RUnlock",
            SyncOp::RwTryLock => "sync.(*RWMutex).TryLock",
            SyncOp::RwTryRLock => "sync.(*RWMutex).TryRLock",
            SyncOp::WaitGroupAdd => "sync.(*WaitGroup).Add",
            SyncOp::WaitGroupWait => "sync.(*WaitGroup).Wait",
            SyncOp::CondAdd => "sync.notifyListAdd",
            SyncOp::CondWait => "sync.notifyListWait",
            SyncOp::CondSignal => "sync.notifyListNotifyOne",
            SyncOp::CondBroadcast => "sync.notifyListNotifyAll",
            SyncOp::AtomicAdd => "sync/atomic.Add",
            SyncOp::AtomicLoad => "sync/atomic.Load",
            SyncOp::AtomicStore => "sync/atomic.Store",
            SyncOp::AtomicSwap => "sync/atomic.Swap",
            SyncOp::AtomicCompareAndSwap => "sync/atomic.CompareAndSwap",
            SyncOp::ValueLoad => "sync/atomic.(*Value).Load",
            SyncOp::ValueStore => "sync/atomic.(*Value).Store",
            SyncOp::ValueSwap => "sync/atomic.(*Value).Swap",
            SyncOp::ValueCompareAndSwap => "sync/atomic.(*Value).CompareAndSwap",
            SyncOp::Sleep => "time.Sleep",
            SyncOp::StartTimer => "time.startTimer",
            SyncOp::StopTimer => "time.stopTimer",
            SyncOp::ResetTimer => "time.resetTimer",
            SyncOp::Write => "os.write",
            SyncOp::Exit => "os.Exit",
            SyncOp::Gosched => "runtime.Gosched",
            SyncOp::Goexit => "runtime.Goexit",
            SyncOp::Rand => "math/rand.int63",
        }
    }

    /// Taking or releasing a lock (of a `Mutex` or an `RWMutex`).
    pub fn is_lock(self) -> bool {
        matches!(
            self,
            SyncOp::MutexLock
                | SyncOp::MutexUnlock
                | SyncOp::MutexTryLock
                | SyncOp::RwLock
                | SyncOp::RwUnlock
                | SyncOp::RwRLock
                | SyncOp::RwRUnlock
                | SyncOp::RwTryLock
                | SyncOp::RwTryRLock
        )
    }
}

impl Native {
    /// A `sync/atomic` operation (on an integer or an `atomic.Value`).
    pub fn is_atomic(self) -> bool {
        use Native::*;
        matches!(
            self,
            AtomicAdd(_)
                | AtomicLoad
                | AtomicStore
                | AtomicSwap
                | AtomicCas
                | ValueLoad
                | ValueStore
                | ValueSwap
                | ValueCas
        )
    }

    /// The observable operation this native performs, if it is a
    /// scheduling point (the formatting and conversion natives are not).
    pub fn sync_op(self) -> Option<SyncOp> {
        use Native::*;
        Some(match self {
            MutexLock => SyncOp::MutexLock,
            MutexUnlock => SyncOp::MutexUnlock,
            MutexTryLock => SyncOp::MutexTryLock,
            RwLock => SyncOp::RwLock,
            RwUnlock => SyncOp::RwUnlock,
            RwRLock => SyncOp::RwRLock,
            RwRUnlock => SyncOp::RwRUnlock,
            RwTryLock => SyncOp::RwTryLock,
            RwTryRLock => SyncOp::RwTryRLock,
            WgAdd => SyncOp::WaitGroupAdd,
            WgWait => SyncOp::WaitGroupWait,
            NotifyAdd => SyncOp::CondAdd,
            NotifyWait => SyncOp::CondWait,
            NotifyOne => SyncOp::CondSignal,
            NotifyAll => SyncOp::CondBroadcast,
            AtomicAdd(_) => SyncOp::AtomicAdd,
            AtomicLoad => SyncOp::AtomicLoad,
            AtomicStore => SyncOp::AtomicStore,
            AtomicSwap => SyncOp::AtomicSwap,
            AtomicCas => SyncOp::AtomicCompareAndSwap,
            ValueLoad => SyncOp::ValueLoad,
            ValueStore => SyncOp::ValueStore,
            ValueSwap => SyncOp::ValueSwap,
            ValueCas => SyncOp::ValueCompareAndSwap,
            Sleep => SyncOp::Sleep,
            StartTimer => SyncOp::StartTimer,
            StopTimer => SyncOp::StopTimer,
            ResetTimer => SyncOp::ResetTimer,
            Write => SyncOp::Write,
            Exit => SyncOp::Exit,
            Gosched => SyncOp::Gosched,
            Goexit => SyncOp::Goexit,
            Int63 | Int63n => SyncOp::Rand,
            Sprintf | Sprint | Sprintln | CheckAsTarget | AsTarget | FormatFloat | ParseFloat
            | SliceLen | SliceSwap | Now | NumGoroutine | TypeString | TypeComparable | Math(_)
            | Unknown => {
                return None;
            }
        })
    }

    /// Whether other goroutines may be stepped before this call.
    pub fn is_sched_point(self) -> bool {
        self.sync_op().is_some()
    }
}
