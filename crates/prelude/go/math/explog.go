package math

// Exp2, Expm1, Log1p and Cbrt, computed as Go's math package computes them
// on amd64 (plain Go there, FreeBSD's msun methods), so that every result
// has the same bits.

// ln2 split in two: the high part has its low bits clear, so that k·ln2Hi
// is exact for the k these functions meet.
const (
	ln2Hi  = 0x1.62e42fee00000p-1
	ln2Lo  = 0x1.a39ef35793c76p-33
	invLn2 = 0x1.71547652b82fep0
)

// Exp2 is 2**x: x = k + t with k the nearest integer, then
// 2**t = e**(t·ln2) by expPoly, scaled by 2**k.
func Exp2(x float64) float64 {
	const (
		overflow  = 0x1.fffffffffffffp9
		underflow = -1074
	)
	switch {
	case IsNaN(x):
		return x
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// k rounds half away from zero; int() truncates as Go's conversion.
	var k int
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expPoly(t*ln2Hi, -t*ln2Lo, k)
}

// expPoly is e**(hi-lo) · 2**k for |hi-lo| <= ln2/2, by the Remez
// polynomial of FreeBSD's exp.
func expPoly(hi, lo float64, k int) float64 {
	const (
		p1 = 0x1.5555555555555p-3
		p2 = -0x1.6c16c16bebd93p-9
		p3 = 0x1.1566aaf25de2cp-14
		p4 = -0x1.bbd41c5d26bf1p-20
		p5 = 0x1.6376972bea4d0p-25
	)
	r := hi - lo
	rr := r * r
	c := r - rr*(p1+rr*(p2+rr*(p3+rr*(p4+rr*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// withExponent adds k to the binary exponent of y by integer addition on
// its bits (k may be negative: the sum wraps as unsigned arithmetic does).
func withExponent(y float64, k int) float64 {
	return Float64frombits(Float64bits(y) + uint64(k)<<expShift)
}

// Expm1 is e**x - 1, accurate near 0: x = k·ln2 + r with r in
// [-ln2/2, ln2/2] split as hi - lo, a rational approximation of
// e**r - 1, and a correction c for what the split lost.
func Expm1(x float64) float64 {
	const (
		overflow = 0x1.62e42fefa39efp9  // beyond this e**x overflows
		ln2x56   = 0x1.3687a9f1af2b1p5  // 56·ln2: e**x - 1 is -1 below -this
		ln2Half3 = 0x1.0a2b23f3bab73p0  // 1.5·ln2
		ln2Half  = 0x1.62e42fefa39efp-2 // 0.5·ln2
		q1       = -0x1.11111111110f4p-5
		q2       = 0x1.a01a019fe5585p-10
		q3       = -0x1.4ce199eaadbb7p-14
		q4       = 0x1.0cfca86e65239p-18
		q5       = -0x1.afdb76e09c32dp-23
		tiny     = 0x1p-54
	)
	switch {
	case IsInf(x, 1) || IsNaN(x):
		return x
	case IsInf(x, -1):
		return -1
	}
	negative := x < 0
	a := x
	if negative {
		a = -a
	}
	if a >= ln2x56 {
		if negative {
			return -1
		}
		if a >= overflow {
			return Inf(1)
		}
	}
	var c float64
	k := 0
	switch {
	case a > ln2Half:
		var hi, lo float64
		switch {
		case a < ln2Half3 && !negative:
			hi, lo, k = x-ln2Hi, ln2Lo, 1
		case a < ln2Half3:
			hi, lo, k = x+ln2Hi, -ln2Lo, -1
		default:
			if negative {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			kf := float64(k)
			hi = x - kf*ln2Hi
			lo = kf * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case a < tiny:
		return x
	}
	half := 0.5 * x
	hxs := x * half
	r1 := 1 + hxs*(q1+hxs*(q2+hxs*(q3+hxs*(q4+hxs*q5))))
	t := 3 - r1*half
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = x*(e-c) - c
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		return withExponent(1-(e-x), k) - 1
	case k < 20:
		// 1 - 2**-k, exactly.
		t = Float64frombits(0x3ff0000000000000 - 0x20000000000000>>uint(k))
		return withExponent(t-(e-x), k)
	}
	t = Float64frombits(uint64(expBias-k) << expShift)
	y := x - (e + t)
	y++
	return withExponent(y, k)
}

// Log1p is log(1 + x), accurate near 0: 1+x = 2**k · (1+f) with
// √2/2 < 1+f < √2, the rounding of 1+x corrected by c, and log(1+f) from
// s = f/(2+f) by a polynomial in s². (iu, which mostly holds the
// mantissa's bits, also stands for "f is not tiny" as in Go.)
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 0x1.a827999fcef32p-2  // √2 - 1
		sqrt2HalfM1 = -0x1.2bec333018867p-2 // √2/2 - 1
		small       = 0x1p-29
		tiny        = 0x1p-54
		lp1         = 0x1.5555555555593p-1
		lp2         = 0x1.999999997fa04p-2
		lp3         = 0x1.2492494229359p-2
		lp4         = 0x1.c71c51d8e78afp-3
		lp5         = 0x1.7466496cb03dep-3
		lp6         = 0x1.39a09d078c69fp-3
		lp7         = 0x1.2f112df3e5244p-3
		twoThirds   = 0x1.5555555555555p-1
		sqrt2Bits   = 0x0006a09e667f3bcd // the mantissa bits of √2
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	a := Abs(x)
	var f float64
	var iu uint64
	k := 1
	if a < sqrt2M1 {
		if a < small {
			if a < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 {
			// 1+x is already in range: f = x, no rounding to correct.
			k, f, iu = 0, x, 1
		}
	}
	var c float64
	if k != 0 {
		var u float64
		if a < 1<<53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> expShift) - expBias)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> expShift) - expBias)
			c = 0
		}
		iu &= fracMask
		if iu < sqrt2Bits {
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (1<<expShift - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	kf := float64(k)
	if iu == 0 {
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += kf * ln2Lo
			return kf*ln2Hi + c
		}
		r := hfsq * (1.0 - twoThirds*f)
		if k == 0 {
			return f - r
		}
		return kf*ln2Hi - ((r - (kf*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	r := z * (lp1 + z*(lp2+z*(lp3+z*(lp4+z*(lp5+z*(lp6+z*lp7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+r))
	}
	return kf*ln2Hi - ((hfsq - (s*(hfsq+r) + (kf*ln2Lo + c))) - f)
}

// Cbrt is the cube root: a guess from the exponent's bits good to 5 bits,
// a rational step to 23 bits, then one Newton step on a value rounded to
// 21 bits, whose square is exact.
func Cbrt(x float64) float64 {
	const (
		b1 = 715094163 // (682-0.03306235651)·2**20
		b2 = 696219795 // (664-0.03306235651)·2**20
		c  = 0x1.15f15f15f15f1p-1
		d  = -0x1.691de2532c834p-1
		e  = 0x1.6a0ea0ea0ea0fp0
		f  = 0x1.9b6db6db6db6ep0
		g  = 0x1.6db6db6db6db7p-2
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	negative := x < 0
	if negative {
		x = -x
	}
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < smallestNormal {
		// Subnormal: scale by 2**54 first.
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if negative {
		t = -t
	}
	return t
}
