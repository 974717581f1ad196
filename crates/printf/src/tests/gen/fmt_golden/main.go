// Generates ../../golden_fmt.rs from real Go (run from this directory):
//
//	go run main.go fixtures.go > ../../golden_fmt.rs
//
// SEED and NRANDOM change the random cases (for larger one-off checks).
package main

import (
	"fmt"
	"math/rand"
	"os"
	"regexp"
	"strings"
)

// A case: kind f (Sprintf), p (Sprint), l (Sprintln); a leading "A" in
// kind means the output holds addresses, compared after normalising.
type C struct{ kind, format, args string }

var cases = []C{
	// integers
	{"f", "%d|%v|%+d|% d|%5d|%-5d|%05d|%x|%X|%o|%O|%b|%#x|%#o|%#b", "i5 i5 i5 i5 i5 i5 i5 i5 i5 i5 i5 i5 i5 i5 i5"},
	{"f", "%d|%x|%X|%o|%b|%+d|%05d|%-6d|%.4d|%8.4d|%-8.4d|%08.4d|% x|%#X", "in255 in255 in255 in255 in255 in255 in255 in255 in255 in255 in255 in255 in255 in255"},
	{"f", "%d|%x|%b|%o", "imin imin imin imin"},
	{"f", "%d|%d|%d|%d|%d|%d|%x|%#v|%#v|%v", "i8n i16 u8 u16 u32 u64max u64max u8 i5 uptr"},
	{"f", "%.0d|%5.0d|%.0d|%+.0d|%0.d|%#.0x", "i0 i0 i5 i0 i0 i0"},
	{"f", "%c|%c|%c|%c|%c|%c|%c|%-3c|%3c", "r_x r_e r_smile r_emoji r_inv r_sur r_big r_x r_e"},
	{"f", "%q|%q|%q|%q|%q|%q|%q|%+q|%+q|%#q|%q|%q", "r_x r_e r_nl r_q r_inv r_sur r_big r_e r_emoji r_x r_zwj i0"},
	{"f", "%U|%#U|%U|%#U|%#U|%.2U|%.6U|%8U|%-8U|%08U|%#U|%#U", "r_x r_x r_emoji r_emoji r_nl r_x r_x r_x r_x r_x r_inv r_zwj"},
	{"f", "%v|%d|%x|%c|%q|%U", "r_smile r_smile r_smile r_smile r_smile r_smile"},
	{"f", "%t|%v|%5t|%-6t|%d|%s", "b_t b_f b_t b_f b_t b_t"},
	// floats
	{"f", "%v|%v|%v|%v|%v|%v|%v|%v|%v|%v", "f0 fneg0 f314 f1e6 f1e21 f1e20 f1em7 f1em4 f1em5 f25"},
	{"f", "%v|%v|%v|%v|%v|%v|%v|%v|%v", "fnan finf fninf fbig fsmall f123456 f1234567 fthird fmax"},
	{"f", "%v|%v|%v|%v|%v|%v|%.3f|%e|%g", "f32_01 f32_third f32_big mf f1 f100 f32_01 f32_01 f32_third"},
	{"f", "%e|%E|%f|%F|%g|%G|%.2e|%.0f|%.3g|%10.2f|%-10.2f|%010.2f|%+.1f|% .1f", "f314 f314 f314 f314 f314 f314 f314 f314 f314 f314 f314 f314 f314 f314"},
	{"f", "%e|%f|%g|%.3e|%.10f|%G|%.1g|%.0e", "f1e21 f1e21 f1e21 fsmall fsmall fsmall f25 f25"},
	{"f", "%08.3f|%-8.3f|%+08.3f|% 08.3f|%8.3e|%08.3e", "fm15 fm15 fm15 f314 fm15 fm15"},
	{"f", "%f|%5.1f|%05f|%+f|% f|%-6f|%06v|%+v|% v|%x", "fnan fnan finf finf finf fninf fnan fnan fnan fnan"},
	{"f", "%x|%X|%.2x|%#x|%x|%x|%x|%.0x|%x", "f1 fm15 f314 f1 f0 fsmall fmax f25 f32_01"},
	{"f", "%b|%b|%b|%b", "f1 f0 fm15 f32_01"},
	{"f", "%#g|%#.3g|%#e|%#.0f|%#.0e|%#v|%#g|%#g|%#.4g|%#f", "f1 f100 f1 f1 f1 f1 f1e6 f314 f25 f1em7"},
	{"f", "%#v|%#v|%#v|%#v|%#v|%#v", "f1e6 f1e21 f1em7 f32_01 fnan fneg0"},
	{"f", "%.*f|%*d|%-*d|%*d|%.*d|%*.*f", "i5 f314 i5 i5 i5 i5 in255 in255 i5 i5 i5 i5 f314"},
	{"f", "%d %s", "fm15 f1"},
	// strings
	{"f", "%s|%v|%q|%x|%X|% x|%#x|% #x|%5s|%-7s|%.2s|%5.1s|%07s|%-07s|%.10s", "s_hello s_hello s_hello s_hello s_hello s_hello s_hello s_hello s_hello s_hello s_hello s_hello s_hello s_hello s_hello"},
	{"f", "%s|%q|%+q|%#q|%x|%.3s|%8s|%-9s|%.4x|%.2q", "s_uni s_uni s_uni s_uni s_uni s_uni s_uni s_uni s_uni s_uni"},
	{"f", "%q|%+q|%#q|%s|%x|%q|%#q|%q|%#q|%q|%#q|%q|%q|%+q", "s_ctrl s_ctrl s_ctrl s_bad s_bad s_bad s_bad s_quote s_quote s_bq s_bq s_bom s_nbsp s_emoji"},
	{"f", "%s|%q|%x|%5x|%-5x|%#x|[%5s]|%.0s|%#q|%d", "s_empty s_empty s_empty s_empty s_empty s_empty s_empty s_hello s_empty s_hello"},
	{"f", "%010x|%-10x|%#-10x|%#010X|% 10x|%10.1x", "s_hello s_hello s_hello s_hello s_hello s_hello"},
	{"f", "%s|%v|%d|%x|%X|% x|%#x|%q|%5s|%.1s|%o|%c|%#v|%T", "bs bs bs bs bs bs bs bs bs bs bs bs bs bs"},
	{"f", "%s|%v|%x|%q|%#v|%#v|%v|%T|%s|%#v", "bs_nil bs_nil bs_nil bs_nil bs_nil bs_empty bs_empty bs_empty bs_hi u8s"},
	{"f", "%s|%x|%v|%q|%#v|%s|%x|%v|%#v|%d", "arr_b arr_b arr_b arr_b arr_b mbs mbs mbs mbs mbs"},
	{"f", "%5v|%-4d|%03d|%x|%v", "bs bs bs u8s u8s"},
	// composites
	{"f", "%v|%+v|%#v|%T|%d|%s|%x", "t t t t t t t"},
	{"f", "%v|%+v|%#v|%T", "t0 t0 t0 t0"},
	{"f", "%v|%+v|%#v|%T|%s|%d", "pt pt pt pt pt pt"},
	{"f", "%v|%+v|%#v|%T|%s|%d|%p|%x", "pt_nil pt_nil pt_nil pt_nil pt_nil pt_nil pt_nil pt_nil"},
	{"f", "%v|%+v|%#v|%T|%v|%#v|%T|%v|%#v|%T", "ts ts ts ts pts_nil pts_nil pts_nil anon anon anon"},
	{"f", "%v|%#v|%T|%+v", "empty_struct empty_struct empty_struct empty_struct"},
	{"f", "%v|%+v|%#v", "u0 u0 u0"},
	{"f", "%v|%+v|%#v|%s", "u1 u1 u1 u1"},
	{"f", "%v|%+v|%#v|%T|%v|%+v|%#v", "emb emb emb emb node node node"},
	{"f", "%v|%d|%x|%X|%o|%#v|%T|%5v|%-3v|%03d|%q", "ints ints ints ints ints ints ints ints ints ints ints"},
	{"f", "%v|%#v|%v|%#v|%v|%#v|%T", "ints_nil ints_nil ints_empty ints_empty arr arr arr"},
	{"f", "%v|%q|%#v|%x|%s|%T", "strs strs strs strs strs strs"},
	{"f", "%v|%#v|%T|%d|%s", "anys anys anys anys anys"},
	{"f", "%v|%#v|%v|%.1f|%v|%#v", "nested nested fl fl f32s f32s"},
	{"f", "%v|%#v|%T|%d|%q|%x", "m_si m_si m_si m_si m_si m_si"},
	{"f", "%v|%#v|%v|%#v|%v|%#v|%T", "m_is m_is m_nil m_nil m_empty m_empty m_nil"},
	{"f", "%v|%v|%v|%#v|%v|%v|%+v|%v|%v|%#v|%v|%v|%v", "m_f m_b m_any m_any m_anys m_p m_p m_arr m_u m_u m_st m_i8 m_sl"},
	{"f", "%v|%+v|%#v|%s", "parr pints pm parr"},
	// methods
	{"f", "%v|%s|%q|%x|%X|%d|%#v|%T|%5v|%-6s|%.2s|%+v", "st st st st st st st st st st st st"},
	{"f", "%v|%+v|%s|%#v|%v|%s|%d", "pst pst pst pst ppst ppst ppst"},
	{"f", "%v|%s|%q|%#v|%v|%d|%+v", "err err err err perr perr perr"},
	{"f", "%v|%s|%d|%x|%#v|%q", "panicky panicky panicky panicky panicky panicky"},
	{"f", "%v|%s|%d|%v|%+v", "np_nil np_nil np_nil np np"},
	{"f", "%v|%+v|%#v", "lower lower lower"},
	{"f", "%v|%q|%#v|%v|%v|%v", "sts sts sts m_st withst errnew"},
	{"f", "%v|%+v|%s|%v|%#v|%d", "errs errs errs mi mi mi"},
	{"f", "%v|%s|%q|%#v|%x|%T|%d", "ms ms ms ms ms ms ms"},
	// nil and pointers
	{"f", "%v|%d|%s|%T|%#v|%+v|%x|%p|%q|%5v|%-5v|", "any_nil any_nil any_nil any_nil any_nil any_nil any_nil any_nil any_nil any_nil any_nil"},
	{"f", "%v|%p|%#v|%v|%p|%#v|%v|%p|%#v|%d|%t|%s", "pint_nil pint_nil pint_nil ch_nil ch_nil ch_nil fn_nil fn_nil fn_nil pint_nil pint_nil ch_nil"},
	{"A", "%v|%p|%#v|%v|%#v|%+v|%d", "pint pint pint ppt ppt ppt pint_nil"},
	{"f", "%#p|%#v|%#p", "pint_nil pint_nil ch_nil"},
	{"A", "%v|%+v", "u1 node"},
	{"A", "%v|%+v|%#v|%v|%p|%#v|%v|%#v|%v", "node2 node2 node2 ch ch ch fn fn ch"},
	{"f", "%p|%p|%p", "i5 s_hello t"},
	// errors in the format
	{"f", "%d|%s|%z|%!|%5z|%-5z|%.2z|%z", "s_hello i5 i5 s_hello i5 s_hello f314 b_t"},
	{"f", "%d %d %d", "i5"},
	{"f", "%d", "i5 s_hello b_t any_nil"},
	{"f", "no verbs", "i5"},
	{"f", "%", "i5"},
	{"f", "%-", ""},
	{"f", "%5.", "i5"},
	{"f", "%.", "i5"},
	{"f", "100%%|%5%|%-%|%d%%", "i5"},
	{"f", "%[2]d %[1]d|%[1]d %d|%[3]d|%[0]d|%[x]d|%[1]*d|%[2]*[1]d|%[1]", "i5 i0"},
	{"f", "%[1]d %[1]d", "i5 i0"},
	{"f", "%[2]d", "i5 i0 f314"},
	{"f", "%*d|%.*d|%*d", "s_hello i5 f314 i5 i5"},
	{"f", "%*d|%.*d", "in255 i5 in255 i5"},
	{"f", "%d %", "i5 i5"},
	{"f", "%!d(string=hi)|%[1]v", "s_hello"},
	{"f", "%w|%w", "errnew s_hello"},
	{"f", "%100000000d|%.100000000d|%[100000000]d|%9d", "i5 i5 i5"},
	{"f", "\xff%d\xff|%\xff|%é", "i5 i5 i5"},
	{"f", "%[2]*[1]d|%[3]*.[2]*[1]f|%[1]*d", "i5 i5 i5"},
	{"f", "%[1]d%[3]d%[1]d|%d", "i5 i0"},
	{"f", "%-+ #0d|%+-5d|%0-5d|%-05s|%0+5d", "i5 i5 i5 s_hello i5"},
	{"f", "%3c|%-4q|%06q|%6.2q|%.0q|%x|%X|% X", "r_smile r_e r_x s_hello s_hello r_x s_uni s_uni"},
	// Sprint / Sprintln
	{"p", "", "i5 i0"},
	{"p", "", "s_hello i5 s_hello"},
	{"p", "", "i5 s_hello i5"},
	{"p", "", "s_hello s_empty"},
	{"p", "", "any_nil any_nil"},
	{"p", "", "st i5 ms i5 mi"},
	{"p", "", "t pt ints m_si f314 b_t"},
	{"p", "", ""},
	{"l", "", "i5 i0"},
	{"l", "", "s_hello s_hello i5 any_nil"},
	{"l", "", ""},
	{"l", "", "f32_01 fnan err st pt_nil"},
}

