package main

type T struct{}

func g(x int) {}

func two() (int, string) { return 1, "a" }

func r1() (int, error) { return 1, nil, 'c' }

func r2() (x int, err error) { return }

func r3() (int, *T) { return 1.5, "s", nil, true, T{} }

func main() {
	var t T
	var e error
	g(1, "a", t, nil, true, e, 'x', 2.5, &t, []int{1}, two)
	g(two())
	var s string
	<-s
	var f func()
	<-f
	<-t
	<-e
	s <- 1
	g(1,
		2)
	_ = r1
	_ = r2
	_ = r3
}

// Error: 9:41: too many return values
// Error: 	have (number, nil, number)
// Error: 	want (int, error)
// Error: 13:40: too many return values
// Error: 	have (number, string, nil, bool, T)
// Error: 	want (int, *T)
// Error: 18:7: too many arguments in call to g
// Error: 	have (number, string, T, nil, bool, error, number, number, *T, []int, func() (int, string))
// Error: 	want (int)
// Error: 19:4: too many arguments in call to g
// Error: 	have (int, string)
// Error: 	want (int)
// Error: 21:4: invalid operation: cannot receive from non-channel string s (variable of type string)
// Error: 23:4: invalid operation: cannot receive from non-channel func() f (variable of type func())
// Error: 24:4: invalid operation: cannot receive from non-channel T t (variable of struct type T)
// Error: 25:4: invalid operation: cannot receive from non-channel error e (variable of interface type error)
// Error: 26:2: invalid operation: cannot send to non-channel string s (variable of type string)
// Error: 28:3: too many arguments in call to g
// Error: 	have (number, number)
// Error: 	want (int)
// Error: 28:3: too many errors
