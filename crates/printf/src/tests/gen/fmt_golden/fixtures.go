package main

import (
	"errors"
	"math"
)

type T struct {
	A int
	B string
}

type St string

func (s St) String() string { return "S<" + string(s) + ">" }

type PSt struct{ N int }

func (p *PSt) String() string { return "pst!" }

type Err struct{ Msg string }

func (e Err) Error() string  { return "err:" + e.Msg }
func (e Err) String() string { return "str" }

type Panicky int

func (Panicky) String() string { panic("boom") }

type NP struct{ X int }

func (n *NP) String() string { return "np" + string(rune('0'+n.X)) }

type MyInt int
type MyStr string
type MyBytes []byte
type MyFloat float32

type Lower struct {
	s St
	S St
	p *PSt
	P *PSt
}

type U struct {
	A int
	b string
	C *int
	D []int
	E map[string]int
	F any
	G error
}

type P struct{ X, Y int }

type Emb struct {
	T
	N int
}

type WithSt struct{ St }

type Node struct {
	V    int
	Next *Node
}

func fixtures() map[string]any {
	five := 5
	return map[string]any{
		"i0": 0, "i5": 5, "in255": -255, "imin": int64(math.MinInt64), "i8n": int8(-128), "i16": int16(-300),
		"u8": uint8(200), "u16": uint16(65535), "u32": uint32(4000000000), "u64max": uint64(math.MaxUint64), "uptr": uintptr(0x1000),
		"r_x": 'x', "r_e": 'é', "r_smile": '☺', "r_emoji": '😀', "r_inv": rune(-1), "r_sur": rune(0xD800), "r_big": rune(0x110000), "r_nl": '\n', "r_q": '\'', "r_zwj": rune(0x200d),
		"b_t": true, "b_f": false,
		"f0": 0.0, "fneg0": math.Copysign(0, -1), "f314": 3.14159, "f1e6": 1e6, "f1e21": 1e21, "f1e20": 1e20, "f1em7": 1e-7, "f1em4": 1e-4, "f1em5": 1e-5, "f25": 2.5,
		"fnan": math.NaN(), "finf": math.Inf(1), "fninf": math.Inf(-1), "fbig": 1e300, "fsmall": 5e-324, "f123456": 123456.0, "f1234567": 1234567.0,
		"fthird": 1.0 / 3, "f32_01": float32(0.1), "f32_third": float32(1.0 / 3), "f32_big": float32(1e10), "f100": 100.0, "fm15": -1.5, "f1": 1.0, "fmax": math.MaxFloat64,
		"s_hello": "hello", "s_empty": "", "s_uni": "héllo, 世界", "s_ctrl": "a\tb\n\x00\x7f", "s_bad": "\xff\xfeok", "s_quote": `a"b\c`, "s_bq": "a`b", "s_bom": "\ufeff", "s_nbsp": "a\u00a0b\u2028", "s_emoji": "😀!",
		"bs": []byte("hi\x00"), "bs_nil": []byte(nil), "bs_empty": []byte{}, "bs_hi": []byte("Hello"),
		"ints": []int{1, 2, 3}, "ints_nil": []int(nil), "ints_empty": []int{}, "strs": []string{"a", "b c"}, "anys": []any{1, "a", nil, 2.5, true},
		"arr": [3]int{1, 2, 3}, "arr_b": [3]byte{1, 2, 3}, "nested": [][]int{{1}, {2, 3}}, "u8s": []uint8{10, 255},
		"fl": []float64{1.5, 1e6, math.NaN()}, "f32s": []float32{0.1, 0.25},
		"m_si": map[string]int{"b": 2, "a": 1, "c": 3}, "m_is": map[int]string{3: "c", -1: "z", 10: "x"}, "m_nil": map[string]int(nil), "m_empty": map[string]int{},
		"m_f": map[float64]int{math.NaN(): 1, 1.5: 2, -3: 3, math.Inf(1): 4}, "m_b": map[bool]int{true: 1, false: 0},
		"m_any": map[any]int{3: 1, 1: 2, 2: 3}, "m_anys": map[any]string{"b": "x", "a": "y"}, "m_p": map[P]string{{2, 1}: "a", {1, 2}: "b", {1, 1}: "c"},
		"m_arr": map[[2]int]int{{2, 0}: 1, {1, 9}: 2}, "m_u": map[uint8]bool{200: true, 7: false}, "m_st": map[St]St{"b": "y", "a": "x"},
		"m_i8": map[int8]int{-5: 1, 5: 2, 0: 3}, "m_sl": map[string][]int{"x": {1, 2}, "a": nil},
		"t": T{1, "x"}, "t0": T{}, "pt": &T{2, "y"}, "pt_nil": (*T)(nil), "ts": []T{{1, "a"}, {2, "b"}}, "pts_nil": []*T{nil},
		"anon": struct {
			A int
			B []string
		}{7, []string{"q"}}, "empty_struct": struct{}{},
		"u0": U{}, "u1": U{A: 1, b: "lo", D: []int{4}, E: map[string]int{"k": 1}, F: St("f"), G: Err{"g"}},
		"emb": Emb{T{3, "e"}, 4}, "withst": WithSt{"w"}, "node": Node{1, nil},
		"mi": MyInt(7), "ms": MyStr("my"), "mbs": MyBytes("ab"), "mf": MyFloat(0.1),
		"st": St("x"), "pst": PSt{3}, "ppst": &PSt{3}, "err": Err{"bad"}, "perr": &Err{"pbad"}, "panicky": Panicky(1),
		"np_nil": (*NP)(nil), "np": &NP{4}, "lower": Lower{s: "a", S: "b"}, "sts": []St{"a", "b"},
		"errnew": errors.New("boom"), "errs": []error{Err{"e1"}, nil},
		"any_nil": nil, "pint": &five, "pint_nil": (*int)(nil), "ch_nil": (chan int)(nil), "fn_nil": (func())(nil),
		"node2": Node{1, &Node{2, nil}}, "ch": make(chan int), "fn": fixtures,
		"ppt": func() **T { p := &T{5, "pp"}; return &p }(), "parr": &[2]int{8, 9}, "pints": &[]int{6}, "pm": &map[string]int{"z": 26},
	}
}
