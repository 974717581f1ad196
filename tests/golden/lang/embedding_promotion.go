// Embedded struct fields and methods are promoted to the outer struct.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Dog
}

type Describer interface{ Describe() string }

func main() {
	d := Dog{Animal: Animal{Name: "Rex", Legs: 4}, Breed: "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Describe())
	var ds Describer = d
	fmt.Println(ds.Describe())
	s := Service{Logger: &Logger{prefix: "[svc] "}, Dog: d}
	s.Log("started")
	s.Log(s.Describe())
	s.Legs = 3
	fmt.Println(s.Dog.Animal.Legs, d.Legs)
	fmt.Printf("%+v\n", d)
}

// Output:
// Rex 4 lab
// Rex has 4 legs
// Max Max has 4 legs
// Max has 4 legs
// [svc] started
// [svc] Max has 4 legs
// 3 4
// {Animal:{Name:Max Legs:4} Breed:lab}
