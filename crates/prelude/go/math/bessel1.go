package math

// Bessel functions of order one, J1 and Y1, computed as Go's math package
// computes them on amd64 (plain Go there, FreeBSD's e_j1.c), operation for
// operation, so that every result has the same bits.

// phases1 is (-sin x - cos x, sin x - cos x) for the order-one asymptotic
// form, the one nearer to cancelling recomputed from cos 2x.
func phases1(x float64) (ss, cc float64) {
	s, c := Sincos(x)
	ss, cc = -s-c, s-c
	if x < MaxFloat64/2 {
		z := Cos(x + x)
		if s*c > 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return ss, cc
}

// J1 is the Bessel function of the first kind of order one (odd in x).
func J1(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	negative := x < 0
	if negative {
		x = -x
	}
	var j float64
	switch {
	case x >= 2:
		ss, cc := phases1(x)
		if x > besselHuge {
			j = invSqrtPi * cc / Sqrt(x)
		} else {
			p, q := p1Term(x), q1Term(x)
			j = invSqrtPi * (p*cc - q*ss) / Sqrt(x)
		}
	case x < 0x1p-27:
		return 0.5 * x
	default:
		z := x * x
		r := z * horner(z, j1NearR)
		s := 1.0 + z*horner(z, j1NearS)
		r *= x
		j = 0.5*x + r/s
	}
	if negative {
		return -j
	}
	return j
}

// For |x| < 2: J1(x) = x/2 + x·x²·R(x²)/S(x²).
var (
	j1NearR = []float64{
		-0x1.0000000000000p-4,
		0x1.70d9f98472c61p-10,
		-0x1.0c5c6ba169668p-16,
		0x1.aaafa46ca0bd9p-25,
	}
	j1NearS = []float64{
		0x1.39d0b12637e53p-6,
		0x1.85f56b9cdf664p-13,
		0x1.3bff8333f8498p-20,
		0x1.5ac88c97dff2cp-28,
		0x1.b2acfcfb97ed8p-37,
	}
)

// Y1 is the Bessel function of the second kind of order one; NaN for
// x < 0, -Inf at 0.
func Y1(x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		ss, cc := phases1(x)
		if x > besselHuge {
			return invSqrtPi * ss / Sqrt(x)
		}
		p, q := p1Term(x), q1Term(x)
		return invSqrtPi * (p*ss + q*cc) / Sqrt(x)
	}
	if x <= 0x1p-54 {
		return -twoOverPi / x
	}
	z := x * x
	u := horner(z, y1NearU)
	v := 1 + z*horner(z, y1NearV)
	return x*(u/v) + twoOverPi*(J1(x)*Log(x)-1/x)
}

// For x < 2: Y1(x) = x·U(x²)/V(x²) + (2/π)·(J1(x)·log(x) - 1/x).
var (
	y1NearU = []float64{
		-0x1.91866143cbc8ap-3,
		0x1.9d3c776292cd1p-5,
		-0x1.f55e54844f50fp-10,
		0x1.8ab038fa6b88ep-16,
		-0x1.8ac00569105b8p-24,
	}
	y1NearV = []float64{
		0x1.4650d3f4da9f0p-6,
		0x1.a8c896c257764p-13,
		0x1.6c05a894e8ca6p-20,
		0x1.abf1d5ba69a86p-28,
		0x1.25039daca772ap-36,
	}
)

// p1Term and q1Term are the amplitude corrections P1 and Q1 of the
// asymptotic form for x >= 2.
func p1Term(x float64) float64 { return 1 + fitRatio(x, &p1Fits) }

func q1Term(x float64) float64 { return (0.375 + fitRatio(x, &q1Fits)) / x }

