//! The fs operations themselves. Each runs on a blocking thread (or the caller's, when the
//! embedder allows it) and reaches files only through `Roots::resolve` or an fd it opened.
use super::errors::{code, denied, os, os_at};
use super::resolve::{Access, Roots, Target};
use crate::bindings::capjs::runtime::fs::{Entry, EntryKind, Op, Reply, Stat, Timespec};
use crate::bindings::capjs::runtime::types::Error;
use cap_primitives::fs::{self as cap, FollowSymlinks};
use std::{
    collections::HashMap,
    fs::File,
    io::{self, Read, Write},
    os::unix::fs::{FileExt, MetadataExt, PermissionsExt},
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
    time::{SystemTime, UNIX_EPOCH},
};

const O_WRONLY: u32 = 0o1;
const O_RDWR: u32 = 0o2;
const O_CREAT: u32 = 0o100;
const O_EXCL: u32 = 0o200;
const O_TRUNC: u32 = 0o1000;
const O_APPEND: u32 = 0o2000;
const O_DSYNC: u32 = 0o10000;
const O_DIRECTORY: u32 = 0o200000;
const O_NOFOLLOW: u32 = 0o400000;
const O_SYNC: u32 = 0o4010000;
const W_OK: u32 = 2;

/// The most one `read` call returns; callers loop, as they must for any short read.
const MAX_READ: u64 = 64 << 20;

/// One open file in a sandbox's fd table.
#[derive(Clone)]
struct OpenFile {
    file: Arc<File>,
    /// The write grant covered this file when it was opened: fd calls that change the
    /// file (ftruncate, fchmod, futimes) need it even if the OS would allow them.
    may_write: bool,
    abs: PathBuf,
}

#[derive(Default)]
struct Fds {
    next: u32,
    open: HashMap<u32, OpenFile>,
}

/// Everything an operation needs, shared with the blocking threads that run them.
pub struct FsCtx {
    pub roots: Roots,
    fds: Mutex<Fds>,
    max_handles: usize,
    /// The largest file `read-file` returns (the guest could not hold more).
    max_file: u64,
}

impl FsCtx {
    pub fn new(roots: Roots, max_handles: usize, max_file: u64) -> Self {
        // Start above stdio, as a process's first files do.
        FsCtx { roots, fds: Mutex::new(Fds { next: 3, open: HashMap::new() }), max_handles, max_file }
    }

    fn fd(&self, fd: u32) -> Result<OpenFile, Error> {
        // Unknown and closed fds, and any fd from another sandbox, are simply not here.
        self.fds.lock().unwrap().open.get(&fd).cloned().ok_or_else(|| code("EBADF"))
    }

    fn insert(&self, f: OpenFile) -> Result<u32, Error> {
        let mut fds = self.fds.lock().unwrap();
        if fds.open.len() >= self.max_handles {
            return Err(code("EMFILE"));
        }
        let mut fd = fds.next;
        while fds.open.contains_key(&fd) {
            fd = fd.checked_add(1).unwrap_or(3);
        }
        fds.next = fd.checked_add(1).unwrap_or(3);
        fds.open.insert(fd, f);
        Ok(fd)
    }
}

