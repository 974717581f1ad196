// Quoting of Goroutine Dojo's strconv package: Go string and rune
// literals, both ways.
//
// IsPrint here is a short approximation of Go's: it rejects controls,
// surrogates, private-use areas, the Unicode spaces other than ' ' and the
// invisible format characters (zero-width and direction marks, BOM, ...),
// which makes it agree with Go on every assigned code point. Go also
// rejects unassigned code points; this table accepts them.

package strconv

const lowerhex = "0123456789abcdef"

// decodeRune returns the first rune of s and its length; an invalid byte
// gives (U+FFFD, 1).
func decodeRune(s string) (rune, int) {
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

func validRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= 0x10FFFF
}

// Quote returns s as a double-quoted Go string literal: printable runes
// as they are, others (and invalid bytes) as escapes like \n, \x00, \u200b.
func Quote(s string) string { return quoteWith(s, '"', false) }

// QuoteToASCII is Quote with every non-ASCII rune escaped too.
func QuoteToASCII(s string) string { return quoteWith(s, '"', true) }

// QuoteRune returns r as a single-quoted Go rune literal.
func QuoteRune(r rune) string { return quoteRuneWith(r, false) }

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped.
func QuoteRuneToASCII(r rune) string { return quoteRuneWith(r, true) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func quoteWith(s string, quote byte, asciiOnly bool) string {
	buf := make([]byte, 0, len(s)+2)
	buf = append(buf, quote)
	for len(s) > 0 {
		r, width := decodeRune(s)
		if width == 1 && r == '\uFFFD' {
			// An invalid byte: show the byte itself.
			buf = append(buf, '\\', 'x', lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
		} else {
			buf = appendEscapedRune(buf, r, quote, asciiOnly)
		}
		s = s[width:]
	}
	return string(append(buf, quote))
}

func quoteRuneWith(r rune, asciiOnly bool) string {
	if !validRune(r) {
		r = '\uFFFD'
	}
	buf := []byte{'\''}
	buf = appendEscapedRune(buf, r, '\'', asciiOnly)
	return string(append(buf, '\''))
}

func appendEscapedRune(buf []byte, r rune, quote byte, asciiOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if asciiOnly {
		if r < 0x80 && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) {
		return append(buf, string(r)...)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7f:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !validRune(r):
		r = 0xFFFD
	}
	if r < 0x10000 {
		buf = append(buf, `\u`...)
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
		return buf
	}
	buf = append(buf, `\U`...)
	for s := 28; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

// IsPrint reports whether Quote leaves r as it is: letters, marks,
// numbers, punctuation, symbols and the ASCII space (approximated above
// Latin-1, see the file comment).
func IsPrint(r rune) bool {
	if r <= 0xFF {
		return 0x20 <= r && r <= 0x7E || 0xA1 <= r && r <= 0xFF && r != 0xAD
	}
	if !validRune(r) {
		return false
	}
	for _, nr := range notPrint {
		if nr[0] <= r && r <= nr[1] {
			return false
		}
	}
	return true
}

// notPrint lists ranges of runes above Latin-1 that IsPrint rejects.
var notPrint = [][2]rune{
	{0x0600, 0x0605}, // Arabic number signs
	{0x061C, 0x061C}, // Arabic letter mark
	{0x06DD, 0x06DD},
	{0x070F, 0x070F},
	{0x0890, 0x0891},
	{0x08E2, 0x08E2},
	{0x1680, 0x1680}, // Ogham space mark
	{0x180E, 0x180E}, // Mongolian vowel separator
	{0x2000, 0x200F}, // spaces, zero-width characters, LRM, RLM
	{0x2028, 0x202F}, // line/paragraph separators, embeddings, NNBSP
	{0x205F, 0x206F}, // medium space, invisible operators, controls
	{0x3000, 0x3000}, // ideographic space
	{0xE000, 0xF8FF}, // private use
	{0xFEFF, 0xFEFF}, // byte order mark
	{0xFFF0, 0xFFFB}, // specials, interlinear annotations
	{0xFFFE, 0xFFFF}, // noncharacters
	{0x110BD, 0x110BD},
	{0x110CD, 0x110CD},
	{0x13430, 0x1343F}, // Egyptian hieroglyph format controls
	{0x1BCA0, 0x1BCA3},
	{0x1D173, 0x1D17A},  // musical symbol format controls
	{0xE0000, 0xE00FF},  // tags
	{0xF0000, 0x10FFFF}, // private use planes
}

// CanBackquote reports whether s can be written as a `raw` literal
// unchanged: one line, no backquote, no control character except tab.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := decodeRune(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\uFEFF' {
				return false
			}
			continue
		}
		if r == '\uFFFD' {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return
}

// UnquoteChar decodes the first character (or escape sequence) of the
// body of a literal quoted with quote, and returns it, whether it needs
// more than one byte in UTF-8, and the rest of s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= 0x80:
		r, size := decodeRune(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			// \x is a single byte, even above 0x7F.
			value = v
			break
		}
		if !validRune(v) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		// Octal: exactly three digits, at most \377.
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

// Unquote interprets s as a Go string or rune literal in "double",
// 'single' or `back` quotes and returns its value. Carriage returns are
// dropped from a back-quoted string, as the Go compiler does.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	if quote != s[n-1] {
		return "", ErrSyntax
	}
	body := s[1 : n-1]
	switch quote {
	case '`':
		if indexByte(body, '`') >= 0 {
			return "", ErrSyntax
		}
		if indexByte(body, '\r') < 0 {
			return body, nil
		}
		buf := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				buf = append(buf, body[i])
			}
		}
		return string(buf), nil
	case '"', '\'':
	default:
		return "", ErrSyntax
	}
	if indexByte(body, '\n') >= 0 {
		return "", ErrSyntax
	}
	var buf []byte
	for len(body) > 0 {
		r, multibyte, rest, err := UnquoteChar(body, quote)
		if err != nil {
			return "", err
		}
		body = rest
		if r < 0x80 || !multibyte {
			buf = append(buf, byte(r))
		} else {
			buf = append(buf, string(r)...)
		}
		if quote == '\'' {
			// A rune literal holds exactly one character.
			if len(body) != 0 {
				return "", ErrSyntax
			}
			break
		}
	}
	// Like Go, '' is accepted as the empty string.
	return string(buf), nil
}

// indexByte is strings.IndexByte (strconv cannot import strings).
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
