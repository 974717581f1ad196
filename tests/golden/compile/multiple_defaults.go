package main

func main() {
	x := 1
	switch x {
	default:
	case 1:
	default:
	}
	select {
	case x > 0:
		undefinedInBody()
	default:
	default:
	}
}

// Error: 8:2: multiple defaults (first at ./prog.go:6:2)
// Error: 11:9: select case must be send or receive (possibly with assignment)
// Error: 14:2: multiple defaults (first at ./prog.go:13:2)
