// Labels that are missing, unused or used by the wrong statement.
package main

func main() {
	ch := make(chan int)
outer:
	for v := range ch {
		_ = v
	}
	for {
		break inner /* ERROR "break label not defined: inner" */
	}
	continue nowhere /* ERROR "continue label not defined: nowhere" */
	select {
	case <-ch:
		continue outer /* ERROR "invalid continue label outer" */
	}
unusedToo /* ERROR "label unusedToo defined and not used" */:
	for {
		break
	}
}
