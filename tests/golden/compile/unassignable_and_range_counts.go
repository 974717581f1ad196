package main

func f() int { return 1 }

type T struct{ x int }

func g() T { return T{} }

func main() {
	s := "abc"
	s[0] = 'x'
	f() = 2
	g().x = 3
	const k = 1
	k = 2
	k++
	len(s) = 1
	for i, v := range 3 {
		_, _ = i, v
	}
	const n = 3
	for i, v := range n {
		_, _ = i, v
	}
	var m int8 = 3
	for i, v := range m {
		_, _ = i, v
	}
}

// Error: 11:2: cannot assign to s[0] (neither addressable nor a map index expression)
// Error: 12:2: cannot assign to f() (neither addressable nor a map index expression)
// Error: 13:2: cannot assign to g().x (neither addressable nor a map index expression)
// Error: 15:2: cannot assign to k (neither addressable nor a map index expression)
// Error: 16:2: cannot assign to k (neither addressable nor a map index expression)
// Error: 17:2: cannot assign to len(s) (neither addressable nor a map index expression)
// Error: 18:9: range over 3 (untyped int constant) permits only one iteration variable
// Error: 22:9: range over n (untyped int constant 3) permits only one iteration variable
// Error: 26:9: range over m (variable of type int8) permits only one iteration variable
