// Normal and exponential numbers of Goroutine Dojo's math/rand/v2, by the
// ziggurat method of Marsaglia and Tsang ("The Ziggurat Method for
// Generating Random Variables", 2000), as Go's v2 draws them: one Source
// value per try, split into the layer and the offset, and the same tables
// (internal/ziggurat) as version 1.

package rand

import (
	"internal/ziggurat"
	"math"
)

const (
	// Where the normal ziggurat's base strip meets its tail.
	normTail = 3.442619855899
	// Where the exponential ziggurat's tail starts, as Go's sampler has it.
	expTail = 7.69711747013104972
)

// tailUniform is the uniform number whose logarithm the tails take:
// Float64, as in Go. Go's Float64 can be 0, whose logarithm would make
// the result infinite; that happens once in 2^53 draws, but the scheduler
// offers 0 first, so over the Dojo's own sources the tails take
// 1 - Float64 instead, which has the same distribution on (0, 1].
func (r *Rand) tailUniform() float64 {
	f := r.Float64()
	if r.scheduled() {
		return 1 - f
	}
	return f
}

// magnitude is |j| as a uint32 (MinInt32 stays 1<<31).
func magnitude(j int32) uint32 {
	if j < 0 {
		return uint32(-j)
	}
	return uint32(j)
}

// NormFloat64 returns a normally distributed float64 with mean 0 and
// standard deviation 1. For another normal distribution, scale and shift
// it: NormFloat64()*stddev + mean.
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Uint64()
		j := int32(u)            // the offset, with a sign
		i := int(u >> 32 & 0x7F) // the layer
		x := float64(j) * float64(ziggurat.NormW[i])
		if magnitude(j) < ziggurat.NormK[i] {
			return x // inside the layer's rectangle: the usual case
		}
		if i == 0 {
			// The base strip's tail beyond normTail.
			for {
				x = -math.Log(r.tailUniform()) * (1 / normTail)
				y := -math.Log(r.tailUniform())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return normTail + x
			}
			return -normTail - x
		}
		// Between the rectangle and the curve: accept under the curve.
		edge := ziggurat.NormF[i] + float32(r.Float64())*(ziggurat.NormF[i-1]-ziggurat.NormF[i])
		if edge < float32(math.Exp(-0.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in (0, +Max]
// with rate 1 (mean 1). For rate λ, divide it by λ.
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Uint64()
		j := uint32(u)           // the offset
		i := int(uint8(u >> 32)) // the layer
		x := float64(j) * float64(ziggurat.ExpW[i])
		if j < ziggurat.ExpK[i] {
			return x
		}
		if i == 0 {
			return expTail - math.Log(r.tailUniform())
		}
		edge := ziggurat.ExpF[i] + float32(r.Float64())*(ziggurat.ExpF[i-1]-ziggurat.ExpF[i])
		if edge < float32(math.Exp(-x)) {
			return x
		}
	}
}
