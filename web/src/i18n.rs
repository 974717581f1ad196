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
    ExploreBenchTitle,
    ExploreFirstSchedules,
    ExploreFirstMs,
    ExploreAllSchedules,
    ExploreAllMs,
    ExploreRunsPerSec,
    ExploreRealGo,
}

impl Text {
    pub const ALL: [Text; 19] = [
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
        Text::ExploreBenchTitle,
        Text::ExploreFirstSchedules,
        Text::ExploreFirstMs,
        Text::ExploreAllSchedules,
        Text::ExploreAllMs,
        Text::ExploreRunsPerSec,
        Text::ExploreRealGo,
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
            (Text::ExploreBenchTitle, En) => "Explorer benchmark in this browser",
            (Text::ExploreBenchTitle, Zh) => "交错探索基准测试（在当前浏览器中运行）",
            (Text::ExploreFirstSchedules, En) => "schedules to first counterexample",
            (Text::ExploreFirstSchedules, Zh) => "找到首个反例所需调度数",
            (Text::ExploreFirstMs, En) => "time to first counterexample (ms)",
            (Text::ExploreFirstMs, Zh) => "找到首个反例耗时（毫秒）",
            (Text::ExploreAllSchedules, En) => "schedules, complete search",
            (Text::ExploreAllSchedules, Zh) => "完整搜索的调度数",
            (Text::ExploreAllMs, En) => "complete search (ms)",
            (Text::ExploreAllMs, Zh) => "完整搜索耗时（毫秒）",
            (Text::ExploreRunsPerSec, En) => "schedules per second",
            (Text::ExploreRunsPerSec, Zh) => "每秒调度数",
            (Text::ExploreRealGo, En) => "what real Go needed",
            (Text::ExploreRealGo, Zh) => "真实 Go 的表现",
        }
    }
}

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
