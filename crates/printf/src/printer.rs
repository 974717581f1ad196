//! The `Printf` driver: parsing the format string, flags, widths,
//! precisions and argument indexes, and printing top-level operands.

use super::basic::{Flags, LOWER_DIGITS, Out, UPPER_DIGITS};
use super::host::{FmtHost, MethodCall};
use super::kind::{Kind, int_bits, kind_of, may_have_methods};
use super::quote;
use super::typename::type_string;
use program::value::Value;
use types::{Basic, Type, TypeId};

/// Widths, precisions and argument indexes above this are ignored, as Go does.
const TOO_LARGE: usize = 1_000_000;

/// One formatting run: output, flags, and the host for reading the heap
/// and calling `String`/`Error`.
pub(crate) struct Printer<'h> {
    pub(crate) host: &'h mut dyn FmtHost,
    pub(crate) out: Out,
    /// Inside a `%!verb(type=value)`: methods are not called.
    pub(crate) erroring: bool,
    /// `Errorf` mode: `%w` accepts errors.
    pub(crate) wrap_errs: bool,
    /// Argument indexes consumed by `%w`.
    pub(crate) wrapped: Vec<usize>,
    reordered: bool,
    good_arg_num: bool,
}

/// The dynamic type and value of an operand (`None` for a nil interface).
pub(crate) type Operand<'a> = Option<(TypeId, &'a Value)>;

pub(crate) fn operand(arg: &Value) -> Operand<'_> {
    match arg {
        Value::Iface(i) => Some((i.ty, &i.val)),
        _ => None,
    }
}

