package bits

// Arithmetic with carries, borrows, double-width products and quotients
// of double-width dividends: Add*, Sub*, Mul*, Div*, Rem*. The 64-bit (and
// uint) forms give what Go's amd64 instructions give, including for a
// carry or borrow other than 0 or 1 (any whose low 32 bits are not all
// zero counts as 1).

// errorString is the run-time error Div panics with when the quotient
// does not fit. Go panics with the runtime's own value, which prints the
// same ("runtime error: integer overflow"); a division by zero here is a
// real one, so it panics with exactly Go's value.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

const overflowError = errorString("integer overflow")

// flag is a carry or borrow as the processor's carry flag takes it.
func flag(c uint64) uint64 {
	if uint32(c) != 0 {
		return 1
	}
	return 0
}

// Add64 is x + y + carry and the carry out (0 or 1): a carry leaves the
// top bit when both top bits are set, or either is and the sum's is not.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + flag(carry)
	carryOut = (x&y | (x|y)&^sum) >> 63
	return sum, carryOut
}

// Add32 is x + y + carry and the carry out, from the 64-bit sum.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	wide := uint64(x) + uint64(y) + uint64(carry)
	return uint32(wide), uint32(wide >> 32)
}

func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Sub64 is x - y - borrow and the borrow out (0 or 1): one is taken when
// y's top bit is set and x's is not, or they agree and the difference's
// is set.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - flag(borrow)
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return diff, borrowOut
}

// Sub32 is x - y - borrow and the borrow out, by the same rule on bit 31.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 31
	return diff, borrowOut
}

func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Mul64 is the 128-bit product x·y as its high and low words, from the
// four products of 32-bit halves.
func Mul64(x, y uint64) (hi, lo uint64) {
	const low32 = 1<<32 - 1
	xl, xh := x&low32, x>>32
	yl, yh := y&low32, y>>32
	ll := xl * yl
	mid := xh*yl + ll>>32
	mid2 := xl*yh + mid&low32
	hi = xh*yh + mid>>32 + mid2>>32
	return hi, x * y
}

// Mul32 is the 64-bit product x·y as its high and low words.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Div64 divides the 128-bit hi:lo by y: quotient and remainder. It panics
// for y == 0 (integer divide by zero) and when the quotient does not fit
// in 64 bits, y <= hi (integer overflow).
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		// Divide for real: the run-time error is Go's own.
		return lo / y, 0
	}
	if y <= hi {
		panic(overflowError)
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	// Long division a bit at a time; rem < y throughout, and the bit that
	// doubling pushes out of rem stands for 2**64.
	rem = hi
	for i := 63; i >= 0; i-- {
		out := rem >> 63
		rem = rem<<1 | lo>>uint(i)&1
		if out == 1 || rem >= y {
			rem -= y
			quo |= 1 << uint(i)
		}
	}
	return quo, rem
}

// Div32 divides the 64-bit hi:lo by y, with Div64's panics.
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n / uint64(y)), uint32(n % uint64(y))
}

func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Rem64 is the remainder of hi:lo divided by y; it never overflows (hi is
// reduced modulo y first) but panics for y == 0.
func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}

// Rem32 is the remainder of hi:lo divided by y; panics for y == 0.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }
