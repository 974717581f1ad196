package main

func Eq[T any](a, b T) bool { return a == b }
func Add[T any](a, b T) T   { return a + b }
func Rem[T int | float64](a, b T) T { return a % b }
func Len[T any](a T) int    { return len(a) }

type Box[T any] struct{ v T }

func main() {
	var b Box
	_ = b
	var c Box[int, string]
	_ = c
	Eq(1, "a")
}

// Error: 3:38: invalid operation: a == b (incomparable types in type set)
// Error: 4:38: invalid operation: operator + not defined on a (variable of type T constrained by any)
// Error: 5:46: invalid operation: operator % not defined on a (variable of type T constrained by int | float64)
// Error: 6:42: invalid argument: a (variable of type T constrained by any) for built-in len
// Error: 11:8: cannot use generic type Box[T any] without instantiation
// Error: 13:8: too many type arguments for type Box: have 2, want 1
// Error: 15:8: in call to Eq, mismatched types untyped int and untyped string (cannot infer T)
