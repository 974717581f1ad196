//! Strings with values in them, worded per language. Go's own words (wait
//! reasons like `chan receive`, function names, panic text) are quoted as
//! Go prints them in both languages.

use super::Lang;
use runtime::machine::{EventKind, OutcomeKind};
use session::verify::Verdict;
use session::view::{Arm, LaneState, NextOp, duration};

/// Picks the English or the Chinese of a pair built on demand.
fn pick(lang: Lang, en: impl FnOnce() -> String, zh: impl FnOnce() -> String) -> String {
    match lang {
        Lang::En => en(),
        Lang::Zh => zh(),
    }
}

/// A lane's accessible name: who it is and where it stands, so a screen
/// reader moving through the lanes hears each goroutine's state with it.
pub fn lane_name(id: runtime::GoroutineId, entry: &str, state: &str, lang: Lang) -> String {
    pick(
        lang,
        || format!("goroutine g{id} {entry}, {state}"),
        || format!("goroutine g{id} {entry}，{state}"),
    )
}

/// A lane's own "step over a line" button, named for its goroutine so it
/// is not a second control with the toolbar's label.
pub fn step_line_of(id: runtime::GoroutineId, lang: Lang) -> String {
    pick(
        lang,
        || format!("Run g{id} to its next line"),
        || format!("让 g{id} 跑完这一行"),
    )
}

/// A memory access's kind, in a marker: "read" or "write".
pub fn access_word(write: bool, lang: Lang) -> &'static str {
    match (write, lang) {
        (false, Lang::En) => "read",
        (true, Lang::En) => "write",
        (false, Lang::Zh) => "读",
        (true, Lang::Zh) => "写",
    }
}

/// One side of a data race: who, how and where.
pub fn race_side(g: runtime::GoroutineId, write: bool, line: u32, lang: Lang) -> String {
    pick(
        lang,
        || {
            let verb = if write { "writes" } else { "reads" };
            format!("g{g} {verb} at line {line}")
        },
        || {
            let verb = if write { "写" } else { "读" };
            format!("g{g} 在第 {line} 行{verb}")
        },
    )
}

/// Where one access of an explored outcome's data race is: its kind, line
/// and function.
pub fn race_place(func: &str, line: u32, write: bool, lang: Lang) -> String {
    pick(
        lang,
        || {
            let verb = if write { "write" } else { "read" };
            format!("{verb} at line {line} ({func})")
        },
        || {
            let verb = if write { "写" } else { "读" };
            format!("第 {line} 行{verb}（{func}）")
        },
    )
}

/// The timers' card: when the next timer goes off, and why it may go off
/// before the goroutines are done.
pub fn early_timer(at_ns: i64, lang: Lang) -> String {
    let t = duration(at_ns);
    pick(
        lang,
        || {
            format!(
                "The next timer goes off at {t}. In Go any step can take that long, so it may fire before the goroutines below take another step."
            )
        },
        || {
            format!(
                "下一个定时器在 {t} 到期。真实的 Go 里任何一步都可能耗时这么久，所以它可能赶在下面的 goroutine 再走一步之前就触发。"
            )
        },
    )
}

/// A step's announcement: its number, then who did what.
pub fn step_happened(
    step: u32,
    goroutine: Option<runtime::GoroutineId>,
    events: &[String],
    lang: Lang,
) -> String {
    let number = step_number(step, lang);
    match goroutine {
        Some(g) if !events.is_empty() => {
            let what = events.join(if lang == Lang::Zh { "；" } else { "; " });
            pick(
                lang,
                || format!("{number}: g{g} {what}"),
                || format!("{number}：g{g} {what}"),
            )
        }
        Some(g) => pick(
            lang,
            || format!("{number}: g{g} ran"),
            || format!("{number}：g{g} 运行了一步"),
        ),
        None => number,
    }
}

pub fn step_number(step: u32, lang: Lang) -> String {
    pick(lang, || format!("step {step}"), || format!("第 {step} 步"))
}

