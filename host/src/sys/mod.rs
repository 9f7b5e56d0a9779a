//! capjs:runtime/sys: real host facts for node:os, read from /proc, and only under the
//! `--allow-sys` grant. Without it the guest's os module answers with fixed values.
// This capability exists to read the host's own /proc files.
#![allow(clippy::disallowed_methods)]

use crate::bindings::capjs::runtime::{
    sys::{Cpu, Facts, Host},
    types::{Denial, Error},
};

pub struct SysState {
    pub allowed: bool,
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// A `Key:   123 kB` line of /proc/meminfo, in bytes.
fn meminfo(text: &str, key: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

fn cpus() -> Vec<Cpu> {
    let info = read("/proc/cpuinfo");
    let mut models = Vec::new();
    let mut speeds = Vec::new();
    for line in info.lines() {
        if let Some((k, v)) = line.split_once(':') {
            match k.trim() {
                "model name" => models.push(v.trim().to_string()),
                "cpu MHz" => speeds.push(v.trim().parse::<f64>().unwrap_or(0.0) as u32),
                _ => {}
            }
        }
    }
    // /proc/stat counts in USER_HZ (100 per second on Linux); Node reports milliseconds.
    read("/proc/stat")
        .lines()
        .filter(|l| l.starts_with("cpu") && l.as_bytes().get(3).is_some_and(u8::is_ascii_digit))
        .enumerate()
        .map(|(i, l)| {
            let n: Vec<u64> = l.split_whitespace().skip(1).map(|x| x.parse().unwrap_or(0) * 10).collect();
            let at = |j: usize| n.get(j).copied().unwrap_or(0);
            Cpu {
                model: models.get(i).cloned().unwrap_or_default(),
                speed: speeds.get(i).copied().unwrap_or(0),
                user: at(0),
                nice: at(1),
                sys: at(2),
                idle: at(3),
                irq: at(5),
            }
        })
        .collect()
}

impl Host for SysState {
    fn info(&mut self) -> wasmtime::Result<Result<Facts, Error>> {
        // The grant is the whole check: without --allow-sys nothing is read.
        if !self.allowed {
            return Ok(Err(Error::Denied(Denial { permission: "Sys".into(), resource: "os".into() })));
        }
        let mem = read("/proc/meminfo");
        Ok(Ok(Facts {
            hostname: read("/proc/sys/kernel/hostname").trim().to_string(),
            release: read("/proc/sys/kernel/osrelease").trim().to_string(),
            version: read("/proc/sys/kernel/version").trim().to_string(),
            // Rust's names match `uname -m` for the common targets (x86_64, aarch64).
            machine: std::env::consts::ARCH.to_string(),
            totalmem: meminfo(&mem, "MemTotal"),
            freemem: meminfo(&mem, "MemAvailable"),
            uptime: read("/proc/uptime").split_whitespace().next().and_then(|v| v.parse().ok()).unwrap_or(0.0),
            loadavg: read("/proc/loadavg").split_whitespace().take(3).filter_map(|v| v.parse().ok()).collect(),
            cpus: cpus(),
            homedir: std::env::var("HOME").unwrap_or_else(|_| "/".into()),
            tmpdir: std::env::var("TMPDIR").ok().filter(|t| !t.is_empty()).unwrap_or_else(|| "/tmp".into()),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denied_without_the_grant() {
        let r = SysState { allowed: false }.info().unwrap();
        assert!(matches!(r, Err(Error::Denied(d)) if d.permission == "Sys"));
    }

    #[test]
    fn reads_proc_with_the_grant() {
        let info = SysState { allowed: true }.info().unwrap().unwrap();
        assert!(info.totalmem > 0 && info.freemem <= info.totalmem);
        assert!(!info.cpus.is_empty());
        assert_eq!(info.loadavg.len(), 3);
    }

    #[test]
    fn meminfo_lines() {
        assert_eq!(meminfo("MemTotal:       16 kB\nMemFree: 1 kB\n", "MemTotal"), 16 * 1024);
        assert_eq!(meminfo("MemTotal: 16 kB", "MemAvailable"), 0);
    }
}
