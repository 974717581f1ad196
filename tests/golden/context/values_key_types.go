// Checks: keys match by type and value, so a private key type cannot collide with a plain string.
package main

import (
	"context"
	"fmt"
)

type myKey string
type otherKey string

func main() {
	ctx := context.WithValue(context.Background(), myKey("id"), "mine")
	ctx = context.WithValue(ctx, "id", "plain string")
	ctx = context.WithValue(ctx, 1, "int one")

	fmt.Println(ctx.Value(myKey("id")))
	fmt.Println(ctx.Value("id"))
	fmt.Println(ctx.Value(otherKey("id")))
	fmt.Println(ctx.Value(1))
	fmt.Println(ctx.Value(int64(1)))
	// Pointer keys compare by address.
	a, b := new(int), new(int)
	pc := context.WithValue(context.Background(), a, "pointer a")
	fmt.Println(pc.Value(a), pc.Value(b))
}

// Output:
// mine
// plain string
// <nil>
// int one
// <nil>
// pointer a <nil>
