//! node:fs under grants: SECURITY.md P1–P5, R4, R6 and F5. Each escape test proves that
//! nothing happened: every attempt is denied, the secret never reaches the script's output,
//! and the canary files outside the grant are unchanged.
// Test drivers set up fixtures with the host's own files, outside any sandbox.
#![allow(clippy::disallowed_methods)]
mod common;

use common::{capjs, run_with_timeout};
use std::{
    fs,
    os::unix::fs::{symlink, MetadataExt, PermissionsExt},
    path::Path,
    process::Command,
    time::Duration,
};

const SECRET: &str = "TOP-SECRET-CANARY";

/// Tries each operation and prints `label: <error code>` (or ALLOWED with the value).
const PRELUDE: &str = r#"
const fs = require('fs');
const fsp = require('fs/promises');
async function attempt(label, fn) {
  try {
    const v = await fn();
    console.log(label + ': ALLOWED ' + String(v && v.toString ? v.toString() : v).slice(0, 60));
  } catch (e) {
    console.log(label + ': ' + (e.code || e.message));
  }
}
function viaCallback(f, ...args) {
  return new Promise((res, rej) => f(...args, (err, v) => (err ? rej(err) : res(v))));
}
"#;

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    /// A folder with `data/` (granted in the tests) and a canary `secret.txt` beside it.
    fn new() -> Case {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("data")).unwrap();
        fs::write(dir.path().join("data/ok.txt"), "fine").unwrap();
        fs::write(dir.path().join("secret.txt"), SECRET).unwrap();
        Case { dir }
    }

    fn path(&self, p: &str) -> std::path::PathBuf {
        self.dir.path().join(p)
    }

    fn run(&self, flags: &[&str], body: &str) -> (Option<i32>, String, String) {
        let script = format!("{PRELUDE}\n(async () => {{\n{body}\n}})();\n");
        fs::write(self.path("main.js"), script).unwrap();
        let mut cmd = capjs();
        cmd.current_dir(self.dir.path()).args(flags).arg("main.js");
        let o = run_with_timeout(&mut cmd, Duration::from_secs(60)).unwrap();
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    }

    /// Runs the script; every line it prints must be a denial, and the secret must not show.
    fn all_denied(&self, flags: &[&str], body: &str, expected_lines: usize) {
        let (code, out, err) = self.run(flags, body);
        assert_eq!(code, Some(0), "stdout:\n{out}\nstderr:\n{err}");
        assert_eq!(out.lines().count(), expected_lines, "stdout:\n{out}\nstderr:\n{err}");
        for line in out.lines() {
            assert!(line.ends_with(": ERR_ACCESS_DENIED"), "not denied: {line}\nstdout:\n{out}");
        }
        assert!(!out.contains(SECRET) && !err.contains(SECRET), "secret leaked:\n{out}\n{err}");
        assert_eq!(fs::read_to_string(self.path("secret.txt")).unwrap(), SECRET, "canary changed");
    }
}

#[test]
fn p1_paths_that_climb_out_of_a_read_grant() {
    let c = Case::new();
    let abs = c.path("secret.txt").display().to_string();
    let body = format!(
        r#"
const abs = {abs:?};
const paths = ['data/../secret.txt', abs, 'data//..//secret.txt', '/etc/passwd',
  Buffer.from('data/../secret.txt'), new TextEncoder().encode(abs), new URL('file://' + abs)];
async function all(tag) {{
  for (const [i, p] of paths.entries()) {{
    await attempt(tag + ' sync ' + i, () => fs.readFileSync(p, 'utf8'));
    await attempt(tag + ' cb ' + i, () => viaCallback(fs.readFile, p, 'utf8'));
    await attempt(tag + ' promise ' + i, () => fsp.readFile(p, 'utf8'));
    await attempt(tag + ' stat ' + i, () => fs.statSync(p).size);
    await attempt(tag + ' open ' + i, () => fs.openSync(p, 'r'));
  }}
}}
await all('plain');
// Checks done in JS could be fooled by patching the library; ours live in the host.
require('path').resolve = () => {abs:?}.replace('secret.txt', 'data/ok.txt');
String.prototype.startsWith = () => true;
await all('patched');
"#
    );
    c.all_denied(&["--allow-read=./data"], &body, 70);
}

