package main

import (
	"fmt"
	"time"
)

type job struct {
	id   int
	name string
}

// Verbs that do not fit their arguments, as they slip into worker logs.
func main() {
	j := job{1, "resize"}
	elapsed := 250 * time.Millisecond
	workers := 4
	done := true
	fmt.Printf("job %d started\n", j.name)
	fmt.Printf("%s workers\n", workers)
	fmt.Printf("finished: %d\n", done)
	fmt.Printf("took %f\n", elapsed)
	fmt.Printf("job %v, %t\n", j, j.id)
	fmt.Println(fmt.Sprintf("%x %q", j.name, workers))
}

// Vet: 19:18: fmt.Printf format %d has arg j.name of wrong type string
// Vet: 20:14: fmt.Printf format %s has arg workers of wrong type int
// Vet: 21:24: fmt.Printf format %d has arg done of wrong type bool
// Vet: 22:19: fmt.Printf format %f has arg elapsed of wrong type time.Duration
// Vet: 23:22: fmt.Printf format %t has arg j.id of wrong type int
// Vet: 24:30: fmt.Sprintf format %q has arg workers of wrong type int
