// math's FMA, Nextafter, Remainder, Pow10, Ilogb, Logb, Sincos, Cbrt, Exp2, Expm1 and Log1p give Go's exact bits, subnormals and special cases included.
package main

import (
	"fmt"
	"math"
)

func show(name string, f func(float64) float64, xs ...float64) {
	fmt.Print(name, ":")
	for _, x := range xs {
		r := f(x)
		fmt.Printf(" %v/%x", r, math.Float64bits(r))
	}
	fmt.Println()
}

func main() {
	nan, inf, negZero := math.NaN(), math.Inf(1), math.Copysign(0, -1)
	tiny := math.SmallestNonzeroFloat64
	one := 1.0
	eps := math.Nextafter(1, 2) - 1

	// FMA rounds once: (1+ε)(1-ε) - 1 is -ε² exactly, where x*y+z gives 0.
	a, b := one+eps, one-eps
	fmt.Println("FMA:", math.FMA(a, b, -1), a*b-1, math.FMA(0.1, 10, -1), math.FMA(1e308, 10, -1e308), math.FMA(tiny, 0.5, 0),
		math.FMA(3, 0x1p-1074, 0x1p-1074), math.FMA(-2, 3, 6), math.FMA(inf, 0, 1), math.FMA(inf, 1, -inf), math.FMA(2, 3, inf), math.FMA(nan, 1, 2))
	fmt.Printf("FMA bits: %b %x %x\n", math.FMA(a, b, -1), math.Float64bits(math.FMA(0x1.fffffffffffffp-1, 0x1.fffffffffffffp-1, 0x1p-1074)), math.Float64bits(math.FMA(negZero, 5, negZero)))

	fmt.Println("Nextafter:", math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Nextafter(negZero, 1), math.Nextafter(tiny, 0),
		math.Nextafter(math.MaxFloat64, inf), math.Nextafter(inf, 0), math.Nextafter(2, 2), math.Nextafter(nan, 1))
	fmt.Println("Nextafter32:", math.Nextafter32(1, 2), math.Nextafter32(1, 0), math.Nextafter32(0, -1), math.Nextafter32(math.MaxFloat32, float32(inf)), math.Nextafter32(float32(nan), 1))

	fmt.Println("Remainder:", math.Remainder(5, 3), math.Remainder(-5, 3), math.Remainder(7, 2), math.Remainder(5, 2), math.Remainder(3, 3), math.Remainder(-3, 3),
		math.Remainder(1e300, 3.7), math.Remainder(0x1p-1070, 0x1.8p-1073), math.Remainder(5, inf), math.Remainder(inf, 1), math.Remainder(1, 0))

	fmt.Println("Pow10:", math.Pow10(0), math.Pow10(1), math.Pow10(23), math.Pow10(-5), math.Pow10(308), math.Pow10(309), math.Pow10(-323), math.Pow10(-324), math.Pow10(-40))
	fmt.Println("Ilogb:", math.Ilogb(1), math.Ilogb(0.3), math.Ilogb(1e300), math.Ilogb(tiny), math.Ilogb(0), math.Ilogb(inf), math.Ilogb(nan))
	fmt.Println("Logb:", math.Logb(8), math.Logb(-0.3), math.Logb(tiny), math.Logb(negZero), math.Logb(-inf), math.Logb(nan))

	for _, x := range []float64{negZero, 0.5, -2, math.Pi, 100, 1e9, 1e300, inf, nan} {
		s, c := math.Sincos(x)
		fmt.Printf("Sincos(%v) = %v/%x %v/%x\n", x, s, math.Float64bits(s), c, math.Float64bits(c))
	}

	show("Cbrt", math.Cbrt, negZero, 8, -27, 2, 1e-310, 1e300, inf, nan)
	show("Exp2", math.Exp2, negZero, 0.5, -1.5, 10, 1023.5, 1024, -1074, -1075, -1022.5, inf, -inf, nan)
	show("Expm1", math.Expm1, negZero, 1e-20, 1e-5, 0.3, -0.5, 1, -1.2, 10, 30, -40, 100, 710, -inf, nan)
	show("Log1p", math.Log1p, negZero, 1e-20, 1e-9, 0.3, -0.3, 0.5, -0.9, 3, 1e10, 1e20, -1, -2, inf, nan)
}

