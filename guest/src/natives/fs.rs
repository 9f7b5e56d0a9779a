//! Natives for node:fs over capjs:runtime/fs: `fsSync` runs an operation and returns its
//! result (or throws Node's error), `fsAsync` submits one whose result comes back as an
//! `fs` loop event. JS passes ops by name with positional arguments.
use super::process::bytes_of;
use crate::capjs::runtime::fs::{self as host, Entry, Op, Reply, Stat, Timespec};
use crate::capjs::runtime::types::Error as HostError;
use crate::errors;
use javy::quickjs::{prelude::Opt, Array, Ctx, Error, Function, Object, Result, TypedArray, Value};
use std::{cell::RefCell, collections::HashMap};

/// What an error needs that the host does not echo back: Node's syscall name, the
/// path and destination as the script wrote them, and whether stats are BigInt.
#[derive(Clone)]
struct Meta {
    syscall: &'static str,
    path: Option<String>,
    dest: Option<String>,
    bigint: bool,
}

thread_local! {
    static PENDING: RefCell<HashMap<u32, Meta>> = RefCell::new(HashMap::new());
}

fn arg_str(v: &Option<Value<'_>>) -> Result<String> {
    match v.as_ref().and_then(|v| v.as_string()) {
        Some(s) => s.to_string(),
        None => Err(Error::new_from_js("value", "string")),
    }
}

fn arg_num(v: &Option<Value<'_>>) -> f64 {
    v.as_ref().and_then(|v| v.as_number()).unwrap_or(0.0)
}

fn arg_u32(v: &Option<Value<'_>>) -> u32 {
    arg_num(v).clamp(0.0, u32::MAX as f64) as u32
}

fn arg_u64(v: &Option<Value<'_>>) -> u64 {
    arg_num(v).clamp(0.0, u64::MAX as f64) as u64
}

/// A file position: null, undefined or negative mean "the current position".
fn arg_pos(v: &Option<Value<'_>>) -> Option<u64> {
    let n = v.as_ref().and_then(|v| v.as_number())?;
    (n >= 0.0).then_some(n as u64)
}

fn arg_bool(v: &Option<Value<'_>>) -> bool {
    v.as_ref().and_then(|v| v.as_bool()).unwrap_or(false)
}

fn arg_bytes(v: &Option<Value<'_>>) -> Vec<u8> {
    v.as_ref().and_then(bytes_of).unwrap_or_default()
}

/// Seconds (possibly fractional or negative) to a timespec, kept to the microsecond as
/// libuv does (so a time set and read back matches Node's).
fn arg_time(v: &Option<Value<'_>>) -> Timespec {
    let t = arg_num(v);
    let mut sec = t.trunc() as i64;
    let mut nsec = ((t * 1e6) as i64 % 1_000_000) * 1000;
    if nsec < 0 {
        nsec += 1_000_000_000;
        sec -= 1;
    }
    Timespec { sec, nsec: nsec as u32 }
}

