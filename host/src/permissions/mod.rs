//! Per-sandbox grants (DESIGN.md §4): deny by default, deny wins over allow, and every
//! check happens here in the host. The flag parser lives in `parse`.
mod parse;

pub use parse::{parse_list, parse_net, Entries, ListKind, ParseError};

use std::path::{Component, Path, PathBuf};

/// One permission's allow or deny side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Scope<T> {
    /// Nothing (the default: denial).
    #[default]
    None,
    /// Everything of this kind.
    All,
    /// Only these items.
    Some(Vec<T>),
}

/// Allow and deny lists for one permission; deny wins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant<T> {
    pub allow: Scope<T>,
    pub deny: Scope<T>,
}

impl<T> Default for Grant<T> {
    fn default() -> Self {
        Grant { allow: Scope::None, deny: Scope::None }
    }
}

impl<T> Grant<T> {
    /// Everything allowed, nothing denied.
    pub fn all() -> Self {
        Grant { allow: Scope::All, deny: Scope::None }
    }

    /// Whether `matches(item, entry)` holds for an allow entry and for no deny entry.
    pub fn permits(&self, matches: impl Fn(&T) -> bool) -> bool {
        let hit = |s: &Scope<T>| match s {
            Scope::None => false,
            Scope::All => true,
            Scope::Some(v) => v.iter().any(&matches),
        };
        // Deny wins: a matching deny entry refuses even an explicit allow.
        hit(&self.allow) && !hit(&self.deny)
    }

    /// True when nothing at all is allowed.
    pub fn is_denied(&self) -> bool {
        matches!(self.allow, Scope::None) || matches!(self.deny, Scope::All)
    }
}

/// A network grant entry: a host name or IP, with an optional port.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetTarget {
    pub host: String,
    pub port: Option<u16>,
}

/// Every grant a sandbox holds. `Grants::default()` allows nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grants {
    pub read: Grant<PathBuf>,
    pub write: Grant<PathBuf>,
    pub net: Grant<NetTarget>,
    pub env: Grant<String>,
    /// Programs, pinned to absolute paths when granted.
    pub run: Grant<PathBuf>,
    /// Real host facts in `os`.
    pub sys: bool,
}

impl Grants {
    /// Every permission (`--allow-all`).
    pub fn all() -> Self {
        Grants {
            read: Grant::all(),
            write: Grant::all(),
            net: Grant::all(),
            env: Grant::all(),
            run: Grant::all(),
            sys: true,
        }
    }

    /// May the script see environment variable `name`?
    pub fn env_allows(&self, name: &str) -> bool {
        self.env.permits(|pat| env_matches(pat, name))
    }

    /// May the script read `path` (absolute, already normalized)?
    pub fn read_allows(&self, path: &Path) -> bool {
        self.read.permits(|root| path.starts_with(root))
    }

    /// Read-grant roots, for building directory handles.
    pub fn read_roots(&self) -> Vec<PathBuf> {
        match &self.read.allow {
            Scope::All => vec![PathBuf::from("/")],
            Scope::Some(v) => v.clone(),
            Scope::None => Vec::new(),
        }
    }
}

/// `FOO` matches exactly; `FOO_*` matches any name with that prefix (Deno's form).
fn env_matches(pattern: &str, name: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => pattern == name,
    }
}

/// Finds `program` the way a shell would (a path with `/` is taken as is, relative to
/// `cwd`), and returns its absolute path, so the grant names one file for good.
// Reading PATH's folders is grant-time set-up on the host's own behalf.
#[allow(clippy::disallowed_methods)]
pub fn which(program: &str, cwd: &Path) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let is_exec = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0);
    if program.contains('/') {
        let p = normalize(cwd, Path::new(program));
        return is_exec(&p).then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| normalize(cwd, &d.join(program))).find(|p| is_exec(p))
}

/// Lexically normalizes `path` against `cwd`: absolute, no `.` or `..`, no trailing slash.
/// Symlinks are not followed here; cap-std handles them when the path is opened.
pub fn normalize(cwd: &Path, path: &Path) -> PathBuf {
    let mut out = PathBuf::from("/");
    let joined = if path.is_absolute() { path.to_path_buf() } else { cwd.join(path) };
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(s) => out.push(s),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_denies_everything() {
        let g = Grants::default();
        assert!(!g.env_allows("HOME"));
        assert!(!g.read_allows(Path::new("/")));
        assert!(g.env.is_denied());
    }

    #[test]
    fn deny_wins_over_allow() {
        let g = Grant { allow: Scope::All, deny: Scope::Some(vec!["SECRET".to_string()]) };
        assert!(g.permits(|p| env_matches(p, "HOME")));
        assert!(!g.permits(|p| env_matches(p, "SECRET")));
        let g = Grant { allow: Scope::Some(vec!["A".to_string()]), deny: Scope::All };
        assert!(!g.permits(|p| env_matches(p, "A")));
    }

    #[test]
    fn env_prefix_patterns() {
        let g =
            Grants { env: Grant { allow: Scope::Some(vec!["APP_*".into()]), deny: Scope::None }, ..Default::default() };
        assert!(g.env_allows("APP_PORT"));
        assert!(!g.env_allows("APPX"));
    }

    #[test]
    fn read_is_component_wise() {
        let g = Grants {
            read: Grant { allow: Scope::Some(vec!["/data".into()]), deny: Scope::None },
            ..Default::default()
        };
        assert!(g.read_allows(Path::new("/data/x")));
        assert!(g.read_allows(Path::new("/data")));
        // A sibling sharing the prefix as a string is not inside the grant.
        assert!(!g.read_allows(Path::new("/database")));
    }

    #[test]
    fn which_pins_absolute_paths() {
        let sh = which("sh", Path::new("/")).expect("sh on PATH");
        assert!(sh.is_absolute() && sh.ends_with("sh"));
        assert_eq!(which("definitely-not-a-program-xyz", Path::new("/")), None);
        assert_eq!(which("/bin/sh", Path::new("/")), Some(PathBuf::from("/bin/sh")));
    }

    #[test]
    fn normalize_cases() {
        let cwd = Path::new("/app");
        for (input, want) in [
            ("data/../../etc/passwd", "/etc/passwd"),
            ("data//..//x", "/app/x"),
            ("/a/./b/", "/a/b"),
            ("../../../..", "/"),
            (".", "/app"),
        ] {
            assert_eq!(normalize(cwd, Path::new(input)), PathBuf::from(want), "{input}");
        }
    }
}
