// Checks: String() of derived contexts names each layer from the root down.
package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	c1, cancel := context.WithCancel(context.Background())
	defer cancel()
	fmt.Println(c1)

	v := context.WithValue(c1, "user", "ada")
	fmt.Println(v)
	// Non-string keys and values without String() print as their type.
	fmt.Println(context.WithValue(v, key("id"), 7))
	fmt.Println(context.WithValue(context.TODO(), 1, nil))

	c2, cancel2 := context.WithCancelCause(v)
	defer cancel2(nil)
	fmt.Println(c2)
	fmt.Println(context.WithoutCancel(c2))
	fmt.Printf("%T %T\n", c2, v)
}

// Output:
// context.Background.WithCancel
// context.Background.WithCancel.WithValue(user, ada)
// context.Background.WithCancel.WithValue(user, ada).WithValue(main.key, int)
// context.TODO.WithValue(int, <nil>)
// context.Background.WithCancel.WithValue(user, ada).WithCancel
// context.Background.WithCancel.WithValue(user, ada).WithCancel.WithoutCancel
// *context.cancelCtx *context.valueCtx
