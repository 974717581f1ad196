//! The string table: every fixed string of the page in English and in
//! Chinese. Chinese follows the project glossary; Go identifiers, and the
//! words Chinese Go engineers say in English (goroutine, channel, context,
//! panic), stay in English.

texts! {
    ProductName => "Goroutine Dojo", "Goroutine 道场";
    Tagline => "Learn Go concurrency by being the scheduler.", "亲手当一回调度器，把 Go 并发真正搞懂。";
    LanguageSwitch => "Language", "语言";
    BothLanguages => "EN + 中文", "中英对照";

    // The page's regions.
    PaneLesson => "Lesson", "课程";
    PaneCode => "Code", "代码";
    PaneRun => "Run", "运行";
    RegionsLabel => "Playground regions", "练习区";
    ResizeHandle => "Drag to resize", "拖动调整宽度";

    // Example programs (until a lesson is chosen).
    ProgramsTitle => "Example programs", "示例程序";
    PlaygroundTitle => "Be the scheduler", "你来当调度器";
    PlaygroundIntro => "Each goroutine has a lane. Click a runnable lane (or press its number) to run that goroutine to its next scheduling point. When several select cases are ready, you pick the one that fires. Undo, try another order, and let Explore check every interleaving.", "每个 goroutine 一条泳道。点一下可运行的泳道（或按它的编号键），这个 goroutine 就跑到下一个调度点。select 有多个 case 同时就绪时，由你决定走哪一个。随时可以撤销、换个顺序再试，也可以让“穷举探索”把所有调度交错跑一遍。";
    ProgramStopRace => "The stop-channel race", "stop channel 竞态";
    ProgramStopRaceAbout => "A stop channel that is sent on instead of closed also backs a context. Context's watcher goroutine can steal the value and panic.", "一个 stop channel 既被当成 context 用，又被用“发送”而不是“关闭”来通知结束。context 内部的 watcher goroutine 可能抢走这个值，然后 panic。";
    ProgramStopFixed => "The stop-channel race, fixed", "stop channel 竞态：修复版";
    ProgramStopFixedAbout => "Done is signalled by closing the channel, once, so every receiver sees it and the watcher never panics.", "改成用关闭 channel（配合 sync.Once）来通知结束，所有接收方都能看到，watcher 不会再 panic。";
    ProgramReap => "Double close in Reap", "Reap 里的重复关闭";
    ProgramReapAbout => "Two callers of Reap can both decide they are first and both close the exit channel.", "两个并发的 Reap 调用可能都认为自己是第一个，于是都去关闭同一个 exit channel。";
    ProgramLockSend => "Holding a lock while sending", "持锁发送";
    ProgramLockSendAbout => "A publisher sends while holding a mutex the subscriber needs first: a deadlock in one interleaving only.", "发布方拿着锁去发送，而订阅方要先拿到同一把锁才会接收：只有某一种调度交错会死锁。";
    ProgramLeak => "The forgotten cancel", "忘了调用 cancel";
    ProgramLeakAbout => "Nobody calls cancel, so a goroutine waiting on Done never returns: the program exits 0 and leaks it.", "没有人调用 cancel，等在 Done 上的 goroutine 永远回不来：程序退出码是 0，但 goroutine 泄漏了。";
    SharedProgram => "Program from a link", "链接中的程序";

    // Lessons.
    CourseTitle => "Course", "课程";
    LevelBeginner => "beginner", "入门";
    LevelIntermediate => "intermediate", "进阶";
    LevelAdvanced => "advanced", "高级";
    GoalsTitle => "Goals", "目标";
    GoalMet => "done", "已完成";
    GoalOpen => "not yet", "未完成";
    HintsTitle => "Hints", "提示";
    ShowHint => "Show a hint", "给我一个提示";
    ExplanationTitle => "Explanation", "解析";
    ShowExplanation => "Show the explanation now", "直接看解析";
    LessonComplete => "Lesson complete: every goal is met.", "本课完成：所有目标都达成了。";
    LoadSolution => "Load the reference solution", "载入参考答案";
    RestartLesson => "Start over from the lesson's program", "恢复成本课的初始程序";
    Correct => "Correct.", "答对了。";
    TryAgain => "Not quite: think again.", "不对，再想想。";

    // The code region.
    EditorLabel => "Go source (editable)", "Go 源码（可编辑）";
    ReadOnly => "read-only", "只读";
    FilesLabel => "Files", "文件";
    CompileErrors => "Does not compile", "编译失败";
    VetTitle => "go vet warns", "go vet 警告";
    VetNote => "Warnings, not errors: the program still runs and explores, as on the Go Playground, where vet runs first.", "这是警告，不是编译错误：程序照样能运行、能穷举探索。Go Playground 也是先跑 vet，再照常运行。";
    VetLesson => "Lesson:", "相关课程：";
    VetGutter => "go vet", "go vet";
    VetAssign => "Assigning a value to itself does nothing; usually a field or a parameter was meant.", "把变量赋值给它自己没有任何效果，多半是想给字段或参数赋值，写错了名字。";
    VetAtomic => "The add is atomic, but storing its result back is a plain write: it races with the other goroutines' adds and can undo them. Call atomic.AddInt64(&x, 1) on its own.", "加法本身是原子的，可把结果再写回 x 是一次普通写：它和其他 goroutine 的原子加法构成竞争，还可能把别人的加法覆盖掉。单独调用 atomic.AddInt64(&x, 1) 即可。";
    VetBools => "The condition repeats itself, or can never be false (with ||) or never true (with &&): usually the other operator, or another operand, was meant.", "这个条件要么重复写了同一项，要么永远为真（用 ||）或永远为假（用 &&）：多半是运算符或某个操作数写错了。";
    VetCopylocks => "A value holding a lock was copied: the copy has a lock of its own, so locking it excludes nobody and Done on a copied WaitGroup releases nobody. Pass a pointer.", "含锁的值被复制了：副本有自己独立的一把锁，锁住副本挡不住任何人；对复制出来的 WaitGroup 调 Done，也唤不醒任何人。改成传指针。";
    VetDefers => "A deferred call's arguments are evaluated when the defer statement runs, so time.Since measures almost nothing. Defer a function literal that calls it.", "defer 调用的参数在执行 defer 语句时就求值了，所以 time.Since 量到的几乎是零。改成 defer 一个在里面调用 time.Since 的函数字面量。";
    VetLostcancel => "Until someone calls cancel, the context's watcher goroutine and timer live as long as its parent: a leak. Call cancel on every path, usually with defer cancel().", "在有人调用 cancel 之前，这个 context 的 watcher goroutine 和定时器会一直活到父 context 结束，这就是泄漏。每条路径都要调用 cancel，通常写 defer cancel()。";
    WriteUpVetQuote => "go vet flags this code before it runs: `{}`", "这段代码还没运行，go vet 就已经报了：`{}`";
    VetPrintf => "The format and its arguments disagree: a verb for another type, a missing or extra argument, or a message used as the format. fmt prints %!d(string=…) or %!(EXTRA …) instead of what you meant.", "格式串和参数对不上：占位符和参数类型不符、参数多了或少了，或者把普通消息当成了格式串。fmt 不会报错，只会打印出 %!d(string=…)、%!(EXTRA …) 这样的东西。";
    VetShift => "The shift moves every bit out of the value: the result is always 0 (or -1 for a negative signed value). Use a wider type, or check the constant.", "这次移位把所有的位都移出去了：结果永远是 0（有符号负数则是 -1）。换一个更宽的类型，或者检查一下这个常量。";
    VetStringintconv => "string(n) makes the character whose code point is n (string(65) is \"A\"), not the digits of n. Use strconv.Itoa(n) or fmt.Sprint(n) for digits, or string(rune(n)) if a character is really meant.", "string(n) 得到的是码点为 n 的那个字符（string(65) 是 \"A\"），而不是 n 的数字。要数字就用 strconv.Itoa(n) 或 fmt.Sprint(n)；如果真的想要字符，写成 string(rune(n))。";
    VetUnreachable => "Nothing can run this statement: the code before it always returns, panics, breaks out or loops forever. Often a leftover from debugging, or a sign the earlier exit is wrong.", "这条语句永远不会被执行：它前面的代码总会 return、panic、跳出，或者陷入死循环。通常是调试时留下的，也可能说明前面那个提前退出写错了。";
    VetUnusedresult => "This call only computes a result, and the result is thrown away: the error is never returned, the text never printed. Use it, or delete the call.", "这个调用的唯一作用就是返回结果，而结果被直接丢掉了：错误没被返回，字符串也没被打印。要么用上它，要么删掉这个调用。";
    VetWaitgroup => "Add runs inside the new goroutine, which may not have started when Wait is called, so Wait can return before the work is even counted. Call Add before the go statement.", "Add 写在新 goroutine 里面，而调用 Wait 时这个 goroutine 可能还没开始跑，于是 Wait 可能在任务被计数之前就返回了。把 Add 挪到 go 语句之前。";
    NotInDojoWhy => "Goroutine Dojo runs in your browser: no network, no files, no processes.", "Goroutine 道场运行在浏览器里：没有网络、文件和进程。";
    NotInDojoLink => "What it supports", "支持哪些功能";
    GoroutinesHere => "Goroutines on this line", "停在这一行的 goroutine";

    // The toolbar.
    ToolbarLabel => "Run controls", "运行控制";
    Run => "Run", "运行";
    Pause => "Pause", "暂停";
    Speed => "Speed", "速度";
    SpeedSlow => "slow", "慢";
    SpeedNormal => "normal", "中";
    SpeedFast => "fast", "快";
    Undo => "Undo", "撤销";
    Redo => "Redo", "重做";
    Reset => "Reset", "重置";
    Explore => "Explore", "穷举探索";
    Share => "Share", "分享";
    ShareLinkLabel => "Link to this program at this step", "指向当前程序和当前步的链接";
    StepOverLine => "Step over line", "跑完这一行";

    // Goroutine lanes.
    LanesTitle => "Goroutines", "Goroutine";
    LibraryGoroutine => "library", "库内部";
    LibraryGoroutineHint => "Started by library code, not by a go statement of yours", "由标准库代码启动，不是你写的 go 语句";
    StateRunnable => "runnable", "可运行";
    StateNeverRan => "never ran again: the program ended", "程序已结束，它没能再运行";
    StateExited => "exited", "已退出";
    StatePanicked => "panicked", "panic 了";
    Timeline => "Events", "事件";
    Inside => "inside", "当前位于";
    NothingRunnable => "No goroutine can run.", "没有可运行的 goroutine。";
    Timers => "Timers", "定时器";
    FireTimer => "Fire it now", "现在就触发";
    BubbleTime => "//dojo:synctest: time moves only when every goroutine is blocked, as in testing/synctest's bubble. Without that line a timer can fire between any two steps, as in production.", "//dojo:synctest：只有所有 goroutine 都阻塞时时间才往前走，和 testing/synctest 的气泡一样。去掉这一行，定时器就可能在任意两步之间触发，和线上一样。";

    // Choices.
    ChooseCase => "Several cases are ready. You are the scheduler: which one fires?", "有多个 case 同时就绪。你是调度器：让哪一个执行？";
    ChooseRand => "math/rand wants a value. You choose it:", "math/rand 需要一个随机数，由你来定：";
    ChooseMapStart => "A range over a map: Go starts at a random entry and wraps around. You choose which entry comes first:", "range 遍历 map：Go 从随机的某个元素开始，再绕回开头。由你来定先遍历哪个：";
    ChooseMapShuffle => "A range over a map of more than 8 entries: its order comes from the map's random hash seed. Pick an order (0 is the order the entries were added in):", "range 遍历超过 8 个元素的 map：顺序由这个 map 随机的哈希种子决定。选一种顺序（0 表示插入顺序）：";
    ChooseValue => "Use this value", "用这个值";
    Cancel => "Cancel", "取消";

    // Channels.
    NoChannels => "No channels yet.", "还没有创建 channel。";
    Unbuffered => "unbuffered", "无缓冲";
    Capacity => "capacity", "容量";
    Buffer => "buffer", "缓冲区";
    Closed => "closed", "已关闭";
    Open => "open", "未关闭";
    WaitingToSend => "waiting to send", "等待发送";
    WaitingToReceive => "waiting to receive", "等待接收";
    LibraryChannel => "made by library code", "由标准库创建";

    // The context tree.
    NoContexts => "No contexts yet.", "还没有创建 context。";
    CtxActive => "active", "未取消";
    CtxCanceled => "canceled", "已取消";
    CtxUnknown => "foreign context: its state is behind its own methods", "外部实现的 context：状态只能通过它自己的方法得知";
    CtxCause => "cause", "原因";
    CtxDone => "Done channel", "Done channel";
    CtxWatcher => "watcher goroutine", "watcher goroutine";
    CtxWatcherHint => "propagateCancel could not attach this context to its parent, so a goroutine waits on the parent's Done for it", "propagateCancel 没法把这个 context 直接挂到父 context 上，只好起一个 goroutine 等父 context 的 Done";
    CtxRegistered => "cancels with its parent", "随父 context 一起取消";

    // Output and outcome.
    NoOutput => "Nothing printed yet.", "还没有输出。";
    VirtualClock => "Virtual clock", "虚拟时钟";
    OutcomeExit => "The program exited", "程序已退出";
    OutcomePanic => "The program panicked", "程序 panic 了";
    OutcomeFatal => "Fatal error", "致命错误（fatal error）";
    OutcomeLimit => "Stopped by a simulator limit", "触发了模拟器的资源上限";
    OutcomeInternal => "Internal error in Goroutine Dojo (not your program's fault)", "Goroutine Dojo 内部错误（不是你的程序的问题）";
    LeakedTitle => "Goroutines still blocked when main returned (leaked)", "main 返回时仍然阻塞的 goroutine（泄漏）";

    // Run tabs.
    RunViewsLabel => "Views of the run", "运行视图";
    TabLanes => "Goroutines", "Goroutine";
    TabSequence => "Sequence", "时序图";
    TabChannels => "Channels", "Channel";
    TabContexts => "Contexts", "Context 树";
    TabOutput => "Output", "输出";
    TabHistory => "History", "历史";
    TabExplore => "Explore", "穷举探索";

    // History.
    HistoryTitle => "Steps tried", "尝试过的步骤";
    Scrubber => "Step in history", "历史中的步数";
    Start => "start", "开始";
    Branches => "Branches", "分支";
    BranchHint => "Go back and take another step to start a new branch.", "退回去换一步，就会开出一个新分支。";

    // Explore.
    ExploreTitle => "Every interleaving", "所有调度交错";
    ExploreIntro => "Explore runs the program under every schedule that can matter (partial-order reduction skips orders that only swap independent steps) and groups the runs by outcome.", "穷举探索会在所有可能影响结果的调度序列下运行程序（偏序规约会跳过只是交换了互不相关步骤的顺序），再按结果分组。";
    ExploreCancel => "Cancel", "取消";
    ExploreCancelled => "Cancelled.", "已取消。";
    ExploreComplete => "complete: every interleaving was run", "已完整覆盖所有调度交错";
    ExploreIncomplete => "not exhaustive", "未完整覆盖";
    ExploreFurther => "Explore again with 10× the limits", "把上限放大 10 倍再检查一遍";
    ReplayStepByStep => "Replay step by step", "单步回放";
    Failing => "bug", "有问题";

    // Verdict.
    Verifying => "Checking every interleaving…", "正在检查所有调度交错…";
    VerdictLabel => "Verdict over every interleaving", "所有调度交错的结论";
    Replay => "replay", "回放";

    // Notices.
    BadShareLink => "This link is damaged, so the default program is shown instead.", "这个链接已损坏，先显示默认程序。";
    BadStorage => "Saved data in this browser could not be read and was ignored.", "浏览器里保存的数据读不出来，已忽略。";
    LinkCopied => "Link created (and copied if the browser allowed it).", "链接已生成（浏览器允许的话已复制）。";
    ScheduleDiverged => "The schedule does not fit this program any more (it was edited); the steps that fit were replayed.", "这个调度序列和当前程序对不上了（代码改过），能对上的步骤已经回放。";
    Dismiss => "Dismiss", "关闭";
    ScheduleCutShort => "This schedule was replayed only part of the way: the program grew too big (thousands of goroutines) to go on.", "这个调度序列只回放了一部分：程序的状态太大（成千上万个 goroutine），没法继续回放。";
    PackagesNotLoaded => "Some packages this program imports could not be loaded. Check your connection, then edit the code to try again.", "这个程序导入的部分包没能加载。请检查网络连接，再改一下代码重试。";
    LoadingPackages => "Loading packages:", "正在加载包：";
    PackagesMissing => "Not loaded:", "未能加载：";
    // Why a run was stopped by one of the simulator's limits.
    LimitInstructions => "Stopped after too many instructions: the program probably loops forever without reaching a scheduling point.", "执行的指令数超出上限，已停止：程序很可能在一个到不了调度点的循环里一直打转。";
    LimitSteps => "Stopped after too many scheduling steps: goroutines keep handing work to each other and the program never ends (a livelock or an endless loop).", "调度步数超出上限，已停止：goroutine 之间一直在互相传递，程序始终结束不了（活锁或死循环）。";
    LimitGoroutines => "Stopped: the program started more goroutines than the simulator allows.", "已停止：程序启动的 goroutine 数超过了模拟器的上限。";
    LimitMemory => "Stopped: the program allocated more memory than the simulator allows (it keeps growing a slice, map, string or channel buffer).", "已停止：程序分配的内存超过了模拟器的上限（slice、map、字符串或 channel 缓冲区在不停变大）。";
    LimitOutput => "Stopped: the program printed more output than the simulator keeps.", "已停止：程序的输出超过了模拟器能保留的上限。";
    ProgramTooLong => "This program is longer than 64 KB, the most the simulator runs, shares or keeps. Shorten it to run it.", "程序超过了 64 KB，模拟器最多只运行、分享和保存这么大的程序。删短一些再运行。";
    BadEmbedOption => "Some options of this embedded view could not be read and were ignored.", "这个嵌入视图有些参数无法识别，已忽略。";
    Copied => "Copied (if the browser allowed it).", "已复制（如果浏览器允许的话）。";

    // Embedding: the compact view in an iframe, and the panel that makes
    // its snippet.
    OpenInDojo => "Open in Goroutine Dojo", "在 Goroutine 道场中打开";
    EditorLabelReadOnly => "Go source (read-only)", "Go 源码（只读）";
    Embed => "Embed", "嵌入";
    EmbedTitle => "Embed in a wiki page", "嵌入到 Wiki 页面";
    EmbedIntro => "Paste the iframe into a wiki page, or the link where iframes are not allowed. Both open this lesson or program at this step.", "把 iframe 代码贴进 Wiki 页面；不支持 iframe 的地方就用链接。两者打开的都是当前的课程或程序，停在当前这一步。";
    EmbedReadOnly => "Read-only code", "代码只读";
    EmbedIframe => "iframe snippet", "iframe 代码";
    EmbedMarkdown => "Markdown link", "Markdown 链接";
    EmbedPreview => "Preview", "预览";
    Copy => "Copy", "复制";

    // Keyboard.
    KeysTitle => "Keyboard", "快捷键";
    KeysHelp => "1–9 step that goroutine · t fire the next timer · o step over line · z undo · y redo · x reset to step 0 · r run/pause · e explore · l language · ? this list · Esc leave the editor (then Tab moves on)", "1–9 单步对应的 goroutine · t 触发下一个定时器 · o 跑完这一行 · z 撤销 · y 重做 · x 重置到第 0 步 · r 运行/暂停 · e 穷举探索 · l 切换语言 · ? 打开这份列表 · Esc 离开编辑器（再按 Tab 继续往后走）";
    KeysButton => "Keys", "快捷键";
    EditorHelp => "Tab types a tab here. To move on, press Esc, then Tab.", "在这里按 Tab 会输入缩进。要跳到下一个控件，先按 Esc，再按 Tab。";
    Close => "Close", "关闭";
    FirstAction => "Your move: click g1 main.main below (or press 1) to run main one step, or press Run to watch it go. The verdict over every interleaving appears once you act.", "该你了：点下面的 g1 main.main（或按 1）让 main 走一步，或者点“运行”看它自己跑。你一动手，这里就会给出覆盖所有调度交错的结论。";
    WelcomeTitle => "New here?", "第一次来？";
    WelcomeText => "Read the lesson below, then be the scheduler: in the Run pane, click a goroutine to run it one step. Two minutes is enough for lesson 1.", "先读下面的课文，然后亲手当调度器：在“运行”区点一个 goroutine，让它走一步。第 1 课两分钟就能做完。";
    WelcomeFlagship => "Or jump straight to the stop-channel race", "或者直接去看 stop channel 竞态";
    HideLesson => "Hide the lesson", "收起课程";
    WrapLines => "Wrap long lines", "长行自动换行";
    LoadingLesson => "Loading the lesson…", "正在加载课文…";
    LessonTextMissing => "This lesson's text could not be loaded. Reload the page to try again.", "这一课的课文没能加载出来，刷新页面再试一次。";
    ShowLesson => "Show the lesson", "展开课程";

    // Benchmark page.
    BenchProgram => "Program", "程序";
    BenchTitle => "Engine benchmark in this browser", "引擎基准测试（在当前浏览器中运行）";
    BenchBuildMs => "compile (ms)", "编译（毫秒）";
    BenchRunMs => "run, best of 3 (ms)", "运行，三次取最快（毫秒）";
    BenchSteps => "scheduling steps", "调度步数";
    BenchNsPerStep => "ns per step", "每步纳秒数";
    ExploreBenchTitle => "Explorer benchmark in this browser", "交错探索基准测试（在当前浏览器中运行）";
    ExploreFirstSchedules => "schedules to first counterexample", "找到首个反例所需调度数";
    ExploreFirstMs => "time to first counterexample (ms)", "找到首个反例耗时（毫秒）";
    ExploreAllSchedules => "schedules, complete search", "完整搜索的调度数";
    ExploreAllMs => "complete search (ms)", "完整搜索耗时（毫秒）";
    ExploreRunsPerSec => "schedules per second", "每秒调度数";
    ExploreRealGo => "what real Go needed", "真实 Go 的表现";
    ScaleBenchTitle => "One explored schedule against a plain run", "探索一个调度与直接运行的耗时对比";
    ScaleRunMs => "plain run (ms)", "直接运行（毫秒）";
    ScaleScheduleMs => "one explored schedule (ms)", "探索一个调度（毫秒）";
    ScaleRatio => "ratio", "倍数";

    // Write-ups (RCA and review drafts filled from the run).
    WriteUpLeak => "a goroutine leak", "goroutine 泄漏";
    WriteUpNotVerified => "not verified yet", "尚未验证";
    WriteUpNone => "none", "无";
    WriteUpInLibrary => "inside library code", "库代码内部";

    // The practice side: tabs of the lesson region.
    SideLesson => "Learn", "学习";
    SidePhrases => "Phrases", "表达库";
    SideWriteUp => "Write-up", "写复盘";
    SideInterview => "Interview", "模拟面试";
    SideLabel => "What the lesson region shows", "左侧栏内容";

    // Phrase bank.
    PhrasesTitle => "Phrase bank", "表达库";
    PhrasesIntro => "Phrases for code reviews, post-mortems and interviews. The English is what you practise: copy a phrase, fill its {slots}, make it your own.", "代码评审、复盘、面试里用得上的英文表达。要练的是英文说法：复制一句，填好 {槽位}，再改成你自己的话。";
    PhrasesSearch => "Search phrases", "搜索表达";
    PhrasesAll => "All", "全部";
    PhrasesWhen => "When", "什么时候用";
    PhrasesNone => "No phrase matches.", "没有匹配的表达。";
    CopyEnglish => "Copy English", "复制英文";
    CopyChinese => "Copy Chinese", "复制中文";

    // Write-up editor.
    WriteUpTitle => "Write it up", "写复盘";
    WriteUpRca => "RCA", "RCA 复盘";
    WriteUpReview => "Review comment", "评审意见";
    WriteUpDraft => "Draft from the last failing run", "根据最近一次失败的运行生成草稿";
    WriteUpRedraft => "Draft again (replaces your edits)", "重新生成（会覆盖你的修改）";
    WriteUpNoRun => "Run the program until it fails (a panic, a deadlock or a leak), by stepping or with Explore, then come back: the draft fills itself from that run.", "先把程序跑到出错（panic、死锁或泄漏），单步或穷举探索都行，然后回到这里：草稿会根据那次运行自动填好。";
    WriteUpEditing => "You are writing the English version. Switch the language to write the Chinese one; each keeps its own edits.", "你正在写中文版。切换语言就能写英文版，两个版本的修改各自保留。";
    WriteUpPromptNote => "Replace every [prompt] with your own words; {slots} the run could not fill are yours too.", "把每个 [提示] 换成你自己的话；运行结果填不了的 {槽位} 也需要你来补。";
    WriteUpCopyMarkdown => "Copy Markdown", "复制 Markdown";
    WriteUpCopyText => "Copy plain text", "复制纯文本";
    WriteUpPreview => "Preview (Markdown)", "预览（Markdown）";
    WriteUpDone => "written", "已完成";
    WriteUpTodo => "to write", "待完成";

    // Interview practice.
    InterviewTitle => "Interview practice", "模拟面试";
    InterviewIntro => "A timed session on a bug you have not seen before: reproduce it, explain it, fix it and review it, in that order, as an interviewer would ask.", "限时练习，题目是一个你没见过的 bug：按面试官的节奏，依次复现、讲清楚、修好、写评审意见。";
    InterviewScenario => "Scenario", "题目";
    InterviewWritten => "Written for interviews", "面试专题";
    InterviewFromCourse => "Bugs from the course", "课程里的 bug";
    InterviewLength => "Length", "时长";
    InterviewStart => "Start the session", "开始练习";
    InterviewPause => "Pause", "暂停";
    InterviewResume => "Resume", "继续";
    InterviewFinish => "Finish", "交卷";
    InterviewHint => "Hint: show a phrase", "提示：给我一句表达";
    InterviewBrief => "The bug report", "问题描述";
    InterviewFollowup => "The interviewer's follow-up", "面试官的追问";
    InterviewTimeLeft => "Time left", "剩余时间";
    InterviewPaused => "Paused", "已暂停";
    InterviewTimeUp => "Time is up.", "时间到。";
    InterviewSummary => "Interview summary", "面试总结";
    InterviewRubric => "Rubric", "评分项";
    InterviewScore => "Score", "得分";
    InterviewTimeUsed => "Time used", "用时";
    InterviewHintsUsed => "Hints used", "用过的提示";
    InterviewCopySummary => "Copy the summary (Markdown)", "复制总结（Markdown）";
    InterviewAgain => "Choose another scenario", "换一道题";
    InterviewPast => "Past sessions", "练习记录";
    InterviewNoPast => "No finished session yet.", "还没有完成过的练习。";
    InterviewOpenWriteUp => "Open the write-up", "去写复盘";
    StageReproduce => "Reproduce: reach the failing outcome, by stepping or with Explore", "复现：单步执行或穷举探索，走到出错的结果";
    StageExplain => "Explain: write the RCA, every section", "讲清楚：写 RCA，每一节都要写";
    StageFix => "Fix: edit until every interleaving verifies clean", "修复：改代码，直到所有调度交错都验证通过";
    StageReview => "Review: write the review comment", "评审：写评审意见";
    DifficultyEasy => "easy", "简单";
    DifficultyMedium => "medium", "中等";
    DifficultyHard => "hard", "困难";

    // Issue 27: write-code interview tasks, model answers, review
    // severities and deep-dive lessons.
    StageWrite => "Write: complete the code until every interleaving prints the expected output", "动手写：补全代码，直到所有调度交错都打印出期望的输出";
    InterviewTask => "The task", "题目要求";
    WriteExpected => "Expected output, in every interleaving", "期望输出（每种调度交错都必须一致）";
    WritePasses => "✓ Every interleaving exits cleanly, leaves no goroutine blocked and prints exactly the expected output.", "✓ 所有调度交错都正常退出，没有留下阻塞的 goroutine，输出与期望完全一致。";
    WriteFails => "✗ {failing} of {all} interleavings do not: they print something else, fail, or leave a goroutine blocked.", "✗ {all} 种调度交错中有 {failing} 种不符合：输出不一致、出错，或者留下了阻塞的 goroutine。";
    InterviewModelAnswer => "Model answer", "参考答案";
    InterviewAnswerCovers => "A good answer covers:", "好的回答要讲到：";
    SeverityNit => "nit", "【nit】";
    SeveritySuggestion => "suggestion", "【建议】";
    SeverityMustFix => "must-fix", "【必须修改】";
    DeepDive => "deep dive", "深入";

    // The crash view (a bug of ours, shown by the panic hook).
    CrashTitle => "Something broke inside Goroutine Dojo", "Goroutine 道场内部出错了";
    CrashAbout => "This is a bug in the page, not in your program. Copy the report below into a bug report, then reload: your code and progress are kept in this browser.", "这是页面本身的 bug，不是你的程序的问题。请把下面的报告复制到 bug 反馈里，然后刷新页面：你的代码和学习进度都保存在这个浏览器里。";
    InternalAbout => "The engine reached a state it cannot be in, so this run says nothing about your program. Copy the report below into a bug report.", "模拟引擎进入了不可能出现的状态，所以这次运行的结果说明不了你的程序有什么问题。请把下面的报告复制到 bug 反馈里。";
    CrashCopy => "Copy the report", "复制报告";
    CrashReload => "Reload the page", "刷新页面";

    // Data races.
    RaceTitle => "Data race", "数据竞争";
    RaceAbout => "Two goroutines touched the same memory, at least one of them writing, and nothing orders the two accesses: no channel, lock or other synchronisation gives a happens-before path from one to the other. Go's race detector (go run -race) prints this report.", "两个 goroutine 访问了同一块内存，其中至少一个是写，而且两次访问之间没有任何顺序保证：没有 channel、锁或其他同步操作在它们之间建立 happens-before 关系。下面是 Go 的竞态检测器（go run -race）打印的报告。";
    RaceNoOrder => "no happens-before", "无 happens-before";
    RaceLineLabel => "Data race on this line", "这一行有数据竞争";
    GoToLine => "Show this line in the editor", "在编辑器里定位到这一行";
}
