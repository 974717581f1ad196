// Time construction, arithmetic, comparison and String.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	t := time.Unix(1257894000, 0).UTC()
	fmt.Println(t)
	fmt.Println(t.String(), t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(time.Unix(1257894000, 0), time.Unix(1257894000, 0).Location())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 999999999).UTC(), time.Unix(5, -1).UTC())
	fmt.Println(time.Unix(1257894000, 123456789).UTC(), time.Unix(1257894000, 120000000).UTC())
	fmt.Println(time.UnixMilli(1257894000123).UTC(), time.UnixMicro(-1).UTC())
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Unix(), z.Location(), z.Weekday(), z.YearDay())
	d := time.Date(2024, time.February, 29, 13, 4, 5, 6, time.UTC)
	fmt.Println(d, d.Weekday(), d.YearDay(), d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), d.Second(), d.Nanosecond())
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2023, 0, 0, -1, -1, -1, -1, time.UTC))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(1600, 3, 1, 0, 0, 0, 0, time.UTC).Weekday())
	fmt.Println(time.Date(1900, 12, 31, 23, 59, 59, 0, time.UTC).YearDay(), time.Date(2000, 12, 31, 0, 0, 0, 0, time.UTC).YearDay())
	ist := time.FixedZone("IST", 5*3600+1800)
	fmt.Println(d.In(ist), d.In(ist).Location(), time.Date(2024, 1, 1, 0, 0, 0, 0, ist).UTC())
	neg := time.FixedZone("", -(3*3600 + 15*60))
	fmt.Println(d.In(neg), d.In(time.Local), d.Local().Location())
	fmt.Println(d.AddDate(0, 1, 0), d.AddDate(1, 0, 0), d.AddDate(0, 0, -60), time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	e := d.Add(90*time.Minute + 500*time.Millisecond)
	fmt.Println(e, e.Sub(d), d.Sub(e), e.After(d), e.Before(d), e.Equal(d), e.Compare(d), d.Compare(e), d.Compare(d))
	fmt.Println(d.Equal(d.In(ist)), d == d.In(ist), d.Add(-d.Sub(z)), z.Sub(d), d.Sub(z))
	fmt.Println(z.Add(1<<63-1), z.Add(-1<<63))
	for _, r := range []time.Duration{0, -1, time.Nanosecond, time.Second, time.Minute, time.Hour, 7 * time.Second, 24 * time.Hour, 1500 * time.Microsecond, 3 * time.Hour / 7} {
		fmt.Println(r, e.Round(r), e.Truncate(r), time.Unix(-1000, 1).UTC().Round(r), time.Unix(-1000, 1).UTC().Truncate(r))
	}
	// Readings of the clock: only their shape can match.
	now := time.Now()
	s := now.String()
	_, m, ok := strings.Cut(s, " m=+")
	fmt.Println(ok, len(m) >= 11 && m[len(m)-10] == '.', strings.Contains(s, " +0000 UTC m=+"))
	fmt.Println(now.Location(), now.Round(0).Location(), strings.Contains(now.Round(0).String(), "m="))
	fmt.Println(now.Equal(now.Round(0)), now == now.Round(0), now.Sub(now), time.Since(now) >= 0, time.Until(now) <= 0)
	later := now.Add(1500 * time.Millisecond)
	fmt.Println(later.Sub(now), now.Sub(later), later.After(now), strings.Contains(later.String(), "m=+1."))
	fmt.Println(now.UTC().Location(), strings.Contains(now.UTC().String(), "m="), now.Add(-time.Hour).Before(now))
	fmt.Printf("%v|%s|%d\n", time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC), time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC), time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC).Unix())
}
