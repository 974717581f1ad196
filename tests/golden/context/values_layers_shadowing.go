// Checks: Value looks up through every layer, and the nearest layer wins for a repeated key.
package main

import (
	"context"
	"fmt"
	"time"
)

type key string

func main() {
	ctx := context.WithValue(context.Background(), key("user"), "ada")
	ctx = context.WithValue(ctx, key("lang"), "en")
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, time.Hour)
	defer cancelT()
	inner := context.WithValue(ctx, key("lang"), "fr") // shadows "en" below it

	fmt.Println("user:", inner.Value(key("user")))
	fmt.Println("lang (inner):", inner.Value(key("lang")))
	fmt.Println("lang (outer):", ctx.Value(key("lang")))
	fmt.Println("missing:", inner.Value(key("nope")))
	fmt.Println(inner.Value(key("user")) == ctx.Value(key("user")))
}

// Output:
// user: ada
// lang (inner): fr
// lang (outer): en
// missing: <nil>
// true