// Formats made of random flags, widths and verbs over random fixtures, to
// catch interactions the hand-written cases miss.
func randomCases(names []string, n int) []C {
	r := rand.New(rand.NewSource(seed()))
	pieces := []string{"%", "%", "%", "d", "v", "s", "q", "x", "X", "f", "e", "g", "c", "U", "t", "T", "p", "o", "b", "+", "-", "#", " ", "0", "5", "2", ".", ".1", "*", "[1]", "[2]", "|", "a", "é", "%v", "%d", "%+v", "%#v"}
	safe := []string{}
	for _, nm := range names {
		switch nm {
		case "pint", "ppt", "parr", "pints", "pm", "pt", "u1", "node", "np", "ppst", "perr", "errnew", "errs", "pst", "node2", "ch", "fn":
			continue // addresses or pointer receivers depend on the allocation
		}
		safe = append(safe, nm)
	}
	flags := []string{"", "", "", "+", "-", "#", " ", "0", "-0", "+#", "# ", "0+"}
	widths := []string{"", "", "", "5", "12", "1", "*", "-", "[1]", "[3]*"}
	precs := []string{"", "", "", ".", ".0", ".2", ".3", ".*", ".9"}
	verbs := "vvvvdsqxXfeEgGcUtTpobOz%w"
	lits := []string{"", "", "|", "a", "é", "%", "[", "]"}
	var out []C
	for i := 0; i < n; i++ {
		var f strings.Builder
		if i%4 == 0 {
			for k := r.Intn(8) + 1; k > 0; k-- {
				f.WriteString(pieces[r.Intn(len(pieces))])
			}
		} else {
			for k := r.Intn(4) + 1; k > 0; k-- {
				f.WriteString(lits[r.Intn(len(lits))])
				f.WriteString("%" + flags[r.Intn(len(flags))] + widths[r.Intn(len(widths))] + precs[r.Intn(len(precs))])
				f.WriteByte(verbs[r.Intn(len(verbs))])
			}
		}
		var args []string
		for k := r.Intn(5); k > 0; k-- {
			args = append(args, safe[r.Intn(len(safe))])
		}
		out = append(out, C{"f", f.String(), strings.Join(args, " ")})
	}
	return out
}

var addrRe = regexp.MustCompile(`0x[0-9a-f]{6,}`)

func rustBytes(s string) string {
	var b strings.Builder
	b.WriteString(`b"`)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, `\x%02x`, c)
		}
	}
	b.WriteString(`"`)
	return b.String()
}

func main() {
	fx := fixtures()
	var names []string
	for nm := range fx {
		names = append(names, nm)
	}
	// deterministic order
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if names[j] < names[i] {
				names[i], names[j] = names[j], names[i]
			}
		}
	}
	all := append(cases, randomCases(names, nRandom())...)
	w := os.Stdout
	fmt.Fprintln(w, "//! Expected outputs produced by real Go 1.27 (generated by a Go program")
	fmt.Fprintln(w, "//! over the fixtures of `fixtures.rs`; not written by hand).")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "use super::Case;")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "pub(super) const CASES: &[Case] = &[")
	bareHex := regexp.MustCompile(`[0-9a-f]{10,}`)
	for idx, c := range all {
		var args []any
		if c.args != "" {
			for _, a := range strings.Fields(c.args) {
				v, ok := fx[a]
				if !ok {
					panic("no fixture " + a)
				}
				args = append(args, v)
			}
		}
		var got string
		kind := c.kind
		switch kind {
		case "f", "A":
			got = fmt.Sprintf(c.format, args...)
		case "p":
			got = fmt.Sprint(args...)
		case "l":
			got = fmt.Sprintln(args...)
		}
		if idx >= len(cases) && (addrRe.MatchString(got) || bareHex.MatchString(got)) {
			continue // a random case that printed an address
		}
		addr := kind == "A"
		if addr {
			got = addrRe.ReplaceAllString(got, "0xADDR")
			kind = "f"
		}
		fmt.Fprintf(w, "    Case { kind: '%s', format: %s, args: %q, want: %s, addr: %v },\n", kind, rustBytes(c.format), c.args, rustBytes(got), addr)
	}
	fmt.Fprintln(w, "];")
}

func nRandom() int {
	if v := os.Getenv("NRANDOM"); v != "" {
		var n int
		fmt.Sscan(v, &n)
		return n
	}
	return 400
}

func seed() int64 {
	if v := os.Getenv("SEED"); v != "" {
		var n int64
		fmt.Sscan(v, &n)
		return n
	}
	return 1
}
