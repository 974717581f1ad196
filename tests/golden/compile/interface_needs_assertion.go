package main

func main() {
	var w interface{} = 2
	var m int = w
	_ = m
}

// Error: 5:14: cannot use w (variable of type interface{}) as int value in variable declaration: need type assertion
