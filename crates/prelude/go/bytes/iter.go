package bytes

import "iter"

// Lines yields the lines of s, each with its newline, as slices of s whose
// capacity ends with the line. Like Go's, the iterator consumes s.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			var line []byte
			if i := IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1], s[i+1:]
			} else {
				line, s = s, nil
			}
			if !yield(line[:len(line):len(line)]) {
				return
			}
		}
	}
}

// seqOf yields the slices of parts.
func seqOf(parts [][]byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for _, p := range parts {
			if !yield(p) {
				return
			}
		}
	}
}

// SplitSeq yields the pieces Split(s, sep) returns.
func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return seqOf(Split(s, sep)) }

// SplitAfterSeq yields the pieces SplitAfter(s, sep) returns.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] { return seqOf(SplitAfter(s, sep)) }

// FieldsSeq yields the fields Fields(s) returns.
func FieldsSeq(s []byte) iter.Seq[[]byte] { return seqOf(Fields(s)) }

// FieldsFuncSeq yields the fields FieldsFunc(s, f) returns.
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] { return seqOf(FieldsFunc(s, f)) }
