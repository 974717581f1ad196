// Mistakes made while threading a context.Context through code.
package main

import (
	"context"
	"time"
)

func handle(ctx context.Context) error {
	<-ctx /* ERROR "invalid operation: cannot receive from non-channel func() <-chan struct{} ctx.Done (value of type func() <-chan struct{})" */.Done
	if ctx /* ERROR "non-boolean condition in if statement" */.Err {
		return nil
	}
	ctx2 := context /* ERROR "assignment mismatch: 1 variable but context.WithCancel returns 2 values" */.WithCancel(ctx)
	_ = ctx2
	c, cancel, extra := context /* ERROR "assignment mismatch: 3 variables but context.WithTimeout returns 2 values" */.WithTimeout(ctx, time.Second)
	defer cancel()
	_, _ = c, extra
	context.WithTimeout(ctx, "1s" /* ERROR "cannot use \"1s\" (untyped string constant) as time.Duration value in argument to context.WithTimeout" */)
	var d /* ERROR "declared and not used: d" */ time.Duration = 1.5 /* ERROR "cannot use 1.5 (untyped float constant) as time.Duration value in variable declaration (truncated)" */
	return ctx /* ERROR "cannot use ctx.Err (value of type func() error) as error value in return statement: func() error does not implement error (missing method Error)" */.Err
}

func main() {
	handle(context.Background(), nil /* ERROR "too many arguments in call to handle\n\thave (context.Context, nil)\n\twant (context.Context)" */)
	_ = handle(nil)
}
