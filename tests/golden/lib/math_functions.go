// The math package: constants, roots, powers, rounding, trigonometry and logarithms print exactly as Go computes them.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(144))
	fmt.Println(math.Pow(2, 10), math.Pow(1.1, 10), math.Pow(2, 0.5), math.Pow(10, -3), math.Pow(-8, 1.0/3), math.Pow(0, -1))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Mod(7, 3), math.Mod(-7, 3), math.Hypot(3, 4))
	pi := math.Pi
	fmt.Println(math.Sin(pi/6), math.Cos(pi/3), math.Tan(pi/4), math.Sin(1e10), math.Cos(-123456789.5))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Log(0), math.Log(-1))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Signbit(math.Copysign(0, -1)))
	frac, exp := math.Frexp(10)
	whole, part := math.Modf(-3.25)
	fmt.Println(frac, exp, math.Ldexp(frac, exp), whole, part, math.Float64bits(1.5), math.Float64frombits(0x4000000000000000))
	fmt.Printf("%.4f %8.3f %v %g\n", math.Pi, math.Sqrt(10), math.Float32bits(0.1), math.Dim(5, 3))
	r := 2.0
	area := math.Pi * r * r
	fmt.Printf("circle of radius %.1f has area %.2f\n", r, area)
	fmt.Println(int(math.Floor(7.9)), int64(math.Pow(2, 40)), math.MaxInt8, math.MinInt16, uint64(math.MaxUint64))
}

// Output:
// 3.141592653589793 2.718281828459045 1.4142135623730951 9223372036854775807 -9223372036854775808 4294967295
// 1.7976931348623157e+308 5e-324 3.4028235e+38
// 1.4142135623730951 NaN 12
// 1024 2.593742460100002 1.4142135623730951 0.001 NaN +Inf
// 3.5 -3 3 -2 3 -3 2
// 7 3 NaN 1 -1 5
// 0.49999999999999994 0.5000000000000001 1 -0.48750602508751073 -0.3515968475122014
// 2.718281828459045 1 3 3 -Inf NaN
// +Inf -Inf NaN true true true
// 0.625 4 10 -3 -0.25 4609434218613702656 2
// 3.1416    3.162 1036831949 2
// circle of radius 2.0 has area 12.57
// 7 1099511627776 127 -32768 18446744073709551615
