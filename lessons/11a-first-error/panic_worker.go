package main

import (
	"fmt"
	"sync"
)

// price reads the third field of a catalogue line: "sku,name,price".
func price(fields []string) string {
	return fields[2]
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r) // the safety net, or so it seems
		}
	}()
	lines := [][]string{{"sku-1", "mug", "7.50"}, {"sku-2", "lamp"}} // the second is truncated
	var wg sync.WaitGroup
	for _, fields := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(fields[0], price(fields))
		}()
	}
	wg.Wait()
	fmt.Println("catalogue loaded")
}
