// On entry, select evaluates every channel operand and send value exactly once, in source order, even for cases not chosen.
package main

import "fmt"

func ch(name string, c chan int) chan int {
	fmt.Println("eval channel", name)
	return c
}

func val(name string, v int) int {
	fmt.Println("eval value", name)
	return v
}

func main() {
	ready := make(chan int, 1)
	ready <- 1
	blocked := make(chan int)
	var nilCh chan int
	select {
	case ch("a", blocked) <- val("a", 10):
		fmt.Println("case a")
	case v := <-ch("b", ready):
		fmt.Println("case b got", v)
	case ch("c", nilCh) <- val("c", 30):
		fmt.Println("case c")
	case <-ch("d", blocked):
		fmt.Println("case d")
	}
	fmt.Println("--")
	select {
	case ch("e", blocked) <- val("e", 1):
		fmt.Println("case e")
	default:
		fmt.Println("default after evaluating all")
	}
	fmt.Println("--")
	for i := 0; i < 2; i++ {
		select {
		case <-ch(fmt.Sprint("loop", i), nilCh):
		default:
		}
	}
}

// Output:
// eval channel a
// eval value a
// eval channel b
// eval channel c
// eval value c
// eval channel d
// case b got 1
// --
// eval channel e
// eval value e
// default after evaluating all
// --
// eval channel loop0
// eval channel loop1
