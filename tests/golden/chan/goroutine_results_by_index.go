// Fan-out/fan-in: workers send results tagged with their index so the collector can restore order.
package main

import "fmt"

type result struct {
	idx int
	out string
}

func work(idx int, word string, out chan<- result) {
	rev := []rune(word)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	out <- result{idx, string(rev)}
}

func main() {
	words := []string{"stressed", "drawer", "live", "gateman", "regal"}
	out := make(chan result)
	for i, w := range words {
		go work(i, w, out)
	}
	ordered := make([]string, len(words))
	for range words {
		r := <-out
		ordered[r.idx] = r.out
	}
	for i, w := range ordered {
		fmt.Println(words[i], "->", w)
	}
}

// Output:
// stressed -> desserts
// drawer -> reward
// live -> evil
// gateman -> nametag
// regal -> lager
