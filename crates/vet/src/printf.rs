//! printf: calls of fmt's and log's printing functions whose format and
//! arguments disagree: a verb for the wrong type, too few or too many
//! arguments, an unknown verb or flag, `%w` outside `fmt.Errorf`, a
//! format string that is not a constant, a `Println` given a format, a
//! function printed instead of called, a `String` method that prints its
//! own receiver. Go also infers wrappers of these functions across a
//! program; the Dojo checks the functions themselves.

use crate::fmtstr::{self, Operation};
use crate::locks::name;
use crate::printf_types::{self as pt, ArgKinds};
use crate::walk::{Node, walk};
use crate::{Analyzer, Cx, Finding, unparen};
use syntax::ast::{Expr, ExprKind, FuncDecl, Lit, UnaryOp};
use types::{ConstValue, ObjKind, Type, TypeId};

/// Go's list of print functions (`go vet -printf.funcs`), those the Dojo has.
const FUNCS: &[(&str, &[&str])] = &[
    (
        "fmt",
        &[
            "Append", "Appendf", "Appendln", "Errorf", "Fprint", "Fprintf", "Fprintln", "Print",
            "Printf", "Println", "Sprint", "Sprintf", "Sprintln",
        ],
    ),
    (
        "log",
        &[
            "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln", "Print", "Printf",
            "Println",
        ],
    ),
];

const LOGGER_METHODS: &[&str] = &[
    "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln", "Print", "Printf", "Println",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Print,
    Printf,
    Errorf,
}

/// Each verb, the flags it knows and the argument kinds it accepts.
const VERBS: &[(char, &str, ArgKinds)] = &[
    ('%', "", 0),
    (
        'b',
        " -+.0#",
        pt::INT | pt::FLOAT | pt::COMPLEX | pt::POINTER,
    ),
    ('c', "-", pt::RUNE | pt::INT),
    ('d', " -+.0", pt::INT | pt::POINTER),
    ('e', " -+.0#", pt::FLOAT | pt::COMPLEX),
    ('E', " -+.0#", pt::FLOAT | pt::COMPLEX),
    ('f', " -+.0#", pt::FLOAT | pt::COMPLEX),
    ('F', " -+.0#", pt::FLOAT | pt::COMPLEX),
    ('g', " -+.0#", pt::FLOAT | pt::COMPLEX),
    ('G', " -+.0#", pt::FLOAT | pt::COMPLEX),
    ('o', " -+.0#", pt::INT | pt::POINTER),
    ('O', " -+.0#", pt::INT | pt::POINTER),
    ('p', "-#", pt::POINTER),
    // Since Go 1.26 only runes and bytes are %q integers.
    ('q', " -+.0#", pt::RUNE | pt::BYTE | pt::STRING),
    ('s', " -+.0", pt::STRING),
    ('t', "-", pt::BOOL),
    ('T', "-", pt::ANY),
    ('U', "-#", pt::RUNE | pt::INT),
    ('v', " -+.0#", pt::ANY),
    ('w', " -+.0#", pt::ERROR),
    (
        'x',
        " -+.0#",
        pt::RUNE | pt::INT | pt::STRING | pt::POINTER | pt::FLOAT | pt::COMPLEX,
    ),
    (
        'X',
        " -+.0#",
        pt::RUNE | pt::INT | pt::STRING | pt::POINTER | pt::FLOAT | pt::COMPLEX,
    ),
];

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    walk(&cx.file.ast, &mut |n, ancestors| {
        let Node::Expr(call) = n else { return };
        let ExprKind::Call { func, args, spread } = &call.kind else {
            return;
        };
        let Some((name, kind, sig)) = print_func(cx, func) else {
            return;
        };
        let method = ancestors.iter().rev().find_map(|a| match a {
            Node::Func(f) => Some(*f),
            _ => None,
        });
        let c = Call {
            cx,
            call,
            args,
            spread: spread.is_some(),
            name,
            method,
        };
        match kind {
            Kind::Print => c.check_print(sig, out),
            Kind::Printf | Kind::Errorf => c.check_printf(kind, sig, out),
        }
    });
}