// Output:
// FMA: -4.930380657631324e-32 0 5.551115123125783e-17 +Inf 0 2e-323 0 NaN NaN +Inf NaN
// FMA bits: -4503599627370496p-156 3feffffffffffffe 8000000000000000
// Nextafter: 1.0000000000000002 0.9999999999999999 -5e-324 5e-324 0 +Inf 1.7976931348623157e+308 2 NaN
// Nextafter32: 1.0000001 0.99999994 -1e-45 +Inf NaN
// Remainder: -1 1 -1 1 0 -0 1.765761626199355 5e-324 5 NaN NaN
// Pow10: 1 10 1e+23 1e-05 1e+308 +Inf 1e-323 0 1.0000000000000001e-40
// Ilogb: 0 -2 996 -1074 -2147483648 2147483647 2147483647
// Logb: 3 -2 -1074 -Inf +Inf NaN
// Sincos(-0) = -0/8000000000000000 1/3ff0000000000000
// Sincos(0.5) = 0.479425538604203/3fdeaee8744b05f0 0.8775825618903728/3fec1528065b7d50
// Sincos(-2) = -0.9092974268256816/bfed18f6ead1b445 -0.4161468365471424/bfdaa22657537205
// Sincos(3.141592653589793) = 1.2246467991473515e-16/3ca1a62633145c00 -1/bff0000000000000
// Sincos(100) = -0.5063656411097588/bfe03425b78c4db8 0.8623188722876839/3feb981dbf665fdf
// Sincos(1e+09) = 0.5458434494486994/3fe1778cae83c69a 0.8378871813639024/3feacff8c7364234
// Sincos(1e+300) = -0.8178819121159087/bfea2c16b010e386 -0.5753861119575491/bfe2699022adc4c1
// Sincos(+Inf) = NaN/7ff8000000000001 NaN/7ff8000000000001
// Sincos(NaN) = NaN/7ff8000000000001 NaN/7ff8000000000001
// Cbrt: -0/8000000000000000 2/4000000000000000 -3/c008000000000000 1.2599210498948732/3ff428a2f98d728b 4.641588833612774e-104/2a7a9d1b0b5d7427 1e+100/54b249ad2594c37d +Inf/7ff0000000000000 NaN/7ff8000000000001
// Exp2: 1/3ff0000000000000 1.414213562373095/3ff6a09e667f3bcc 0.35355339059327373/3fd6a09e667f3bcc 1024/4090000000000000 1.2711610061536462e+308/7fe6a09e667f3bcc +Inf/7ff0000000000000 5e-324/1 0/0 1.5733648139913585e-308/b504f333f9de6 +Inf/7ff0000000000000 0/0 NaN/7ff8000000000001
// Expm1: -0/8000000000000000 1e-20/3bc79ca10c924223 1.0000050000166668e-05/3ee4f8bc681cdfb6 0.3498588075760031/3fd6641632306a56 -0.3934693402873666/bfd92e9a0720d3ec 1.718281828459045/3ffb7e151628aed2 -0.6988057880877979/bfe65c9df4c2f691 22025.465794806718/40d5825dcf950560 1.0686474581523463e+13/42a370470aec26ed -1/bff0000000000000 2.6881171418161356e+43/48f3494a9b171bf5 +Inf/7ff0000000000000 -1/bff0000000000000 NaN/7ff8000000000001
// Log1p: -0/8000000000000000 1e-20/3bc79ca10c924223 9.999999995e-10/3e112e0be801f1d9 0.26236426446749106/3fd0ca937be1b9dc -0.35667494393873234/bfd6d3c324e13f4e 0.4054651081081644/3fd9f323ecbf984c -2.302585092994046/c0026bb1bbb55516 1.3862943611198906/3ff62e42fefa39ef 23.025850930040455/4037069e2aa3184e 46.051701859880914/4047069e2aa2aa5b -Inf/fff0000000000000 NaN/7ff8000000000001 +Inf/7ff0000000000000 NaN/7ff8000000000001
