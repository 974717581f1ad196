//! A small static file server for `dist/` that serves what a good static
//! host would: enough HTTP/1.1 for a browser (GET and HEAD, correct MIME
//! types), the pre-compressed `.br`/`.gz` copies `dist` writes when the
//! browser accepts them (with `Content-Encoding` and `Vary`), and a strong
//! `ETag` with `Cache-Control: no-cache`, so a reload revalidates and gets
//! `304 Not Modified` for what did not change (no file name in `dist/`
//! carries a content hash, so nothing may be cached without asking).
//! Nothing it does can serve a file outside the folder.

use anyhow::{Context, Result};
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

pub fn serve(root: &Path, port: u16) -> Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("could not listen on 127.0.0.1:{port}"))?;
    let addr = listener.local_addr()?;
    println!("Goroutine Dojo is served at http://{addr}/ (Ctrl-C to stop)");
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let root = root.to_path_buf();
        std::thread::spawn(move || {
            // A client that hangs up mid-request is not our problem.
            let _ = handle(stream, &root);
        });
    }
    Ok(())
}

fn handle(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut accept = String::new();
    let mut if_none_match = String::new();
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        if let Some((name, value)) = line.split_once(':') {
            match name.trim().to_ascii_lowercase().as_str() {
                "accept-encoding" => accept = value.trim().to_string(),
                "if-none-match" => if_none_match = value.trim().to_string(),
                _ => {}
            }
        }
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            &[],
            b"method not allowed",
            false,
        );
    }
    let head_only = method == "HEAD";
    let not_found = |stream: &mut TcpStream| {
        respond(
            stream,
            "404 Not Found",
            "text/plain",
            &[],
            b"not found",
            head_only,
        )
    };
    let Some(path) = resolve(root, target) else {
        return not_found(&mut stream);
    };
    let (file, encoding) = pick_encoding(&path, &accept);
    let Ok(body) = fs::read(&file) else {
        return not_found(&mut stream);
    };
    let etag = format!("\"{:016x}\"", fnv(&body));
    let mut extra = vec![("ETag", etag.clone()), ("Vary", "Accept-Encoding".into())];
    if let Some(e) = encoding {
        extra.push(("Content-Encoding", e.into()));
    }
    if if_none_match.split(',').any(|t| t.trim() == etag) {
        return respond(
            &mut stream,
            "304 Not Modified",
            mime_type(&path),
            &extra,
            &[],
            true,
        );
    }
    respond(
        &mut stream,
        "200 OK",
        mime_type(&path),
        &extra,
        &body,
        head_only,
    )
}

/// The file to send for `path` given the request's `Accept-Encoding`:
/// its `.br` copy if brotli is accepted and the copy exists, else its
/// `.gz` copy likewise, else the file itself.
pub fn pick_encoding(path: &Path, accept: &str) -> (PathBuf, Option<&'static str>) {
    let accepts = |coding: &str| {
        accept.split(',').any(|part| {
            let mut it = part.split(';');
            let name = it.next().unwrap_or("").trim();
            let refused = it.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
            name.eq_ignore_ascii_case(coding) && !refused
        })
    };
    for (coding, suffix) in [("br", "br"), ("gzip", "gz")] {
        let copy = crate::compress::with_suffix(path, suffix);
        if accepts(coding) && copy.is_file() {
            return (copy, Some(coding));
        }
    }
    (path.to_path_buf(), None)
}

/// 64-bit FNV-1a: the ETag of a body (a strong validator: it changes
/// whenever a byte does, as far as a reload can tell).
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    mime: &str,
    extra: &[(&str, String)],
    body: &[u8],
    head_only: bool,
) -> std::io::Result<()> {
    let mut header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in extra {
        header.push_str(&format!("{name}: {value}\r\n"));
    }
    header.push_str("\r\n");
    stream.write_all(header.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// Maps a request target to a file under `root`, or `None` if it would leave
/// `root` or does not exist. Directories serve their `index.html`.
pub fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path)?;
    let mut out = root.to_path_buf();
    for comp in Path::new(decoded.trim_start_matches('/')).components() {
        match comp {
            Component::Normal(c) => out.push(c),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if out.is_dir() {
        out.push("index.html");
    }
    out.is_file().then_some(out)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

pub fn mime_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "webmanifest" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mime_types_for_what_dist_holds() {
        assert_eq!(mime_type(Path::new("web_bg.wasm")), "application/wasm");
        assert_eq!(
            mime_type(Path::new("web.js")),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(
            mime_type(Path::new("index.html")),
            "text/html; charset=utf-8"
        );
        assert_eq!(mime_type(Path::new("style.css")), "text/css; charset=utf-8");
    }

    #[test]
    fn the_best_accepted_copy_is_served() {
        let root = std::env::temp_dir().join(format!("xtask-encoding-{}", std::process::id()));
        fs::create_dir_all(&root).unwrap();
        let file = root.join("web_bg.wasm");
        fs::write(&file, "x").unwrap();
        assert_eq!(
            pick_encoding(&file, "gzip, deflate, br"),
            (file.clone(), None)
        );
        fs::write(root.join("web_bg.wasm.gz"), "g").unwrap();
        fs::write(root.join("web_bg.wasm.br"), "b").unwrap();
        let br = (root.join("web_bg.wasm.br"), Some("br"));
        let gz = (root.join("web_bg.wasm.gz"), Some("gzip"));
        assert_eq!(pick_encoding(&file, "gzip, deflate, br, zstd"), br);
        assert_eq!(pick_encoding(&file, "gzip;q=1.0, br;q=0"), gz);
        assert_eq!(pick_encoding(&file, "GZIP"), gz);
        assert_eq!(pick_encoding(&file, ""), (file.clone(), None));
        assert_eq!(pick_encoding(&file, "identity"), (file, None));
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn requests_cannot_leave_the_root() {
        let root = std::env::temp_dir().join(format!("xtask-serve-{}", std::process::id()));
        fs::create_dir_all(root.join("sub")).unwrap();
        fs::write(root.join("index.html"), "x").unwrap();
        fs::write(root.join("sub/a.js"), "x").unwrap();
        assert_eq!(resolve(&root, "/"), Some(root.join("index.html")));
        assert_eq!(resolve(&root, "/sub/a.js?v=1"), Some(root.join("sub/a.js")));
        assert_eq!(resolve(&root, "/%73ub/a.js"), Some(root.join("sub/a.js")));
        assert_eq!(resolve(&root, "/../etc/passwd"), None);
        assert_eq!(resolve(&root, "/sub/%2e%2e/%2e%2e/x"), None);
        assert_eq!(resolve(&root, "/missing"), None);
        fs::remove_dir_all(&root).unwrap();
    }
}
