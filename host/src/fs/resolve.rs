//! Maps a script's path onto a granted directory handle and a path beneath it. The grant
//! check is lexical (on the normalized absolute path); confinement is structural: cap-std
//! resolves the rest beneath the handle, so `..`, symlinks and races cannot leave it.
use super::errors::denied;
use crate::bindings::capjs::runtime::types::Error;
use crate::permissions::{normalize, Grant, Grants, Scope};
use std::{
    fs::File,
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
};

/// Which grants an operation needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
    ReadWrite,
}

impl Access {
    fn reads(self) -> bool {
        self != Access::Write
    }
    fn writes(self) -> bool {
        self != Access::Read
    }
}

/// A path resolved beneath a granted handle.
pub struct Target {
    /// The directory handle everything is resolved beneath.
    pub dir: Arc<File>,
    /// Where `dir` is, as an absolute path.
    pub base: PathBuf,
    /// The path beneath `dir` ("." for `dir` itself).
    pub rel: PathBuf,
    /// The script's path, normalized and absolute (what denials name).
    pub abs: PathBuf,
}

/// The grant roots of one sandbox and their opened handles.
pub struct Roots {
    grants: Arc<Grants>,
    cwd: PathBuf,
    handles: Mutex<Vec<(PathBuf, Arc<File>)>>,
}

impl Roots {
    pub fn new(grants: Arc<Grants>, cwd: PathBuf) -> Self {
        Roots { grants, cwd, handles: Mutex::new(Vec::new()) }
    }

    pub fn grants(&self) -> &Grants {
        &self.grants
    }

    /// The normalized absolute form of a script's path.
    pub fn absolute(&self, path: &str) -> PathBuf {
        normalize(&self.cwd, Path::new(path))
    }

    /// Resolves `path` for `access`. `follow` says whether the operation follows a symlink
    /// in the last component, which matters only when the real target is checked again.
    pub fn resolve(&self, path: &str, access: Access, follow: bool) -> Result<Target, Error> {
        let abs = self.absolute(path);
        let mut chosen = None;
        for (wanted, grant, perm) in [
            (access.reads(), &self.grants.read, "FileSystemRead"),
            (access.writes(), &self.grants.write, "FileSystemWrite"),
        ] {
            if !wanted {
                continue;
            }
            // Deny by default; a deny entry wins over any allow entry.
            let root = root_for(grant, &abs).ok_or_else(|| denied(perm, &abs))?;
            if !grant.permits(|r| abs.starts_with(r)) {
                return Err(denied(perm, &abs));
            }
            // /proc and /dev hold the host's secrets (environ, mem, ptmx): only a grant that
            // names them reaches them, never a broad one such as `/`.
            if is_special(&abs) && !is_special(&root) {
                return Err(denied(perm, &abs));
            }
            // Write-type operations act through the write grant's handle.
            if chosen.is_none() || access.writes() {
                chosen = Some((root, grant, perm));
            }
        }
        let (root, grant, perm) = chosen.ok_or_else(|| denied("FileSystemRead", &abs))?;
        let (dir, base) = self.handle(&root)?;
        let mut rel = abs.strip_prefix(&base).map(Path::to_path_buf).unwrap_or_default();
        if rel.as_os_str().is_empty() {
            rel = PathBuf::from(".");
        } else if path.ends_with('/') {
            // Keep "must be a directory" (a trailing slash) for the kernel to enforce.
            rel.push("");
        }
        let target = Target { dir, base, rel, abs };
        // A symlink inside the root can point at a denied sub-path or into /proc. cap-std
        // keeps it inside the root, so only those two cases need the real target checked.
        let deny_list = matches!(grant.deny, Scope::Some(_));
        if deny_list || Path::new("/proc").starts_with(&root) || Path::new("/dev").starts_with(&root) {
            let ok = real_path(&target, follow).is_some_and(|real| {
                grant.permits(|r| real.starts_with(r)) && (!is_special(&real) || is_special(&root))
            });
            if !ok {
                return Err(denied(perm, &target.abs));
            }
        }
        Ok(target)
    }

    /// The handle for a grant root, opened once. A root that does not exist yet (a grant
    /// for a folder the script will create) resolves beneath its nearest existing ancestor.
    fn handle(&self, root: &Path) -> Result<(Arc<File>, PathBuf), Error> {
        let mut handles = self.handles.lock().unwrap();
        if let Some((_, h)) = handles.iter().find(|(r, _)| r == root) {
            return Ok((h.clone(), root.to_path_buf()));
        }
        let mut at = root.to_path_buf();
        loop {
            match cap_primitives::fs::open_ambient_dir(&at, cap_primitives::ambient_authority()) {
                Ok(f) => {
                    let f = Arc::new(f);
                    if at == root {
                        handles.push((at.clone(), f.clone()));
                    }
                    return Ok((f, at));
                }
                Err(_) if at.pop() => continue,
                Err(e) => return Err(super::errors::os(&e)),
            }
        }
    }
}

