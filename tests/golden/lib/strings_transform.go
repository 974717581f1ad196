// strings.Split, Join, Fields, Repeat, Replace, ReplaceAll, ToUpper, ToLower, TrimSpace and Trim.
package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("a,b,,c", ",")
	fmt.Printf("%q %d\n", parts, len(parts))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Printf("%s %q\n", strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace \n here "))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.ToUpper("Hello, wörld"), strings.ToLower("MiXeD"))
	fmt.Printf("%q\n", strings.TrimSpace("\t  padded text \n"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.Trim("  !?hey?! ", " !?"))
	fmt.Println(strings.TrimLeft("aabcaa", "a"), strings.TrimRight("aabcaa", "a"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.Count("cheese", "e"), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
}

// Output:
// ["a" "b" "" "c"] 4
// ["a" "b" "c"]
// [""]
// ["a" "b:c:d"]
// x-y-z ""
// ["lots" "of" "space" "here"]
// ababab true
// oinky oinky oink
// moo moo
// bonono
// HELLO, WÖRLD mixed
// "padded text"
// hi hey
// bcaa aabc
// body file
// 3 IBM
