// Asserting to an interface the dynamic type does not implement panics naming the missing method.
package main

import "fmt"

type Closer interface {
	Close() error
}

type File struct{ name string }

func (f File) Read() string { return "data from " + f.name }

func main() {
	var v any = File{"a.txt"}
	fmt.Println(v.(File).Read())
	c := v.(Closer)
	fmt.Println("unreachable", c)
}

// Output:
// data from a.txt
// Exit: 2
// Stderr: panic: interface conversion: main.File is not main.Closer: missing method Close
