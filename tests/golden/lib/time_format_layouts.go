// Time.Format and AppendFormat with every layout constant and every layout element, in UTC and in FixedZones (named, unnamed, odd offsets); Time.String matches Format.
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []struct{ name, layout string }{
		{"Layout", time.Layout}, {"ANSIC", time.ANSIC}, {"UnixDate", time.UnixDate}, {"RubyDate", time.RubyDate},
		{"RFC822", time.RFC822}, {"RFC822Z", time.RFC822Z}, {"RFC850", time.RFC850}, {"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z}, {"RFC3339", time.RFC3339}, {"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen}, {"Stamp", time.Stamp}, {"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro}, {"StampNano", time.StampNano}, {"DateTime", time.DateTime},
		{"DateOnly", time.DateOnly}, {"TimeOnly", time.TimeOnly},
	}
	t := time.Date(2009, time.November, 10, 23, 4, 5, 120000000, time.UTC)
	for _, l := range layouts {
		fmt.Printf("%-12s %q -> %q\n", l.name, l.layout, t.Format(l.layout))
	}

	zones := []*time.Location{
		time.UTC,
		time.FixedZone("EST", -5*60*60),
		time.FixedZone("", 5*60*60+30*60),
		time.FixedZone("ODD", -(1*60*60 + 2*60 + 3)),
	}
	elems := "2006 06 | 01 1 Jan January | 02 2 _2 | 002 __2 | Mon Monday | 15 03 3 PM pm | 04 4 | 05 5 | " +
		".000 .999 ,000000 .9 | MST | -0700 -07:00 -07 -070000 -07:00:00 | Z0700 Z07:00 Z07 Z070000 Z07:00:00"
	for _, loc := range zones {
		for _, u := range []time.Time{
			time.Date(2024, time.February, 29, 0, 7, 9, 0, loc),
			time.Date(1999, time.December, 31, 12, 59, 59, 999999999, loc),
			time.Date(7, time.April, 1, 9, 0, 0, 1000, loc),
		} {
			fmt.Println(u)
			fmt.Println(" ", u.Format(elems))
			fmt.Println(" ", u.String() == u.Format("2006-01-02 15:04:05.999999999 -0700 MST"))
		}
	}

	// Text that only looks like an element, and an element glued to letters.
	odd := time.Date(2021, time.March, 4, 5, 6, 7, 0, time.UTC)
	for _, layout := range []string{"Janet Monet", "Jan. Mon.", "MSTx _2006 __2", "day 2, hour 15", "0.5 .99a .000000000000", "", "no digits here"} {
		fmt.Printf("%q -> %q\n", layout, odd.Format(layout))
	}

	b := []byte("at ")
	b = odd.AppendFormat(b, time.Kitchen)
	fmt.Println(string(b))
	fmt.Println(time.Date(-44, time.March, 15, 0, 0, 0, 0, time.UTC).Format(time.RFC3339), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006 06"))
	fmt.Println(time.Unix(1700000000, 0).UTC().Format(time.RFC1123))
}

// Output:
// Layout       "01/02 03:04:05PM '06 -0700" -> "11/10 11:04:05PM '09 +0000"
// ANSIC        "Mon Jan _2 15:04:05 2006" -> "Tue Nov 10 23:04:05 2009"
// UnixDate     "Mon Jan _2 15:04:05 MST 2006" -> "Tue Nov 10 23:04:05 UTC 2009"
// RubyDate     "Mon Jan 02 15:04:05 -0700 2006" -> "Tue Nov 10 23:04:05 +0000 2009"
// RFC822       "02 Jan 06 15:04 MST" -> "10 Nov 09 23:04 UTC"
// RFC822Z      "02 Jan 06 15:04 -0700" -> "10 Nov 09 23:04 +0000"
// RFC850       "Monday, 02-Jan-06 15:04:05 MST" -> "Tuesday, 10-Nov-09 23:04:05 UTC"
// RFC1123      "Mon, 02 Jan 2006 15:04:05 MST" -> "Tue, 10 Nov 2009 23:04:05 UTC"
// RFC1123Z     "Mon, 02 Jan 2006 15:04:05 -0700" -> "Tue, 10 Nov 2009 23:04:05 +0000"
// RFC3339      "2006-01-02T15:04:05Z07:00" -> "2009-11-10T23:04:05Z"
// RFC3339Nano  "2006-01-02T15:04:05.999999999Z07:00" -> "2009-11-10T23:04:05.12Z"
// Kitchen      "3:04PM" -> "11:04PM"
// Stamp        "Jan _2 15:04:05" -> "Nov 10 23:04:05"
// StampMilli   "Jan _2 15:04:05.000" -> "Nov 10 23:04:05.120"
// StampMicro   "Jan _2 15:04:05.000000" -> "Nov 10 23:04:05.120000"
// StampNano    "Jan _2 15:04:05.000000000" -> "Nov 10 23:04:05.120000000"
// DateTime     "2006-01-02 15:04:05" -> "2009-11-10 23:04:05"
// DateOnly     "2006-01-02" -> "2009-11-10"
// TimeOnly     "15:04:05" -> "23:04:05"
// 2024-02-29 00:07:09 +0000 UTC
//   2024 24 | 02 2 Feb February | 29 29 29 | 060  60 | Thu Thursday | 00 12 12 AM am | 07 7 | 09 9 | .000  ,000000  | UTC | +0000 +00:00 +00 +000000 +00:00:00 | Z Z Z Z Z
//   true
// 1999-12-31 12:59:59.999999999 +0000 UTC
//   1999 99 | 12 12 Dec December | 31 31 31 | 365 365 | Fri Friday | 12 12 12 PM pm | 59 59 | 59 59 | .999 .999 ,999999 .9 | UTC | +0000 +00:00 +00 +000000 +00:00:00 | Z Z Z Z Z
//   true
// 0007-04-01 09:00:00.000001 +0000 UTC
//   0007 07 | 04 4 Apr April | 01 1  1 | 091  91 | Sun Sunday | 09 09 9 AM am | 00 0 | 00 0 | .000  ,000001  | UTC | +0000 +00:00 +00 +000000 +00:00:00 | Z Z Z Z Z
//   true
// 2024-02-29 00:07:09 -0500 EST
//   2024 24 | 02 2 Feb February | 29 29 29 | 060  60 | Thu Thursday | 00 12 12 AM am | 07 7 | 09 9 | .000  ,000000  | EST | -0500 -05:00 -05 -050000 -05:00:00 | -0500 -05:00 -05 -050000 -05:00:00
//   true
// 1999-12-31 12:59:59.999999999 -0500 EST
//   1999 99 | 12 12 Dec December | 31 31 31 | 365 365 | Fri Friday | 12 12 12 PM pm | 59 59 | 59 59 | .999 .999 ,999999 .9 | EST | -0500 -05:00 -05 -050000 -05:00:00 | -0500 -05:00 -05 -050000 -05:00:00
//   true
// 0007-04-01 09:00:00.000001 -0500 EST
//   0007 07 | 04 4 Apr April | 01 1  1 | 091  91 | Sun Sunday | 09 09 9 AM am | 00 0 | 00 0 | .000  ,000001  | EST | -0500 -05:00 -05 -050000 -05:00:00 | -0500 -05:00 -05 -050000 -05:00:00
//   true
// 2024-02-29 00:07:09 +0530 +0530
//   2024 24 | 02 2 Feb February | 29 29 29 | 060  60 | Thu Thursday | 00 12 12 AM am | 07 7 | 09 9 | .000  ,000000  | +0530 | +0530 +05:30 +05 +053000 +05:30:00 | +0530 +05:30 +05 +053000 +05:30:00
//   true
// 1999-12-31 12:59:59.999999999 +0530 +0530
//   1999 99 | 12 12 Dec December | 31 31 31 | 365 365 | Fri Friday | 12 12 12 PM pm | 59 59 | 59 59 | .999 .999 ,999999 .9 | +0530 | +0530 +05:30 +05 +053000 +05:30:00 | +0530 +05:30 +05 +053000 +05:30:00
//   true
// 0007-04-01 09:00:00.000001 +0530 +0530
//   0007 07 | 04 4 Apr April | 01 1  1 | 091  91 | Sun Sunday | 09 09 9 AM am | 00 0 | 00 0 | .000  ,000001  | +0530 | +0530 +05:30 +05 +053000 +05:30:00 | +0530 +05:30 +05 +053000 +05:30:00
//   true
// 2024-02-29 00:07:09 -0102 ODD
//   2024 24 | 02 2 Feb February | 29 29 29 | 060  60 | Thu Thursday | 00 12 12 AM am | 07 7 | 09 9 | .000  ,000000  | ODD | -0102 -01:02 -01 -010203 -01:02:03 | -0102 -01:02 -01 -010203 -01:02:03
//   true
// 1999-12-31 12:59:59.999999999 -0102 ODD
//   1999 99 | 12 12 Dec December | 31 31 31 | 365 365 | Fri Friday | 12 12 12 PM pm | 59 59 | 59 59 | .999 .999 ,999999 .9 | ODD | -0102 -01:02 -01 -010203 -01:02:03 | -0102 -01:02 -01 -010203 -01:02:03
//   true
// 0007-04-01 09:00:00.000001 -0102 ODD
//   0007 07 | 04 4 Apr April | 01 1  1 | 091  91 | Sun Sunday | 09 09 9 AM am | 00 0 | 00 0 | .000  ,000001  | ODD | -0102 -01:02 -01 -010203 -01:02:03 | -0102 -01:02 -01 -010203 -01:02:03
//   true
// "Janet Monet" -> "Janet Monet"
// "Jan. Mon." -> "Mar. Thu."
// "MSTx _2006 __2" -> "UTCx _2021  63"
// "day 2, hour 15" -> "day 4, hour 05"
// "0.5 .99a .000000000000" -> "0.7 a .000000000"
// "" -> ""
// "no digits here" -> "no digits here"
// at 5:06AM
// -0044-03-15T00:00:00Z 12345 45
// Tue, 14 Nov 2023 22:13:20 UTC
