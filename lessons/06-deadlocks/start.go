package main

import (
	"errors"
	"fmt"
	"strings"
)

// check pretends to probe a host; database hosts are down today.
func check(host string) error {
	if strings.HasPrefix(host, "db") {
		return errors.New(host + ": connection refused")
	}
	return nil
}

func main() {
	hosts := []string{"web-1", "db-1", "web-2"}
	errs := make(chan error) // unbuffered: each checker waits for main to take its result

	for _, h := range hosts {
		go func() {
			errs <- check(h)
		}()
	}

	for range hosts {
		if err := <-errs; err != nil {
			fmt.Println("health check failed:", err)
			return // fail fast... and stop receiving
		}
	}
	fmt.Println("all healthy")
}
