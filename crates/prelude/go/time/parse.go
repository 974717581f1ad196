// Parsing of Goroutine Dojo's time package: Parse and ParseInLocation
// (reading a layout with format.go's nextElem) and their ParseError,
// accepting and rejecting what Go does, with Go's messages.

package time

// A ParseError says why Parse rejected a value: either the part of the
// value (ValueElem) that did not fit an element of the layout
// (LayoutElem), or Message.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the message, e.g. `parsing time "x" as "2006": cannot
// parse "x" as "2006"`.
func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quote(e.Value) + e.Message
	}
	return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
		": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
}

// quote puts s in double quotes, escaping " and \ with a backslash and
// every byte of a control character or non-ASCII rune as \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i, r := range s {
		if ' ' <= r && r < 0x80 {
			if r == '"' || r == '\\' {
				b = append(b, '\\')
			}
			b = append(b, byte(r))
			continue
		}
		width := len(string(r))
		if r == '\uFFFD' && !hasAt(s, i, "\uFFFD") {
			width = 1 // an invalid byte, not a real U+FFFD
		}
		for j := i; j < i+width; j++ {
			b = append(b, '\\', 'x', hex[s[j]>>4], hex[s[j]&15])
		}
	}
	return string(append(b, '"'))
}

// Parse reads value, written as layout shows the reference time (see
// Time.Format). Without a zone in the value, the result is in UTC; an
// offset that matches Local gives a Time in Local, another one a
// FixedZone.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse, except that a value without a zone is taken
// in loc, and a zone that matches loc gives a Time in loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defLoc, local *Location) (Time, error) {
	wholeLayout, wholeValue := layout, value
	fail := func(layoutElem, valueElem, message string) (Time, error) {
		return Time{}, &ParseError{wholeLayout, wholeValue, layoutElem, valueElem, message}
	}
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var zone *Location // set by "Z" or "UTC"
	zoneOffset := -1   // set by a numeric zone; -1 if none
	zoneName := ""     // set by another abbreviation
	am, pm := false, false
	for {
		prefix, e, rest := nextElem(layout)
		elemText := layout[len(prefix) : len(layout)-len(rest)]
		var ok bool
		if value, ok = skipLiteral(value, prefix); !ok {
			return fail(prefix, value, "")
		}
		if e.kind == elNone {
			if value != "" {
				return fail("", value, ": extra text: "+quote(value))
			}
			break
		}
		layout = rest
		before := value
		bad := false
		outOfRange := ""
		switch e.kind {
		case elYear:
			if len(value) < 2 {
				bad = true
				break
			}
			year, bad = atoi(value[:2])
			value = value[2:]
			if !bad {
				if year >= 69 {
					year += 1900
				} else {
					year += 2000
				}
			}
		case elLongYear:
			if len(value) < 4 || !digitAt(value, 0) {
				bad = true
				break
			}
			year, bad = atoi(value[:4])
			value = value[4:]
		case elMonth:
			month, value, bad = lookupWord(shortMonths, value)
			month++
		case elLongMonth:
			month, value, bad = lookupWord(monthNames, value)
			month++
		case elNumMonth, elZeroMonth:
			month, value, bad = twoDigits(value, e.kind == elZeroMonth)
			if !bad && (month <= 0 || month > 12) {
				outOfRange = "month"
			}
		case elWeekday:
			_, value, bad = lookupWord(shortDays, value)
		case elLongWeekday:
			_, value, bad = lookupWord(dayNames, value)
		case elDay, elUnderDay, elZeroDay:
			if e.kind == elUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			day, value, bad = twoDigits(value, e.kind == elZeroDay)
		case elUnderYday, elZeroYday:
			for i := 0; i < 2 && e.kind == elUnderYday && value != "" && value[0] == ' '; i++ {
				value = value[1:]
			}
			yday, value, bad = threeDigits(value, e.kind == elZeroYday)
		case elHour:
			hour, value, bad = twoDigits(value, false)
			if hour < 0 || hour >= 24 {
				outOfRange = "hour"
			}
		case elHour12, elZeroHour12:
			hour, value, bad = twoDigits(value, e.kind == elZeroHour12)
			if hour < 0 || hour > 12 {
				outOfRange = "hour"
			}
		case elMinute, elZeroMinute:
			min, value, bad = twoDigits(value, e.kind == elZeroMinute)
			if min < 0 || min >= 60 {
				outOfRange = "minute"
			}
		case elSecond, elZeroSecond:
			sec, value, bad = twoDigits(value, e.kind == elZeroSecond)
			if bad {
				break
			}
			if sec < 0 || sec >= 60 {
				outOfRange = "second"
				break
			}
			// A fraction right after the seconds is read here, unless the
			// layout's next element is a fraction.
			if len(value) >= 2 && isDecimalPoint(value[0]) && digitAt(value, 1) {
				if _, next, _ := nextElem(layout); next.kind == elFrac0 || next.kind == elFrac9 {
					break
				}
				n := 2
				for digitAt(value, n) {
					n++
				}
				nsec, outOfRange, bad = fraction(value, n)
				value = value[n:]
			}
		case elPM, elLowerPM:
			if len(value) < 2 {
				bad = true
				break
			}
			word := value[:2]
			value = value[2:]
			upper := e.kind == elPM
			switch {
			case word == "PM" && upper, word == "pm" && !upper:
				pm = true
			case word == "AM" && upper, word == "am" && !upper:
				am = true
			default:
				bad = true
			}
		case elZoneName:
			if hasAt(value, 0, "UTC") {
				zone = UTC
				value = value[3:]
				break
			}
			n, ok := zoneAbbrevLen(value)
			if !ok {
				bad = true
				break
			}
			zoneName, value = value[:n], value[n:]
		case elFrac0:
			n := 1 + e.digits
			if len(value) < n {
				bad = true
				break
			}
			nsec, outOfRange, bad = fraction(value, n)
			value = value[n:]
		case elFrac9:
			if len(value) < 2 || !isDecimalPoint(value[0]) || !digitAt(value, 1) {
				break // no fraction: that is fine
			}
			n := 2
			for digitAt(value, n) {
				n++
			}
			nsec, outOfRange, bad = fraction(value, n)
			value = value[n:]
		default:
			flags := e.kind - elZone
			if flags&zISO != 0 && value != "" && value[0] == 'Z' {
				zone = UTC
				value = value[1:]
				break
			}
			zoneOffset, value, outOfRange, bad = numericZone(value, flags)
		}
		if outOfRange != "" {
			return fail(elemText, value, ": "+outOfRange+" out of range")
		}
		if bad {
			return fail(elemText, before, "")
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		m, d := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return fail("", value, ": day-of-year out of range")
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore(m+1) < yday {
				m++
			}
			d = yday - daysBefore(m)
		}
		if month >= 0 && month != m {
			return fail("", value, ": day-of-year does not match month")
		}
		month = m
		if day >= 0 && day != d {
			return fail("", value, ": day-of-year does not match day")
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return fail("", value, ": day out of range")
	}

	switch {
	case zone != nil:
		return Date(year, Month(month), day, hour, min, sec, nsec, zone), nil
	case zoneOffset != -1:
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		if l := local.get(); l.offset == zoneOffset && (zoneName == "" || zoneName == l.zone) {
			t.setLoc(local)
		} else {
			t.setLoc(FixedZone(zoneName, zoneOffset))
		}
		return t, nil
	case zoneName != "":
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		// Only local's own abbreviation is known; another one becomes a
		// zone of that name at offset 0 (GMT+h at h hours), the clock
		// reading kept as UTC.
		if l := local.get(); l != &utcLoc && zoneName == l.zone {
			t.addSec(-int64(l.offset))
			t.setLoc(local)
			return t, nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= secondsPerHour
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defLoc), nil
}

// numericZone reads a zone offset like "-0700" (shaped by the zone flags)
// from value and returns it in seconds east of UTC with the rest of value.
func numericZone(value string, flags int) (offset int, rest string, outOfRange string, bad bool) {
	var sign byte
	var hh, mm, ss string
	switch {
	case flags&zShort != 0: // -07
		if len(value) < 3 {
			return 0, value, "", true
		}
		sign, hh, mm, ss, rest = value[0], value[1:3], "00", "00", value[3:]
	case flags&(zColon|zSeconds) == zColon: // -07:00
		if len(value) < 6 || value[3] != ':' {
			return 0, value, "", true
		}
		sign, hh, mm, ss, rest = value[0], value[1:3], value[4:6], "00", value[6:]
	case flags&zColon != 0: // -07:00:00
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return 0, value, "", true
		}
		sign, hh, mm, ss, rest = value[0], value[1:3], value[4:6], value[7:9], value[9:]
	case flags&zSeconds != 0: // -070000
		if len(value) < 7 {
			return 0, value, "", true
		}
		sign, hh, mm, ss, rest = value[0], value[1:3], value[3:5], value[5:7], value[7:]
	default: // -0700
		if len(value) < 5 {
			return 0, value, "", true
		}
		sign, hh, mm, ss, rest = value[0], value[1:3], value[3:5], "00", value[5:]
	}
	h, _, bad := twoDigits(hh, true)
	m, s := 0, 0
	if !bad {
		m, _, bad = twoDigits(mm, true)
		if !bad {
			s, _, bad = twoDigits(ss, true)
		}
	}
	if h > 24 {
		outOfRange = "time zone offset hour"
	}
	if m > 60 {
		outOfRange = "time zone offset minute"
	}
	if s > 60 {
		outOfRange = "time zone offset second"
	}
	offset = (h*60+m)*60 + s
	switch sign {
	case '+':
	case '-':
		offset = -offset
	default:
		bad = true
	}
	return offset, rest, outOfRange, bad
}

