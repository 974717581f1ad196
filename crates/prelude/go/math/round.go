package math

// Sqrt is the correctly rounded square root, found a bit at a time as
// the integer square root of the mantissa (the result is exact to the
// last bit, as the processor's).
func Sqrt(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	}
	b := Float64bits(x)
	exp := int(b >> expShift & expBits)
	if exp == 0 {
		// Subnormal: normalise the mantissa first.
		for b&(1<<expShift) == 0 {
			b <<= 1
			exp--
		}
		exp++
	}
	exp -= expBias
	b = b&fracMask | 1<<expShift
	if exp&1 == 1 {
		b <<= 1
	}
	exp >>= 1
	b <<= 1
	var q, s uint64
	for r := uint64(1 << (expShift + 1)); r != 0; r >>= 1 {
		t := s + r
		if t <= b {
			s = t + r
			b -= t
			q += r
		}
		b <<= 1
	}
	if b != 0 {
		// A remainder left: round half to even on the last bit.
		q += q & 1
	}
	return Float64frombits(q>>1 + uint64(exp-1+expBias)<<expShift)
}

// Trunc, Floor and Ceil round towards zero, down and up; ±0, ±Inf and NaN
// stay as they are.
func Trunc(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	whole, _ := Modf(x)
	return whole
}

func Floor(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	if x < 0 {
		whole, frac := Modf(-x)
		if frac != 0 {
			whole++
		}
		return -whole
	}
	whole, _ := Modf(x)
	return whole
}

func Ceil(x float64) float64 { return -Floor(-x) }
