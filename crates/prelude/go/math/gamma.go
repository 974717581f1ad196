package math

// The Gamma function and the logarithm of its absolute value, computed as
// Go's math package computes them on amd64 (plain Go there: Cephes' Gamma
// and FreeBSD's lgamma, on top of the Exp, Log, Pow and Sin of this
// package), operation for operation, so that every result has the same
// bits.

// Gamma's rational approximation on [2, 3): P(x-2)/Q(x-2), highest power
// first.
var gammaNum = [7]float64{
	0x1.4fcb839982153p-13,
	0x1.384e3e686bfabp-10,
	0x1.557cde9db14b0p-7,
	0x1.863d918c423d3p-5,
	0x1.a8da9dcae7d31p-3,
	0x1.fa1373993e312p-2,
	0x1.0000000000000p0,
}

var gammaDen = [8]float64{
	-0x1.8487a8400d3afp-16,
	0x1.1ae8a29152573p-11,
	-0x1.240e4e750b44ap-8,
	0x1.831ed5b1bb117p-7,
	0x1.25779e33fde67p-5,
	-0x1.e071a9d4287c2p-3,
	0x1.24944c9cd3c51p-4,
	0x1.0000000000000p0,
}

// The Stirling series' correction in 1/x, highest power first.
var stirlingCoef = [5]float64{
	0x1.9cc72592d7293p-11,
	-0x1.e166b27e61d7cp-13,
	-0x1.5f72607d44fd7p-9,
	0x1.c71c71b98c5fdp-9,
	0x1.5555555555986p-4,
}

// stirling is Γ(x) for 33 <= x <= 200 as a product of two factors (so
// that the caller can divide by them one at a time). Above 200 it says
// +Inf.
func stirling(x float64) (float64, float64) {
	const (
		sqrt2Pi   = 0x1.40d931ff62706p1
		powSplits = 0x1.1e083ba3443d4p7 // 143.01608: above, x**(x-0.5) overflows
	)
	if x > 200 {
		return Inf(1), 1
	}
	c := stirlingCoef
	w := 1 / x
	w = 1 + w*((((c[0]*w+c[1])*w+c[2])*w+c[3])*w+c[4])
	ex := Exp(x)
	second := 1.0
	var first float64
	if x > powSplits {
		v := Pow(x, 0.5*x-0.25)
		first, second = v, v/ex
	} else {
		first = Pow(x, x-0.5) / ex
	}
	return first, sqrt2Pi * w * second
}

// Gamma is Γ(x): NaN at the negative integers and -Inf, ±Inf at ±0.
// Large arguments go through Stirling's formula (negative ones through the
// reflection formula Γ(-x)·Γ(x) = -π/(x·sin(πx))), others are brought into
// [2, 3) by Γ(x+1) = x·Γ(x) for the rational approximation.
func Gamma(x float64) float64 {
	const euler = 0x1.2788cfc6fb619p-1 // Euler–Mascheroni constant
	switch {
	case isNegInt(x) || IsInf(x, -1) || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			a, b := stirling(x)
			return a * b
		}
		// Γ(x) has the sign of (-1)**(floor(|x|)+1) for x < 0.
		sign := 1
		if int64(p)&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(onePi*z)
		if z == 0 {
			return Inf(sign)
		}
		a, b := stirling(q)
		az := Abs(z)
		d := az * a * b
		if IsInf(d, 0) {
			z = onePi / az / a / b
		} else {
			z = onePi / d
		}
		return float64(sign) * z
	}
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 {
		if x > -1e-09 {
			return gammaNearZero(x, z, euler)
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaNearZero(x, z, euler)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	n, d := gammaNum, gammaDen
	p = (((((x*n[0]+n[1])*x+n[2])*x+n[3])*x+n[4])*x+n[5])*x + n[6]
	q = ((((((x*d[0]+d[1])*x+d[2])*x+d[3])*x+d[4])*x+d[5])*x+d[6])*x + d[7]
	return z * p / q
}

// gammaNearZero is z·Γ(x) for x within 1e-9 of 0, by Γ(x) ≈ 1/(x·(1+γx)).
func gammaNearZero(x, z, euler float64) float64 {
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + euler*x) * x)
}

