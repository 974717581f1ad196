// Struct, slice and map literals with missing, extra or unknown parts.
package main

type job struct {
	id   int
	name string
}

func main() {
	_ = job{1} /* ERROR "too few values in struct literal of type job" */
	_ = job{1, "a", true /* ERROR "too many values in struct literal of type job" */}
	_ = job{id: 1, "a" /* ERROR "mixture of field:value and value elements in struct literal" */}
	_ = job{ident /* ERROR "unknown field ident in struct literal of type job" */: 2}
	_ = job{id: "one" /* ERROR "cannot use \"one\" (untyped string constant) as int value in struct literal" */}
	_ = map[string]int{"a" /* ERROR "missing key in map literal" */}
	_ = map[string]int{"a": 1, "a" /* ERROR "duplicate key \"a\" in map literal" */: 2}
	_ = []int{0: 1, 0 /* ERROR "duplicate index 0 in array or slice literal" */: 2}
	_ = [2]int{1, 2, 3 /* ERROR "index 2 is out of bounds (>= 2)" */}
}
