// Package time is Goroutine Dojo's version of Go's time package. The clock
// is virtual: it starts at 2009-11-10 23:00:00 UTC (the Go playground's
// instant) and only moves when every goroutine is blocked and the next
// thing to happen is a timer or a Sleep ending. Reading it, sleeping and
// the timers are natives (natives.go); everything else is plain Go.
//
// A Time is stored as in Go, so that == and printing behave alike: when
// wall's top bit (hasMonotonic) is set, wall holds the seconds since
// 1885-01-01 in its next 33 bits and ext holds a monotonic clock reading;
// otherwise ext holds the seconds since January 1 of year 1. The low 30
// bits of wall are always the nanoseconds within the second.
package time

// A Time is an instant with nanosecond precision. Compare Times with
// Before, After and Equal rather than ==, which also compares the location
// and the monotonic reading.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location // nil means UTC
}

const (
	hasMonotonic = 1 << 63
	nsecMask     = 1<<30 - 1
	nsecShift    = 30

	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// Seconds from January 1 of year 1 to 1885-01-01 and to 1970-01-01.
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
)

// A Location is a time zone. The Dojo only has fixed offsets: UTC, Local
// (which is UTC, like on the Go playground) and FixedZone.
type Location struct {
	name   string
	zone   string // abbreviation printed by String, e.g. "UTC"
	offset int    // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", zone: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the machine's time zone; in the Dojo it is UTC.
var Local *Location = &localLoc

// FixedZone returns a Location that is always offset seconds east of UTC
// and is called name.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns the location's name, e.g. "UTC" or "Local".
func (l *Location) String() string { return l.get().name }

func (t *Time) nsec() int32 { return int32(t.wall & nsecMask) }

// sec returns the seconds since January 1 of year 1.
func (t *Time) sec() int64 {
	if t.wall&hasMonotonic != 0 {
		return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
	}
	return t.ext
}

func (t *Time) unixSec() int64 { return t.sec() - unixToInternal }

// addSec adds d seconds, dropping the monotonic reading if the short
// 33-bit form cannot hold the result.
func (t *Time) addSec(d int64) {
	if t.wall&hasMonotonic != 0 {
		sec := int64(t.wall << 1 >> (nsecShift + 1))
		dsec := sec + d
		if 0 <= dsec && dsec <= 1<<33-1 {
			t.wall = t.wall&nsecMask | uint64(dsec)<<nsecShift | hasMonotonic
			return
		}
		t.stripMono()
	}
	sum := t.ext + d
	switch {
	case (sum > t.ext) == (d > 0):
		t.ext = sum
	case d > 0:
		t.ext = 1<<63 - 1
	default:
		t.ext = -(1<<63 - 1)
	}
}

// stripMono drops the monotonic reading, moving to the long form.
func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// Now returns the current virtual time, in Local, with a monotonic reading
// (shown by String as " m=+0.000000001": seconds since the program began).
func Now() Time {
	sec, nsec, mono := now()
	sec += unixToInternal - wallToInternal
	if uint64(sec)>>33 != 0 {
		// Too far from 1885 for the short form: no monotonic reading.
		return Time{uint64(nsec), sec + wallToInternal, Local}
	}
	return Time{hasMonotonic | uint64(sec)<<nsecShift | uint64(nsec), mono, Local}
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the time left until t: t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns the Local Time sec seconds and nsec nanoseconds after
// 1970-01-01 UTC. nsec may be outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{uint64(nsec), sec + unixToInternal, Local}
}

// UnixMilli returns the Local Time msec milliseconds after 1970-01-01 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the Local Time usec microseconds after 1970-01-01 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Date returns the Time of the given calendar date and clock time in loc.
// Values out of range carry over: October 32 is November 1.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int64(m)+1, 1) + int64(day) - 1
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	unix -= int64(loc.get().offset)
	t := Time{uint64(nsec), unix + unixToInternal, nil}
	t.setLoc(loc)
	return t
}

