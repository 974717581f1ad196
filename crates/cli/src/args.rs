//! Command-line arguments of every `gosim` command, parsed by hand (there
//! are few, and a parser crate would be most of the binary).

use explore::{Options, StrategyKind};

#[derive(Debug, Default)]
pub struct Args {
    pub file: String,
    pub seed: u64,
    pub trace: bool,
    /// Go's race detector (`go run -race`).
    pub race: bool,
    pub json: bool,
    pub schedule: Option<String>,
    pub explore: Options,
    /// Worker threads for `explore`'s split search (default: the one-thread
    /// search).
    pub jobs: Option<usize>,
}

fn number<T: std::str::FromStr>(flag: &str, v: Option<&String>) -> Result<T, String> {
    let v = v.ok_or(format!("{flag} needs a number"))?;
    v.parse()
        .map_err(|_| format!("{flag}: `{v}` is not a valid number"))
}

pub fn parse(args: &[String], help: &str) -> Result<Args, String> {
    let mut out = Args::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seed" => {
                out.seed = number(a, it.next())?;
                out.explore.seed = out.seed;
            }
            "--trace" => out.trace = true,
            "-race" | "--race" => {
                out.race = true;
                out.explore.race = true;
            }
            "--json" => out.json = true,
            "--fail-on-leak" => out.explore.fail_on_leak = true,
            "--no-reduction" => out.explore.reduction = false,
            "--schedule" => {
                out.schedule = Some(it.next().ok_or("--schedule needs a schedule")?.clone());
            }
            "--strategy" => {
                let v = it.next().ok_or("--strategy needs a name")?;
                out.explore.strategy = StrategyKind::parse(v).ok_or(format!(
                    "--strategy: `{v}` is not one of dfs, bounded, random, pct"
                ))?;
            }
            "--preemption-bound" => out.explore.preemption_bound = number(a, it.next())?,
            "--pct-depth" => out.explore.pct_depth = number(a, it.next())?,
            "--max-schedules" => out.explore.max_schedules = number(a, it.next())?,
            "--max-steps" => out.explore.max_steps = number(a, it.next())?,
            "--jobs" => match number(a, it.next())? {
                0 => return Err("--jobs needs at least one worker".into()),
                n => out.jobs = Some(n),
            },
            f if !f.starts_with('-') && out.file.is_empty() => out.file = f.to_string(),
            other => return Err(format!("unexpected argument `{other}`\n\n{help}")),
        }
    }
    if out.file.is_empty() {
        return Err(format!("missing FILE.go\n\n{help}"));
    }
    Ok(out)
}
