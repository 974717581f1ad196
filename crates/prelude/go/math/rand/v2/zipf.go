// The Zipf generator of Goroutine Dojo's math/rand/v2, by rejection-inversion
// (Hörmann and Derflinger, "Rejection-Inversion to Generate Variates from
// Monotone Discrete Distributions", 1996), with Go's steps.

package rand

import "math"

// A Zipf draws integers k in [0, imax] with probability proportional to
// (v + k) ** -s.
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

// h is the integral of the hat function: (v+x)^(1-q) / (1-q).
func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneminusQ*math.Log(z.v+x)) * z.oneminusQinv
}

// hinv inverts h.
func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneminusQinv*math.Log(z.oneminusQ*x)) - z.v
}

// NewZipf returns a Zipf generator drawing from r, or nil unless s > 1
// and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneminusQ = 1 - s
	z.oneminusQinv = 1 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - math.Exp(math.Log(v)*-s) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-s*math.Log(v+1)))
	return z
}

// Uint64 draws one value. It panics on a nil Zipf.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	var k float64
	for {
		u := z.hxm + z.r.Float64()*z.hx0minusHxm
		x := z.hinv(u)
		k = math.Floor(x + 0.5)
		if k > z.imax && z.r.scheduled() {
			// Only a draw of 0, or one so small that it is lost when
			// added to hxm, gets past imax. Go then draws again; real
			// draws almost never get here, but the scheduler offers 0
			// first and would offer it again and again. Take imax, which
			// the smallest draws that count give.
			return uint64(z.imax)
		}
		if k-x <= z.s {
			break
		}
		if u >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			break
		}
	}
	return uint64(k)
}
