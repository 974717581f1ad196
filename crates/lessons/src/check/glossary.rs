//! The glossary (`/work/shared/glossary.md` and the renderings the course
//! settled on where it is silent) held against Chinese text: one term, one
//! rendering, in lessons, phrases, templates, their filled examples and
//! interview briefs alike. The review of 2026-12 found the phrase bank
//! drifting while the lessons kept to the glossary, because only the
//! lessons were checked; every Chinese text now goes through [`drift`].

/// Renderings the course does not use: a variant on the right must be
/// written as the term on the left.
pub const GLOSSARY_VARIANTS: &[(&str, &str)] = &[
    ("泄漏", "泄露"),
    ("回放", "重放"),
    ("goroutine（协程）", "协同程序"),
    ("竞态条件", "竞争条件"),
    // The glossary: race detector (`-race`) is 竞态检测器（`-race`）.
    ("竞态检测器（`-race`）", "race detector"),
    ("竞态检测器（`-race`）", "Race detector"),
    ("竞态检测器（`-race`）", "race 检测"),
    // propagateCancel's goroutine keeps its English name, as the page's
    // Context view and the Kubernetes terms do.
    ("watcher goroutine", "监听 goroutine"),
    ("watcher goroutine", "监听goroutine"),
    ("watcher goroutine", "监听协程"),
    ("watcher goroutine", "监视 goroutine"),
    ("watcher goroutine", "监视协程"),
    ("watcher goroutine", "负责监视的协程"),
    ("优雅退出", "优雅关闭"),
    ("优雅退出", "优雅停机"),
    // The party that closes a channel is its owner; 归属 is the relation.
    ("owner", "所有者"),
    ("owner", "拥有者"),
    ("无界等待", "没有上限的等待"),
    ("无界等待", "无上限的等待"),
];

/// Terms Chinese prose keeps in English, with the gloss their first use in
/// a lesson carries.
pub const GLOSSED: &[(&str, &str)] = &[
    ("goroutine", "协程"),
    ("channel", "通道"),
    ("context", "上下文"),
];

/// Every way `zh` strays from the glossary, in words.
pub fn drift(zh: &str) -> Vec<String> {
    let mut out: Vec<String> = GLOSSARY_VARIANTS
        .iter()
        .filter(|(_, variant)| zh.contains(variant))
        .map(|(term, variant)| format!("write {term:?}, not {variant:?} (glossary)"))
        .collect();
    // happens-before keeps its English name; 先行发生 is only its gloss.
    if zh.contains("先行发生") && !zh.contains("happens-before") {
        out.push(
            "write \"happens-before（先行发生）\": the glossary keeps the English term (glossary)"
                .into(),
        );
    }
    out
}

/// The first use of each kept-English term in a lesson's Chinese text
/// (outside headings and code) must carry its gloss.
pub fn first_use_glossed(zh: &str) -> Vec<String> {
    let prose: Vec<String> = zh
        .split("```")
        .step_by(2)
        .flat_map(|chunk| chunk.lines().map(str::to_string).collect::<Vec<_>>())
        .filter(|line| !line.trim_start().starts_with('#'))
        .map(|line| super::strip_code_spans(&line).replace('*', ""))
        .collect();
    let prose = prose.join("\n");
    let mut out = Vec::new();
    for (term, gloss) in GLOSSED {
        let Some(at) = prose.find(term) else {
            continue;
        };
        let after = &prose[at + term.len()..];
        let glossed = after
            .strip_prefix('（')
            .and_then(|rest| rest.split('）').next())
            .is_some_and(|g| g.contains(gloss));
        if !glossed {
            out.push(format!(
                "zh.md: the first \"{term}\" should carry its gloss, as in \"{term}（{gloss}）\""
            ));
        }
    }
    out
}
