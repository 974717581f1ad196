// Splitting, joining and rewriting byte slices, in Goroutine Dojo's bytes
// package: Split and Fields and their relatives, Join, Repeat, Replace,
// Map and the case mappings (ToUpper and ToLower through the strings
// package, the title case through unicode).

package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// runePieces cuts s into its UTF-8 sequences (each invalid byte on its
// own), making at most n pieces; with a limit, the last piece is the
// unsplit rest. n <= 0 means no limit.
func runePieces(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	out := make([][]byte, n)
	k := 0
	for len(s) > 0 {
		if k == n-1 {
			out[k] = s
			k++
			break
		}
		_, w := utf8.DecodeRune(s)
		out[k] = s[:w:w]
		s = s[w:]
		k++
	}
	return out[:k]
}

// splitKeep cuts s at each sep into at most n pieces (n < 0: no limit),
// keeping the first keep bytes of each sep at the end of its piece. Every
// piece but the last is capped at its length.
func splitKeep(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return runePieces(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	n = min(n, len(s)+1)
	out := make([][]byte, n)
	k := 0
	for k < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		end := i + keep
		out[k] = s[:end:end]
		s = s[i+len(sep):]
		k++
	}
	out[k] = s
	return out[:k+1]
}

// Split cuts s at every sep and returns the pieces in between (a nil sep
// cuts between runes). The pieces share s's bytes.
func Split(s, sep []byte) [][]byte { return splitKeep(s, sep, 0, -1) }

// SplitN is Split making at most n pieces, the last one holding the rest;
// n == 0 returns nil and n < 0 means no limit.
func SplitN(s, sep []byte, n int) [][]byte { return splitKeep(s, sep, 0, n) }

// SplitAfter is Split leaving each sep at the end of the piece before it.
func SplitAfter(s, sep []byte) [][]byte { return splitKeep(s, sep, len(sep), -1) }

// SplitAfterN is SplitAfter making at most n pieces, as SplitN.
func SplitAfterN(s, sep []byte, n int) [][]byte { return splitKeep(s, sep, len(sep), n) }

// Fields splits s around runs of white space (as unicode.IsSpace) and
// never returns empty pieces; all white space gives an empty, non-nil
// result.
func Fields(s []byte) [][]byte { return FieldsFunc(s, isSpace) }

// FieldsFunc splits s around runs of runes for which f is true. Each piece
// is capped at its length.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	type span struct{ from, to int }
	var spans []span
	from := -1 // start of the current field, or -1 between fields
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if f(r) {
			if from >= 0 {
				spans = append(spans, span{from, i})
				from = -1
			}
		} else if from < 0 {
			from = i
		}
		i += n
	}
	if from >= 0 {
		spans = append(spans, span{from, len(s)})
	}
	out := make([][]byte, len(spans))
	for i, sp := range spans {
		out[i] = s[sp.from:sp.to:sp.to]
	}
	return out
}

// Join concatenates the elements of s with sep between them, into a new
// slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	total := 0
	if len(sep) > 0 {
		if len(sep) >= maxInt/(len(s)-1) {
			panic("bytes: Join output length overflow")
		}
		total = len(sep) * (len(s) - 1)
	}
	for _, e := range s {
		if len(e) > maxInt-total {
			panic("bytes: Join output length overflow")
		}
		total += len(e)
	}
	out := make([]byte, total)
	at := copy(out, s[0])
	for _, e := range s[1:] {
		at += copy(out[at:], sep)
		at += copy(out[at:], e)
	}
	return out
}

// Repeat returns count copies of b, one after the other, in a new slice.
// It panics if count is negative or the result would be too long.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > 0 && len(b) > maxInt/count {
		panic("bytes: Repeat output length overflow")
	}
	total := len(b) * count
	if total == 0 {
		return []byte{}
	}
	out := make([]byte, total)
	at := copy(out, b)
	for at < total {
		at += copy(out[at:], out[:at]) // double what is there
	}
	return out
}

