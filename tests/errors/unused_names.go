// Names declared and never used: variables, imports and labels.
package main

import (
	"fmt"
	"os" /* ERROR "\"os\" imported and not used" */
	str /* ERROR "\"strings\" imported as str and not used" */ "strings"
	"time" /* ERROR "\"time\" imported and not used" */
)

func main() {
	results /* ERROR "declared and not used: results" */ := make(chan int)
	done /* ERROR "declared and not used: done" */ := false
	for i := 0; i < 3; i++ {
		v /* ERROR "declared and not used: v" */ := i * 2
	}
outer /* ERROR "label outer defined and not used" */:
	for {
		break
	}
	var err /* ERROR "declared and not used: err" */ error
	err = nil
	go func() {
		count /* ERROR "declared and not used: count" */ := 0
		count = 1
	}()
	fmt.Println("x")
}
