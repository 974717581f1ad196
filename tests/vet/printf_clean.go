package main

import (
	"errors"
	"fmt"
	"log"
	"time"
)

type job struct {
	id   int
	name string
}

func (j job) String() string { return fmt.Sprintf("job %d (%s)", j.id, j.name) }

// Every verb fits its argument.
func main() {
	j := job{1, "resize"}
	start := time.Now()
	err := fmt.Errorf("job %v: %w", j, errors.New("boom"))
	fmt.Printf("%s took %v, %d%% done, ok=%t\n", j, time.Since(start) >= 0, 50, true)
	fmt.Printf("%q %x %08.3f %p\n", j.name, j.id, 3.14159, &j)
	fmt.Printf("%[1]d %[1]v %T\n", j.id, j)
	log.Println("worker", j.id, "finished:", err)
	fmt.Println(fmt.Sprint(j), fmt.Sprintln("done"))
}

// Vet: clean
