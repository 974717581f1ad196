package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// parseRow turns "sku,quantity" into its parts.
func parseRow(row string) (string, int, error) {
	sku, qty, ok := strings.Cut(row, ",")
	if !ok {
		return "", 0, fmt.Errorf("row %q: no comma", row)
	}
	n, err := strconv.Atoi(qty)
	if err != nil {
		return "", 0, err
	}
	return sku, n, nil
}

// importRows parses every row of an uploaded stock file in parallel. A
// panic in one row's goroutine becomes that row's error: recover only
// works in the goroutine that panics.
func importRows(rows []string) (imported int, rejected []error) {
	errs := make([]error, len(rows))
	var wg sync.WaitGroup
	for i, row := range rows {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					errs[i] = fmt.Errorf("row %d: %v", i+1, r)
				}
			}()
			_, _, errs[i] = parseRow(row)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			rejected = append(rejected, err)
		} else {
			imported++
		}
	}
	return imported, rejected
}

func main() {
	imported, rejected := importRows([]string{"A-100,4", "B-220;7", "C-310,x"})
	fmt.Println("imported:", imported, "rejected:", len(rejected))
}