// skipLiteral consumes the literal layout text prefix from value. A space
// in prefix matches any run of spaces, but only where value has one (or
// has ended). On a mismatch it returns what is left of value and false.
func skipLiteral(value, prefix string) (string, bool) {
	for prefix != "" {
		if prefix[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, false
			}
			prefix = trimSpaces(prefix)
			value = trimSpaces(value)
			continue
		}
		if value == "" || value[0] != prefix[0] {
			return value, false
		}
		prefix, value = prefix[1:], value[1:]
	}
	return value, true
}

func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// lookupWord finds which of words starts value, ignoring the case of
// letters, and returns its index and the rest of value.
func lookupWord(words []string, value string) (int, string, bool) {
	for i, w := range words {
		if len(value) >= len(w) && sameWord(value[:len(w)], w) {
			return i, value[len(w):], false
		}
	}
	return -1, value, true
}

func sameWord(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		x, y = x|0x20, y|0x20
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

// twoDigits reads a number of one or two digits (exactly two if fixed).
func twoDigits(s string, fixed bool) (int, string, bool) {
	switch {
	case !digitAt(s, 0):
		return 0, s, true
	case digitAt(s, 1):
		return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], false
	case fixed:
		return 0, s, true
	}
	return int(s[0] - '0'), s[1:], false
}

