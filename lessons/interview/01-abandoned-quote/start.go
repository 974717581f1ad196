package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

type quote struct {
	symbol string
	cents  int
}

// askBackend stands in for the pricing service, which is slow today.
func askBackend(symbol string) quote {
	time.Sleep(30 * time.Millisecond)
	return quote{symbol: symbol, cents: 4217}
}

// fetchQuote gives up on the backend after timeout so the page still renders.
func fetchQuote(symbol string, timeout time.Duration) (quote, error) {
	answer := make(chan quote)
	go func() {
		answer <- askBackend(symbol)
	}()

	select {
	case q := <-answer:
		return q, nil
	case <-time.After(timeout):
		return quote{}, errors.New("pricing backend timed out")
	}
}

func main() {
	q, err := fetchQuote("ACME", 20*time.Millisecond)
	if err != nil {
		fmt.Println("ACME:", err)
	} else {
		fmt.Println(q.symbol, q.cents)
	}

	// the server keeps running; look at the goroutine gauge a little later
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
