//! capjs:runtime/modules: reads module sources for require() and import. Every path
//! resolves beneath a cap-std directory handle for the app root or a read grant, so
//! `..` and symlinks cannot leave them; a symlink may lead from one of them into another.
mod real;

use crate::bindings::capjs::runtime::{
    modules::{Host, Kind},
    types::{Denial, Error},
};
use crate::permissions::{normalize, Scope};
use cap_std::{ambient_authority, fs::Dir};
use std::{
    io::{ErrorKind, Read},
    path::{Path, PathBuf},
};

/// The largest module source the host will read (host memory is the host's job).
const MAX_SOURCE: u64 = 128 << 20;

pub struct ModuleState {
    /// (root, handle), longest root first so the narrowest grant answers.
    roots: Vec<(PathBuf, Dir)>,
    /// The read grant's deny entries.
    deny: Scope<PathBuf>,
}

impl ModuleState {
    /// Opens a handle for each root that exists; missing ones are skipped.
    pub fn new(roots: Vec<PathBuf>) -> Self {
        let mut m = ModuleState { roots: Vec::new(), deny: Scope::None };
        for r in roots {
            m.add_root(r);
        }
        m
    }

    /// Refuses what the read grant denies (absolute, normalized entries).
    pub fn deny(mut self, deny: Scope<PathBuf>) -> Self {
        self.deny = deny;
        self
    }

    /// Adds a readable root (absolute, normalized) if it exists.
    pub fn add_root(&mut self, root: PathBuf) {
        if self.roots.iter().any(|(r, _)| *r == root) {
            return;
        }
        if let Ok(d) = Dir::open_ambient_dir(&root, ambient_authority()) {
            self.roots.push((root, d));
            self.roots.sort_by_key(|(r, _)| std::cmp::Reverse(r.components().count()));
        }
    }

    /// Which root's handle answers for `abs` (absolute, normalized), by name alone.
    fn place(&self, abs: &Path) -> Place<'_> {
        for (root, dir) in &self.roots {
            if let Ok(rel) = abs.strip_prefix(root) {
                // /proc and /dev are reachable only through a grant that names them.
                if is_special(abs) && !is_special(root) {
                    return Place::Special;
                }
                let rel = if rel.as_os_str().is_empty() { PathBuf::from(".") } else { rel.to_path_buf() };
                return Place::Inside(dir, rel);
            }
        }
        Place::Outside
    }

    /// The real path for `path`, once it and its target are checked; None if nothing is there.
    fn real(&self, path: &str) -> Result<Option<PathBuf>, Error> {
        // The guest's path is hostile: normalize it again here, never trust the JS side.
        let abs = normalize(Path::new("/"), Path::new(path));
        if self.refused(&abs) {
            return Err(denied(path));
        }
        let Some(real) = real::resolve(self, &abs, path)? else { return Ok(None) };
        // Where the links led is checked like any path: in a root, and not denied.
        match self.place(&real) {
            Place::Inside(..) if !self.refused(&real) => Ok(Some(real)),
            _ => Err(denied(path)),
        }
    }

    /// The handle and symlink-free relative path for `path`; None if nothing is there.
    fn locate(&self, path: &str) -> Result<Option<(&Dir, PathBuf)>, Error> {
        let Some(real) = self.real(path)? else { return Ok(None) };
        match self.place(&real) {
            Place::Inside(dir, rel) => Ok(Some((dir, rel))),
            Place::Special | Place::Outside => Err(denied(path)),
        }
    }

    /// Whether a --deny-read entry covers `abs`: deny wins, even over the app root.
    fn refused(&self, abs: &Path) -> bool {
        match &self.deny {
            Scope::None => false,
            Scope::All => true,
            Scope::Some(v) => v.iter().any(|d| abs.starts_with(d)),
        }
    }
}

/// Where a path falls among the roots.
enum Place<'a> {
    /// Beneath this root's handle, at this relative path.
    Inside(&'a Dir, PathBuf),
    /// In /proc or /dev under a root that does not name them.
    Special,
    /// In no root.
    Outside,
}

/// The loader may not read `path`.
fn denied(path: &str) -> Error {
    Error::Denied(Denial { permission: "FileSystemRead".into(), resource: path.to_string() })
}

