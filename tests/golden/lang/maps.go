// Maps: comma-ok lookup, delete, len, missing keys yield zero values; keys are sorted before printing.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"ann": 30, "bob": 25}
	ages["cid"] = 41
	v, ok := ages["bob"]
	fmt.Println(v, ok)
	v, ok = ages["zed"]
	fmt.Println(v, ok, len(ages))
	delete(ages, "bob")
	delete(ages, "nobody")
	fmt.Println(len(ages))
	ages["ann"] += 1
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	letters := []string{}
	for r, n := range counts {
		letters = append(letters, fmt.Sprintf("%c=%d", r, n))
	}
	sort.Strings(letters)
	fmt.Println(letters)
	type key struct{ x, y int }
	grid := map[key]string{{1, 2}: "a"}
	grid[key{3, 4}] = "b"
	fmt.Println(grid[key{1, 2}], grid[key{3, 4}], len(grid))
	sum := 0
	for _, n := range counts {
		sum += n
	}
	fmt.Println("sum", sum)
}

// Output:
// 25 true
// 0 false 3
// 2
// ann 31
// cid 41
// [i=4 m=1 p=2 s=4]
// a b 2
// sum 11
