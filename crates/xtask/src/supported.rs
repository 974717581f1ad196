//! `supported.html`: what Goroutine Dojo runs, in English and Chinese.
//! The package table is written from the prelude itself (its folders and
//! the `//dojo:lacks` lines the type checker reads), so the page cannot
//! claim a package or a function the engine does not have. The language
//! section is the list below, kept beside the checker's own "not supported
//! by Goroutine Dojo" errors.

use anyhow::Result;
use std::fs;
use std::path::Path;

/// `(English, Chinese)` pairs.
type Both = (&'static str, &'static str);

const LANGUAGE: &[Both] = &[
    (
        "Goroutines, channels (buffered, unbuffered, nil, closed), `select` with and without `default`",
        "goroutine、channel（有缓冲、无缓冲、nil、已关闭）、带或不带 `default` 的 `select`",
    ),
    (
        "`defer`, `panic`, `recover`, and Go's panic and deadlock reports",
        "`defer`、`panic`、`recover`，以及与 Go 一致的 panic 和死锁报告",
    ),
    (
        "Structs, methods, interfaces, embedding, type assertions and type switches",
        "结构体、方法、接口、嵌入、类型断言和 type switch",
    ),
    (
        "Generics: type parameters on functions and types, constraints with `~T` and unions, `comparable`, type inference",
        "泛型：函数和类型的类型参数、带 `~T` 和并集的约束、`comparable`、类型推断",
    ),
    (
        "`range` over integers and over functions (Go 1.23 iterators), `iter.Pull`",
        "对整数和函数的 `range`（Go 1.23 迭代器）、`iter.Pull`",
    ),
    (
        "Data races (as `go run -race` reports them), map iteration order, timers on a virtual clock",
        "数据竞争（与 `go run -race` 的报告一致）、map 的遍历顺序、虚拟时钟上的定时器",
    ),
];

const NOT_SUPPORTED: &[Both] = &[
    (
        "Files, the network and processes (`os` beyond `Stdout`, `Stderr` and `Exit`; `net`, `os/exec`, `syscall`): the page runs in your browser, with no server behind it",
        "文件、网络和进程（`os` 中 `Stdout`、`Stderr`、`Exit` 以外的部分，以及 `net`、`os/exec`、`syscall`）：页面完全运行在浏览器里，背后没有服务器",
    ),
    (
        "`unsafe`, cgo, `reflect`, complex numbers, `goto`, dot imports",
        "`unsafe`、cgo、`reflect`、复数、`goto`、点导入",
    ),
    (
        "Methods with type parameters (Go 1.27) and generic type aliases; `defer` in the body of a loop over a function, and `break` or `continue` from such a body to an outer loop",
        "带类型参数的方法（Go 1.27）和泛型类型别名；在对函数做 range 的循环体里使用 `defer`，或从这样的循环体 `break`、`continue` 到外层循环",
    ),
];

