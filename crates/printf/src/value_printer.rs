//! Printing a value of any type by walking its structure, as `fmt` does
//! with reflection: structs, arrays, slices, maps, pointers, interfaces.

use super::kind::{Kind, int_bits, kind_of, struct_fields};
use super::printer::Printer;
use super::sort_keys::{items, nth, sort_entries};
use program::value::Value;
use types::TypeId;

/// Nesting beyond this prints `...` instead of recursing further (Go would
/// overflow its stack on a cyclic value; we must not crash).
const MAX_DEPTH: u32 = 200;

impl Printer<'_> {
    /// Prints `val` of (dynamic) type `ty`. `depth` 0 is a top-level operand;
    /// `can_iface` is false inside unexported struct fields, where Go may
    /// not call methods.
    pub(crate) fn print_value(
        &mut self,
        val: &Value,
        ty: TypeId,
        verb: char,
        depth: u32,
        can_iface: bool,
    ) {
        if depth > MAX_DEPTH {
            self.write(b"...");
            return;
        }
        if let Value::Iface(i) = val {
            // Defensive: an interface where a concrete value was expected.
            if kind_of(self.host.types(), ty) != Kind::Interface {
                self.print_value(&i.val, i.ty, verb, depth + 1, can_iface);
                return;
            }
        }
        let kind = kind_of(self.host.types(), ty);
        if depth > 0 && can_iface && kind != Kind::Interface && self.handle_methods(verb, ty, val) {
            return;
        }
        let what = Some((ty, val));
        match kind {
            Kind::Invalid => self.write(b"?"),
            Kind::Bool => self.fmt_bool(val.as_bool(), verb, what),
            Kind::Int { bits, signed } => {
                self.fmt_integer(int_bits(val.as_int(), bits, signed), signed, verb, what)
            }
            Kind::Float(size) => self.fmt_float(val.as_f64(), size, verb, what),
            Kind::String => self.fmt_string(val.as_bytes(), verb, what),
            Kind::Map(k, v) => self.print_map(val, ty, k, v, verb, depth, can_iface),
            Kind::Struct => self.print_struct(val, ty, verb, depth, can_iface),
            Kind::Interface => match val {
                Value::Iface(i) => self.print_value(&i.val, i.ty, verb, depth + 1, can_iface),
                _ if self.out.f.sharp_v => {
                    let name = self.type_name(ty);
                    self.write(name.as_bytes());
                    self.write(b"(nil)");
                }
                _ => self.write(b"<nil>"),
            },
            Kind::Array(elem) | Kind::Slice(elem) => {
                self.print_list(val, ty, kind, elem, verb, depth, can_iface)
            }
            Kind::Ptr(elem) => {
                let composite = matches!(
                    kind_of(self.host.types(), elem),
                    Kind::Array(_) | Kind::Slice(_) | Kind::Struct | Kind::Map(..)
                );
                match val {
                    Value::Ptr(p) if depth == 0 && composite => {
                        let target = self.host.load(p);
                        self.out.buf.push(b'&');
                        self.print_value(&target, elem, verb, depth + 1, can_iface);
                    }
                    _ => self.fmt_pointer(ty, val, verb),
                }
            }
            Kind::Chan | Kind::Func => self.fmt_pointer(ty, val, verb),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn print_map(
        &mut self,
        val: &Value,
        ty: TypeId,
        kty: TypeId,
        vty: TypeId,
        verb: char,
        depth: u32,
        ci: bool,
    ) {
        let sharp_v = self.out.f.sharp_v;
        if sharp_v {
            let name = self.type_name(ty);
            self.write(name.as_bytes());
            if val.is_nil() {
                self.write(b"(nil)");
                return;
            }
            self.out.buf.push(b'{');
        } else {
            self.write(b"map[");
        }
        let entries = match val {
            Value::Map(id) => self.host.map_entries(*id),
            _ => Vec::new(),
        };
        let entries = sort_entries(&*self.host, kty, entries);
        for (i, (k, v)) in entries.iter().enumerate() {
            if i > 0 {
                self.write(if sharp_v { b", " } else { b" " });
            }
            self.print_value(k, kty, verb, depth + 1, ci);
            self.out.buf.push(b':');
            self.print_value(v, vty, verb, depth + 1, ci);
        }
        self.out.buf.push(if sharp_v { b'}' } else { b']' });
    }

    fn print_struct(&mut self, val: &Value, ty: TypeId, verb: char, depth: u32, can_iface: bool) {
        let sharp_v = self.out.f.sharp_v;
        if sharp_v {
            let name = self.type_name(ty);
            self.write(name.as_bytes());
        }
        self.out.buf.push(b'{');
        let fields = struct_fields(self.host.types(), ty);
        let values = items(val);
        for (i, (name, fty, exported)) in fields.iter().enumerate() {
            if i > 0 {
                self.write(if sharp_v { b", " } else { b" " });
            }
            if self.out.f.plus_v || sharp_v {
                self.write(name.as_bytes());
                self.out.buf.push(b':');
            }
            self.print_value(
                nth(values, i),
                *fty,
                verb,
                depth + 1,
                can_iface && *exported,
            );
        }
        self.out.buf.push(b'}');
    }

    #[allow(clippy::too_many_arguments)]
    fn print_list(
        &mut self,
        val: &Value,
        ty: TypeId,
        kind: Kind,
        elem: TypeId,
        verb: char,
        depth: u32,
        ci: bool,
    ) {
        let elems: Vec<Value> = match val {
            Value::Slice(s) => self.host.slice_elems(s),
            Value::Agg(items) => items.to_vec(),
            _ => Vec::new(),
        };
        let is_nil_slice = matches!(kind, Kind::Slice(_)) && val.is_nil();
        let byte_elems = kind_of(self.host.types(), elem)
            == (Kind::Int {
                bits: 8,
                signed: false,
            });
        // Byte sequences print as text for these verbs; a top-level `[]byte`
        // also has its own `%v` and `%d` form.
        let top_bytes = depth == 0 && matches!(verb, 'v' | 'd') && self.is_byte_slice(ty);
        if byte_elems && (matches!(verb, 's' | 'q' | 'x' | 'X') || top_bytes) {
            let bytes: Vec<u8> = elems.iter().map(|v| v.as_int() as u8).collect();
            self.fmt_bytes(&bytes, is_nil_slice, verb);
            return;
        }
        let sharp_v = self.out.f.sharp_v;
        if sharp_v {
            let name = self.type_name(ty);
            self.write(name.as_bytes());
            if is_nil_slice {
                self.write(b"(nil)");
                return;
            }
            self.out.buf.push(b'{');
        } else {
            self.out.buf.push(b'[');
        }
        for (i, e) in elems.iter().enumerate() {
            if i > 0 {
                self.write(if sharp_v { b", " } else { b" " });
            }
            self.print_value(e, elem, verb, depth + 1, ci);
        }
        self.out.buf.push(if sharp_v { b'}' } else { b']' });
    }

    /// Whether `ty` is exactly `[]byte`, which `fmt` special-cases for every
    /// verb when it is a top-level operand.
    fn is_byte_slice(&self, ty: TypeId) -> bool {
        let types = self.host.types();
        matches!(types.get(ty), types::Type::Slice(e) if types.get(*e) == &types::Type::Basic(types::Basic::Uint8))
    }

    fn fmt_bytes(&mut self, b: &[u8], is_nil: bool, verb: char) {
        match verb {
            'v' | 'd' => {
                if self.out.f.sharp_v {
                    self.write(b"[]byte");
                    if is_nil {
                        self.write(b"(nil)");
                        return;
                    }
                    self.out.buf.push(b'{');
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.write(b", ");
                        }
                        self.fmt_0x64(u64::from(c), true);
                    }
                    self.out.buf.push(b'}');
                } else {
                    self.out.buf.push(b'[');
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.out.buf.push(b' ');
                        }
                        self.out.fmt_integer(
                            u64::from(c),
                            10,
                            false,
                            verb,
                            super::basic::LOWER_DIGITS,
                        );
                    }
                    self.out.buf.push(b']');
                }
            }
            's' => self.out.fmt_s(b),
            'x' => self.out.fmt_sx(b, super::basic::LOWER_DIGITS),
            'X' => self.out.fmt_sx(b, super::basic::UPPER_DIGITS),
            _ => self.out.fmt_q(b),
        }
    }
}
