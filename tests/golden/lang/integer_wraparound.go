// Fixed-size integer arithmetic wraps around silently at run time.
package main

import "fmt"

const maxInt32 = 1<<31 - 1
const maxInt64 = 1<<63 - 1

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c uint8 = 200
	c += 100
	fmt.Println(c)
	var d int32 = maxInt32
	d += 1
	fmt.Println(d)
	var e uint32 = 0
	e -= 1
	fmt.Println(e)
	var f int64 = maxInt64
	f++
	fmt.Println(f, f == -1<<63)
	var g int8 = -128
	g = -g
	fmt.Println(g)
	var h int16 = 300
	fmt.Println(int8(h), uint8(h))
	var i int64 = -1
	fmt.Println(uint64(i), uint32(i), uint16(i))
	var mul int32 = 1 << 30
	mul *= 4
	fmt.Println(mul)
	var u uint = 3
	fmt.Println(u - 5)
}

// Output:
// -128
// 255
// 44
// -2147483648
// 4294967295
// -9223372036854775808 true
// -128
// 44 44
// 18446744073709551615 4294967295 65535
// 0
// 18446744073709551614
