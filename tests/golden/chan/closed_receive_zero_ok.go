// A receive from a closed, drained channel yields the zero value and ok == false, immediately and forever.
package main

import "fmt"

type msg struct {
	ID   int
	Text string
}

func main() {
	ch := make(chan int, 2)
	ch <- 7
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, <-ch)

	s := make(chan string)
	close(s)
	str, ok := <-s
	fmt.Printf("%q %v\n", str, ok)

	m := make(chan msg)
	close(m)
	mv, ok := <-m
	fmt.Printf("%+v %v\n", mv, ok)

	p := make(chan *msg)
	close(p)
	pv, ok := <-p
	fmt.Println(pv == nil, ok)

	e := make(chan error)
	close(e)
	fmt.Println(<-e)
}

// Output:
// 7 true
// 0 false
// 0 0
// "" false
// {ID:0 Text:} false
// true false
// <nil>
