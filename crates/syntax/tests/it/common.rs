//! A compact S-expression rendering of the syntax tree, so that tests can
//! assert on tree shapes in one readable line.

use syntax::ast::*;

pub fn parse_ok(src: &str) -> File {
    let parsed = syntax::parse(src);
    assert!(
        parsed.diagnostics.is_empty(),
        "unexpected diagnostics: {:?}",
        parsed.diagnostics
    );
    parsed.file
}

/// The declarations of a file, one per line.
pub fn decls(file: &File) -> String {
    file.decls.iter().map(decl).collect::<Vec<_>>().join("\n")
}

/// The body of the function named `name`, its statements space-separated.
pub fn body(file: &File, name: &str) -> String {
    let func = file
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(f) if f.name.name == name => Some(f),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no func {name}"));
    let body = func.body.as_ref().expect("func has a body");
    stmts(&body.stmts)
}

pub fn decl(d: &Decl) -> String {
    match d {
        Decl::Func(f) => {
            let recv = f.recv.as_ref().map_or(String::new(), |r| {
                format!("{} ", fields(std::slice::from_ref(r)))
            });
            let tp = if f.type_params.is_empty() {
                String::new()
            } else {
                format!("[{}] ", fields(&f.type_params))
            };
            let body = f
                .body
                .as_ref()
                .map_or("nobody".to_string(), |b| format!("{{{}}}", stmts(&b.stmts)));
            format!("(func {recv}{}{tp} {} {body})", f.name.name, sig(&f.sig))
        }
        Decl::Var(g) => format!(
            "(var {})",
            g.specs.iter().map(value_spec).collect::<Vec<_>>().join(" ")
        ),
        Decl::Const(g) => format!(
            "(const {})",
            g.specs.iter().map(value_spec).collect::<Vec<_>>().join(" ")
        ),
        Decl::Type(g) => {
            let specs: Vec<String> = g
                .specs
                .iter()
                .map(|s| {
                    let tp = if s.type_params.is_empty() {
                        String::new()
                    } else {
                        format!("[{}]", fields(&s.type_params))
                    };
                    let eq = if s.alias { " =" } else { "" };
                    format!("({}{tp}{eq} {})", s.name.name, expr(&s.ty))
                })
                .collect();
            format!("(type {})", specs.join(" "))
        }
    }
}

fn value_spec(s: &ValueSpec) -> String {
    let names: Vec<&str> = s.names.iter().map(|n| n.name.as_str()).collect();
    let ty = s.ty.as_ref().map_or("_".to_string(), expr);
    let implicit = if s.implicit { " implicit" } else { "" };
    format!(
        "([{}] {ty} [{}] iota={}{implicit})",
        names.join(" "),
        list(&s.values),
        s.iota
    )
}

pub fn sig(f: &FuncType) -> String {
    format!("{} {}", fields(&f.params), fields(&f.results))
}

fn fields(list: &[Field]) -> String {
    let parts: Vec<String> = list
        .iter()
        .map(|f| {
            let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
            let tag = f.tag.as_ref().map_or(String::new(), |t| format!(" {t:?}"));
            if names.is_empty() {
                format!("{}{tag}", expr(&f.ty))
            } else {
                format!("{} {}{tag}", names.join(","), expr(&f.ty))
            }
        })
        .collect();
    format!("({})", parts.join("; "))
}

pub fn list(xs: &[Expr]) -> String {
    xs.iter().map(expr).collect::<Vec<_>>().join(" ")
}

fn opt(x: &Option<Box<Expr>>) -> String {
    x.as_deref().map_or("_".to_string(), expr)
}

pub fn expr(x: &Expr) -> String {
    match &x.kind {
        ExprKind::Bad => "BAD".to_string(),
        ExprKind::Ident(i) => i.name.clone(),
        ExprKind::Lit(Lit::Int(v)) => v.to_string(),
        ExprKind::Lit(Lit::Float(v)) => format!("{v:?}"),
        ExprKind::Lit(Lit::Rune(v)) => format!("(rune {v})"),
        ExprKind::Lit(Lit::Str(b)) => format!("{:?}", String::from_utf8_lossy(b)),
        ExprKind::Composite { ty, elems } => {
            format!("(lit {} {})", opt(ty), list(elems)).replace(" )", ")")
        }
        ExprKind::KeyValue { key, value } => format!("(kv {} {})", expr(key), expr(value)),
        ExprKind::FuncLit { sig: s, body } => {
            format!("(funclit {} {{{}}})", sig(s), stmts(&body.stmts))
        }
        ExprKind::Paren(x) => format!("(paren {})", expr(x)),
        ExprKind::Selector { x, sel } => format!("(. {} {})", expr(x), sel.name),
        ExprKind::Index { x, index } => format!("(index {} {})", expr(x), expr(index)),
        ExprKind::IndexList { x, indices } => format!(
            "(index {} {})",
            expr(x),
            indices.iter().map(expr).collect::<Vec<_>>().join(" ")
        ),
        ExprKind::Slice { x, low, high, max } => {
            let max = max
                .as_ref()
                .map_or(String::new(), |m| format!(" {}", expr(m)));
            format!("(slice {} {} {}{max})", expr(x), opt(low), opt(high))
        }
        ExprKind::TypeAssert { x, ty } => {
            format!(
                "(assert {} {})",
                expr(x),
                ty.as_deref().map_or("type".to_string(), expr)
            )
        }
        ExprKind::Call { func, args, spread } => {
            let dots = if spread.is_some() { " ..." } else { "" };
            format!("(call {} {}{dots})", expr(func), list(args)).replace(" )", ")")
        }
        ExprKind::Star(x) => format!("(* {})", expr(x)),
        ExprKind::Unary { op, x } => {
            let op = match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "^",
                UnaryOp::Addr => "&",
                UnaryOp::Recv => "<-",
                UnaryOp::Tilde => "~",
            };
            format!("({op} {})", expr(x))
        }
        ExprKind::Binary { op, x, y } => format!("({} {} {})", op.as_str(), expr(x), expr(y)),
        ExprKind::ArrayType { len, elem } => format!("(array {} {})", opt(len), expr(elem)),
        ExprKind::SliceType(elem) => format!("(slicetype {})", expr(elem)),
        ExprKind::MapType { key, value } => format!("(map {} {})", expr(key), expr(value)),
        ExprKind::ChanType { dir, elem } => {
            let dir = match dir {
                ChanDir::Both => "chan",
                ChanDir::Send => "chan<-",
                ChanDir::Recv => "<-chan",
            };
            format!("({dir} {})", expr(elem))
        }
        ExprKind::FuncType(f) => format!("(functype {})", sig(f)),
        ExprKind::StructType(f) => format!("(struct {})", fields(f)),
        ExprKind::InterfaceType(elems) => {
            let parts: Vec<String> = elems
                .iter()
                .map(|e| match e {
                    InterfaceElem::Method { name, sig: s } => {
                        format!("(method {} {})", name.name, sig(s))
                    }
                    InterfaceElem::Embedded(x) => format!("(embed {})", expr(x)),
                })
                .collect();
            format!("(interface {})", parts.join(" ")).replace(" )", ")")
        }
        ExprKind::Ellipsis(x) => format!("(... {})", expr(x)),
    }
}

