package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// parseRow turns "sku,quantity" into its parts.
func parseRow(row string) (string, int, error) {
	fields := strings.Split(row, ",")
	qty, err := strconv.Atoi(fields[1])
	if err != nil {
		return "", 0, err
	}
	return fields[0], qty, nil
}

// importRows parses every row of an uploaded stock file in parallel.
func importRows(rows []string) (imported int, rejected []error) {
	errs := make([]error, len(rows))
	var wg sync.WaitGroup
	for i, row := range rows {
		wg.Add(1)
		go func() {
			defer wg.Done()
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
	// one bad upload must never take the importer down
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("import failed:", r)
		}
	}()
	imported, rejected := importRows([]string{"A-100,4", "B-220;7", "C-310,x"})
	fmt.Println("imported:", imported, "rejected:", len(rejected))
}
