// Built-in functions given the wrong kind of argument.
package main

func main() {
	n := 5
	_ = len(n /* ERROR "invalid argument: n (variable of type int) for built-in len" */)
	_ = cap(map /* ERROR "invalid argument: map[int]int{} (value of type map[int]int) for built-in cap" */[int]int{})
	_ = make(int /* ERROR "invalid argument: cannot make int: type must be slice, map, or channel" */)
	_ = make /* ERROR "invalid operation: make([]int) expects 2 or 3 arguments; found 1" */([]int)
	m := map[string]int{}
	delete /* ERROR "invalid operation: not enough arguments for delete(m) (expected 2, found 1)" */(m)
	delete(n /* ERROR "invalid argument: n (variable of type int) is not a map" */, 1)
	s := []int{}
	s = append(n /* ERROR "invalid append: argument must be a slice; have n (variable of type int)" */, 1)
	copy(s /* ERROR "invalid copy: arguments s (variable of type []int) and \"abc\" (untyped string constant) have different element types int and byte" */, "abc")
	_ = new /* ERROR "invalid operation: too many arguments for new(int, 2) (expected 1, found 2)" */(int, 2)
}
