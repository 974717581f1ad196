// More of Goroutine Dojo's strconv package: the Append forms of the
// formatting and quoting functions, quoting that keeps every graphic rune
// (the Unicode spaces too), IsGraphic, and QuotedPrefix.
//
// IsGraphic builds on IsPrint, so it shares IsPrint's approximation (see
// quote.go).

package strconv

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

// graphicSpaces are the runes that IsGraphic accepts and IsPrint does
// not, in order: the Unicode space separators other than ' ' (no-break
// space, Ogham space mark, en quad to hair space, narrow no-break space,
// medium mathematical space, ideographic space).
var graphicSpaces = []rune{
	0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
	0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000,
}

func isGraphicSpace(r rune) bool {
	for _, sp := range graphicSpaces {
		if r == sp {
			return true
		}
		if r < sp {
			return false
		}
	}
	return false
}

// IsGraphic reports whether r is graphic in Unicode's sense: what IsPrint
// accepts, plus the space separators (U+00A0, U+2000 to U+200A, ...).
func IsGraphic(r rune) bool {
	return IsPrint(r) || isGraphicSpace(r)
}

// QuoteToGraphic is Quote, except that graphic runes that are not
// printable (the Unicode spaces) stay as they are instead of becoming
// \u escapes.
func QuoteToGraphic(s string) string {
	buf := make([]byte, 0, len(s)+2)
	buf = append(buf, '"')
	for len(s) > 0 {
		r, width := decodeRune(s)
		if width == 1 && r == '\uFFFD' {
			buf = append(buf, '\\', 'x', lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
		} else {
			buf = appendGraphicRune(buf, r, '"')
		}
		s = s[width:]
	}
	return string(append(buf, '"'))
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}

// QuoteRuneToGraphic is QuoteRune, keeping graphic runes as they are.
func QuoteRuneToGraphic(r rune) string {
	if !validRune(r) {
		r = '\uFFFD'
	}
	buf := appendGraphicRune([]byte{'\''}, r, '\'')
	return string(append(buf, '\''))
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// appendGraphicRune appends r as it is if it is graphic (but not the
// quote or a backslash), else as an escape.
func appendGraphicRune(buf []byte, r rune, quote byte) []byte {
	if r != rune(quote) && r != '\\' && isGraphicSpace(r) {
		return append(buf, string(r)...)
	}
	return appendEscapedRune(buf, r, quote, false)
}

// QuotedPrefix returns the Go string or rune literal (quotes included)
// that s starts with, or ErrSyntax if s does not start with a valid one.
func QuotedPrefix(s string) (string, error) {
	if len(s) < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	if quote != '"' && quote != '\'' && quote != '`' {
		return "", ErrSyntax
	}
	// The first quote character after the opening one ends the literal,
	// unless it turns out to be escaped.
	end := indexByte(s[1:], quote)
	if end < 0 {
		return "", ErrSyntax
	}
	end += 2
	if quote == '`' {
		// Raw strings are taken as they are, even if not valid UTF-8.
		return s[:end], nil
	}
	if plainLiteral(s[:end], quote) {
		return s[:end], nil
	}
	// With escapes (or something to reject): decode one character at
	// a time, up to the closing quote.
	rest := s[1:]
	for len(rest) > 0 && rest[0] != quote {
		if rest[0] == '\n' {
			return "", ErrSyntax
		}
		_, _, tail, err := UnquoteChar(rest, quote)
		if err != nil {
			return "", ErrSyntax
		}
		rest = tail
		if quote == '\'' {
			break // one character only
		}
	}
	if len(rest) == 0 || rest[0] != quote {
		return "", ErrSyntax
	}
	return s[:len(s)-len(rest)+1], nil
}

// plainLiteral reports whether lit, a "..." or '...' literal with no
// other quote inside, is valid without any decoding: no backslash, no
// newline, valid UTF-8, and for a rune literal at most one rune.
func plainLiteral(lit string, quote byte) bool {
	if indexByte(lit, '\\') >= 0 || indexByte(lit, '\n') >= 0 {
		return false
	}
	body := lit[1 : len(lit)-1]
	if quote == '"' {
		for len(body) > 0 {
			r, width := decodeRune(body)
			if width == 1 && r == '\uFFFD' {
				return false
			}
			body = body[width:]
		}
		return true
	}
	if body == "" {
		return true // Go accepts '' here, as its own Unquote does
	}
	r, width := decodeRune(body)
	return width == len(body) && !(width == 1 && r == '\uFFFD')
}
