//! Byte ranges in a source file, and their conversion to Go's `line:col`.
//!
//! Go reports positions as 1-based lines and 1-based *byte* columns, so a
//! line index over byte offsets is all that is needed to print them the way
//! `go build` does.

/// A half-open byte range `lo..hi` in one source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub const fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }

    /// An empty span at the start of this one.
    pub fn start(self) -> Span {
        Span {
            lo: self.lo,
            hi: self.lo,
        }
    }
}

/// 1-based line and 1-based byte column, as Go prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Start offsets of every line of a file, for turning offsets into [`LineCol`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(offset(i + 1));
            }
        }
        LineIndex { starts }
    }

    pub fn line_col(&self, pos: u32) -> LineCol {
        let line = self.starts.partition_point(|&s| s <= pos).max(1);
        let col = pos - self.starts[line - 1] + 1;
        LineCol {
            line: offset(line),
            col,
        }
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, pos: u32) -> u32 {
        self.line_col(pos).line
    }
}

/// Source files are far below 4 GiB (the front end caps them), so offsets fit in `u32`.
pub(crate) fn offset(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_byte_columns() {
        let idx = LineIndex::new("ab\ncd\n\nxé y");
        assert_eq!(idx.line_col(0), LineCol { line: 1, col: 1 });
        assert_eq!(idx.line_col(4), LineCol { line: 2, col: 2 });
        assert_eq!(idx.line_col(6), LineCol { line: 3, col: 1 });
        // `é` is two bytes, so `y` sits in byte column 5.
        assert_eq!(idx.line_col(11), LineCol { line: 4, col: 5 });
    }
}