/// The print function a call's callee is: its full name as Go writes it
/// (`fmt.Printf`, `(*log.Logger).Printf`), kind and parameter count.
fn print_func(cx: &Cx<'_>, func: &Expr) -> Option<(String, Kind, usize)> {
    let obj = cx.callee(func)?;
    let o = cx.ck.object(obj);
    let name = if FUNCS.iter().any(|(pkg, names)| cx.is_func(obj, pkg, names)) {
        format!("{}.{}", cx.package_path(o.pkg), o.name)
    } else if LOGGER_METHODS
        .iter()
        .any(|m| cx.is_method(obj, "log", "Logger", m))
    {
        format!("(*log.Logger).{}", o.name)
    } else {
        return None;
    };
    let ObjKind::Func { ty, .. } = o.kind else {
        return None;
    };
    let sig = cx.ck.types.signature(ty)?;
    if !sig.variadic {
        return None;
    }
    let kind = if name == "fmt.Errorf" {
        Kind::Errorf
    } else if o.name.ends_with('f') {
        Kind::Printf
    } else {
        Kind::Print
    };
    Some((name, kind, sig.params.len()))
}

/// One call being checked.
struct Call<'a, 'c> {
    cx: &'a Cx<'c>,
    call: &'a Expr,
    args: &'a [Expr],
    spread: bool,
    name: String,
    /// The function declaration the call is in, for the recursive
    /// `String` method check.
    method: Option<&'a FuncDecl>,
}

impl Call<'_, '_> {
    fn report(&self, out: &mut Vec<Finding>, pos: u32, end: u32, message: String) {
        out.push(Finding {
            analyzer: Analyzer::Printf,
            pos,
            end,
            message,
        });
    }

    fn report_call(&self, out: &mut Vec<Finding>, message: String) {
        self.report(out, self.call.span.lo, self.call.span.hi, message);
    }

    fn check_printf(&self, kind: Kind, params: usize, out: &mut Vec<Finding>) {
        let (cx, name) = (self.cx, &self.name);
        let Some(idx) = params.checked_sub(2) else {
            return;
        };
        let Some(format_arg) = self.args.get(idx) else {
            return;
        };
        let Some(format) = const_string(cx, format_arg) else {
            if idx + 1 == self.args.len() {
                self.report(
                    out,
                    format_arg.span.lo,
                    format_arg.span.hi,
                    format!("non-constant format string in call to {name}"),
                );
            }
            return;
        };
        let first_arg = idx + 1;
        if !format.contains(&b'%') {
            if let Some(a) = self.args.get(first_arg) {
                self.report(
                    out,
                    a.span.lo,
                    a.span.hi,
                    format!("{name} call has arguments but no formatting directives"),
                );
            }
            return;
        }
        let ops = match fmtstr::parse(&format, idx) {
            Ok(ops) => ops,
            Err(e) => {
                self.report(
                    out,
                    format_arg.span.lo,
                    format_arg.span.hi,
                    format!("{name} {e}"),
                );
                return;
            }
        };
        let mut max_arg = first_arg - 1;
        let mut any_index = false;
        for op in &ops {
            any_index |= op.verb_indexed || op.width.indexed || op.prec.indexed;
            let at = op_pos(cx, format_arg, op);
            if op.verb == 'w' && kind != Kind::Errorf {
                self.report(
                    out,
                    at,
                    at,
                    format!("{name} does not support error-wrapping directive %w"),
                );
                return;
            }
            if !self.ok_arg(op, at, &mut max_arg, first_arg, out) {
                return;
            }
        }
        if self.spread && max_arg + 2 >= self.args.len() {
            return;
        }
        if any_index {
            return;
        }
        if max_arg + 1 < self.args.len() {
            let expect = max_arg + 1 - first_arg;
            let have = self.args.len() - first_arg;
            self.report_call(
                out,
                format!(
                    "{name} call needs {} but has {}",
                    count(expect, "arg"),
                    count(have, "arg")
                ),
            );
        }
    }

