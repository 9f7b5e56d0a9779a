//! Helpers shared by the test runners: locating the repo and running the capjs binary.
#![allow(dead_code)]
use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Output, Stdio},
    time::Duration,
};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

pub fn capjs() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_capjs"));
    c.stdin(Stdio::null());
    c
}

/// The port a server script prints as its first line of stdout (the child's stdout must be
/// piped; it is taken).
pub fn port_line(child: &mut Child) -> u16 {
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    line.trim().parse().unwrap_or_else(|_| panic!("bad port line {line:?}"))
}

/// Runs `cmd` with a wall-clock cap, killing it if it hangs, so a bad case fails instead of stalling CI.
pub fn run_with_timeout(cmd: &mut Command, limit: Duration) -> Result<Output, String> {
    let child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().map_err(|e| e.to_string())?;
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(r) => r.map_err(|e| e.to_string()),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            Err(format!("timed out after {limit:?}"))
        }
    }
}

/// Splits a flags line the way a shell would for simple cases (whitespace, no quoting).
pub fn split_flags(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}
