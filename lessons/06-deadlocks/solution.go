package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
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
	// one slot per checker: every send completes even if nobody receives it
	errs := make(chan error, len(hosts))

	var wg sync.WaitGroup
	defer wg.Wait() // now safe: no checker can be stuck on its send

	for _, h := range hosts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- check(h)
		}()
	}

	for range hosts {
		if err := <-errs; err != nil {
			fmt.Println("health check failed:", err)
			return
		}
	}
	fmt.Println("all healthy")
}