/// Runs one operation.
pub fn run(ctx: &FsCtx, op: Op) -> Result<Reply, Error> {
    let roots = &ctx.roots;
    match op {
        Op::Open((path, flags, mode)) => {
            let (file, may_write, abs) = open(roots, &path, flags, mode, true)?;
            Ok(Reply::Fd(ctx.insert(OpenFile { file: Arc::new(file), may_write, abs })?))
        }
        Op::Close(fd) => match ctx.fds.lock().unwrap().open.remove(&fd) {
            Some(_) => Ok(Reply::None),
            None => Err(code("EBADF")),
        },
        Op::Read((fd, len, pos)) => {
            let f = ctx.fd(fd)?;
            let mut buf = vec![0; len.min(MAX_READ) as usize];
            let n = retry(|| match pos {
                Some(p) => f.file.read_at(&mut buf, p),
                None => (&*f.file).read(&mut buf),
            })
            .map_err(|e| os(&e))?;
            buf.truncate(n);
            Ok(Reply::Bytes(buf))
        }
        Op::Write((fd, data, pos)) => {
            let f = ctx.fd(fd)?;
            match pos {
                Some(p) => f.file.write_all_at(&data, p),
                None => (&*f.file).write_all(&data),
            }
            .map_err(|e| os(&e))?;
            Ok(Reply::Size(data.len() as u64))
        }
        Op::Fsync(fd) => ctx.fd(fd)?.file.sync_all().map(|_| Reply::None).map_err(|e| os(&e)),
        Op::Fdatasync(fd) => ctx.fd(fd)?.file.sync_data().map(|_| Reply::None).map_err(|e| os(&e)),
        Op::Fstat(fd) => {
            let m = ctx.fd(fd)?.file.metadata().map_err(|e| os(&e))?;
            Ok(Reply::Stat(stat_std(&m)))
        }
        Op::Ftruncate((fd, len)) => {
            let f = writable_fd(ctx, fd)?;
            f.file.set_len(len).map(|_| Reply::None).map_err(|e| os(&e))
        }
        Op::Fchmod((fd, mode)) => {
            let f = writable_fd(ctx, fd)?;
            f.file
                .set_permissions(std::fs::Permissions::from_mode(mode & 0o7777))
                .map(|_| Reply::None)
                .map_err(|e| os(&e))
        }
        Op::Futimes((fd, atime, mtime)) => {
            let f = writable_fd(ctx, fd)?;
            rustix::fs::futimens(&*f.file, &timestamps(atime, mtime)).map(|_| Reply::None).map_err(|e| os(&e.into()))
        }
        Op::Stat(path) => stat(roots, &path, true),
        Op::Lstat(path) => stat(roots, &path, false),
        Op::Access((path, mode)) => {
            let t = roots.resolve(&path, if mode & W_OK != 0 { Access::ReadWrite } else { Access::Read }, true)?;
            let kind = if mode & 7 == 0 {
                cap::AccessType::Exists
            } else {
                cap::AccessType::Access(cap::AccessModes {
                    readable: mode & 4 != 0,
                    writable: mode & 2 != 0,
                    executable: mode & 1 != 0,
                })
            };
            cap::access(&t.dir, &t.rel, kind, FollowSymlinks::Yes)
                .map(|_| Reply::None)
                .map_err(|e| err(&e, &t, "FileSystemRead"))
        }
        Op::Readdir(path) => {
            let t = roots.resolve(&path, Access::Read, true)?;
            let rd = cap::read_dir(&t.dir, &t.rel).map_err(|e| err(&e, &t, "FileSystemRead"))?;
            let mut out = Vec::new();
            for e in rd {
                let e = e.map_err(|e| os(&e))?;
                let kind = e.file_type().map_or(EntryKind::Unknown, |ft| kind_of(&ft));
                out.push((e.file_name(), kind));
            }
            // libuv's scandir sorts by bytes (strcmp), so Node's readdir is sorted; do it here,
            // where it is cheap, rather than in the guest's interpreter.
            out.sort_unstable_by(|a, b| a.0.as_encoded_bytes().cmp(b.0.as_encoded_bytes()));
            Ok(Reply::Entries(
                out.into_iter().map(|(n, kind)| Entry { name: n.to_string_lossy().into_owned(), kind }).collect(),
            ))
        }
        Op::Mkdir((path, mode, recursive)) => mkdir(roots, &path, mode, recursive),
        Op::Rmdir(path) => {
            let t = roots.resolve(&path, Access::Write, false)?;
            cap::remove_dir(&t.dir, &t.rel).map(|_| Reply::None).map_err(|e| err(&e, &t, "FileSystemWrite"))
        }
        Op::Rm((path, recursive)) => {
            let t = roots.resolve(&path, Access::Write, false)?;
            let m = cap::stat(&t.dir, &t.rel, FollowSymlinks::No).map_err(|e| err(&e, &t, "FileSystemWrite"))?;
            let r = if m.is_dir() {
                if !recursive {
                    return Err(code("EISDIR"));
                }
                cap::remove_dir_all(&t.dir, &t.rel)
            } else {
                cap::remove_file(&t.dir, &t.rel)
            };
            r.map(|_| Reply::None).map_err(|e| err(&e, &t, "FileSystemWrite"))
        }
        Op::Unlink(path) => {
            let t = roots.resolve(&path, Access::Write, false)?;
            cap::remove_file(&t.dir, &t.rel).map(|_| Reply::None).map_err(|e| err(&e, &t, "FileSystemWrite"))
        }
        Op::Rename((from, to)) => {
            let a = roots.resolve(&from, Access::Write, false)?;
            let b = roots.resolve(&to, Access::Write, false)?;
            cap::rename(&a.dir, &a.rel, &b.dir, &b.rel).map(|_| Reply::None).map_err(|e| err(&e, &a, "FileSystemWrite"))
        }
        Op::CopyFile((from, to, excl)) => {
            let a = roots.resolve(&from, Access::Read, true)?;
            let b = roots.resolve(&to, Access::Write, true)?;
            if excl && cap::stat(&b.dir, &b.rel, FollowSymlinks::No).is_ok() {
                return Err(code("EEXIST"));
            }
            cap::copy(&a.dir, &a.rel, &b.dir, &b.rel).map(|_| Reply::None).map_err(|e| err(&e, &a, "FileSystemRead"))
        }
        Op::Truncate((path, len)) => {
            let t = roots.resolve(&path, Access::Write, true)?;
            let mut o = cap::OpenOptions::new();
            o.write(true);
            let f = cap::open(&t.dir, &t.rel, &o).map_err(|e| err(&e, &t, "FileSystemWrite"))?;
            f.set_len(len).map(|_| Reply::None).map_err(|e| os(&e))
        }
        Op::Chmod((path, mode)) => {
            let t = roots.resolve(&path, Access::Write, true)?;
            let perm = cap::Permissions::from_std(std::fs::Permissions::from_mode(mode & 0o7777));
            cap::set_permissions(&t.dir, &t.rel, perm).map(|_| Reply::None).map_err(|e| err(&e, &t, "FileSystemWrite"))
        }
        Op::Utimes((path, atime, mtime, follow)) => {
            let t = roots.resolve(&path, Access::Write, follow)?;
            utimes(&t, follow, &timestamps(atime, mtime))
                .map(|_| Reply::None)
                .map_err(|e| err(&e, &t, "FileSystemWrite"))
        }
        Op::Symlink((target, path)) => {
            // A symlink is a path the script chooses for later resolution by anyone: only a
            // sandbox that may already read and write everything may create one.
            let g = roots.grants();
            let everything = |gr: &crate::permissions::Grant<PathBuf>| {
                matches!(gr.allow, crate::permissions::Scope::All) && matches!(gr.deny, crate::permissions::Scope::None)
            };
            if !everything(&g.read) || !everything(&g.write) {
                return Err(denied("FileSystemWrite", &roots.absolute(&path)));
            }
            let t = roots.resolve(&path, Access::ReadWrite, false)?;
            cap::symlink_contents(&target, &t.dir, &t.rel)
                .map(|_| Reply::None)
                .map_err(|e| err(&e, &t, "FileSystemWrite"))
        }
        Op::Readlink(path) => {
            let t = roots.resolve(&path, Access::Read, false)?;
            let p = cap::read_link_contents(&t.dir, &t.rel).map_err(|e| err(&e, &t, "FileSystemRead"))?;
            Ok(Reply::Path(p.to_string_lossy().into_owned()))
        }
        Op::Realpath(path) => {
            let t = roots.resolve(&path, Access::Read, true)?;
            let c = cap::canonicalize(&t.dir, &t.rel).map_err(|e| err(&e, &t, "FileSystemRead"))?;
            let real = crate::permissions::normalize(Path::new("/"), &t.base.join(c));
            Ok(Reply::Path(real.display().to_string()))
        }
        Op::Link((existing, new)) => {
            // A hard link is the same file under a new name, so it needs write on the original.
            let a = roots.resolve(&existing, Access::ReadWrite, false)?;
            let b = roots.resolve(&new, Access::Write, false)?;
            cap::hard_link(&a.dir, &a.rel, &b.dir, &b.rel)
                .map(|_| Reply::None)
                .map_err(|e| err(&e, &a, "FileSystemWrite"))
        }
        Op::Mkdtemp(prefix) => {
            for attempt in 0..100u32 {
                let name = format!("{prefix}{}", random_suffix(attempt));
                let t = roots.resolve(&name, Access::Write, false)?;
                match cap::create_dir(&t.dir, &t.rel, &dir_options(0o700)) {
                    Ok(()) => return Ok(Reply::Path(name)),
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(err(&e, &t, "FileSystemWrite")),
                }
            }
            Err(code("EEXIST"))
        }
        Op::ReadFile((path, flags)) => {
            let (file, _, _) = open(roots, &path, flags, 0o666, false)?;
            read_all(&file, ctx.max_file).map(Reply::Bytes)
        }
        Op::WriteFile((path, data, flags, mode)) => {
            let (mut file, _, _) = open(roots, &path, flags, mode, false)?;
            file.write_all(&data).map(|_| Reply::None).map_err(|e| os(&e))
        }
    }
}