pub fn stmts(list: &[Stmt]) -> String {
    list.iter().map(stmt).collect::<Vec<_>>().join(" ")
}

fn opt_stmt(s: &Option<Box<Stmt>>) -> String {
    s.as_deref().map_or("_".to_string(), stmt)
}

fn clauses(cases: &[CaseClause]) -> String {
    cases
        .iter()
        .map(|c| match &c.exprs {
            Some(e) => format!("(case [{}] {})", list(e), stmts(&c.body)),
            None => format!("(default {})", stmts(&c.body)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Bad => "BADSTMT".to_string(),
        StmtKind::Empty => "empty".to_string(),
        StmtKind::Decl(d) => decl(d),
        StmtKind::Labeled { label, stmt: s } => format!("(label {} {})", label.name, stmt(s)),
        StmtKind::Expr(x) => expr(x),
        StmtKind::Send { chan, value } => format!("(send {} {})", expr(chan), expr(value)),
        StmtKind::IncDec { x, inc } => format!("({} {})", if *inc { "++" } else { "--" }, expr(x)),
        StmtKind::Assign { lhs, op, rhs } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(op) => format!("{}=", op.as_str()),
            };
            format!("({op} [{}] [{}])", list(lhs), list(rhs))
        }
        StmtKind::Go(x) => format!("(go {})", expr(x)),
        StmtKind::Defer(x) => format!("(defer {})", expr(x)),
        StmtKind::Return(xs) => format!("(return {})", list(xs)).replace(" )", ")"),
        StmtKind::Branch { kind, label } => {
            let kind = match kind {
                BranchKind::Break => "break",
                BranchKind::Continue => "continue",
                BranchKind::Goto => "goto",
                BranchKind::Fallthrough => "fallthrough",
            };
            match label {
                Some(l) => format!("({kind} {})", l.name),
                None => format!("({kind})"),
            }
        }
        StmtKind::Block(b) => format!("{{{}}}", stmts(&b.stmts)),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            format!(
                "(if {} {} {{{}}} {})",
                opt_stmt(init),
                expr(cond),
                stmts(&then.stmts),
                opt_stmt(els)
            )
        }
        StmtKind::Switch {
            init,
            tag,
            clauses: c,
        } => {
            let tag = tag.as_ref().map_or("_".to_string(), expr);
            format!("(switch {} {tag} {})", opt_stmt(init), clauses(c))
        }
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            clauses: c,
        } => {
            let bind = bind.as_ref().map_or("_", |b| b.name.as_str());
            format!(
                "(typeswitch {} {bind} {} {})",
                opt_stmt(init),
                expr(x),
                clauses(c)
            )
        }
        StmtKind::Select { clauses } => {
            let parts: Vec<String> = clauses
                .iter()
                .map(|c| match &c.comm {
                    Some(comm) => format!("(case {} {})", stmt(comm), stmts(&c.body)),
                    None => format!("(default {})", stmts(&c.body)),
                })
                .collect();
            format!("(select {})", parts.join(" "))
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            let cond = cond.as_ref().map_or("_".to_string(), expr);
            format!(
                "(for {} {cond} {} {{{}}})",
                opt_stmt(init),
                opt_stmt(post),
                stmts(&body.stmts)
            )
        }
        StmtKind::Range {
            key,
            value,
            extra,
            define,
            x,
            body,
        } => {
            let key = key.as_ref().map_or("_".to_string(), expr);
            let value = value.as_ref().map_or("_".to_string(), expr);
            let extra = extra
                .as_deref()
                .map_or(String::new(), |e| format!(" {}", expr(e)));
            let op = if *define { ":=" } else { "=" };
            format!(
                "(range {key} {value}{extra} {op} {} {{{}}})",
                expr(x),
                stmts(&body.stmts)
            )
        }
    }
}
