// Indexing and slicing values that cannot be, or with bad indices.
package main

func main() {
	n := 5
	_ = n[ /* ERROR "cannot index n (variable of type int)" */0]
	arr := [3]int{}
	_ = arr[5 /* ERROR "invalid argument: index 5 out of bounds [0:3]" */]
	_ = arr[- /* ERROR "invalid argument: index -1 (constant of type int) must not be negative" */1]
	_ = arr[1.5 /* ERROR "1.5 (untyped float constant) truncated to int" */]
	s := "hello"
	s /* ERROR "cannot assign to s[0] (neither addressable nor a map index expression)" */[0] = 'H'
	_ = s[1:2:3 /* ERROR "invalid operation: 3-index slice of string" */]
	m := map[string]int{}
	_ = m[1 /* ERROR "cannot use 1 (untyped int constant) as string value in map index" */]
	_ = arr[2:1 /* ERROR "invalid slice indices: 1 < 2" */]
}