/// Opens `path` with Node's numeric flags; returns the file, whether the write grant
/// covers it (worked out only for an `fd` that outlives this call), and its absolute path.
fn open(roots: &Roots, path: &str, flags: u32, mode: u32, fd: bool) -> Result<(File, bool, PathBuf), Error> {
    let acc = flags & 3;
    let read = acc != O_WRONLY;
    // Creating, truncating or appending changes the file even through a read-only fd.
    let write = acc == O_WRONLY || acc == O_RDWR || flags & (O_CREAT | O_TRUNC | O_APPEND) != 0;
    let access = match (read, write) {
        (true, true) => Access::ReadWrite,
        (false, true) => Access::Write,
        _ => Access::Read,
    };
    let follow = flags & O_NOFOLLOW == 0;
    let t = roots.resolve(path, access, follow)?;
    let mut o = cap::OpenOptions::new();
    o.read(read || acc == 0)
        .write(acc == O_WRONLY || acc == O_RDWR)
        .append(flags & O_APPEND != 0)
        .truncate(flags & O_TRUNC != 0 && acc != 0)
        ._cap_fs_ext_maybe_dir(true)
        ._cap_fs_ext_follow(if follow { FollowSymlinks::Yes } else { FollowSymlinks::No })
        ._cap_fs_ext_sync(flags & O_SYNC == O_SYNC)
        ._cap_fs_ext_dsync(flags & O_DSYNC != 0 && flags & O_SYNC != O_SYNC);
    if flags & O_CREAT != 0 {
        if flags & O_EXCL != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
        // std refuses to create without write access; O_RDONLY|O_CREAT is rare but legal.
        if acc == 0 {
            o.write(true);
        }
    }
    {
        use cap_primitives::fs::OpenOptionsExt;
        o.mode(mode & 0o7777);
    }
    let f = cap::open(&t.dir, &t.rel, &o)
        .map_err(|e| err(&e, &t, if write { "FileSystemWrite" } else { "FileSystemRead" }))?;
    if flags & O_DIRECTORY != 0 && !f.metadata().map_err(|e| os(&e))?.is_dir() {
        return Err(code("ENOTDIR"));
    }
    let may_write = write || (fd && roots.resolve(path, Access::Write, follow).is_ok());
    Ok((f, may_write, t.abs))
}

