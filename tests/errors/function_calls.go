// Calls with the wrong number or kind of arguments, and results used wrongly.
package main

import "errors"

func send(ch chan<- int, v int) {}

func sum(xs ...int) int { return 0 }

func split() (int, int) { return 1, 2 }

func fail() error { return errors.New("x") }

func main() {
	ch := make(chan int)
	send(ch /* ERROR "not enough arguments in call to send\n\thave (chan int)\n\twant (chan<- int, int)" */)
	send(ch, 1, 2 /* ERROR "too many arguments in call to send\n\thave (chan int, number, number)\n\twant (chan<- int, int)" */)
	send(1 /* ERROR "cannot use 1 (untyped int constant) as chan<- int value in argument to send" */, ch /* ERROR "cannot use ch (variable of type chan int) as int value in argument to send" */)
	nums := []int{1}
	_ = sum(1, nums /* ERROR "too many arguments in call to sum\n\thave (number, []int...)\n\twant (...int)" */...)
	_ = sum(nums /* ERROR "cannot use nums (variable of type []int) as int value in argument to sum" */)
	send(split /* ERROR "cannot use split() (value of type int) as chan<- int value in argument to send" */())
	x := split /* ERROR "multiple-value split() (value of type (int, int)) in single-value context" */() + 1
	var n int = fail /* ERROR "cannot use fail() (value of interface type error) as int value in variable declaration" */()
	_, _ = x, n
}