/// The longest allow entry covering `abs` ("/" for an allow-all grant).
fn root_for<T: AsRef<Path>>(grant: &Grant<T>, abs: &Path) -> Option<PathBuf> {
    match &grant.allow {
        Scope::None => None,
        Scope::All => Some(PathBuf::from("/")),
        Scope::Some(v) => v
            .iter()
            .map(AsRef::as_ref)
            .filter(|r| abs.starts_with(r))
            .max_by_key(|r| r.components().count())
            .map(Path::to_path_buf),
    }
}

pub fn is_special(p: &Path) -> bool {
    p.starts_with("/proc") || p.starts_with("/dev")
}

/// Where `target` really is once symlinks are followed (all but the last component unless
/// `follow`): the longest existing prefix, canonicalized beneath the handle (so it cannot
/// leave it), plus the components that do not exist yet. None when that cannot be known,
/// which the caller treats as a denial.
fn real_path(t: &Target, follow: bool) -> Option<PathBuf> {
    let parts: Vec<_> = t.rel.components().collect();
    let mut keep = if follow { parts.len() } else { parts.len().saturating_sub(1) };
    loop {
        let prefix: PathBuf = if keep == 0 { PathBuf::from(".") } else { parts[..keep].iter().collect() };
        match cap_primitives::fs::canonicalize(&t.dir, &prefix) {
            Ok(c) => {
                let mut real = t.base.join(c);
                real.extend(&parts[keep..]);
                return Some(crate::permissions::normalize(Path::new("/"), &real));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && keep > 0 => keep -= 1,
            Err(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grants(read: &[&str], write: &[&str]) -> Arc<Grants> {
        let scope = |v: &[&str]| Scope::Some(v.iter().map(PathBuf::from).collect());
        Arc::new(Grants {
            read: Grant { allow: scope(read), deny: Scope::None },
            write: Grant { allow: scope(write), deny: Scope::None },
            ..Default::default()
        })
    }

    #[test]
    fn lexical_checks_table() {
        let roots = Roots::new(grants(&["/tmp"], &["/tmp/w"]), PathBuf::from("/tmp"));
        for (path, access, ok) in [
            ("x", Access::Read, true),
            ("../etc/passwd", Access::Read, false),
            ("/tmp//..//etc", Access::Read, false),
            ("x", Access::Write, false),
            ("w/x", Access::Write, true),
            ("w/../x", Access::Write, false),
            ("w/x", Access::ReadWrite, true),
            ("/tmpx", Access::Read, false),
        ] {
            let r = roots.resolve(path, access, true);
            assert_eq!(r.is_ok(), ok, "{path} {access:?}: {:?}", r.err());
        }
    }

    #[test]
    fn proc_and_dev_need_an_exact_grant() {
        let all = Arc::new(Grants { read: Grant::all(), ..Default::default() });
        let roots = Roots::new(all, PathBuf::from("/"));
        for p in ["/proc/self/environ", "/dev/ptmx", "/proc/self/root/etc/passwd", "/proc"] {
            assert!(roots.resolve(p, Access::Read, true).is_err(), "{p}");
        }
        assert!(roots.resolve("/etc/hostname", Access::Read, true).is_ok());
        let exact = Roots::new(grants(&["/dev/null"], &[]), PathBuf::from("/"));
        assert!(exact.resolve("/dev/null", Access::Read, true).is_ok());
    }

    #[test]
    #[allow(clippy::disallowed_methods)]
    fn deny_entries_apply_to_symlink_targets() {
        let tmp = tempfile::tempdir().unwrap();
        let base = tmp.path().canonicalize().unwrap();
        std::fs::create_dir(base.join("secret")).unwrap();
        std::fs::write(base.join("secret/key"), "k").unwrap();
        // Relative, so cap-std follows it (it refuses absolute targets outright).
        std::os::unix::fs::symlink("secret", base.join("open")).unwrap();
        let g = Arc::new(Grants {
            read: Grant { allow: Scope::Some(vec![base.clone()]), deny: Scope::Some(vec![base.join("secret")]) },
            ..Default::default()
        });
        let roots = Roots::new(g, base.clone());
        assert!(roots.resolve("secret/key", Access::Read, true).is_err());
        assert!(roots.resolve("open/key", Access::Read, true).is_err());
        assert!(roots.resolve("open", Access::Read, false).is_ok());
        // Not-yet-existing paths below a link are judged by where they would land.
        assert!(roots.resolve("open/new/deeper", Access::Read, true).is_err());
    }
}
