// time.ParseDuration: signs, fractions, every unit (us, µs, μs), overflow limits, and Go's exact error texts; results print back through Duration.String.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{
		"0", "-0", "+0", "1h", "1h30m", "1.5h", "-2m3.5s", "+7s", ".5s", "5.s", "300ms", "3ns",
		"3us", "3µs", "3μs", "1h1m1s1ms1us1ns", "0.000000001s", "0.0000000001s", "1.0000000000000000000001s",
		"9223372036854775807ns", "-9223372036854775808ns", "2562047h47m16.854775807s",
		"", "1", "x", ".s", "1.2.3s", "1d", "1h-2m", "5 s", "-", "9223372036854775808ns",
		"2562048h", "100000000000000000000ns", "3\xffs", "1é",
	} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%q: error: %v\n", s, err)
			continue
		}
		fmt.Printf("%q: %v (%d ns)\n", s, d, int64(d))
	}
	// Round trip through String.
	for _, d := range []time.Duration{0, 1, 1500 * time.Microsecond, 90 * time.Minute, -3*time.Hour - 1} {
		back, err := time.ParseDuration(d.String())
		fmt.Println(d, back == d, err)
	}
}

// Output:
// "0": 0s (0 ns)
// "-0": 0s (0 ns)
// "+0": 0s (0 ns)
// "1h": 1h0m0s (3600000000000 ns)
// "1h30m": 1h30m0s (5400000000000 ns)
// "1.5h": 1h30m0s (5400000000000 ns)
// "-2m3.5s": -2m3.5s (-123500000000 ns)
// "+7s": 7s (7000000000 ns)
// ".5s": 500ms (500000000 ns)
// "5.s": 5s (5000000000 ns)
// "300ms": 300ms (300000000 ns)
// "3ns": 3ns (3 ns)
// "3us": 3µs (3000 ns)
// "3µs": 3µs (3000 ns)
// "3μs": 3µs (3000 ns)
// "1h1m1s1ms1us1ns": 1h1m1.001001001s (3661001001001 ns)
// "0.000000001s": 1ns (1 ns)
// "0.0000000001s": 0s (0 ns)
// "1.0000000000000000000001s": 1s (1000000000 ns)
// "9223372036854775807ns": 2562047h47m16.854775807s (9223372036854775807 ns)
// "-9223372036854775808ns": -2562047h47m16.854775808s (-9223372036854775808 ns)
// "2562047h47m16.854775807s": 2562047h47m16.854775807s (9223372036854775807 ns)
// "": error: time: invalid duration ""
// "1": error: time: missing unit in duration "1"
// "x": error: time: invalid duration "x"
// ".s": error: time: invalid duration ".s"
// "1.2.3s": error: time: missing unit in duration "1.2.3s"
// "1d": error: time: unknown unit "d" in duration "1d"
// "1h-2m": error: time: unknown unit "h-" in duration "1h-2m"
// "5 s": error: time: unknown unit " s" in duration "5 s"
// "-": error: time: invalid duration "-"
// "9223372036854775808ns": error: time: invalid duration "9223372036854775808ns"
// "2562048h": error: time: invalid duration "2562048h"
// "100000000000000000000ns": error: time: invalid duration "100000000000000000000ns"
// "3\xffs": error: time: unknown unit "\xffs" in duration "3\xffs"
// "1é": error: time: unknown unit "\xc3\xa9" in duration "1\xc3\xa9"
// 0s true <nil>
// 1ns true <nil>
// 1.5ms true <nil>
// 1h30m0s true <nil>
// -3h0m0.000000001s true <nil>
