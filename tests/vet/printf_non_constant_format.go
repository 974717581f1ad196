package main

import (
	"fmt"
	"log"
)

// A message used as the format: any % in it is misread.
func report(msg string) {
	fmt.Printf(msg)
	log.Printf(msg)
	fmt.Printf(msg, 1)
	fmt.Printf("%s", msg)
}

func main() {
	report("100% done")
}

// Vet: 10:13: non-constant format string in call to fmt.Printf
// Vet: 11:13: non-constant format string in call to log.Printf
