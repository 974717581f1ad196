package main

import "fmt"

type workerID int

type label string

// Integers turned into strings with a conversion: each yields one
// character, not the number's digits.
func main() {
	id := workerID(7)
	n := 42
	var code int64 = 65
	name := "worker-" + string(id)
	fmt.Println(name, string(n), label(code), string(rune(n)), string(byte(n)))
	var r rune = 'x'
	var b byte = 'y'
	fmt.Println(string(r), string(b), string(65))
}

// Vet: 15:22: conversion from workerID (int) to string yields a string of one rune, not a string of digits
// Vet: 16:20: conversion from int to string yields a string of one rune, not a string of digits
// Vet: 16:31: conversion from int64 to label (string) yields a string of one rune, not a string of digits
// Vet: 19:36: conversion from untyped int to string yields a string of one rune, not a string of digits
