//! Differential tests: every tests/compat/*.js runs under node and under capjs, and
//! stdout and the exit code must be identical. A first line `// capjs-flags: ...`
//! passes flags to capjs (node needs none).
// Test drivers use the host's own files and processes, outside any sandbox.
#![allow(clippy::disallowed_methods)]
mod common;

use common::{capjs, repo, run_with_timeout, split_flags};
use libtest_mimic::{Arguments, Failed, Trial};
use std::{fs, path::Path, process::Command, time::Duration};

fn run_case(file: &Path) -> Result<(), Failed> {
    let dir = file.parent().unwrap();
    let src = fs::read_to_string(file)?;
    let flags = src.lines().next().and_then(|l| l.strip_prefix("// capjs-flags:")).map(split_flags).unwrap_or_default();
    let limit = Duration::from_secs(60);
    let node = run_with_timeout(Command::new("node").arg(file).current_dir(dir), limit)
        .map_err(|e| format!("running node (is node 20 installed?): {e}"))?;
    let ours = run_with_timeout(capjs().args(&flags).arg(file).current_dir(dir), limit)?;
    let (a, b) = (String::from_utf8_lossy(&node.stdout), String::from_utf8_lossy(&ours.stdout));
    if a != b {
        let first =
            a.lines().zip(b.lines()).position(|(x, y)| x != y).unwrap_or(a.lines().count().min(b.lines().count()));
        return Err(format!(
            "stdout differs at line {}:\n node : {:?}\n capjs: {:?}\n--- capjs stderr ---\n{}",
            first + 1,
            a.lines().nth(first).unwrap_or("<end>"),
            b.lines().nth(first).unwrap_or("<end>"),
            String::from_utf8_lossy(&ours.stderr)
        )
        .into());
    }
    if node.status.code() != ours.status.code() {
        return Err(format!(
            "exit code: node {:?}, capjs {:?}\n--- capjs stderr ---\n{}",
            node.status.code(),
            ours.status.code(),
            String::from_utf8_lossy(&ours.stderr)
        )
        .into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = repo().join("tests").join("compat");
    let mut files: Vec<_> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "js" || e == "mjs"))
        .collect();
    files.sort();
    let trials = files
        .into_iter()
        .map(|f| {
            let name = f.file_stem().unwrap().to_string_lossy().into_owned();
            Trial::test(name, move || run_case(&f))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
