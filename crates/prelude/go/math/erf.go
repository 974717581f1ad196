package math

// The error function, its complement and their inverses, computed as Go's
// math package computes them on amd64 (plain Go there: FreeBSD's erf with
// the assembly Exp, and Giles' rational approximations for the inverse),
// operation for operation, so that every result has the same bits.

// horner is c[0] + z·(c[1] + z·(c[2] + ...)), from the innermost product
// out: the evaluation order the coefficients below were written for.
func horner(z float64, c []float64) float64 {
	acc := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		acc = c[i] + z*acc
	}
	return acc
}

// erx is erf(1) to 24 bits: erf(x) - erx is what the middle range
// approximates.
const erx = 0x1.b0ac160000000p-1

// For |x| < 0.84375: erf(x) = x + x·P(x²)/Q(x²).
var (
	erfNearP = []float64{
		0x1.06eba8214db68p-3,
		-0x1.4cd7d691cb913p-2,
		-0x1.d2a51dbd7194fp-6,
		-0x1.7a291236668e4p-8,
		-0x1.8ead6120016acp-16,
	}
	erfNearQ = []float64{
		1,
		0x1.97779cddadc09p-2,
		0x1.0a54c5536cebap-4,
		0x1.4d022c4d36b0fp-8,
		0x1.15dc9221c1a10p-13,
		-0x1.09c4342a26120p-18,
	}
)

// For 0.84375 <= |x| < 1.25: erf(x) = erx + P(s)/Q(s) with s = |x| - 1.
var (
	erfMidP = []float64{
		-0x1.359b8bef77538p-9,
		0x1.a8d00ad92b34dp-2,
		-0x1.7d240fbb8c3f1p-2,
		0x1.45fca805120e4p-2,
		-0x1.c63983d3e28ecp-4,
		0x1.22a36599795ebp-5,
		-0x1.1bf380a96073fp-9,
	}
	erfMidQ = []float64{
		1,
		0x1.b3e6618eee323p-4,
		0x1.14af092eb6f33p-1,
		0x1.2635cd99fe9a7p-4,
		0x1.02660e763351fp-3,
		0x1.bedc26b51dd1cp-7,
		0x1.88b545735151dp-7,
	}
)

// For 1.25 <= |x| < 1/0.35: erfc(x) = e**(-x²-0.5625 + R(1/x²)/S(1/x²))/x.
var (
	erfcLowR = []float64{
		-0x1.43412600d6435p-7,
		-0x1.63416e4ba7360p-1,
		-0x1.51e0441b0e726p3,
		-0x1.f300ae4cba38dp5,
		-0x1.44cb184282266p7,
		-0x1.7135cebccabb2p7,
		-0x1.4526557e4d2f2p6,
		-0x1.3a0efc69ac25cp3,
	}
	erfcLowS = []float64{
		1,
		0x1.3a6b9bd707687p4,
		0x1.1350c526ae721p7,
		0x1.b290dd58a1a71p8,
		0x1.42b1921ec2868p9,
		0x1.ad02157700314p8,
		0x1.b28a3ee48ae2cp6,
		0x1.a47ef8e484a93p2,
		-0x1.eeff2ee749a62p-5,
	}
)

// The same beyond 1/0.35.
var (
	erfcHighR = []float64{
		-0x1.4341239e86f4ap-7,
		-0x1.993ba70c285dep-1,
		-0x1.1c209555f995ap4,
		-0x1.4145d43c5ed98p7,
		-0x1.3ec881375f228p9,
		-0x1.004616a2e5992p10,
		-0x1.e384e9bdc383fp8,
	}
	erfcHighS = []float64{
		1,
		0x1.e568b261d5190p4,
		0x1.45cae221b9f0ap8,
		0x1.802eb189d5118p10,
		0x1.8ffb7688c246ap11,
		0x1.3f219cedf3be6p11,
		0x1.da874e79fe763p8,
		-0x1.670e242712d62p4,
	}
)

// Where the far approximation takes over (1/0.35 rounded).
const erfFar = 0x1.6db6db6db6db7p1

// erfNear is erf(x)'s correction x·P/Q for 2**-28 <= x < 0.84375.
func erfNear(x float64) float64 {
	z := x * x
	return x * (horner(z, erfNearP) / horner(z, erfNearQ))
}

// erfMid is erf(x) - erx for 0.84375 <= x < 1.25.
func erfMid(x float64) float64 {
	s := x - 1
	return horner(s, erfMidP) / horner(s, erfMidQ)
}

// erfcFar is erfc(x) for 1.25 <= x (to 28): e**(-x²) is taken as
// e**(-z²) · e**((z-x)(z+x)) with z x's first 20 bits, so that both
// exponents are accurate.
func erfcFar(x float64) float64 {
	s := 1 / (x * x)
	var r, q float64
	if x < erfFar {
		r, q = horner(s, erfcLowR), horner(s, erfcLowS)
	} else {
		r, q = horner(s, erfcHighR), horner(s, erfcHighS)
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	e := Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+r/q)
	return e / x
}

