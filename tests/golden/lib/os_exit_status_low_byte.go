// os.Exit's status is what the parent process sees: the code's low byte, so -1 becomes 255.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting with -1")
	os.Exit(-1)
}

// Output:
// exiting with -1
// Exit: 255
