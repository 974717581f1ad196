package main

import (
	"context"
	"errors"
	"fmt"
)

// cancel is called on one path only: the early return leaks the context.
func work(parent context.Context, fail bool) error {
	ctx, cancel := context.WithCancel(parent)
	if fail {
		return errors.New("failed early")
	}
	defer cancel()
	<-ctx.Done()
	return nil
}

func main() {
	fmt.Println(work(context.Background(), true))
}

// Vet: 11:2: the cancel function is not used on all paths (possible context leak)
// Vet: 13:3: this return statement may be reached without using the cancel var defined on line 11
