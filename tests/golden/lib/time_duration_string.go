// time.Duration is an int64 count of nanoseconds whose String method picks a readable unit.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(1500 * time.Millisecond)
	fmt.Println(time.Second, time.Minute, time.Hour)
	fmt.Println(90*time.Minute, 36*time.Hour+1*time.Second)
	fmt.Println(time.Duration(0), time.Duration(1), 1500*time.Microsecond)
	fmt.Println(250*time.Millisecond, 2*time.Second+300*time.Millisecond)
	fmt.Println(-3*time.Second, time.Duration(999))
	d := 2*time.Hour + 45*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), int64(time.Millisecond))
	fmt.Println((1234567 * time.Microsecond).Round(time.Millisecond))
	fmt.Println((1234567 * time.Microsecond).Truncate(time.Second))
	fmt.Printf("%v %d %T\n", 3*time.Millisecond, 3*time.Millisecond, time.Second)
	var timeout time.Duration = 5e9
	fmt.Println(timeout, timeout > 4*time.Second)
	fmt.Println(time.Duration(1<<63 - 1))
}

// Output:
// 1.5s
// 1s 1m0s 1h0m0s
// 1h30m0s 36h0m1s
// 0s 1ns 1.5ms
// 250ms 2.3s
// -3s 999ns
// 2.75 165 9900
// 9900000 1000000
// 1.235s
// 1s
// 3ms 3000000 time.Duration
// 5s true
// 2562047h47m16.854775807s
