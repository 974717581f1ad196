// strconv integer and bool parsing and formatting, with every error text.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "12", "-12", "+7", "12a", "", "+", "-", " 1", "007",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"99999999999999999999", "123456789012345678", "1234567890123456789", "1_000", "0x10", "-0"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	type pi struct {
		s             string
		base, bitSize int
	}
	for _, c := range []pi{{"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8},
		{"ff", 16, 0}, {"FF", 16, 64}, {"0xff", 0, 64}, {"0XFF", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 0},
		{"017", 0, 0}, {"0", 0, 0}, {"08", 0, 0}, {"1_000_000", 0, 0}, {"1__0", 0, 0}, {"_1", 0, 0},
		{"1_", 0, 0}, {"0x_1f", 0, 0}, {"0_7", 0, 0}, {"1_000", 10, 0}, {"z", 36, 0}, {"Zz", 36, 0},
		{"10", 1, 0}, {"10", 37, 0}, {"10", 10, 65}, {"10", 10, -1}, {"", 10, 0}, {"-", 10, 0},
		{"+-1", 10, 0}, {"2", 2, 0}, {"99999999999999999999x", 10, 0}, {"x99999999999999999999", 10, 0},
		{"-9223372036854775808", 10, 64}, {"0x8000000000000000", 0, 64}, {"-0x8000000000000000", 0, 64},
		{"2147483648", 10, 32}, {"-2147483649", 10, 32}, {"1", 10, 1}, {"-1", 10, 1}, {"0", 10, 1}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		u, uerr := strconv.ParseUint(c.s, c.base, c.bitSize)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v | ParseUint = %d, %v\n", c.s, c.base, c.bitSize, n, err, u, uerr)
		if err != nil {
			var ne *strconv.NumError
			fmt.Println("  ", errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange),
				errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == ne.Err)
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "tRUE", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err, strconv.FormatBool(b))
	}
	for _, i := range []int64{0, 1, -1, 255, -255, 1<<63 - 1, -1 << 63, 123456789} {
		fmt.Print(strconv.Itoa(int(i)), " ")
		for _, b := range []int{2, 8, 10, 16, 36} {
			fmt.Print(strconv.FormatInt(i, b), " ", strconv.FormatUint(uint64(i), b), " ")
		}
		fmt.Println(string(strconv.AppendInt([]byte("x="), i, 7)))
	}
	// Round trips through every base.
	bad := 0
	for _, i := range []int64{0, 1, -1, 7, -8, 1000, 1<<31 - 1, -1 << 31, 1<<63 - 1, -1 << 63, 1234567890123} {
		for b := 2; b <= 36; b++ {
			j, err := strconv.ParseInt(strconv.FormatInt(i, b), b, 64)
			u, uerr := strconv.ParseUint(strconv.FormatUint(uint64(i), b), b, 64)
			if j != i || err != nil || u != uint64(i) || uerr != nil {
				bad++
			}
		}
		k, err := strconv.Atoi(strconv.Itoa(int(i)))
		if k != int(i) || err != nil {
			bad++
		}
	}
	fmt.Println("round-trip failures:", bad)
	fmt.Println(strconv.IntSize, strconv.ErrRange, strconv.ErrSyntax)
	e := &strconv.NumError{Func: "Foo", Num: "a\"b\n", Err: errors.New("custom")}
	fmt.Println(e, e.Error())
	fmt.Printf("%v|%+v|%T\n", e, *e, e)
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatInt(5, 1)
}