fn is_special(p: &Path) -> bool {
    p.starts_with("/proc") || p.starts_with("/dev")
}

/// Maps an I/O error to Node's code; an escape that cap-std refused is a denial.
fn os_error(e: std::io::Error, path: &str) -> Error {
    let code = match e.kind() {
        ErrorKind::NotFound => "ENOENT",
        ErrorKind::PermissionDenied => return denied(path),
        ErrorKind::IsADirectory => "EISDIR",
        ErrorKind::NotADirectory => "ENOTDIR",
        ErrorKind::InvalidInput => "EINVAL",
        _ if e.raw_os_error() == Some(40) => "ELOOP",
        _ => "EIO",
    };
    Error::Os((code.to_string(), e.to_string()))
}

impl Host for ModuleState {
    fn stat(&mut self, path: String) -> wasmtime::Result<Result<Kind, Error>> {
        let (dir, rel) = match self.locate(&path) {
            Ok(Some(x)) => x,
            Ok(None) => return Ok(Ok(Kind::Missing)),
            Err(e) => return Ok(Err(e)),
        };
        // The path is symlink-free now; were one swapped in since, cap-std keeps it beneath the handle.
        Ok(match dir.metadata(&rel) {
            Ok(m) if m.is_dir() => Ok(Kind::Directory),
            Ok(_) => Ok(Kind::File),
            Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => Ok(Kind::Missing),
            Err(e) => Err(os_error(e, &path)),
        })
    }

    fn read(&mut self, path: String) -> wasmtime::Result<Result<String, Error>> {
        let (dir, rel) = match self.locate(&path) {
            Ok(Some(x)) => x,
            Ok(None) => return Ok(Err(not_found())),
            Err(e) => return Ok(Err(e)),
        };
        let result = (|| {
            let file = dir.open(&rel)?;
            let mut buf = Vec::new();
            file.take(MAX_SOURCE + 1).read_to_end(&mut buf)?;
            Ok::<_, std::io::Error>(buf)
        })();
        Ok(match result {
            Ok(buf) if buf.len() as u64 > MAX_SOURCE => {
                Err(Error::Os(("EFBIG".into(), format!("module source is larger than {MAX_SOURCE} bytes"))))
            }
            // Node decodes sources as UTF-8, replacing invalid sequences.
            Ok(buf) => {
                Ok(String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
            }
            Err(e) => Err(os_error(e, &path)),
        })
    }

    fn realpath(&mut self, path: String) -> wasmtime::Result<Result<String, Error>> {
        // Only a path the loader could read is answered, so this reveals nothing more.
        Ok(match self.real(&path) {
            Ok(Some(real)) => Ok(real.to_string_lossy().into_owned()),
            Ok(None) => Err(not_found()),
            Err(e) => Err(e),
        })
    }
}

fn not_found() -> Error {
    Error::Os(("ENOENT".into(), "no such file or directory".into()))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn outside_every_root_is_denied() {
        let tmp = tempfile::tempdir().unwrap();
        let mut m = ModuleState::new(vec![tmp.path().to_path_buf()]);
        let r = m.read("/etc/passwd".into()).unwrap();
        assert!(matches!(r, Err(Error::Denied(d)) if d.resource == "/etc/passwd"));
        // `..` is resolved before choosing a root, so it cannot climb out.
        let sneaky = format!("{}/../../etc/passwd", tmp.path().display());
        assert!(matches!(m.read(sneaky).unwrap(), Err(Error::Denied(_))));
    }

    #[test]
    fn symlink_out_of_root_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("/etc", tmp.path().join("link")).unwrap();
        let mut m = ModuleState::new(vec![tmp.path().to_path_buf()]);
        let r = m.read(format!("{}/link/passwd", tmp.path().display())).unwrap();
        assert!(matches!(r, Err(Error::Denied(_))), "{r:?}");
        let r = m.stat(format!("{}/link/", tmp.path().display())).unwrap();
        assert!(matches!(r, Err(Error::Denied(_))), "{r:?}");
    }

