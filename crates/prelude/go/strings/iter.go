package strings

import "iter"

// Lines yields the lines of s, each with its newline (the last one without
// if s does not end in one). Like Go's, the iterator consumes s as it goes,
// so a second loop over the same iterator yields nothing.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			var line string
			if i := IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1], s[i+1:]
			} else {
				line, s = s, ""
			}
			if !yield(line) {
				return
			}
		}
	}
}

// seqOf yields the strings of parts.
func seqOf(parts []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, p := range parts {
			if !yield(p) {
				return
			}
		}
	}
}

// SplitSeq yields the pieces Split(s, sep) returns.
func SplitSeq(s, sep string) iter.Seq[string] { return seqOf(Split(s, sep)) }

// SplitAfterSeq yields the pieces SplitAfter(s, sep) returns.
func SplitAfterSeq(s, sep string) iter.Seq[string] { return seqOf(SplitAfter(s, sep)) }

// FieldsSeq yields the fields Fields(s) returns.
func FieldsSeq(s string) iter.Seq[string] { return seqOf(Fields(s)) }

// FieldsFuncSeq yields the fields FieldsFunc(s, f) returns.
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] { return seqOf(FieldsFunc(s, f)) }
