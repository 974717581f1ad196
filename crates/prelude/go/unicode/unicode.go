// Package unicode is Goroutine Dojo's version of Go's unicode package:
// character classes and case mapping, answering exactly as Go 1.27 does
// for every rune. The data live in tables.go as packed text, unpacked
// when the package starts; to keep that quick it has only the tables the
// functions need and a few more: the categories L, Lu, Ll, Lt, M, N, Nd,
// P, S, Z, Zs and Cc (and their other names, such as Letter), the
// White_Space property and the scripts Latin, Greek, Cyrillic, Han,
// Hiragana, Katakana and Hangul. The Categories, Scripts and Properties
// maps, FoldCategory and FoldScript are left out.
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest code point
	ReplacementChar = '\uFFFD'     // what invalid input decodes as
	MaxASCII        = '\u007F'     // the largest ASCII code point
	MaxLatin1       = '\u00FF'     // the largest Latin-1 code point
)

// A RangeTable is a set of code points as sorted, non-overlapping ranges:
// those that fit in 16 bits in R16, the others in R32. LatinOffset counts
// the R16 ranges that end at or below MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// A Range16 is the code points Lo, Lo+Stride, Lo+2*Stride, ... up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// A Range32 is a Range16 whose bounds need more than 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// Indexes into a CaseRange's Delta: the cases one can map a rune to.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower as a delta means the range alternates upper-case and
// lower-case letters, starting with an upper-case one at Lo.
const UpperLower = MaxRune + 1

type d [MaxCase]rune

// A CaseRange maps the runes Lo..Hi to each case by adding Delta[case].
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// A SpecialCase overrides the usual case mappings, e.g. for Turkish.
type SpecialCase []CaseRange

// CaseRanges maps every letter that changes case.
var CaseRanges = unpackCases(packedCases)

// GraphicRanges are the classes IsGraphic accepts; PrintRanges those
// IsPrint accepts (it also accepts the ASCII space).
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
var PrintRanges = []*RangeTable{L, M, N, P, S}

