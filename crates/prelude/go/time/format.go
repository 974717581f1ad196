// Formatting of Goroutine Dojo's time package: the layout constants,
// the reading of a layout into its elements (shared with parse.go), and
// Time.Format, AppendFormat, String and GoString, printing exactly what
// Go prints.

package time

// Layouts are written as the reference time, Mon Jan 2 15:04:05 MST 2006
// (Unix time 1136239445), would look; see Time.Format.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Kinds of layout element, each named after how it writes the reference
// time.
const (
	elNone        = iota
	elLongMonth   // January
	elMonth       // Jan
	elNumMonth    // 1
	elZeroMonth   // 01
	elLongWeekday // Monday
	elWeekday     // Mon
	elDay         // 2
	elUnderDay    // _2
	elZeroDay     // 02
	elUnderYday   // __2
	elZeroYday    // 002
	elHour        // 15
	elHour12      // 3
	elZeroHour12  // 03
	elMinute      // 4
	elZeroMinute  // 04
	elSecond      // 5
	elZeroSecond  // 05
	elLongYear    // 2006
	elYear        // 06
	elPM          // PM
	elLowerPM     // pm
	elZoneName    // MST
	elFrac0       // .000 or ,000: that many digits
	elFrac9       // .999 or ,999: at most that many, trailing zeros cut

	// A numeric zone is elZone plus the zone flags below.
	elZone = 32
)

// Zone flags: zISO prints "Z" for UTC (layouts starting with Z07), zColon
// puts a colon between the parts, zSeconds adds the seconds and zShort
// has the hours only.
const (
	zISO = 1 << iota
	zColon
	zSeconds
	zShort
)

// An elem is one element of a layout.
type elem struct {
	kind   int
	digits int  // elFrac0, elFrac9: how many digits the layout shows
	sep    byte // elFrac0, elFrac9: '.' or ','
}

// zoneLayouts are the numeric zone elements after their sign character,
// longest first where one starts another.
var zoneLayouts = []struct {
	text  string
	flags int
}{
	{"070000", zSeconds},
	{"07:00:00", zColon | zSeconds},
	{"0700", 0},
	{"07:00", zColon},
	{"07", zShort},
}

var shortMonths = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var shortDays = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// hasAt reports whether s has word at index i.
func hasAt(s string, i int, word string) bool {
	return len(s)-i >= len(word) && s[i:i+len(word)] == word
}

// lowerAt reports whether s[i] exists and is a lower-case ASCII letter
// ("Jan" followed by one is not a month: "Janet").
func lowerAt(s string, i int) bool { return i < len(s) && 'a' <= s[i] && s[i] <= 'z' }

func digitAt(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

// nextElem splits layout around its first element: the literal text
// before it, the element and the text after it. Without an element, it
// returns the whole layout and elNone.
func nextElem(layout string) (prefix string, e elem, rest string) {
	found := func(i, n, kind int) (string, elem, string) {
		return layout[:i], elem{kind: kind}, layout[i+n:]
	}
	for i := 0; i < len(layout); i++ {
		switch c := layout[i]; c {
		case 'J':
			if hasAt(layout, i, "January") {
				return found(i, 7, elLongMonth)
			}
			if hasAt(layout, i, "Jan") && !lowerAt(layout, i+3) {
				return found(i, 3, elMonth)
			}
		case 'M':
			if hasAt(layout, i, "Monday") {
				return found(i, 6, elLongWeekday)
			}
			if hasAt(layout, i, "Mon") && !lowerAt(layout, i+3) {
				return found(i, 3, elWeekday)
			}
			if hasAt(layout, i, "MST") {
				return found(i, 3, elZoneName)
			}
		case '0':
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				kinds := [...]int{elZeroMonth, elZeroDay, elZeroHour12, elZeroMinute, elZeroSecond, elYear}
				return found(i, 2, kinds[layout[i+1]-'1'])
			}
			if hasAt(layout, i, "002") {
				return found(i, 3, elZeroYday)
			}
		case '1':
			if hasAt(layout, i, "15") {
				return found(i, 2, elHour)
			}
			return found(i, 1, elNumMonth)
		case '2':
			if hasAt(layout, i, "2006") {
				return found(i, 4, elLongYear)
			}
			return found(i, 1, elDay)
		case '_':
			if hasAt(layout, i, "_2006") {
				// "_2006" is a literal underscore and the year.
				return found(i+1, 4, elLongYear)
			}
			if hasAt(layout, i, "_2") {
				return found(i, 2, elUnderDay)
			}
			if hasAt(layout, i, "__2") {
				return found(i, 3, elUnderYday)
			}
		case '3':
			return found(i, 1, elHour12)
		case '4':
			return found(i, 1, elMinute)
		case '5':
			return found(i, 1, elSecond)
		case 'P':
			if hasAt(layout, i, "PM") {
				return found(i, 2, elPM)
			}
		case 'p':
			if hasAt(layout, i, "pm") {
				return found(i, 2, elLowerPM)
			}
		case '-', 'Z':
			for _, z := range zoneLayouts {
				if hasAt(layout, i+1, z.text) {
					flags := z.flags
					if c == 'Z' {
						flags |= zISO
					}
					return found(i, 1+len(z.text), elZone+flags)
				}
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				d := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == d {
					j++
				}
				if !digitAt(layout, j) {
					e := elem{kind: elFrac0, digits: (j - i - 1) & 0xfff, sep: c}
					if d == '9' {
						e.kind = elFrac9
					}
					return layout[:i], e, layout[j:]
				}
			}
		}
	}
	return layout, elem{}, ""
}