    /// go vet's `okPrintfArg`: one operation against its arguments.
    fn ok_arg(
        &self,
        op: &Operation,
        at: u32,
        max_arg: &mut usize,
        first_arg: usize,
        out: &mut Vec<Finding>,
    ) -> bool {
        let (cx, name) = (self.cx, &self.name);
        let verb = VERBS.iter().find(|v| v.0 == op.verb);
        let kinds = verb.map_or(0, |v| v.2);
        let formatter = kinds != pt::ERROR
            && self
                .args
                .get(op.arg)
                .and_then(|a| cx.type_of(a))
                .is_some_and(|t| pt::is_formatter(cx.ck, t));
        if !formatter {
            let Some(&(_, flags, _)) = verb else {
                self.report(
                    out,
                    at,
                    at,
                    format!("{name} format {} has unknown verb {}", op.text, op.verb),
                );
                return false;
            };
            if let Some(f) = op.flags.chars().find(|&f| f != '0' && !flags.contains(f)) {
                self.report(
                    out,
                    at,
                    at,
                    format!("{name} format {} has unrecognized flag {f}", op.text),
                );
                return false;
            }
        }
        let stars: Vec<usize> = [op.width.dynamic, op.prec.dynamic]
            .into_iter()
            .flatten()
            .collect();
        for &i in &stars {
            if !self.present(op, at, i, first_arg, out) {
                return false;
            }
            let arg = &self.args[i];
            if !cx
                .type_of(arg)
                .is_some_and(|t| pt::matches(cx.ck, pt::INT, t))
            {
                self.report(
                    out,
                    at,
                    at,
                    format!(
                        "{name} format {} uses non-int {} as argument of *",
                        op.text,
                        cx.text(arg)
                    ),
                );
                return false;
            }
        }
        for &i in &stars {
            *max_arg = (*max_arg).max(i);
        }
        if op.verb != '%' {
            *max_arg = (*max_arg).max(op.arg);
        }
        if op.verb == '%' || formatter {
            return true;
        }
        if !self.present(op, at, op.arg, first_arg, out) {
            return false;
        }
        let arg = &self.args[op.arg];
        let Some(t) = cx.type_of(arg) else {
            return true;
        };
        if op.verb == 'w' {
            if let Some(elem) = cx.ck.types.pointer_elem(cx.ck.types.under(t)) {
                if pt::is_error(cx.ck, elem) {
                    self.report(
                        out,
                        at,
                        at,
                        format!(
                            "%w wants operand of error type {}, not pointer type {} (defeats errors.Is)",
                            short_name(cx, elem),
                            short_name(cx, t)
                        ),
                    );
                    return false;
                }
            }
        }
        if is_func_value(cx, t) && op.verb != 'p' && op.verb != 'T' {
            self.report(
                out,
                at,
                at,
                format!(
                    "{name} format {} arg {} is a func value, not called",
                    op.text,
                    cx.text(arg)
                ),
            );
            return false;
        }
        if !pt::matches(cx.ck, kinds, t) {
            self.report(
                out,
                at,
                at,
                format!(
                    "{name} format {} has arg {} of wrong type {}",
                    op.text,
                    cx.text(arg),
                    name_of(cx, t)
                ),
            );
            return false;
        }
        let suppressed = op.flags.contains('#') && !"qxX".contains(op.verb);
        if kinds & pt::STRING != 0 && op.verb != 'T' && !suppressed {
            if let Some(m) = self.recursive_stringer(arg) {
                self.report(
                    out,
                    at,
                    at,
                    format!(
                        "{name} format {} with arg {} causes recursive {m} method call",
                        op.text,
                        cx.text(arg)
                    ),
                );
                return false;
            }
        }
        true
    }

    /// Whether argument `i` is there to be checked; reports it if not.
    fn present(
        &self,
        op: &Operation,
        at: u32,
        i: usize,
        first_arg: usize,
        out: &mut Vec<Finding>,
    ) -> bool {
        if i + 1 < self.args.len() {
            return true;
        }
        if self.spread {
            return false;
        }
        if i < self.args.len() {
            return true;
        }
        self.report(
            out,
            at,
            at,
            format!(
                "{} format {} reads arg #{}, but call has {}",
                self.name,
                op.text,
                i + 1 - first_arg,
                count(self.args.len() - first_arg, "arg")
            ),
        );
        false
    }

