// The iterator functions of slices and maps, composed as Go code does
// today: sorted keys of a map, chunks, backward walks, collecting pairs.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	ages := map[string]int{"ann": 31, "bob": 27, "cy": 45, "dee": 27}
	fmt.Println(slices.Sorted(maps.Keys(ages)))
	fmt.Println(slices.Sorted(maps.Values(ages)))
	byAge := slices.SortedStableFunc(slices.Values([]string{"dee", "bob", "ann", "cy"}), func(a, b string) int {
		return ages[a] - ages[b]
	})
	fmt.Println(byAge)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	for i, c := range slices.Collect(slices.Chunk(words, 4)) {
		fmt.Println(i, c, len(c), cap(c))
	}
	for i, w := range slices.Backward(words) {
		if i < 6 {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()

	index := maps.Collect(slices.All([]string{"x", "y", "z"}))
	fmt.Println(len(index), index[0], index[2])
	extra := map[int]string{2: "Z", 3: "w"}
	maps.Insert(index, maps.All(extra))
	fmt.Println(slices.Sorted(maps.Keys(index)), index[2])

	n := 0
	for range maps.Keys(ages) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println(n, slices.Collect(slices.Values([]int(nil))) == nil)
	s := slices.AppendSeq(make([]int, 0, 1), slices.Values([]int{1, 2, 3}))
	fmt.Println(s, len(s), cap(s))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Chunk(words, 0)
}

// Output:
// [ann bob cy dee]
// [27 27 31 45]
// [dee bob ann cy]
// 0 [the quick brown fox] 4 4
// 1 [jumps over the lazy] 4 4
// 2 [dog] 1 1
// dog lazy the 
// 3 x z
// [0 1 2 3] Z
// 2 true
// [1 2 3] 3 4
// recovered: cannot be less than 1
