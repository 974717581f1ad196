//! Parsing realistic programs, asserting on the shape of the tree.

use crate::common::{body, decls, expr, parse_ok};
use syntax::ast::{Decl, NodeId, StmtKind};

const CONCURRENCY: &str = r#"package main

import (
	"fmt"
	s "strings"
	"sync"
)

type Point struct{ X, Y int }

type Named struct {
	Point
	*sync.Mutex
	fmt.Stringer
	Name string `json:"name"`
	tags []string
}

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Celsius = float64

const (
	A = iota
	B
	C, D = iota * 10, "x"
	E, F
)

var (
	x, y int = 1, 2
	z        = []Point{{1, 2}, {X: 3}}
	m        = map[string][]int{"a": {1}}
)

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func (p Point) String() string { return fmt.Sprint(p.X, p.Y) }

func sum(label string, nums ...int) (total int, err error) {
	for _, n := range nums {
		total += n
	}
	return
}

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 10)
	done := make(chan struct{})
	var wg sync.WaitGroup
	go func() {
		defer close(done)
		wg.Wait()
	}()
	select {
	case v := <-jobs:
		fmt.Println(v)
	case v, ok := <-jobs:
		_, _ = v, ok
	case jobs <- 1:
	case <-done:
	default:
	}
outer:
	for i := 0; i < 3; i++ {
		for j := range 10 {
			if j == i {
				continue outer
			} else if j > 5 {
				break outer
			} else {
				goto end
			}
		}
	}
end:
	switch v := interface{}(x).(type) {
	case int, string:
		fmt.Println(v)
	case nil:
	default:
	}
	switch {
	case x > 1:
		fallthrough
	default:
	}
	if p := (Point{1, 2}); p.X > 0 {
	}
	for range jobs {
	}
	var k, v2 string
	for k, v2 = range map[string]string{} {
	}
	a := []int{1, 2, 3}
	_ = a[1:2:3]
	_ = a[:]
	x++
	y--
	x <<= 2
	_ = s.ToUpper
	_ = !true && -x < +y || ^x == x&^y
	_ = <-jobs
	var c chan<- <-chan int
	var d <-chan <-chan int
	_, _, _, _ = c, d, k, v2
	f := func(xs ...int) int { return sum("s", xs...) }
	_ = f
}
"#;

#[test]
fn a_program_using_most_of_the_language() {
    let file = parse_ok(CONCURRENCY);
    assert_eq!(file.package.name, "main");
    let imports: Vec<(Option<&str>, &str)> = file
        .imports
        .iter()
        .map(|i| (i.alias.as_ref().map(|a| a.name.as_str()), i.path.as_str()))
        .collect();
    assert_eq!(
        imports,
        [(None, "fmt"), (Some("s"), "strings"), (None, "sync")]
    );
    let want = [
        "(type (Point (struct (X,Y int))))",
        "(type (Named (struct (Point; (* (. sync Mutex)); (. fmt Stringer); Name string \"json:\\\"name\\\"\"; tags (slicetype string)))))",
        "(type (Shape (interface (method Area () (float64)) (embed (. fmt Stringer)))))",
        "(type (Celsius = float64))",
        "(const ([A] _ [iota] iota=0) ([B] _ [iota] iota=1 implicit) ([C D] _ [(* iota 10) \"x\"] iota=2) ([E F] _ [(* iota 10) \"x\"] iota=3 implicit))",
        "(var ([x y] int [1 2] iota=0) ([z] _ [(lit (slicetype Point) (lit _ 1 2) (lit _ (kv X 3)))] iota=0) ([m] _ [(lit (map string (slicetype int)) (kv \"a\" (lit _ 1)))] iota=0))",
        "(func (p (* Point)) Move (dx,dy int) () {(+= [(. p X)] [dx]) (+= [(. p Y)] [dy])})",
        "(func (p Point) String () (string) {(return (call (. fmt Sprint) (. p X) (. p Y)))})",
        "(func sum (label string; nums (... int)) (total int; err error) {(range _ n := nums {(+= [total] [n])}) (return)})",
        "(func worker (id int; jobs (<-chan int); results (chan<- int); wg (* (. sync WaitGroup))) () {(defer (call (. wg Done))) (range j _ := jobs {(send results (* j 2))})})",
        "(func main () () {(:= [jobs] [(call make (chan int) 10)]) (:= [done] [(call make (chan (struct ())))]) (var ([wg] (. sync WaitGroup) [] iota=0)) (go (call (funclit () () {(defer (call close done)) (call (. wg Wait))}))) (select (case (:= [v] [(<- jobs)]) (call (. fmt Println) v)) (case (:= [v ok] [(<- jobs)]) (= [_ _] [v ok])) (case (send jobs 1) ) (case (<- done) ) (default )) (label outer (for (:= [i] [0]) (< i 3) (++ i) {(range j _ := 10 {(if _ (== j i) {(continue outer)} (if _ (> j 5) {(break outer)} {(goto end)}))})})) (label end (typeswitch _ v (call (interface) x) (case [int string] (call (. fmt Println) v)) (case [nil] ) (default ))) (switch _ _ (case [(> x 1)] (fallthrough)) (default )) (if (:= [p] [(paren (lit Point 1 2))]) (> (. p X) 0) {} _) (range _ _ = jobs {}) (var ([k v2] string [] iota=0)) (range k v2 = (lit (map string string)) {}) (:= [a] [(lit (slicetype int) 1 2 3)]) (= [_] [(slice a 1 2 3)]) (= [_] [(slice a _ _)]) (++ x) (-- y) (<<= [x] [2]) (= [_] [(. s ToUpper)]) (= [_] [(|| (&& (! true) (< (- x) (+ y))) (== (^ x) (&^ x y)))]) (= [_] [(<- jobs)]) (var ([c] (chan<- (<-chan int)) [] iota=0)) (var ([d] (<-chan (<-chan int)) [] iota=0)) (= [_ _ _ _] [c d k v2]) (:= [f] [(funclit (xs (... int)) (int) {(return (call sum \"s\" xs ...))})]) (= [_] [f])})",
    ];
    let got = decls(&file);
    let got: Vec<&str> = got.lines().collect();
    assert_eq!(got, want);
}

