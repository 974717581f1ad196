package math

// Sincos, Remainder, Pow10, Ilogb, Logb, Nextafter and Nextafter32, with
// the results Go's math package gives on amd64 (plain Go there), bit for
// bit.

// Sincos is Sin(x) and Cos(x) from one argument reduction (trig.go's), as
// Go computes them together: (±0, 1) at ±0, NaNs for ±Inf and NaN.
func Sincos(x float64) (sin, cos float64) {
	switch {
	case x == 0:
		return x, 1
	case IsNaN(x) || IsInf(x, 0):
		return NaN(), NaN()
	}
	sinNeg, cosNeg := false, false
	if x < 0 {
		x = -x
		sinNeg = true
	}
	j, z := octant(x)
	if j > 3 {
		j -= 4
		sinNeg, cosNeg = !sinNeg, !cosNeg
	}
	if j > 1 {
		cosNeg = !cosNeg
	}
	zz := z * z
	cos = cosPoly(zz)
	sin = sinPoly(z, zz)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNeg {
		cos = -cos
	}
	if sinNeg {
		sin = -sin
	}
	return sin, cos
}

// Remainder is IEEE 754's remainder x - n·y with n the integer nearest
// x/y (ties to even), computed exactly through Mod.
func Remainder(x, y float64) float64 {
	const (
		tiny    = 0x1p-1021
		halfMax = MaxFloat64 / 2
	)
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	negative := x < 0
	if negative {
		x = -x
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if negative {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		// Now x < 2y.
		x = Mod(x, y+y)
	}
	if y < tiny {
		// y/2 would lose a bit: compare 2x with y instead.
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if negative {
		x = -x
	}
	return x
}

// Powers of ten for Pow10: 10**n is a product (or quotient) of one entry
// of each table.
var (
	tenToThe = [32]float64{
		1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07,
		1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
		1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23,
		1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
	}
	tenToThe32s = [10]float64{
		1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
	}
	// 1e-00, 1e-32, ..., 1e-320 rounded to float64 (the last one is
	// subnormal).
	tenToTheMinus32s = [11]float64{
		1,
		0x1.9f623d5a8a733p-107,
		0x1.50ffd44f4a73dp-213,
		0x1.116805effaeaap-319,
		0x1.bba08cf8c979dp-426,
		0x1.67e9c127b6e74p-532,
		0x1.23ff06eea847ap-638,
		0x1.d9ca79d89462ap-745,
		0x1.8062864ac6f43p-851,
		0x1.37d99cc506d59p-957,
		0x1.fap-1064,
	}
)

// Pow10 is 10**n: +Inf above 308, 0 below -323.
func Pow10(n int) float64 {
	switch {
	case 0 <= n && n <= 308:
		return tenToThe32s[n/32] * tenToThe[n%32]
	case -323 <= n && n < 0:
		return tenToTheMinus32s[-n/32] / tenToThe[-n%32]
	case n > 0:
		return Inf(1)
	}
	return 0
}

// ilogb is the binary exponent of a finite nonzero x.
func ilogb(x float64) int {
	shift := 0
	if Abs(x) < smallestNormal {
		x *= 1 << 52
		shift = -52
	}
	return int(Float64bits(x)>>expShift&expBits) - expBias + shift
}

// Logb is the binary exponent of x as a float64: -Inf at ±0, +Inf at
// ±Inf, NaN for NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(ilogb(x))
}

// Ilogb is the binary exponent of x: MinInt32 at ±0, MaxInt32 for ±Inf
// and NaN.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x) || IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

// Nextafter is the float64 next to x in the direction of y (x itself when
// they are equal, NaN if either is).
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		// Away from zero: the next larger magnitude.
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 is Nextafter for float32.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case IsNaN(float64(x)) || IsNaN(float64(y)):
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}
