//! Channels, after the Go runtime's `hchan`: a ring buffer, a closed flag,
//! and FIFO queues of blocked senders and receivers. A send to a waiting
//! receiver hands the value over directly; closing wakes every waiter.
//! `select` follows Go's passes: evaluate, find the ready cases (the
//! scheduler picks among several), else `default`, else enqueue on every
//! channel and block until one case completes.

use super::footprint::{Access, Loc};
use super::panics::RtErr;
use super::race::SyncKey;
use super::{Machine, Status, WaitReason};
use crate::GoroutineId;
use crate::sched::Scheduler;
use crate::value::{ChanId, Value};
use std::collections::VecDeque;
use std::rc::Rc;

/// A goroutine parked on a channel.
#[derive(Clone, Debug, PartialEq)]
pub struct Waiter {
    pub(crate) goroutine: GoroutineId,
    /// The `select` case this waiter stands for, if parked by a select.
    pub(crate) case: Option<usize>,
    /// The value a blocked sender offers.
    pub(crate) value: Value,
    /// A plain receive that also wants the `ok` flag.
    pub(crate) with_ok: bool,
}

#[derive(Clone, Debug)]
pub struct Chan {
    pub(crate) id: ChanId,
    pub(crate) cap: usize,
    pub(crate) buf: VecDeque<Value>,
    pub(crate) closed: bool,
    pub(crate) recvq: VecDeque<Waiter>,
    pub(crate) sendq: VecDeque<Waiter>,
    /// The element's zero value: what a receive from a closed channel yields.
    pub(crate) zero: Value,
    /// A timer's fired value waiting to be received (timer channels behave
    /// like an unbuffered channel with one parked sender).
    pub(crate) timer_value: Option<Value>,
    /// Where `make` created it (function and line), so views can name it
    /// after the variable it was assigned to; `None` for timer channels.
    pub(crate) origin: Option<(crate::value::FuncId, u32)>,
    /// The element type, when `make` made it.
    pub(crate) elem: Option<types::TypeId>,
}

#[cfg(debug_assertions)]
impl Chan {
    /// Go's `hchan` invariants (runtime/chan.go): at most one wait queue is
    /// non-empty, unless one `select` waits on both ends of an unbuffered
    /// channel; values in the buffer (or a fired timer's value) mean no
    /// receiver waits; room in the buffer means no sender waits; a closed
    /// channel has no waiters.
    fn invariant(&self) -> Result<(), &'static str> {
        let only_one_select = || {
            let mut all = self.recvq.iter().chain(&self.sendq);
            let first = all.next().map(|w| w.goroutine);
            self.cap == 0
                && all.all(|w| Some(w.goroutine) == first)
                && self
                    .recvq
                    .iter()
                    .chain(&self.sendq)
                    .all(|w| w.case.is_some())
        };
        if !self.recvq.is_empty() && !self.sendq.is_empty() && !only_one_select() {
            return Err("senders and receivers wait at once");
        }
        if (!self.buf.is_empty() || self.timer_value.is_some()) && !self.recvq.is_empty() {
            return Err("a receiver waits while a value is ready");
        }
        if self.buf.len() < self.cap && !self.sendq.is_empty() {
            return Err("a sender waits while the buffer has room");
        }
        if self.buf.len() > self.cap {
            return Err("the buffer holds more than its capacity");
        }
        if self.closed && !(self.recvq.is_empty() && self.sendq.is_empty()) {
            return Err("goroutines wait on a closed channel");
        }
        Ok(())
    }
}

/// Where and with what element type `make` made a channel.
pub(super) struct Made {
    pub(crate) origin: Option<(crate::value::FuncId, u32)>,
    pub(crate) elem: types::TypeId,
}

impl Machine {
    pub(super) fn new_chan(&mut self, cap: usize, zero: Value, made: Made) -> ChanId {
        // Channels are bounded far below 2^32 by the memory limit.
        let id = ChanId(self.chans.len() as u32);
        self.touch_made(Loc::Chan(id.0));
        self.heap.touches.bump();
        self.chans.push(Rc::new(Chan {
            id,
            cap,
            buf: VecDeque::new(),
            closed: false,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
            zero,
            timer_value: None,
            origin: made.origin,
            elem: Some(made.elem),
        }));
        id
    }

    /// A channel to change (copied first if a clone of the machine
    /// shares it).
    fn chan_mut(&mut self, ci: usize) -> &mut Chan {
        self.heap.touches.bump();
        #[cfg(debug_assertions)]
        self.changed_chans.push(ci);
        Rc::make_mut(&mut self.chans[ci])
    }