/// Builds the host op and its error metadata from JS arguments.
fn op_of(name: &str, a: [Option<Value<'_>>; 4]) -> Result<(Op, Meta)> {
    let meta = |syscall, path: Option<String>, dest: Option<String>| Meta { syscall, path, dest, bigint: false };
    let p = || arg_str(&a[0]);
    let q = || arg_str(&a[1]);
    let fd = arg_u32(&a[0]);
    Ok(match name {
        "open" => (Op::Open((p()?, arg_u32(&a[1]), arg_u32(&a[2]))), meta("open", Some(p()?), None)),
        "close" => (Op::Close(fd), meta("close", None, None)),
        "read" => (Op::Read((fd, arg_u64(&a[1]), arg_pos(&a[2]))), meta("read", None, None)),
        "write" => (Op::Write((fd, arg_bytes(&a[1]), arg_pos(&a[2]))), meta("write", None, None)),
        "fsync" => (Op::Fsync(fd), meta("fsync", None, None)),
        "fdatasync" => (Op::Fdatasync(fd), meta("fdatasync", None, None)),
        "fstat" => (Op::Fstat(fd), Meta { bigint: arg_bool(&a[1]), ..meta("fstat", None, None) }),
        "ftruncate" => (Op::Ftruncate((fd, arg_u64(&a[1]))), meta("ftruncate", None, None)),
        "fchmod" => (Op::Fchmod((fd, arg_u32(&a[1]))), meta("fchmod", None, None)),
        "futimes" => (Op::Futimes((fd, arg_time(&a[1]), arg_time(&a[2]))), meta("futime", None, None)),
        "stat" => (Op::Stat(p()?), Meta { bigint: arg_bool(&a[1]), ..meta("stat", Some(p()?), None) }),
        "lstat" => (Op::Lstat(p()?), Meta { bigint: arg_bool(&a[1]), ..meta("lstat", Some(p()?), None) }),
        "access" => (Op::Access((p()?, arg_u32(&a[1]))), meta("access", Some(p()?), None)),
        "readdir" => (Op::Readdir(p()?), meta("scandir", Some(p()?), None)),
        "mkdir" => (Op::Mkdir((p()?, arg_u32(&a[1]), arg_bool(&a[2]))), meta("mkdir", Some(p()?), None)),
        "rmdir" => (Op::Rmdir(p()?), meta("rmdir", Some(p()?), None)),
        "rm" => (Op::Rm((p()?, arg_bool(&a[1]))), meta("rm", Some(p()?), None)),
        "unlink" => (Op::Unlink(p()?), meta("unlink", Some(p()?), None)),
        "rename" => (Op::Rename((p()?, q()?)), meta("rename", Some(p()?), Some(q()?))),
        "copyfile" => (Op::CopyFile((p()?, q()?, arg_bool(&a[2]))), meta("copyfile", Some(p()?), Some(q()?))),
        "truncate" => (Op::Truncate((p()?, arg_u64(&a[1]))), meta("open", Some(p()?), None)),
        "chmod" => (Op::Chmod((p()?, arg_u32(&a[1]))), meta("chmod", Some(p()?), None)),
        "utimes" => (Op::Utimes((p()?, arg_time(&a[1]), arg_time(&a[2]), true)), meta("utime", Some(p()?), None)),
        "lutimes" => (Op::Utimes((p()?, arg_time(&a[1]), arg_time(&a[2]), false)), meta("lutime", Some(p()?), None)),
        "symlink" => (Op::Symlink((p()?, q()?)), meta("symlink", Some(p()?), Some(q()?))),
        "readlink" => (Op::Readlink(p()?), meta("readlink", Some(p()?), None)),
        "realpath" => (Op::Realpath(p()?), meta("realpath", Some(p()?), None)),
        "link" => (Op::Link((p()?, q()?)), meta("link", Some(p()?), Some(q()?))),
        "mkdtemp" => (Op::Mkdtemp(p()?), meta("mkdtemp", Some(format!("{}XXXXXX", p()?)), None)),
        "readFile" => (Op::ReadFile((p()?, arg_u32(&a[1]))), meta("open", Some(p()?), None)),
        "writeFile" => {
            (Op::WriteFile((p()?, arg_bytes(&a[1]), arg_u32(&a[2]), arg_u32(&a[3]))), meta("open", Some(p()?), None))
        }
        _ => return Err(Error::new_from_js("string", "fs op")),
    })
}

fn stat_values<'js>(ctx: &Ctx<'js>, s: &Stat, bigint: bool) -> Result<Value<'js>> {
    let t = |x: &Timespec| [x.sec, i64::from(x.nsec)];
    let mut v: Vec<i64> = vec![
        s.dev as i64,
        i64::from(s.mode),
        s.nlink as i64,
        i64::from(s.uid),
        i64::from(s.gid),
        s.rdev as i64,
        s.blksize as i64,
        s.ino as i64,
        s.size as i64,
        s.blocks as i64,
    ];
    for x in [&s.atime, &s.mtime, &s.ctime, &s.birthtime] {
        v.extend(t(x));
    }
    if bigint {
        return Ok(TypedArray::<i64>::new_copy(ctx.clone(), &v)?.into_value());
    }
    let f: Vec<f64> = v
        .iter()
        .enumerate()
        // dev and ino are unsigned 64-bit: read them back unsigned.
        .map(|(i, &x)| if i == 0 || i == 7 { x as u64 as f64 } else { x as f64 })
        .collect();
    Ok(TypedArray::<f64>::new_copy(ctx.clone(), &f)?.into_value())
}

