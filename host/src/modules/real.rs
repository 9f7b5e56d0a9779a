//! Symlink resolution for the module loader (Node's realpath), one component at a time.
//! A link may lead from one root into another (pnpm, workspaces, `npm link`), which a
//! single cap-std lookup beneath one handle refuses; here each step is looked up beneath
//! the handle of the root that names it, and a link out of every root is never followed.
use super::{denied, os_error, ModuleState, Place};
use crate::bindings::capjs::runtime::types::Error;
use std::{
    ffi::OsString,
    io::ErrorKind,
    path::{Component, Path, PathBuf},
};

/// Linux's limit on links followed in one lookup (MAXSYMLINKS).
const MAX_LINKS: usize = 40;

/// The symlink-free form of `abs` (absolute, normalized), or None if some part of it does not
/// exist. Parts outside every root are taken as named: the loader cannot look at them, and
/// any path that ends outside is denied by the caller. `path` is what errors name.
pub(super) fn resolve(m: &ModuleState, abs: &Path, path: &str) -> Result<Option<PathBuf>, Error> {
    // A stack of components still to walk, the next one last.
    let mut todo: Vec<OsString> = Vec::new();
    push(&mut todo, abs);
    let mut done = PathBuf::from("/");
    let mut links = 0;
    while let Some(c) = todo.pop() {
        if c == ".." {
            // `done` has no links in it, so its parent is the real parent.
            done.pop();
            continue;
        }
        let next = done.join(&c);
        let (dir, rel) = match m.place(&next) {
            Place::Inside(dir, rel) => (dir, rel),
            Place::Outside => {
                done = next;
                continue;
            }
            Place::Special => return Err(denied(path)),
        };
        let meta = match dir.symlink_metadata(&rel) {
            Ok(meta) => meta,
            Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => return Ok(None),
            Err(e) => return Err(os_error(e, path)),
        };
        if !meta.file_type().is_symlink() {
            done = next;
            continue;
        }
        links += 1;
        if links > MAX_LINKS {
            return Err(Error::Os(("ELOOP".into(), "too many symbolic links encountered".into())));
        }
        // Only the link's text is read here; its target is walked like any other path, so a
        // target outside every root is never looked at.
        let target = dir.read_link_contents(&rel).map_err(|e| os_error(e, path))?;
        if target.is_absolute() {
            done = PathBuf::from("/");
        }
        push(&mut todo, &target);
    }
    Ok(Some(done))
}

/// Puts `p`'s components on the stack so that its first component is walked next.
fn push(todo: &mut Vec<OsString>, p: &Path) {
    for c in p.components().rev() {
        match c {
            Component::Normal(s) => todo.push(s.to_os_string()),
            Component::ParentDir => todo.push("..".into()),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
}