    /// Checks `hchan`'s invariants on every channel the step changed. Debug
    /// builds only (tests and fuzzing): a channel that breaks them is a bug
    /// of ours that would otherwise show up later as a wrong answer.
    #[cfg(debug_assertions)]
    pub(super) fn check_changed_chans(&mut self) {
        for ci in std::mem::take(&mut self.changed_chans) {
            if let Err(broken) = self.chans[ci].invariant() {
                panic!("internal error: channel {ci} breaks hchan's invariant: {broken}");
            }
        }
    }

    fn block(&mut self, gi: usize, why: WaitReason) {
        self.set_status(gi, Status::Blocked(why));
        self.emit(
            self.goroutines[gi].id,
            super::EventKind::Block { reason: why },
        );
    }

    /// Makes a parked goroutine runnable, completing its operation: pushes
    /// what its instruction would have pushed.
    fn wake(&mut self, waiter: &Waiter, received: Option<(Value, bool)>, chan: usize) {
        let Some(gi) = self.index_of(waiter.goroutine) else {
            return;
        };
        if let (true, Some((v, ok))) = (self.record_events, &received) {
            let value = self.brief(v);
            self.emit(
                waiter.goroutine,
                super::EventKind::Recv {
                    chan: chan as u32,
                    value,
                    ok: *ok,
                },
            );
        }
        self.cancel_select_waits(gi);
        let g = &mut self.goroutines[gi];
        match (waiter.case, received) {
            // A select's case result: the index, then the received value
            // and flag (nil and false for a send).
            (Some(case), r) => {
                let (v, ok) = r.unwrap_or((Value::Nil, false));
                g.stack.push(Value::Int(case as i64));
                g.stack.push(v);
                g.stack.push(Value::Bool(ok));
            }
            (None, Some((v, ok))) => {
                g.stack.push(v);
                if waiter.with_ok {
                    g.stack.push(Value::Bool(ok));
                }
            }
            (None, None) => {}
        }
        self.set_status(gi, Status::Runnable);
        self.emit(waiter.goroutine, super::EventKind::Unblock);
    }

    /// Removes a goroutine's select waiters from every channel.
    fn cancel_select_waits(&mut self, gi: usize) {
        let id = self.goroutines[gi].id;
        for c in std::mem::take(&mut self.goroutines[gi].select_chans) {
            self.touch(Loc::Chan(c.0), Access::Write);
            self.heap.touches.bump();
            if let Some(ch) = self.chans.get_mut(c.0 as usize).map(Rc::make_mut) {
                ch.recvq.retain(|w| w.goroutine != id);
                ch.sendq.retain(|w| w.goroutine != id);
            }
        }
    }

    /// The channel a value designates. Every channel operation resolves
    /// its operand here, so this is where its footprint is noted.
    fn chan_of(&self, v: &Value) -> Option<usize> {
        match v {
            Value::Chan(c) if (c.0 as usize) < self.chans.len() => {
                self.touch(Loc::Chan(c.0), Access::Write);
                Some(c.0 as usize)
            }
            _ => None,
        }
    }

    pub(super) fn chan_send(&mut self, gi: usize, c: &Value, v: Value) {
        // Whoever receives it may reach what it refers to.
        self.heap.share(&v);
        let Some(ci) = self.chan_of(c) else {
            self.block(gi, WaitReason::ChanSendNil);
            return;
        };
        self.race_chan_send(gi, ci);
        if self.chan_mut(ci).closed {
            self.runtime_panic(gi, RtErr::SendOnClosed);
            return;
        }
        let me = self.goroutines[gi].id;
        let shown = if self.record_events {
            self.brief(&v)
        } else {
            String::new()
        };
        if let Some(w) = self.chan_mut(ci).recvq.pop_front() {
            self.emit(
                me,
                super::EventKind::Send {
                    chan: ci as u32,
                    value: shown,
                },
            );
            self.race_pass(gi, ci, false, Some(w.goroutine));
            self.wake(&w, Some((v, true)), ci);
            return;
        }
        if self.chans[ci].buf.len() < self.chans[ci].cap {
            self.race_pass(gi, ci, false, None);
            self.emit(
                me,
                super::EventKind::Send {
                    chan: ci as u32,
                    value: shown,
                },
            );
            self.chan_mut(ci).buf.push_back(v);
            return;
        }
        let id = self.goroutines[gi].id;
        self.chan_mut(ci).sendq.push_back(Waiter {
            goroutine: id,
            case: None,
            value: v,
            with_ok: false,
        });
        self.block(gi, WaitReason::ChanSend);
    }

    /// Records the send of a parked sender that a receiver just completed
    /// (its `Send` event, which it could not emit when it parked).
    fn parked_send_done(&mut self, w: &Waiter, ci: usize) {
        if self.record_events {
            let value = self.brief(&w.value);
            self.emit(
                w.goroutine,
                super::EventKind::Send {
                    chan: ci as u32,
                    value,
                },
            );
        }
    }

