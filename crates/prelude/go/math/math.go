package math

// Mathematical constants, to the precision Go's math package states them
// (untyped: they take the type their use needs). Goroutine Dojo folds
// untyped float constants exactly only while they fit a 128-bit fraction,
// so a constant derived from these is written out here, not computed; the
// package's own coefficients are written as hexadecimal floats, which are
// exact, and its code computes with none of these in constant expressions.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848338051771495779283958519468327
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1.44269504088896340735992468100189213742664595415298593413544940693
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 0.434294481903251827651128918916605082294397005803666566114453783
)

// The largest finite values and the smallest positive ones of the
// floating-point types.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

// The limits of the integer types (int and uint are 64 bits wide here, as
// on the Go Playground).
const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

// The parts of a float64's bits.
const (
	signBit  = 1 << 63
	expBits  = 0x7ff
	expShift = 52
	expBias  = 1023
	fracMask = 1<<expShift - 1
	nanBits  = 0x7FF8000000000001
	infBits  = 0x7FF0000000000000
	// Below this a float64 is subnormal.
	smallestNormal = 0x1.0000000000000p-1022
)

// Inf is +Inf for sign >= 0 and -Inf otherwise.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(infBits)
	}
	return Float64frombits(infBits | signBit)
}

// NaN is the same quiet NaN Go's math.NaN returns.
func NaN() float64 { return Float64frombits(nanBits) }

// IsNaN: only a NaN is unequal to itself.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports +Inf for sign > 0, -Inf for sign < 0, either for 0.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit also sees the sign of -0 and of a NaN.
func Signbit(x float64) bool { return Float64bits(x)&signBit != 0 }

func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signBit) }

// Copysign is f's magnitude with sign's sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Max: +Inf wins over NaN, NaN over everything else, and +0 over -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min: -Inf wins over NaN, NaN over everything else, and -0 over +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Dim is x-y when that is positive, else 0 (NaN stays NaN).
func Dim(x, y float64) float64 {
	d := x - y
	if d <= 0 {
		return 0
	}
	return d
}

// Frexp splits f into a fraction in [0.5, 1) and a power of two.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	if Abs(f) < smallestNormal {
		f *= 1 << 52
		exp = -52
	}
	b := Float64bits(f)
	exp += int(b>>expShift&expBits) - expBias + 1
	b = b&^(expBits<<expShift) | (expBias-1)<<expShift
	return Float64frombits(b), exp
}

// Ldexp is frac × 2**exp, rounded once, down to the subnormals.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	if Abs(frac) < smallestNormal {
		frac *= 1 << 52
		exp -= 52
	}
	b := Float64bits(frac)
	exp += int(b>>expShift&expBits) - expBias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		return Inf(1 - 2*int(b>>63))
	}
	scale := 1.0
	if exp < -1022 {
		// Build a normal number and let one multiplication round it into
		// the subnormal range.
		exp += 53
		scale = 1.0 / (1 << 53)
	}
	b = b&^(expBits<<expShift) | uint64(exp+expBias)<<expShift
	return scale * Float64frombits(b)
}

// Modf splits f into an integer part and a fraction, both with f's sign.
func Modf(f float64) (whole float64, frac float64) {
	if f < 1 {
		if f < 0 {
			whole, frac = Modf(-f)
			return -whole, -frac
		}
		if f == 0 {
			return f, f
		}
		return 0, f
	}
	b := Float64bits(f)
	e := uint(b>>expShift&expBits) - expBias
	if e < expShift {
		b &^= 1<<(expShift-e) - 1
	}
	whole = Float64frombits(b)
	return whole, f - whole
}

// Mod is the remainder of x/y with x's sign, computed exactly.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	yfrac, yexp := Frexp(y)
	// -0 stays -0: only a negative x is flipped.
	r := x
	if x < 0 {
		r = -x
	}
	for r >= y {
		rfrac, rexp := Frexp(r)
		if rfrac < yfrac {
			rexp--
		}
		r -= Ldexp(y, rexp-yexp)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Round rounds half away from zero.
func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 {
		t += Copysign(1, x)
	}
	return t
}

// RoundToEven rounds half to the even neighbour.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || d == 0.5 && Mod(t, 2) != 0 {
		t += Copysign(1, x)
	}
	return t
}

// Hypot is Sqrt(p*p + q*q) without the overflow: the larger times
// Sqrt(1 + (smaller/larger)²).
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	case p == 0 && q == 0:
		return 0
	}
	if p < q {
		p, q = q, p
	}
	q /= p
	return p * Sqrt(1+q*q)
}
