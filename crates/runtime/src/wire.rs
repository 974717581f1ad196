//! A compact byte encoding of plain engine data, for what crosses from one
//! copy of the engine to another: the page's Web Workers each run their own
//! wasm instance, so a search task, its news and the outcomes it found
//! travel between them as bytes (see `explore::wire`).
//!
//! Integers are LEB128 varints, strings their length and UTF-8 bytes,
//! sequences their length and items. One function per type both writes
//! and reads it ([`Wire::wire`] over a [`Codec`] that is either), so the
//! two directions cannot drift apart, and the page's wasm carries one copy
//! of each instead of two. Decoding never panics: bytes that are not an
//! encoding (truncated, or from another build) give `None`.

use crate::GoroutineId;
use crate::machine::{Access, Blocked, End, Footprint, Limit, Loc, Outcome, Race, RaceAccess};
use crate::machine::{Touch, WaitReason};

/// A value that can be written as bytes and read back exactly.
pub trait Wire: Sized {
    /// The value reading starts from and overwrites.
    fn blank() -> Self;
    /// Writes `self` (encoding), or reads over it (decoding).
    fn wire(&mut self, c: &mut dyn Codec);
}

/// One direction of the encoding.
pub trait Codec {
    fn decoding(&self) -> bool;
    /// Writes `*v`, or reads it (0 once reading failed).
    fn num(&mut self, v: &mut u64);
    fn text(&mut self, v: &mut String);
    /// Writes a sequence's length `n`, or reads one: never more than the
    /// bytes left, as every item takes one at least.
    fn count(&mut self, n: usize) -> usize;
    /// The bytes read are no encoding of the value.
    fn fail(&mut self);
}

/// `value` as bytes.
pub fn encode<T: Wire>(mut value: T) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    value.wire(&mut w);
    w.0
}

/// The value `bytes` encode, if they encode exactly one.
pub fn decode<T: Wire>(bytes: &[u8]) -> Option<T> {
    let mut r = Reader {
        input: bytes,
        failed: false,
    };
    let mut v = T::blank();
    v.wire(&mut r);
    (!r.failed && r.input.is_empty()).then_some(v)
}

struct Writer(Vec<u8>);

impl Codec for Writer {
    fn decoding(&self) -> bool {
        false
    }
    fn num(&mut self, v: &mut u64) {
        let mut v = *v;
        while v >= 0x80 {
            self.0.push(v as u8 | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }
    fn text(&mut self, v: &mut String) {
        self.count(v.len());
        self.0.extend_from_slice(v.as_bytes());
    }
    fn count(&mut self, n: usize) -> usize {
        self.num(&mut (n as u64));
        n
    }
    fn fail(&mut self) {}
}

struct Reader<'a> {
    input: &'a [u8],
    failed: bool,
}

impl Reader<'_> {
    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = self.input.split_first()?;
            self.input = rest;
            v |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }
}

impl Codec for Reader<'_> {
    fn decoding(&self) -> bool {
        true
    }
    fn num(&mut self, v: &mut u64) {
        match self.varint().filter(|_| !self.failed) {
            Some(n) => *v = n,
            None => {
                self.failed = true;
                *v = 0;
            }
        }
    }
    fn text(&mut self, v: &mut String) {
        let n = self.count(0);
        let (bytes, rest) = self.input.split_at(n);
        self.input = rest;
        match std::str::from_utf8(bytes) {
            Ok(s) => *v = s.to_string(),
            Err(_) => self.failed = true,
        }
    }
    fn count(&mut self, _: usize) -> usize {
        let mut n = 0;
        self.num(&mut n);
        match usize::try_from(n) {
            Ok(n) if n <= self.input.len() => n,
            _ => {
                self.failed = true;
                0
            }
        }
    }
    fn fail(&mut self) {
        self.failed = true;
    }
}

impl Wire for u64 {
    fn blank() -> u64 {
        0
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        c.num(self);
    }
}

/// Integers narrower than 64 bits go as `u64`s that must fit.
macro_rules! narrow {
    ($($t:ty),*) => {$(
        impl Wire for $t {
            fn blank() -> $t {
                0
            }
            fn wire(&mut self, c: &mut dyn Codec) {
                let mut v = *self as u64;
                c.num(&mut v);
                match <$t>::try_from(v) {
                    Ok(n) => *self = n,
                    Err(_) => c.fail(),
                }
            }
        }
    )*};
}
narrow!(u8, u32, usize);

impl Wire for i32 {
    fn blank() -> i32 {
        0
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        let mut v = *self as u32;
        v.wire(c);
        *self = v as i32;
    }
}

