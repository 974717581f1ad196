// strconv converts between strings and numbers; parse failures return *NumError with a descriptive text.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45) + "!")
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(v, err)
	fmt.Println(strconv.Quote("hi \"you\"\n\t"), strconv.Quote("世界"))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	f, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f, strconv.FormatFloat(3.14159, 'f', 2, 64))
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}

// Output:
// -45!
// 124 <nil>
// strconv.Atoi: parsing "12a": invalid syntax
// strconv.Atoi: parsing "": invalid syntax
// strconv.Atoi: parsing "99999999999999999999": value out of range
// 11111111 ff -73
// -255 <nil>
// 127 strconv.ParseInt: parsing "300": value out of range
// 31 <nil>
// "hi \"you\"\n\t" "世界"
// true <nil>
// strconv.ParseBool: parsing "yes": invalid syntax
// 2500 3.14
// ParseBool yes invalid syntax
