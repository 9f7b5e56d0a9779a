//! The `capjs` command line: flags → Grants/Limits → capjs::Runtime. No I/O logic here.
use anyhow::{bail, Context, Result};
use capjs::{
    limits::{parse_duration, parse_size},
    permissions::{parse_list, Entries, Grant, ListKind, Scope},
    Grants, Limits, Main, Output, Runtime, SandboxConfig,
};
use clap::Parser;
use std::path::{Path, PathBuf};

/// Run JavaScript with Node's APIs inside a WebAssembly sandbox. Everything is denied
/// unless a flag grants it.
#[derive(Parser, Debug)]
#[command(
    name = "capjs",
    version,
    about,
    override_usage = "capjs [run] [FLAGS] <FILE> [ARGS]...\n       capjs [FLAGS] -e <CODE> [ARGS]...\n       capjs [FLAGS] -p <EXPR> [ARGS]..."
)]
struct Cli {
    /// Evaluate CODE as a CommonJS script
    #[arg(short = 'e', long = "eval", value_name = "CODE", conflicts_with = "print")]
    eval: Option<String>,
    /// Evaluate EXPR and print its value
    #[arg(short = 'p', long = "print", value_name = "EXPR")]
    print: Option<String>,

    /// Allow reading files under PATHS (comma-separated; all when given without =)
    #[arg(long, value_name = "PATHS", num_args = 0..=1, require_equals = true)]
    allow_read: Option<Option<String>>,
    /// Allow writing files under PATHS
    #[arg(long, value_name = "PATHS", num_args = 0..=1, require_equals = true)]
    allow_write: Option<Option<String>>,
    /// Allow network access to HOST[:PORT],... (listening included)
    #[arg(long, value_name = "HOSTS", num_args = 0..=1, require_equals = true)]
    allow_net: Option<Option<String>>,
    /// Allow reading environment variables VARS (NAME or PREFIX_*)
    #[arg(long, value_name = "VARS", num_args = 0..=1, require_equals = true)]
    allow_env: Option<Option<String>>,
    /// Allow running PROGRAMS (pinned to absolute paths now)
    #[arg(long, value_name = "PROGRAMS", num_args = 0..=1, require_equals = true)]
    allow_run: Option<Option<String>>,
    /// Allow real host facts in `os`
    #[arg(long)]
    allow_sys: bool,
    /// Allow everything
    #[arg(short = 'A', long)]
    allow_all: bool,
    /// Deny reading PATHS (wins over allow)
    #[arg(long, value_name = "PATHS", num_args = 0..=1, require_equals = true)]
    deny_read: Option<Option<String>>,
    /// Deny writing PATHS
    #[arg(long, value_name = "PATHS", num_args = 0..=1, require_equals = true)]
    deny_write: Option<Option<String>>,
    /// Deny network access to HOSTS
    #[arg(long, value_name = "HOSTS", num_args = 0..=1, require_equals = true)]
    deny_net: Option<Option<String>>,
    /// Deny environment variables VARS
    #[arg(long, value_name = "VARS", num_args = 0..=1, require_equals = true)]
    deny_env: Option<Option<String>>,
    /// Deny running PROGRAMS
    #[arg(long, value_name = "PROGRAMS", num_args = 0..=1, require_equals = true)]
    deny_run: Option<Option<String>>,
    /// Deny real host facts in `os`
    #[arg(long)]
    deny_sys: bool,

    /// Cap the sandbox's memory (e.g. 64m, 1g)
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_memory: Option<u64>,
    /// Cap the time the script may run on the CPU (e.g. 1s, 500ms)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    cpu_time: Option<std::time::Duration>,
    /// Cap the wall-clock time of the whole run
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    timeout: Option<std::time::Duration>,
    /// Cap the open host handles (sockets, files, children)
    #[arg(long, value_name = "N")]
    max_handles: Option<u32>,

    /// The script, then its own arguments
    #[arg(value_name = "FILE", trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<String>,
}

fn list(flag: &Option<Option<String>>, kind: ListKind, cwd: &Path, name: &str) -> Result<Option<Entries>> {
    flag.as_ref().map(|v| parse_list(v.as_deref(), kind, cwd)).transpose().with_context(|| format!("--{name}"))
}

