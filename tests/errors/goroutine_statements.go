// go and defer statements that are not calls, or call what cannot be called.
package main

import "sync"

func work() int { return 1 }

func main() {
	var wg sync.WaitGroup
	go work /* ERROR "expression in go must be function call" */
	defer wg /* ERROR "expression in defer must be function call" */.Done
	go func /* ERROR "expression in go must be function call" */() {}
	defer func /* ERROR "expression in defer must be function call" */() {}
	n := 2
	go n /* ERROR "invalid operation: cannot call n (variable of type int): int is not a function" */()
	defer len /* ERROR "defer discards result of len(\"x\") (constant 1 of type int)" */("x")
	go int /* ERROR "go requires function call, not conversion int(3) (constant 3 of type int)" */(3)
	wg.Wait()
}
