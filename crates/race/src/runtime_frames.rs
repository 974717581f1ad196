//! The frames of Go's runtime a race report shows above the program's
//! own: the map functions (`runtime.mapassign_fast64`) and the atomic
//! operations' assembly (`sync/atomic.AddInt64` in `race_amd64.s`), at
//! their lines in Go 1.27, recorded from `go run -race`.

use crate::Frame;
use program::MapKind;

/// What a map instruction does to the map's header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapOp {
    /// `m[k]` (`comma_ok`: `v, ok := m[k]`).
    Read {
        comma_ok: bool,
    },
    Assign,
    Delete,
    /// The start of a `range`.
    Range,
    Clear,
}

fn frame(func: &'static str, file: &'static str, line: u32, offset: u32) -> Frame {
    Frame::Runtime {
        func,
        file,
        line,
        offset,
    }
}

/// The runtime frames of a map operation, innermost first, and whether
/// the program's stack follows them (Go shows none under a plain `m[k]`,
/// whose `mapaccess1` tail-calls `mapaccess2`).
pub fn map_frames(kind: MapKind, op: MapOp) -> (Vec<Frame>, bool) {
    const MAPS: &str = "internal/runtime/maps/";
    let (file, access2, access1, assign, delete) = match kind {
        MapKind::Fast32 => (
            "internal/runtime/maps/runtime_fast32.go",
            ("runtime.mapaccess2_fast32", 22),
            ("runtime.mapaccess1_fast32", 17),
            ("runtime.mapassign_fast32", 187),
            ("runtime.mapdelete_fast32", 479),
        ),
        MapKind::Fast64 | MapKind::Fast64Ptr => (
            "internal/runtime/maps/runtime_fast64.go",
            ("runtime.mapaccess2_fast64", 22),
            ("runtime.mapaccess1_fast64", 17),
            if kind == MapKind::Fast64Ptr {
                ("runtime.mapassign_fast64ptr", 400)
            } else {
                ("runtime.mapassign_fast64", 182)
            },
            ("runtime.mapdelete_fast64", 544),
        ),
        MapKind::FastStr => (
            "internal/runtime/maps/runtime_faststr.go",
            ("runtime.mapaccess2_faststr", 120),
            ("runtime.mapaccess1_faststr", 115),
            ("runtime.mapassign_faststr", 261),
            ("runtime.mapdelete_faststr", 409),
        ),
        MapKind::Generic => (
            "internal/runtime/maps/runtime.go",
            ("runtime.mapaccess2", 63),
            ("runtime.mapaccess1", 58),
            ("runtime.mapassign", 143),
            ("runtime.mapdelete", 135),
        ),
    };
    debug_assert!(file.starts_with(MAPS));
    match op {
        MapOp::Read { comma_ok: true } => (vec![frame(access2.0, file, access2.1, 0)], true),
        MapOp::Read { comma_ok: false } => (
            vec![
                frame(access2.0, file, access2.1, 0),
                frame(access1.0, file, access1.1, 0x12),
            ],
            false,
        ),
        MapOp::Assign => (vec![frame(assign.0, file, assign.1, 0)], true),
        // The generic delete is the runtime's wrapper, in runtime/map.go.
        MapOp::Delete if kind == MapKind::Generic => {
            (vec![frame(delete.0, "runtime/map.go", delete.1, 0)], true)
        }
        MapOp::Delete => (vec![frame(delete.0, file, delete.1, 0)], true),
        MapOp::Range => (
            vec![frame("runtime.mapIterStart", "runtime/map.go", 156, 0)],
            true,
        ),
        MapOp::Clear => (
            vec![frame("runtime.mapclear", "runtime/map.go", 178, 0)],
            true,
        ),
    }
}

/// `sync/atomic` functions: the name, the assembly routine the race
/// build runs (the unsigned ones share the signed ones') and its line in
/// `race_amd64.s`.
const ATOMICS: &[(&str, &str, u32)] = &[
    ("sync/atomic.AddInt32", "sync/atomic.AddInt32", 281),
    ("sync/atomic.AddUint32", "sync/atomic.AddInt32", 281),
    ("sync/atomic.AddInt64", "sync/atomic.AddInt64", 289),
    ("sync/atomic.AddUint64", "sync/atomic.AddInt64", 289),
    ("sync/atomic.AddUintptr", "sync/atomic.AddInt64", 289),
    ("sync/atomic.LoadInt32", "sync/atomic.LoadInt32", 200),
    ("sync/atomic.LoadUint32", "sync/atomic.LoadInt32", 200),
    ("sync/atomic.LoadInt64", "sync/atomic.LoadInt64", 208),
    ("sync/atomic.LoadUint64", "sync/atomic.LoadInt64", 208),
    ("sync/atomic.LoadUintptr", "sync/atomic.LoadInt64", 208),
    ("sync/atomic.StoreInt32", "sync/atomic.StoreInt32", 229),
    ("sync/atomic.StoreUint32", "sync/atomic.StoreInt32", 229),
    ("sync/atomic.StoreInt64", "sync/atomic.StoreInt64", 237),
    ("sync/atomic.StoreUint64", "sync/atomic.StoreInt64", 237),
    ("sync/atomic.StoreUintptr", "sync/atomic.StoreInt64", 237),
    ("sync/atomic.SwapInt32", "sync/atomic.SwapInt32", 254),
    ("sync/atomic.SwapUint32", "sync/atomic.SwapInt32", 254),
    ("sync/atomic.SwapInt64", "sync/atomic.SwapInt64", 262),
    ("sync/atomic.SwapUint64", "sync/atomic.SwapInt64", 262),
    ("sync/atomic.SwapUintptr", "sync/atomic.SwapInt64", 262),
    (
        "sync/atomic.CompareAndSwapInt32",
        "sync/atomic.CompareAndSwapInt32",
        359,
    ),
    (
        "sync/atomic.CompareAndSwapUint32",
        "sync/atomic.CompareAndSwapInt32",
        359,
    ),
    (
        "sync/atomic.CompareAndSwapInt64",
        "sync/atomic.CompareAndSwapInt64",
        367,
    ),
    (
        "sync/atomic.CompareAndSwapUint64",
        "sync/atomic.CompareAndSwapInt64",
        367,
    ),
    (
        "sync/atomic.CompareAndSwapUintptr",
        "sync/atomic.CompareAndSwapInt64",
        367,
    ),
];

/// The two frames Go shows for an atomic access (and nothing under them):
/// the assembly routine, then the function's generated wrapper.
pub fn atomic_frames(name: &str) -> Vec<Frame> {
    match ATOMICS.iter().find(|(n, _, _)| *n == name) {
        Some((n, asm, line)) => vec![
            frame(asm, "runtime/race_amd64.s", *line, 0xb),
            frame(n, "<autogenerated>", 1, 0x14),
        ],
        None => Vec::new(),
    }
}
