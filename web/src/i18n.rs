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

/// Every user-visible string of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    ProductName,
    Tagline,
    LanguageSwitch,
    DemoTitle,
    DemoProgram,
    DemoOutput,
    DemoExitStatus,
    BenchTitle,
    BenchBuildMs,
    BenchRunMs,
    BenchSteps,
    BenchNsPerStep,
}

impl Text {
    pub const ALL: [Text; 12] = [
        Text::ProductName,
        Text::Tagline,
        Text::LanguageSwitch,
        Text::DemoTitle,
        Text::DemoProgram,
        Text::DemoOutput,
        Text::DemoExitStatus,
        Text::BenchTitle,
        Text::BenchBuildMs,
        Text::BenchRunMs,
        Text::BenchSteps,
        Text::BenchNsPerStep,
    ];

    pub fn get(self, lang: Lang) -> &'static str {
        use Lang::{En, Zh};
        match (self, lang) {
            (Text::ProductName, En) => "Goroutine Dojo",
            (Text::ProductName, Zh) => "Goroutine 道场",
            (Text::Tagline, En) => "Learn Go concurrency by being the scheduler.",
            (Text::Tagline, Zh) => "亲手当一回调度器，把 Go 并发真正搞懂。",
            (Text::LanguageSwitch, En) => "Language",
            (Text::LanguageSwitch, Zh) => "语言",
            (Text::DemoTitle, En) => "A first run in the engine",
            (Text::DemoTitle, Zh) => "在引擎里跑第一个程序",
            (Text::DemoProgram, En) => "Program",
            (Text::DemoProgram, Zh) => "程序",
            (Text::DemoOutput, En) => "Output",
            (Text::DemoOutput, Zh) => "输出",
            (Text::DemoExitStatus, En) => "exit status",
            (Text::DemoExitStatus, Zh) => "退出码",
            (Text::BenchTitle, En) => "Engine benchmark in this browser",
            (Text::BenchTitle, Zh) => "引擎基准测试（在当前浏览器中运行）",
            (Text::BenchBuildMs, En) => "compile (ms)",
            (Text::BenchBuildMs, Zh) => "编译（毫秒）",
            (Text::BenchRunMs, En) => "run, best of 3 (ms)",
            (Text::BenchRunMs, Zh) => "运行，三次取最快（毫秒）",
            (Text::BenchSteps, En) => "scheduling steps",
            (Text::BenchSteps, Zh) => "调度步数",
            (Text::BenchNsPerStep, En) => "ns per step",
            (Text::BenchNsPerStep, Zh) => "每步纳秒数",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_is_present_in_every_language() {
        for text in Text::ALL {
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
}