// isNegInt reports whether x is a negative integer (Gamma's poles).
func isNegInt(x float64) bool {
	if x >= 0 {
		return false
	}
	_, frac := Modf(x)
	return frac == 0
}

// Lgamma's approximations, FreeBSD's, lowest power first. lgammaA is
// for the neighbourhood of 2 (and of 1, as y = 2-x or 1-x), interleaved
// as the even and odd parts are summed; lgammaT around the minimum of
// Γ; lgammaU/lgammaV near 1 (and 0); lgammaS/lgammaR on [2, 3); lgammaW
// the Stirling series for x >= 8.
var lgammaA = [12]float64{
	0x1.3c467e37db0c8p-4,
	0x1.4a34cc4a60fadp-2,
	0x1.13e001a5562a7p-4,
	0x1.51322ac92547bp-6,
	0x1.e404fb68fefe8p-8,
	0x1.7add8ccb7926bp-9,
	0x1.38a94116f3f5dp-10,
	0x1.0b6c689b99c00p-11,
	0x1.cf2eced10e54dp-13,
	0x1.c5088987dfb07p-14,
	0x1.a7074428cfa52p-16,
	0x1.7858e90a45837p-15,
}

var lgammaR = [7]float64{
	1,
	0x1.645a762c4ab74p0,
	0x1.71a1893d3dcdcp-1,
	0x1.601edccfbdf27p-3,
	0x1.317ea742ed475p-6,
	0x1.97ddaca41a95bp-11,
	0x1.ebaf7a5b38140p-18,
}

var lgammaS = [7]float64{
	-0x1.3c467e37db0c8p-4,
	0x1.b848b36e20878p-3,
	0x1.4d98f4f139f59p-2,
	0x1.2bb9cbee5f2f7p-3,
	0x1.b481c7e939961p-6,
	0x1.e26b67368f239p-10,
	0x1.0bfecdd17e945p-15,
}

var lgammaT = [15]float64{
	0x1.ef72bc8ee38a2p-2,
	-0x1.2e4278dc6c509p-3,
	0x1.08b4294d5419bp-4,
	-0x1.0c9a8df35b713p-5,
	0x1.266e7970af9ecp-6,
	-0x1.51f9fba91ec6ap-7,
	0x1.8fce0e370e344p-8,
	-0x1.e2effb3e914d7p-9,
	0x1.282d32e15c915p-9,
	-0x1.6fe8ebf2d1af1p-10,
	0x1.cdf0cef61a8e9p-11,
	-0x1.1a6109c73e0ecp-11,
	0x1.4af6d6c0ebbf7p-12,
	-0x1.47f24ecc38c38p-12,
	0x1.5fd3ee8c2d3f4p-12,
}

var lgammaU = [6]float64{
	-0x1.3c467e37db0c8p-4,
	0x1.4401e8b005dffp-1,
	0x1.7475cd119bd6fp0,
	0x1.f497644ea8450p-1,
	0x1.d4eaef6010924p-3,
	0x1.b678bbf2bab09p-7,
}

var lgammaV = [6]float64{
	1,
	0x1.3a5d7c2bd619cp1,
	0x1.10725a42b18f5p1,
	0x1.89dfbe45050afp-1,
	0x1.aae55d6537c88p-4,
	0x1.a5abb57d0cf61p-9,
}

var lgammaW = [7]float64{
	0x1.acfe390c97d69p-2,
	0x1.555555555553bp-4,
	-0x1.6c16c16b02e5cp-9,
	0x1.a019f98cf38b6p-11,
	-0x1.380cb8c0fe741p-11,
	0x1.b67ba4cdad5d1p-11,
	-0x1.ab89d0b9e43e4p-10,
}

