// Package bytes is Goroutine Dojo's version of Go's bytes package, in plain
// Go: the functions of the strings package for byte slices, a growable
// Buffer (buffer.go) and a Reader over a slice (reader.go).
//
// Functions that take a []byte and return parts of it return subslices of
// it, sharing its bytes, as Go's do. Slices that Go caps at their length (so
// that appending to one piece cannot overwrite the next) are capped here too.
//
// ToUpper, ToLower and EqualFold go through the strings package, so they
// know the same letters strings does. Not here: the iterators (Lines,
// SplitSeq, FieldsSeq, ...), which need generics.
//
// This file holds comparison, searching, cutting and trimming;
// transform.go holds the functions that build new slices.
package bytes

import "unicode/utf8"

const maxInt = int(^uint(0) >> 1)

// Equal reports whether a and b hold the same bytes. A nil slice equals an
// empty one.
func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

// Compare compares a and b byte by byte: 0 if a == b, -1 if a < b, +1 if
// a > b. A nil slice is the same as an empty one.
func Compare(a, b []byte) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return +1
	}
	return 0
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Contains reports whether sub occurs in b.
func Contains(b, sub []byte) bool { return Index(b, sub) >= 0 }

// ContainsAny reports whether any of the runes of chars occurs in b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune r occurs in b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsFunc reports whether f is true for any rune of b.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first sep in s, or -1. An empty sep is
// found at 0.
func Index(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return 0
	}
	want := string(sep)
	for i := 0; i+n <= len(s); i++ {
		if s[i] == sep[0] && string(s[i:i+n]) == want {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last sep in s, or -1. An empty sep is
// found at len(s).
func LastIndex(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return len(s)
	}
	want := string(sep)
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == sep[0] && string(s[i:i+n]) == want {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first rune r in s, or -1. Looking for
// utf8.RuneError finds the first invalid byte too; a rune that is not
// valid (a surrogate half, or out of range) is never found.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			c, n := utf8.DecodeRune(s[i:])
			if c == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, utf8.AppendRune(nil, r))
}

// runeIn reports whether r is one of the runes of chars, where each
// invalid byte of chars counts as utf8.RuneError.
func runeIn(chars string, r rune) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the index of the first rune of s that is among the
// runes of chars, or -1. Invalid bytes, in s or chars, count as
// utf8.RuneError.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if runeIn(chars, r) {
			return i
		}
		i += n
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is among the
// runes of chars, or -1, decoding s from its end.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRune(s[:i])
		i -= n
		if runeIn(chars, r) {
			return i
		}
	}
	return -1
}

// firstWhere returns the index of the first rune of s for which f is
// want, or -1.
func firstWhere(s []byte, f func(rune) bool, want bool) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if f(r) == want {
			return i
		}
		i += n
	}
	return -1
}

// lastWhere returns the index of the last rune of s for which f is want,
// or -1, decoding s from its end.
func lastWhere(s []byte, f func(rune) bool, want bool) int {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRune(s[:i])
		i -= n
		if f(r) == want {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first rune of s for which f is true,
// or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return firstWhere(s, f, true) }

// LastIndexFunc returns the index of the last rune of s for which f is
// true, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastWhere(s, f, true) }

// Count returns how many non-overlapping sep occur in s. An empty sep
// counts the gaps around the runes: 1 + the number of runes.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Cut slices s around the first sep: what is before it, what is after it,
// and whether it was there. Without sep it returns s, nil, false.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutLast is Cut around the last sep.
func CutLast(s, sep []byte) (before, after []byte, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without prefix, and whether s began with it (s
// itself if it did not).
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix, and whether s ended with it (s
// itself if it did not).
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// TrimPrefix returns s without prefix, or s if it does not begin with it.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without suffix, or s if it does not end with it.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// TrimLeftFunc drops the runes at the start of s for which f is true. If
// that is all of s, the result is nil.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := firstWhere(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc drops the runes at the end of s for which f is true.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastWhere(s, f, false)
	if i < 0 {
		return s[:0]
	}
	_, n := utf8.DecodeRune(s[i:])
	return s[:i+n]
}

// TrimFunc drops the runes at both ends of s for which f is true.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// Trim drops the runes of cutset found at both ends of s. An empty s gives
// nil, and so does trimming all of it.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimLeft drops the runes of cutset found at the start of s (to drop a
// leading string, use TrimPrefix). Trimming everything gives nil.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		if !runeIn(cutset, r) {
			return s
		}
		s = s[n:]
	}
	return nil
}

// TrimRight drops the runes of cutset found at the end of s (to drop a
// trailing string, use TrimSuffix).
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := utf8.DecodeLastRune(s)
		if !runeIn(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// isSpace is unicode.IsSpace: the ASCII white space, U+0085, U+00A0, and
// the space separators of Unicode.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0,
		0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// TrimSpace drops white space at both ends of s. All white space (or an
// empty s) gives nil.
func TrimSpace(s []byte) []byte {
	t := TrimFunc(s, isSpace)
	if len(t) == 0 {
		return nil
	}
	return t
}