// Erf is the error function, 2/√π ∫₀ˣ e**(-t²) dt.
func Erf(x float64) float64 {
	const (
		efx      = 0x1.06eba8214db69p-3 // 2/√π - 1
		efx8     = 0x1.06eba8214db69p0  // 8·efx
		veryTiny = 0x1p-1015
	)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	negative := x < 0
	if negative {
		x = -x
	}
	var y float64
	switch {
	case x < 0.84375:
		switch {
		case x < veryTiny:
			// Scaled up and back down so that efx·x does not underflow.
			y = 0.125 * (8.0*x + efx8*x)
		case x < 0x1p-28:
			y = x + efx*x
		default:
			y = x + erfNear(x)
		}
	case x < 1.25:
		if negative {
			return -erx - erfMid(x)
		}
		return erx + erfMid(x)
	case x >= 6:
		y = 1
	default:
		q := erfcFar(x)
		if negative {
			return q - 1
		}
		return 1 - q
	}
	if negative {
		y = -y
	}
	return y
}

// Erfc is the complementary error function, 1 - Erf(x), without the loss
// of accuracy of the subtraction.
func Erfc(x float64) float64 {
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	negative := x < 0
	if negative {
		x = -x
	}
	switch {
	case x < 0.84375:
		var y float64
		switch {
		case x < 0x1p-56:
			y = x
		case x < 0.25:
			y = x + erfNear(x)
		default:
			z := x * x
			t := horner(z, erfNearP) / horner(z, erfNearQ)
			y = 0.5 + (x*t + (x - 0.5))
		}
		if negative {
			return 1 + y
		}
		return 1 - y
	case x < 1.25:
		if negative {
			return 1 + erx + erfMid(x)
		}
		return 1 - erx - erfMid(x)
	case x < 28:
		if negative && x > 6 {
			return 2
		}
		q := erfcFar(x)
		if negative {
			return 2 - q
		}
		return q
	}
	if negative {
		return 2
	}
	return 0
}

// Rational approximations of the inverse error function (Giles, "Approximating
// the erfinv function"), lowest power first: for |x| <= 0.85 in
// r = 0.180625 - x²/4, beyond that in r = √(ln2 - log(1-|x|)) shifted by
// 1.6 (r <= 5) or by 5.
var (
	erfinvCentralP = []float64{
		0x1.32917a42157d1p0,
		0x1.7894dd814bfa3p5,
		0x1.5c88056b01502p9,
		0x1.2f6e30b2ec51ep12,
		0x1.fb5ee66e5a285p13,
		0x1.73982a6012afbp14,
		0x1.715bf25ff1d11p13,
		0x1.bb8c0a7936704p9,
	}
	erfinvCentralQ = []float64{
		1,
		0x1.5281b386e1ab5p5,
		0x1.5797efdc8b3f7p9,
		0x1.512322e75c89fp12,
		0x1.4b772d5d65266p14,
		0x1.3317caa64f4bep15,
		0x1.c0e457cb1ae76p14,
		0x1.46a7eca984b69p12,
	}
	erfinvTailP = []float64{
		0x1.6c665fde9526ap0,
		0x1.2857748cab19bp2,
		0x1.713f71462256ap2,
		0x1.d2ecb1a3d02c4p1,
		0x1.453cc085375b2p0,
		0x1.ef2abb9b85c37p-3,
		0x1.744eb6c45ec67p-6,
		0x1.9615ac0b7ace9p-11,
	}
	erfinvTailQ = []float64{
		0x1.6a09e667f3bcdp0,
		0x1.73aad9bca5405p1,
		0x1.2f7543ff6ba47p1,
		0x1.f371e4f4de1a0p-1,
		0x1.acf476a756d3dp-3,
		0x1.60290af9f12bcp-6,
		0x1.96042ab9205bep-11,
		0x1.9876e6013e192p-30,
	}
	erfinvFarP = []float64{
		0x1.aa1b1c13ee526p2,
		0x1.5daea6e875003p2,
		0x1.c8ea6461fa445p0,
		0x1.2fad9315255cfp-2,
		0x1.b2b41193b4ee7p-6,
		0x1.45c1908425345p-10,
		0x1.c6ec6cc59e02ap-16,
		0x1.afb74d693bf93p-23,
	}
	erfinvFarQ = []float64{
		0x1.6a09e667f3bcdp0,
		0x1.b2532d5cd90e5p-1,
		0x1.8c975f4d2f24bp-3,
		0x1.58ab4fd6bcd50p-6,
		0x1.23b6cf8ec177ap-10,
		0x1.b61164a01861ap-16,
		0x1.afb693c174d20p-23,
		0x1.a0a3fb665cb0ap-49,
	}
)

// Erfinv is the inverse of Erf: ±Inf at ±1, NaN outside [-1, 1].
func Erfinv(x float64) float64 {
	switch {
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	case IsNaN(x) || x < -1 || x > 1:
		return NaN()
	}
	negative := x < 0
	if negative {
		x = -x
	}
	var y float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		y = (x * horner(r, erfinvCentralP)) / horner(r, erfinvCentralQ)
	} else {
		r := Sqrt(ln2F - Log(1.0-x))
		if r <= 5.0 {
			r -= 1.6
			y = horner(r, erfinvTailP) / horner(r, erfinvTailQ)
		} else {
			r -= 5.0
			y = horner(r, erfinvFarP) / horner(r, erfinvFarQ)
		}
	}
	if negative {
		return -y
	}
	return y
}

// Erfcinv is the inverse of Erfc, Erfinv(1 - x).
func Erfcinv(x float64) float64 { return Erfinv(1 - x) }
