// What Go's math package has (go1.27.3) and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks Acos Acosh Asin Asinh Atan Atan2 Atanh Cbrt Cosh Erf Erfc
//dojo:lacks Erfcinv Erfinv Exp2 Expm1 FMA Gamma Ilogb J0 J1 Jn Lgamma Log1p
//dojo:lacks Logb Nextafter Nextafter32 Pow10 Remainder Sincos Sinh Tanh Y0
//dojo:lacks Y1 Yn

package math
