// time.Parse and ParseInLocation: layouts, zones (Z, numeric offsets, abbreviations, GMT+h), fractions, day of year, and Go's exact ParseError texts and fields.
package main

import (
	"errors"
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("  error:", err)
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("    elem %q value %q message %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
		}
		return
	}
	name, offset := t.Zone()
	fmt.Printf("  %v (zone %q %d, unix %d)\n", t, name, offset, t.Unix())
}

func main() {
	cases := [][2]string{
		{time.RFC3339, "2024-05-06T07:08:09Z"},
		{time.RFC3339, "2024-05-06T07:08:09.5+02:00"},
		{time.RFC3339Nano, "2024-05-06T07:08:09.123456789-07:30"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.UnixDate, "Tue Nov 10 23:00:00 UTC 2009"},
		{time.UnixDate, "Tue Nov 10 23:00:00 GMT+3 2009"},
		{time.ANSIC, "tue nov  3 23:00:00 2009"},
		{time.Kitchen, "12:30AM"},
		{time.Kitchen, "12:30PM"},
		{time.StampMilli, "Feb  3 04:05:06.789"},
		{time.DateTime, "2023-10-01 12:00:00.25"},
		{"2006-002", "2024-060"},
		{"2006 __2 15h", "2023   7 08h"},
		{"02/01/06", "31/12/68"},
		{"02/01/06", "31/12/69"},
		{"2006-01-02 -07:00:00", "2020-01-01 +05:30:15"},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, "2023-13-01"},
		{time.DateOnly, "23-01-01"},
		{time.DateOnly, "2023-01-01 extra"},
		{time.DateOnly, "x"},
		{time.TimeOnly, "24:00:00"},
		{time.TimeOnly, "12:61:00"},
		{time.TimeOnly, "12:00:60"},
		{time.Kitchen, "13:00PM"},
		{time.Kitchen, "1:00XM"},
		{"January 2", "Febr 3"},
		{"Mon 2006", "Fun 2006"},
		{"2006-002", "2023-366"},
		{"2006-002 01", "2024-060 03"},
		{"-0700", "+2500"},
		{"-0700", "0100"},
		{"MST", "ab"},
		{".000", ".-12"},
		{"2006\t01", "2006\t\xff1"},
		{"\"2006\"", "\"é\""},
	}
	for _, c := range cases {
		fmt.Printf("Parse(%q, %q)\n", c[0], c[1])
		show(time.Parse(c[0], c[1]))
	}

	est := time.FixedZone("EST", -5*60*60)
	for _, c := range [][2]string{
		{time.DateTime, "2023-01-01 10:00:00"},
		{time.UnixDate, "Sun Jan  1 10:00:00 EST 2023"},
		{time.UnixDate, "Sun Jan  1 10:00:00 CET 2023"},
		{time.RFC3339, "2023-01-01T10:00:00-05:00"},
		{time.RFC3339, "2023-01-01T10:00:00+01:00"},
	} {
		fmt.Printf("ParseInLocation(%q, %q, EST)\n", c[0], c[1])
		show(time.ParseInLocation(c[0], c[1], est))
	}

	// Format then Parse gives the same instant back.
	t := time.Date(2022, time.August, 9, 10, 11, 12, 131415000, time.FixedZone("", -3*60*60))
	for _, layout := range []string{time.RFC3339Nano, time.RFC1123Z, time.RubyDate, "2006.01.02 15:04:05.000000 -07:00:00"} {
		u, err := time.Parse(layout, t.Format(layout))
		fmt.Println(layout, u.Equal(t), err)
	}
}

