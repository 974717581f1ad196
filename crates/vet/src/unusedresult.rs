//! unusedresult: a call whose only point is its result, made as a
//! statement: `fmt.Sprintf(…)` that formats and throws the text away,
//! `errors.New(…)` that makes an error nobody returns, a `String` or
//! `Error` method whose string is dropped.

use crate::locks::name;
use crate::walk::{Node, walk};
use crate::{Analyzer, Cx, Finding, unparen};
use syntax::ast::{ExprKind, StmtKind};
use types::{ObjKind, Type};

/// Go's list (`go vet -unusedresult.funcs`), by package path.
const FUNCS: &[(&str, &[&str])] = &[
    (
        "context",
        &["WithCancel", "WithDeadline", "WithTimeout", "WithValue"],
    ),
    ("errors", &["New"]),
    (
        "fmt",
        &[
            "Append", "Appendf", "Appendln", "Errorf", "Sprint", "Sprintf", "Sprintln",
        ],
    ),
    (
        "maps",
        &[
            "All",
            "Clone",
            "Collect",
            "Equal",
            "EqualFunc",
            "Keys",
            "Values",
        ],
    ),
    (
        "slices",
        &[
            "All",
            "AppendSeq",
            "Backward",
            "BinarySearch",
            "BinarySearchFunc",
            "Chunk",
            "Clip",
            "Clone",
            "Collect",
            "Compact",
            "CompactFunc",
            "Compare",
            "CompareFunc",
            "Concat",
            "Contains",
            "ContainsFunc",
            "Delete",
            "DeleteFunc",
            "Equal",
            "EqualFunc",
            "Grow",
            "Index",
            "IndexFunc",
            "Insert",
            "IsSorted",
            "IsSortedFunc",
            "Max",
            "MaxFunc",
            "Min",
            "MinFunc",
            "Repeat",
            "Replace",
            "Sorted",
            "SortedFunc",
            "SortedStableFunc",
            "Values",
        ],
    ),
    ("sort", &["Reverse"]),
];

pub fn run(cx: &Cx<'_>, out: &mut Vec<Finding>) {
    walk(&cx.file.ast, &mut |n, _| {
        let Node::Stmt(s) = n else { return };
        let StmtKind::Expr(e) = &s.kind else { return };
        let call = unparen(e);
        let ExprKind::Call { func, .. } = &call.kind else {
            return;
        };
        let Some(obj) = cx.callee(func) else { return };
        let o = cx.ck.object(obj);
        let ObjKind::Func { ty, recv, .. } = &o.kind else {
            return;
        };
        let message = match recv {
            Some(r) if matches!(o.name.as_str(), "String" | "Error") && returns_string(cx, *ty) => {
                format!(
                    "result of ({}).{} call not used",
                    name(&cx.ck.types, *r),
                    o.name
                )
            }
            Some(_) => return,
            None => {
                let listed = FUNCS.iter().any(|(pkg, names)| cx.is_func(obj, pkg, names));
                if !listed {
                    return;
                }
                let pkg = cx
                    .ck
                    .packages
                    .get(o.pkg.0 as usize)
                    .map_or("", |p| p.path.as_str());
                format!("result of {pkg}.{} call not used", o.name)
            }
        };
        out.push(Finding {
            analyzer: Analyzer::Unusedresult,
            pos: call.span.lo,
            end: func.span.hi,
            message,
        });
    });
}

/// `func() string`, the signature Go's check asks of the method.
fn returns_string(cx: &Cx<'_>, ty: types::TypeId) -> bool {
    let Some(sig) = cx.ck.types.signature(ty) else {
        return false;
    };
    sig.params.is_empty()
        && !sig.variadic
        && matches!(sig.results.as_slice(), [r] if matches!(cx.ck.types.get(*r), Type::Basic(types::Basic::String)))
}
