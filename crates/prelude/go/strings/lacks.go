// What Go's strings package has and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks CutLast Title ToLowerSpecial ToTitleSpecial ToUpperSpecial
//dojo:lacks ToValidUTF8

package strings