#[test]
fn node_ids_are_dense_and_fresh_for_repeated_constants() {
    let file = parse_ok(CONCURRENCY);
    let mut ids = Vec::new();
    collect_ids(&file, &mut ids);
    ids.sort();
    let expected: Vec<NodeId> = (0..file.node_count).map(NodeId).collect();
    assert_eq!(ids, expected);

    // `B` repeats `A`'s `iota`, but as a node of its own.
    let Decl::Const(group) = &file.decls[4] else {
        panic!("const group expected")
    };
    assert_ne!(group.specs[0].values[0].id, group.specs[1].values[0].id);
}

/// Every expression and statement id, found by walking the debug rendering
/// of the tree (which prints each node's `id: NodeId(n)` once).
fn collect_ids(file: &syntax::ast::File, ids: &mut Vec<NodeId>) {
    let text = format!("{:?}", file.decls);
    for part in text.split("id: NodeId(").skip(1) {
        let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
        ids.push(NodeId(digits.parse().expect("id")));
    }
}

fn main_body(src: &str) -> String {
    let file = parse_ok(&format!("package p\nfunc main() {{\n{src}\n}}\n"));
    body(&file, "main")
}

fn first_expr(src: &str) -> String {
    let file = parse_ok(&format!("package p\nvar _ = {src}\n"));
    match &file.decls[0] {
        Decl::Var(g) => expr(&g.specs[0].values[0]),
        _ => unreachable!(),
    }
}

#[test]
fn operator_precedence_has_five_levels() {
    assert_eq!(
        first_expr("a || b && c == d + e * f"),
        "(|| a (&& b (== c (+ d (* e f)))))"
    );
    assert_eq!(
        first_expr("a * b + c < d && e || f"),
        "(|| (&& (< (+ (* a b) c) d) e) f)"
    );
    assert_eq!(first_expr("a - b - c"), "(- (- a b) c)");
    assert_eq!(
        first_expr("1 << 2 | 3 &^ 4 % 5"),
        "(| (<< 1 2) (% (&^ 3 4) 5))"
    );
    assert_eq!(first_expr("-x.y[1]()"), "(- (call (index (. x y) 1)))");
    assert_eq!(first_expr("*p.q"), "(* (. p q))");
    assert_eq!(first_expr("&T{1}"), "(& (lit T 1))");
    assert_eq!(first_expr("&(T{1})"), "(& (lit T 1))");
    assert_eq!(first_expr("<-<-ch"), "(<- (<- ch))");
}

#[test]
fn channel_types_in_all_directions() {
    assert_eq!(first_expr("make(chan int)"), "(call make (chan int))");
    assert_eq!(first_expr("make(chan<- int)"), "(call make (chan<- int))");
    assert_eq!(first_expr("make(<-chan int)"), "(call make (<-chan int))");
    assert_eq!(
        first_expr("make(chan (<-chan int))"),
        "(call make (chan (paren (<-chan int))))"
    );
    assert_eq!(
        first_expr("make(chan<- chan int)"),
        "(call make (chan<- (chan int)))"
    );
    assert_eq!(
        first_expr("make(<-chan <-chan int)"),
        "(call make (<-chan (<-chan int)))"
    );
    assert_eq!(
        first_expr("(<-chan int)(ch)"),
        "(call (paren (<-chan int)) ch)"
    );
}

