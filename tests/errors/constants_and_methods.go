// Constant declarations, method expressions and unexported names.
package main

import (
	"strings"
	"sync"
)

func limit() int { return 3 }

const maxWorkers = limit /* ERROR "limit() (value of type int) is not constant" */()

const (
	a = iota
	b /* ERROR "missing init expr for b" */ int
)

type pool struct{ mu sync.Mutex }

func (p *pool) stop() {}

func main() {
	stop := pool.stop /* ERROR "invalid method expression pool.stop (needs pointer receiver (*pool).stop)" */
	_ = stop
	var b strings.Builder
	_ = b.buf /* ERROR "b.buf undefined (cannot refer to unexported field buf)" */
	var x int = nil /* ERROR "cannot use nil as int value in variable declaration" */
	_ = x
}
