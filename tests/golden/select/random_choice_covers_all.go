// Among always-ready cases select chooses uniformly at random, so over many rounds every case gets picked.
package main

import "fmt"

func main() {
	c1 := make(chan int)
	c2 := make(chan int)
	c3 := make(chan int)
	close(c1)
	close(c2)
	close(c3)
	var counts [3]int
	for i := 0; i < 3000; i++ {
		select {
		case <-c1:
			counts[0]++
		case <-c2:
			counts[1]++
		case <-c3:
			counts[2]++
		}
	}
	fmt.Println("total", counts[0]+counts[1]+counts[2])
	for i, n := range counts {
		fmt.Println("case", i, "chosen often:", n > 500)
	}
}

// Output:
// total 3000
// case 0 chosen often: true
// case 1 chosen often: true
// case 2 chosen often: true
