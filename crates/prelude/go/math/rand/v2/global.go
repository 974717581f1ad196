// The top-level functions of Goroutine Dojo's math/rand/v2: each is the
// Rand method of the same name on a Rand over the scheduler.

package rand

// globalRand serves the top-level functions. Its methods never write to
// it, so goroutines may share it freely.
var globalRand = &Rand{src: runtimeSource{}}

// Int64 returns a non-negative random int64.
func Int64() int64 { return globalRand.Int64() }

// Uint32 returns a random uint32.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64 returns a random uint64.
func Uint64() uint64 { return globalRand.Uint64() }

// Int32 returns a non-negative random int32.
func Int32() int32 { return globalRand.Int32() }

// Int returns a non-negative random int.
func Int() int { return globalRand.Int() }

// Uint returns a random uint.
func Uint() uint { return globalRand.Uint() }

// Int64N returns a random int64 in [0, n). It panics if n <= 0.
func Int64N(n int64) int64 { return globalRand.Int64N(n) }

// Uint64N returns a random uint64 in [0, n). It panics if n == 0.
func Uint64N(n uint64) uint64 { return globalRand.Uint64N(n) }

// Int32N returns a random int32 in [0, n). It panics if n <= 0.
func Int32N(n int32) int32 { return globalRand.Int32N(n) }

// Uint32N returns a random uint32 in [0, n). It panics if n == 0.
func Uint32N(n uint32) uint32 { return globalRand.Uint32N(n) }

// IntN returns a random int in [0, n). It panics if n <= 0.
func IntN(n int) int { return globalRand.IntN(n) }

// UintN returns a random uint in [0, n). It panics if n == 0.
func UintN(n uint) uint { return globalRand.UintN(n) }

// Float64 returns a random float64 in [0.0, 1.0).
func Float64() float64 { return globalRand.Float64() }

// Float32 returns a random float32 in [0.0, 1.0).
func Float32() float32 { return globalRand.Float32() }

// Perm returns a random permutation of 0..n-1.
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle puts n elements in random order by calling swap(i, j). It
// panics if n < 0.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// NormFloat64 returns a normally distributed float64 (mean 0, standard
// deviation 1).
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 (rate 1, mean
// 1).
func ExpFloat64() float64 { return globalRand.ExpFloat64() }

// intType is every integer type N accepts.
type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N returns a random value in [0, n) of n's own integer type (a
// time.Duration too). It panics if n <= 0.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalRand.below(uint64(n)))
}
