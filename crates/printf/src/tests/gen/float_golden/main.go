// Generates ../../float_golden.txt from real Go: N=300 go run main.go > ../../float_golden.txt
// Emits golden lines for strconv.FormatFloat and strconv.ParseFloat.
//   F <bits hex> <fmt> <prec> <bitsize> <result>
//   P <bitsize> <quoted input> <ok|syntax|range> <result bits hex>
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

func main() {
	n := 600
	if v := os.Getenv("N"); v != "" {
		fmt.Sscan(v, &n)
	}
	seed := int64(1)
	if v := os.Getenv("SEED"); v != "" {
		fmt.Sscan(v, &seed)
	}
	r := rand.New(rand.NewSource(seed))
	var vals []float64
	special := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 1e21, 1e20, 1e-7, 123456789, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat32, math.MaxFloat32, 9.5, 0.05, 0.15, 0.25, 0.35, 1e23, 8.41e21, 5e-310, 2.2250738585072014e-308, 100, 1e6, 999999.5, 0.000123}
	vals = append(vals, special...)
	for i := 0; i < n; i++ {
		switch i % 5 {
		case 0:
			vals = append(vals, math.Float64frombits(r.Uint64()))
		case 1:
			vals = append(vals, float64(math.Float32frombits(r.Uint32())))
		case 2:
			vals = append(vals, float64(r.Intn(2000000)-1000000)/float64([]int{1, 2, 4, 8, 10, 100, 1000, 16, 1024}[r.Intn(9)]))
		case 3:
			vals = append(vals, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
		case 4:
			vals = append(vals, float64(r.Intn(100))+0.5)
		}
	}
	fmts := []byte("eEfgGbxX")
	precs := []int{-1, -1, 0, 1, 2, 3, 4, 6, 10, 15, 17, 20, 25}
	for i, v := range vals {
		for k := 0; k < 3; k++ {
			f := fmts[r.Intn(len(fmts))]
			p := precs[r.Intn(len(precs))]
			bs := 64
			if (i+k)%3 == 0 {
				bs = 32
			}
			if i < len(special) && k == 0 {
				f, p = 'g', -1
			}
			fmt.Printf("F %016x %c %d %d %s\n", math.Float64bits(v), f, p, bs, strconv.FormatFloat(v, f, p, bs))
		}
	}
	inputs := []string{"1_000", "0x1p4", "0x1.8", "0x_1p4", "1e", "inf", "+Inf", "-infinity", "nan", "NaN", ".5", "5.", "1e400", "-1e400", "1e-400",
		"0x1p-1080", "3.4e39", "  1", "1.5e+3", "0X1P-2", "0x1.fffffffffffff8p1023", "1__0", "_1", "0b101", "0o7", "08.5", "1E5", "+.5e-1", "0x.8p1",
		"0x1p", "0xp1", "Infinity", "infinit", "+nan", "0x1P+4_0", "", "+", "-", ".", "e5", "1e+", "1e-5_0", "1_e5", "0x1p-1074", "0x1p-1075", "0x1.8p-1074",
		"0x3p-1076", "0x1.fffffep127", "0x1.ffffffp127", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"1.7976931348623157e308", "1.7976931348623159e308", "3.4028235e38", "3.4028236e38", "1.401298464324817e-45", "7e-46", "0.000000000000000000000000000001e30",
		"123456789012345678901234567890", "00000", "-0", "+0.0e-999", "0x0p0", "0x.p1", "0x1.p1", "1.5e", "1e1e1", "1.2.3", "١", "infinityx", "INF", "-NAN", "nAn",
		"0x123456789abcdef01p0", "0x1_2p0", "0x1p1_0", "1e99999", "1e-99999", "9007199254740993", "0.1", "0.2", "0.3", "1.0000000000000002", "6.02214076e23"}
	for i := 0; i < n/2; i++ {
		v := math.Float64frombits(r.Uint64())
		inputs = append(inputs, strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', r.Intn(25), 64), strconv.FormatFloat(v, 'x', r.Intn(16)-1, 64))
	}
	for _, s := range inputs {
		for _, bs := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bs)
			kind := "ok"
			if errors.Is(err, strconv.ErrSyntax) {
				kind = "syntax"
			} else if errors.Is(err, strconv.ErrRange) {
				kind = "range"
			}
			fmt.Printf("P %d %q %s %016x\n", bs, s, kind, math.Float64bits(v))
		}
	}
}
