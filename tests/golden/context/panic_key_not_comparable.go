// Checks: WithValue refuses keys that cannot be compared with == ("key is not comparable").
package main

import (
	"context"
	"fmt"
)

type pair struct {
	names []string // a slice makes the whole struct non-comparable
}

func main() {
	for _, k := range []any{[]int{1}, map[string]int{}, func() {}} {
		func() {
			defer func() { fmt.Printf("%T: %v\n", k, recover()) }()
			context.WithValue(context.Background(), k, "v")
		}()
	}
	context.WithValue(context.Background(), pair{}, "v")
	fmt.Println("not reached")
}

// Output:
// []int: key is not comparable
// map[string]int: key is not comparable
// func(): key is not comparable
// Exit: 2
// Stderr: panic: key is not comparable
