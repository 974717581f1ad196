package main

import (
	"errors"
	"fmt"
	"strings"
)

// Results of pure functions are used.
func main() {
	err := errors.New("boom")
	msg := fmt.Sprintf("failed: %v", err)
	up := strings.ToUpper(msg)
	fmt.Println(up, err.Error())
}

// Vet: clean
