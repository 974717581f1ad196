// Checks: descendants report the cause given to their canceled ancestor.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	timed, cancelTimed := context.WithTimeout(context.WithValue(child, "k", 1), time.Hour)
	defer cancelTimed()

	cancel(errors.New("user logged out"))
	<-timed.Done()
	fmt.Println("child:", child.Err(), "/", context.Cause(child))
	fmt.Println("timed:", timed.Err(), "/", context.Cause(timed))

	// A context created after the cancel is canceled at once, with the cause.
	late, cancelLate := context.WithCancel(parent)
	defer cancelLate()
	fmt.Println("late: ", late.Err(), "/", context.Cause(late))
}

// Output:
// child: context canceled / user logged out
// timed: context canceled / user logged out
// late:  context canceled / user logged out
