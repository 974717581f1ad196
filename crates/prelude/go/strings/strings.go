// Package strings is Goroutine Dojo's version of Go's strings package,
// written in plain Go. Strings are bytes holding UTF-8; "for i, r := range
// s" decodes it, turning each invalid byte into U+FFFD.
//
// Case mapping (ToUpper, ToLower, ToTitle, EqualFold) uses package
// unicode's tables, so it is exact for every script.
package strings

const runeError = '\uFFFD'

// decodeRune returns the first rune of s and its length in bytes. An
// invalid byte decodes as (U+FFFD, 1); an empty s as (U+FFFD, 0).
func decodeRune(s string) (rune, int) {
	if s == "" {
		return runeError, 0
	}
	if s[0] < 0x80 {
		return rune(s[0]), 1
	}
	var first rune
	for i, r := range s {
		if i > 0 {
			return first, i
		}
		first = r
	}
	return first, len(s)
}

// lastRune returns the last rune of s and its length in bytes.
func lastRune(s string) (rune, int) {
	if s == "" {
		return runeError, 0
	}
	// A rune is at most 4 bytes; decode from the earliest start that
	// reaches exactly the end of s.
	start := len(s) - 4
	if start < 0 {
		start = 0
	}
	for i := start; i < len(s); i++ {
		r, n := decodeRune(s[i:])
		if i+n == len(s) && (n > 1 || i == len(s)-1) {
			return r, n
		}
	}
	return runeError, 1
}

// runeCount returns the number of runes in s.
func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b.
func Compare(a, b string) int {
	switch {
	case a == b:
		return 0
	case a < b:
		return -1
	}
	return +1
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsRune reports whether the rune r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsFunc reports whether f is true for any rune of s.
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Index returns the byte index of the first substr in s, or -1.
func Index(s, substr string) int {
	n := len(substr)
	for i := 0; i+n <= len(s); i++ {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the byte index of the last substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexByte returns the index of the first byte c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last byte c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the byte index of the first r in s, or -1. Searching
// for U+FFFD also finds invalid bytes; an invalid rune is never found.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < 0x80:
		return IndexByte(s, byte(r))
	case r == runeError:
		for i, c := range s {
			if c == runeError {
				return i
			}
		}
		return -1
	case r > 0x10FFFF || 0xD800 <= r && r <= 0xDFFF:
		return -1
	}
	return Index(s, string(r))
}

// IndexAny returns the byte index of the first rune of s that is in
// chars, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, r := range s {
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the byte index of the last rune of s that is in
// chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, n := lastRune(s[:i])
		i -= n
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// IndexFunc returns the byte index of the first rune for which f is true,
// or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the byte index of the last rune for which f is
// true, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, n := lastRune(s[:i])
		i -= n
		if f(r) {
			return i
		}
	}
	return -1
}

// Count returns the number of non-overlapping substr in s. If substr is
// empty it returns 1 + the number of runes in s.
func Count(s, substr string) int {
	if substr == "" {
		return runeCount(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Cut slices s around the first sep: before, after, found.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without prefix and whether it had it.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and whether it had it.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// explode splits s into its UTF-8 sequences (an invalid byte is one
// piece), at most n pieces; the last piece holds the rest.
func explode(s string, n int) []string {
	l := runeCount(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := decodeRune(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit cuts s at each sep, keeping sepSave bytes of sep at the end of
// each piece, into at most n pieces (n < 0: all of them).
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// Split cuts s at every sep and returns the pieces between them. An empty
// sep splits s into single runes.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitN is Split returning at most n pieces (n == 0: nil; n < 0: all);
// the last piece holds the unsplit rest.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfter is Split keeping each sep at the end of its piece.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// SplitAfterN is SplitAfter returning at most n pieces.
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// isSpace is unicode.IsSpace: ASCII white space, U+0085, U+00A0 and the
// Unicode space separators.
func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680,
		0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// Fields splits s around runs of white space; it never returns empty
// strings.
func Fields(s string) []string { return FieldsFunc(s, isSpace) }

// FieldsFunc splits s around runs of runes for which f is true.
func FieldsFunc(s string, f func(rune) bool) []string {
	var a []string
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a = append(a, s[start:])
	}
	if a == nil {
		a = []string{}
	}
	return a
}

// Join puts sep between the elements and concatenates them.
func Join(elems []string, sep string) string {
	var b Builder
	for i, e := range elems {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(e)
	}
	return b.String()
}

// Repeat returns count copies of s. A negative count panics.
func Repeat(s string, count int) string {
	switch {
	case count < 0:
		panic("strings: negative Repeat count")
	case count == 0 || s == "":
		return ""
	case len(s) > (1<<63-1)/count:
		panic("strings: Repeat output length overflow")
	}
	var b Builder
	b.Grow(len(s) * count)
	for i := 0; i < count; i++ {
		b.WriteString(s)
	}
	return b.String()
}

// Replace replaces the first n old in s by new (n < 0: all of them). An
// empty old matches at the start and after every rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	var b Builder
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if old == "" {
			if i > 0 {
				_, w := decodeRune(s[start:])
				j += w
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll replaces every old in s by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Map returns s with every rune replaced by mapping(r); runes mapped to a
// negative value are dropped. Invalid bytes reach mapping as U+FFFD.
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	for _, r := range s {
		if m := mapping(r); m >= 0 {
			b.WriteRune(m)
		}
	}
	return b.String()
}

// TrimSpace removes leading and trailing white space.
func TrimSpace(s string) string { return TrimFunc(s, isSpace) }

// Trim removes leading and trailing runes contained in cutset.
func Trim(s, cutset string) string { return TrimRight(TrimLeft(s, cutset), cutset) }

// TrimLeft removes leading runes contained in cutset. (To remove a
// leading string, use TrimPrefix.)
func TrimLeft(s, cutset string) string {
	return TrimLeftFunc(s, func(r rune) bool { return IndexRune(cutset, r) >= 0 })
}

// TrimRight removes trailing runes contained in cutset. (To remove a
// trailing string, use TrimSuffix.)
func TrimRight(s, cutset string) string {
	return TrimRightFunc(s, func(r rune) bool { return IndexRune(cutset, r) >= 0 })
}

// TrimFunc removes leading and trailing runes for which f is true.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc removes leading runes for which f is true.
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// TrimRightFunc removes trailing runes for which f is true.
func TrimRightFunc(s string, f func(rune) bool) string {
	for len(s) > 0 {
		r, n := lastRune(s)
		if !f(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimPrefix returns s without prefix (s unchanged if it lacks it).
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without suffix (s unchanged if it lacks it).
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if s == "" {
		return ""
	}
	return string([]byte(s))
}
