package math

// Exponentials, logarithms and powers, computed as Go's math package
// computes them on amd64, so that every result has the same bits. Go's Exp
// there is assembly that fuses multiply-adds on processors that have them,
// as the ones Go runs on today do; fma below gives the same roundings.

// Exp is e**x: x = k·ln2 + r, a Taylor series for e**(r/16) raised to the
// 16th power by four squarings (as (1+t)² - 1 = t·(t+2)), times 2**k.
func Exp(x float64) float64 {
	const (
		ln2Hi    = 0x1.62e42fefa3000p-1
		ln2Lo    = 0x1.3de6af278ece6p-42
		overflow = 7.09782712893384e+02
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	}
	k := roundToInt32(Log2E * x)
	kf := float64(k)
	r := fma(-ln2Hi, kf, x)
	r = fma(-ln2Lo, kf, r)
	r *= 0.0625
	p := 0x1.a01a01a01a01ap-16
	for _, c := range [...]float64{
		0x1.a01a01a01a01ap-13,
		0x1.6c16c16c16c17p-10,
		0x1.1111111111111p-7,
		0x1.5555555555555p-5,
		0x1.5555555555555p-3,
		0.5,
		1.0,
	} {
		p = fma(p, r, c)
	}
	r *= p
	for i := 0; i < 3; i++ {
		r *= r + 2
	}
	r = fma(r, r+2, 1)
	biased := int64(k) + expBias
	switch {
	case biased >= expBits:
		return Inf(1)
	case biased > 0:
		return r * Float64frombits(uint64(biased)<<expShift)
	case biased < -52:
		return 0
	}
	// Subnormal: two steps, as the hardware's result rounds twice too.
	r *= Float64frombits(uint64(biased+expBias-1) << expShift)
	return r * Float64frombits(1<<expShift)
}

// roundToInt32 converts as the processor does: to the nearest integer, ties
// to even, and the "integer indefinite" -2**31 when out of range.
func roundToInt32(f float64) int32 {
	if IsNaN(f) || f >= 1<<31-0.5 || f < -1<<31-0.5 {
		return -1 << 31
	}
	return int32(RoundToEven(f))
}

// fma is x*y + z rounded once: the product is split exactly (Dekker) and
// the three parts summed without error but for the last rounding.
func fma(x, y, z float64) float64 {
	p := x * y
	if p == 0 || z == 0 || IsInf(p, 0) || IsNaN(p) || IsInf(z, 0) || IsNaN(z) {
		return p + z
	}
	xh, xl := split(x)
	yh, yl := split(y)
	e := ((xh*yh - p) + xh*yl + xl*yh) + xl*yl
	s := p + z
	bv := s - p
	t := (p - (s - bv)) + (z - bv)
	return s + (t + e)
}

// split cuts x into two halves of 26 bits whose sum is x.
func split(x float64) (hi, lo float64) {
	c := 134217729.0 * x
	hi = c - (c - x)
	return hi, x - hi
}

// Log is the natural logarithm: x = 2**k · f1 with f1 in (√2/2, √2], and
// log(f1) from s = (f1-1)/(f1+1) by a polynomial in s² (FreeBSD's method).
func Log(x float64) float64 {
	const (
		ln2Hi = 0x1.62e42fee00000p-1
		ln2Lo = 0x1.a39ef35793c76p-33
		l1    = 0x1.5555555555593p-1
		l2    = 0x1.999999997fa04p-2
		l3    = 0x1.2492494229359p-2
		l4    = 0x1.c71c51d8e78afp-3
		l5    = 0x1.7466496cb03dep-3
		l6    = 0x1.39a09d078c69fp-3
		l7    = 0x1.2f112df3e5244p-3
	)
	switch {
	case x == 0:
		return Inf(-1)
	case Signbit(x):
		return NaN()
	case IsNaN(x) || IsInf(x, 1):
		return x
	}
	b := Float64bits(x)
	f1 := Float64frombits(b&fracMask | (expBias-1)<<expShift)
	k := float64(int(b>>expShift&expBits) - (expBias - 1))
	if f1 <= 0x1.6a09e667f3bcdp-1 {
		f1 *= 2
		k--
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	r := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+r) + k*ln2Lo)) - f)
}

// Log10 and Log2 scale the natural logarithm (Log2 is exact on powers of
// two).
func Log10(x float64) float64 { return Log(x) * Log10E }

func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*Log2E + float64(exp)
}

// Pow is x**y. An integral power is a product of repeated squares, kept
// as a fraction and an exponent so it cannot overflow on the way; a
// fractional one adds Exp(yf·Log(x)) for the fraction yf.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if Signbit(x) && isOddInt(y) {
				return Inf(-1)
			}
			return Inf(1)
		case y > 0:
			if Signbit(x) && isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		default:
			return Inf(1)
		}
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y)
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		default:
			return Inf(1)
		}
	}
	acc, accExp := 1.0, 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		acc = Exp(yf * Log(x))
	}
	sq, sqExp := Frexp(x)
	for n := int64(yi); n != 0; n >>= 1 {
		if sqExp < -1<<12 || 1<<12 < sqExp {
			// The square is out of any float64's reach: the exponent
			// alone decides, and Ldexp below saturates.
			accExp += sqExp
			break
		}
		if n&1 == 1 {
			acc *= sq
			accExp += sqExp
		}
		sq *= sq
		sqExp <<= 1
		if sq < .5 {
			sq += sq
			sqExp--
		}
	}
	if y < 0 {
		acc = 1 / acc
		accExp = -accExp
	}
	return Ldexp(acc, accExp)
}

func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false
	}
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}
