// A field of a struct stored in a map cannot be assigned directly because map elements are not addressable.
package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func main() {
	players := map[string]Player{"ann": {"Ann", 0}}
	players["ann"].Score = 10
	fmt.Println(players)
}

// Error: 13:2: cannot assign to struct field players["ann"].Score in map