impl Wire for bool {
    fn blank() -> bool {
        false
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        let mut v = u8::from(*self);
        v.wire(c);
        if v > 1 {
            c.fail();
        }
        *self = v == 1;
    }
}

impl Wire for String {
    fn blank() -> String {
        String::new()
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        c.text(self);
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn blank() -> Vec<T> {
        Vec::new()
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        let n = c.count(self.len());
        if c.decoding() {
            self.clear();
            self.resize_with(n, T::blank);
        }
        for v in self {
            v.wire(c);
        }
    }
}

impl<T: Wire> Wire for Option<T> {
    fn blank() -> Option<T> {
        None
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        let mut some = self.is_some();
        some.wire(c);
        if c.decoding() {
            *self = some.then(T::blank);
        }
        if let Some(v) = self {
            v.wire(c);
        }
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn blank() -> (A, B) {
        (A::blank(), B::blank())
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.0.wire(c);
        self.1.wire(c);
    }
}

impl Wire for GoroutineId {
    fn blank() -> GoroutineId {
        GoroutineId::MAIN
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        let mut n = self.get();
        n.wire(c);
        match GoroutineId::new(n) {
            Some(g) => *self = g,
            None => c.fail(),
        }
    }
}

/// An enum's variant number `now`, written, or read and checked against
/// the `variants` there are (`None` when it is none of them).
pub fn tag(c: &mut dyn Codec, now: usize, variants: usize) -> Option<usize> {
    let mut t = now;
    t.wire(c);
    if t < variants {
        Some(t)
    } else {
        c.fail();
        None
    }
}

/// A closed enum without data, as its position in `all`.
pub fn variant<T: Copy + PartialEq>(v: &mut T, all: &[T], c: &mut dyn Codec) {
    let now = all.iter().position(|a| a == v).unwrap_or(0);
    if let Some(t) = tag(c, now, all.len()) {
        *v = all[t];
    }
}

const WAIT_REASONS: [WaitReason; 13] = [
    WaitReason::ChanReceive,
    WaitReason::ChanSend,
    WaitReason::ChanReceiveNil,
    WaitReason::ChanSendNil,
    WaitReason::Select,
    WaitReason::SelectNoCases,
    WaitReason::MutexLock,
    WaitReason::RWMutexLock,
    WaitReason::RWMutexRLock,
    WaitReason::WaitGroupWait,
    WaitReason::CondWait,
    WaitReason::Sleep,
    WaitReason::Spinning,
];

const LIMITS: [Limit; 5] = [
    Limit::Instructions,
    Limit::Steps,
    Limit::Goroutines,
    Limit::Memory,
    Limit::Output,
];

const ACCESSES: [Access; 4] = [Access::Read, Access::Write, Access::Add, Access::Release];

impl Wire for End {
    fn blank() -> End {
        End::Panic
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        let now = match self {
            End::Exit(_) => 0,
            End::Panic => 1,
            End::Fatal => 2,
            End::Limit(_) => 3,
            End::Internal(_) => 4,
        };
        let Some(t) = tag(c, now, 5) else { return };
        if c.decoding() {
            *self = match t {
                0 => End::Exit(0),
                1 => End::Panic,
                2 => End::Fatal,
                3 => End::Limit(Limit::Instructions),
                _ => End::Internal(String::new()),
            };
        }
        match self {
            End::Exit(code) => code.wire(c),
            End::Limit(l) => variant(l, &LIMITS, c),
            End::Internal(what) => what.wire(c),
            End::Panic | End::Fatal => {}
        }
    }
}

impl Wire for Blocked {
    fn blank() -> Blocked {
        Blocked {
            id: GoroutineId::MAIN,
            reason: WaitReason::Sleep,
            func: String::new(),
            line: 0,
        }
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.id.wire(c);
        variant(&mut self.reason, &WAIT_REASONS, c);
        self.func.wire(c);
        self.line.wire(c);
    }
}

impl Wire for RaceAccess {
    fn blank() -> RaceAccess {
        RaceAccess {
            goroutine: GoroutineId::MAIN,
            write: false,
            func: String::new(),
            line: 0,
        }
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.goroutine.wire(c);
        self.write.wire(c);
        self.func.wire(c);
        self.line.wire(c);
    }
}

impl Wire for Race {
    fn blank() -> Race {
        Race {
            text: String::new(),
            now: RaceAccess::blank(),
            before: RaceAccess::blank(),
        }
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.text.wire(c);
        self.now.wire(c);
        self.before.wire(c);
    }
}

/// Natively an outcome may also keep the raw bytes of output that is not
/// UTF-8; those stay behind (the page shows text).
impl Wire for Outcome {
    fn blank() -> Outcome {
        Outcome::new(End::Panic, String::new(), String::new(), Vec::new())
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.end.wire(c);
        self.stdout.wire(c);
        self.stderr.wire(c);
        self.blocked.wire(c);
        self.races.wire(c);
    }
}

impl Wire for Loc {
    fn blank() -> Loc {
        Loc::Output
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        let (now, mut parts) = match *self {
            Loc::Heap { obj, idx, field } => (0, [obj, idx, field]),
            Loc::Sync { obj, idx, field } => (1, [obj, idx, field]),
            Loc::Mutex { obj, idx, field } => (2, [obj, idx, field]),
            Loc::WaitGroupZero { obj, idx, field } => (3, [obj, idx, field]),
            Loc::WaitGroupCount { obj, idx, field } => (4, [obj, idx, field]),
            Loc::Chan(ch) => (5, [ch, 0, 0]),
            Loc::Timers => (6, [0; 3]),
            Loc::Output => (7, [0; 3]),
            Loc::Goroutines => (8, [0; 3]),
        };
        let Some(t) = tag(c, now, 9) else { return };
        let fields = match t {
            0..=4 => 3,
            5 => 1,
            _ => 0,
        };
        for p in &mut parts[..fields] {
            p.wire(c);
        }
        let [obj, idx, field] = parts;
        *self = match t {
            0 => Loc::Heap { obj, idx, field },
            1 => Loc::Sync { obj, idx, field },
            2 => Loc::Mutex { obj, idx, field },
            3 => Loc::WaitGroupZero { obj, idx, field },
            4 => Loc::WaitGroupCount { obj, idx, field },
            5 => Loc::Chan(obj),
            6 => Loc::Timers,
            7 => Loc::Output,
            _ => Loc::Goroutines,
        };
    }
}

impl Wire for Touch {
    fn blank() -> Touch {
        Touch {
            loc: Loc::Output,
            access: Access::Read,
        }
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.loc.wire(c);
        variant(&mut self.access, &ACCESSES, c);
    }
}

/// The mask is not sent: it follows from the touches.
impl Wire for Footprint {
    fn blank() -> Footprint {
        Footprint::default()
    }
    fn wire(&mut self, c: &mut dyn Codec) {
        self.touches.wire(c);
        self.made.wire(c);
        if c.decoding() {
            *self = Footprint::from_parts(
                std::mem::take(&mut self.touches),
                std::mem::take(&mut self.made),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Wire + Clone + PartialEq + std::fmt::Debug>(v: T) {
        assert_eq!(decode::<T>(&encode(v.clone())), Some(v));
    }

    #[test]
    fn integers_strings_and_sequences_come_back() {
        for n in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            round_trip(n);
        }
        round_trip(-7i32);
        round_trip(i32::MIN);
        round_trip("héllo, 世界".to_string());
        round_trip(vec![(3u32, true), (u32::MAX, false)]);
        round_trip(Some(Some(5usize)));
        round_trip(Some(None::<u8>));
    }

    #[test]
    fn bytes_that_are_no_encoding_give_none() {
        assert_eq!(decode::<u64>(&[0x80; 11]), None);
        assert_eq!(decode::<String>(&[5, b'a']), None);
        assert_eq!(decode::<String>(&[2, 0xff, 0xfe]), None, "not UTF-8");
        assert_eq!(decode::<Vec<u64>>(&[0xff, 0xff, 0xff, 0x0f]), None);
        assert_eq!(decode::<bool>(&[2]), None);
        assert_eq!(decode::<u8>(&[1, 2]), None, "trailing bytes");
        assert_eq!(decode::<u8>(&[0x80, 0x02]), None, "too big for a u8");
        assert_eq!(decode::<GoroutineId>(&[0]), None);
        assert_eq!(decode::<End>(&[9]), None);
        assert_eq!(decode::<Loc>(&[]), None);
    }

    #[test]
    fn every_wait_reason_location_and_end_comes_back() {
        for r in WAIT_REASONS {
            round_trip(Blocked {
                id: GoroutineId::MAIN,
                reason: r,
                func: "main.main".into(),
                line: 9,
            });
        }
        let locs = [
            Loc::Heap {
                obj: 1,
                idx: crate::machine::ANY,
                field: 2,
            },
            Loc::Sync {
                obj: 3,
                idx: 4,
                field: 5,
            },
            Loc::Chan(4),
            Loc::Timers,
            Loc::Output,
            Loc::Goroutines,
            Loc::WaitGroupCount {
                obj: 1,
                idx: 0,
                field: 0,
            },
        ];
        for l in locs {
            round_trip(l);
        }
        for e in [
            End::Exit(-3),
            End::Panic,
            End::Fatal,
            End::Limit(Limit::Memory),
            End::Internal("broken".into()),
        ] {
            round_trip(e);
        }
    }
}
