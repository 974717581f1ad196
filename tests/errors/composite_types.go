// Composite literals of types that have none, and fields that do not exist.
package main

type worker struct {
	id   int
	jobs chan int
}

func main() {
	_ = int /* ERROR "invalid composite literal type int" */{1}
	_ = worker{id: 1, jobs: make(chan int), id /* ERROR "duplicate field name id in struct literal" */: 2}
	_ = worker{1 /* ERROR "invalid field name 1 in struct literal" */: 2}
	_ = map[string]worker{"a": {name /* ERROR "unknown field name in struct literal of type worker" */: "x"}}
	var w *worker
	w.jobs <- "job" /* ERROR "cannot use \"job\" (untyped string constant) as int value in send" */
	_ = [...]int{1, 2}[5 /* ERROR "invalid argument: index 5 out of bounds [0:2]" */]
	p := &worker{}
	_ = p.id.x /* ERROR "p.id.x undefined (type int has no field or method x)" */
}
