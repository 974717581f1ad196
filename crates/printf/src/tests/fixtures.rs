//! The values the Go golden generator formats, rebuilt by name. Each
//! fixture mirrors the Go declaration of the same name (in the generator's
//! `fixtures.go`), including the `String`/`Error` methods' results.

use crate::MethodCall;
use program::value::{ChanId, Closure, FuncId, Value};
use types::{Basic, TypeId};

use super::mock::{Mock, NIL_DEREF};

/// The type ids the fixtures use.
pub(super) struct Fx {
    pub int: TypeId,
    pub int8: TypeId,
    pub int16: TypeId,
    pub int32: TypeId,
    pub int64: TypeId,
    pub uint8: TypeId,
    pub uint16: TypeId,
    pub uint32: TypeId,
    pub uint64: TypeId,
    pub uintptr: TypeId,
    pub float32: TypeId,
    pub float64: TypeId,
    pub string: TypeId,
    pub bool: TypeId,
    pub any: TypeId,
    pub error: TypeId,
    pub t: TypeId,
    pub st: TypeId,
    pub pst: TypeId,
    pub err: TypeId,
    pub panicky: TypeId,
    pub np: TypeId,
    pub my_int: TypeId,
    pub my_str: TypeId,
    pub my_bytes: TypeId,
    pub my_float: TypeId,
    pub lower: TypeId,
    pub u: TypeId,
    pub p: TypeId,
    pub emb: TypeId,
    pub with_st: TypeId,
    pub node: TypeId,
    pub error_string: TypeId,
    pub chan_int: TypeId,
    pub func: TypeId,
}

fn text(s: &str) -> MethodCall {
    MethodCall::Returned(s.as_bytes().to_vec())
}

fn field(v: &Value, i: usize) -> Value {
    match v {
        Value::Agg(items) => items.get(i).cloned().unwrap_or_default(),
        _ => Value::Nil,
    }
}

pub(super) fn s(v: &str) -> Value {
    Value::str(v)
}

fn agg(items: Vec<Value>) -> Value {
    Value::Agg(items.into_boxed_slice())
}