    /// Takes a value if one is available now: `Some((value, ok))`.
    /// Goroutine `gi` takes a value from channel `ci` if one is available
    /// now: `Some((value, ok))`.
    fn try_recv(&mut self, gi: usize, ci: usize) -> Option<(Value, bool)> {
        if let Some(v) = self.chan_mut(ci).timer_value.take() {
            self.race_timer_recv(gi, ci);
            return Some((v, true));
        }
        if let Some(v) = self.chan_mut(ci).buf.pop_front() {
            // A full buffer with blocked senders: the first sender's value
            // moves into the buffer and the sender continues.
            let sender = self.chan_mut(ci).sendq.pop_front();
            self.race_pass(gi, ci, true, sender.as_ref().map(|w| w.goroutine));
            if let Some(w) = sender {
                self.chan_mut(ci).buf.push_back(w.value.clone());
                self.parked_send_done(&w, ci);
                self.wake(&w, None, ci);
            }
            return Some((v, true));
        }
        if let Some(w) = self.chan_mut(ci).sendq.pop_front() {
            let v = w.value.clone();
            self.race_pass(gi, ci, true, Some(w.goroutine));
            self.parked_send_done(&w, ci);
            self.wake(&w, None, ci);
            return Some((v, true));
        }
        if self.chan_mut(ci).closed {
            self.race_acquire(gi, SyncKey::Closed(ci as u32));
            return Some((self.chan_mut(ci).zero.clone(), false));
        }
        None
    }

    /// A value passes between goroutine `gi` and, if it waited, partner
    /// `other`, through channel `ci`'s buffer or hand to hand: the
    /// happens-before edges Go's race detector draws for it.
    fn race_pass(&mut self, gi: usize, ci: usize, recv: bool, other: Option<GoroutineId>) {
        if self.race.is_none() {
            return;
        }
        let other = other.and_then(|id| self.index_of(id));
        match (self.chans[ci].cap, other) {
            (0, Some(o)) => self.race_handoff(gi, o),
            (0, None) => {}
            (cap, o) => self.race_slot(gi, ci, cap, recv, o),
        }
    }

    pub(super) fn chan_recv(&mut self, gi: usize, c: &Value, with_ok: bool) {
        let Some(ci) = self.chan_of(c) else {
            self.block(gi, WaitReason::ChanReceiveNil);
            return;
        };
        match self.try_recv(gi, ci) {
            Some((v, ok)) => {
                if self.record_events {
                    let value = self.brief(&v);
                    self.emit(
                        self.goroutines[gi].id,
                        super::EventKind::Recv {
                            chan: ci as u32,
                            value,
                            ok,
                        },
                    );
                }
                self.push(gi, v);
                if with_ok {
                    self.push(gi, Value::Bool(ok));
                }
            }
            None => {
                let id = self.goroutines[gi].id;
                self.chan_mut(ci).recvq.push_back(Waiter {
                    goroutine: id,
                    case: None,
                    value: Value::Nil,
                    with_ok,
                });
                self.block(gi, WaitReason::ChanReceive);
            }
        }
    }

    pub(super) fn chan_close(&mut self, gi: usize, c: &Value) {
        let Some(ci) = self.chan_of(c) else {
            self.runtime_panic(gi, RtErr::CloseNil);
            return;
        };
        if self.chan_mut(ci).closed {
            self.runtime_panic(gi, RtErr::CloseClosed);
            return;
        }
        self.race_chan_close(gi, ci);
        self.chan_mut(ci).closed = true;
        self.emit(
            self.goroutines[gi].id,
            super::EventKind::Close { chan: ci as u32 },
        );
        let zero = self.chan_mut(ci).zero.clone();
        while let Some(w) = self.chan_mut(ci).recvq.pop_front() {
            if let Some(wi) = self.index_of(w.goroutine) {
                self.race_acquire(wi, SyncKey::Closed(ci as u32));
            }
            self.wake(&w, Some((zero.clone(), false)), ci);
        }
        // Blocked senders wake up and panic.
        while let Some(w) = self.chan_mut(ci).sendq.pop_front() {
            if let Some(wi) = self.index_of(w.goroutine) {
                self.wake(&w, None, ci);
                let v = self.rt_error_value(RtErr::SendOnClosed);
                self.goroutines[wi].pending_panic = Some(v);
            }
        }
    }

    /// Whether case `i` of a select could proceed now.
    pub fn case_ready(&self, send: bool, c: &Value) -> bool {
        let Some(ci) = self.chan_of(c) else {
            return false;
        };
        let ch = &self.chans[ci];
        if send {
            ch.closed || !ch.recvq.is_empty() || ch.buf.len() < ch.cap
        } else {
            ch.timer_value.is_some() || !ch.buf.is_empty() || !ch.sendq.is_empty() || ch.closed
        }
    }

