// continue is only allowed inside a for loop, not in a select on its own.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		if v == 1 {
			continue
		}
		fmt.Println(v)
	}
}

// Error: 12:4: continue is not in a loop
