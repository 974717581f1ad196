// Sources of Goroutine Dojo's math/rand: the Source and Source64
// interfaces, NewSource, and the scheduler-backed source that NewSource
// returns. See the package comment in rand.go for why seeds are ignored.

package rand

// A Source yields uniformly distributed int64 values in [0, 1<<63).
// Like Go's, a Source is not safe for concurrent use.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also yield a whole uint64 at once. When
// a Rand's Source is a Source64, Rand.Uint64 makes one call to it instead
// of two calls to Int63.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a Source that implements Source64. In the Dojo it
// does not run Go's generator: every value it yields is a choice of the
// scheduler (a native of natives.go), whatever the seed. A run can thus
// show any sequence that some seed could give, and the explorer can try
// several of them.
func NewSource(seed int64) Source {
	return &schedulerSource{seed: seed}
}

// schedulerSource is the Source behind NewSource and the top-level
// functions. It keeps its seed only so that printing it shows something;
// the numbers never depend on it.
type schedulerSource struct {
	seed int64
}

// Int63 asks the scheduler for a value in [0, 1<<63).
func (s *schedulerSource) Int63() int64 { return int63() }

// Seed records the seed and changes nothing else.
func (s *schedulerSource) Seed(seed int64) { s.seed = seed }

// Uint64 asks the scheduler for 64 bits: the top 63 bits, then the last.
func (s *schedulerSource) Uint64() uint64 { return schedulerUint64() }

// schedulerUint64 builds a uint64 from two choices, so that every value
// in [0, 1<<64) is possible.
func schedulerUint64() uint64 {
	high := uint64(int63())
	return high<<1 | uint64(int63n(2))
}

// isScheduler reports whether src is the scheduler-backed source, whose
// bounded values (Intn, Float64, ...) are asked of the scheduler directly
// so that each is a single choice with the real range.
func isScheduler(src Source) bool {
	_, ok := src.(*schedulerSource)
	return ok
}

// globalRand is a Rand over the scheduler source for the top-level
// functions built on a Rand method. Those methods never write to it, so
// goroutines may share it freely.
var globalRand = New(&schedulerSource{})

// Uint64 returns a random uint64.
func Uint64() uint64 { return schedulerUint64() }

// Read fills p with random bytes and returns len(p), nil. Unlike
// Rand.Read it starts afresh at each call (Go's global generator keeps the
// unused bytes of its last value under a lock; the Dojo keeps no shared
// state, so concurrent calls are not a data race).
func Read(p []byte) (n int, err error) {
	var val int64
	var pos int8
	return readBytes(p, globalRand.src, &val, &pos)
}

// NormFloat64 returns a normally distributed float64 (mean 0, standard
// deviation 1); see Rand.NormFloat64.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 (rate 1, mean
// 1); see Rand.ExpFloat64.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
