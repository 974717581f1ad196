// Case mapping of Goroutine Dojo's strings package: ToUpper, ToLower,
// ToTitle and EqualFold, rune by rune with package unicode's mappings, so
// they are exact for every script.

package strings

import "unicode"

// ToUpper returns s with every letter mapped to upper case.
func ToUpper(s string) string { return Map(unicode.ToUpper, s) }

// ToLower returns s with every letter mapped to lower case.
func ToLower(s string) string { return Map(unicode.ToLower, s) }

// ToTitle returns s with every letter mapped to title case, which is
// upper case except for a few digraphs like ǆ (title case ǅ).
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// EqualFold reports whether s and t are equal under simple Unicode case
// folding: "Go" and "GO" are, and so are "k", "K" and the Kelvin sign.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		r1, n1 := decodeRune(s)
		r2, n2 := decodeRune(t)
		s, t = s[n1:], t[n2:]
		if r1 != r2 && !sameLetter(r1, r2) {
			return false
		}
	}
	return s == t
}

// sameLetter reports whether the different runes r1 and r2 fold to each
// other: whether r2 is in r1's orbit under unicode.SimpleFold.
func sameLetter(r1, r2 rune) bool {
	if r2 < r1 {
		r1, r2 = r2, r1
	}
	if r2 < 0x80 {
		// Both ASCII: only letters of the two cases match.
		return 'A' <= r1 && r1 <= 'Z' && r2 == r1+'a'-'A'
	}
	// The orbit goes up from r1 and wraps around to its smallest member,
	// so r2 is in it if it comes before the wrap.
	r := unicode.SimpleFold(r1)
	for r != r1 && r < r2 {
		r = unicode.SimpleFold(r)
	}
	return r == r2
}