#[test]
fn primary_expressions() {
    assert_eq!(first_expr("a[1:]"), "(slice a 1 _)");
    assert_eq!(first_expr("a[:2]"), "(slice a _ 2)");
    assert_eq!(first_expr("a[1:2:3]"), "(slice a 1 2 3)");
    assert_eq!(first_expr("x.(T)"), "(assert x T)");
    assert_eq!(first_expr("x.(*pkg.T)"), "(assert x (* (. pkg T)))");
    assert_eq!(first_expr("f(a, b...)"), "(call f a b ...)");
    assert_eq!(first_expr("f(a, b,)"), "(call f a b)");
    assert_eq!(first_expr("[]byte(s)"), "(call (slicetype byte) s)");
    assert_eq!(first_expr("[...]int{1, 2}"), "(lit (array _ int) 1 2)");
    assert_eq!(
        first_expr("[2][]int{{1}, {}}"),
        "(lit (array 2 (slicetype int)) (lit _ 1) (lit _))"
    );
    assert_eq!(
        first_expr("map[Point]string{{1, 2}: \"a\"}"),
        "(lit (map Point string) (kv (lit _ 1 2) \"a\"))"
    );
    assert_eq!(
        first_expr("[]*Point{{1, 2}}"),
        "(lit (slicetype (* Point)) (lit _ 1 2))"
    );
    assert_eq!(first_expr("struct{ a int }{1}"), "(lit (struct (a int)) 1)");
    assert_eq!(
        first_expr("func(a, b int) (int, error) { return a, nil }"),
        "(funclit (a,b int) (int; error) {(return a nil)})"
    );
    assert_eq!(
        first_expr("func(int, string) bool { return true }"),
        "(funclit (int; string) (bool) {(return true)})"
    );
    assert_eq!(
        first_expr("interface{ M(int) string }(nil)"),
        "(call (interface (method M (int) (string))) nil)"
    );
    assert_eq!(
        first_expr("'x' + 1.5 + \"s\""),
        "(+ (+ (rune 120) 1.5) \"s\")"
    );
}