    #[test]
    fn links_between_roots_resolve_and_links_out_do_not() {
        let tmp = tempfile::tempdir().unwrap();
        let base = tmp.path().canonicalize().unwrap();
        let p = |s: &str| format!("{}/{s}", base.display());
        for d in ["app/node_modules", "lib/pkg", "secret"] {
            std::fs::create_dir_all(base.join(d)).unwrap();
        }
        std::fs::write(base.join("lib/pkg/index.js"), "ok").unwrap();
        std::fs::write(base.join("secret/index.js"), "SECRET").unwrap();
        let nm = base.join("app/node_modules");
        // Relative and absolute links from the app root into a grant beside it.
        std::os::unix::fs::symlink("../../lib/pkg", nm.join("rel")).unwrap();
        std::os::unix::fs::symlink(base.join("lib/pkg"), nm.join("abs")).unwrap();
        std::os::unix::fs::symlink("../../secret", nm.join("out")).unwrap();
        std::os::unix::fs::symlink("../../../../..", nm.join("climb")).unwrap();
        std::os::unix::fs::symlink("loop", nm.join("loop")).unwrap();
        std::os::unix::fs::symlink("nowhere", nm.join("dangling")).unwrap();
        let mut m = ModuleState::new(vec![base.join("app"), base.join("lib")]);
        for via in ["rel", "abs"] {
            let at = p(&format!("app/node_modules/{via}/index.js"));
            assert_eq!(m.read(at.clone()).unwrap().unwrap(), "ok");
            assert_eq!(m.realpath(at).unwrap().unwrap(), p("lib/pkg/index.js"));
        }
        assert!(matches!(m.stat(p("app/node_modules/rel")).unwrap(), Ok(Kind::Directory)));
        // A link out of every root is never followed, whatever is at its end.
        for path in ["app/node_modules/out/index.js", "app/node_modules/out", "app/node_modules/climb/etc/passwd"] {
            assert!(matches!(m.read(p(path)).unwrap(), Err(Error::Denied(_))), "{path}");
            assert!(matches!(m.stat(p(path)).unwrap(), Err(Error::Denied(_))), "{path}");
            assert!(matches!(m.realpath(p(path)).unwrap(), Err(Error::Denied(_))), "{path}");
        }
        assert!(matches!(m.stat(p("app/node_modules/dangling")).unwrap(), Ok(Kind::Missing)));
        assert!(matches!(m.stat(p("app/node_modules/loop")).unwrap(), Err(Error::Os((c, _))) if c == "ELOOP"));
    }

    #[test]
    fn a_relative_link_under_a_root_of_slash_stays_out_of_proc() {
        let tmp = tempfile::tempdir().unwrap();
        let base = tmp.path().canonicalize().unwrap();
        let up = "../".repeat(base.components().count() - 1);
        std::os::unix::fs::symlink(format!("{up}proc/self/environ"), base.join("env")).unwrap();
        let mut m = ModuleState::new(vec![PathBuf::from("/")]);
        let r = m.read(format!("{}/env", base.display())).unwrap();
        assert!(matches!(r, Err(Error::Denied(_))), "{r:?}");
    }

    #[test]
    fn deny_entries_win_for_paths_and_link_targets() {
        let tmp = tempfile::tempdir().unwrap();
        let base = tmp.path().canonicalize().unwrap();
        std::fs::create_dir(base.join("secret")).unwrap();
        std::fs::write(base.join("secret/a.js"), "S").unwrap();
        std::os::unix::fs::symlink("secret", base.join("open")).unwrap();
        let mut m = ModuleState::new(vec![base.clone()]).deny(Scope::Some(vec![base.join("secret")]));
        for path in ["secret/a.js", "open/a.js"] {
            let r = m.read(format!("{}/{path}", base.display())).unwrap();
            assert!(matches!(r, Err(Error::Denied(_))), "{path}: {r:?}");
        }
    }

    #[test]
    fn reads_and_stats_inside() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("a.js"), b"x\xff").unwrap();
        let mut m = ModuleState::new(vec![tmp.path().to_path_buf()]);
        let p = |s: &str| format!("{}/{s}", tmp.path().display());
        assert!(matches!(m.stat(p("a.js")).unwrap(), Ok(Kind::File)));
        assert!(matches!(m.stat(p("")).unwrap(), Ok(Kind::Directory)));
        assert!(matches!(m.stat(p("nope")).unwrap(), Ok(Kind::Missing)));
        assert_eq!(m.read(p("a.js")).unwrap().unwrap(), "x\u{fffd}");
    }
}
