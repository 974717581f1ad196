// Shim for the harness: runtime's natives implemented with Go's runtime.

package runtime

import real "runtime"

func Gosched()          { real.Gosched() }
func NumGoroutine() int { return real.NumGoroutine() }
func Goexit()           { real.Goexit() }