fn writable_fd(ctx: &FsCtx, fd: u32) -> Result<OpenFile, Error> {
    let f = ctx.fd(fd)?;
    // Re-check the grant the fd was opened under: a read-only grant never changes a file.
    if !f.may_write {
        return Err(denied("FileSystemWrite", &f.abs));
    }
    Ok(f)
}

fn read_all(mut file: &File, max: u64) -> Result<Vec<u8>, Error> {
    let hint = file.metadata().map(|m| m.len()).unwrap_or(0);
    if hint > max {
        return Err(too_large(hint));
    }
    let mut buf = Vec::with_capacity(hint as usize + 1);
    // Bounded even for files that never end (/dev/zero) or grow while read.
    let n = (&mut file).take(max + 1).read_to_end(&mut buf).map_err(|e| os(&e))?;
    if n as u64 > max {
        return Err(too_large(n as u64));
    }
    Ok(buf)
}

fn too_large(size: u64) -> Error {
    Error::Os(("ERR_FS_FILE_TOO_LARGE".into(), format!("File size ({size}) is greater than the sandbox's limit")))
}

/// A `Stat` from cap-std's or std's metadata: the two have the same accessors under
/// different traits. `birth` is the creation time, when the filesystem records one.
macro_rules! stat_of {
    ($m:expr, $birth:expr) => {
        Stat {
            dev: $m.dev(),
            ino: $m.ino(),
            mode: $m.mode(),
            nlink: $m.nlink(),
            uid: $m.uid(),
            gid: $m.gid(),
            rdev: $m.rdev(),
            size: $m.size(),
            blksize: $m.blksize(),
            blocks: $m.blocks(),
            atime: ts($m.atime(), $m.atime_nsec()),
            mtime: ts($m.mtime(), $m.mtime_nsec()),
            ctime: ts($m.ctime(), $m.ctime_nsec()),
            birthtime: $birth.map_or(ts(0, 0), system_ts),
        }
    };
}

