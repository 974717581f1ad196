//! A small LZ77 codec for share links. Go source repeats itself a lot
//! (keywords, identifiers, indentation), so back-references alone halve it;
//! a general-purpose deflate would shave a little more but cost the page
//! far more code than this.
//!
//! The format is a sequence of `literal count, literals, match length - 4,
//! match distance` with LEB128 counts; the last sequence has literals
//! only. Decoding validates every count and distance and stops at a size
//! limit, so hostile input is an error, never a panic or a huge
//! allocation.

const MIN_MATCH: usize = 4;
const WINDOW: usize = 1 << 15;
const HASH_BITS: u32 = 12;
/// Earlier positions with the same hash tried per match.
const CHAIN: usize = 16;

fn hash(b: &[u8]) -> usize {
    let v = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    (v.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
}

fn put(out: &mut Vec<u8>, mut v: usize) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn insert(input: &[u8], at: usize, head: &mut [usize], prev: &mut [usize]) {
    if at + MIN_MATCH <= input.len() {
        let h = hash(&input[at..]);
        prev[at] = head[h];
        head[h] = at;
    }
}

pub fn compress(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() / 2 + 8);
    // Last position of each hash, and for each position the previous one
    // with its hash: a chain to search for the longest match.
    let mut head = vec![usize::MAX; 1 << HASH_BITS];
    let mut prev = vec![usize::MAX; input.len()];
    let (mut i, mut literal_start) = (0, 0);
    while i + MIN_MATCH <= input.len() {
        let (mut best, mut best_at) = (0, 0);
        let mut candidate = head[hash(&input[i..])];
        for _ in 0..CHAIN {
            if candidate == usize::MAX || i - candidate > WINDOW {
                break;
            }
            let len = input[candidate..]
                .iter()
                .zip(&input[i..])
                .take_while(|(a, b)| a == b)
                .count();
            if len > best {
                (best, best_at) = (len, candidate);
            }
            candidate = prev[candidate];
        }
        if best < MIN_MATCH {
            insert(input, i, &mut head, &mut prev);
            i += 1;
            continue;
        }
        put(&mut out, i - literal_start);
        out.extend_from_slice(&input[literal_start..i]);
        put(&mut out, best - MIN_MATCH);
        put(&mut out, i - best_at);
        for at in i..i + best {
            insert(input, at, &mut head, &mut prev);
        }
        i += best;
        literal_start = i;
    }
    put(&mut out, input.len() - literal_start);
    out.extend_from_slice(&input[literal_start..]);
    out
}

/// Why compressed data could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Corrupt;

fn get(input: &[u8], at: &mut usize) -> Result<usize, Corrupt> {
    let mut v = 0usize;
    for shift in (0..35).step_by(7) {
        let b = *input.get(*at).ok_or(Corrupt)?;
        *at += 1;
        v |= usize::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err(Corrupt)
}

/// Decompresses `input`, refusing anything that would exceed `limit` bytes.
pub fn decompress(input: &[u8], limit: usize) -> Result<Vec<u8>, Corrupt> {
    let mut out: Vec<u8> = Vec::new();
    let mut at = 0;
    loop {
        let literals = get(input, &mut at)?;
        let end = at.checked_add(literals).ok_or(Corrupt)?;
        let bytes = input.get(at..end).ok_or(Corrupt)?;
        if out.len() + literals > limit {
            return Err(Corrupt);
        }
        out.extend_from_slice(bytes);
        at = end;
        if at == input.len() {
            return Ok(out);
        }
        let len = get(input, &mut at)?.checked_add(MIN_MATCH).ok_or(Corrupt)?;
        let distance = get(input, &mut at)?;
        if distance == 0 || distance > out.len() || out.len() + len > limit {
            return Err(Corrupt);
        }
        let from = out.len() - distance;
        for k in 0..len {
            out.push(out[from + k]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_shrinks_go_source() {
        let src = include_str!("../../../tests/explore/stop_channel_race.go");
        let packed = compress(src.as_bytes());
        assert!(
            packed.len() * 10 < src.len() * 8,
            "{} of {}",
            packed.len(),
            src.len()
        );
        assert_eq!(decompress(&packed, 1 << 20).unwrap(), src.as_bytes());
        for s in [
            "",
            "a",
            "abcd",
            "aaaaaaaaaaaaaaaaaaaa",
            "é漢字é漢字é漢字é漢字",
        ] {
            assert_eq!(
                decompress(&compress(s.as_bytes()), 1 << 20).unwrap(),
                s.as_bytes()
            );
        }
    }

    #[test]
    fn corrupt_and_oversized_input_is_refused() {
        assert_eq!(decompress(&[], 10), Err(Corrupt));
        assert_eq!(decompress(&[5, b'a'], 10), Err(Corrupt));
        assert_eq!(decompress(&[1, b'a', 0, 2], 10), Err(Corrupt));
        assert_eq!(decompress(&[0xff; 8], 10), Err(Corrupt));
        // A valid stream that expands past the limit.
        let big = compress(&vec![b'x'; 1000]);
        assert_eq!(decompress(&big, 999), Err(Corrupt));
        assert_eq!(decompress(&big, 1000).unwrap().len(), 1000);
    }
}
