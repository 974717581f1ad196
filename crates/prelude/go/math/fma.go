package math

// FMA, the fused multiply-add x*y + z rounded once, as Go's math.FMA gives
// it on amd64 (the processor's VFMADD instruction, or software that gives
// the same bits): the product and the sum are formed exactly in 128-bit
// integers, then rounded to nearest, ties to even.

// wide is a 128-bit unsigned integer.
type wide struct{ hi, lo uint64 }

func (a wide) isZero() bool { return a.hi == 0 && a.lo == 0 }

func (a wide) less(b wide) bool { return a.hi < b.hi || a.hi == b.hi && a.lo < b.lo }

func (a wide) plus(b wide) wide {
	lo, carry := add64(a.lo, b.lo, 0)
	hi, _ := add64(a.hi, b.hi, carry)
	return wide{hi, lo}
}

func (a wide) minus(b wide) wide {
	lo := a.lo - b.lo
	borrow := uint64(0)
	if a.lo < b.lo {
		borrow = 1
	}
	return wide{a.hi - b.hi - borrow, lo}
}

// top is the index of the highest set bit (a must not be zero).
func (a wide) top() int {
	if a.hi != 0 {
		return 127 - leadingZeros64(a.hi)
	}
	return 63 - leadingZeros64(a.lo)
}

// shl shifts left by n < 128.
func (a wide) shl(n int) wide {
	switch {
	case n == 0:
		return a
	case n >= 64:
		return wide{a.lo << uint(n-64), 0}
	}
	return wide{a.hi<<uint(n) | a.lo>>uint(64-n), a.lo << uint(n)}
}

// shr shifts right by n, and says whether any bit shifted out was set.
func (a wide) shr(n int) (wide, bool) {
	switch {
	case n == 0:
		return a, false
	case n >= 128:
		return wide{}, !a.isZero()
	case n >= 64:
		lost := a.lo != 0 || a.hi&(1<<uint(n-64)-1) != 0
		return wide{0, a.hi >> uint(n-64)}, lost
	}
	lost := a.lo&(1<<uint(n)-1) != 0
	return wide{a.hi >> uint(n), a.lo>>uint(n) | a.hi<<uint(64-n)}, lost
}

// bit reports bit i (any i >= 0).
func (a wide) bit(i int) bool {
	switch {
	case i >= 128:
		return false
	case i >= 64:
		return a.hi>>uint(i-64)&1 == 1
	}
	return a.lo>>uint(i)&1 == 1
}

// unpack returns a finite nonzero x as m·2**e with m in [2**52, 2**53),
// subnormals normalised.
func unpack(x float64) (negative bool, m uint64, e int) {
	b := Float64bits(x)
	negative = b&signBit != 0
	biased := int(b >> expShift & expBits)
	m = b & fracMask
	if biased == 0 {
		shift := leadingZeros64(m) - 11
		return negative, m << uint(shift), -1074 - shift
	}
	return negative, m | 1<<expShift, biased - expBias - expShift
}

// FMA is x*y + z computed exactly and rounded once.
func FMA(x, y, z float64) float64 {
	switch {
	case IsNaN(x) || IsNaN(y):
		// The first NaN operand, quieted, as the processor returns it.
		return x * y
	case IsNaN(z):
		return z + z
	case x == 0 || y == 0 || IsInf(x, 0) || IsInf(y, 0):
		return x*y + z
	case IsInf(z, 0):
		return z
	case z == 0:
		return x * y
	}
	xNeg, xm, xe := unpack(x)
	yNeg, ym, ye := unpack(y)
	zNeg, zm, ze := unpack(z)

	// Both operands of the sum with their top bit at bit 125: the product
	// (105 or 106 bits) exactly, z shifted up likewise.
	hi, lo := mul64(xm, ym)
	p := wide{hi, lo}
	pShift := 125 - p.top()
	p = p.shl(pShift)
	pe := xe + ye - pShift
	pNeg := xNeg != yNeg
	q := wide{0, zm}.shl(73)
	qe := ze - 73

	// a is the larger in magnitude; b is aligned to it, its lost bits kept
	// as a sticky bit far below the rounding position.
	a, aNeg, e := p, pNeg, pe
	b, bNeg, be := q, zNeg, qe
	if qe > pe || qe == pe && p.less(q) {
		a, aNeg, e, b, bNeg, be = q, zNeg, qe, p, pNeg, pe
	}
	b, lost := b.shr(e - be)
	if lost {
		b.lo |= 1
	}
	var r wide
	if aNeg == bNeg {
		r = a.plus(b)
	} else {
		r = a.minus(b)
	}
	if r.isZero() {
		return 0
	}

	// Keep 53 bits, or fewer for a subnormal result (whose lowest bit is
	// 2**-1074); round the dropped ones to nearest, ties to even.
	t := r.top()
	drop := t - 52
	if min := -1074 - e; drop < min {
		drop = min
	}
	var m uint64
	if drop <= 0 {
		m = r.shl(-drop).lo
	} else {
		kept, _ := r.shr(drop)
		m = kept.lo
		_, below := r.shr(drop - 1)
		if r.bit(drop-1) && (below || m&1 == 1) {
			m++
		}
	}
	if m == 1<<(expShift+1) {
		m >>= 1
		drop++
	}
	sign := uint64(0)
	if aNeg {
		sign = signBit
	}
	// m·2**(drop+e): for a normal m the hidden bit adds one to the
	// exponent field, which the -1 in the biased exponent accounts for.
	field := drop + e + 1074
	if field+int(m>>expShift) >= expBits {
		return Float64frombits(sign | infBits)
	}
	return Float64frombits(sign | uint64(field)<<expShift + m)
}