// TurkishCase and AzeriCase map the dotted and dotless i the Turkish way.
var TurkishCase SpecialCase = SpecialCase{
	{0x49, 0x49, d{0, 0x131 - 0x49, 0}},
	{0x69, 0x69, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	{0x130, 0x130, d{0, 0x69 - 0x130, 0}},
	{0x131, 0x131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}
var AzeriCase SpecialCase = TurkishCase

// foldStep is one step of a fold orbit: SimpleFold(from) is to.
type foldStep struct{ from, to rune }

// orbit lists, by from, the runes whose SimpleFold is not simply their
// other case (runes with three or more case forms, like k, K and the
// Kelvin sign).
var orbit = unpackOrbit(packedOrbit)

// Packed text (see gen_unicode.py) writes a number as leading digits
// "a" to "~" (base 30) and a last digit "!" to "_" (base 63); most
// numbers are just the last digit. Line breaks in it mean nothing.
const (
	finalDigits = 63
	moreDigits  = 30
)

// num reads the number at s[k] and returns it and the index after it.
func num(s string, k int) (int, int) {
	n := 0
	for ; ; k++ {
		switch c := s[k]; {
		case c >= 'a':
			n = n*moreDigits + int(c-'a')
		case c != '\n':
			return n*finalDigits + int(c-'!'), k + 1
		}
	}
}

// signed undoes the zigzag coding of a number: 0, -1, 1, -2, 2...
func signed(n int) rune {
	if n&1 != 0 {
		return rune(-(n + 1) / 2)
	}
	return rune(n / 2)
}

// unpack builds a RangeTable from its packed text. It is run for every
// table when the package starts, so its loop reads one-character numbers
// itself rather than through num.
func unpack(s string) *RangeTable {
	n16, k := num(s, 0)
	n32, k := num(s, k)
	t := &RangeTable{R16: make([]Range16, n16)}
	if n32 > 0 {
		t.R32 = make([]Range32, n32)
	}
	hi := -1
	for i := 0; i < n16+n32; i++ {
		gap := int(s[k]) - '!'
		if uint(gap) < finalDigits {
			k++
		} else {
			gap, k = num(s, k)
		}
		count := int(s[k]) - '!'
		if uint(count) < finalDigits {
			k++
		} else {
			count, k = num(s, k)
		}
		stride := 1
		if gap&1 != 0 {
			stride, k = num(s, k)
		}
		lo := hi + 1 + gap>>1
		hi = lo + count*stride
		if i < n16 {
			t.R16[i] = Range16{uint16(lo), uint16(hi), uint16(stride)}
		} else {
			t.R32[i-n16] = Range32{uint32(lo), uint32(hi), uint32(stride)}
		}
	}
	for t.LatinOffset < n16 && t.R16[t.LatinOffset].Hi <= MaxLatin1 {
		t.LatinOffset++
	}
	return t
}

func unpackCases(s string) []CaseRange {
	n, k := num(s, 0)
	out := make([]CaseRange, n)
	hi := -1
	for i := range out {
		var head, size, a, b, c int
		head, k = num(s, k)
		size, k = num(s, k)
		lo := hi + 1 + head>>2
		hi = lo + size
		r := &out[i]
		r.Lo, r.Hi = uint32(lo), uint32(hi)
		switch head & 3 {
		case 0:
			r.Delta = d{UpperLower, UpperLower, UpperLower}
		case 1:
			a, k = num(s, k)
			r.Delta[LowerCase] = signed(a)
		case 2:
			a, k = num(s, k)
			r.Delta = d{signed(a), 0, signed(a)}
		default:
			a, k = num(s, k)
			b, k = num(s, k)
			c, k = num(s, k)
			r.Delta = d{signed(a), signed(b), signed(c)}
		}
	}
	return out
}

func unpackOrbit(s string) []foldStep {
	n, k := num(s, 0)
	out := make([]foldStep, n)
	from := rune(-1)
	for i := range out {
		var gap, delta int
		gap, k = num(s, k)
		delta, k = num(s, k)
		from += rune(gap) + 1
		out[i] = foldStep{from, from + signed(delta)}
	}
	return out
}

// scanMax is the longest range list searched from its start rather than
// by bisection.
const scanMax = 18

// holds16 and holds32 report whether r, within the range, is on its stride.
func holds16(g Range16, r uint16) bool { return g.Stride == 1 || (r-g.Lo)%g.Stride == 0 }
func holds32(g Range32, r uint32) bool { return g.Stride == 1 || (r-g.Lo)%g.Stride == 0 }

func in16(ranges []Range16, r uint16) bool {
	if len(ranges) <= scanMax || r <= MaxLatin1 {
		for _, g := range ranges {
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return holds16(g, r)
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		g := ranges[m]
		switch {
		case r < g.Lo:
			hi = m
		case r > g.Hi:
			lo = m + 1
		default:
			return holds16(g, r)
		}
	}
	return false
}

func in32(ranges []Range32, r uint32) bool {
	if len(ranges) <= scanMax {
		for _, g := range ranges {
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return holds32(g, r)
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		g := ranges[m]
		switch {
		case r < g.Lo:
			hi = m
		case r > g.Hi:
			lo = m + 1
		default:
			return holds32(g, r)
		}
	}
	return false
}

// Is reports whether r is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	if n := len(rangeTab.R16); n > 0 && uint32(r) <= uint32(rangeTab.R16[n-1].Hi) {
		return in16(rangeTab.R16, uint16(r))
	}
	if len(rangeTab.R32) > 0 && r >= rune(rangeTab.R32[0].Lo) {
		return in32(rangeTab.R32, uint32(r))
	}
	return false
}

// beyondLatin1 is Is for a rune above Latin-1: it skips the table's
// Latin-1 ranges.
func beyondLatin1(t *RangeTable, r rune) bool {
	if n := len(t.R16); n > t.LatinOffset && uint32(r) <= uint32(t.R16[n-1].Hi) {
		return in16(t.R16[t.LatinOffset:], uint16(r))
	}
	if len(t.R32) > 0 && r >= rune(t.R32[0].Lo) {
		return in32(t.R32, uint32(r))
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with a slice; prefer In.
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }

// class returns r's Latin-1 class letter (see tables.go); r must be at
// most MaxLatin1.
func class(r rune) byte { return latin1[r] }

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		c := class(r)
		return c == 'U' || c == 'l' || c == 'o'
	}
	return beyondLatin1(Letter, r)
}

// IsUpper reports whether r is an upper-case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return class(r) == 'U'
	}
	return beyondLatin1(Upper, r)
}

// IsLower reports whether r is a lower-case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return class(r) == 'l'
	}
	return beyondLatin1(Lower, r)
}