    /// go vet's `checkPrint`, for `Println` and its kin.
    fn check_print(&self, params: usize, out: &mut Vec<Finding>) {
        let (cx, name) = (self.cx, &self.name);
        let first_arg = params - 1;
        let Some(args) = self.args.get(first_arg..).filter(|a| !a.is_empty()) else {
            return;
        };
        if first_arg == 0 {
            if let ExprKind::Selector { x, sel } = &self.args[0].kind {
                if matches!(&x.kind, ExprKind::Ident(id) if id.name == "os")
                    && sel.name.starts_with("Std")
                {
                    self.report_call(
                        out,
                        format!(
                            "{name} does not take io.Writer but has first arg {}",
                            cx.text(&self.args[0])
                        ),
                    );
                }
            }
        }
        if let Some(s) = const_string(cx, &args[0]) {
            let s = s.strip_suffix(b"%").unwrap_or(&s);
            if let Some(m) = possible_directive(s) {
                self.report_call(
                    out,
                    format!("{name} call has possible Printf formatting directive {m}"),
                );
            }
        }
        if name.ends_with("ln") {
            if let Some(s) = args.last().and_then(|a| const_string(cx, a)) {
                if s.ends_with(b"\n") {
                    self.report_call(out, format!("{name} arg list ends with redundant newline"));
                }
            }
        }
        for arg in args {
            if cx.type_of(arg).is_some_and(|t| is_func_value(cx, t)) {
                self.report_call(
                    out,
                    format!("{name} arg {} is a func value, not called", cx.text(arg)),
                );
            }
            if let Some(m) = self.recursive_stringer(arg) {
                self.report_call(
                    out,
                    format!(
                        "{name} arg {} causes recursive call to {m} method",
                        cx.text(arg)
                    ),
                );
            }
        }
    }

    /// `r` or `&r` inside `func (r T) String() string` (or `Error`): the
    /// method calls itself through fmt. Returns the method's full name.
    fn recursive_stringer(&self, arg: &Expr) -> Option<String> {
        let cx = self.cx;
        let f = self.method?;
        let recv = f.recv.as_ref()?;
        let method = f.name.name.as_str();
        if method != "String" && method != "Error" {
            return None;
        }
        let t = cx.type_of(arg)?;
        if pt::is_formatter(cx.ck, t) {
            return None;
        }
        let sig = pt::method_sig(cx.ck, t, method)?;
        let stringer = cx
            .ck
            .types
            .signature(sig)
            .is_some_and(|s| s.params.is_empty() && pt::is_string_result(cx.ck, &s.results));
        let bare = match &unparen(arg).kind {
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => unparen(x),
            _ => unparen(arg),
        };
        let recv_name = recv.names.first()?;
        let recv_obj = cx.def(recv_name.span.lo)?;
        if !stringer || cx.use_of(bare) != Some(recv_obj) {
            return None;
        }
        let recv_ty = cx.ck.object(recv_obj).ty();
        Some(format!("({}).{method}", name(&cx.ck.types, recv_ty)))
    }
}

/// The value of a string constant expression.
fn const_string(cx: &Cx<'_>, e: &Expr) -> Option<Vec<u8>> {
    match cx.ck.info.consts.get(&cx.file.key(e.id))? {
        ConstValue::Str(s) => Some(s.clone()),
        _ => None,
    }
}

/// A function, not a function call (a named function type may have a
/// `String` method, so only unnamed ones count).
fn is_func_value(cx: &Cx<'_>, t: TypeId) -> bool {
    matches!(cx.ck.types.get(t), Type::Func(_))
}

/// A type as the analyzer's message writes it: with full package paths.
fn name_of(cx: &Cx<'_>, t: TypeId) -> String {
    name(&cx.ck.types, t)
}

/// A type as the `%w` message writes it: the learner's types unqualified.
fn short_name(cx: &Cx<'_>, t: TypeId) -> String {
    name(&cx.ck.types, t).replace("command-line-arguments.", "")
}

/// `1 arg`, `2 args`.
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Where an operation sits: inside the format literal when the format is
/// one, else the format argument itself.
fn op_pos(cx: &Cx<'_>, format_arg: &Expr, op: &Operation) -> u32 {
    let ExprKind::Lit(Lit::Str(_)) = &format_arg.kind else {
        return format_arg.span.lo;
    };
    let src = cx
        .file
        .src
        .get(format_arg.span.lo as usize..format_arg.span.hi as usize)
        .unwrap_or("");
    match literal_offset(src, op.start) {
        Some(off) => format_arg.span.lo + u32::try_from(off).unwrap_or(0),
        None => format_arg.span.lo,
    }
}

