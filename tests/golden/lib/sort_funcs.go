// sort.Ints, sort.Strings and sort.Slice sort in place in ascending order of their less function.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 9, -1, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	people := []person{{"cid", 40}, {"ann", 30}, {"bob", 25}, {"dan", 35}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	words := []string{"bb", "a", "ccc", "dd", "e"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sorted := []int{1, 3, 5, 7}
	fmt.Println(sort.SearchInts(sorted, 5), sort.SearchInts(sorted, 4))
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(i)
}

// Output:
// [-1 2 2 5 9] true
// [Apple apple banana pear]
// [{bob 25} {ann 30} {dan 35} {cid 40}]
// [{dan 35} {cid 40} {bob 25} {ann 30}]
// [a e bb dd ccc]
// [9 5 2 2 -1]
// 2 2
// 3
