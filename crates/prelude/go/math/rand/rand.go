// Package rand is Goroutine Dojo's version of Go's math/rand.
//
// Every random number comes from the two natives in natives.go, which ask
// the scheduler: the learner can pick a value while stepping, a run can be
// replayed exactly, and the explorer tries several values (all of them
// for a range of at most 8). The top-level functions and the Source that
// NewSource returns both work this way.
//
// Seeds are ignored. Go's seeded generator would give one fixed sequence
// per seed, but a seed usually comes from outside (time.Now, a flag), so
// showing only that sequence would hide runs the real program can have.
// Instead NewSource(seed), Rand.Seed and Seed leave every value to the
// scheduler: a run can show any sequence some seed could produce. A
// Source the program writes itself is used as Go uses it, so a
// deterministic Source gives exactly Go's numbers.
package rand

// Seed does nothing: since Go 1.24 the top-level functions ignore it.
func Seed(seed int64) {}

// Int63 returns a non-negative random int64.
func Int63() int64 { return int63() }

// Uint32 returns a random uint32.
func Uint32() uint32 { return uint32(int63() >> 31) }

// Int31 returns a non-negative random int32.
func Int31() int32 { return int32(int63() >> 32) }

// Int returns a non-negative random int.
func Int() int { return int(uint(int63())) }

// Int63n returns a random number in [0, n). It panics if n <= 0.
func Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	return int63n(n)
}

// Int31n returns a random number in [0, n). It panics if n <= 0.
func Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(int63n(int64(n)))
}

// Intn returns a random number in [0, n). It panics if n <= 0.
func Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(int63n(int64(n)))
}

// Float64 returns a random number in [0.0, 1.0). Go divides a 63-bit
// value by 2^63 and draws again if that rounds to 1.0; here the value is
// chosen among those that do not round up, which gives the same numbers
// with the same odds in one choice.
func Float64() float64 {
	return float64(int63n(1<<63-1<<9)) / (1 << 63)
}

// Float32 returns a random number in [0.0, 1.0): Go's Float64 rounded to
// a float32, with the 63-bit values whose result rounds up to 1.0 left out.
func Float32() float32 {
	return float32(float64(int63n(1<<63-1<<38-1<<9)) / (1 << 63))
}

// Perm returns a random permutation of 0..n-1. It grows the permutation
// one number at a time: i goes to a random slot j <= i and the number that
// was in slot j moves to the end.
func Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle puts n elements in random order by calling swap(i, j); every
// order is equally likely (Fisher-Yates, from the last element down).
func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := Intn(i + 1)
		swap(i, j)
	}
}
