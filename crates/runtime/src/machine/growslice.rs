//! How `append` grows a backing array, as Go's `runtime.growslice` does:
//! double a small slice (or take the length needed, if more), grow a big
//! one by about 1.25x, then round the bytes up to the allocator's size
//! class (or whole pages) and keep every element that fits.
//!
//! Go's compiler also gives a slice whose backing array never escapes a
//! 32-byte buffer on the stack, and moves one to the heap where it
//! escapes; that depends on escape analysis the Dojo does not do, so a
//! slice that never escapes may show a different `cap` than in Go.

use program::ElemLayout;

/// Go's size classes for small objects (`internal/runtime/gc`), in bytes.
const SIZE_CLASSES: [u64; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];
const MAX_SMALL_SIZE: u64 = 32768;
const MALLOC_HEADER: u64 = 8;
/// Objects with pointers above this size carry a malloc header.
const MIN_SIZE_FOR_HEADER: u64 = 512;
const PAGE: u64 = 8192;

/// The capacity of the array `append` allocates when `new_len` elements
/// do not fit in `old_cap`.
pub(super) fn grown_cap(new_len: usize, old_cap: usize, layout: ElemLayout) -> usize {
    let size = layout.size();
    if size == 0 {
        return new_len;
    }
    let cap = next_cap(new_len as u64, old_cap as u64);
    let bytes = cap.saturating_mul(size);
    let rounded = round_up_size(bytes, !layout.pointers());
    usize::try_from((rounded / size).max(new_len as u64)).unwrap_or(new_len)
}

/// `runtime.nextslicecap`.
fn next_cap(new_len: u64, old_cap: u64) -> u64 {
    let double = old_cap.saturating_add(old_cap);
    if new_len > double {
        return new_len;
    }
    const THRESHOLD: u64 = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    let mut cap = old_cap;
    while cap < new_len {
        cap = cap.saturating_add((cap + 3 * THRESHOLD) >> 2);
    }
    cap
}

/// `runtime.roundupsize`: the bytes the allocator hands out for `size`.
fn round_up_size(size: u64, noscan: bool) -> u64 {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER {
        let header = if !noscan && size > MIN_SIZE_FOR_HEADER {
            MALLOC_HEADER
        } else {
            0
        };
        let class = SIZE_CLASSES
            .iter()
            .copied()
            .find(|c| *c >= size + header)
            .unwrap_or(MAX_SMALL_SIZE);
        return class - header;
    }
    size.checked_next_multiple_of(PAGE).unwrap_or(size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_slices_double_and_round_to_a_size_class() {
        let int = ElemLayout::new(8, false);
        let caps: Vec<usize> = (1..=9)
            .scan(0, |cap, len| {
                if len > *cap {
                    *cap = grown_cap(len, *cap, int);
                }
                Some(*cap)
            })
            .collect();
        assert_eq!(caps, [1, 2, 4, 4, 8, 8, 8, 8, 16]);
        // Five ints at once: 40 bytes, class 48.
        assert_eq!(grown_cap(5, 0, int), 6);
        // Bytes start at the smallest class.
        assert_eq!(grown_cap(1, 0, ElemLayout::new(1, false)), 8);
        // A 24-byte struct doubles from 2 to 4: 96 bytes, a class of its own.
        assert_eq!(grown_cap(3, 2, ElemLayout::new(24, false)), 4);
        // Three strings at once: 48 bytes, class 48.
        assert_eq!(grown_cap(3, 0, ElemLayout::new(16, true)), 3);
    }

    #[test]
    fn big_slices_grow_by_a_quarter_plus_and_round_to_pages() {
        let int = ElemLayout::new(8, false);
        assert_eq!(grown_cap(301, 300, int), 608);
        assert_eq!(grown_cap(1001, 1000, int), 1536);
    }
}
