// panic with a value of a custom error type prints the result of its Error method.
package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s (code %d)", e.Field, e.Code)
}

func validate(name string) {
	if name == "" {
		panic(&ValidationError{Field: "name", Code: 17})
	}
	fmt.Println("valid:", name)
}

func main() {
	validate("gopher")
	validate("")
}

// Output:
// valid: gopher
// Exit: 2
// Stderr: panic: validation failed on name (code 17)
