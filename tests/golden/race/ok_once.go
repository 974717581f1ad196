// The function passed to Once.Do happens before every Do call returns.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func load() {
	config = map[string]string{"env": "prod"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			_ = config["env"]
		}()
	}
	wg.Wait()
	fmt.Println(config["env"])
}

// Output:
// prod
