//! `never!`: the engine's reaction to a state it cannot be in.
//!
//! A defensive default (`nil` for a missing operand, the first runnable
//! goroutine for an answer that is not one) would turn a bug of ours into
//! an answer that looks like Go's, which is the worst thing this product
//! can show. So an impossible state is loud where it can be: in debug
//! builds (every test and every fuzz target) it panics at the spot; in the
//! shipped build it ends the run with the internal-error outcome, which
//! says the fault is Goroutine Dojo's, never the program's.

/// Reports a broken engine invariant on machine `$m`: panics in debug
/// builds, ends the run as [`Internal`](crate::machine::End::Internal) in
/// release builds. The caller then returns a placeholder that nobody reads,
/// because the run is over.
macro_rules! never {
    ($m:expr, $($fmt:tt)+) => {{
        let message = ::std::format!($($fmt)+);
        if ::std::cfg!(debug_assertions) {
            ::std::panic!("internal error: {message}");
        }
        $m.internal(&message);
    }};
}
