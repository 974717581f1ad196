// Names used as what they are not: types as values, values as types, packages bare.
package main

import (
	"fmt" /* ERROR "\"fmt\" imported and not used" */
	"sync"
)

type id int

func main() {
	_ = id /* ERROR "id (type) is not an expression" */
	var n int
	var v n /* ERROR "n (local variable) is not a type" */
	_ = fmt /* ERROR "use of package fmt not in selector" */
	_ = _ /* ERROR "cannot use _ as value or type" */
	x := sync /* ERROR "sync.Mutex (type) is not an expression" */.Mutex
	var wg sync.WaitGroup
	var y wg /* ERROR "wg (local variable) is not a type" */
	_, _, _ = v, x, y
	var arr [n /* ERROR "invalid array length n" */]int
	_ = arr
}
