package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

type status int

func (s status) String() string { return fmt.Sprint(int(s)) }

// Each call below computes a value that is thrown away.
func check(n int) error {
	if n < 0 {
		errors.New("negative")
	}
	fmt.Sprintf("checked %d", n)
	var b strings.Builder
	b.WriteString("x")
	b.String()
	status(n).String()
	context.WithValue(context.Background(), "k", n)
	return nil
}

func main() {
	fmt.Println(check(1))
}

// Vet: 17:3: result of errors.New call not used
// Vet: 19:2: result of fmt.Sprintf call not used
// Vet: 22:2: result of (*strings.Builder).String call not used
// Vet: 23:2: result of (command-line-arguments.status).String call not used
// Vet: 24:2: result of context.WithValue call not used
