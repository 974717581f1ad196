package main

import (
	"cmp"
	"fmt"
)

func pick[T any](x T) T { return x }

func pair[K comparable, V any](k K, v V) string { return fmt.Sprint(k, v) }

func main() {
	s := "a"
	_ = pick[int](s)
	_ = cmp.Compare(true, false)
	_ = pair[string](1, 2)
}

// Error: 14:16: cannot use s (variable of type string) as int value in argument to pick[int]
// Error: 15:17: bool does not satisfy cmp.Ordered (bool missing in ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string)
// Error: 16:19: cannot use 1 (untyped int constant) as string value in argument to pair[string]
