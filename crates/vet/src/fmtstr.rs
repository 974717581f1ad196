//! Printf format strings as go vet's printf analyzer reads them
//! (`golang.org/x/tools/internal/fmtstr`): each `%` operation with its
//! flags, width, precision, explicit `[n]` indices, and which argument of
//! the call each part reads. Errors are worded as the analyzer prints
//! them after the function's name (`fmt.Printf format %[0]d ...`).

/// A width or precision: `Dynamic` is the call argument a `*` reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Size {
    pub dynamic: Option<usize>,
    pub indexed: bool,
}

/// One `%` operation of a format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The operation as written, `%` to verb: `%-8.3f`.
    pub text: String,
    pub verb: char,
    /// Whether the verb's argument was chosen with `[n]`.
    pub verb_indexed: bool,
    /// The call argument (0-based, counting the format and what precedes
    /// it) the verb formats.
    pub arg: usize,
    pub flags: String,
    pub width: Size,
    pub prec: Size,
    /// Byte offsets of the operation in the format string.
    pub start: usize,
    pub end: usize,
}

/// Splits `format` into operations; `idx` is the format's own argument
/// index in the call, so the first value is argument `idx + 1`.
pub fn parse(format: &[u8], idx: usize) -> Result<Vec<Operation>, String> {
    let first_arg = idx + 1;
    let mut arg_num = first_arg;
    let mut ops = Vec::new();
    let mut i = 0;
    while i < format.len() {
        if format[i] != b'%' {
            i += 1;
            continue;
        }
        let (mut op, next_arg) = operation(&format[i..], first_arg, arg_num)?;
        op.start = i;
        op.end = i + op.text.len();
        i = op.end;
        if op.verb != '%' {
            arg_num = next_arg + 1;
        }
        ops.push(op);
    }
    Ok(ops)
}

/// The parser's state within one operation.
struct State<'a> {
    text: &'a [u8],
    n: usize,
    first_arg: usize,
    arg_num: usize,
    index_pending: bool,
}

fn operation(text: &[u8], first_arg: usize, arg_num: usize) -> Result<(Operation, usize), String> {
    let mut s = State {
        text,
        n: 1,
        first_arg,
        arg_num,
        index_pending: false,
    };
    let flags_end = s.n
        + text[s.n..]
            .iter()
            .take_while(|c| b"#0+- ".contains(c))
            .count();
    let flags = String::from_utf8_lossy(&text[s.n..flags_end]).into_owned();
    s.n = flags_end;
    s.index()?;
    let width = s.size();
    let mut prec = Size::default();
    if s.n < text.len() && text[s.n] == b'.' {
        s.n += 1;
        s.index()?;
        prec = s.size();
    }
    if !s.index_pending {
        s.index()?;
    }
    if s.n == text.len() {
        return Err(format!(
            "format {} is missing verb at end of string",
            String::from_utf8_lossy(text)
        ));
    }
    let (verb, w) = decode_rune(&text[s.n..]);
    let verb_indexed = s.index_pending;
    s.n += w;
    let op = Operation {
        text: String::from_utf8_lossy(&text[..s.n]).into_owned(),
        verb,
        verb_indexed,
        arg: s.arg_num,
        flags,
        width,
        prec,
        start: 0,
        end: 0,
    };
    Ok((op, s.arg_num))
}

impl State<'_> {
    /// `[n]`: the next part reads argument n.
    fn index(&mut self) -> Result<(), String> {
        if self.n == self.text.len() || self.text[self.n] != b'[' {
            return Ok(());
        }
        self.n += 1;
        let start = self.n;
        let digits = self.text[start..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let mut ok = true;
        let mut end = start + digits;
        if end == self.text.len() || digits == 0 || self.text[end] != b']' {
            ok = false;
            match self.text[start..].iter().position(|&c| c == b']') {
                Some(p) => end = start + p,
                None => {
                    return Err(format!(
                        "format {} is missing closing ]",
                        String::from_utf8_lossy(self.text)
                    ));
                }
            }
        }
        let written = String::from_utf8_lossy(&self.text[start..end]).into_owned();
        let value = written.parse::<i32>().ok().filter(|&v| v > 0 && ok);
        let Some(value) = value else {
            return Err(format!("format has invalid argument index [{written}]"));
        };
        self.n = end + 1;
        self.arg_num = usize::try_from(value).unwrap_or(0) + self.first_arg - 1;
        self.index_pending = true;
        Ok(())
    }

    /// A width or precision: digits, or `*` reading an argument.
    fn size(&mut self) -> Size {
        if self.n < self.text.len() && self.text[self.n] == b'*' {
            self.n += 1;
            let indexed = std::mem::take(&mut self.index_pending);
            let size = Size {
                dynamic: Some(self.arg_num),
                indexed,
            };
            self.arg_num += 1;
            return size;
        }
        self.n += self.text[self.n..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        Size::default()
    }
}

/// The first UTF-8 character of `b` and its length (U+FFFD, 1 if invalid).
fn decode_rune(b: &[u8]) -> (char, usize) {
    let len = match b.first() {
        Some(c) if *c < 0x80 => 1,
        Some(c) if *c >= 0xF0 => 4,
        Some(c) if *c >= 0xE0 => 3,
        Some(c) if *c >= 0xC0 => 2,
        _ => 1,
    };
    match b.get(..len).and_then(|s| std::str::from_utf8(s).ok()) {
        Some(s) => s.chars().next().map_or(('\u{FFFD}', 1), |c| (c, len)),
        None => ('\u{FFFD}', 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_read_their_arguments_in_turn() {
        let ops = parse(b"%d items, %-8.3f%% done, %[1]q and %*d", 0).unwrap();
        let seen: Vec<(&str, char, usize)> = ops
            .iter()
            .map(|o| (o.text.as_str(), o.verb, o.arg))
            .collect();
        assert_eq!(
            seen,
            [
                ("%d", 'd', 1),
                ("%-8.3f", 'f', 2),
                ("%%", '%', 3),
                ("%[1]q", 'q', 1),
                ("%*d", 'd', 3)
            ]
        );
        assert_eq!(ops[4].width.dynamic, Some(2));
    }

    #[test]
    fn errors_are_worded_as_go_vet_words_them() {
        assert_eq!(
            parse(b"100%", 0).unwrap_err(),
            "format % is missing verb at end of string"
        );
        assert_eq!(
            parse(b"%[0]d", 0).unwrap_err(),
            "format has invalid argument index [0]"
        );
        assert_eq!(
            parse(b"%[2", 0).unwrap_err(),
            "format %[2 is missing closing ]"
        );
    }
}
