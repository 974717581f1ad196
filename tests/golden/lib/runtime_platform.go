// runtime.GOOS, GOARCH and Compiler name the platform as the Go Playground does: linux, amd64, gc.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	if runtime.GOOS == "windows" {
		fmt.Println("backslashes")
	} else {
		fmt.Println("slashes")
	}
	fmt.Println(strings.HasPrefix(runtime.Version(), "go1."))
}

// Output:
// linux amd64 gc
// slashes
// true
