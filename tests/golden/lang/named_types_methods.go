// Named types have their own method sets and need explicit conversion from their underlying type.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type IntList []int

func (l IntList) Sum() int {
	total := 0
	for _, v := range l {
		total += v
	}
	return total
}

type Counter int

func (c *Counter) Inc() { *c++ }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF())
	fmt.Println(Celsius(-40).ToF())
	var raw float64 = 37
	fmt.Println(Celsius(raw).ToF())
	l := IntList{1, 2, 3, 4}
	fmt.Println(l.Sum(), len(l))
	var n Counter
	n.Inc()
	n.Inc()
	fmt.Println(n, int(n)+1)
	fmt.Printf("%T %T %T\n", c, l, n)
}

// Output:
// 212.0°F
// -40.0°F
// 98.6°F
// 10 4
// 2 3
// main.Celsius main.IntList main.Counter
