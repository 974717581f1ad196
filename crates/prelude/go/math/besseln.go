package math

// Bessel functions of integer order n, Jn and Yn, computed as Go's math
// package computes them on amd64 (plain Go there, FreeBSD's e_jn.c), so
// that every result has the same bits: forward recurrence where it is
// stable, a continued fraction and backward recurrence where it is not.

// Beyond 2**302 both use the first term of the asymptotic expansion.
const besselVeryHuge = 0x1p302

// Jn is the Bessel function of the first kind of order n.
func Jn(n int, x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		// J(-n, x) = J(n, -x).
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	negative := false
	if x < 0 {
		x = -x
		negative = n&1 == 1
	}
	var b float64
	switch {
	case float64(n) <= x && x >= besselVeryHuge:
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = c + s
		case 1:
			t = -c + s
		case 2:
			t = -c - s
		default:
			t = c - s
		}
		b = invSqrtPi * t / Sqrt(x)
	case float64(n) <= x:
		// Forward: J(i+1) = (2i/x)·J(i) - J(i-1).
		a := J0(x)
		b = J1(x)
		for i := 1; i < n; i++ {
			a, b = b, b*(float64(i+i)/x)-a
		}
	case x < 0x1p-29:
		// The series' first term, (x/2)**n / n!.
		if n > 33 {
			b = 0
			break
		}
		half := x * 0.5
		b = half
		fact := 1.0
		for i := 2; i <= n; i++ {
			fact *= float64(i)
			b *= half
		}
		b /= fact
	default:
		b = jnBackward(n, x)
	}
	if negative {
		return -b
	}
	return b
}

// jnBackward is Jn(n, x) for 2**-29 <= x < n: J(n)/J(n-1) from a
// continued fraction whose length comes from the recurrence's growth,
// then backward recurrence down to J0 for the scale.
func jnBackward(n int, x float64) float64 {
	w := float64(n+n) / x
	h := 2 / x
	q0 := w
	z := w + h
	q1 := w*z - 1
	k := 1
	for q1 < 1e9 {
		k++
		z += h
		q0, q1 = q1, z*q1-q0
	}
	t := 0.0
	for i := 2 * (n + k); i >= n+n; i -= 2 {
		t = 1 / (float64(i)/x - t)
	}
	a := t
	b := 1.0
	// The recurrence may overflow when n·log(2n/x) is large: rescale then.
	nf := float64(n)
	v := 2 / x
	nf = nf * Log(Abs(v*nf))
	rescale := !(nf < 0x1.62e42fefa39efp9)
	for i := n - 1; i > 0; i-- {
		di := float64(i + i)
		a, b = b, b*di/x-a
		if rescale && b > 1e100 {
			a /= b
			t /= b
			b = 1
		}
	}
	return t * J0(x) / b
}

// Yn is the Bessel function of the second kind of order n: NaN for
// x < 0, -Inf at 0 (+Inf for odd negative n).
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	negative := false
	if n < 0 {
		// Y(-n, x) = (-1)**n · Y(n, x).
		n = -n
		negative = n&1 == 1
	}
	if n == 1 {
		if negative {
			return -Y1(x)
		}
		return Y1(x)
	}
	var b float64
	if x >= besselVeryHuge {
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = s - c
		case 1:
			t = -s - c
		case 2:
			t = -s + c
		default:
			t = s + c
		}
		b = invSqrtPi * t / Sqrt(x)
	} else {
		// Forward recurrence, stable for Y; stop once it reaches -Inf.
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if negative {
		return -b
	}
	return b
}