// threeDigits reads a number of one to three digits (exactly three if fixed).
func threeDigits(s string, fixed bool) (int, string, bool) {
	n, i := 0, 0
	for ; i < 3 && digitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, true
	}
	return n, s[i:], false
}

func isDecimalPoint(c byte) bool { return c == '.' || c == ',' }

// fraction reads the fraction value[:n], a decimal point and digits, as
// nanoseconds; digits after the ninth are ignored.
func fraction(value string, n int) (nsec int, outOfRange string, bad bool) {
	if !isDecimalPoint(value[0]) {
		return 0, "", true
	}
	if n > 10 {
		n = 10
	}
	if nsec, bad = atoi(value[1:n]); bad {
		return 0, "", true
	}
	if nsec < 0 {
		return nsec, "fractional second", false
	}
	for i := n; i < 10; i++ {
		nsec *= 10
	}
	return nsec, "", false
}

// zoneAbbrevLen returns the length of the zone abbreviation value starts
// with: three upper-case letters, four ending in T (and ChST, MeST,
// WITA), five ending in T, or GMT with an optional signed hour offset.
func zoneAbbrevLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if hasAt(value, 0, "ChST") || hasAt(value, 0, "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + signedHoursLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedHoursLen(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch {
	case upper == 3,
		upper == 4 && (value[3] == 'T' || value[:4] == "WITA"),
		upper == 5 && value[4] == 'T':
		return upper, true
	}
	return 0, false
}

// signedHoursLen returns the length of the "+h" or "-hh" (hours 0 to 23)
// that s starts with, or 0.
func signedHoursLen(s string) int {
	if s == "" || s[0] != '+' && s[0] != '-' {
		return 0
	}
	x, rest, ok := leadingInt(s[1:])
	if !ok || len(rest) == len(s)-1 || x > 23 {
		return 0
	}
	return len(s) - len(rest)
}

// leadingInt reads the digits s starts with (none gives 0), failing if
// the number exceeds 1<<63.
func leadingInt(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

// atoi reads a whole, optionally signed, decimal number; bad if s is
// anything else.
func atoi(s string) (n int, bad bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	x, rest, ok := leadingInt(s)
	if !ok || rest != "" {
		return 0, true
	}
	n = int(x)
	if neg {
		n = -n
	}
	return n, false
}

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

// daysBefore returns the days of a non-leap year before month m (1 to 13).
func daysBefore(m int) int {
	return [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}[m-1]
}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBefore(int(m)+1) - daysBefore(int(m))
}
