package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

type order struct {
	id       string
	postcode string
	city     string
}

func checkStock(ctx context.Context, o order) error {
	return nil
}

func checkAddress(ctx context.Context, o order) error {
	if o.postcode == "10115" && o.city != "Berlin" {
		return errors.New("address: postcode 10115 is not in " + o.city)
	}
	return nil
}

// fraudScore asks the legacy scoring service and waits for its reply.
func fraudScore(replies <-chan int, o order) int {
	return <-replies
}

// validate runs every check at once; the first failure fails the order.
func validate(ctx context.Context, o order, scoring <-chan int) error {
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return checkStock(ctx, o) })
	g.Go(func() error { return checkAddress(ctx, o) })
	g.Go(func() error {
		if fraudScore(scoring, o) > 80 {
			return errors.New("fraud: score too high")
		}
		return nil
	})
	return g.Wait()
}

func main() {
	// the scoring service is overloaded today: no reply comes back
	scoring := make(chan int)
	o := order{id: "A-7731", postcode: "10115", city: "Hamburg"}
	if err := validate(context.Background(), o, scoring); err != nil {
		fmt.Println("order", o.id, "rejected:", err)
		return
	}
	fmt.Println("order", o.id, "accepted")
}