/// A lane's state line: what it waits for, or that it can run.
pub fn lane_state(state: &LaneState, clock_ns: i64, lang: Lang) -> String {
    match state {
        LaneState::Runnable => super::Text::StateRunnable.get(lang).into(),
        LaneState::Exited => super::Text::StateExited.get(lang).into(),
        LaneState::Panicked => super::Text::StatePanicked.get(lang).into(),
        LaneState::Blocked(w) if w.reason == runtime::machine::WaitReason::Spinning => pick(
            lang,
            || "spinning: waits for another goroutine to change something".into(),
            || "空转：在等别的 goroutine 改点什么".into(),
        ),
        LaneState::Blocked(w) => {
            let reason = w.reason.to_string();
            let what = match (&w.chan, w.cases, w.until_ns) {
                (Some(ch), _, _) => pick(
                    lang,
                    || format!("{reason} on {ch}"),
                    || format!("{reason}（{ch}）"),
                ),
                (None, n, _) if n > 0 => pick(
                    lang,
                    || format!("select ({n} cases)"),
                    || format!("select（{n} 个 case）"),
                ),
                (None, _, Some(until)) => {
                    let left = duration(until - clock_ns);
                    pick(
                        lang,
                        || format!("sleep, {left} left"),
                        || format!("sleep，还剩 {left}"),
                    )
                }
                _ => reason.clone(),
            };
            pick(
                lang,
                || format!("blocked: {what}"),
                || format!("阻塞：{what}"),
            )
        }
    }
}

/// What stepping a runnable goroutine will do first.
pub fn next_op(op: &NextOp, lang: Lang) -> String {
    let body = match op {
        NextOp::Start => return pick(lang, || "not started yet".into(), || "还没开始运行".into()),
        NextOp::Running => {
            return pick(
                lang,
                || "preempted in the middle of its work".into(),
                || "执行到一半被抢占".into(),
            );
        }
        NextOp::Send(ch) => pick(lang, || format!("send on {ch}"), || format!("向 {ch} 发送")),
        NextOp::Recv(ch) => pick(
            lang,
            || format!("receive from {ch}"),
            || format!("从 {ch} 接收"),
        ),
        NextOp::Close(ch) => pick(lang, || format!("close {ch}"), || format!("关闭 {ch}")),
        NextOp::Select(arms) => {
            let ready = arms.iter().filter(|a| a.ready).count();
            let n = arms.len();
            pick(
                lang,
                || format!("select, {ready} of {n} cases ready"),
                || format!("select，{n} 个 case 中 {ready} 个就绪"),
            )
        }
        NextOp::Go => pick(
            lang,
            || "start a goroutine".into(),
            || "启动一个 goroutine".into(),
        ),
        NextOp::Call(name) => pick(lang, || format!("call {name}"), || format!("调用 {name}")),
        NextOp::Exit => pick(lang, || "main returns".into(), || "main 返回".into()),
        NextOp::Read(what) => pick(lang, || format!("read {what}"), || format!("读 {what}")),
        NextOp::Write(what) => pick(lang, || format!("write {what}"), || format!("写 {what}")),
        NextOp::Crash => pick(
            lang,
            || "print the panic and end the program".into(),
            || "打印 panic 信息并结束整个程序".into(),
        ),
    };
    pick(
        lang,
        || format!("next: {body}"),
        || format!("下一步：{body}"),
    )
}

/// One case of a `select`, as a choice.
pub fn arm(index: usize, arm: &Arm, lang: Lang) -> String {
    let n = index + 1;
    let ch = &arm.chan;
    match (arm.send, lang) {
        (true, Lang::En) => format!("case {n}: send on {ch}"),
        (true, Lang::Zh) => format!("第 {n} 个 case：向 {ch} 发送"),
        (false, Lang::En) => format!("case {n}: receive from {ch}"),
        (false, Lang::Zh) => format!("第 {n} 个 case：从 {ch} 接收"),
    }
}

