// Shim for the harness: errors' natives implemented with reflect.

package errors

import "reflect"

var errorType = reflect.TypeOf((*error)(nil)).Elem()

func checkAsTarget(target any) int {
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Pointer || val.IsNil() {
		return 1
	}
	if e := typ.Elem(); e.Kind() != reflect.Interface && !e.Implements(errorType) {
		return 2
	}
	return 0
}

func asTarget(err error, target any) bool {
	val := reflect.ValueOf(target)
	if reflect.TypeOf(err).AssignableTo(val.Type().Elem()) {
		val.Elem().Set(reflect.ValueOf(err))
		return true
	}
	return false
}
