// maps.Equal/EqualFunc compare entries, Clone copies (nil stays nil), Copy overwrites, DeleteFunc removes matching entries; keys printed sorted.
package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type stock map[string]int

func keys[M ~map[string]V, V any](m M) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func dump[M ~map[string]V, V any](label string, m M) {
	fmt.Print(label)
	for _, k := range keys(m) {
		fmt.Printf(" %s=%v", k, m[k])
	}
	fmt.Printf(" (len %d, nil %t)\n", len(m), m == nil)
}

func main() {
	a := stock{"apples": 3, "pears": 0, "plums": 7}
	b := map[string]int{"plums": 7, "apples": 3, "pears": 0}
	fmt.Println(maps.Equal(a, b), maps.Equal(b, a))
	b["pears"] = 1
	fmt.Println(maps.Equal(a, b))
	delete(b, "pears")
	b["figs"] = 0
	fmt.Println(maps.Equal(a, b))
	var empty map[string]int
	fmt.Println(maps.Equal(empty, map[string]int{}), maps.Equal(empty, a))
	nan := math.NaN()
	fmt.Println(maps.Equal(map[string]float64{"x": nan}, map[string]float64{"x": nan}))

	upper := map[string]string{"apples": "3", "pears": "0", "plums": "7"}
	fmt.Println(maps.EqualFunc(a, upper, func(n int, s string) bool { return fmt.Sprint(n) == s }))
	upper["plums"] = "seven"
	fmt.Println(maps.EqualFunc(a, upper, func(n int, s string) bool { return fmt.Sprint(n) == s }))
	fmt.Println(maps.EqualFunc(map[string]string{"k": "Go"}, map[string]string{"k": "GO"}, strings.EqualFold))

	c := maps.Clone(a)
	c["apples"] = 100
	c["kiwis"] = 2
	dump("clone:", c)
	dump("orig:", a)
	fmt.Printf("%T\n", c)
	dump("clone nil:", maps.Clone(empty))
	dump("clone empty:", maps.Clone(map[string]int{}))
	shared := map[string][]int{"x": {1, 2}}
	sc := maps.Clone(shared)
	sc["x"][0] = 99
	fmt.Println("shallow:", shared["x"])

	dst := map[string]int{"apples": 1, "grapes": 4}
	maps.Copy(dst, a)
	dump("copy:", dst)
	maps.Copy(dst, empty)
	dump("copy nil src:", dst)

	maps.DeleteFunc(dst, func(k string, v int) bool { return v == 0 || strings.HasPrefix(k, "g") })
	dump("deletefunc:", dst)
	maps.DeleteFunc(dst, func(string, int) bool { return true })
	dump("delete all:", dst)
	maps.DeleteFunc(empty, func(string, int) bool { return true })
	dump("delete nil:", empty)

	counts := map[int]int{}
	for i := 0; i < 20; i++ {
		counts[i%7] += i
	}
	maps.DeleteFunc(counts, func(k, v int) bool { return k%2 == 1 })
	var ks []int
	for k := range counts {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	for _, k := range ks {
		fmt.Print(" ", k, ":", counts[k])
	}
	fmt.Println()
}

// Output:
// true true
// false
// false
// true false
// false
// true
// false
// true
// clone: apples=100 kiwis=2 pears=0 plums=7 (len 4, nil false)
// orig: apples=3 pears=0 plums=7 (len 3, nil false)
// main.stock
// clone nil: (len 0, nil true)
// clone empty: (len 0, nil false)
// shallow: [99 2]
// copy: apples=3 grapes=4 pears=0 plums=7 (len 4, nil false)
// copy nil src: apples=3 grapes=4 pears=0 plums=7 (len 4, nil false)
// deletefunc: apples=3 plums=7 (len 2, nil false)
// delete all: (len 0, nil false)
// delete nil: (len 0, nil true)
//  0:21 2:27 4:33 6:19
