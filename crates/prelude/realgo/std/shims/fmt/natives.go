// Shim for the harness: fmt's natives implemented with Go's own fmt.

package fmt

import real "fmt"

func Sprintf(format string, a ...any) string { return real.Sprintf(format, a...) }
func Sprint(a ...any) string                 { return real.Sprint(a...) }
func Sprintln(a ...any) string               { return real.Sprintln(a...) }