fn paths(e: Option<Entries>) -> Scope<PathBuf> {
    match e {
        Some(Entries::Paths(s)) => s,
        _ => Scope::None,
    }
}

fn names(e: Option<Entries>) -> Scope<String> {
    match e {
        Some(Entries::Names(s)) => s,
        _ => Scope::None,
    }
}

/// Pins each program name to an absolute path now, so PATH changes cannot swap it later.
fn programs(e: Option<Entries>, cwd: &Path) -> Result<Scope<PathBuf>> {
    Ok(match e {
        Some(Entries::Names(Scope::Some(v))) => Scope::Some(
            v.iter()
                .map(|p| {
                    capjs::permissions::which(p, cwd).with_context(|| format!("--allow-run: cannot find program {p:?}"))
                })
                .collect::<Result<_>>()?,
        ),
        Some(Entries::Names(Scope::All)) => Scope::All,
        _ => Scope::None,
    })
}

fn grants(cli: &Cli, cwd: &Path) -> Result<Grants> {
    if cli.allow_all {
        let mut g = Grants::all();
        apply_denies(cli, cwd, &mut g)?;
        return Ok(g);
    }
    let net = |f: &Option<Option<String>>, n| -> Result<_> {
        Ok(match list(f, ListKind::Net, cwd, n)? {
            Some(Entries::Net(s)) => s,
            _ => Scope::None,
        })
    };
    let mut g = Grants {
        read: Grant { allow: paths(list(&cli.allow_read, ListKind::Path, cwd, "allow-read")?), deny: Scope::None },
        write: Grant { allow: paths(list(&cli.allow_write, ListKind::Path, cwd, "allow-write")?), deny: Scope::None },
        net: Grant { allow: net(&cli.allow_net, "allow-net")?, deny: Scope::None },
        env: Grant { allow: names(list(&cli.allow_env, ListKind::Env, cwd, "allow-env")?), deny: Scope::None },
        run: Grant { allow: programs(list(&cli.allow_run, ListKind::Env, cwd, "allow-run")?, cwd)?, deny: Scope::None },
        sys: cli.allow_sys,
    };
    apply_denies(cli, cwd, &mut g)?;
    let _ = net;
    Ok(g)
}

fn apply_denies(cli: &Cli, cwd: &Path, g: &mut Grants) -> Result<()> {
    g.read.deny = paths(list(&cli.deny_read, ListKind::Path, cwd, "deny-read")?);
    g.write.deny = paths(list(&cli.deny_write, ListKind::Path, cwd, "deny-write")?);
    g.net.deny = match list(&cli.deny_net, ListKind::Net, cwd, "deny-net")? {
        Some(Entries::Net(s)) => s,
        _ => Scope::None,
    };
    g.env.deny = names(list(&cli.deny_env, ListKind::Env, cwd, "deny-env")?);
    // A denied program is matched by its pinned path, like the allow list.
    g.run.deny = match list(&cli.deny_run, ListKind::Env, cwd, "deny-run")? {
        Some(Entries::Names(Scope::Some(v))) => {
            Scope::Some(v.iter().filter_map(|p| capjs::permissions::which(p, cwd)).collect())
        }
        Some(Entries::Names(Scope::All)) => Scope::All,
        _ => Scope::None,
    };
    if cli.deny_sys {
        g.sys = false;
    }
    Ok(())
}

fn main() {
    match real_main() {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("capjs: {}", capjs::escape_for_terminal(&format!("{e:#}")));
            std::process::exit(2);
        }
    }
}