impl Fx {
    pub fn new(m: &mut Mock) -> Fx {
        let int = m.basic(Basic::Int);
        let string = m.basic(Basic::String);
        let any = m.any();
        let error = m.error_type();
        let t_struct = m.struct_of(&[("A", int), ("B", string)]);
        let t = m.named("T", "main", t_struct);
        let st = m.named("St", "main", string);
        m.method(st, "String", |_, v| {
            let mut out = b"S<".to_vec();
            out.extend_from_slice(v.as_bytes());
            out.push(b'>');
            MethodCall::Returned(out)
        });
        let pst_struct = m.struct_of(&[("N", int)]);
        let pst = m.named("PSt", "main", pst_struct);
        let ppst = m.ptr_to(pst);
        m.method(ppst, "String", |_, _| text("pst!"));
        let err_struct = m.struct_of(&[("Msg", string)]);
        let err = m.named("Err", "main", err_struct);
        m.method(err, "Error", |_, v| {
            let mut out = b"err:".to_vec();
            out.extend_from_slice(field(v, 0).as_bytes());
            MethodCall::Returned(out)
        });
        m.method(err, "String", |_, _| text("str"));
        let panicky = m.named("Panicky", "main", int);
        m.method(panicky, "String", |_, _| {
            MethodCall::Panicked("boom".into())
        });
        let np_struct = m.struct_of(&[("X", int)]);
        let np = m.named("NP", "main", np_struct);
        let pnp = m.ptr_to(np);
        m.method(pnp, "String", |m: &Mock, v| match v {
            Value::Ptr(p) => {
                use crate::FmtHost;
                let x = field(&m.load(p), 0).as_int();
                text(&format!("np{x}"))
            }
            _ => MethodCall::Panicked(NIL_DEREF.into()),
        });
        let my_int = m.named("MyInt", "main", int);
        let my_str = m.named("MyStr", "main", string);
        let uint8 = m.basic(Basic::Uint8);
        let bytes = m.slice_of(uint8);
        let my_bytes = m.named("MyBytes", "main", bytes);
        let float32 = m.basic(Basic::Float32);
        let my_float = m.named("MyFloat", "main", float32);
        let lower_struct = m.struct_of(&[("s", st), ("S", st), ("p", ppst), ("P", ppst)]);
        let lower = m.named("Lower", "main", lower_struct);
        let pint = m.ptr_to(int);
        let ints = m.slice_of(int);
        let msi = m.map_of(string, int);
        let u_struct = m.struct_of(&[
            ("A", int),
            ("b", string),
            ("C", pint),
            ("D", ints),
            ("E", msi),
            ("F", any),
            ("G", error),
        ]);
        let u = m.named("U", "main", u_struct);
        let p_struct = m.struct_of(&[("X", int), ("Y", int)]);
        let p = m.named("P", "main", p_struct);
        let emb_struct = m.struct_of(&[("^T", t), ("N", int)]);
        let emb = m.named("Emb", "main", emb_struct);
        let with_st_struct = m.struct_of(&[("^St", st)]);
        let with_st = m.named("WithSt", "main", with_st_struct);
        let node = m.types.new_named("Node", "main");
        let pnode = m.ptr_to(node);
        let node_struct = m.struct_of(&[("V", int), ("Next", pnode)]);
        m.set_underlying(node, node_struct);
        let es_struct = m.struct_of(&[("s", string)]);
        let error_string = m.named("errorString", "errors", es_struct);
        let pes = m.ptr_to(error_string);
        m.method(pes, "Error", |m: &Mock, v| match v {
            Value::Ptr(p) => {
                use crate::FmtHost;
                MethodCall::Returned(field(&m.load(p), 0).as_bytes().to_vec())
            }
            _ => MethodCall::Panicked(NIL_DEREF.into()),
        });
        let chan_int = m.types.intern(types::Type::Chan(types::ChanDir::Both, int));
        let func = m.types.intern(types::Type::Func(types::Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        }));
        Fx {
            int,
            int8: m.basic(Basic::Int8),
            int16: m.basic(Basic::Int16),
            int32: m.basic(Basic::Int32),
            int64: m.basic(Basic::Int64),
            uint8,
            uint16: m.basic(Basic::Uint16),
            uint32: m.basic(Basic::Uint32),
            uint64: m.basic(Basic::Uint64),
            uintptr: m.basic(Basic::Uintptr),
            float32,
            float64: m.basic(Basic::Float64),
            string,
            bool: m.basic(Basic::Bool),
            any,
            error,
            t,
            st,
            pst,
            err,
            panicky,
            np,
            my_int,
            my_str,
            my_bytes,
            my_float,
            lower,
            u,
            p,
            emb,
            with_st,
            node,
            error_string,
            chan_int,
            func,
        }
    }

    fn i(&self, ty: TypeId, v: i64) -> Value {
        Mock::iface(ty, Value::Int(v))
    }

    fn f(&self, ty: TypeId, v: f64) -> Value {
        Mock::iface(ty, Value::Float(v))
    }

    fn t_val(&self, a: i64, b: &str) -> Value {
        agg(vec![Value::Int(a), s(b)])
    }

    fn int_slice(&self, m: &mut Mock, xs: &[i64]) -> Value {
        m.new_slice(xs.iter().map(|&x| Value::Int(x)).collect())
    }

    fn byte_slice(&self, m: &mut Mock, b: &[u8]) -> Value {
        m.new_slice(b.iter().map(|&x| Value::Int(i64::from(x))).collect())
    }

    /// The fixture `name` as an `any` operand.
    #[allow(clippy::approx_constant)]
    pub fn value(&self, m: &mut Mock, name: &str) -> Value {
        let x = self;
        let bytes_ty = m.slice_of(x.uint8);
        let ints_ty = m.slice_of(x.int);
        let msi = m.map_of(x.string, x.int);
        let pt = m.ptr_to(x.t);
        let f32 = |v: f32| Mock::iface(x.float32, Value::Float(f64::from(v)));
        match name {
            "i0" => x.i(x.int, 0),
            "i5" => x.i(x.int, 5),
            "in255" => x.i(x.int, -255),
            "imin" => x.i(x.int64, i64::MIN),
            "i8n" => x.i(x.int8, -128),
            "i16" => x.i(x.int16, -300),
            "u8" => x.i(x.uint8, 200),
            "u16" => x.i(x.uint16, 65535),
            "u32" => x.i(x.uint32, 4_000_000_000),
            "u64max" => x.i(x.uint64, -1),
            "uptr" => x.i(x.uintptr, 0x1000),
            "r_x" => x.i(x.int32, 'x' as i64),
            "r_e" => x.i(x.int32, 'é' as i64),
            "r_smile" => x.i(x.int32, '☺' as i64),
            "r_emoji" => x.i(x.int32, '😀' as i64),
            "r_inv" => x.i(x.int32, -1),
            "r_sur" => x.i(x.int32, 0xD800),
            "r_big" => x.i(x.int32, 0x110000),
            "r_nl" => x.i(x.int32, '\n' as i64),
            "r_q" => x.i(x.int32, '\'' as i64),
            "r_zwj" => x.i(x.int32, 0x200d),
            "b_t" => Mock::iface(x.bool, Value::Bool(true)),
            "b_f" => Mock::iface(x.bool, Value::Bool(false)),
            "f0" => x.f(x.float64, 0.0),
            "fneg0" => x.f(x.float64, -0.0),
            "f314" => x.f(x.float64, 3.14159),
            "f1e6" => x.f(x.float64, 1e6),
            "f1e21" => x.f(x.float64, 1e21),
            "f1e20" => x.f(x.float64, 1e20),
            "f1em7" => x.f(x.float64, 1e-7),
            "f1em4" => x.f(x.float64, 1e-4),
            "f1em5" => x.f(x.float64, 1e-5),
            "f25" => x.f(x.float64, 2.5),
            "fnan" => x.f(x.float64, f64::NAN),
            "finf" => x.f(x.float64, f64::INFINITY),
            "fninf" => x.f(x.float64, f64::NEG_INFINITY),
            "fbig" => x.f(x.float64, 1e300),
            "fsmall" => x.f(x.float64, 5e-324),
            "f123456" => x.f(x.float64, 123456.0),
            "f1234567" => x.f(x.float64, 1234567.0),
            "fthird" => x.f(x.float64, 1.0 / 3.0),
            "f32_01" => f32(0.1),
            "f32_third" => f32(1.0 / 3.0),
            "f32_big" => f32(1e10),
            "f100" => x.f(x.float64, 100.0),
            "fm15" => x.f(x.float64, -1.5),
            "f1" => x.f(x.float64, 1.0),
            "fmax" => x.f(x.float64, f64::MAX),
            "s_hello" => Mock::iface(x.string, s("hello")),
            "s_empty" => Mock::iface(x.string, s("")),
            "s_uni" => Mock::iface(x.string, s("héllo, 世界")),
            "s_ctrl" => Mock::iface(x.string, s("a\tb\n\x00\x7f")),
            "s_bad" => Mock::iface(x.string, Value::bytes(b"\xff\xfeok")),
            "s_quote" => Mock::iface(x.string, s("a\"b\\c")),
            "s_bq" => Mock::iface(x.string, s("a`b")),
            "s_bom" => Mock::iface(x.string, s("\u{feff}")),
            "s_nbsp" => Mock::iface(x.string, s("a\u{a0}b\u{2028}")),
            "s_emoji" => Mock::iface(x.string, s("😀!")),
            "bs" => Mock::iface(bytes_ty, x.byte_slice(m, b"hi\x00")),
            "bs_nil" => Mock::iface(bytes_ty, Value::Nil),
            "bs_empty" => Mock::iface(bytes_ty, x.byte_slice(m, b"")),
            "bs_hi" => Mock::iface(bytes_ty, x.byte_slice(m, b"Hello")),
            "u8s" => Mock::iface(bytes_ty, x.byte_slice(m, &[10, 255])),
            "ints" => Mock::iface(ints_ty, x.int_slice(m, &[1, 2, 3])),
            "ints_nil" => Mock::iface(ints_ty, Value::Nil),
            "ints_empty" => Mock::iface(ints_ty, x.int_slice(m, &[])),
            "strs" => {
                let ty = m.slice_of(x.string);
                Mock::iface(ty, m.new_slice(vec![s("a"), s("b c")]))
            }
            "anys" => {
                let ty = m.slice_of(x.any);
                let elems = vec![
                    x.i(x.int, 1),
                    Mock::iface(x.string, s("a")),
                    Value::Nil,
                    x.f(x.float64, 2.5),
                    Mock::iface(x.bool, Value::Bool(true)),
                ];
                Mock::iface(ty, m.new_slice(elems))
            }
            "arr" => {
                let ty = m.array_of(3, x.int);
                Mock::iface(ty, agg(vec![Value::Int(1), Value::Int(2), Value::Int(3)]))
            }
            "arr_b" => {
                let ty = m.array_of(3, x.uint8);
                Mock::iface(ty, agg(vec![Value::Int(1), Value::Int(2), Value::Int(3)]))
            }
            "nested" => {
                let ty = m.slice_of(ints_ty);
                let a = x.int_slice(m, &[1]);
                let b = x.int_slice(m, &[2, 3]);
                Mock::iface(ty, m.new_slice(vec![a, b]))
            }
            "fl" => {
                let ty = m.slice_of(x.float64);
                Mock::iface(
                    ty,
                    m.new_slice(vec![
                        Value::Float(1.5),
                        Value::Float(1e6),
                        Value::Float(f64::NAN),
                    ]),
                )
            }
            "f32s" => {
                let ty = m.slice_of(x.float32);
                Mock::iface(
                    ty,
                    m.new_slice(vec![Value::Float(f64::from(0.1f32)), Value::Float(0.25)]),
                )
            }
            "m_si" => {
                let v = m.new_map(vec![
                    (s("b"), Value::Int(2)),
                    (s("c"), Value::Int(3)),
                    (s("a"), Value::Int(1)),
                ]);
                Mock::iface(msi, v)
            }
            "m_is" => {
                let ty = m.map_of(x.int, x.string);
                let v = m.new_map(vec![
                    (Value::Int(10), s("x")),
                    (Value::Int(3), s("c")),
                    (Value::Int(-1), s("z")),
                ]);
                Mock::iface(ty, v)
            }
            "m_nil" => Mock::iface(msi, Value::Nil),
            "m_empty" => Mock::iface(msi, m.new_map(vec![])),
            "m_f" => {
                let ty = m.map_of(x.float64, x.int);
                let e = vec![
                    (Value::Float(1.5), Value::Int(2)),
                    (Value::Float(f64::INFINITY), Value::Int(4)),
                    (Value::Float(f64::NAN), Value::Int(1)),
                    (Value::Float(-3.0), Value::Int(3)),
                ];
                Mock::iface(ty, m.new_map(e))
            }
            "m_b" => {
                let ty = m.map_of(x.bool, x.int);
                Mock::iface(
                    ty,
                    m.new_map(vec![
                        (Value::Bool(true), Value::Int(1)),
                        (Value::Bool(false), Value::Int(0)),
                    ]),
                )
            }
            "m_any" => {
                let ty = m.map_of(x.any, x.int);
                let e = vec![
                    (x.i(x.int, 2), Value::Int(3)),
                    (x.i(x.int, 3), Value::Int(1)),
                    (x.i(x.int, 1), Value::Int(2)),
                ];
                Mock::iface(ty, m.new_map(e))
            }
            "m_anys" => {
                let ty = m.map_of(x.any, x.string);
                let e = vec![
                    (Mock::iface(x.string, s("b")), s("x")),
                    (Mock::iface(x.string, s("a")), s("y")),
                ];
                Mock::iface(ty, m.new_map(e))
            }
            "m_p" => {
                let ty = m.map_of(x.p, x.string);
                let key = |a: i64, b: i64| agg(vec![Value::Int(a), Value::Int(b)]);
                let e = vec![
                    (key(1, 2), s("b")),
                    (key(2, 1), s("a")),
                    (key(1, 1), s("c")),
                ];
                Mock::iface(ty, m.new_map(e))
            }
            "m_arr" => {
                let k = m.array_of(2, x.int);
                let ty = m.map_of(k, x.int);
                let key = |a: i64, b: i64| agg(vec![Value::Int(a), Value::Int(b)]);
                Mock::iface(
                    ty,
                    m.new_map(vec![(key(2, 0), Value::Int(1)), (key(1, 9), Value::Int(2))]),
                )
            }
            "m_u" => {
                let ty = m.map_of(x.uint8, x.bool);
                Mock::iface(
                    ty,
                    m.new_map(vec![
                        (Value::Int(200), Value::Bool(true)),
                        (Value::Int(7), Value::Bool(false)),
                    ]),
                )
            }
            "m_st" => {
                let ty = m.map_of(x.st, x.st);
                Mock::iface(ty, m.new_map(vec![(s("b"), s("y")), (s("a"), s("x"))]))
            }
            "m_i8" => {
                let ty = m.map_of(x.int8, x.int);
                let e = vec![
                    (Value::Int(5), Value::Int(2)),
                    (Value::Int(-5), Value::Int(1)),
                    (Value::Int(0), Value::Int(3)),
                ];
                Mock::iface(ty, m.new_map(e))
            }
            "m_sl" => {
                let ty = m.map_of(x.string, ints_ty);
                let v = x.int_slice(m, &[1, 2]);
                Mock::iface(ty, m.new_map(vec![(s("x"), v), (s("a"), Value::Nil)]))
            }
            "t" => Mock::iface(x.t, x.t_val(1, "x")),
            "t0" => Mock::iface(x.t, x.t_val(0, "")),
            "pt" => {
                let v = m.new_ptr(x.t_val(2, "y"));
                Mock::iface(pt, v)
            }
            "pt_nil" => Mock::iface(pt, Value::Nil),
            "ts" => {
                let ty = m.slice_of(x.t);
                Mock::iface(ty, m.new_slice(vec![x.t_val(1, "a"), x.t_val(2, "b")]))
            }
            "pts_nil" => {
                let ty = m.slice_of(pt);
                Mock::iface(ty, m.new_slice(vec![Value::Nil]))
            }
            "anon" => {
                let strs = m.slice_of(x.string);
                let ty = m.struct_of(&[("A", x.int), ("B", strs)]);
                let q = m.new_slice(vec![s("q")]);
                Mock::iface(ty, agg(vec![Value::Int(7), q]))
            }
            "empty_struct" => {
                let ty = m.struct_of(&[]);
                Mock::iface(ty, agg(vec![]))
            }
            "u0" => {
                let v = agg(vec![
                    Value::Int(0),
                    s(""),
                    Value::Nil,
                    Value::Nil,
                    Value::Nil,
                    Value::Nil,
                    Value::Nil,
                ]);
                Mock::iface(x.u, v)
            }
            "u1" => {
                let d = x.int_slice(m, &[4]);
                let e = m.new_map(vec![(s("k"), Value::Int(1))]);
                let f = Mock::iface(x.st, s("f"));
                let g = Mock::iface(x.err, agg(vec![s("g")]));
                Mock::iface(
                    x.u,
                    agg(vec![Value::Int(1), s("lo"), Value::Nil, d, e, f, g]),
                )
            }
            "emb" => Mock::iface(x.emb, agg(vec![x.t_val(3, "e"), Value::Int(4)])),
            "withst" => Mock::iface(x.with_st, agg(vec![s("w")])),
            "node" => Mock::iface(x.node, agg(vec![Value::Int(1), Value::Nil])),
            "mi" => x.i(x.my_int, 7),
            "ms" => Mock::iface(x.my_str, s("my")),
            "mbs" => {
                let v = x.byte_slice(m, b"ab");
                Mock::iface(x.my_bytes, v)
            }
            "mf" => Mock::iface(x.my_float, Value::Float(f64::from(0.1f32))),
            "st" => Mock::iface(x.st, s("x")),
            "pst" => Mock::iface(x.pst, agg(vec![Value::Int(3)])),
            "ppst" => {
                let ty = m.ptr_to(x.pst);
                let v = m.new_ptr(agg(vec![Value::Int(3)]));
                Mock::iface(ty, v)
            }
            "err" => Mock::iface(x.err, agg(vec![s("bad")])),
            "perr" => {
                let ty = m.ptr_to(x.err);
                let v = m.new_ptr(agg(vec![s("pbad")]));
                Mock::iface(ty, v)
            }
            "panicky" => x.i(x.panicky, 1),
            "np_nil" => {
                let ty = m.ptr_to(x.np);
                Mock::iface(ty, Value::Nil)
            }
            "np" => {
                let ty = m.ptr_to(x.np);
                let v = m.new_ptr(agg(vec![Value::Int(4)]));
                Mock::iface(ty, v)
            }
            "lower" => Mock::iface(x.lower, agg(vec![s("a"), s("b"), Value::Nil, Value::Nil])),
            "sts" => {
                let ty = m.slice_of(x.st);
                Mock::iface(ty, m.new_slice(vec![s("a"), s("b")]))
            }
            "errnew" => {
                let ty = m.ptr_to(x.error_string);
                let v = m.new_ptr(agg(vec![s("boom")]));
                Mock::iface(ty, v)
            }
            "errs" => {
                let ty = m.slice_of(x.error);
                let e1 = Mock::iface(x.err, agg(vec![s("e1")]));
                Mock::iface(ty, m.new_slice(vec![e1, Value::Nil]))
            }
            "any_nil" => Value::Nil,
            "pint" => {
                let ty = m.ptr_to(x.int);
                let v = m.new_ptr(Value::Int(5));
                Mock::iface(ty, v)
            }
            "pint_nil" => {
                let ty = m.ptr_to(x.int);
                Mock::iface(ty, Value::Nil)
            }
            "ch_nil" => Mock::iface(x.chan_int, Value::Nil),
            "fn_nil" => Mock::iface(x.func, Value::Nil),
            "ch" => Mock::iface(x.chan_int, Value::Chan(ChanId(3))),
            "fn" => {
                let map_any = m.map_of(x.string, x.any);
                let sig = types::Signature {
                    params: vec![],
                    results: vec![map_any],
                    variadic: false,
                };
                let ty = m.types.intern(types::Type::Func(sig));
                let closure = Closure {
                    func: FuncId(7),
                    captures: Box::new([]),
                };
                Mock::iface(ty, Value::Func(std::rc::Rc::new(closure)))
            }
            "node2" => {
                let next = m.new_ptr(agg(vec![Value::Int(2), Value::Nil]));
                Mock::iface(x.node, agg(vec![Value::Int(1), next]))
            }
            "ppt" => {
                let inner = m.new_ptr(x.t_val(5, "pp"));
                let ty = m.ptr_to(pt);
                let v = m.new_ptr(inner);
                Mock::iface(ty, v)
            }
            "parr" => {
                let a = m.array_of(2, x.int);
                let ty = m.ptr_to(a);
                let v = m.new_ptr(agg(vec![Value::Int(8), Value::Int(9)]));
                Mock::iface(ty, v)
            }
            "pints" => {
                let ty = m.ptr_to(ints_ty);
                let sl = x.int_slice(m, &[6]);
                let v = m.new_ptr(sl);
                Mock::iface(ty, v)
            }
            "pm" => {
                let ty = m.ptr_to(msi);
                let mv = m.new_map(vec![(s("z"), Value::Int(26))]);
                let v = m.new_ptr(mv);
                Mock::iface(ty, v)
            }
            other => panic!("unknown fixture {other}"),
        }
    }
}
