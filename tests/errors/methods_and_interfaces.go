// Method sets, interface satisfaction and type assertions.
package main

import "fmt"

type worker interface {
	Run() error
}

type task struct{}

func (t *task) Run() error { return nil }

type idle struct{}

func start(w worker) { _ = w.Run() }

func main() {
	start(task /* ERROR "cannot use task{} (value of struct type task) as worker value in argument to start: task does not implement worker (method Run has pointer receiver)" */{})
	start(idle /* ERROR "cannot use idle{} (value of struct type idle) as worker value in argument to start: idle does not implement worker (missing method Run)" */{})
	var w worker = &task{}
	_ = w /* ERROR "impossible type assertion: w.(idle)\n\tidle does not implement worker (missing method Run)" */.(idle)
	n := 3
	_ = n /* ERROR "invalid operation: n (variable of type int) is not an interface" */.(int)
	var s fmt.Stringer = task /* ERROR "cannot use task{} (value of struct type task) as fmt.Stringer value in variable declaration: task does not implement fmt.Stringer (missing method String)" */{}
	t := &task{}
	t.Stop /* ERROR "t.Stop undefined (type *task has no field or method Stop)" */()
	_ = s
	switch w.(type) {
	case idle /* ERROR "impossible type switch case: idle\n\tw (variable of interface type worker) cannot have dynamic type idle (missing method Run)" */:
	}
}
