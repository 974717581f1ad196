// Natives of package reflectlite: facts about a dynamic type that Go code
// cannot compute without reflection.
package reflectlite

// typeString returns the dynamic type of i as %T prints it.
func typeString(i any) string

// typeComparable reports whether values of i's dynamic type can be compared.
func typeComparable(i any) bool
