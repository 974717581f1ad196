package main

func f() bool { return true }

func main() {
	x := 1
	var b bool
	ch := make(chan int)
	select {
	case f():
	}
	select {
	case b:
	}
	select {
	case x = 2:
	}
	select {
	case x := <-ch + 1:
		_ = x
	}
	select {
	case !b:
	}
	select {
	case x++:
	}
}

// Error: 6:2: declared and not used: x
// Error: 7:6: declared and not used: b
// Error: 8:2: declared and not used: ch
// Error: 10:8: select case must be send or receive (possibly with assignment)
// Error: 13:7: select case must be send or receive (possibly with assignment)
// Error: 16:7: select case must be send or receive (possibly with assignment)
// Error: 19:7: select case must be send or receive (possibly with assignment)
// Error: 23:7: select case must be send or receive (possibly with assignment)
// Error: 26:7: select case must be send or receive (possibly with assignment)
