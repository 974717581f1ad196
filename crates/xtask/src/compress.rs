//! Pre-compressed copies of what `dist/` ships: beside each text or wasm
//! file, `NAME.br` (brotli at its best level) and `NAME.gz` (gzip at its
//! best), so a static host that serves pre-compressed files (nginx's
//! `brotli_static`/`gzip_static`, most CDNs) sends the bytes the size
//! budget is about, and `cargo xtask serve` serves exactly those.

use anyhow::Result;
use std::fs;
use std::io::Write;
use std::path::Path;

/// The extensions worth compressing: everything `dist/` holds but images
/// already compressed.
const COMPRESSIBLE: &[&str] = &["html", "js", "css", "wasm", "svg", "json"];

/// Writes the `.br` and `.gz` copies of every compressible file under
/// `dir`, recursively.
pub fn precompress(dir: &Path) -> Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !COMPRESSIBLE.contains(&ext) {
            continue;
        }
        let bytes = fs::read(&path)?;
        fs::write(with_suffix(&path, "gz"), gzip(&bytes)?)?;
        fs::write(with_suffix(&path, "br"), brotli(&bytes)?)?;
    }
    Ok(())
}

/// `a/b.js` → `a/b.js.gz`.
pub fn with_suffix(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    name.into()
}

pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes)?;
    Ok(gz.finish()?)
}

pub fn brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut br, &params)?;
    Ok(br)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_sit_beside_their_file_and_decompress_to_it() {
        let dir = std::env::temp_dir().join(format!("xtask-compress-{}", std::process::id()));
        fs::create_dir_all(dir.join("sub")).unwrap();
        let text = "package main // ".repeat(100);
        fs::write(dir.join("sub/a.js"), &text).unwrap();
        fs::write(dir.join("logo.png"), b"png").unwrap();
        precompress(&dir).unwrap();
        let gz = fs::read(dir.join("sub/a.js.gz")).unwrap();
        let mut out = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut out)
            .unwrap();
        assert_eq!(out, text);
        let br = fs::read(dir.join("sub/a.js.br")).unwrap();
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut out).unwrap();
        assert_eq!(out, text.as_bytes());
        assert!(br.len() < text.len() / 10);
        assert!(!dir.join("logo.png.br").exists());
        fs::remove_dir_all(&dir).unwrap();
    }
}
