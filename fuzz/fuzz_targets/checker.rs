//! The type checker, the compiler and vet on any text: Go's compile
//! errors with positions inside the text, or a program and its vet
//! findings inside the text, never a Rust panic. An
//! error the prelude causes would be ours, not the learner's, so it must
//! never appear whatever the learner writes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let lines = src.split('\n').count() as u32;
    match runtime::build(&src) {
        Err(errors) => {
            for e in &errors {
                assert!(!e.message().starts_with("internal error"), "{}", e.message());
                assert!(e.line() >= 1 && e.line() <= lines, "line {} of {lines}", e.line());
            }
        }
        Ok(build) => {
            for f in vet::vet(build.checked(), runtime::FILE_NAME) {
                assert!(f.pos as usize <= src.len(), "finding past the end: {f:?}");
            }
        }
    }
});
