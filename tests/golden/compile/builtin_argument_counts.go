package main

func main() {
	ch := make(chan int)
	close()
	_ = len()
	_ = len(ch, ch)
	_ = make()
	_ = append()
	_ = cap(ch, 1, 2)
	copy(nil)
	delete(nil)
	panic()
	_ = new()
}

// Error: 5:2: invalid operation: not enough arguments for close() (expected 1, found 0)
// Error: 6:6: invalid operation: not enough arguments for len() (expected 1, found 0)
// Error: 7:6: invalid operation: too many arguments for len(ch, ch) (expected 1, found 2)
// Error: 8:6: invalid operation: not enough arguments for make() (expected 1, found 0)
// Error: 9:6: invalid operation: not enough arguments for append() (expected 1, found 0)
// Error: 10:6: invalid operation: too many arguments for cap(ch, 1, 2) (expected 1, found 3)
// Error: 11:2: invalid operation: not enough arguments for copy(nil) (expected 2, found 1)
// Error: 12:2: invalid operation: not enough arguments for delete(nil) (expected 2, found 1)
// Error: 13:2: invalid operation: not enough arguments for panic() (expected 1, found 0)
// Error: 14:6: invalid operation: not enough arguments for new() (expected 1, found 0)
// Error: 14:6: too many errors
