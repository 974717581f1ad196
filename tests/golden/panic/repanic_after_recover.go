// Re-panicking with a recovered value reports the value as recovered and repanicked.
package main

import "fmt"

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleanup saw:", r)
		panic(r)
	}
}

func process() {
	defer cleanup()
	fmt.Println("processing")
	panic("disk unavailable")
}

func main() {
	process()
	fmt.Println("unreachable")
}

// Output:
// processing
// cleanup saw: disk unavailable
// Exit: 2
// Stderr: panic: disk unavailable [recovered, repanicked]
