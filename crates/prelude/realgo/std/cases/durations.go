// Duration.String and the other Duration methods, Month and Weekday.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 150 * time.Millisecond,
		999999999, time.Second, 1500 * time.Millisecond, time.Second + 1, 59 * time.Second,
		time.Minute, 90 * time.Second, time.Minute + time.Nanosecond, time.Hour, 2 * time.Hour,
		2*time.Hour + 30*time.Minute + 15*time.Second + 250*time.Millisecond, 100 * time.Hour,
		-1500 * time.Millisecond, -90 * time.Second, -time.Microsecond, -2 * time.Hour,
		1<<63 - 1, -1 << 63, 72*time.Hour + 3*time.Minute + 500*time.Millisecond,
		1234567890, 12345678901234, 10 * time.Microsecond, 100 * time.Millisecond,
		time.Duration(3.5 * float64(time.Second)), 61 * time.Minute,
	}
	for _, d := range ds {
		fmt.Printf("%d %v %s | %.4f %.4f %.4f %d %d %d\n", int64(d), d, d.String(),
			d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
		fmt.Println(" ", d.Abs(), d.Round(time.Second), d.Round(time.Millisecond), d.Round(7*time.Minute),
			d.Truncate(time.Second), d.Truncate(time.Hour), d.Round(0), d.Truncate(-1))
	}
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Round(time.Hour))
	for m := time.Month(-1); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %T %T\n", time.March, time.March, time.Saturday, time.Second, time.May)
}
