// Error values: texts, identities, Timeout/Temporary, errors.Is and wrapping.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	fmt.Println(context.Canceled, "|", context.DeadlineExceeded)
	fmt.Printf("%T %T\n", context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%v %+v %q\n", context.DeadlineExceeded, context.DeadlineExceeded, context.Canceled)
	te, ok := context.DeadlineExceeded.(interface {
		Timeout() bool
		Temporary() bool
	})
	fmt.Println(ok, te.Timeout(), te.Temporary())
	_, ok = context.Canceled.(interface{ Timeout() bool })
	fmt.Println(ok)
	w := fmt.Errorf("op: %w", context.DeadlineExceeded)
	fmt.Println(w, errors.Is(w, context.DeadlineExceeded), errors.Is(w, context.Canceled))
	fmt.Println(errors.Is(context.Canceled, context.Canceled), context.Canceled == errors.New("context canceled"))
	fmt.Println(context.DeadlineExceeded == context.DeadlineExceeded)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println(ctx.Err() == context.Canceled, context.Cause(ctx) == context.Canceled)
}
