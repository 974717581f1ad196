// Shim for the harness: math/rand's natives implemented with Go's own.

package rand

import real "math/rand"

func int63() int64         { return real.Int63() }
func int63n(n int64) int64 { return real.Int63n(n) }
