// A goroutine prints while main prints and returns: its line may or may
// not make it out before the program ends.
package main

import "fmt"

func main() {
	go fmt.Println("hello from a goroutine")
	fmt.Println("main")
}
