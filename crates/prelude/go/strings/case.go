// Upper/lower case mapping for Goroutine Dojo's strings package: a small
// hand-written table instead of Go's full Unicode tables. Letters outside
// the blocks listed in the package comment map to themselves.

package strings

// A caseRange is a block of letters [lo, hi]; see upperRanges and
// pairRanges for how its letters pair up.
type caseRange struct {
	lo, hi rune
	delta  rune // lower = upper + delta
}

// Blocks where every upper-case letter in [lo, hi] has its lower-case
// letter delta further on.
var upperRanges = []caseRange{
	{'A', 'Z', 32},
	{0xC0, 0xD6, 32},     // À-Ö
	{0xD8, 0xDE, 32},     // Ø-Þ
	{0x37F, 0x37F, 116},  // Ϳ
	{0x386, 0x386, 38},   // Ά
	{0x388, 0x38A, 37},   // Έ-Ί
	{0x38C, 0x38C, 64},   // Ό
	{0x38E, 0x38F, 63},   // Ύ-Ώ
	{0x391, 0x3A1, 32},   // Greek Α-Ρ
	{0x3A3, 0x3AB, 32},   // Greek Σ-Ϋ
	{0x3CF, 0x3CF, 8},    // Ϗ
	{0x3F9, 0x3F9, -7},   // Ϲ
	{0x3FD, 0x3FF, -130}, // Ͻ-Ͽ
	{0x400, 0x40F, 80},   // Cyrillic Ѐ-Џ
	{0x410, 0x42F, 32},   // Cyrillic А-Я
	{0x531, 0x556, 48},   // Armenian
	{0xFF21, 0xFF3A, 32}, // fullwidth Ａ-Ｚ
}

// Blocks where letters alternate upper, lower, upper, lower... starting
// with an upper-case letter at lo.
var pairRanges = []caseRange{
	{0x100, 0x12F, 1},
	{0x132, 0x137, 1},
	{0x139, 0x148, 1},
	{0x14A, 0x177, 1},
	{0x179, 0x17E, 1},
	{0x370, 0x373, 1},
	{0x376, 0x377, 1},
	{0x3D8, 0x3EF, 1},
	{0x3F7, 0x3F8, 1},
	{0x3FA, 0x3FB, 1},
	{0x460, 0x481, 1},
	{0x48A, 0x4BF, 1},
	{0x4C1, 0x4CE, 1},
	{0x4D0, 0x52F, 1},
	{0x1E00, 0x1E95, 1},
	{0x1EA0, 0x1EFF, 1},
}

// Single letters that fit no block.
var upperToLower = map[rune]rune{
	0x130:  'i',   // İ
	0x178:  0xFF,  // Ÿ
	0x3F4:  0x3B8, // ϴ
	0x4C0:  0x4CF,
	0x1E9E: 0xDF, // ẞ
}

var lowerToUpper = map[rune]rune{
	0xB5:   0x39C,  // µ
	0xFF:   0x178,  // ÿ
	0x131:  'I',    // ı
	0x17F:  'S',    // ſ
	0x3C2:  0x3A3,  // ς
	0x3D0:  0x392,  // ϐ
	0x3D1:  0x398,  // ϑ
	0x3D5:  0x3A6,  // ϕ
	0x3D6:  0x3A0,  // ϖ
	0x3F0:  0x39A,  // ϰ
	0x3F1:  0x3A1,  // ϱ
	0x3F5:  0x395,  // ϵ
	0x1E9B: 0x1E60, // ẛ
	0x4CF:  0x4C0,
}

func toUpper(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 32
		}
		return r
	}
	if u, ok := lowerToUpper[r]; ok {
		return u
	}
	for _, c := range upperRanges {
		if c.lo+c.delta <= r && r <= c.hi+c.delta {
			return r - c.delta
		}
	}
	for _, c := range pairRanges {
		if c.lo <= r && r <= c.hi && (r-c.lo)%2 == 1 {
			return r - 1
		}
	}
	return r
}

func toLower(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 32
		}
		return r
	}
	if l, ok := upperToLower[r]; ok {
		return l
	}
	for _, c := range upperRanges {
		if c.lo <= r && r <= c.hi {
			return r + c.delta
		}
	}
	for _, c := range pairRanges {
		if c.lo <= r && r <= c.hi && (r-c.lo)%2 == 0 {
			return r + 1
		}
	}
	return r
}
