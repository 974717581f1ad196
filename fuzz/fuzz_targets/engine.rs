//! Any input must give compile errors or an outcome: never a Rust panic,
//! never a hang (tight limits keep every run short). The race detector is
//! on, so it is fuzzed along with everything it watches.
#![no_main]

use runtime::machine::Limits;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let _ = syntax::parse(src);
    if let Ok(build) = runtime::build(src) {
        let limits = Limits::default().with_max_instructions(200_000).with_max_steps(5_000).with_max_goroutines(200).with_max_heap_objects(50_000).with_max_memory(8 << 20).with_max_output(1 << 16);
        let mut m = build.machine(limits);
        m.enable_race_detector();
        let mut sched = runtime::sched::SeededScheduler::new(1);
        m.run(&mut sched);
    }
});