// IsTitle reports whether r is a title-case letter (category Lt), like ǅ.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return beyondLatin1(Title, r)
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return beyondLatin1(Digit, r)
}

// IsNumber reports whether r is a number (category N), like ½ or Ⅻ.
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return class(r) == 'n'
	}
	return beyondLatin1(Number, r)
}

// IsSpace reports whether r is white space: '\t', '\n', '\v', '\f',
// '\r', ' ', U+0085, U+00A0 and the other White_Space runes.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return beyondLatin1(White_Space, r)
}

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return class(r) == 'p'
	}
	return Is(Punct, r)
}

// IsSymbol reports whether r is a symbol (category S), like + or €.
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return class(r) == 's'
	}
	return beyondLatin1(Symbol, r)
}

// IsMark reports whether r is a mark (category M), like a combining accent.
func IsMark(r rune) bool { return beyondLatin1(Mark, r) }

// IsControl reports whether r is a control character: U+0000..U+001F and
// U+007F..U+009F (other format characters do not count).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return class(r) == 'c'
	}
	return false
}

// IsGraphic reports whether r is a letter, mark, number, punctuation,
// symbol or space separator (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		c := class(r)
		return c != 'c' && c != '-'
	}
	return In(r, GraphicRanges...)
}

// IsPrint is IsGraphic without the space separators other than the ASCII
// space: U+00A0 or U+3000 are not printable.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		c := class(r)
		return c != 'c' && c != '-' && c != 'z'
	}
	return In(r, PrintRanges...)
}

// findCase returns the range of ranges holding r, or nil.
func findCase(r rune, ranges []CaseRange) *CaseRange {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		c := &ranges[m]
		switch {
		case r < rune(c.Lo):
			hi = m
		case r > rune(c.Hi):
			lo = m + 1
		default:
			return c
		}
	}
	return nil
}

// apply maps r, which c holds, to case k.
func (c *CaseRange) apply(k int, r rune) rune {
	delta := c.Delta[k]
	if delta > MaxRune {
		// Alternating pairs: an even offset from Lo is upper case, odd lower;
		// title case is the upper one.
		return rune(c.Lo) + ((r-rune(c.Lo))&^1 | rune(k&1))
	}
	return r + delta
}

// mapCase maps r to case k with ranges; found says whether a range held r.
func mapCase(k int, r rune, ranges []CaseRange) (rune, bool) {
	if k < 0 || k >= MaxCase {
		return ReplacementChar, false
	}
	if c := findCase(r, ranges); c != nil {
		return c.apply(k, r), true
	}
	return r, false
}

// To maps r to the case _case (UpperCase, LowerCase or TitleCase); any
// other case gives ReplacementChar.
func To(_case int, r rune) rune {
	r, _ = mapCase(_case, r, CaseRanges)
	return r
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case (upper case, except for letters like ǆ).
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper maps r to upper case, with special's mappings first.
func (special SpecialCase) ToUpper(r rune) rune {
	m, found := mapCase(UpperCase, r, special)
	if m == r && !found {
		m = ToUpper(r)
	}
	return m
}

// ToTitle maps r to title case, with special's mappings first.
func (special SpecialCase) ToTitle(r rune) rune {
	m, found := mapCase(TitleCase, r, special)
	if m == r && !found {
		m = ToTitle(r)
	}
	return m
}

// ToLower maps r to lower case, with special's mappings first.
func (special SpecialCase) ToLower(r rune) rune {
	m, found := mapCase(LowerCase, r, special)
	if m == r && !found {
		m = ToLower(r)
	}
	return m
}

// SimpleFold returns the next rune after r in r's fold orbit, the runes
// that are equal ignoring case, in increasing order and wrapping around:
// SimpleFold('A') is 'a', SimpleFold('K') is 'k', SimpleFold('k') is the
// Kelvin sign U+212A and SimpleFold('\u212A') is 'K'. A rune with no other
// case, or an invalid one, is its own fold.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r <= MaxASCII && r != 'k' && r != 's' {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case 'a' <= r && r <= 'z':
			return r - ('a' - 'A')
		}
		return r
	}
	lo, hi := 0, len(orbit)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if orbit[m].from < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(orbit) && orbit[lo].from == r {
		return orbit[lo].to
	}
	if c := findCase(r, CaseRanges); c != nil {
		if l := c.apply(LowerCase, r); l != r {
			return l
		}
		return c.apply(UpperCase, r)
	}
	return r
}
