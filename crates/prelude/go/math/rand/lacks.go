// What Go's math/rand package has (go1.27.3) and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks ExpFloat64 New NewSource NewZipf NormFloat64 Rand
//dojo:lacks Rand.ExpFloat64 Rand.Float32 Rand.Float64 Rand.Int Rand.Int31
//dojo:lacks Rand.Int31n Rand.Int63 Rand.Int63n Rand.Intn Rand.NormFloat64
//dojo:lacks Rand.Perm Rand.Read Rand.Seed Rand.Shuffle Rand.Uint32
//dojo:lacks Rand.Uint64 Read Source Source64 Uint64 Zipf Zipf.Uint64

package rand