#[test]
fn p2_symlink_inside_the_grant_pointing_out() {
    let c = Case::new();
    symlink("/etc", c.path("data/link")).unwrap();
    symlink("..", c.path("data/up")).unwrap();
    let body = r#"
for (const p of ['data/link/passwd', 'data/link/passwd/', 'data/link/', 'data/up/secret.txt', 'data/up/']) {
  await attempt('read ' + p, () => fs.readFileSync(p, 'utf8'));
  await attempt('readdir ' + p, () => fs.readdirSync(p).join());
  await attempt('stat ' + p, () => fs.statSync(p).size);
  await attempt('realpath ' + p, () => fs.realpathSync(p));
}
"#;
    c.all_denied(&["--allow-read=./data"], body, 20);
    // The link itself is inside the grant: lstat and readlink are fine (as in Deno and Node).
    let (code, out, err) = c.run(
        &["--allow-read=./data"],
        "console.log(fs.readlinkSync('data/link'), fs.lstatSync('data/up').isSymbolicLink());",
    );
    assert_eq!((code, out.as_str()), (Some(0), "/etc true\n"), "{err}");
}

#[test]
fn p3_creating_symlinks_needs_everything() {
    let c = Case::new();
    let body = r#"
await attempt('abs', () => fs.symlinkSync('/etc/passwd', 'data/p'));
await attempt('rel', () => fs.symlinkSync('../../etc', 'data/q'));
await attempt('rel-canary', () => fs.symlinkSync('../secret.txt', 'data/r'));
await attempt('promise', () => fsp.symlink('../secret.txt', 'data/s'));
await attempt('callback', () => viaCallback(fs.symlink, '../secret.txt', 'data/t'));
"#;
    for flags in [&["--allow-read=./data", "--allow-write=./data"][..], &["--allow-read", "--allow-write=./data"][..]] {
        c.all_denied(flags, body, 5);
        for name in ["p", "q", "r", "s", "t"] {
            assert!(fs::symlink_metadata(c.path("data").join(name)).is_err(), "data/{name} was created");
        }
    }
    // With read and write on everything, a symlink is an ordinary operation.
    let (code, out, err) = c.run(
        &["--allow-read", "--allow-write"],
        "fs.symlinkSync('ok.txt', 'data/fine'); console.log(fs.readFileSync('data/fine', 'utf8'));",
    );
    assert_eq!((code, out.as_str()), (Some(0), "fine\n"), "{err}");
}

#[test]
fn p4_read_only_grant_never_writes() {
    let c = Case::new();
    let f = c.path("data/ok.txt");
    fs::set_permissions(&f, fs::Permissions::from_mode(0o644)).unwrap();
    let before = fs::metadata(&f).unwrap();
    let body = r#"
const O = fs.constants;
for (const flags of ['r+', 'w', 'a', 'a+', 'w+', O.O_RDONLY | O.O_TRUNC, O.O_WRONLY, O.O_RDONLY | O.O_CREAT]) {
  await attempt('open ' + flags, () => fs.openSync('data/ok.txt', flags));
}
await attempt('truncate', () => fs.truncateSync('data/ok.txt', 0));
await attempt('utimes', () => fs.utimesSync('data/ok.txt', 1, 1));
await attempt('chmod', () => fs.chmodSync('data/ok.txt', 0o777));
await attempt('writeFile', () => fs.writeFileSync('data/ok.txt', 'x'));
await attempt('appendFile', () => fs.appendFileSync('data/ok.txt', 'x'));
await attempt('unlink', () => fs.unlinkSync('data/ok.txt'));
await attempt('rename', () => fs.renameSync('data/ok.txt', 'data/moved.txt'));
await attempt('mkdir', () => fs.mkdirSync('data/new'));
await attempt('copyFile', () => fs.copyFileSync('data/ok.txt', 'data/copy.txt'));
const fd = fs.openSync('data/ok.txt', 'r');
await attempt('ftruncate', () => fs.ftruncateSync(fd, 0));
await attempt('futimes', () => fs.futimesSync(fd, 1, 1));
await attempt('fchmod', () => fs.fchmodSync(fd, 0o777));
await attempt('ftruncate cb', () => viaCallback(fs.ftruncate, fd, 0));
await attempt('fchmod cb', () => viaCallback(fs.fchmod, fd, 0o777));
const fh = await fsp.open('data/ok.txt', 'r');
await attempt('fh truncate', () => fh.truncate(0));
await attempt('fh utimes', () => fh.utimes(1, 1));
await attempt('fh chmod', () => fh.chmod(0o777));
await attempt('fsp chmod', () => fsp.chmod('data/ok.txt', 0o777));
await attempt('fsp writeFile', () => fsp.writeFile('data/ok.txt', 'x'));
"#;
    c.all_denied(&["--allow-read=./data"], body, 27);
    let after = fs::metadata(&f).unwrap();
    assert_eq!(fs::read_to_string(&f).unwrap(), "fine");
    assert_eq!((after.mode(), after.mtime(), after.mtime_nsec()), (before.mode(), before.mtime(), before.mtime_nsec()));
    assert!(!c.path("data/moved.txt").exists() && !c.path("data/new").exists() && !c.path("data/copy.txt").exists());
}