// norm moves whole multiples of base from lo into hi, leaving 0 <= lo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// daysFromCivil counts days from 1970-01-01 to the given proleptic
// Gregorian date. Years are shifted to start in March, so the leap day is
// the last day of the shifted year; 400-year eras repeat exactly.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400          // year of era, 0..399
	mp := (m + 9) % 12          // month since March, 0..11
	doy := (153*mp+2)/5 + d - 1 // day of the March-based year
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil is the inverse of daysFromCivil.
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// local returns the seconds since 1970-01-01 in t's own zone.
func (t Time) local() int64 { return t.unixSec() + int64(t.loc.get().offset) }

// Date returns the year, month and day of t in its location.
func (t Time) Date() (year int, month Month, day int) {
	return civil(floorDiv(t.local(), secondsPerDay))
}

// Clock returns the hour, minute and second of t in its location.
func (t Time) Clock() (hour, min, sec int) {
	s := int(t.local() - floorDiv(t.local(), secondsPerDay)*secondsPerDay)
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanoseconds within t's second.
func (t Time) Nanosecond() int { return int(t.nsec()) }

// Weekday returns t's day of the week (1970-01-01 was a Thursday).
func (t Time) Weekday() Weekday {
	days := floorDiv(t.local(), secondsPerDay)
	return Weekday((days%7 + 7 + 4) % 7)
}

// YearDay returns the day of the year, 1 to 366.
func (t Time) YearDay() int {
	days := floorDiv(t.local(), secondsPerDay)
	y, _, _ := civil(days)
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// Location returns t's time zone.
func (t Time) Location() *Location { return t.loc.get() }

// UTC returns t in UTC (without a monotonic reading).
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t in Local (without a monotonic reading).
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t in loc (without a monotonic reading).
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Unix returns t as seconds since 1970-01-01 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as milliseconds since 1970-01-01 UTC.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec())/1e6 }

// UnixMicro returns t as microseconds since 1970-01-01 UTC.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec())/1e3 }

// UnixNano returns t as nanoseconds since 1970-01-01 UTC (it overflows
// outside the years 1678 to 2262).
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + int64(t.nsec()) }

// IsZero reports whether t is the zero Time, January 1, year 1, 00:00 UTC.
func (t Time) IsZero() bool { return t.sec() == 0 && t.nsec() == 0 }

// Add returns t+d. The monotonic reading moves too, unless it overflows.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&hasMonotonic != 0 {
		te := t.ext + int64(d)
		if d < 0 && te > t.ext || d > 0 && te < t.ext {
			t.stripMono()
		} else {
			t.ext = te
		}
	}
	return t
}

// AddDate adds years, months and days, normalizing like Date:
// October 31 plus one month is December 1.
func (t Time) AddDate(years, months, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

// Sub returns t-u, saturating at the largest or smallest Duration. If both
// have a monotonic reading, only those are used.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMonotonic != 0 {
		d := Duration(t.ext - u.ext)
		switch {
		case d < 0 && t.ext > u.ext:
			return maxDuration
		case d > 0 && t.ext < u.ext:
			return minDuration
		}
		return d
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// After reports whether t is after u.
func (t Time) After(u Time) bool { return t.Compare(u) > 0 }

// Before reports whether t is before u.
func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }

// Equal reports whether t and u are the same instant, even in different
// locations.
func (t Time) Equal(u Time) bool { return t.Compare(u) == 0 }

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.wall&u.wall&hasMonotonic != 0 {
		tc, uc = t.ext, u.ext
	} else {
		tc, uc = t.sec(), u.sec()
		if tc == uc {
			tc, uc = int64(t.nsec()), int64(u.nsec())
		}
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// Truncate rounds t down to a multiple of d since the zero Time. It also
// drops the monotonic reading; d <= 0 does only that.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

// Round rounds t to the nearest multiple of d since the zero Time, halfway
// values up. It also drops the monotonic reading; d <= 0 does only that,
// which is why t.Round(0) is the usual way to strip it.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// rem returns (nanoseconds since the zero Time) mod d, in [0, d). That
// count does not fit in 64 bits, so it is reduced piece by piece.
func (t Time) rem(d Duration) Duration {
	m := uint64(d)
	s := uint64(t.sec() - floorDiv(t.sec(), int64(d))*int64(d))
	r := mulmod(s, uint64(Second)%m, m) + uint64(t.nsec())%m
	return Duration(r % m)
}

// mulmod returns a*b mod m for a, b < m < 2^63 by doubling and adding.
func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}
