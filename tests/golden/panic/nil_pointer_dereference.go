// Reading a field through a nil pointer panics with "invalid memory address or nil pointer dereference".
package main

import "fmt"

type Node struct {
	Value int
	Next  *Node
}

func sum(n *Node, count int) int {
	total := 0
	for i := 0; i < count; i++ {
		total += n.Value
		n = n.Next
	}
	return total
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(sum(list, 3))
	fmt.Println("summing one node too many")
	fmt.Println(sum(list, 4))
}

// Output:
// 6
// summing one node too many
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
