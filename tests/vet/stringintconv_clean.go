package main

import (
	"fmt"
	"strconv"
)

// Numbers formatted as digits, and runes and bytes converted as characters.
func main() {
	n := 42
	var r rune = 'a'
	var b byte = 'b'
	fmt.Println(strconv.Itoa(n), fmt.Sprint(n), string(r), string(b), string(rune(n)))
}

// Vet: clean
