// Checks: a child cannot extend its parent's deadline; a shorter child deadline fires first.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithTimeout(context.Background(), 80*time.Millisecond)
	defer cancel()
	pd, _ := parent.Deadline()

	// Asks for an hour, gets the parent's deadline.
	longer, cancelLonger := context.WithTimeout(parent, time.Hour)
	defer cancelLonger()
	ld, _ := longer.Deadline()
	fmt.Println("longer child keeps parent deadline:", ld.Equal(pd))

	// Asks for less: its own deadline, and it expires first.
	shorter, cancelShorter := context.WithTimeout(parent, 5*time.Millisecond)
	defer cancelShorter()
	sd, _ := shorter.Deadline()
	fmt.Println("shorter child is earlier:", sd.Before(pd))

	<-shorter.Done()
	fmt.Println("shorter:", shorter.Err(), "| parent:", parent.Err())
	<-longer.Done()
	fmt.Println("longer:", longer.Err(), "| parent:", parent.Err())
}

// Output:
// longer child keeps parent deadline: true
// shorter child is earlier: true
// shorter: context deadline exceeded | parent: <nil>
// longer: context deadline exceeded | parent: context deadline exceeded