fn entries<'js>(ctx: &Ctx<'js>, list: Vec<Entry>) -> Result<Value<'js>> {
    let out = Array::new(ctx.clone())?;
    for (i, e) in list.into_iter().enumerate() {
        out.set(2 * i, e.name)?;
        out.set(2 * i + 1, e.kind as u8)?;
    }
    Ok(out.into_value())
}

fn reply<'js>(ctx: &Ctx<'js>, r: Reply, bigint: bool) -> Result<Value<'js>> {
    Ok(match r {
        Reply::None => Value::new_undefined(ctx.clone()),
        Reply::Fd(fd) => Value::new_number(ctx.clone(), f64::from(fd)),
        Reply::Bytes(b) => TypedArray::<u8>::new_copy(ctx.clone(), &b)?.into_value(),
        Reply::Size(n) => Value::new_number(ctx.clone(), n as f64),
        Reply::Stat(s) => stat_values(ctx, &s, bigint)?,
        Reply::Entries(list) => entries(ctx, list)?,
        Reply::Path(p) => javy::quickjs::String::from_str(ctx.clone(), &p)?.into_value(),
        Reply::Created(p) => match p {
            Some(p) => javy::quickjs::String::from_str(ctx.clone(), &p)?.into_value(),
            None => Value::new_undefined(ctx.clone()),
        },
    })
}

fn error_of<'js>(ctx: &Ctx<'js>, e: HostError, m: &Meta) -> Result<Object<'js>> {
    errors::build(ctx, e, m.syscall, m.path.as_deref(), m.dest.as_deref())
}

/// A finished `fsAsync` request as the loop event ['fs', id, error or null, result].
pub fn done<'js>(ctx: &Ctx<'js>, id: u32, result: std::result::Result<Reply, HostError>) -> Result<Array<'js>> {
    let meta = PENDING.with(|p| p.borrow_mut().remove(&id));
    let meta = meta.unwrap_or(Meta { syscall: "fs", path: None, dest: None, bigint: false });
    let e = Array::new(ctx.clone())?;
    e.set(0, "fs")?;
    e.set(1, id)?;
    match result {
        Ok(r) => {
            e.set(2, Value::new_null(ctx.clone()))?;
            e.set(3, reply(ctx, r, meta.bigint)?)?;
        }
        Err(err) => e.set(2, error_of(ctx, err, &meta)?)?,
    }
    Ok(e)
}

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "fsSync",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             name: String,
             a: Opt<Value<'js>>,
             b: Opt<Value<'js>>,
             c: Opt<Value<'js>>,
             d: Opt<Value<'js>>| {
                let (op, meta) = op_of(&name, [a.0, b.0, c.0, d.0])?;
                match host::call(&op) {
                    Ok(r) => reply(&ctx, r, meta.bigint),
                    Err(e) => Err(ctx.throw(error_of(&ctx, e, &meta)?.into_value())),
                }
            },
        ),
    )?;
    o.set(
        "fsAsync",
        Function::new(
            ctx.clone(),
            |id: u32,
             name: String,
             a: Opt<Value<'js>>,
             b: Opt<Value<'js>>,
             c: Opt<Value<'js>>,
             d: Opt<Value<'js>>|
             -> Result<()> {
                let (op, meta) = op_of(&name, [a.0, b.0, c.0, d.0])?;
                PENDING.with(|p| p.borrow_mut().insert(id, meta));
                host::submit(id, &op);
                Ok(())
            },
        ),
    )?;
    Ok(())
}
