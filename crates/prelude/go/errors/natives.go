// Natives of package errors: the reflection that As needs. The engine
// implements these in Rust; see crates/prelude/natives.md.

package errors

// checkAsTarget classifies As's target (never nil here): 0 if it is a
// non-nil pointer whose element type is an interface or implements error;
// 1 if it is not a pointer or is a nil pointer; 2 if it is a non-nil
// pointer to a type that is neither an interface nor implements error.
func checkAsTarget(target any) int

// asTarget stores err in *target and returns true if err's dynamic type is
// assignable to target's element type; otherwise it returns false.
// target has already passed checkAsTarget.
func asTarget(err error, target any) bool
