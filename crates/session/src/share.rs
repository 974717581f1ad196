//! Share links: the program and the schedule in the URL fragment,
//! `#code=…&sched=…&step=N`, so a link opens the same program at the same
//! step with no server. The code is compressed ([`crate::lz`]) and
//! written in base64url.
//! Decoding never panics and refuses oversized input before inflating it.

use explore::schedule::Schedule;

/// The most program text a link may carry, inflated.
pub const MAX_CODE: usize = 64 * 1024;
/// The longest fragment we look at.
const MAX_FRAGMENT: usize = 256 * 1024;

/// What a share link carries.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Shared {
    pub code: String,
    pub schedule: Option<Schedule>,
    /// Steps from the start to stand at.
    pub step: Option<u32>,
}

/// Why a link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment has no `code=` part.
    NoCode,
    TooLong,
    /// `code=` is not base64url, or not compressed UTF-8 text.
    BadCode,
    BadSchedule(explore::schedule::ScheduleError),
    BadStep,
}

/// The fragment (without `#`) for `code` at `schedule`, `step` steps in.
pub fn encode(code: &str, schedule: &Schedule, step: u32) -> String {
    let packed = crate::lz::compress(code.as_bytes());
    let mut out = format!("code={}", base64url(&packed));
    if !schedule.choices.is_empty() || step > 0 {
        out.push_str("&sched=");
        out.push_str(&schedule.encode());
        out.push_str(&format!("&step={step}"));
    }
    out
}

/// Reads a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Shared, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong);
    }
    let mut shared = Shared::default();
    let mut code = None;
    for part in fragment.split('&') {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        match key {
            "code" => code = Some(value),
            "sched" if !value.is_empty() => {
                shared.schedule = Some(Schedule::decode(value).map_err(ShareError::BadSchedule)?);
            }
            "step" => shared.step = Some(value.parse().map_err(|_| ShareError::BadStep)?),
            _ => {}
        }
    }
    let packed = unbase64url(code.ok_or(ShareError::NoCode)?).ok_or(ShareError::BadCode)?;
    let text = crate::lz::decompress(&packed, MAX_CODE).map_err(|_| ShareError::BadCode)?;
    shared.code = String::from_utf8(text).map_err(|_| ShareError::BadCode)?;
    Ok(shared)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|a| *a == c)? as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let code = "package main\n\nfunc main() { println(\"héllo\") }\n";
        let schedule = Schedule {
            choices: vec![1, 2, 2, 0, 7],
        };
        let text = encode(code, &schedule, 9);
        let back = decode(&format!("#{text}")).unwrap();
        assert_eq!(back.code, code);
        assert_eq!(back.schedule, Some(schedule));
        assert_eq!(back.step, Some(9));
    }

    #[test]
    fn base64_lengths_round_trip() {
        for n in 0..10u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(97)).collect();
            assert_eq!(unbase64url(&base64url(&bytes)).unwrap(), bytes);
        }
    }

    #[test]
    fn hostile_links_are_errors() {
        assert_eq!(decode("#sched=sAA"), Err(ShareError::NoCode));
        assert_eq!(decode("#code=!!!"), Err(ShareError::BadCode));
        assert_eq!(decode("#code=AAAA"), Err(ShareError::BadCode));
        assert!(matches!(
            decode("#code=&sched=zzz"),
            Err(ShareError::BadSchedule(_))
        ));
        assert_eq!(
            decode(&format!("#code={}", "A".repeat(300_000))),
            Err(ShareError::TooLong)
        );
        // A bomb: far more than MAX_CODE once decompressed.
        let bomb = crate::lz::compress(&vec![b'a'; 1 << 20]);
        assert_eq!(
            decode(&format!("#code={}", base64url(&bomb))),
            Err(ShareError::BadCode)
        );
        assert_eq!(
            decode(&format!("#code={}&step=x", base64url(&[]))),
            Err(ShareError::BadStep)
        );
    }
}