impl<'h> Printer<'h> {
    pub fn new(host: &'h mut dyn FmtHost) -> Printer<'h> {
        Printer {
            host,
            out: Out {
                buf: Vec::new(),
                f: Flags::default(),
            },
            erroring: false,
            wrap_errs: false,
            wrapped: Vec::new(),
            reordered: false,
            good_arg_num: true,
        }
    }

    pub fn write(&mut self, s: &[u8]) {
        self.out.buf.extend_from_slice(s);
    }

    pub fn write_char(&mut self, c: char) {
        quote::push_rune(&mut self.out.buf, u32::from(c));
    }

    pub fn type_name(&self, ty: TypeId) -> String {
        type_string(self.host.types(), ty)
    }

    /// `Sprint` (`newline == false`) and `Sprintln`.
    pub fn do_print(&mut self, args: &[Value], newline: bool) {
        let mut prev_string = false;
        for (i, arg) in args.iter().enumerate() {
            let is_string =
                operand(arg).is_some_and(|(ty, _)| kind_of(self.host.types(), ty) == Kind::String);
            if i > 0 && (newline || (!is_string && !prev_string)) {
                self.out.buf.push(b' ');
            }
            self.print_arg(arg, 'v');
            prev_string = is_string;
        }
        if newline {
            self.out.buf.push(b'\n');
        }
    }

    /// `Sprintf`.
    pub fn do_printf(&mut self, format: &[u8], args: &[Value]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut i = 0usize;
        self.reordered = false;
        'format: while i < end {
            self.good_arg_num = true;
            let start = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > start {
                self.write(&format[start..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.out.f = Flags::default();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.out.f.sharp = true,
                    b'0' => self.out.f.zero = true,
                    b'+' => self.out.f.plus = true,
                    b'-' => self.out.f.minus = true,
                    b' ' => self.out.f.space = true,
                    b'a'..=b'z' if arg_num < args.len() => {
                        // The common case: a plain verb right after the flags.
                        let verb = self.prepare_verb(char::from(c), arg_num);
                        self.print_arg(&args[arg_num], verb);
                        arg_num += 1;
                        i += 1;
                        continue 'format;
                    }
                    _ => break,
                }
                i += 1;
            }
            let mut after_index;
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (n, ok, next) = int_from_arg(self.host.types(), args, arg_num);
                arg_num = next;
                self.out.f.wid_present = ok;
                if !ok {
                    self.write(b"%!(BADWIDTH)");
                }
                if n < 0 {
                    self.out.f.minus = true;
                    self.out.f.zero = false;
                }
                self.out.f.wid = n.unsigned_abs() as usize;
                after_index = false;
            } else {
                let (n, ok, next) = parse_num(format, i, end);
                (self.out.f.wid, self.out.f.wid_present, i) = (n, ok, next);
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (n, ok, next) = int_from_arg(self.host.types(), args, arg_num);
                    arg_num = next;
                    self.out.f.prec = usize::try_from(n).unwrap_or(0);
                    self.out.f.prec_present = ok && n >= 0;
                    if !self.out.f.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (n, ok, next) = parse_num(format, i, end);
                    i = next;
                    self.out.f.prec = if ok { n } else { 0 };
                    self.out.f.prec_present = true;
                }
            }
            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }
            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }
            let (r, size) = quote::decode_rune(&format[i..]);
            let verb = char::from_u32(r).unwrap_or('\u{FFFD}');
            i += size.max(1);
            if verb == '%' {
                self.out.buf.push(b'%');
            } else if !self.good_arg_num {
                self.bad_arg(verb, "BADINDEX");
            } else if arg_num >= args.len() {
                self.bad_arg(verb, "MISSING");
            } else {
                let verb = self.prepare_verb(verb, arg_num);
                self.print_arg(&args[arg_num], verb);
                arg_num += 1;
            }
        }
        if !self.reordered && arg_num < args.len() {
            self.out.f = Flags::default();
            self.write(b"%!(EXTRA ");
            for (k, arg) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.write(b", ");
                }
                match operand(arg) {
                    None => self.write(b"<nil>"),
                    Some((ty, _)) => {
                        let name = self.type_name(ty);
                        self.write(name.as_bytes());
                        self.out.buf.push(b'=');
                        self.print_arg(arg, 'v');
                    }
                }
            }
            self.out.buf.push(b')');
        }
    }

    /// `%v` moves `#` and `+` to their `%v` meanings; `%w` is noted.
    fn prepare_verb(&mut self, verb: char, arg_num: usize) -> char {
        if verb == 'w' {
            self.wrapped.push(arg_num);
        }
        if verb == 'v' || verb == 'w' {
            self.out.f.sharp_v = self.out.f.sharp;
            self.out.f.sharp = false;
            self.out.f.plus_v = self.out.f.plus;
            self.out.f.plus = false;
        }
        verb
    }

    fn bad_arg(&mut self, verb: char, what: &str) {
        self.write(b"%!");
        self.write_char(verb);
        self.out.buf.push(b'(');
        self.write(what.as_bytes());
        self.out.buf.push(b')');
    }

    /// `[n]` at `i`: the new argument number, position, and whether an
    /// index was found.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if i >= format.len() || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, width, ok) = parse_arg_number(&format[i..]);
        if ok && index < num_args {
            return (index, i + width, true);
        }
        self.good_arg_num = false;
        (arg_num, i + width, ok)
    }

    /// One operand, as `Printf` gives it to a verb.
    pub fn print_arg(&mut self, arg: &Value, verb: char) {
        let Value::Iface(iface) = arg else {
            if arg.is_nil() {
                match verb {
                    'T' | 'v' => self.out.pad(b"<nil>"),
                    _ => self.bad_verb(verb, None),
                }
            } else {
                self.print_untyped(arg, verb);
            }
            return;
        };
        let (ty, val) = (iface.ty, &iface.val);
        match verb {
            'T' => {
                let name = self.type_name(ty);
                self.out.fmt_s(name.as_bytes());
                return;
            }
            'p' => {
                self.fmt_pointer(ty, val, 'p');
                return;
            }
            _ => {}
        }
        let types = self.host.types();
        // Unnamed basic types and []byte never have methods.
        let plain = match types.get(ty) {
            Type::Basic(_) => true,
            Type::Slice(e) => types.get(*e) == &Type::Basic(Basic::Uint8),
            _ => false,
        };
        if plain || !self.handle_methods(verb, ty, val) {
            self.print_value(val, ty, verb, 0, true);
        }
    }

    /// A value that reached the formatter without its `any` wrapper: print
    /// it by its representation.
    fn print_untyped(&mut self, v: &Value, verb: char) {
        match v {
            Value::Bool(b) => self.fmt_bool(*b, verb, None),
            Value::Int(i) => self.fmt_integer(*i as u64, true, verb, None),
            Value::Float(x) => self.fmt_float(*x, 64, verb, None),
            Value::Str(s) => self.fmt_string(s, verb, None),
            Value::Agg(items) => {
                self.out.buf.push(b'{');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.buf.push(b' ');
                    }
                    self.print_untyped(item, verb);
                }
                self.out.buf.push(b'}');
            }
            other => {
                let text = other.to_string();
                self.out.pad(text.as_bytes());
            }
        }
    }

    /// Calls `Error` or `String` if the verb allows and the type has one.
    pub fn handle_methods(&mut self, verb: char, ty: TypeId, val: &Value) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            if !self.wrap_errs || !may_have_methods(self.host.types(), ty) {
                self.bad_verb(verb, Some((ty, val)));
                return true;
            }
            verb = 'v';
            return match self.host.call_string_method(val, ty, "Error") {
                MethodCall::Absent => {
                    self.bad_verb('w', Some((ty, val)));
                    true
                }
                // `%#w` wants Go syntax, which only a GoStringer could give:
                // the value is printed structurally (still under `w`).
                _ if self.out.f.sharp_v => false,
                call => self.method_result(call, verb, ty, val, "Error"),
            };
        }
        if self.out.f.sharp_v || !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        if !may_have_methods(self.host.types(), ty) {
            return false;
        }
        for method in ["Error", "String"] {
            let call = self.host.call_string_method(val, ty, method);
            if !matches!(call, MethodCall::Absent) {
                return self.method_result(call, verb, ty, val, method);
            }
        }
        false
    }

    fn method_result(
        &mut self,
        call: MethodCall,
        verb: char,
        ty: TypeId,
        val: &Value,
        method: &str,
    ) -> bool {
        match call {
            MethodCall::Absent => false,
            MethodCall::Returned(text) => {
                self.fmt_string(&text, verb, Some((ty, val)));
                true
            }
            MethodCall::Panicked(text) => {
                if val.is_nil() && matches!(kind_of(self.host.types(), ty), Kind::Ptr(_)) {
                    self.write(b"<nil>");
                    return true;
                }
                let saved = self.out.f;
                self.out.f = Flags::default();
                self.write(b"%!");
                self.write_char(verb);
                self.write(b"(PANIC=");
                self.write(method.as_bytes());
                self.write(b" method: ");
                self.write(text.as_bytes());
                self.out.buf.push(b')');
                self.out.f = saved;
                true
            }
        }
    }

    /// `%!verb(type=value)`, or `%!verb(<nil>)`.
    pub fn bad_verb(&mut self, verb: char, what: Operand<'_>) {
        self.erroring = true;
        self.write(b"%!");
        self.write_char(verb);
        self.out.buf.push(b'(');
        match what {
            Some((ty, val)) => {
                let name = self.type_name(ty);
                self.write(name.as_bytes());
                self.out.buf.push(b'=');
                self.print_value(val, ty, 'v', 0, true);
            }
            None => self.write(b"<nil>"),
        }
        self.out.buf.push(b')');
        self.erroring = false;
    }

    pub fn fmt_bool(&mut self, v: bool, verb: char, what: Operand<'_>) {
        match verb {
            't' | 'v' => self.out.fmt_bool(v),
            _ => self.bad_verb(verb, what),
        }
    }

    /// `0x` and lowercase hex digits, as pointers print.
    pub fn fmt_0x64(&mut self, v: u64, leading_0x: bool) {
        let sharp = self.out.f.sharp;
        self.out.f.sharp = leading_0x;
        self.out.fmt_integer(v, 16, false, 'v', LOWER_DIGITS);
        self.out.f.sharp = sharp;
    }

    pub fn fmt_integer(&mut self, v: u64, signed: bool, verb: char, what: Operand<'_>) {
        let o = &mut self.out;
        match verb {
            'v' if o.f.sharp_v && !signed => self.fmt_0x64(v, true),
            'v' | 'd' => o.fmt_integer(v, 10, signed, verb, LOWER_DIGITS),
            'b' => o.fmt_integer(v, 2, signed, verb, LOWER_DIGITS),
            'o' | 'O' => o.fmt_integer(v, 8, signed, verb, LOWER_DIGITS),
            'x' => o.fmt_integer(v, 16, signed, verb, LOWER_DIGITS),
            'X' => o.fmt_integer(v, 16, signed, verb, UPPER_DIGITS),
            'c' => o.fmt_c(v),
            'q' => o.fmt_qc(v),
            'U' => o.fmt_unicode(v),
            _ => self.bad_verb(verb, what),
        }
    }

    pub fn fmt_float(&mut self, v: f64, size: u32, verb: char, what: Operand<'_>) {
        match verb {
            'v' => self.out.fmt_float(v, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.out.fmt_float(v, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.out.fmt_float(v, size, verb as u8, 6),
            'F' => self.out.fmt_float(v, size, b'f', 6),
            _ => self.bad_verb(verb, what),
        }
    }

    pub fn fmt_string(&mut self, s: &[u8], verb: char, what: Operand<'_>) {
        match verb {
            'v' if self.out.f.sharp_v => self.out.fmt_q(s),
            'v' | 's' => self.out.fmt_s(s),
            'x' => self.out.fmt_sx(s, LOWER_DIGITS),
            'X' => self.out.fmt_sx(s, UPPER_DIGITS),
            'q' => self.out.fmt_q(s),
            _ => self.bad_verb(verb, what),
        }
    }

    /// Pointer-like values under `%p`, `%v` and the integer verbs.
    pub fn fmt_pointer(&mut self, ty: TypeId, val: &Value, verb: char) {
        let kind = kind_of(self.host.types(), ty);
        if !matches!(
            kind,
            Kind::Ptr(_) | Kind::Chan | Kind::Func | Kind::Map(..) | Kind::Slice(_)
        ) {
            self.bad_verb(verb, Some((ty, val)));
            return;
        }
        let u = if val.is_nil() {
            0
        } else {
            self.host.address(val)
        };
        match verb {
            'v' if self.out.f.sharp_v => {
                self.out.buf.push(b'(');
                let name = self.type_name(ty);
                self.write(name.as_bytes());
                self.write(b")(");
                if u == 0 {
                    self.write(b"nil");
                } else {
                    self.fmt_0x64(u, true);
                }
                self.out.buf.push(b')');
            }
            'v' if u == 0 => self.out.pad(b"<nil>"),
            'v' | 'p' => self.fmt_0x64(u, !self.out.f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u, false, verb, Some((ty, val))),
            _ => self.bad_verb(verb, Some((ty, val))),
        }
    }
}

/// Go's `[n]` argument index: zero-based index, bytes consumed, validity.
fn parse_arg_number(format: &[u8]) -> (usize, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (n, ok, next) = parse_num(format, 1, i);
            if !ok || next != i || n == 0 {
                return (usize::MAX, i + 1, ok && next == i);
            }
            return (n - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// Decimal digits at `start`: value, whether there were any, end position.
/// A number that grows too large consumes the rest of the format.
fn parse_num(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0usize;
    let mut is_num = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if num > TOO_LARGE {
            return (0, false, end);
        }
        num = num * 10 + usize::from(s[i] - b'0');
        is_num = true;
        i += 1;
    }
    (num, is_num, i)
}

/// The operand for a `*` width or precision: its integer value, whether it
/// is an integer of acceptable size, and the next argument number.
fn int_from_arg(types: &types::Types, args: &[Value], arg_num: usize) -> (i64, bool, usize) {
    let Some(arg) = args.get(arg_num) else {
        return (0, false, arg_num);
    };
    let mut n = 0i64;
    let mut ok = false;
    if let Some((ty, val)) = operand(arg) {
        if let Kind::Int { bits, signed } = kind_of(types, ty) {
            let u = int_bits(val.as_int(), bits, signed);
            if signed || (u as i64) >= 0 {
                n = u as i64;
                ok = true;
            }
        }
    }
    if n.unsigned_abs() > TOO_LARGE as u64 {
        return (0, false, arg_num + 1);
    }
    (n, ok, arg_num + 1)
}
