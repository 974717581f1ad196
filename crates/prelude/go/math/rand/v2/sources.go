// The named sources of Goroutine Dojo's math/rand/v2: PCG and ChaCha8.
//
// They keep Go's API, seeds and encodings, but neither runs its generator:
// each Uint64 is a choice of the scheduler, like every random number in
// the Dojo (see the package comment). Their encoded state therefore
// records the seed (and, for ChaCha8, how many values were drawn) rather
// than where a real generator would be.

package rand

import "errors"

// A PCG is Go's PCG source (a 128-bit permuted congruential generator) in
// name: its seed is kept, its values come from the scheduler.
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a PCG seeded with seed1 and seed2.
func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{hi: seed1, lo: seed2}
}

// Seed resets the PCG as NewPCG(seed1, seed2) would.
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi, p.lo = seed1, seed2
}

// Uint64 asks the scheduler for a uint64.
func (p *PCG) Uint64() uint64 { return scheduled64() }

// AppendBinary appends the PCG's state: "pcg:" and its two words, big
// endian.
func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, "pcg:"...)
	b = appendBigEndian(b, p.hi)
	return appendBigEndian(b, p.lo), nil
}

// MarshalBinary returns the PCG's state as AppendBinary writes it.
func (p *PCG) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, 20))
}

var errBadPCG = errors.New("invalid PCG encoding")

// UnmarshalBinary restores a state written by MarshalBinary.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errBadPCG
	}
	p.hi = bigEndian(data[4:12])
	p.lo = bigEndian(data[12:20])
	return nil
}

// A ChaCha8 is Go's ChaCha8 source in name: its seed is kept, its values
// come from the scheduler.
type ChaCha8 struct {
	seed [32]byte
	used uint64 // values drawn since Go would last have reseeded

	// The last readLen bytes of readBuf are what Read has not handed out
	// of its last value.
	readBuf [8]byte
	readLen int
}

// Go's ChaCha8 reseeds itself after handing out this many values; its
// encoding cannot hold a larger count.
const chachaPeriod = 124

// NewChaCha8 returns a ChaCha8 seeded with seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	return &ChaCha8{seed: seed}
}

// Seed resets the ChaCha8 as NewChaCha8(seed) would.
func (c *ChaCha8) Seed(seed [32]byte) {
	c.seed = seed
	c.used = 0
	c.readBuf = [8]byte{}
	c.readLen = 0
}

// Uint64 asks the scheduler for a uint64.
func (c *ChaCha8) Uint64() uint64 {
	if c.used == chachaPeriod {
		c.used = 0 // where Go would reseed
	}
	c.used++
	return scheduled64()
}

// Read fills p with random bytes, eight from each Uint64, low byte first;
// bytes of the last value left over are used by the next Read. It always
// returns len(p), nil.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[8-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) > 0 {
		v := c.Uint64()
		for k := 0; k < 8; k++ {
			c.readBuf[k] = byte(v >> (8 * k))
		}
		m := copy(p, c.readBuf[:])
		n += m
		p = p[m:]
		c.readLen = 8 - m
	}
	return n, nil
}

// AppendBinary appends the ChaCha8's state: the bytes Read still holds,
// if any, as "readbuf:", a length byte and the bytes; then "chacha8:",
// the count of values drawn (big endian) and the seed.
func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error) {
	if c.readLen > 0 {
		b = append(b, "readbuf:"...)
		b = append(b, byte(c.readLen))
		b = append(b, c.readBuf[8-c.readLen:]...)
	}
	b = append(b, "chacha8:"...)
	b = appendBigEndian(b, c.used)
	return append(b, c.seed[:]...), nil
}

// MarshalBinary returns the ChaCha8's state as AppendBinary writes it.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	return c.AppendBinary(make([]byte, 0, 64))
}

// errBadChaCha8 is the error type of a bad ChaCha8 encoding.
type errBadChaCha8 struct{}

func (*errBadChaCha8) Error() string { return "invalid ChaCha8 encoding" }

// UnmarshalBinary restores a state written by MarshalBinary.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	const bufTag = "readbuf:"
	if len(data) >= len(bufTag) && string(data[:len(bufTag)]) == bufTag {
		data = data[len(bufTag):]
		if len(data) == 0 || len(data) < 1+int(data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		held := data[1 : 1+int(data[0])]
		c.readLen = copy(c.readBuf[8-len(held):], held)
		data = data[1+len(held):]
	}
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return new(errBadChaCha8)
	}
	used := bigEndian(data[8:16])
	if used > chachaPeriod {
		return new(errBadChaCha8)
	}
	c.used = used
	copy(c.seed[:], data[16:])
	return nil
}

// appendBigEndian appends the 8 bytes of v, most significant first.
func appendBigEndian(b []byte, v uint64) []byte {
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(v>>uint(shift)))
	}
	return b
}

// bigEndian reads 8 bytes, most significant first.
func bigEndian(b []byte) uint64 {
	var v uint64
	for _, x := range b[:8] {
		v = v<<8 | uint64(x)
	}
	return v
}
