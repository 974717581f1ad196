// NaN keys: each insertion makes a new entry no lookup finds, and a range
// still visits every one with its value.
package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
)

func main() {
	nan := math.NaN()
	m := map[float64]int{nan: 1, 2: 2}
	m[nan] = 3
	sum, nans := 0, 0
	for k, v := range m {
		sum += v
		if k != k {
			nans++
		}
	}
	fmt.Println(len(m), sum, nans)
	m2 := maps.Clone(m)
	fmt.Println(len(m2), maps.Equal(m, m2))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	clear(m)
	fmt.Println(len(m))
}

// Output:
// 3 6 2
// 3 false
// [1 2 3]
// 0
