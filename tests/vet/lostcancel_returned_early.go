package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// The early return leaves the context's timer running.
func query(parent context.Context, key string) (string, error) {
	ctx, cancel := context.WithTimeout(parent, 50*time.Millisecond)
	if key == "" {
		return "", errors.New("empty key")
	}
	defer cancel()
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
		return "value", nil
	}
}

func main() {
	fmt.Println(query(context.Background(), "k"))
}

// Vet: 12:2: the cancel function is not used on all paths (possible context leak)
// Vet: 14:3: this return statement may be reached without using the cancel var defined on line 12
