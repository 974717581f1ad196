// ParseDuration of Goroutine Dojo's time package, with Go's error texts
// (it shares leadingInt and quote with parse.go).

package time

// parseDurationError is ParseDuration's error: "time: " + message + the
// quoted value.
type parseDurationError struct {
	message string
	value   string
}

func (e *parseDurationError) Error() string {
	return "time: " + e.message + " " + quote(e.value)
}

// unitSize returns the nanoseconds in a duration unit, or 0 if u is none.
func unitSize(u string) uint64 {
	switch u {
	case "ns":
		return uint64(Nanosecond)
	case "us", "µs", "μs": // micro sign U+00B5 and Greek mu U+03BC
		return uint64(Microsecond)
	case "ms":
		return uint64(Millisecond)
	case "s":
		return uint64(Second)
	case "m":
		return uint64(Minute)
	case "h":
		return uint64(Hour)
	}
	return 0
}

// ParseDuration reads a duration like "1h15m30.5s" or "-300ms": an
// optional sign, then numbers with units (ns, us or µs, ms, s, m, h).
// "0" needs no unit.
func ParseDuration(s string) (Duration, error) {
	whole := s
	fail := func(message string) (Duration, error) {
		return 0, &parseDurationError{message, whole}
	}
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return fail("invalid duration")
	}
	var total uint64
	for s != "" {
		if s[0] != '.' && !digitAt(s, 0) {
			return fail("invalid duration")
		}
		n := len(s)
		v, rest, ok := leadingInt(s)
		if !ok {
			return fail("invalid duration")
		}
		s = rest
		hasInt := len(s) != n
		var frac uint64
		scale := 1.0
		hasFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n = len(s)
			frac, scale, s = leadingFraction(s)
			hasFrac = len(s) != n
		}
		if !hasInt && !hasFrac {
			return fail("invalid duration")
		}
		i := 0
		for i < len(s) && s[i] != '.' && !digitAt(s, i) {
			i++
		}
		if i == 0 {
			return fail("missing unit in duration")
		}
		u := s[:i]
		s = s[i:]
		unit := unitSize(u)
		if unit == 0 {
			return fail("unknown unit " + quote(u) + " in duration")
		}
		if v > 1<<63/unit {
			return fail("invalid duration")
		}
		v *= unit
		if frac > 0 {
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return fail("invalid duration")
			}
		}
		total += v
		if total > 1<<63 {
			return fail("invalid duration")
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return fail("invalid duration")
	}
	return Duration(total), nil
}

// leadingFraction reads the digits s starts with as a fraction x/scale;
// digits past what 63 bits hold are skipped.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	scale = 1
	full := false
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			full = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}
