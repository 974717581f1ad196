//! Languages and the one table of user-visible strings.
//!
//! Every string is a variant of [`Text`] and [`Text::get`] matches on both
//! the variant and the language, so a string missing in one language is a
//! compile error, not a blank on the page.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The code used in URLs (`?lang=`), localStorage and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "zh" | "zh-cn" | "cn" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// How the language names itself on its switch button.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Declares [`Text`] from a table of `Variant => "English", "中文";`
/// rows: a row without both languages does not compile.
macro_rules! texts {
    ($($name:ident => $en:expr, $zh:expr;)*) => {
        /// Every fixed user-visible string of the app.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($name,)*
        }

        impl Text {
            pub const ALL: &'static [Text] = &[$(Text::$name,)*];

            /// Both languages of every string, in the enum's order. Only
            /// native builds carry it: the page reads the same table from
            /// `texts.js` (see `table.rs`), so the wasm does not.
            #[cfg(not(target_arch = "wasm32"))]
            pub const TABLE: &'static [(&'static str, &'static str)] = &[$(($en, $zh),)*];

            pub fn get(self, lang: super::Lang) -> &'static str {
                let (en, zh) = super::table::row(self as usize);
                match lang {
                    super::Lang::En => en,
                    super::Lang::Zh => zh,
                }
            }
        }
    };
}
mod table;
mod texts;
mod words;

/// One language of a course text (lessons, phrases, templates).
pub fn bi(b: &lessons::Bi, lang: Lang) -> &'static str {
    match lang {
        Lang::En => b.en,
        Lang::Zh => b.zh,
    }
}

pub use texts::Text;
pub use words::*;

/// Real Go's record for an outcome, as a sentence in `lang`.
pub fn real_go_record(record: explore::bench::RealGo, lang: Lang) -> String {
    use explore::bench::RealGo;
    match (record, lang) {
        (RealGo::FirstRun { run, secs }, Lang::En) => {
            format!("first seen in run {run} ({secs} s)")
        }
        (RealGo::FirstRun { run, secs }, Lang::Zh) => {
            format!("第 {run} 次运行首次出现（{secs} 秒）")
        }
        (RealGo::NotSeen { runs }, Lang::En) => format!("not seen in {runs} runs"),
        (RealGo::NotSeen { runs }, Lang::Zh) => format!("运行 {runs} 次都没出现"),
        (RealGo::Invisible, Lang::En) => "invisible to go run (a leak)".to_string(),
        (RealGo::Invisible, Lang::Zh) => "go run 看不到（goroutine 泄漏）".to_string(),
        (RealGo::Unrecorded, _) => "–".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_is_present_in_every_language() {
        for &text in Text::ALL {
            for lang in Lang::ALL {
                assert!(
                    !text.get(lang).trim().is_empty(),
                    "{text:?} is empty in {lang}"
                );
            }
        }
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn real_go_records_read_naturally_in_both_languages() {
        use explore::bench::RealGo;
        let r = RealGo::FirstRun { run: 78, secs: 0.2 };
        assert_eq!(real_go_record(r, Lang::En), "first seen in run 78 (0.2 s)");
        assert_eq!(
            real_go_record(r, Lang::Zh),
            "第 78 次运行首次出现（0.2 秒）"
        );
        assert_eq!(
            real_go_record(RealGo::NotSeen { runs: 2000 }, Lang::Zh),
            "运行 2000 次都没出现"
        );
    }
}