/// One event of a lane's timeline. `chan` names a channel by id; `src`
/// is the program's source, where a memory access's span points.
pub fn event(kind: &EventKind, chan: &dyn Fn(u32) -> String, src: &str, lang: Lang) -> String {
    match kind {
        EventKind::Memory { write, span, value } => {
            let what = session::view::access_text(src, *span);
            match (write, value.is_empty()) {
                (false, false) => pick(
                    lang,
                    || format!("reads {what} = {value}"),
                    || format!("读 {what}，得到 {value}"),
                ),
                (false, true) => pick(lang, || format!("reads {what}"), || format!("读 {what}")),
                (true, false) => pick(
                    lang,
                    || format!("writes {what} = {value}"),
                    || format!("写 {what} = {value}"),
                ),
                (true, true) => pick(lang, || format!("writes {what}"), || format!("写 {what}")),
            }
        }
        EventKind::Start { .. } => pick(lang, || "started".into(), || "启动".into()),
        EventKind::Block { reason } => pick(
            lang,
            || format!("blocked: {reason}"),
            || format!("阻塞：{reason}"),
        ),
        EventKind::Unblock => pick(lang, || "woken".into(), || "被唤醒".into()),
        EventKind::Exit => pick(lang, || "exited".into(), || "退出".into()),
        EventKind::Send { chan: c, value } => {
            let c = chan(*c);
            pick(
                lang,
                || format!("sent {value} on {c}"),
                || format!("向 {c} 发送了 {value}"),
            )
        }
        EventKind::Recv { chan: c, value, ok } => {
            let c = chan(*c);
            if *ok {
                pick(
                    lang,
                    || format!("received {value} from {c}"),
                    || format!("从 {c} 收到 {value}"),
                )
            } else {
                pick(
                    lang,
                    || format!("{c} is closed: received the zero value"),
                    || format!("{c} 已关闭，收到零值"),
                )
            }
        }
        EventKind::Close { chan: c } => {
            let c = chan(*c);
            pick(lang, || format!("closed {c}"), || format!("关闭了 {c}"))
        }
        EventKind::Select { case: None } => pick(
            lang,
            || "select took default".into(),
            || "select 走了 default".into(),
        ),
        EventKind::Select { case: Some(case) } => {
            let n = case + 1;
            pick(
                lang,
                || format!("select chose case {n}"),
                || format!("select 选中第 {n} 个 case"),
            )
        }
        EventKind::Sync { func, .. } => func.clone(),
        EventKind::TimerFire { at_ns } => {
            let t = duration(*at_ns);
            pick(
                lang,
                || format!("timer fired at {t}"),
                || format!("定时器在 {t} 触发"),
            )
        }
        EventKind::Panic { value } => format!("panic: {value}"),
        EventKind::Recover => pick(lang, || "recovered".into(), || "recover 住了 panic".into()),
        EventKind::Output { text, .. } => {
            let text = text.trim_end();
            pick(
                lang,
                || format!("printed {text}"),
                || format!("输出 {text}"),
            )
        }
    }
}

pub fn outcome_kind(kind: OutcomeKind, lang: Lang) -> &'static str {
    use super::Text;
    match kind {
        OutcomeKind::Exit => Text::OutcomeExit,
        OutcomeKind::Panic => Text::OutcomePanic,
        OutcomeKind::Fatal => Text::OutcomeFatal,
        OutcomeKind::Limit => Text::OutcomeLimit,
        OutcomeKind::Internal => Text::OutcomeInternal,
    }
    .get(lang)
}

/// An explored outcome's heading: what happened and how often.
pub fn outcome_heading(
    kind: OutcomeKind,
    exit_code: i32,
    leaked: usize,
    count: u64,
    lang: Lang,
) -> String {
    let what = match (kind, leaked) {
        (OutcomeKind::Exit, 0) => pick(
            lang,
            || format!("exit {exit_code}"),
            || format!("退出码 {exit_code}"),
        ),
        (OutcomeKind::Exit, n) => pick(
            lang,
            || format!("exit {exit_code}, {n} goroutine(s) leaked"),
            || format!("退出码 {exit_code}，泄漏 {n} 个 goroutine"),
        ),
        (OutcomeKind::Panic, _) => "panic".into(),
        (OutcomeKind::Fatal, _) => "fatal error".into(),
        (OutcomeKind::Limit, _) => pick(lang, || "limit".into(), || "资源上限".into()),
        (OutcomeKind::Internal, _) => pick(lang, || "internal error".into(), || "内部错误".into()),
    };
    pick(
        lang,
        || format!("{what} — {count} schedule(s)"),
        || format!("{what}：{count} 个调度序列"),
    )
}

/// How many runs of a search hit a limit, and what that means.
pub fn limited_runs(n: u64, scale: u64, lang: Lang) -> String {
    let scaled = |en: bool| match (scale, en) {
        (1, _) => String::new(),
        (k, true) => format!(" (limits ×{k})"),
        (k, false) => format!("（上限 ×{k}）"),
    };
    pick(
        lang,
        || {
            format!(
                "{n} run(s) hit a limit{}: what they would have done after it was not seen.",
                scaled(true)
            )
        },
        || {
            format!(
                "有 {n} 次运行触发了资源上限{}：之后会发生什么没有看到。",
                scaled(false)
            )
        },
    )
}

pub fn schedules_so_far(n: u64, lang: Lang) -> String {
    pick(
        lang,
        || format!("{n} schedules so far"),
        || format!("已运行 {n} 个调度序列"),
    )
}

