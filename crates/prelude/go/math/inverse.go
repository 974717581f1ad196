package math

// Inverse trigonometric functions: Atan from a rational approximation (the
// Cephes library's) on a reduced argument, Asin and Acos through Atan, and
// Atan2 picking the quadrant. Go's amd64 build has no assembly for these,
// so the same float64 operations in the same order give the same bits.

// atanNum and atanDen are the numerator and denominator of
// atan(x) ≈ x + x·z·P(z)/Q(z) with z = x², highest power first (Q's
// leading coefficient is 1).
var atanNum = [5]float64{
	-0x1.c007fa1f72594p-1,
	-0x1.028545b6b807ap4,
	-0x1.2c08c36880273p6,
	-0x1.eb8bf2d05ba25p6,
	-0x1.03669fd28ec8ep6,
}

var atanDen = [5]float64{
	0x1.8dbc45b14603cp4,
	0x1.4a0dd43b8fa25p7,
	0x1.b0e18d2e2be3bp8,
	0x1.e563f13b049eap8,
	0x1.8519efbbd62ecp7,
}

const (
	halfPi    = 0x1.921fb54442d18p0 // π/2 rounded
	threePi4  = 0x1.2d97c7f3321d2p1 // 3π/4 rounded
	onePi     = 0x1.921fb54442d18p1 // π rounded
	halfPiLow = 0x1.1a62633145c07p-54
	tan3Pi8   = 0x1.3504f333f9de6p1 // tan(3π/8) = 1 + √2
)

// atanKernel is the arctangent of x in [0, 0.66].
func atanKernel(x float64) float64 {
	p, q := atanNum, atanDen
	z := x * x
	num := (((p[0]*z+p[1])*z+p[2])*z+p[3])*z + p[4]
	den := ((((z+q[0])*z+q[1])*z+q[2])*z+q[3])*z + q[4]
	z = z * num / den
	return x*z + x
}

// atanPositive is the arctangent of x >= 0: near 0 directly, above
// tan(3π/8) as π/2 - atan(1/x), in between as π/4 + atan((x-1)/(x+1)).
// halfPiLow is what the rounded π/2 misses.
func atanPositive(x float64) float64 {
	switch {
	case x <= 0.66:
		return atanKernel(x)
	case x > tan3Pi8:
		return halfPi - atanKernel(1/x) + halfPiLow
	}
	return quarterPi + atanKernel((x-1)/(x+1)) + 0.5*halfPiLow
}

// Atan is the arctangent, in [-π/2, π/2]; ±0 stays ±0.
func Atan(x float64) float64 {
	switch {
	case x == 0:
		return x
	case x > 0:
		return atanPositive(x)
	}
	return -atanPositive(-x)
}

// Asin is the arcsine: atan(x/√(1-x²)), or its complement for |x| > 0.7.
// NaN outside [-1, 1].
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	negative := x < 0
	if negative {
		x = -x
	}
	if x > 1 {
		return NaN()
	}
	root := Sqrt(1 - x*x)
	var a float64
	if x > 0.7 {
		a = halfPi - atanPositive(root/x)
	} else {
		a = atanPositive(x / root)
	}
	if negative {
		a = -a
	}
	return a
}

// Acos is the arccosine, π/2 - Asin(x).
func Acos(x float64) float64 { return halfPi - Asin(x) }

// Atan2 is the angle of the point (x, y), in [-π, π], with the special
// cases of IEEE 754 (signed zeros and infinities).
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x < 0 || x == 0 && Signbit(x) {
			return Copysign(onePi, y)
		}
		return Copysign(0, y)
	case x == 0:
		return Copysign(halfPi, y)
	case IsInf(x, 1):
		if IsInf(y, 0) {
			return Copysign(quarterPi, y)
		}
		return Copysign(0, y)
	case IsInf(x, -1):
		if IsInf(y, 0) {
			return Copysign(threePi4, y)
		}
		return Copysign(onePi, y)
	case IsInf(y, 0):
		return Copysign(halfPi, y)
	}
	angle := Atan(y / x)
	if x >= 0 {
		return angle
	}
	if angle <= 0 {
		return angle + onePi
	}
	return angle - onePi
}
