// The Rand type of Goroutine Dojo's math/rand: New and every method but
// the two distributions (normal.go) and the Zipf generator (zipf.go).
//
// Over a Source written by the program, each method derives its result
// from the Source's values exactly as Go's does (same calls, same
// arithmetic, same retries), so a deterministic Source gives Go's numbers.
// Over NewSource's scheduler-backed Source, the bounded methods (Intn,
// Int31n, Int63n, Float64, Float32 and Shuffle's draws) ask the scheduler
// once for a value in the final range instead: the learner picks "3 of
// [0, 5)" rather than 63 bits that Go would reduce, and the explorer can
// try every small range in full.

package rand

// A Rand turns the values of a Source into numbers of other kinds and
// ranges. Like Go's, it is not safe for concurrent use.
type Rand struct {
	src Source
	s64 Source64 // src, if it is a Source64

	// Read keeps the bytes of the last Int63 it did not use: readPos of
	// them, at the bottom of readVal.
	readVal int64
	readPos int8
}

// New returns a Rand drawing its values from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed reseeds the Source (the scheduler-backed one ignores it) and drops
// the bytes Read had kept.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative random int64.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a random uint32: the top 32 of the Source's 63 bits.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a random uint64: one Source64 value, or two Int63 values
// glued together.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	low := uint64(r.Int63()) >> 31
	return low | uint64(r.Int63())<<32
}

// Int31 returns a non-negative random int32: the top 31 of 63 bits.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative random int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n returns a random int64 in [0, n). It panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if isScheduler(r.src) {
		return int63n(n)
	}
	if n&(n-1) == 0 {
		// A power of two: keep the low bits.
		return r.Int63() & (n - 1)
	}
	// Reject the top values that would make some results likelier.
	limit := int64(1<<63 - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns a random int32 in [0, n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if isScheduler(r.src) {
		return int32(int63n(int64(n)))
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32(1<<31 - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// boundedInt31 is Go's unexported int31n, which Shuffle uses: a value in
// [0, n) by Lemire's multiply-and-shift, for 0 < n. It differs from
// Int31n only in which Source values lead to which result.
func (r *Rand) boundedInt31(n int32) int32 {
	if isScheduler(r.src) {
		return int32(int63n(int64(n)))
	}
	product := uint64(r.Uint32()) * uint64(n)
	if uint32(product) < uint32(n) {
		// The low half may fall in the biased zone: retry while it does.
		zone := uint32(-n) % uint32(n)
		for uint32(product) < zone {
			product = uint64(r.Uint32()) * uint64(n)
		}
	}
	return int32(product >> 32)
}

// Intn returns a random int in [0, n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n < 1<<31 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a random float64 in [0.0, 1.0): an Int63 value divided
// by 2^63, drawn again in the rare case the quotient rounds up to 1.
func (r *Rand) Float64() float64 {
	if isScheduler(r.src) {
		return Float64()
	}
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

// Float32 returns a random float32 in [0.0, 1.0): Float64 rounded to a
// float32, drawn again when that rounds up to 1.
func (r *Rand) Float32() float32 {
	if isScheduler(r.src) {
		return Float32()
	}
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

// Perm returns a random permutation of 0..n-1, built as Go builds it:
// number i goes to a random slot j <= i and the number that was in slot j
// moves to slot i. That makes n draws, the first always 0 of [0, 1).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle puts n elements in random order by calling swap(i, j) for i
// from n-1 down to 1, with j random in [0, i] (Fisher-Yates). It panics
// if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	// Go draws huge indexes with Int63n and the rest with int31n.
	for ; i >= 1<<31-1; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.boundedInt31(int32(i+1))))
	}
}

// Read fills p with random bytes, seven from each Int63 value, low byte
// first; the bytes of a value left over at the end are used by the next
// call. It always returns len(p), nil.
func (r *Rand) Read(p []byte) (n int, err error) {
	return readBytes(p, r.src, &r.readVal, &r.readPos)
}

// readBytes is Read over src, with the leftover value and count kept in
// *val and *pos.
func readBytes(p []byte, src Source, val *int64, pos *int8) (n int, err error) {
	v, left := *val, *pos
	for n = 0; n < len(p); n++ {
		if left == 0 {
			v = src.Int63()
			left = 7
		}
		p[n] = byte(v)
		v >>= 8
		left--
	}
	*val, *pos = v, left
	return n, nil
}
