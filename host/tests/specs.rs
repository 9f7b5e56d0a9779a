//! Spec tests: each folder under tests/specs/ holds a program and what it must do.
//!
//! Files in a case folder:
//! - `main.js` / `main.mjs` / `main.cjs`: the program (or `eval`/`print`: a -e/-p string);
//! - `flags`: capjs flags, one line (optional); `args`: script arguments (optional);
//! - `stdout`: exact expected stdout, or `stdout.re`: a regex it must match;
//! - `stderr.re`: a regex stderr must match (optional); `stderr.not.re`: must not match;
//! - `exit`: the expected exit code (default 0).
//!
//! `{dir}` in flags, args and patterns stands for the case folder.
// Test drivers use the host's own files and processes, outside any sandbox.
#![allow(clippy::disallowed_methods)]
mod common;

use common::{capjs, repo, run_with_timeout, split_flags};
use libtest_mimic::{Arguments, Failed, Trial};
use std::{fs, path::Path, time::Duration};

fn read(dir: &Path, name: &str) -> Option<String> {
    fs::read_to_string(dir.join(name)).ok().map(|s| s.replace("{dir}", &dir.display().to_string()))
}

fn run_case(dir: &Path) -> Result<(), Failed> {
    let mut cmd = capjs();
    cmd.current_dir(dir).env("CAPJS_TEST_VAR", "visible").env("CAPJS_SECRET", "hidden");
    if let Some(flags) = read(dir, "flags") {
        cmd.args(split_flags(flags.trim()));
    }
    if let Some(code) = read(dir, "eval") {
        cmd.arg("-e").arg(code.trim_end());
    } else if let Some(expr) = read(dir, "print") {
        cmd.arg("-p").arg(expr.trim_end());
    } else {
        let main = ["main.js", "main.mjs", "main.cjs"]
            .into_iter()
            .find(|m| dir.join(m).exists())
            .ok_or("case has no main.js/main.mjs/main.cjs/eval")?;
        cmd.arg(main);
    }
    if let Some(args) = read(dir, "args") {
        cmd.args(split_flags(args.trim()));
    }
    let out = run_with_timeout(&mut cmd, Duration::from_secs(60))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let ctx = || format!("\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}");
    let want_exit: i32 = read(dir, "exit").map_or(0, |s| s.trim().parse().expect("exit file holds a number"));
    if out.status.code() != Some(want_exit) {
        return Err(format!("exit code {:?}, expected {want_exit}{}", out.status.code(), ctx()).into());
    }
    if let Some(want) = read(dir, "stdout") {
        if stdout != want {
            return Err(format!("stdout differs; expected:\n{want}{}", ctx()).into());
        }
    }
    for (file, text, negate) in
        [("stdout.re", &stdout, false), ("stderr.re", &stderr, false), ("stderr.not.re", &stderr, true)]
    {
        if let Some(pat) = read(dir, file) {
            let re = regex::Regex::new(pat.trim_end()).map_err(|e| format!("{file}: {e}"))?;
            if re.is_match(text) == negate {
                let verb = if negate { "matches" } else { "does not match" };
                return Err(format!("{file} {verb} /{}/{}", pat.trim_end(), ctx()).into());
            }
        }
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = repo().join("tests").join("specs");
    let mut dirs: Vec<_> = fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    let trials = dirs
        .into_iter()
        .map(|d| {
            let name = d.file_name().unwrap().to_string_lossy().into_owned();
            Trial::test(name, move || run_case(&d))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