    pub(super) fn select(&mut self, gi: usize, table: usize, sched: &mut dyn Scheduler) {
        let Some(t) = self.prog.selects.get(table).cloned() else {
            never!(self, "select table {table} is not in the program");
            return;
        };
        // Operands were pushed in source order: each case has the channel,
        // then the value for sends.
        let n: usize = t
            .cases
            .iter()
            .map(|c| {
                if *c == crate::bytecode::SelectCase::Send {
                    2
                } else {
                    1
                }
            })
            .sum();
        let mut ops = self.pop_n(gi, n).into_iter();
        let mut cases: Vec<(bool, Value, Value)> = Vec::new();
        for c in &t.cases {
            let send = *c == crate::bytecode::SelectCase::Send;
            let (Some(ch), Some(v)) =
                (ops.next(), if send { ops.next() } else { Some(Value::Nil) })
            else {
                never!(self, "select operands missing");
                return;
            };
            cases.push((send, ch, v));
        }
        let ready: Vec<usize> = cases
            .iter()
            .enumerate()
            .filter(|(_, (s, c, _))| self.case_ready(*s, c))
            .map(|(i, _)| i)
            .collect();
        let id = self.goroutines[gi].id;
        let chosen = match ready.len() {
            0 => None,
            1 => Some(ready[0]),
            _ => {
                // A choice is a change: a spinning loop that makes one does
                // not repeat itself (see `spin.rs`).
                self.heap.touches.bump();
                let pick = sched.pick_case(id, &ready);
                if !ready.contains(&pick) {
                    never!(
                        self,
                        "the scheduler picked select case {pick}, which is not ready"
                    );
                    return;
                }
                Some(pick)
            }
        };
        if let Some(i) = chosen {
            let (send, c, v) = cases[i].clone();
            let case = i as i64;
            self.emit(id, super::EventKind::Select { case: Some(i) });
            if send {
                self.chan_send(gi, &c, v);
                if self.goroutines[gi].status == Status::Runnable
                    && self.goroutines[gi].panics.is_empty()
                {
                    self.push(gi, Value::Int(case));
                    self.push(gi, Value::Nil);
                    self.push(gi, Value::Bool(false));
                }
            } else if let Some(ci) = self.chan_of(&c) {
                let Some((v, ok)) = self.try_recv(gi, ci) else {
                    never!(self, "a ready receive found nothing to take");
                    return;
                };
                if self.record_events {
                    let value = self.brief(&v);
                    self.emit(
                        id,
                        super::EventKind::Recv {
                            chan: ci as u32,
                            value,
                            ok,
                        },
                    );
                }
                self.push(gi, Value::Int(case));
                self.push(gi, v);
                self.push(gi, Value::Bool(ok));
            }
            return;
        }
        if t.has_default {
            self.yielded(gi);
            self.emit(id, super::EventKind::Select { case: None });
            self.push(gi, Value::Int(-1));
            self.push(gi, Value::Nil);
            self.push(gi, Value::Bool(false));
            return;
        }
        if cases.iter().all(|(_, c, _)| self.chan_of(c).is_none()) {
            self.block(
                gi,
                if cases.is_empty() {
                    WaitReason::SelectNoCases
                } else {
                    WaitReason::Select
                },
            );
            return;
        }
        for (i, (send, c, v)) in cases.into_iter().enumerate() {
            let Some(ci) = self.chan_of(&c) else { continue };
            if send {
                self.heap.share(&v);
            }
            let w = Waiter {
                goroutine: id,
                case: Some(i),
                value: v,
                with_ok: true,
            };
            if send {
                self.chan_mut(ci).sendq.push_back(w);
            } else {
                self.chan_mut(ci).recvq.push_back(w);
            }
            let cid = self.chans[ci].id;
            if !self.goroutines[gi].select_chans.contains(&cid) {
                self.goroutines[gi].select_chans.push(cid);
            }
        }
        self.block(gi, WaitReason::Select);
    }

    /// A timer fired on channel `c`: hand the value to a waiting receiver,
    /// or park it (dropping it if one is already parked, like a ticker).
    pub(super) fn timer_deliver(&mut self, ci: usize, v: Value) {
        self.touch(Loc::Chan(ci as u32), Access::Write);
        if let Some(w) = self.chan_mut(ci).recvq.pop_front() {
            if let Some(wi) = self.index_of(w.goroutine) {
                self.race_timer_recv(wi, ci);
            }
            self.wake(&w, Some((v, true)), ci);
        } else if self.chan_mut(ci).timer_value.is_none() {
            self.chan_mut(ci).timer_value = Some(v);
        }
    }
}
