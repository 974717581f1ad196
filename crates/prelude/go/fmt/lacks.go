// What Go's fmt package has and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks FormatString Formatter Fscan Fscanf Fscanln GoStringer Scan
//dojo:lacks ScanState Scanf Scanln Scanner Sscan Sscanf Sscanln State

package fmt
