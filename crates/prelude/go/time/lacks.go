// What Go's time package has and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks LoadLocation LoadLocationFromTZData Time.AppendBinary
//dojo:lacks Time.AppendText Time.GobDecode Time.GobEncode Time.ISOWeek
//dojo:lacks Time.MarshalBinary Time.MarshalJSON Time.MarshalText
//dojo:lacks Time.UnmarshalBinary Time.UnmarshalJSON Time.UnmarshalText
//dojo:lacks Time.ZoneBounds

package time
