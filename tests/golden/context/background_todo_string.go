// Checks: Background and TODO are empty roots that print as context.Background / context.TODO.
package main

import (
	"context"
	"fmt"
)

func main() {
	bg := context.Background()
	todo := context.TODO()
	fmt.Println(bg)
	fmt.Println(todo)
	fmt.Printf("%v and %s\n", bg, todo)

	// Both are roots: no deadline, no error, no values, and a nil Done channel.
	_, hasDeadline := bg.Deadline()
	fmt.Println("deadline:", hasDeadline)
	fmt.Println("err:", bg.Err(), todo.Err())
	fmt.Println("done is nil:", bg.Done() == nil, todo.Done() == nil)
	fmt.Println("value:", bg.Value("anything"))
}

// Output:
// context.Background
// context.TODO
// context.Background and context.TODO
// deadline: false
// err: <nil> <nil>
// done is nil: true true
// value: <nil>
