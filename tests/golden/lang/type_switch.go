// A type switch picks the case matching the dynamic type; with one type per case the variable has that type.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp int

func (t Temp) String() string { return fmt.Sprintf("%d degrees", int(t)) }

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d doubled is %d", x, x*2)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case bool, float64:
		return fmt.Sprintf("bool or float64: %v", x)
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case []int:
		return fmt.Sprint("slice with ", len(x), " elements")
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []any{nil, 21, "hello", true, 2.5, errors.New("bad"), Temp(30), []int{1, 2}, map[string]int{}, 'x'}
	for _, v := range values {
		fmt.Println(kind(v))
	}
}

// Output:
// nil
// int 21 doubled is 42
// string of length 5
// bool or float64: true
// bool or float64: 2.5
// error: bad
// stringer: 30 degrees
// slice with 2 elements
// other map[string]int
// other int32
