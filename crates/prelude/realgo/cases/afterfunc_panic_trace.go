// A panic inside an AfterFunc callback started by a timer: the trace shows
// which goroutine created it (context.(*afterFuncCtx).cancel.func1).
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	context.AfterFunc(ctx, func() { panic("boom in AfterFunc") })
	fmt.Println("waiting")
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