// appendInt appends x in decimal, with at least width digits (zeros in
// front) after a minus sign if x is negative.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for n := len(buf) - i; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendFrac appends the fraction of a second nsec as element e shows it.
func appendFrac(b []byte, nsec int, e elem) []byte {
	trim := e.kind == elFrac9
	if trim && (e.digits == 0 || nsec == 0) {
		return b
	}
	b = append(b, e.sep)
	b = appendInt(b, nsec, 9)
	if e.digits < 9 {
		b = b[:len(b)-9+e.digits]
	}
	if trim {
		for len(b) > 0 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && b[len(b)-1] == e.sep {
			b = b[:len(b)-1]
		}
	}
	return b
}

// appendZone appends a zone offset (seconds east of UTC) as the numeric
// zone element with the given flags. Like Go, it works in whole minutes
// and takes the sign from them, so the seconds of an offset between -60
// and 0 keep their own minus sign.
func appendZone(b []byte, offset int, flags int) []byte {
	if offset == 0 && flags&zISO != 0 {
		return append(b, 'Z')
	}
	min := offset / 60
	secs := offset
	if min < 0 {
		b = append(b, '-')
		min, secs = -min, -secs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, min/60, 2)
	if flags&zColon != 0 {
		b = append(b, ':')
	}
	if flags&zShort == 0 {
		b = appendInt(b, min%60, 2)
	}
	if flags&zSeconds != 0 {
		if flags&zColon != 0 {
			b = append(b, ':')
		}
		b = appendInt(b, secs%60, 2)
	}
	return b
}

// Format returns t written as layout shows the reference time
// Mon Jan 2 15:04:05 MST 2006: "2006-01-02" gives t's date, "3:04PM" its
// clock time. Text that is no element is copied as it is.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	l := t.loc.get()
	local := t.local()
	days := floorDiv(local, secondsPerDay)
	secs := int(local - days*secondsPerDay)
	hour, min, sec := secs/secondsPerHour, secs%secondsPerHour/secondsPerMinute, secs%secondsPerMinute
	year, month, day := 0, Month(0), 0
	haveDate := false
	for layout != "" {
		prefix, e, rest := nextElem(layout)
		b = append(b, prefix...)
		if e.kind == elNone {
			break
		}
		layout = rest
		if !haveDate {
			year, month, day = civil(days)
			haveDate = true
		}
		switch e.kind {
		case elYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elLongYear:
			b = appendInt(b, year, 4)
		case elMonth:
			b = append(b, shortMonths[month-1]...)
		case elLongMonth:
			b = append(b, month.String()...)
		case elNumMonth:
			b = appendInt(b, int(month), 0)
		case elZeroMonth:
			b = appendInt(b, int(month), 2)
		case elWeekday:
			b = append(b, shortDays[weekdayOf(days)]...)
		case elLongWeekday:
			b = append(b, weekdayOf(days).String()...)
		case elDay:
			b = appendInt(b, day, 0)
		case elUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elZeroDay:
			b = appendInt(b, day, 2)
		case elUnderYday, elZeroYday:
			yday := int(days-daysFromCivil(int64(year), 1, 1)) + 1
			if e.kind == elZeroYday {
				b = appendInt(b, yday, 3)
				break
			}
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elHour:
			b = appendInt(b, hour, 2)
		case elHour12, elZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			width := 0
			if e.kind == elZeroHour12 {
				width = 2
			}
			b = appendInt(b, h, width)
		case elMinute:
			b = appendInt(b, min, 0)
		case elZeroMinute:
			b = appendInt(b, min, 2)
		case elSecond:
			b = appendInt(b, sec, 0)
		case elZeroSecond:
			b = appendInt(b, sec, 2)
		case elPM, elLowerPM:
			half := "AMPM"
			if e.kind == elLowerPM {
				half = "ampm"
			}
			if hour >= 12 {
				half = half[2:]
			}
			b = append(b, half[:2]...)
		case elZoneName:
			if l.zone != "" {
				b = append(b, l.zone...)
				break
			}
			// An unnamed zone shows as its offset, "+0530".
			b = appendZone(b, l.offset/60*60, 0)
		case elFrac0, elFrac9:
			b = appendFrac(b, int(t.nsec()), e)
		default:
			b = appendZone(b, l.offset, e.kind-elZone)
		}
	}
	return b
}

// weekdayOf returns the day of the week of a day counted from 1970-01-01,
// a Thursday.
func weekdayOf(days int64) Weekday {
	return Weekday((days%7 + 7 + 4) % 7)
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", then,
// if t has a monotonic reading, " m=+1.500000000": seconds since the
// program started.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic != 0 {
		m := uint64(t.ext)
		b := []byte(" m=+")
		if t.ext < 0 {
			b[3] = '-'
			m = -m
		}
		b = append(b, utoa(m/1e9)...)
		b = append(b, '.')
		b = appendInt(b, int(m%1e9), 9)
		s += string(b)
	}
	return s
}

// GoString returns t as the Go expression that makes it, e.g.
// "time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)".
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := append([]byte(nil), "time.Date("...)
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	b = append(b, month.String()...)
	for _, n := range []int{day, hour, min, sec, t.Nanosecond()} {
		b = append(b, ", "...)
		b = appendInt(b, n, 0)
	}
	b = append(b, ", "...)
	switch l := t.Location(); l {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(l.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// Zone returns the abbreviation of t's time zone ("UTC", or "" for an
// unnamed FixedZone) and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

// IsDST reports whether t is in daylight saving time: never, for the
// Dojo's fixed zones.
func (t Time) IsDST() bool { return false }
