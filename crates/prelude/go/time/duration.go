// Duration, Month and Weekday of Goroutine Dojo's time package: plain Go,
// printed exactly like Go prints them.

package time

// A Duration is a time span in nanoseconds; it can hold about 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations. To count units in a Duration, divide: d / time.Second.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String formats d like "72h3m0.5s": the largest unit is hours, a leading
// zero unit is left out, and spans under one second use "ms", "µs" (with
// the micro sign U+00B5) or "ns". The zero duration is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	// Work on the magnitude as a uint64 so that minDuration is no problem.
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	switch {
	case u < uint64(Microsecond):
		s = utoa(u) + "ns"
	case u < uint64(Millisecond):
		s = decimal(u, 3) + "µs"
	case u < uint64(Second):
		s = decimal(u, 6) + "ms"
	default:
		secs := u / uint64(Second)
		s = decimal(secs%60*uint64(Second)+u%uint64(Second), 9) + "s"
		if mins := secs / 60; mins > 0 {
			s = utoa(mins%60) + "m" + s
			if hours := mins / 60; hours > 0 {
				s = utoa(hours) + "h" + s
			}
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// decimal prints v / 10^prec with its fraction, dropping trailing zeros
// (and the dot if nothing is left): decimal(1500, 3) is "1.5".
func decimal(v uint64, prec int) string {
	frac := ""
	for i := 0; i < prec; i++ {
		digit := v % 10
		if digit != 0 || frac != "" {
			frac = string(rune('0'+digit)) + frac
		}
		v /= 10
	}
	if frac != "" {
		frac = "." + frac
	}
	return utoa(v) + frac
}

// utoa formats an unsigned number in decimal. (time cannot import strconv:
// Go's strconv does not depend on time, and neither does ours.)
func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	return string(buf[i:])
}

// Nanoseconds returns d as a count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as a whole number of microseconds (toward zero).
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d as a whole number of milliseconds (toward zero).
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns d in seconds, with a fraction. The whole and fractional
// parts are converted separately to keep as much precision as possible.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns d in minutes, with a fraction.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns d in hours, with a fraction.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m (m <= 0: d unchanged).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halfway values away from
// zero. A result that does not fit saturates at the largest or smallest
// Duration. m <= 0 returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// lessThanHalf reports whether x+x < y, without overflowing.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Abs returns |d|; the smallest Duration, which has no positive twin,
// becomes the largest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// A Month is a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = []string{
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January").
func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	// Like Go, a bad value is shown as an unsigned number.
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday is a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday").
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}
