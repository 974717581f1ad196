// fmt prints slices in brackets and maps with keys sorted, so map output is deterministic.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	fmt.Println([]int{3, 1, 2}, []string{"b", "a"}, [2]bool{true})
	fmt.Println([][]int{{1}, {2, 3}, nil})
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%d\n", m, m, m)
	ints := map[int]string{10: "ten", -1: "minus", 3: "three"}
	fmt.Println(ints)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
	structs := map[P]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}
	fmt.Println(structs)
	nested := map[string][]int{"b": {2}, "a": {1, 1}}
	fmt.Println(nested)
	fmt.Printf("%q\n", map[string]string{"k": "v w"})
	s := fmt.Sprint(map[float64]bool{2.5: true, -1: false})
	fmt.Println(s)
	fmt.Println([]any{1, "a", nil, 2.5, []int{}})
	fmt.Println([]byte("hi"), []rune("hi"))
	fmt.Printf("%s %x\n", []byte("hi"), []byte("hi"))
}

// Output:
// [3 1 2] [b a] [true false]
// [[1] [2 3] []]
// map[alpha:1 mid:13 zeta:26]
// map[alpha:1 mid:13 zeta:26]|map[alpha:1 mid:13 zeta:26]|map[%!d(string=alpha):1 %!d(string=mid):13 %!d(string=zeta):26]
// map[-1:minus 3:three 10:ten]
// map[false:0 true:1]
// map[{1 1}:c {1 2}:a {2 1}:b]
// map[a:[1 1] b:[2]]
// map["k":"v w"]
// map[-1:false 2.5:true]
// [1 a <nil> 2.5 []]
// [104 105] [104 105]
// hi 6869