// Output:
// Parse("2006-01-02T15:04:05Z07:00", "2024-05-06T07:08:09Z")
//   2024-05-06 07:08:09 +0000 UTC (zone "UTC" 0, unix 1714979289)
// Parse("2006-01-02T15:04:05Z07:00", "2024-05-06T07:08:09.5+02:00")
//   2024-05-06 07:08:09.5 +0200 +0200 (zone "" 7200, unix 1714972089)
// Parse("2006-01-02T15:04:05.999999999Z07:00", "2024-05-06T07:08:09.123456789-07:30")
//   2024-05-06 07:08:09.123456789 -0730 -0730 (zone "" -27000, unix 1715006289)
// Parse("Mon, 02 Jan 2006 15:04:05 -0700", "Mon, 02 Jan 2006 15:04:05 -0700")
//   2006-01-02 15:04:05 -0700 -0700 (zone "" -25200, unix 1136239445)
// Parse("Mon, 02 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05 PST")
//   2006-01-02 15:04:05 +0000 PST (zone "PST" 0, unix 1136214245)
// Parse("Mon Jan _2 15:04:05 MST 2006", "Tue Nov 10 23:00:00 UTC 2009")
//   2009-11-10 23:00:00 +0000 UTC (zone "UTC" 0, unix 1257894000)
// Parse("Mon Jan _2 15:04:05 MST 2006", "Tue Nov 10 23:00:00 GMT+3 2009")
//   2009-11-11 02:00:00 +0300 GMT+3 (zone "GMT+3" 10800, unix 1257894000)
// Parse("Mon Jan _2 15:04:05 2006", "tue nov  3 23:00:00 2009")
//   2009-11-03 23:00:00 +0000 UTC (zone "UTC" 0, unix 1257289200)
// Parse("3:04PM", "12:30AM")
//   0000-01-01 00:30:00 +0000 UTC (zone "UTC" 0, unix -62167217400)
// Parse("3:04PM", "12:30PM")
//   0000-01-01 12:30:00 +0000 UTC (zone "UTC" 0, unix -62167174200)
// Parse("Jan _2 15:04:05.000", "Feb  3 04:05:06.789")
//   0000-02-03 04:05:06.789 +0000 UTC (zone "UTC" 0, unix -62164353294)
// Parse("2006-01-02 15:04:05", "2023-10-01 12:00:00.25")
//   2023-10-01 12:00:00.25 +0000 UTC (zone "UTC" 0, unix 1696161600)
// Parse("2006-002", "2024-060")
//   2024-02-29 00:00:00 +0000 UTC (zone "UTC" 0, unix 1709164800)
// Parse("2006 __2 15h", "2023   7 08h")
//   2023-01-07 08:00:00 +0000 UTC (zone "UTC" 0, unix 1673078400)
// Parse("02/01/06", "31/12/68")
//   2068-12-31 00:00:00 +0000 UTC (zone "UTC" 0, unix 3124137600)
// Parse("02/01/06", "31/12/69")
//   1969-12-31 00:00:00 +0000 UTC (zone "UTC" 0, unix -86400)
// Parse("2006-01-02 -07:00:00", "2020-01-01 +05:30:15")
//   2020-01-01 00:00:00 +0530 +0530 (zone "" 19815, unix 1577816985)
// Parse("2006-01-02", "2023-02-29")
//   error: parsing time "2023-02-29": day out of range
//     elem "" value "" message ": day out of range"
// Parse("2006-01-02", "2023-13-01")
//   error: parsing time "2023-13-01": month out of range
//     elem "01" value "-01" message ": month out of range"
// Parse("2006-01-02", "23-01-01")
//   error: parsing time "23-01-01" as "2006-01-02": cannot parse "23-01-01" as "2006"
//     elem "2006" value "23-01-01" message ""
// Parse("2006-01-02", "2023-01-01 extra")
//   error: parsing time "2023-01-01 extra": extra text: " extra"
//     elem "" value " extra" message ": extra text: \" extra\""
// Parse("2006-01-02", "x")
//   error: parsing time "x" as "2006-01-02": cannot parse "x" as "2006"
//     elem "2006" value "x" message ""
// Parse("15:04:05", "24:00:00")
//   error: parsing time "24:00:00": hour out of range
//     elem "15" value ":00:00" message ": hour out of range"
// Parse("15:04:05", "12:61:00")
//   error: parsing time "12:61:00": minute out of range
//     elem "04" value ":00" message ": minute out of range"
// Parse("15:04:05", "12:00:60")
//   error: parsing time "12:00:60": second out of range
//     elem "05" value "" message ": second out of range"
// Parse("3:04PM", "13:00PM")
//   error: parsing time "13:00PM": hour out of range
//     elem "3" value ":00PM" message ": hour out of range"
// Parse("3:04PM", "1:00XM")
//   error: parsing time "1:00XM" as "3:04PM": cannot parse "XM" as "PM"
//     elem "PM" value "XM" message ""
// Parse("January 2", "Febr 3")
//   error: parsing time "Febr 3" as "January 2": cannot parse "Febr 3" as "January"
//     elem "January" value "Febr 3" message ""
// Parse("Mon 2006", "Fun 2006")
//   error: parsing time "Fun 2006" as "Mon 2006": cannot parse "Fun 2006" as "Mon"
//     elem "Mon" value "Fun 2006" message ""
// Parse("2006-002", "2023-366")
//   error: parsing time "2023-366": day-of-year out of range
//     elem "" value "" message ": day-of-year out of range"
// Parse("2006-002 01", "2024-060 03")
//   error: parsing time "2024-060 03": day-of-year does not match month
//     elem "" value "" message ": day-of-year does not match month"
// Parse("-0700", "+2500")
//   error: parsing time "+2500": time zone offset hour out of range
//     elem "-0700" value "" message ": time zone offset hour out of range"
// Parse("-0700", "0100")
//   error: parsing time "0100" as "-0700": cannot parse "0100" as "-0700"
//     elem "-0700" value "0100" message ""
// Parse("MST", "ab")
//   error: parsing time "ab" as "MST": cannot parse "ab" as "MST"
//     elem "MST" value "ab" message ""
// Parse(".000", ".-12")
//   error: parsing time ".-12": fractional second out of range
//     elem ".000" value "" message ": fractional second out of range"
// Parse("2006\t01", "2006\t\xff1")
//   error: parsing time "2006\x09\xff1" as "2006\x0901": cannot parse "\xff1" as "01"
//     elem "01" value "\xff1" message ""
// Parse("\"2006\"", "\"é\"")
//   error: parsing time "\"\xc3\xa9\"" as "\"2006\"": cannot parse "\xc3\xa9\"" as "2006"
//     elem "2006" value "é\"" message ""
// ParseInLocation("2006-01-02 15:04:05", "2023-01-01 10:00:00", EST)
//   2023-01-01 10:00:00 -0500 EST (zone "EST" -18000, unix 1672585200)
// ParseInLocation("Mon Jan _2 15:04:05 MST 2006", "Sun Jan  1 10:00:00 EST 2023", EST)
//   2023-01-01 10:00:00 -0500 EST (zone "EST" -18000, unix 1672585200)
// ParseInLocation("Mon Jan _2 15:04:05 MST 2006", "Sun Jan  1 10:00:00 CET 2023", EST)
//   2023-01-01 10:00:00 +0000 CET (zone "CET" 0, unix 1672567200)
// ParseInLocation("2006-01-02T15:04:05Z07:00", "2023-01-01T10:00:00-05:00", EST)
//   2023-01-01 10:00:00 -0500 EST (zone "EST" -18000, unix 1672585200)
// ParseInLocation("2006-01-02T15:04:05Z07:00", "2023-01-01T10:00:00+01:00", EST)
//   2023-01-01 10:00:00 +0100 +0100 (zone "" 3600, unix 1672563600)
// 2006-01-02T15:04:05.999999999Z07:00 true <nil>
// Mon, 02 Jan 2006 15:04:05 -0700 false <nil>
// Mon Jan 02 15:04:05 -0700 2006 false <nil>
// 2006.01.02 15:04:05.000000 -07:00:00 true <nil>
