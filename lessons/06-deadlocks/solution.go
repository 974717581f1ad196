package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// check pretends to probe a host; the database hosts are down today.
func check(host string) error {
	if strings.HasPrefix(host, "db") {
		return errors.New(host + ": connection refused")
	}
	return nil
}

func main() {
	hosts := []string{"web-1", "db-1", "web-2"}
	// one slot per checker: every send completes, even after main stops reading
	errs := make(chan error, len(hosts))
	var wg sync.WaitGroup

	for _, h := range hosts {
		wg.Add(1) // counted before it starts, so Wait cannot miss it
		go func() {
			defer wg.Done()
			errs <- check(h)
		}()
	}

	for range hosts {
		if err := <-errs; err != nil {
			fmt.Println("health check failed:", err)
			break // fail fast: stop reading results
		}
	}
	wg.Wait() // reap the checkers before exiting
	fmt.Println("checkers reaped")
}
