// Value receivers get a copy; pointer receivers modify the original; Go takes addresses automatically.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a Account) DepositCopy(n int) { a.Balance += n }

func (a *Account) Deposit(n int) { a.Balance += n }

func (a Account) Show() string { return fmt.Sprintf("%s:%d", a.Owner, a.Balance) }

func main() {
	acc := Account{Owner: "ann", Balance: 10}
	acc.DepositCopy(5)
	fmt.Println(acc.Show())
	acc.Deposit(5)
	fmt.Println(acc.Show())
	p := &acc
	p.Deposit(1)
	fmt.Println(p.Show())

	show := acc.Show
	acc.Deposit(100)
	fmt.Println(show(), acc.Show())

	dep := p.Deposit
	dep(1000)
	fmt.Println(acc.Balance)

	f := Account.Show
	g := (*Account).Deposit
	g(&acc, 1)
	fmt.Println(f(acc))

	accounts := []Account{{"x", 1}, {"y", 2}}
	for _, a := range accounts {
		a.Deposit(10)
	}
	for i := range accounts {
		accounts[i].Deposit(20)
	}
	fmt.Println(accounts)
}

// Output:
// ann:10
// ann:15
// ann:16
// ann:16 ann:116
// 1116
// ann:1117
// [{x 21} {y 22}]
