// How append grows a slice that escapes (each one is printed whole, so
// its backing array lives on the heap): double while small, by about a
// quarter once big, and always rounded up to the allocator's size class,
// for elements of 1, 3, 8, 16 and 24 bytes.
package main

import "fmt"

type point struct{ x, y, z int64 }

func main() {
	var ints []int
	for i := 0; i < 10; i++ {
		ints = append(ints, i)
		fmt.Println(len(ints), cap(ints), ints)
	}
	var bs []byte
	for i := 0; i < 10; i++ {
		bs = append(bs, 'a'+byte(i))
		fmt.Println(len(bs), cap(bs), string(bs), bs)
	}
	var rgb [][3]byte
	for i := 0; i < 4; i++ {
		rgb = append(rgb, [3]byte{})
		fmt.Println(len(rgb), cap(rgb), rgb)
	}
	var words []string
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		words = append(words, w)
		fmt.Println(len(words), cap(words), words)
	}
	var pts []point
	for i := 0; i < 5; i++ {
		pts = append(pts, point{})
		fmt.Println(len(pts), cap(pts), pts)
	}
	five := append([]int{}, 1, 2, 3, 4, 5)
	fmt.Println(len(five), cap(five), five)
	more := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(more), cap(more), more)
	big := make([]int, 300)
	big = append(big, 1)
	fmt.Println(len(big), cap(big), big[:0])
	huge := make([]int, 1000)
	huge = append(huge, 1)
	fmt.Println(len(huge), cap(huge), huge[:0])
	joined := append([]byte("hello"), " world"...)
	fmt.Println(len(joined), cap(joined), string(joined), joined)
}

// Output:
// 1 1 [0]
// 2 2 [0 1]
// 3 4 [0 1 2]
// 4 4 [0 1 2 3]
// 5 8 [0 1 2 3 4]
// 6 8 [0 1 2 3 4 5]
// 7 8 [0 1 2 3 4 5 6]
// 8 8 [0 1 2 3 4 5 6 7]
// 9 16 [0 1 2 3 4 5 6 7 8]
// 10 16 [0 1 2 3 4 5 6 7 8 9]
// 1 8 a [97]
// 2 8 ab [97 98]
// 3 8 abc [97 98 99]
// 4 8 abcd [97 98 99 100]
// 5 8 abcde [97 98 99 100 101]
// 6 8 abcdef [97 98 99 100 101 102]
// 7 8 abcdefg [97 98 99 100 101 102 103]
// 8 8 abcdefgh [97 98 99 100 101 102 103 104]
// 9 16 abcdefghi [97 98 99 100 101 102 103 104 105]
// 10 16 abcdefghij [97 98 99 100 101 102 103 104 105 106]
// 1 2 [[0 0 0]]
// 2 2 [[0 0 0] [0 0 0]]
// 3 5 [[0 0 0] [0 0 0] [0 0 0]]
// 4 5 [[0 0 0] [0 0 0] [0 0 0] [0 0 0]]
// 1 1 [a]
// 2 2 [a b]
// 3 4 [a b c]
// 4 4 [a b c d]
// 5 8 [a b c d e]
// 1 1 [{0 0 0}]
// 2 2 [{0 0 0} {0 0 0}]
// 3 4 [{0 0 0} {0 0 0} {0 0 0}]
// 4 4 [{0 0 0} {0 0 0} {0 0 0} {0 0 0}]
// 5 8 [{0 0 0} {0 0 0} {0 0 0} {0 0 0} {0 0 0}]
// 5 6 [1 2 3 4 5]
// 7 8 [1 2 3 4 5 6 7]
// 301 608 []
// 1001 1536 []
// 11 16 hello world [104 101 108 108 111 32 119 111 114 108 100]