fn stat(roots: &Roots, path: &str, follow: bool) -> Result<Reply, Error> {
    let t = roots.resolve(path, Access::Read, follow)?;
    let f = if follow { FollowSymlinks::Yes } else { FollowSymlinks::No };
    let m = cap::stat(&t.dir, &t.rel, f).map_err(|e| err(&e, &t, "FileSystemRead"))?;
    use cap_primitives::fs::MetadataExt as _;
    let birth = m.created().ok().map(|t| t.into_std());
    Ok(Reply::Stat(stat_of!(m, birth)))
}

fn stat_std(m: &std::fs::Metadata) -> Stat {
    stat_of!(m, m.created().ok())
}

fn ts(sec: i64, nsec: i64) -> Timespec {
    Timespec { sec, nsec: nsec.clamp(0, 999_999_999) as u32 }
}

fn system_ts(t: SystemTime) -> Timespec {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => Timespec { sec: d.as_secs() as i64, nsec: d.subsec_nanos() },
        Err(e) => {
            let d = e.duration();
            let (s, n) = (d.as_secs() as i64, d.subsec_nanos());
            if n == 0 {
                Timespec { sec: -s, nsec: 0 }
            } else {
                Timespec { sec: -s - 1, nsec: 1_000_000_000 - n }
            }
        }
    }
}

/// Times as utimensat takes them: pre-1970 times are ordinary (negative seconds), which
/// SystemTime-based APIs cannot all represent.
fn timestamps(atime: Timespec, mtime: Timespec) -> rustix::fs::Timestamps {
    let ts = |t: Timespec| rustix::fs::Timespec { tv_sec: t.sec, tv_nsec: i64::from(t.nsec.min(999_999_999)) as _ };
    rustix::fs::Timestamps { last_access: ts(atime), last_modification: ts(mtime) }
}