/// The verdict badge's text.
pub fn verdict(v: &Verdict, lang: Lang) -> String {
    match v {
        Verdict::Clean {
            schedules: 1,
            complete: true,
        } => pick(
            lang,
            || "✓ the only interleaving ends cleanly".into(),
            || "✓ 唯一的调度交错正常结束".into(),
        ),
        Verdict::Clean {
            schedules,
            complete: true,
        } => pick(
            lang,
            || format!("✓ all {schedules} interleavings end cleanly"),
            || format!("✓ 全部 {schedules} 种调度交错都正常结束"),
        ),
        Verdict::Clean { schedules, .. } => pick(
            lang,
            || format!("✓ no failure in {schedules} interleavings (not exhaustive)"),
            || format!("✓ 跑了 {schedules} 种调度交错，没发现问题（未穷尽）"),
        ),
        // Every run so far hit a limit: the search stopped after a few, so
        // there is no "N of M" worth telling.
        Verdict::Failing {
            worst,
            other,
            schedules,
            ..
        } if worst.kind == OutcomeKind::Limit && other == schedules => pick(
            lang,
            || format!("✗ every run hits a limit ({schedules} tried), so checking stopped"),
            || format!("✗ 试了 {schedules} 次，每次都触发资源上限，检查就此停止"),
        ),
        Verdict::Failing {
            racy,
            other,
            schedules,
            worst,
            ..
        } => {
            let (en, zh) = match worst.kind {
                OutcomeKind::Panic => ("panics", "会 panic"),
                OutcomeKind::Fatal => ("deadlocks or dies", "会死锁或致命错误"),
                OutcomeKind::Exit => ("leaks goroutines", "会泄漏 goroutine"),
                OutcomeKind::Limit => ("hits a limit", "会触发资源上限"),
                OutcomeKind::Internal => ("hits an internal error", "会触发内部错误"),
            };
            match (*racy, *other) {
                (0, failing) => pick(
                    lang,
                    || format!("✗ {en} in {failing} of {schedules} interleavings"),
                    || format!("✗ {schedules} 种调度交错中有 {failing} 种{zh}"),
                ),
                (racy, 0) => pick(
                    lang,
                    || format!("✗ data race in {racy} of {schedules} interleavings"),
                    || format!("✗ 数据竞争：{schedules} 种调度交错中有 {racy} 种"),
                ),
                (racy, other) => pick(
                    lang,
                    || {
                        format!(
                            "✗ data race in {racy} and {en} in {other} of {schedules} interleavings"
                        )
                    },
                    || format!("✗ {schedules} 种调度交错中，{racy} 种有数据竞争，{other} 种{zh}"),
                ),
            }
        }
    }
}

/// The virtual clock's reading.
pub fn clock(ns: i64) -> String {
    duration(ns)
}

/// A countdown or a duration in whole seconds, as `m:ss`.
pub fn countdown(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

pub fn minutes(n: u32, lang: Lang) -> String {
    pick(lang, || format!("{n} min"), || format!("{n} 分钟"))
}

pub fn phrase_count(shown: usize, all: usize, lang: Lang) -> String {
    pick(
        lang,
        || format!("{shown} of {all} phrases"),
        || format!("共 {all} 条，显示 {shown} 条"),
    )
}

/// Under a sequence diagram that shows only the newest arrows.
pub fn arrows_shown(shown: usize, all: usize, lang: Lang) -> String {
    pick(
        lang,
        || format!("The last {shown} of {all} hand-offs; undo to see earlier ones."),
        || format!("共 {all} 次交接，只画出最近 {shown} 次；撤销可查看更早的。"),
    )
}

pub fn sections_left(n: usize, lang: Lang) -> String {
    pick(
        lang,
        || format!("{n} section(s) still to write"),
        || format!("还有 {n} 节没写完"),
    )
}

/// Why a run was stopped by one of the simulator's limits, and what to
/// look for: the learner's program, not the page, is what went on too long.
pub fn limit(which: runtime::machine::Limit, lang: Lang) -> String {
    use runtime::machine::Limit;
    let text = match which {
        Limit::Instructions => super::Text::LimitInstructions,
        Limit::Steps => super::Text::LimitSteps,
        Limit::Goroutines => super::Text::LimitGoroutines,
        Limit::Memory => super::Text::LimitMemory,
        Limit::Output => super::Text::LimitOutput,
    };
    text.get(lang).to_string()
}