/// The offset in the literal's source `src` of byte `target` of the
/// string it denotes (escapes map to where they start).
fn literal_offset(src: &str, target: usize) -> Option<usize> {
    let bytes = src.as_bytes();
    let raw = *bytes.first()? == b'`';
    let mut i = 1;
    let mut decoded = 0;
    while i + 1 < bytes.len() {
        if decoded >= target {
            return Some(i);
        }
        let c = bytes[i];
        if raw {
            if c != b'\r' {
                decoded += 1;
            }
            i += 1;
            continue;
        }
        if c != b'\\' {
            decoded += 1;
            i += 1;
            continue;
        }
        let (len, produced) = match bytes.get(i + 1)? {
            b'x' => (4, 1),
            b'0'..=b'7' => (4, 1),
            b'u' => (6, char_len(&src[i + 2..i + 6], 16)?),
            b'U' => (10, char_len(&src[i + 2..i + 10], 16)?),
            _ => (2, 1),
        };
        if target < decoded + produced {
            return Some(i);
        }
        decoded += produced;
        i += len;
    }
    (decoded >= target).then_some(i)
}

/// How many UTF-8 bytes the code point written in `hex` takes.
fn char_len(hex: &str, radix: u32) -> Option<usize> {
    let v = u32::from_str_radix(hex, radix).ok()?;
    char::from_u32(v).map(char::len_utf8)
}

/// The first `%…` in `s` that looks like a Printf directive (go vet's
/// `printFormatRE`), skipping `%XX` hex escapes as URLs write them.
fn possible_directive(s: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'%' {
            i += 1;
            continue;
        }
        match directive_len(&s[i..]) {
            Some(n) => {
                let m = &s[i..i + n];
                let hex = |b: u8| b.is_ascii_hexdigit();
                if !(m.len() >= 3 && hex(m[1]) && hex(m[2])) {
                    return Some(String::from_utf8_lossy(m).into_owned());
                }
                i += n;
            }
            None => i += 1,
        }
    }
    None
}

/// The length of `%[+-#]*NUM?\.?NUM?INDEX?VERB` at the start of `s`.
fn directive_len(s: &[u8]) -> Option<usize> {
    let mut n = 1;
    n += s[n..].iter().take_while(|c| b"+-#".contains(c)).count();
    n = num(s, n);
    if s.get(n) == Some(&b'.') {
        n += 1;
    }
    n = num(s, n);
    n = index(s, n).unwrap_or(n);
    let verb = *s.get(n)?;
    b"bcdefgopqstvxEFGTUX".contains(&verb).then_some(n + 1)
}

/// Digits, or an optional `[n]` then `*`, at `n` (nothing is fine too).
fn num(s: &[u8], n: usize) -> usize {
    let digits = s[n.min(s.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits > 0 {
        return n + digits;
    }
    let after = index(s, n).unwrap_or(n);
    if s.get(after) == Some(&b'*') {
        after + 1
    } else {
        n
    }
}

/// `[digits]` at `n`: where it ends.
fn index(s: &[u8], n: usize) -> Option<usize> {
    if s.get(n) != Some(&b'[') {
        return None;
    }
    let digits = s[n + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    (digits > 0 && s.get(n + 1 + digits) == Some(&b']')).then_some(n + 2 + digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_inside_literals_skip_escapes() {
        assert_eq!(literal_offset("\"a%d\"", 1), Some(2));
        assert_eq!(literal_offset("\"\\t%d\"", 1), Some(3));
        assert_eq!(literal_offset("`\\t%d`", 2), Some(3));
        assert_eq!(literal_offset("\"\\u00e9%d\"", 2), Some(7));
    }

    #[test]
    fn possible_directives_are_found_as_go_vet_finds_them() {
        assert_eq!(possible_directive(b"value: %d"), Some("%d".into()));
        assert_eq!(possible_directive(b"100% sure"), None);
        assert_eq!(possible_directive(b"a%20b %v"), Some("%v".into()));
        assert_eq!(possible_directive(b"%[1]*.2f"), Some("%[1]*.2f".into()));
        assert_eq!(possible_directive(b"%2d"), None);
    }
}
