// Struct literals may be keyed or positional; missing fields get zero values and fields are addressable.
package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name string
	Age  int
	Addr Address
	Tags []string
}

func main() {
	p := Person{Name: "Ann", Age: 30}
	q := Person{"Bob", 25, Address{"Oslo", 150}, []string{"x"}}
	fmt.Printf("%+v\n", p)
	fmt.Printf("%v\n", q)
	p.Addr.City = "Rome"
	p.Age++
	fmt.Println(p.Name, p.Age, p.Addr.City)
	ptr := &q
	ptr.Age = 26
	ptr.Addr.Zip += 1
	fmt.Println(q.Age, q.Addr.Zip)
	anon := struct {
		A int
		B bool
	}{A: 5}
	fmt.Printf("%+v\n", anon)
	people := []Person{{Name: "C"}, {Name: "D", Age: 4}}
	for _, x := range people {
		fmt.Print(x.Name, ":", x.Age, ";")
	}
	fmt.Println()
}

// Output:
// {Name:Ann Age:30 Addr:{City: Zip:0} Tags:[]}
// {Bob 25 {Oslo 150} [x]}
// Ann 31 Rome
// 26 151
// {A:5 B:false}
// C:0;D:4;
