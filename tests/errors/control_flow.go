// Statements in places the language does not allow them.
package main

func pick(n int) int {
	if n > 0 {
		return 1
	}
} /* ERROR "missing return" */

func loop(ch chan int) int {
	for v := range ch {
		if v > 1 {
			return v
		}
	}
} /* ERROR "missing return" */

func main() {
	break /* ERROR "break is not in a loop, switch, or select" */
	continue /* ERROR "continue is not in a loop" */
	n := 1
	if n /* ERROR "non-boolean condition in if statement" */ {
	}
	for n /* ERROR "non-boolean condition in for statement" */ {
	}
	switch n {
	case 1:
		fallthrough /* ERROR "cannot fallthrough final case in switch" */
	}
	select {
	default:
		continue /* ERROR "continue is not in a loop" */
	}
	pick(n)
	loop(nil)
}