fn real_main() -> Result<i32> {
    let mut args: Vec<String> = std::env::args().collect();
    // `capjs run FILE` and `capjs FILE` are the same.
    if args.get(1).map(String::as_str) == Some("run") {
        args.remove(1);
    }
    let cli = Cli::parse_from(args);
    let cwd = std::env::current_dir().context("reading the current directory")?;
    let grants = grants(&cli, &cwd)?;
    let limits = Limits {
        max_memory: cli.max_memory,
        cpu_time: cli.cpu_time,
        timeout: cli.timeout,
        max_handles: cli.max_handles,
    };
    let (main, script_args) = if let Some(code) = &cli.eval {
        (Main::Eval(code.clone()), cli.rest.clone())
    } else if let Some(expr) = &cli.print {
        (Main::Print(expr.clone()), cli.rest.clone())
    } else {
        let Some((file, rest)) = cli.rest.split_first() else {
            bail!("no script given; run `capjs --help` for usage");
        };
        (Main::File(PathBuf::from(file)), rest.to_vec())
    };
    let config = SandboxConfig {
        grants,
        limits,
        env: std::env::vars().collect(),
        cwd,
        pid: std::process::id(),
        exec_path: std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "capjs".into()),
        stdout: Output::Inherit,
        stderr: Output::Inherit,
        // One sandbox per process: a sync call may block the process, exactly as in Node.
        sync_fs_on_caller: true,
    };
    let wall_limit = config.limits.timeout;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async move {
        let runtime = Runtime::new()?;
        let sandbox = runtime.sandbox(config)?;
        // Signals and the wall-clock backstop live on threads of their own: a sync fs call
        // runs on this thread (as in Node) and may block it, on a FIFO say, and Ctrl-C and
        // --timeout must still work then. Handlers are registered before the script runs.
        watch_signals(sandbox.signals())?;
        if let Some(limit) = wall_limit {
            backstop(limit);
        }
        match sandbox.run(main, script_args).await {
            Ok(exit) => Ok(exit.code),
            Err(e) => {
                let hint = match &e {
                    capjs::Error::CpuTime(_) => " (raise it with --cpu-time)",
                    capjs::Error::Timeout(_) => " (raise it with --timeout)",
                    capjs::Error::Memory(_) => " (raise it with --max-memory)",
                    _ => "",
                };
                eprintln!("capjs: {}{hint}", capjs::escape_for_terminal(&e.to_string()));
                Ok(match e {
                    capjs::Error::Timeout(_) => 124,
                    capjs::Error::Memory(_) => 134,
                    capjs::Error::CpuTime(_) => 152,
                    _ => 70,
                })
            }
        }
    })
}

/// Starts the signal thread and returns once its handlers are registered.
fn watch_signals(signals: capjs::SignalHandle) -> anyhow::Result<()> {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    std::thread::Builder::new().name("capjs-signals".into()).spawn(move || {
        use tokio::signal::unix::{signal, SignalKind};
        let rt = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
            Ok(rt) => rt,
            Err(e) => return ready_tx.send(Err(e)).unwrap_or(()),
        };
        rt.block_on(async move {
            let streams = match (signal(SignalKind::interrupt()), signal(SignalKind::terminate())) {
                (Ok(i), Ok(t)) => (i, t),
                (Err(e), _) | (_, Err(e)) => return ready_tx.send(Err(e)).unwrap_or(()),
            };
            let _ = ready_tx.send(Ok(()));
            forward_signals(signals, streams).await;
        });
    })?;
    ready_rx.recv()??;
    Ok(())
}

/// Ends the process if the sandbox's own timeout could not fire because a blocking call
/// held its thread. It waits past the 10 s a finished script may spend letting closed
/// servers answer, so it never cuts a run that ended in time.
fn backstop(limit: std::time::Duration) {
    let _ = std::thread::Builder::new().name("capjs-backstop".into()).spawn(move || {
        std::thread::sleep(limit + std::time::Duration::from_secs(11));
        eprintln!("capjs: wall-clock limit of {limit:?} exceeded during a blocking call (raise it with --timeout)");
        std::process::exit(124);
    });
}

/// Routes SIGINT/SIGTERM to the script when it listens; otherwise exits as Node would
/// (128 + the signal number).
async fn forward_signals(
    signals: capjs::SignalHandle,
    (mut int, mut term): (tokio::signal::unix::Signal, tokio::signal::unix::Signal),
) {
    loop {
        let (name, code) = tokio::select! {
            _ = int.recv() => ("SIGINT", 130),
            _ = term.recv() => ("SIGTERM", 143),
        };
        if !signals.deliver(name) {
            std::process::exit(code);
        }
    }
}
