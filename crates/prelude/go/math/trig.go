package math

// Sine, cosine and tangent, computed the way Go's math package computes
// them on amd64, operation for operation, so that every result has the
// same bits: the argument is reduced to an octant and a remainder within
// π/4, and a polynomial (the Cephes library's coefficients) does the rest.

// Coefficients of the sine and cosine polynomials, highest power first.
var sinCoef = [6]float64{
	0x1.5d8fd1fd19ccdp-33,
	-0x1.ae5e5a9291f5dp-26,
	0x1.71de3567d48a1p-19,
	-0x1.a01a019bfdf03p-13,
	0x1.111111110f7d0p-7,
	-0x1.5555555555548p-3,
}

var cosCoef = [6]float64{
	-0x1.8fa49a0861a9bp-37,
	0x1.1ee9d7b4e3f05p-29,
	-0x1.27e4f7eac4bc6p-22,
	0x1.a01a019c844f5p-16,
	-0x1.6c16c16c14f91p-10,
	0x1.555555555554bp-5,
}

// The tangent's rational function: numerator and denominator.
var tanNum = [3]float64{
	-0x1.992d8d24f3f38p13,
	0x1.199eca5fc9dddp20,
	-0x1.11fead3299176p24,
}

var tanDen = [4]float64{
	0x1.ab8a5eeb36572p13,
	-0x1.427bc582abc96p20,
	0x1.7d98fc2ead8efp24,
	-0x1.9afe03cbe5a31p25,
}

// Arguments from here on are reduced with all of 4/π's bits.
const bigArgument = 1 << 29

// 4/π and π/4 rounded to float64.
const (
	fourOverPiF = 0x1.45f306dc9c883p0
	quarterPi   = 0x1.921fb54442d18p-1
)

// π/4 in three parts whose products with a small integer are exact.
const (
	quarterPiA = 0x1.921fb40000000p-1
	quarterPiB = 0x1.4442d00000000p-25
	quarterPiC = 0x1.8469898cc5170p-49
)

// octant reduces x >= 0: x = j·π/4 + z with j even (0..6) and |z| <= π/4.
func octant(x float64) (j uint64, z float64) {
	if x >= bigArgument {
		return reduceBig(x)
	}
	j = uint64(x * fourOverPiF)
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	z = ((x - y*quarterPiA) - y*quarterPiB) - y*quarterPiC
	return j, z
}

func sinPoly(z, zz float64) float64 {
	c := sinCoef
	return z + z*zz*((((((c[0]*zz)+c[1])*zz+c[2])*zz+c[3])*zz+c[4])*zz+c[5])
}

func cosPoly(zz float64) float64 {
	c := cosCoef
	return 1.0 - 0.5*zz + zz*zz*((((((c[0]*zz)+c[1])*zz+c[2])*zz+c[3])*zz+c[4])*zz+c[5])
}

func Sin(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	negative := x < 0
	if negative {
		x = -x
	}
	j, z := octant(x)
	if j > 3 {
		negative = !negative
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if negative {
		y = -y
	}
	return y
}

func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	j, z := octant(Abs(x))
	negative := false
	if j > 3 {
		j -= 4
		negative = !negative
	}
	if j > 1 {
		negative = !negative
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if negative {
		y = -y
	}
	return y
}

func Tan(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	negative := x < 0
	if negative {
		x = -x
	}
	j, z := octant(x)
	zz := z * z
	y := z
	if zz > 1e-14 {
		p, q := tanNum, tanDen
		y = z + z*(zz*(((p[0]*zz)+p[1])*zz+p[2])/((((zz+q[0])*zz+q[1])*zz+q[2])*zz+q[3]))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if negative {
		y = -y
	}
	return y
}

// The bits of 4/π, 64 to a word, the first word holding its integer part.
var fourOverPi = [20]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}

// reduceBig reduces a huge x (Payne and Hanek's method): x's mantissa
// times the 192 bits of 4/π that matter at x's exponent gives the octant
// in the integer bits and z in the fraction bits.
func reduceBig(x float64) (j uint64, z float64) {
	if x < quarterPi {
		return 0, x
	}
	b := Float64bits(x)
	e := int(b>>expShift&expBits) - expBias - expShift
	m := b&fracMask | 1<<expShift
	word, shift := uint(e+61)/64, uint(e+61)%64
	w0 := fourOverPi[word]<<shift | fourOverPi[word+1]>>(64-shift)
	w1 := fourOverPi[word+1]<<shift | fourOverPi[word+2]>>(64-shift)
	w2 := fourOverPi[word+2]<<shift | fourOverPi[word+3]>>(64-shift)
	hi2, _ := mul64(w2, m)
	hi1, lo1 := mul64(w1, m)
	lo0 := w0 * m
	lo, carry := add64(lo1, hi2, 0)
	hi, _ := add64(lo0, hi1, carry)
	j = hi >> 61
	hi = hi<<3 | lo>>61
	lz := uint(leadingZeros64(hi))
	exp := uint64(expBias - (lz + 1))
	hi = hi<<(lz+1) | lo>>(64-(lz+1))
	hi >>= 64 - expShift
	hi |= exp << expShift
	z = Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * quarterPi
}

// mul64 is the 128-bit product of x and y.
func mul64(x, y uint64) (hi, lo uint64) {
	const half = 1<<32 - 1
	x0, x1 := x&half, x>>32
	y0, y1 := y&half, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&half, t>>32
	w1 += x0 * y1
	return x1*y1 + w2 + w1>>32, x * y
}

// add64 is x + y + carry and the carry out.
func add64(x, y, carry uint64) (sum, out uint64) {
	sum = x + y + carry
	out = (x&y | (x|y)&^sum) >> 63
	return sum, out
}

func leadingZeros64(x uint64) int {
	n := 0
	for x&(1<<63) == 0 && n < 64 {
		x <<= 1
		n++
	}
	return n
}
