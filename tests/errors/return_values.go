// Return statements that do not match the function's results.
package main

import "errors"

func fetch() (string, error) {
	return "x" /* ERROR "not enough return values\n\thave (string)\n\twant (string, error)" */
}

func count() int {
	return 1, nil /* ERROR "too many return values\n\thave (number, nil)\n\twant (int)" */
}

func wait() {
	return 1 /* ERROR "too many return values\n\thave (number)\n\twant ()" */
}

func named() (n int, err error) {
	return errors /* ERROR "not enough return values\n\thave (error)\n\twant (int, error)" */.New("e")
}

func wrong() error {
	return "failed" /* ERROR "cannot use \"failed\" (constant of type string) as error value in return statement: string does not implement error (missing method Error)" */
}

func ch() <-chan int {
	return 1 /* ERROR "cannot use 1 (untyped int constant) as <-chan int value in return statement" */
}

func main() {
	fetch()
	count()
	wait()
	named()
	wrong()
	ch()
}