// Replace returns a copy of s with the first n old replaced by new (n < 0:
// all of them). An empty old matches at the start and after each rune.
func Replace(s, old, new []byte, n int) []byte {
	found := 0
	if n != 0 {
		found = Count(s, old)
	}
	if found == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || found < n {
		n = found
	}
	out := make([]byte, len(s)+n*(len(new)-len(old)))
	w, from := 0, 0
	for k := 0; k < n; k++ {
		at := from
		if len(old) == 0 {
			if k > 0 {
				_, size := utf8.DecodeRune(s[from:])
				at += size
			}
		} else {
			at += Index(s[from:], old)
		}
		w += copy(out[w:], s[from:at])
		w += copy(out[w:], new)
		from = at + len(old)
	}
	w += copy(out[w:], s[from:])
	return out[:w]
}

// ReplaceAll returns a copy of s with every old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Map returns a new slice holding mapping(r) for each rune r of s, in
// UTF-8; runes mapped to a negative value are left out. Invalid bytes
// reach mapping as utf8.RuneError.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if m := mapping(r); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
		i += n
	}
	return out
}

// asciiCase reports whether s is all ASCII and, if so, whether it holds a
// byte in [lo, hi].
func asciiCase(s []byte, lo, hi byte) (ascii, has bool) {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return false, false
		}
		if lo <= c && c <= hi {
			has = true
		}
	}
	return true, has
}

// shiftASCII returns a copy of the ASCII s with the bytes in [lo, hi]
// moved by delta.
func shiftASCII(s []byte, lo, hi byte, delta int) []byte {
	out := make([]byte, len(s))
	for i, c := range s {
		if lo <= c && c <= hi {
			c = byte(int(c) + delta)
		}
		out[i] = c
	}
	return out
}

// mapped re-encodes t, s mapped rune by rune by the strings package, the
// way Map would have built it from s.
func mapped(s []byte, t string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range t {
		out = utf8.AppendRune(out, r)
	}
	return out
}

// ToUpper returns a copy of s with its letters in upper case.
func ToUpper(s []byte) []byte {
	ascii, has := asciiCase(s, 'a', 'z')
	switch {
	case ascii && !has:
		return append([]byte(""), s...)
	case ascii:
		return shiftASCII(s, 'a', 'z', 'A'-'a')
	}
	return mapped(s, strings.ToUpper(string(s)))
}

// ToLower returns a copy of s with its letters in lower case.
func ToLower(s []byte) []byte {
	ascii, has := asciiCase(s, 'A', 'Z')
	switch {
	case ascii && !has:
		return append([]byte(""), s...)
	case ascii:
		return shiftASCII(s, 'A', 'Z', 'a'-'A')
	}
	return mapped(s, strings.ToLower(string(s)))
}

// ToTitle returns a copy of s with its letters in title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial is ToUpper with the special rules of c (such as
// unicode.TurkishCase) taking precedence.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial is ToLower with the special rules of c taking precedence.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial is ToTitle with the special rules of c taking precedence.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// startsWord reports whether a rune after prev begins a new word, for
// Title: prev is neither a letter, a digit nor '_' (and, beyond ASCII,
// is white space).
func startsWord(prev rune) bool {
	if prev < utf8.RuneSelf {
		return !('a' <= prev && prev <= 'z' || 'A' <= prev && prev <= 'Z' ||
			'0' <= prev && prev <= '9' || prev == '_')
	}
	if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
		return false
	}
	return unicode.IsSpace(prev)
}

// Title returns a copy of s with the first letter of each word in title
// case. Deprecated in Go: it does not handle Unicode punctuation properly.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		first := startsWord(prev)
		prev = r
		if first {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// EqualFold reports whether s and t, read as UTF-8, are equal when case
// is ignored.
func EqualFold(s, t []byte) bool {
	return strings.EqualFold(string(s), string(t))
}

// ToValidUTF8 returns a copy of s with each run of invalid bytes replaced
// by replacement (which may be empty).
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	inBad := false // the previous byte was invalid
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			out = append(out, s[i])
			inBad = false
			i++
			continue
		}
		_, n := utf8.DecodeRune(s[i:])
		if n == 1 {
			if !inBad {
				out = append(out, replacement...)
				inBad = true
			}
			i++
			continue
		}
		out = append(out, s[i:i+n]...)
		inBad = false
		i += n
	}
	return out
}

// Runes returns the runes of s, each invalid byte as utf8.RuneError.
func Runes(s []byte) []rune {
	out := make([]rune, utf8.RuneCount(s))
	for i := range out {
		r, n := utf8.DecodeRune(s)
		out[i] = r
		s = s[n:]
	}
	return out
}

// Clone returns a copy of b in new memory; the copy of nil is nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}
