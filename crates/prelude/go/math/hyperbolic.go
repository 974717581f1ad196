package math

// Hyperbolic functions and their inverses, as Go's math package computes
// them on amd64 (plain Go there, calling the assembly Exp and Log that
// exp.go reproduces): the same operations in the same order, for the same
// bits.

// sinhNum and sinhDen: sinh(x) ≈ x·P(x²)/Q(x²) for |x| <= 0.5, highest
// power first (Q's leading coefficient is 1).
var sinhNum = [4]float64{
	-0x1.a4e3de8540779p4,
	-0x1.69c6c36da2dfbp11,
	-0x1.5f38b8605d22dp16,
	-0x1.33fdeba64bb4fp19,
}

var sinhDen = [3]float64{
	-0x1.5b5b9fcd003bbp7,
	0x1.db7963eae91e1p13,
	-0x1.33fdeba64bb4fp19,
}

// Sinh is the hyperbolic sine: a rational function near 0, (e**x -
// e**-x)/2 up to 21 and e**x/2 beyond.
func Sinh(x float64) float64 {
	negative := x < 0
	if negative {
		x = -x
	}
	var s float64
	switch {
	case x > 21:
		s = Exp(x) * 0.5
	case x > 0.5:
		e := Exp(x)
		s = (e - 1/e) * 0.5
	default:
		p, q := sinhNum, sinhDen
		x2 := x * x
		s = (((p[0]*x2+p[1])*x2+p[2])*x2 + p[3]) * x
		s = s / (((x2+q[0])*x2+q[1])*x2 + q[2])
	}
	if negative {
		s = -s
	}
	return s
}

// Cosh is the hyperbolic cosine, (e**x + e**-x)/2 (e**x/2 beyond 21).
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	e := Exp(x)
	return (e + 1/e) * 0.5
}

// tanhNum and tanhDen: tanh(x) ≈ x + x·s·P(s)/Q(s) with s = x² for
// |x| < 0.625, highest power first (Q's leading coefficient is 1).
var tanhNum = [3]float64{
	-0x1.edc5baafd6f4bp-1,
	-0x1.8d26a0e26682dp6,
	-0x1.93ac030580563p10,
}

var tanhDen = [3]float64{
	0x1.c33f28a581b86p6,
	0x1.176fa0e5535fap11,
	0x1.2ec102442040cp12,
}

// Tanh is the hyperbolic tangent: the rational function near 0,
// 1 - 2/(e**2|x| + 1) further out, and ±1 past log(2**127)/2.
func Tanh(x float64) float64 {
	const saturate = 0x1.601e678fc457bp5 // half of log(2**127)
	a := Abs(x)
	switch {
	case a > saturate:
		if x < 0 {
			return -1
		}
		return 1
	case a >= 0.625:
		e := Exp(2 * a)
		a = 1 - 2/(e+1)
		if x < 0 {
			a = -a
		}
		return a
	case x == 0:
		return x
	}
	p, q := tanhNum, tanhDen
	s := x * x
	return x + x*s*((p[0]*s+p[1])*s+p[2])/(((s+q[0])*s+q[1])*s+q[2])
}

// ln2 rounded to float64.
const ln2F = 0x1.62e42fefa39efp-1

// Asinh is the inverse hyperbolic sine, log(x + √(x²+1)), arranged for
// accuracy in each range of |x|; ±0, ±Inf and NaN are returned as they
// are.
func Asinh(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return x
	}
	negative := x < 0
	if negative {
		x = -x
	}
	var a float64
	switch {
	case x > 1<<28:
		a = Log(x) + ln2F
	case x > 2:
		a = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < 0x1p-28:
		a = x
	default:
		a = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if negative {
		a = -a
	}
	return a
}

// Acosh is the inverse hyperbolic cosine, log(x + √(x²-1)); NaN below 1.
func Acosh(x float64) float64 {
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x >= 1<<28:
		return Log(x) + ln2F
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh is the inverse hyperbolic tangent, log((1+x)/(1-x))/2, through
// Log1p; ±Inf at ±1 and NaN beyond.
func Atanh(x float64) float64 {
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	negative := x < 0
	if negative {
		x = -x
	}
	var a float64
	switch {
	case x < 0x1p-28:
		a = x
	case x < 0.5:
		d := x + x
		a = 0.5 * Log1p(d+d*x/(1-x))
	default:
		a = 0.5 * Log1p((x+x)/(1-x))
	}
	if negative {
		a = -a
	}
	return a
}
