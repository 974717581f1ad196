// slices.Insert/Delete/Replace/Compact/Concat/Grow/Clip/Clone/Repeat: results with their len and cap, in place when there is room, zeroed tails seen through the old slice.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func show(label string, s []int) {
	fmt.Printf("%s %v len=%d cap=%d\n", label, s, len(s), cap(s))
}

func main() {
	// Insert into a full slice grows as append would; with room, in place.
	s := []int{1, 2, 3, 4, 5}
	show("insert grow:", slices.Insert(s, 2, 10, 11))
	show("insert end:", slices.Insert(s, 5, 6))
	show("insert none:", slices.Insert(s, 1))
	roomy := make([]int, 4, 10)
	copy(roomy, []int{1, 2, 3, 4})
	r := slices.Insert(roomy, 1, 7, 8)
	show("insert room:", r)
	show("  backing:", roomy[:cap(roomy)])
	// Inserting part of the slice into itself uses the values from before.
	r = slices.Insert(r, 0, r[3:5]...)
	show("insert self:", r)
	big := make([]int, 0, 3)
	show("insert many:", slices.Insert(big, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))

	// Delete shifts the tail down and zeroes what is left past the end.
	d := []int{0, 1, 2, 3, 4, 5, 6}
	show("delete:", slices.Delete(d, 1, 3))
	show("  old:", d)
	show("delete none:", slices.Delete(d, 2, 2))
	e := []string{"a", "", "b", "", "", "c"}
	e2 := slices.DeleteFunc(e, func(s string) bool { return s == "" })
	fmt.Printf("deletefunc: %q %d %d old: %q\n", e2, len(e2), cap(e2), e)

	// Replace: shorter, same length, longer in place, longer with growth.
	p := []int{1, 2, 3, 4, 5, 6}
	show("replace shorter:", slices.Replace(p, 1, 4, 9))
	show("  old:", p)
	p = []int{1, 2, 3, 4, 5, 6}
	show("replace same:", slices.Replace(p, 1, 3, 8, 9))
	show("replace tail:", slices.Replace(p, 4, 6, 7))
	show("  old:", p)
	q := make([]int, 5, 8)
	copy(q, []int{1, 2, 3, 4, 5})
	show("replace longer:", slices.Replace(q, 1, 2, 20, 21, 22))
	q = q[:5]
	copy(q, []int{1, 2, 3, 4, 5})
	show("replace self:", slices.Replace(q, 1, 2, q[2:5]...))
	show("replace grow:", slices.Replace([]int{1, 2, 3}, 1, 2, 4, 5, 6, 7, 8))
	show("replace insert:", slices.Replace([]int{1, 2, 3}, 1, 1, 9))

	// Compact keeps the first of each run; CompactFunc decides with eq.
	c := []int{1, 1, 2, 3, 3, 3, 4, 1, 1}
	show("compact:", slices.Compact(c))
	show("  old:", c)
	show("compact nothing:", slices.Compact([]int{1, 2, 3}))
	words := []string{"Go", "go", "GO", "rust", "Rust", "go"}
	words = slices.CompactFunc(words, strings.EqualFold)
	fmt.Println("compactfunc:", words, len(words))

	// Grow reserves room for n more; Clip drops spare capacity.
	g := []int{1, 2, 3}
	show("grow 0:", slices.Grow(g, 0))
	show("grow 1:", slices.Grow(g, 1))
	show("grow 10:", slices.Grow(g, 10))
	show("grow nil:", slices.Grow([]int(nil), 5))
	show("grow room:", slices.Grow(make([]int, 2, 9), 7))
	show("clip:", slices.Clip(make([]int, 3, 10)))
	show("clip grown:", slices.Clip(slices.Grow(g, 10)))

	// Concat allocates once; Clone copies into a new array.
	show("concat:", slices.Concat([]int{1, 2}, nil, []int{3}, []int{4, 5, 6}))
	fmt.Println("concat none:", slices.Concat[[]int]() == nil, slices.Concat([]int{}, []int{}) == nil)
	cl := slices.Clone(g[:2])
	cl[0] = 99
	show("clone:", cl)
	show("  orig:", g)
	fmt.Println("clone nil:", slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)
	strs := slices.Clone([]string{"x", "y", "z"})
	fmt.Println(strs, len(strs), cap(strs))

	// Repeat and Reverse.
	show("repeat:", slices.Repeat([]int{1, 2}, 3))
	show("repeat 0:", slices.Repeat([]int{1, 2}, 0))
	rv := []int{1, 2, 3, 4, 5}
	slices.Reverse(rv)
	show("reverse:", rv)
	slices.Reverse(rv[1:3])
	show("reverse part:", rv)
}

// Output:
// insert grow: [1 2 10 11 3 4 5] len=7 cap=10
// insert end: [1 2 3 4 5 6] len=6 cap=10
// insert none: [1 2 3 4 5] len=5 cap=5
// insert room: [1 7 8 2 3 4] len=6 cap=10
//   backing: [1 7 8 2 3 4 0 0 0 0] len=10 cap=10
// insert self: [2 3 1 7 8 2 3 4] len=8 cap=10
// insert many: [1 2 3 4 5 6 7 8 9 10 11] len=11 cap=12
// delete: [0 3 4 5 6] len=5 cap=7
//   old: [0 3 4 5 6 0 0] len=7 cap=7
// delete none: [0 3 4 5 6 0 0] len=7 cap=7
// deletefunc: ["a" "b" "c"] 3 6 old: ["a" "b" "c" "" "" ""]
// replace shorter: [1 9 5 6] len=4 cap=6
//   old: [1 9 5 6 0 0] len=6 cap=6
// replace same: [1 8 9 4 5 6] len=6 cap=6
// replace tail: [1 8 9 4 7] len=5 cap=6
//   old: [1 8 9 4 7 0] len=6 cap=6
// replace longer: [1 20 21 22 3 4 5] len=7 cap=8
// replace self: [1 3 4 5 3 4 5] len=7 cap=8
// replace grow: [1 4 5 6 7 8 3] len=7 cap=8
// replace insert: [1 9 2 3] len=4 cap=6
// compact: [1 2 3 4 1] len=5 cap=9
//   old: [1 2 3 4 1 0 0 0 0] len=9 cap=9
// compact nothing: [1 2 3] len=3 cap=3
// compactfunc: [Go rust go] 3
// grow 0: [1 2 3] len=3 cap=3
// grow 1: [1 2 3] len=3 cap=6
// grow 10: [1 2 3] len=3 cap=14
// grow nil: [] len=0 cap=6
// grow room: [0 0] len=2 cap=9
// clip: [0 0 0] len=3 cap=3
// clip grown: [1 2 3] len=3 cap=3
// concat: [1 2 3 4 5 6] len=6 cap=6
// concat none: true true
// clone: [99 2] len=2 cap=2
//   orig: [1 2 3] len=3 cap=3
// clone nil: true false
// [x y z] 3 3
// repeat: [1 2 1 2 1 2] len=6 cap=6
// repeat 0: [] len=0 cap=0
// reverse: [5 4 3 2 1] len=5 cap=5
// reverse part: [5 3 4 2 1] len=5 cap=5