/// The page, from the prelude's Go sources under `prelude_go`.
pub fn page(prelude_go: &Path) -> Result<String> {
    let mut packages = Vec::new();
    collect(prelude_go, prelude_go, &mut packages)?;
    packages.sort();
    let mut rows = String::new();
    for (path, lacks) in &packages {
        let missing = if lacks.is_empty() {
            "—".to_string()
        } else {
            lacks
                .iter()
                .map(|l| format!("<code>{}</code>", escape(l)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        rows.push_str(&format!(
            "<tr><td><code>{}</code></td><td>{missing}</td></tr>\n",
            escape(path)
        ));
    }
    let list = |items: &[Both], lang: usize| -> String {
        items
            .iter()
            .map(|(en, zh)| format!("<li>{}</li>\n", code(if lang == 0 { en } else { zh })))
            .collect()
    };
    Ok(format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'">
<title>What Goroutine Dojo supports · Goroutine 道场支持什么</title>
<link rel="stylesheet" href="style.css">
</head>
<body class="supported-page">
<main>
<section lang="en">
<h1>What Goroutine Dojo supports</h1>
<p>Goroutine Dojo runs Go in your browser, under a scheduler you control. It has no server, so it has no network, no files and no processes. A program that needs something it lacks does not compile, with one line that says what is not supported by Goroutine Dojo.</p>
<h2>Language</h2>
<ul>
{en_yes}</ul>
<h2>Not supported</h2>
<ul>
{en_no}</ul>
</section>
<section lang="zh">
<h1>Goroutine 道场支持什么</h1>
<p>Goroutine 道场在浏览器里运行 Go 代码，调度由你掌控。它没有服务器，因此没有网络、文件和进程。程序用到它不支持的东西时不会编译通过，报错只有一行，写明哪一项 Goroutine 道场不支持。</p>
<h2>语言</h2>
<ul>
{zh_yes}</ul>
<h2>不支持</h2>
<ul>
{zh_no}</ul>
</section>
<section>
<h2>Packages · 包</h2>
<p lang="en">Each package is written in Go, and you can step into it. The second column lists what Go's package has and Goroutine Dojo's does not.</p>
<p lang="zh">每个包都用 Go 写成，可以单步进入。第二列是 Go 的包里有、而 Goroutine 道场的版本里没有的名字。</p>
<table>
<thead><tr><th>Package · 包</th><th>Not supported · 不支持</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
</section>
<p><a href="./">Goroutine Dojo · Goroutine 道场</a></p>
</main>
</body>
</html>
"#,
        en_yes = list(LANGUAGE, 0),
        en_no = list(NOT_SUPPORTED, 0),
        zh_yes = list(LANGUAGE, 1),
        zh_no = list(NOT_SUPPORTED, 1),
    ))
}

/// Every package folder under `dir`: import path and lacked names. The
/// Dojo's internal packages are left out; `wait` is Kubernetes'.
fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<String>)>) -> Result<()> {
    let mut has_go = false;
    let mut lacks = Vec::new();
    let mut entries: Vec<_> = fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "go") {
            has_go = true;
            let text = fs::read_to_string(&path)?;
            lacks.extend(
                text.lines()
                    .filter_map(|l| l.strip_prefix("//dojo:lacks "))
                    .flat_map(str::split_whitespace)
                    .map(String::from),
            );
        }
    }
    let rel = dir.strip_prefix(root)?.to_string_lossy().replace('\\', "/");
    if has_go && !rel.starts_with("internal") {
        let path = if rel == "wait" {
            "k8s.io/apimachinery/pkg/util/wait".to_string()
        } else {
            rel
        };
        out.push((path, lacks));
    }
    Ok(())
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Text with `backquoted` spans as `<code>`.
fn code(s: &str) -> String {
    escape(s)
        .split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("<code>{part}</code>")
            } else {
                part.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prelude_go() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../prelude/go")
    }

    #[test]
    fn every_prelude_package_is_listed_with_what_it_lacks() {
        let html = page(&prelude_go()).unwrap();
        for pkg in [
            "context",
            "sync",
            "slices",
            "iter",
            "golang.org/x/sync/errgroup",
            "k8s.io/apimachinery/pkg/util/wait",
        ] {
            assert!(
                html.contains(&format!("<tr><td><code>{pkg}</code></td>")),
                "{pkg} missing"
            );
        }
        assert!(!html.contains("<code>internal/"));
        // `math` lacks nothing any more; `time` still lacks LoadLocation.
        assert!(html.contains("<code>LoadLocation</code>"));
    }

    #[test]
    fn the_page_says_everything_in_both_languages() {
        let html = page(&prelude_go()).unwrap();
        assert!(html.contains("<section lang=\"en\">") && html.contains("<section lang=\"zh\">"));
        for (en, zh) in LANGUAGE.iter().chain(NOT_SUPPORTED) {
            assert!(html.contains(&code(en)) && html.contains(&code(zh)));
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{zh}"
            );
        }
    }
}
