//! `panic_value` and `print_value`, against what real Go 1.27 printed for
//! the same values (`panic(v)` and `println(v)` programs; addresses are
//! compared by form only).

use crate::{FmtHost, MethodCall, PanicText, panic_value, print_value};
use program::value::{SliceVal, Value};
use types::Basic;

use super::fixtures::{Fx, s};
use super::mock::Mock;

fn panic_text(m: &mut Mock, v: &Value) -> String {
    match panic_value(m, v) {
        PanicText::Value(b) => String::from_utf8_lossy(&b).into_owned(),
        PanicText::Fatal(b) => format!("FATAL {}", String::from_utf8_lossy(&b)),
    }
}

#[test]
fn panic_values_print_like_go() {
    let mut m = Mock::new();
    let fx = Fx::new(&mut m);
    let int = fx.int;
    let my_int = m.named("MyInt", "main", int);
    let my_str = m.named("MyStr", "main", fx.string);
    let my_f = m.named("MyF", "main", fx.float64);
    let my_b = m.named("MyB", "main", fx.bool);
    let my_u = m.named("MyU", "main", fx.uint8);
    let t_struct = m.struct_of(&[("A", int)]);
    let t = m.named("T", "main", t_struct);
    let st = m.named("St", "main", int);
    m.method(st, "String", |_, _| {
        MethodCall::Returned(b"stringer!".to_vec())
    });
    let bad = m.named("Bad", "main", int);
    m.method(bad, "String", |_, _| MethodCall::Panicked("boom".into()));
    let cases: Vec<(Value, &str)> = vec![
        (Mock::iface(my_int, Value::Int(3)), "main.MyInt(3)"),
        (
            Mock::iface(my_str, s("te\"xt\n")),
            "main.MyStr(\"te\"xt\n\t\")",
        ),
        (Mock::iface(my_f, Value::Float(2.5)), "main.MyF(2.5)"),
        (Mock::iface(my_b, Value::Bool(true)), "main.MyB(true)"),
        (Mock::iface(my_u, Value::Int(200)), "main.MyU(200)"),
        (fx.value(&mut m, "errnew"), "boom"),
        (fx.value(&mut m, "err"), "err:bad"),
        (Mock::iface(st, Value::Int(1)), "stringer!"),
        (
            Mock::iface(bad, Value::Int(1)),
            "FATAL panic while printing panic value: boom",
        ),
        (Mock::iface(fx.float64, Value::Float(2.5)), "2.5"),
        (Mock::iface(fx.float64, Value::Float(1e21)), "1e+21"),
        (
            Mock::iface(fx.float32, Value::Float(f64::from(0.1f32))),
            "0.1",
        ),
        (Mock::iface(fx.string, s("multi\nline")), "multi\n\tline"),
        (Mock::iface(int, Value::Int(-42)), "-42"),
        (
            Mock::iface(fx.uint64, Value::Int(-1)),
            "18446744073709551615",
        ),
        (Mock::iface(fx.bool, Value::Bool(false)), "false"),
        (Value::Nil, "runtime error: panic called with nil argument"),
    ];
    for (v, want) in cases {
        assert_eq!(panic_text(&mut m, &v), want);
    }
    let tv = Mock::iface(t, Value::Agg(Box::new([Value::Int(1)])));
    assert!(panic_text(&mut m, &tv).starts_with("(main.T) 0x"));
    let pt = m.ptr_to(t);
    let p = m.new_ptr(Value::Agg(Box::new([Value::Int(1)])));
    assert!(panic_text(&mut m, &Mock::iface(pt, p)).starts_with("(*main.T) 0xc"));
    let ints = fx.value(&mut m, "ints");
    assert!(panic_text(&mut m, &ints).starts_with("([]int) 0x"));
    let mp = fx.value(&mut m, "m_is");
    assert!(panic_text(&mut m, &mp).starts_with("(map[int]string) 0x"));
}

fn printed(m: &Mock, v: &Value, ty: types::TypeId) -> String {
    String::from_utf8_lossy(&print_value(m, v, ty)).into_owned()
}

#[test]
fn print_builtin_operands() {
    let mut m = Mock::new();
    let fx = Fx::new(&mut m);
    let f = fx.float64;
    // println(1, -2, uint64(max), 2.5, 1e21, 1e20, 0.1, float32(0.1), 1e-7, 123456789.0, ...)
    let line = [
        printed(&m, &Value::Int(1), fx.int),
        printed(&m, &Value::Int(-2), fx.int),
        printed(&m, &Value::Int(-1), fx.uint64),
        printed(&m, &Value::Float(2.5), f),
        printed(&m, &Value::Float(1e21), f),
        printed(&m, &Value::Float(1e20), f),
        printed(&m, &Value::Float(0.1), f),
        printed(&m, &Value::Float(f64::from(0.1f32)), fx.float32),
        printed(&m, &Value::Float(1e-7), f),
        printed(&m, &Value::Float(123456789.0), f),
        printed(&m, &Value::Float(0.0), f),
        printed(&m, &Value::Float(f64::INFINITY), f),
        printed(&m, &Value::Float(f64::NEG_INFINITY), f),
        printed(&m, &Value::Float(f64::NAN), f),
        printed(&m, &Value::Float(100.0), f),
        printed(&m, &Value::Float(1e6), f),
        printed(&m, &Value::Float(-0.0), f),
    ];
    assert_eq!(
        line.join(" "),
        "1 -2 18446744073709551615 2.5 1e+21 1e+20 0.1 0.1 1e-07 1.23456789e+08 0 +Inf -Inf NaN 100 1e+06 -0"
    );
    let int32 = m.basic(Basic::Int32);
    let line = [
        printed(&m, &Value::Bool(true), fx.bool),
        printed(&m, &s("str"), fx.string),
        printed(&m, &Value::Int('x' as i64), int32),
        printed(&m, &Value::Int(7), fx.uint8),
        printed(&m, &Value::Int(16), fx.uintptr),
    ];
    assert_eq!(line.join(" "), "true str 120 7 16");
    let pint = m.ptr_to(fx.int);
    assert_eq!(printed(&m, &Value::Nil, pint), "0x0");
    assert_eq!(printed(&m, &Value::Nil, fx.error), "(0x0,0x0)");
    assert_eq!(printed(&m, &Value::Nil, fx.any), "(0x0,0x0)");
    let ints = m.slice_of(fx.int);
    assert_eq!(printed(&m, &Value::Nil, ints), "[0/0]0x0");
    let sl = Value::Slice(SliceVal {
        obj: program::value::ObjId(2),
        off: 0,
        len: 2,
        cap: 5,
    });
    assert_eq!(
        printed(&m, &sl, ints),
        format!("[2/5]{:#x}", m.address(&sl))
    );
    let p = m.new_ptr(Value::Int(1));
    assert_eq!(printed(&m, &p, pint), format!("{:#x}", m.address(&p)));
    let boxed = Mock::iface(fx.int, Value::Int(5));
    let text = printed(&m, &boxed, fx.any);
    assert!(
        text.starts_with("(0x") && text.contains(",0x") && text.ends_with(')'),
        "{text}"
    );
}
