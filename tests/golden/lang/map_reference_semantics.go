// Maps are references: copies share data, and a map of slices or structs needs re-assignment to update values.
package main

import (
	"fmt"
	"sort"
)

type stat struct{ hits int }

func add(m map[string]int, k string) { m[k]++ }

func main() {
	m := map[string]int{}
	alias := m
	add(alias, "a")
	add(m, "a")
	fmt.Println(m["a"], len(alias))

	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	keys := []string{}
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	stats := map[string]stat{"x": {1}}
	s := stats["x"]
	s.hits++
	fmt.Println(stats["x"].hits)
	stats["x"] = s
	fmt.Println(stats["x"].hits)
	ptrs := map[string]*stat{"y": {5}}
	ptrs["y"].hits++
	fmt.Println(ptrs["y"].hits)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), len(alias))
	fmt.Println(m)
}

// Output:
// 2 1
// a [apple avocado]
// b [banana blueberry]
// c [cherry]
// 1
// 2
// 6
// 0 0
// map[]
