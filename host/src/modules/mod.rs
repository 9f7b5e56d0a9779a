//! capjs:runtime/modules: reads module sources for require() and import. Every path
//! resolves beneath a cap-std directory handle for the app root or a read grant, so
//! `..` and symlinks cannot leave it.
use crate::bindings::capjs::runtime::{
    modules::{Host, Kind},
    types::{Denial, Error},
};
use crate::permissions::normalize;
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
}

impl ModuleState {
    /// Opens a handle for each root that exists; missing ones are skipped.
    pub fn new(roots: Vec<PathBuf>) -> Self {
        let mut m = ModuleState { roots: Vec::new() };
        for r in roots {
            m.add_root(r);
        }
        m
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

    /// The handle and relative path for `path`, or a denial.
    fn locate(&self, path: &str) -> Result<(&Dir, PathBuf), Error> {
        // The guest's path is hostile: normalize it again here, never trust the JS side.
        let abs = normalize(Path::new("/"), Path::new(path));
        for (root, dir) in &self.roots {
            if let Ok(rel) = abs.strip_prefix(root) {
                // /proc and /dev are reachable only through a grant that names them.
                if is_special(&abs) && !is_special(root) {
                    return Err(denied(path));
                }
                let rel = if rel.as_os_str().is_empty() { PathBuf::from(".") } else { rel.to_path_buf() };
                return Ok((dir, rel));
            }
        }
        Err(denied(path))
    }
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
            Ok(x) => x,
            Err(e) => return Ok(Err(e)),
        };
        Ok(match dir.metadata(&rel) {
            Ok(m) if m.is_dir() => Ok(Kind::Directory),
            Ok(_) => Ok(Kind::File),
            Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => Ok(Kind::Missing),
            Err(e) => Err(os_error(e, &path)),
        })
    }

    fn read(&mut self, path: String) -> wasmtime::Result<Result<String, Error>> {
        let (dir, rel) = match self.locate(&path) {
            Ok(x) => x,
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