// Lgamma is log|Γ(x)| and the sign of Γ(x) (+1 or -1).
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		tc = 0x1.762d86356be3fp0   // where Γ is smallest, about 1.4616
		tf = -0x1.f19b9bcc38a42p-4 // log Γ(tc)
		tt = -0x1.0c7caa48a971fp-58
		// The bounds of the three ranges around tc-1 and tc.
		edge1Hi = 0x1.76987d0eaed22p-1
		edge1Lo = 0x1.88766f1c02f69p-3
		edge2Hi = 0x1.bb4c3e8757691p0
		edge2Lo = 0x1.310ecde3805edp0
		tcM1    = 0x1.d8b618d5af8fcp-2 // tc - 1
	)
	sign = 1
	switch {
	case IsNaN(x) || IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	}
	negative := x < 0
	if negative {
		x = -x
	}
	if x < 0x1p-70 {
		if negative {
			sign = -1
		}
		return -Log(x), sign
	}
	var adjust float64
	if negative {
		if x >= 1<<52 {
			// Every float64 this large is an integer: a pole.
			return Inf(1), sign
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), sign
		}
		adjust = Log(onePi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}
	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		// log Γ(x) = log Γ(x+1) - log(x), by which of three
		// approximations y is nearest.
		var y float64
		var which int
		if x <= 0.9 {
			lgamma = -Log(x)
			switch {
			case x >= edge1Hi:
				y, which = 1-x, 0
			case x >= edge1Lo:
				y, which = x-tcM1, 1
			default:
				y, which = x, 2
			}
		} else {
			lgamma = 0
			switch {
			case x >= edge2Hi:
				y, which = 2-x, 0
			case x >= edge2Lo:
				y, which = x-tc, 1
			default:
				y, which = x-1, 2
			}
		}
		switch which {
		case 0:
			a := lgammaA
			z := y * y
			even := a[0] + z*(a[2]+z*(a[4]+z*(a[6]+z*(a[8]+z*a[10]))))
			odd := z * (a[1] + z*(a[3]+z*(a[5]+z*(a[7]+z*(a[9]+z*a[11])))))
			p := y*even + odd
			lgamma += p - 0.5*y
		case 1:
			t := lgammaT
			z := y * y
			w := z * y
			p1 := t[0] + w*(t[3]+w*(t[6]+w*(t[9]+w*t[12])))
			p2 := t[1] + w*(t[4]+w*(t[7]+w*(t[10]+w*t[13])))
			p3 := t[2] + w*(t[5]+w*(t[8]+w*(t[11]+w*t[14])))
			p := z*p1 - (tt - w*(p2+y*p3))
			lgamma += tf + p
		default:
			u, v := lgammaU, lgammaV
			p1 := y * (u[0] + y*(u[1]+y*(u[2]+y*(u[3]+y*(u[4]+y*u[5])))))
			p2 := 1 + y*(v[1]+y*(v[2]+y*(v[3]+y*(v[4]+y*v[5]))))
			lgamma += -0.5*y + p1/p2
		}
	case x < 8:
		// log Γ(x) = log Γ(2+y) + log((2+y)(3+y)...(x-1)).
		i := int(x)
		y := x - float64(i)
		s, r := lgammaS, lgammaR
		p := y * (s[0] + y*(s[1]+y*(s[2]+y*(s[3]+y*(s[4]+y*(s[5]+y*s[6]))))))
		q := 1 + y*(r[1]+y*(r[2]+y*(r[3]+y*(r[4]+y*(r[5]+y*r[6])))))
		lgamma = 0.5*y + p/q
		if i >= 3 {
			z := 1.0
			for k := i - 1; k >= 2; k-- {
				z *= y + float64(k)
			}
			lgamma += Log(z)
		}
	case x < 1<<58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := lgammaW
		c := w[0] + z*(w[1]+y*(w[2]+y*(w[3]+y*(w[4]+y*(w[5]+y*w[6])))))
		lgamma = (x-0.5)*(t-1) + c
	default:
		lgamma = x * (Log(x) - 1)
	}
	if negative {
		lgamma = adjust - lgamma
	}
	return lgamma, sign
}

// sinPi is -sin(πx) for x > 0, with the argument reduced exactly (mod 2)
// before multiplying by π.
func sinPi(x float64) float64 {
	if x < 0.25 {
		return -Sin(onePi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else if x >= 1<<53 {
		// An even integer.
		x, n = 0, 0
	} else {
		if x < 1<<52 {
			z = x + 1<<52
		}
		n = int(1 & Float64bits(z))
		x = float64(n)
		n <<= 2
	}
	switch n {
	case 0:
		x = Sin(onePi * x)
	case 1, 2:
		x = Cos(onePi * (0.5 - x))
	case 3, 4:
		x = Sin(onePi * (1 - x))
	case 5, 6:
		x = -Cos(onePi * (x - 1.5))
	default:
		x = Sin(onePi * (x - 2))
	}
	return -x
}
