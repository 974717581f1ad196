// Map key types, map element assignment and range clauses.
package main

type pos struct{ x, y int }

func main() {
	_ = map[[ /* ERROR "invalid map key type []int" */]int]bool{}
	_ = map[func( /* ERROR "invalid map key type func()" */)]int{}
	m := map[string]pos{}
	m /* ERROR "cannot assign to struct field m[\"a\"].x in map" */["a"].x = 1
	for i /* ERROR "declared and not used: i" */, v /* ERROR "declared and not used: v" */, w /* ERROR "range clause permits at most two iteration variables" */ := range m {
	}
	n := 3
	for _, v /* ERROR "range over n (variable of type int) permits only one iteration variable" */ := range n {
		_ = v
	}
	ch := make(chan int)
	for a /* ERROR "declared and not used: a" */, b /* ERROR "range over ch (variable of type chan int) permits only one iteration variable" */ := range ch {
	}
}