/// Sets a path's times without letting the kernel follow a symlink out of the handle:
/// cap-std resolves the path (and, when following, the final link) beneath the root,
/// then utimensat acts on one name in the opened parent folder, never following.
fn utimes(t: &Target, follow: bool, times: &rustix::fs::Timestamps) -> io::Result<()> {
    let rel = if follow { cap::canonicalize(&t.dir, &t.rel)? } else { t.rel.clone() };
    let (parent, name) = match (rel.parent(), rel.file_name()) {
        (Some(p), Some(n)) => (p.to_path_buf(), n.to_os_string()),
        _ => (PathBuf::from("."), std::ffi::OsString::from(".")),
    };
    let parent = if parent.as_os_str().is_empty() { PathBuf::from(".") } else { parent };
    let dir = cap::open_dir(&t.dir, &parent)?;
    rustix::fs::utimensat(&dir, name.as_os_str(), times, rustix::fs::AtFlags::SYMLINK_NOFOLLOW).map_err(io::Error::from)
}

fn kind_of(ft: &cap::FileType) -> EntryKind {
    use cap_primitives::fs::FileTypeExt;
    if ft.is_file() {
        EntryKind::File
    } else if ft.is_dir() {
        EntryKind::Directory
    } else if ft.is_symlink() {
        EntryKind::Symlink
    } else if ft.is_fifo() {
        EntryKind::Fifo
    } else if ft.is_socket() {
        EntryKind::Socket
    } else if ft.is_char_device() {
        EntryKind::CharDevice
    } else if ft.is_block_device() {
        EntryKind::BlockDevice
    } else {
        EntryKind::Unknown
    }
}

fn dir_options(mode: u32) -> cap::DirOptions {
    use cap_primitives::fs::DirBuilderExt;
    let mut o = cap::DirOptions::new();
    o.mode(mode & 0o7777);
    o
}

fn mkdir(roots: &Roots, path: &str, mode: u32, recursive: bool) -> Result<Reply, Error> {
    let t = roots.resolve(path, Access::Write, false)?;
    let opts = dir_options(mode);
    if !recursive {
        return cap::create_dir(&t.dir, &t.rel, &opts)
            .map(|_| Reply::Created(None))
            .map_err(|e| err(&e, &t, "FileSystemWrite"));
    }
    // mkdir -p: create each missing component in turn, and report the first one created.
    let mut first = None;
    let mut at = PathBuf::new();
    for c in t.rel.components() {
        at.push(c);
        match cap::create_dir(&t.dir, &at, &opts) {
            Ok(()) => {
                first.get_or_insert_with(|| t.base.join(&at));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => match cap::stat(&t.dir, &at, FollowSymlinks::Yes) {
                Ok(m) if m.is_dir() => {}
                Ok(_) if at == t.rel => return Err(code("EEXIST")),
                Ok(_) => return Err(code("ENOTDIR")),
                Err(e) => return Err(err(&e, &t, "FileSystemWrite")),
            },
            Err(e) => return Err(err(&e, &t, "FileSystemWrite")),
        }
    }
    Ok(Reply::Created(first.map(|p| crate::permissions::normalize(Path::new("/"), &p).display().to_string())))
}

/// An I/O error on a resolved target; an escape cap-std refused names the target.
fn err(e: &io::Error, t: &Target, permission: &str) -> Error {
    os_at(e, permission, &t.abs)
}

fn retry<T>(mut f: impl FnMut() -> io::Result<T>) -> io::Result<T> {
    loop {
        match f() {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

/// Six characters for mkdtemp, from the std hasher's per-process random keys.
fn random_suffix(attempt: u32) -> String {
    use std::hash::{BuildHasher, Hasher};
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(attempt);
    h.write_u128(SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
    let mut v = h.finish();
    (0..6)
        .map(|_| {
            let c = CHARS[(v % CHARS.len() as u64) as usize] as char;
            v /= CHARS.len() as u64;
            c
        })
        .collect()
}