var p1Fits = [4]besselFit{
	{
		num: []float64{
			0,
			0x1.dfffffffffccep-4,
			0x1.a7a9d357f7fcep3,
			0x1.9c0d4652ea590p8,
			0x1.e457da3a532ccp11,
			0x1.eea7ac32782ddp12,
		},
		den: []float64{
			0x1.c8d458e656cacp6,
			0x1.c85dc964d274fp11,
			0x1.20b8697c5bb7fp15,
			0x1.7d42cb28f17bbp16,
			0x1.e1511697a0b2dp14,
		},
	},
	{
		num: []float64{
			0x1.d0667dae1ca7dp-37,
			0x1.dffffe2c10043p-4,
			0x1.b36046e6315e3p2,
			0x1.b13b9452602edp6,
			0x1.02d16d052d649p9,
			0x1.085b8bb7e0cb7p9,
		},
		den: []float64{
			0x1.da3eaa8af633dp5,
			0x1.efb361b066701p9,
			0x1.4e9445706b6fbp12,
			0x1.ea4b0b8a5bb15p12,
			0x1.78030036f5e51p10,
		},
	},
	{
		num: []float64{
			0x1.9fc21a7ad9eddp-29,
			0x1.dfff55b21d17bp-4,
			0x1.f76bce85ead8ap1,
			0x1.18f489da6d129p5,
			0x1.6c3854d2c1837p6,
			0x1.8478f8ea83ee5p5,
		},
		den: []float64{
			0x1.16549a134069cp5,
			0x1.50c3307f1a75fp8,
			0x1.05b7c5037d523p10,
			0x1.bd67da32e31e9p9,
			0x1.9f26d7c2eed53p6,
		},
	},
	{
		num: []float64{
			0x1.ce9d4f65544f4p-24,
			0x1.dff42be760d83p-4,
			0x1.2f2b7f98faec0p1,
			0x1.87c377f71a964p3,
			0x1.1b1a8177f8ee2p4,
			0x1.44b49a574c1fep2,
		},
		den: []float64{
			0x1.56fbd8ad5ecdcp4,
			0x1.f529314f92cd5p6,
			0x1.d08d8d5a2dbd9p7,
			0x1.d6b7ada1884a9p6,
			0x1.0bab1f44e5192p3,
		},
	},
}

var q1Fits = [4]besselFit{
	{
		num: []float64{
			0,
			-0x1.a3ffffffffdf3p-4,
			-0x1.04591a26779f7p4,
			-0x1.7bcd053e4b576p9,
			-0x1.724e740f87415p13,
			-0x1.7a6d065d09c6ap15,
		},
		den: []float64{
			0x1.42ca6de5bcde5p7,
			0x1.e9162d0d88419p12,
			0x1.0579ab0b75e98p17,
			0x1.5f65372869c19p19,
			0x1.457d27719ad5cp19,
			-0x1.1f9690ea5aa18p18,
		},
	},
	{
		num: []float64{
			-0x1.6fa431aa1a098p-36,
			-0x1.a3fffcb597fefp-4,
			-0x1.01ce6ca03ad4bp3,
			-0x1.6f56d6ca7b9b0p7,
			-0x1.574c66931734fp10,
			-0x1.468e388fda79dp11,
		},
		den: []float64{
			0x1.451b2ff5a11b2p6,
			0x1.f1f31e77bf839p10,
			0x1.10f1f0d64ce29p14,
			0x1.8576daabad197p15,
			0x1.b4b04cf7c364bp14,
			-0x1.26f2efcffa004p12,
		},
	},
	{
		num: []float64{
			-0x1.5cfa9d38fc84fp-28,
			-0x1.a3feb51aeed54p-4,
			-0x1.270c23302d9ffp2,
			-0x1.cec71c25d16dap5,
			-0x1.c87d34718d55fp7,
			-0x1.b66b95f5c1bf6p7,
		},
		den: []float64{
			0x1.7d523ccd367e4p5,
			0x1.50eebc031ee3ep9,
			0x1.a684e448e7c9ap11,
			0x1.5abbaa61d54a6p12,
			0x1.dbc7a0dd4df4bp10,
			-0x1.0e670290a311fp7,
		},
	},
	{
		num: []float64{
			-0x1.7f12644c626d2p-23,
			-0x1.a3e8e9148b010p-4,
			-0x1.6048469bb4edap1,
			-0x1.3a9e2c168907fp4,
			-0x1.529a3de104aaap5,
			-0x1.55f3639cf6e52p4,
		},
		den: []float64{
			0x1.d888a78ae64ffp4,
			0x1.f9f68db821cbap7,
			0x1.7ac05ce49a0f7p9,
			0x1.71b2548d4c029p9,
			0x1.37e5e3c3ed8d4p7,
			-0x1.3d686e71be86bp2,
		},
	},
}
