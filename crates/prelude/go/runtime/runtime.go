// Package runtime is Goroutine Dojo's slice of Go's runtime package: the
// calls a concurrency lesson uses to look at or nudge the scheduler.
package runtime

// The platform the Dojo reports, as the Go Playground does: programs that
// branch on the operating system take the Linux path.
const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

// Version returns the Go release whose behaviour the Dojo follows.
func Version() string { return "go1.27.3" }

// The Dojo pretends to run on a 2-core machine, the size of the machine the
// lessons were checked on with real Go: NumCPU and GOMAXPROCS report 2.
// The engine itself runs one goroutine at a time, picked by you.
var maxprocs = 2

// NumCPU returns the number of logical CPUs: always 2 in the Dojo.
func NumCPU() int { return 2 }

// GOMAXPROCS returns the previous setting and, if n > 0, changes it. The
// value is only remembered: it does not change how goroutines are stepped.
func GOMAXPROCS(n int) int {
	prev := maxprocs
	if n > 0 {
		maxprocs = n
	}
	return prev
}

// GC runs a garbage collection: in the Dojo there is nothing to do.
func GC() {}

// KeepAlive marks x as still in use. With no finalizers it does nothing.
func KeepAlive(x any) {}

// Error is the interface of run-time panics (an index out of range, a nil
// dereference, ...): recover returns a value implementing it.
type Error interface {
	error
	// RuntimeError marks run-time errors apart from ordinary errors.
	RuntimeError()
}

// The engine raises run-time panics as values of these types, so that %T,
// type switches and recover see what real Go shows.

// errorString is a run-time error whose message gets the "runtime error: " prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError is a run-time error printed without a prefix, such as
// "close of closed channel".
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// boundsError reports an index or slice bound out of range; msg holds the
// part after "runtime error: ", e.g. "index out of range [5] with length 3".
type boundsError struct{ msg string }

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + e.msg }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct{ msg string }

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// A PanicNilError is what panic(nil) panics with since Go 1.21.
type PanicNilError struct{ _ [0]*PanicNilError }

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// rangeDoneError is the panic of an iterator that calls yield again after
// the loop body asked it to stop (by break or return).
var rangeDoneError = error(errorString("range function continued iteration after function for loop body returned false"))

// panicrangestate is called by a loop over a function when its yield is
// called once the loop is done with it.
func panicrangestate() {
	panic(rangeDoneError)
}
