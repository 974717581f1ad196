package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	id   int
	path string
}

// importFile pretends to load one file into the warehouse.
func importFile(j job) error {
	if strings.HasSuffix(j.path, ".tmp") {
		return fmt.Errorf("job %d: refusing temp file %s", j.id, j.path)
	}
	return nil
}

func main() {
	paths := []string{"orders.csv", "users.csv", "orders.csv.tmp", "refunds.csv"}

	jobs := make(chan job)
	failures := make(chan error, len(paths))

	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			// Fix: Done is deferred, so every way out of the worker counts.
			defer wg.Done()
			for j := range jobs {
				if err := importFile(j); err != nil {
					failures <- err
					// keep draining: a worker that quits early can leave the
					// sender blocked on jobs once every worker has quit
					continue
				}
			}
		}()
	}

	for i, p := range paths {
		jobs <- job{id: i, path: p}
	}
	close(jobs)

	wg.Wait()
	close(failures)
	for err := range failures {
		fmt.Println("failed:", err)
	}
	fmt.Println("import finished")
}
