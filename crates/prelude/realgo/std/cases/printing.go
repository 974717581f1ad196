// fmt printing functions and values of the prelude's own types.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

type temp float64

func (t temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

func main() {
	n, err := fmt.Println("a", 1, true, nil, 2.5, 'x', []int{1, 2}, map[string]int{"b": 2, "a": 1})
	fmt.Println(n, err)
	n, err = fmt.Print("x", 1, 2, "y", errors.New("e"), 3, "\n")
	fmt.Println(n, err)
	n, err = fmt.Printf("%5d|%-5s|%05.2f|%x|%q|%v|%T\n", 42, "ab", 3.14159, "hi", "q", temp(21.5), temp(0))
	fmt.Println(n, err)
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c"), fmt.Sprintln("x", 3) == "x 3\n", fmt.Sprintf("%d %!", 1))
	var sb strings.Builder
	fmt.Fprint(&sb, "p", 1)
	fmt.Fprintln(&sb, " q", 2)
	fmt.Fprintf(&sb, "%03d", 7)
	fmt.Printf("%q\n", sb.String())
	fmt.Println(string(fmt.Append([]byte("A:"), 1, "b")), string(fmt.Appendln(nil, "x")), string(fmt.Appendf(nil, "%x", 255)))
	var s fmt.Stringer = temp(3)
	fmt.Println(s, time.Duration(1500)*time.Millisecond, time.March, time.Monday)
	fmt.Printf("%v %s %d %v\n", 90*time.Second, time.Hour, time.Second, []time.Duration{1, time.Minute})
	fmt.Println(&strconv.NumError{Func: "F", Num: "x", Err: strconv.ErrSyntax})
	fmt.Println(time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC), []time.Time{time.Unix(0, 0).UTC()})
	fmt.Fprintln(os.Stderr, "warning:", 1)
	fmt.Fprintf(os.Stdout, "done %v\n", os.Stdout != nil)
	panic(fmt.Errorf("final: %w", errors.New("cause")))
}