#[test]
fn p5_proc_and_dev_need_an_exact_grant() {
    let c = Case::new();
    symlink("/proc/self/environ", c.path("data/env")).unwrap();
    let body = r#"
for (const p of ['/proc/self/environ', '/proc/self/mem', '/proc/self/root/etc/passwd', '/dev/ptmx', 'data/env']) {
  await attempt('read ' + p, () => fs.readFileSync(p, 'utf8'));
  await attempt('stat ' + p, () => fs.statSync(p).size);
  await attempt('realpath ' + p, () => fs.realpathSync(p));
  await attempt('realpath.native ' + p, () => fs.realpathSync.native(p));
  await attempt('readlink ' + p, () => fs.readlinkSync(p));
  await attempt('open ' + p, () => fs.openSync(p, 'r'));
}
"#;
    // data/env's own lstat and readlink are inside the grant; everything else is refused.
    let (code, out, err) = c.run(&["--allow-read=/"], body);
    assert_eq!(code, Some(0), "{err}");
    for line in out.lines() {
        let fine = line.starts_with("readlink data/env: ALLOWED");
        assert!(fine || line.ends_with(": ERR_ACCESS_DENIED"), "not denied: {line}\n{out}");
    }
    assert_eq!(out.lines().count(), 30, "{out}");
    assert!(!out.contains("PATH="), "environment leaked:\n{out}");
    // An exact grant opens exactly that path.
    let (code, out, err) = c.run(&["--allow-read=/dev/null"], "console.log(fs.readFileSync('/dev/null').length);");
    assert_eq!((code, out.as_str()), (Some(0), "0\n"), "{err}");
}

#[test]
fn r4_endless_file_stops_at_the_cap() {
    let c = Case::new();
    let (code, out, err) = c.run(
        &["--allow-read=/dev/zero", "--max-memory=64m"],
        "try { fs.readFileSync('/dev/zero'); console.log('read it all?'); } catch (e) { console.log(e.code, e instanceof RangeError); }",
    );
    assert_eq!((code, out.as_str()), (Some(0), "ERR_FS_FILE_TOO_LARGE true\n"), "{err}");
}

#[test]
fn r6_fd_exhaustion_stops_at_the_handle_cap() {
    let c = Case::new();
    let body = r#"
let n = 0;
try { for (;;) { fs.openSync('data/ok.txt', 'r'); n++; if (n > 100000) break; } }
catch (e) { console.log(n, e.code, e.syscall); }
// The sandbox keeps working once fds are closed again.
for (let fd = 3; fd < 3 + n; fd++) fs.closeSync(fd);
console.log(fs.readFileSync('data/ok.txt', 'utf8'));
"#;
    let (code, out, err) = c.run(&["--allow-read=./data", "--max-handles=100"], body);
    assert_eq!((code, out.as_str()), (Some(0), "100 EMFILE open\nfine\n"), "{err}");
}

#[test]
fn f5_disk_full_gives_enospc_and_keeps_earlier_files() {
    let c = Case::new();
    let mnt = c.path("data/small");
    fs::create_dir(&mnt).unwrap();
    let body = r#"
fs.writeFileSync('data/small/first.txt', 'kept');
const chunk = Buffer.alloc(16 * 1024, 120);
let written = 0;
try { const fd = fs.openSync('data/small/big.bin', 'w'); for (;;) { fs.writeSync(fd, chunk); written += chunk.length; } }
catch (e) { console.log(e.code, e.syscall, written > 0); }
try { fs.writeFileSync('data/small/more.txt', Buffer.alloc(64 * 1024)); } catch (e) { console.log(e.code); }
console.log(fs.readFileSync('data/small/first.txt', 'utf8'));
"#;
    let script = format!("{PRELUDE}\n{body}");
    fs::write(c.path("main.js"), script).unwrap();
    // A private mount namespace with a 256 KiB tmpfs; needs user namespaces.
    let shell = format!(
        "mount -t tmpfs -o size=256k tmpfs {} && exec {} --allow-read=./data --allow-write=./data main.js",
        mnt.display(),
        env!("CARGO_BIN_EXE_capjs")
    );
    let probe = Command::new("unshare").args(["-rm", "true"]).status();
    if !probe.is_ok_and(|s| s.success()) {
        eprintln!("skipped: cannot create a mount namespace here (unshare -rm failed)");
        return;
    }
    let mut cmd = Command::new("unshare");
    cmd.current_dir(c.dir.path()).args(["-rm", "sh", "-c", &shell]);
    let o = run_with_timeout(&mut cmd, Duration::from_secs(60)).unwrap();
    let (out, err) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert_eq!((o.status.code(), out.as_ref()), (Some(0), "ENOSPC write true\nENOSPC\nkept\n"), "{err}");
    let _ = Path::new(&mnt);
}
