// What Go's math/rand/v2 package has and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks Rand.N

package rand
