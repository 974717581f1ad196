package math

// Bessel functions of order zero, J0 and Y0, computed as Go's math package
// computes them on amd64 (plain Go there, FreeBSD's e_j0.c), operation for
// operation, so that every result has the same bits; also what the orders
// one and n share with them.

// invSqrtPi is 1/√π rounded.
const invSqrtPi = 0x1.20dd750429b6dp-1

// twoOverPi is 2/π rounded.
const twoOverPi = 0x1.45f306dc9c883p-1

// Past 2**129 the asymptotic form drops its correction terms.
const besselHuge = 0x1p129

// A besselFit is one range's rational approximation R(z)/S(z), z = 1/x²,
// of a correction term of the asymptotic form; lowest power first, S's
// constant term 1 left out.
type besselFit struct{ num, den []float64 }

// fitRatio evaluates the fit for x's range (x >= 2).
func fitRatio(x float64, fits *[4]besselFit) float64 {
	var f *besselFit
	switch {
	case x >= 8:
		f = &fits[0]
	case x >= 4.5454:
		f = &fits[1]
	case x >= 2.8571:
		f = &fits[2]
	default:
		f = &fits[3]
	}
	z := 1 / (x * x)
	return horner(z, f.num) / (1 + z*horner(z, f.den))
}

// phases0 is (sin x - cos x, sin x + cos x) for the order-zero asymptotic
// form, the one nearer to cancelling recomputed from cos 2x.
func phases0(x float64) (ss, cc float64) {
	s, c := Sincos(x)
	ss, cc = s-c, s+c
	if x < MaxFloat64/2 {
		z := -Cos(x + x)
		if s*c < 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return ss, cc
}

// J0 is the Bessel function of the first kind of order zero.
func J0(x float64) float64 {
	const (
		twoM27 = 0x1p-27
		twoM13 = 0x1p-13
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		ss, cc := phases0(x)
		if x > besselHuge {
			return invSqrtPi * cc / Sqrt(x)
		}
		p, q := p0Term(x), q0Term(x)
		return invSqrtPi * (p*cc - q*ss) / Sqrt(x)
	}
	if x < twoM13 {
		if x < twoM27 {
			return 1
		}
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * horner(z, j0NearR)
	s := 1 + z*horner(z, j0NearS)
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	h := 0.5 * x
	return (1+h)*(1-h) + z*(r/s)
}

// For |x| < 2: J0(x) = 1 - x²/4 + x²·R(x²)/S(x²).
var (
	j0NearR = []float64{
		0x1.ffffffffffffdp-7,
		-0x1.8e6a5b61ac6e9p-13,
		0x1.eb1d10c503919p-20,
		-0x1.3d5e773d63fcep-28,
	}
	j0NearS = []float64{
		0x1.ffce882c8c2a4p-7,
		0x1.ea6d2dd57dbf4p-14,
		0x1.13b54ce84d5a9p-21,
		0x1.408bcf4745d8fp-30,
	}
)

// Y0 is the Bessel function of the second kind of order zero; NaN for
// x < 0, -Inf at 0.
func Y0(x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		ss, cc := phases0(x)
		if x > besselHuge {
			return invSqrtPi * ss / Sqrt(x)
		}
		p, q := p0Term(x), q0Term(x)
		return invSqrtPi * (p*ss + q*cc) / Sqrt(x)
	}
	if x <= 0x1p-27 {
		return y0NearU[0] + twoOverPi*Log(x)
	}
	z := x * x
	u := horner(z, y0NearU)
	v := 1 + z*horner(z, y0NearV)
	return u/v + twoOverPi*J0(x)*Log(x)
}

// For x < 2: Y0(x) = U(x²)/V(x²) + (2/π)·J0(x)·log(x).
var (
	y0NearU = []float64{
		-0x1.2e4d699cbd01fp-4,
		0x1.69d019de9e3fcp-3,
		-0x1.c4ce8b16cfa97p-7,
		0x1.6c54d20b29b6bp-12,
		-0x1.ffea773d25cadp-19,
		0x1.500573b4eabd4p-26,
		-0x1.5e43d693fb3c8p-35,
	}
	y0NearV = []float64{
		0x1.a127091c9c71ap-7,
		0x1.3ecbbf578c6c1p-14,
		0x1.1642d7ff202fdp-22,
		0x1.e50183bd6d9efp-32,
	}
)

// p0Term and q0Term are the amplitude corrections P0 and Q0 of the
// asymptotic form for x >= 2.
func p0Term(x float64) float64 { return 1 + fitRatio(x, &p0Fits) }

func q0Term(x float64) float64 { return (-0.125 + fitRatio(x, &q0Fits)) / x }

var p0Fits = [4]besselFit{
	{
		num: []float64{
			0,
			-0x1.1fffffffffd32p-4,
			-0x1.029d0b44fa779p3,
			-0x1.011027b19e863p8,
			-0x1.36a6ecd4dcafcp11,
			-0x1.4850b36cc643dp12,
		},
		den: []float64{
			0x1.d223307a96751p6,
			0x1.df37d50596938p11,
			0x1.3d2bb6eb6b05fp15,
			0x1.c810f8f9fa9bdp16,
			0x1.741774f2c49dcp15,
		},
	},
	{
		num: []float64{
			-0x1.918b147e495ccp-37,
			-0x1.1ffffe69afbc6p-4,
			-0x1.0a370f90c6bbfp2,
			-0x1.0eb2f5a7d1783p6,
			-0x1.4b3b36742cc63p8,
			-0x1.5a6ef28a38bd7p8,
		},
		den: []float64{
			0x1.e60810c98c5dep5,
			0x1.06d025c7e2864p10,
			0x1.75af88fbe1d60p12,
			0x1.2ccb8fa76fa38p13,
			0x1.2cc1dc70be864p11,
		},
	},
	{
		num: []float64{
			-0x1.5e1036fe1aa86p-29,
			-0x1.1fff6f7c0e24bp-4,
			-0x1.345b2aea48074p1,
			-0x1.5f74a4cb94e14p4,
			-0x1.d0a22420a1a45p5,
			-0x1.f72aca892d80fp4,
		},
		den: []float64{
			0x1.1ed9284077dd3p5,
			0x1.69839464a7c0ep8,
			0x1.2a66e6d1061d6p10,
			0x1.19ffcb8c39b7ep10,
			0x1.5b296fc379081p7,
		},
	},
	{
		num: []float64{
			-0x1.7d316e927026dp-24,
			-0x1.1ff62495e1e42p-4,
			-0x1.736398a24a843p0,
			-0x1.e8af3edafa7f3p2,
			-0x1.662e6c5246303p3,
			-0x1.9de81af8fe70fp1,
		},
		den: []float64{
			0x1.63865908b5959p4,
			0x1.1069e0ee8878fp7,
			0x1.0e78642ea079bp8,
			0x1.33c033ab6faffp7,
			0x1.d50b344391809p3,
		},
	},
}

var q0Fits = [4]besselFit{
	{
		num: []float64{
			0,
			0x1.2bffffffffe2cp-4,
			0x1.789525bb334d6p3,
			0x1.16d6315301825p9,
			0x1.14d993e18f46dp13,
			0x1.212d40e901566p15,
		},
		den: []float64{
			0x1.478d5365b39bcp7,
			0x1.fa2584e6b0563p12,
			0x1.1665254d38c3fp17,
			0x1.883da83a52b43p19,
			0x1.9a66b28de0b3dp19,
			-0x1.4fd6d2c9530c5p18,
		},
	},
	{
		num: []float64{
			0x1.43d8f29cc8cd9p-36,
			0x1.2bfffd172b04cp-4,
			0x1.757b0b9953dd3p2,
			0x1.0e3920a8788e9p7,
			0x1.00cf99dc8c481p10,
			0x1.f17e953c6e3a6p10,
		},
		den: []float64{
			0x1.4b1b3fb5e1543p6,
			0x1.03ba0da21c0cep11,
			0x1.267d27b591e6dp14,
			0x1.bb5e397e02372p15,
			0x1.191181f7a54a0p15,
			-0x1.4ea57bedbc609p12,
		},
	},
	{
		num: []float64{
			0x1.2cd036adecb82p-28,
			0x1.2bfee0e8d0842p-4,
			0x1.ac0fc61149cf5p1,
			0x1.54f98962daeddp5,
			0x1.559dbe25efd1fp7,
			0x1.4d77c81fa21e0p7,
		},
		den: []float64{
			0x1.86122bfe343a6p5,
			0x1.62d8386544eb3p9,
			0x1.cf04be44dfc63p11,
			0x1.93c6cd7c76a28p12,
			0x1.3a8aad94fb1c0p11,
			-0x1.2a7eb201cf40fp7,
		},
	},
	{
		num: []float64{
			0x1.4313b54f76bdbp-23,
			0x1.2bec53e883e34p-4,
			0x1.ff897e727779cp0,
			0x1.cfdbfaaf96fe5p3,
			0x1.faa8e29fbdc4ap4,
			0x1.040b171814bb4p4,
		},
		den: []float64{
			0x1.e5d96f7c07aedp4,
			0x1.0d591e4d14b40p8,
			0x1.a664522b3bf22p9,
			0x1.b977c9c5cc214p9,
			0x1.a95530e001365p7,
			-0x1.53e6af8b32931p2,
		},
	},
}
