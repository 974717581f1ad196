// Replacer of Goroutine Dojo's strings package: NewReplacer, Replace and
// WriteString.
//
// What a Replacer does is Go's: scanning the text from the left, at each
// position the first pair (in argument order) whose old string starts
// there is replaced, and the scan goes on after it, so matches never
// overlap. An empty old string matches at every position, before each
// byte and at the end, except right after it has just matched there.
//
// Go picks one of four algorithms from the pairs. They all give the same
// string, but WriteString hands its output to the Writer in pieces that
// depend on the algorithm, which a Writer can see; so the Replacer
// remembers which one Go would use and splits its writes the same way.

package strings

import "io"

// Which of Go's algorithms a Replacer stands for.
const (
	byByte       = iota // every old and new string is one byte
	byByteString        // every old string is one byte
	bySingle            // a single pair, old longer than one byte
	byGeneric           // anything else
)

// A Replacer replaces a list of strings with replacements. It is safe for
// concurrent use: it never changes after NewReplacer.
type Replacer struct {
	algo   int
	oldnew []string // the pairs, as given (copied)

	// byFirst[b] lists the pairs whose old string starts with byte b,
	// by their index in argument order.
	byFirst [256][]int
	// emptyAt is 1 + the index of the first pair with an empty old
	// string, or 0 if there is none (so the zero Replacer replaces
	// nothing, as Go's does).
	emptyAt int
}

// NewReplacer returns a Replacer for the old, new string pairs given. It
// panics if it is given an odd number of strings.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...)}
	r.algo = chooseAlgo(r.oldnew)
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" {
			if r.emptyAt == 0 {
				r.emptyAt = i/2 + 1
			}
			continue
		}
		r.byFirst[old[0]] = append(r.byFirst[old[0]], i/2)
	}
	return r
}

// chooseAlgo returns the algorithm Go's NewReplacer picks for oldnew.
func chooseAlgo(oldnew []string) int {
	if len(oldnew) == 2 && len(oldnew[0]) > 1 {
		return bySingle
	}
	algo := byByte
	for i := 0; i < len(oldnew); i += 2 {
		if len(oldnew[i]) != 1 {
			return byGeneric
		}
		if len(oldnew[i+1]) != 1 {
			algo = byByteString
		}
	}
	return algo
}

// matchAt returns the index of the pair to apply at position i of s, or
// -1: the first pair, in argument order, whose old string starts at i.
// With skipEmpty, pairs with an empty old string do not count.
func (r *Replacer) matchAt(s string, i int, skipEmpty bool) int {
	best := -1
	if !skipEmpty {
		best = r.emptyAt - 1
	}
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			if best >= 0 && k > best {
				break
			}
			if HasPrefix(s[i:], r.oldnew[2*k]) {
				return k
			}
		}
	}
	return best
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	prevEmpty := false
	last := 0
	for i := 0; i <= len(s); {
		k := r.matchAt(s, i, prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		old := r.oldnew[2*k]
		prevEmpty = old == ""
		b.WriteString(s[last:i])
		b.WriteString(r.oldnew[2*k+1])
		i += len(old)
		last = i
	}
	if last < len(s) {
		b.WriteString(s[last:])
	}
	return b.String()
}

// WriteString writes s to w with all replacements performed, and returns
// the number of bytes written and the first error w returned.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	switch r.algo {
	case byByte, byByteString:
		return r.writeBytewise(w, s)
	case bySingle:
		return r.writeSingle(w, s)
	}
	return r.writeGeneric(w, s)
}

// writeString writes s to w, with w's own WriteString if it has one.
func writeString(w io.Writer, s string) (int, error) {
	if sw, ok := w.(io.StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// writeGeneric writes as Go's general algorithm does: before each
// replacement the text since the last one (even if empty), then the
// replacement, then whatever is left at the end.
func (r *Replacer) writeGeneric(w io.Writer, s string) (n int, err error) {
	var m int
	prevEmpty := false
	last := 0
	for i := 0; i <= len(s); {
		k := r.matchAt(s, i, prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		old := r.oldnew[2*k]
		prevEmpty = old == ""
		m, err = writeString(w, s[last:i])
		n += m
		if err != nil {
			return n, err
		}
		m, err = writeString(w, r.oldnew[2*k+1])
		n += m
		if err != nil {
			return n, err
		}
		i += len(old)
		last = i
	}
	if last != len(s) {
		m, err = writeString(w, s[last:])
		n += m
	}
	return n, err
}

// writeSingle writes as Go's one-pair algorithm does: for each match the
// text before it (even if empty) and the replacement, then the rest of s
// (even if empty).
func (r *Replacer) writeSingle(w io.Writer, s string) (n int, err error) {
	old, repl := r.oldnew[0], r.oldnew[1]
	var m int
	for {
		at := Index(s, old)
		if at < 0 {
			break
		}
		m, err = writeString(w, s[:at])
		n += m
		if err != nil {
			return n, err
		}
		m, err = writeString(w, repl)
		n += m
		if err != nil {
			return n, err
		}
		s = s[at+len(old):]
	}
	m, err = writeString(w, s)
	return n + m, err
}

// writeBytewise writes as Go's one-byte algorithms do: the unchanged runs
// of s (never empty) and each replaced byte's replacement with w.Write.
// When every new string is one byte too, a byte replaced by itself counts
// as unchanged.
func (r *Replacer) writeBytewise(w io.Writer, s string) (n int, err error) {
	var m int
	last := 0
	for i := 0; i < len(s); i++ {
		k := r.matchAt(s, i, true)
		if k < 0 {
			continue
		}
		repl := r.oldnew[2*k+1]
		if r.algo == byByte && repl[0] == s[i] {
			continue
		}
		if last != i {
			m, err = writeString(w, s[last:i])
			n += m
			if err != nil {
				return n, err
			}
		}
		last = i + 1
		m, err = w.Write([]byte(repl))
		n += m
		if err != nil {
			return n, err
		}
	}
	if last != len(s) {
		m, err = writeString(w, s[last:])
		n += m
	}
	return n, err
}
