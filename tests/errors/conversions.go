// Conversions between types that do not convert.
package main

import "time"

type celsius float64

func main() {
	s := "12"
	_ = int(s /* ERROR "cannot convert s (variable of type string) to type int" */)
	_ = string([ /* ERROR "cannot convert []int{…} (value of type []int) to type string" */]int{1})
	_ = []int(5 /* ERROR "cannot convert 5 (untyped int constant) to type []int" */)
	_ = time.Duration("1s" /* ERROR "cannot convert \"1s\" (untyped string constant) to type time.Duration" */)
	var c celsius = 1
	var f float64 = c /* ERROR "cannot use c (variable of float64 type celsius) as float64 value in variable declaration" */
	_ = bool(1 /* ERROR "cannot convert 1 (untyped int constant) to type bool" */)
	p := &c
	_ = (*float64)(p)
	_ = f
}
