// select and switch statements with cases that do not fit.
package main

import "time" /* ERROR "\"time\" imported and not used" */

func main() {
	ch /* ERROR "declared and not used: ch" */ := make(chan int)
	var n int
	switch n {
	case "one" /* ERROR "cannot convert \"one\" (untyped string constant) to type int" */:
	case 1.5 /* ERROR "1.5 (untyped float constant) truncated to int" */:
	}
	switch {
	case n /* ERROR "invalid case n in switch on true (mismatched types int and bool)" */:
	}
	var x interface{} = n
	switch v /* ERROR "v declared and not used" */ := x.(type) {
	case int, string:
	}
	switch n /* ERROR "n (variable of type int) is not an interface" */.(type) {
	}
	select {
	case v /* ERROR "select case must be send or receive (possibly with assignment)" */ := <-ch, true:
		_ = v
	case <-tick /* ERROR "undefined: tick" */:
	}
}