#[test]
fn composite_literals_need_parens_in_statement_headers() {
    assert_eq!(
        main_body("if x == (T{}) {\n}"),
        "(if _ (== x (paren (lit T))) {} _)"
    );
    assert_eq!(
        main_body("for _, p := range []T{{1}} {\n}"),
        "(range _ p := (lit (slicetype T) (lit _ 1)) {})"
    );
    assert_eq!(
        main_body("switch f(T{}) {\n}"),
        "(switch _ (call f (lit T)) )"
    );
    // Without parentheses the `{` opens the body: `x == T` is the condition.
    let parsed = syntax::parse("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
    assert_eq!(
        parsed.diagnostics[0].message,
        "syntax error: unexpected { at end of statement"
    );
}

#[test]
fn statements_of_every_kind() {
    assert_eq!(main_body("for {\n}"), "(for _ _ _ {})");
    assert_eq!(main_body("for x < 3 {\n}"), "(for _ (< x 3) _ {})");
    assert_eq!(main_body("for i := 0; ; {\n}"), "(for (:= [i] [0]) _ _ {})");
    assert_eq!(main_body("for range 3 {\n}"), "(range _ _ = 3 {})");
    assert_eq!(main_body("for i := range 10 {\n}"), "(range i _ := 10 {})");
    assert_eq!(
        main_body("switch x := f(); x {\ncase 1, 2:\ncase 3:\n}"),
        "(switch (:= [x] [(call f)]) x (case [1 2] ) (case [3] ))"
    );
    assert_eq!(main_body("switch x.(type) {\n}"), "(typeswitch _ _ x )");
    assert_eq!(
        main_body("switch y := 1; v := x.(type) {\n}"),
        "(typeswitch (:= [y] [1]) v x )"
    );
    assert_eq!(
        main_body("if err := f(); err != nil {\n} else if g() {\n} else {\n}"),
        "(if (:= [err] [(call f)]) (!= err nil) {} (if _ (call g) {} {}))"
    );
    assert_eq!(main_body("a, b = b, a"), "(= [a b] [b a])");
    assert_eq!(
        main_body("a[i], m[k] = 1, 2"),
        "(= [(index a i) (index m k)] [1 2])"
    );
    assert_eq!(main_body("x &^= 1"), "(&^= [x] [1])");
    assert_eq!(main_body("ch <- v + 1"), "(send ch (+ v 1))");
    assert_eq!(main_body("<-ch"), "(<- ch)");
    assert_eq!(
        main_body("go f(1)\ndefer g()"),
        "(go (call f 1)) (defer (call g))"
    );
    assert_eq!(
        main_body("L:\n\tfor {\n\t\tbreak L\n\t}"),
        "(label L (for _ _ _ {(break L)}))"
    );
    assert_eq!(main_body("goto L\nL:"), "(goto L) (label L empty)");
    assert_eq!(main_body("{\n\tx := 1\n}"), "{(:= [x] [1])}");
    assert_eq!(
        main_body("var a, b = 1, 2\nconst c = 3\ntype T int"),
        "(var ([a b] _ [1 2] iota=0)) (const ([c] _ [3] iota=0)) (type (T int))"
    );
    assert_eq!(main_body(";"), "empty");
    assert_eq!(main_body("return"), "(return)");
    assert_eq!(
        main_body("select {\ncase v, ok = <-ch:\n\tf(v, ok)\n}"),
        "(select (case (= [v ok] [(<- ch)]) (call f v ok)))"
    );
}

#[test]
fn declarations() {
    let file = parse_ok(
        "package p\n\
         import . \"fmt\"\n\
         import _ \"embed\"\n\
         type (\n\tA [4]int\n\tB []A\n\tC = map[string]B\n\tD [N * 2]int\n)\n\
         func F(a, b int, c ...string) {}\n\
         func G() (x, y int) { return }\n\
         func (r *T) M() {}\n\
         func (T) N() {}\n\
         func H()\n",
    );
    let imports: Vec<&str> = file
        .imports
        .iter()
        .map(|i| i.alias.as_ref().map_or("", |a| a.name.as_str()))
        .collect();
    assert_eq!(imports, [".", "_"]);
    assert_eq!(
        decls(&file),
        "(type (A (array 4 int)) (B (slicetype A)) (C = (map string B)) (D (array (* N 2) int)))\n\
         (func F (a,b int; c (... string)) () {})\n\
         (func G () (x,y int) {(return)})\n\
         (func (r (* T)) M () () {})\n\
         (func (T) N () () {})\n\
         (func H () () nobody)"
    );
}

#[test]
fn type_parameters_and_instantiations_are_parsed() {
    let file = parse_ok(
        "package p\n\
         type List[T any] struct{ items []T }\n\
         type Pair[K comparable, V any] struct{}\n\
         type Ptr[P *[]int] struct{}\n\
         type Arr[N *int] struct{}\n\
         type Num interface{ ~int | ~float64 }\n\
         func Map[T, U any](xs []T, f func(T) U) []U { return nil }\n\
         func (l *List[T]) Push(x T) {}\n\
         var g = Map[int, string]\n\
         var p = Pair[int, List[string]]{}\n",
    );
    let got = decls(&file);
    assert!(
        got.contains("(List[(T any)] (struct (items (slicetype T))))"),
        "{got}"
    );
    assert!(
        got.contains("(Pair[(K comparable; V any)] (struct ()))"),
        "{got}"
    );
    assert!(
        got.contains("(Ptr[(P (* (slicetype int)))] (struct ()))"),
        "{got}"
    );
    // Like Go, `[N *int]` is read as an array length: it could be one.
    assert!(got.contains("(Arr (array (* N int) (struct ())))"), "{got}");
    assert!(got.contains("(| (~ int) (~ float64))"), "{got}");
    assert!(got.contains("(func Map[(T,U any)] "), "{got}");
    assert!(got.contains("(func (l (* (index List T))) Push"), "{got}");
    assert!(got.contains("(index Map int string)"), "{got}");
    assert!(
        got.contains("(lit (index Pair int (index List string)))"),
        "{got}"
    );
}

#[test]
fn struct_fields_embedding_and_tags() {
    assert_eq!(
        first_expr("struct {\n\tT\n\t*U\n\tp.V `tag`\n\ta, b int \"t2\"\n\tf func() error\n}{}"),
        "(lit (struct (T; (* U); (. p V) \"tag\"; a,b int \"t2\"; f (functype () (error)))))"
    );
}

#[test]
fn statements_get_ids_and_spans() {
    let src = "package p\nfunc f() {\n\tx := 1\n}\n";
    let file = parse_ok(src);
    let Decl::Func(f) = &file.decls[0] else {
        panic!()
    };
    let body = f.body.as_ref().unwrap();
    let stmt = &body.stmts[0];
    assert!(matches!(stmt.kind, StmtKind::Assign { .. }));
    assert_eq!(&src[stmt.span.lo as usize..stmt.span.hi as usize], "x := 1");
    assert_eq!(&src[body.close.lo as usize..body.close.hi as usize], "}");
    assert_eq!(file.node_count, 3);
}
