//! Schedules as data: the list of answers a run gave to the scheduler's
//! questions, and a short URL-safe text form of it.
//!
//! Only real choices are recorded (a goroutine question with two or more
//! runnable goroutines, a `select` with two or more ready cases, a random
//! value), so replaying the list against the same program asks the same
//! questions in the same order. Answers are goroutine ids, case indices
//! and random values; runs of equal answers (one goroutine running on) are
//! stored once with a count, then everything is varint-packed and written
//! in base64url, so typical schedules are a few dozen characters.

use std::fmt;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Schedule {
    pub choices: Vec<u64>,
}

/// Why a text is not a schedule. Closed, and positioned, so the UI can say
/// what is wrong with a pasted link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScheduleError {
    /// The text does not start with the format's version letter.
    UnknownVersion,
    /// A character outside base64url at this offset.
    BadCharacter(usize),
    /// The data ends inside a number.
    Truncated,
    /// A number or repeat count too large to be a choice.
    TooLarge,
}

impl fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScheduleError::UnknownVersion => write!(f, "not a schedule (unknown format)"),
            ScheduleError::BadCharacter(at) => write!(f, "invalid character at offset {at}"),
            ScheduleError::Truncated => write!(f, "the schedule is cut short"),
            ScheduleError::TooLarge => write!(f, "the schedule holds an impossible value"),
        }
    }
}

/// Format version, the first character of every encoded schedule.
const VERSION: char = 's';
/// A decoded schedule longer than this is refused (a hostile link must not
/// make the page allocate without bound).
const MAX_CHOICES: u64 = 1 << 20;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

impl Schedule {
    pub fn encode(&self) -> String {
        let mut bytes = Vec::new();
        let mut i = 0;
        while i < self.choices.len() {
            let v = self.choices[i];
            let run = self.choices[i..].iter().take_while(|c| **c == v).count();
            let tagged = u128::from(v) << 1 | u128::from(run > 1);
            put_varint(&mut bytes, tagged);
            if run > 1 {
                put_varint(&mut bytes, (run - 2) as u128);
            }
            i += run;
        }
        let mut s = String::with_capacity(1 + bytes.len() * 4 / 3 + 2);
        s.push(VERSION);
        base64url(&bytes, &mut s);
        s
    }

    pub fn decode(text: &str) -> Result<Schedule, ScheduleError> {
        let rest = text
            .trim()
            .strip_prefix(VERSION)
            .ok_or(ScheduleError::UnknownVersion)?;
        let bytes = unbase64url(rest)?;
        let mut choices = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let tagged = get_varint(&bytes, &mut at)?;
            let v = u64::try_from(tagged >> 1).map_err(|_| ScheduleError::TooLarge)?;
            let run = if tagged & 1 == 1 {
                let extra = get_varint(&bytes, &mut at)?;
                u64::try_from(extra)
                    .ok()
                    .and_then(|e| e.checked_add(2))
                    .ok_or(ScheduleError::TooLarge)?
            } else {
                1
            };
            if choices.len() as u64 + run > MAX_CHOICES {
                return Err(ScheduleError::TooLarge);
            }
            choices.extend(std::iter::repeat_n(v, run as usize));
        }
        Ok(Schedule { choices })
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u128) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn get_varint(bytes: &[u8], at: &mut usize) -> Result<u128, ScheduleError> {
    let mut v: u128 = 0;
    for shift in (0..).step_by(7) {
        let b = *bytes.get(*at).ok_or(ScheduleError::Truncated)?;
        *at += 1;
        if shift > 70 {
            return Err(ScheduleError::TooLarge);
        }
        v |= u128::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            break;
        }
    }
    Ok(v)
}

fn base64url(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
}

fn unbase64url(text: &str) -> Result<Vec<u8>, ScheduleError> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for (i, c) in text.bytes().enumerate() {
        let v = ALPHABET
            .iter()
            .position(|a| *a == c)
            .ok_or(ScheduleError::BadCharacter(i + 1))?;
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits & 0xff) as u8);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(choices: Vec<u64>) {
        let s = Schedule { choices };
        let text = s.encode();
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{text}"
        );
        assert_eq!(Schedule::decode(&text), Ok(s));
    }

    #[test]
    fn schedules_survive_the_round_trip() {
        round_trip(vec![]);
        round_trip(vec![1]);
        round_trip(vec![1, 2, 2, 2, 3, 1, 1]);
        round_trip(vec![u64::MAX, 0, 127, 128, 16_384]);
        round_trip((0..500).map(|i| i % 3).collect());
    }

    #[test]
    fn runs_of_one_goroutine_stay_short() {
        let s = Schedule {
            choices: [vec![2; 40], vec![3; 40], vec![1; 40]].concat(),
        };
        assert!(s.encode().len() <= 12, "{}", s.encode());
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert_eq!(Schedule::decode(""), Err(ScheduleError::UnknownVersion));
        assert_eq!(Schedule::decode("x12"), Err(ScheduleError::UnknownVersion));
        assert_eq!(
            Schedule::decode("sAB*"),
            Err(ScheduleError::BadCharacter(3))
        );
        assert_eq!(Schedule::decode("s_w"), Err(ScheduleError::Truncated));
        assert_eq!(
            Schedule::decode("s__________________8"),
            Err(ScheduleError::TooLarge)
        );
        // A repeat count of 2^40: refused without allocating it.
        let mut bytes = Vec::new();
        put_varint(&mut bytes, 3);
        put_varint(&mut bytes, 1 << 40);
        let mut text = String::from("s");
        base64url(&bytes, &mut text);
        assert_eq!(Schedule::decode(&text), Err(ScheduleError::TooLarge));
    }
}
