// math/rand/v2's generic N: a value of the argument's own integer type
// (a time.Duration too), and its panic for n <= 0.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	d := rand.N(10 * time.Millisecond)
	fmt.Printf("%T %v\n", d, d >= 0 && d < 10*time.Millisecond)
	var u uint8 = rand.N[uint8](3)
	fmt.Println(u < 3)
	defer func() { fmt.Println(recover()) }()
	rand.N(0)
}

// Output:
// time.Duration true
// true
// invalid argument to N
