// float64 values print in the shortest form that round-trips, switching to exponent form for large/small values.
package main

import "fmt"

func main() {
	fmt.Println(1.0, 2.5, 0.1+0.2, 1.0/3.0)
	fmt.Println(100000000.0, 1e20, 1e21, 123456789.0)
	fmt.Println(0.0001, 0.00001, 1e-7)
	fmt.Println(-0.5, 3.0*1.5, 10.0/4)
	var z float64
	fmt.Println(z, -z, 1/(z-1))
	x := 2.0
	y := 7.9
	fmt.Println(x*x*x, float64(7)/2, float64(int(y)), int(-y))
	fmt.Printf("%v %g %f %.3f %e\n", 3.14159, 3.14159, 3.14159, 3.14159, 314.159)
	fmt.Printf("%6.2f|%-8.1f|%08.3f\n", 3.14159, 2.5, -1.5)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	huge := 1.5e300
	fmt.Println(huge*huge, -huge*huge, huge*huge-huge*huge)
}

// Output:
// 1 2.5 0.3 0.3333333333333333
// 1e+08 1e+20 1e+21 1.23456789e+08
// 0.0001 1e-05 1e-07
// -0.5 4.5 2.5
// 0 -0 -1
// 8 3.5 7 -7
// 3.14159 3.14159 3.141590 3.142 3.141590e+02
//   3.14|2.5     |-001.500
// 0.1 0.10000000149011612
// +Inf -Inf NaN
