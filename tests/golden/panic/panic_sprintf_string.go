// panic with a string built by fmt.Sprintf prints the string verbatim.
package main

import "fmt"

func checkAge(age int) {
	if age < 0 || age > 150 {
		panic(fmt.Sprintf("invalid age %d (must be 0..150)", age))
	}
	fmt.Println("age", age, "ok")
}

func main() {
	checkAge(30)
	checkAge(150)
	checkAge(-4)
}

// Output:
// age 30 ok
// age 150 ok
// Exit: 2
// Stderr: panic: invalid age -4 (must be 0..150)
