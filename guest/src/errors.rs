//! Turns host errors (capjs:runtime/types.error) into JS exceptions with Node's fields.
use crate::capjs::runtime::types::Error as HostError;
use javy::quickjs::{Constructor, Ctx, Error, Object, Result};

/// Throws `err` in `ctx`: ERR_ACCESS_DENIED with `permission`/`resource`, or an
/// OS error with `code`/`syscall`/`path` like Node's uvException.
pub fn throw(ctx: &Ctx<'_>, err: HostError, syscall: &str, path: Option<&str>) -> Error {
    match build(ctx, err, syscall, path, None) {
        Ok(obj) => ctx.throw(obj.into_value()),
        Err(e) => e,
    }
}

/// The error object `throw` would throw; `dest` is the second path of rename-like calls.
pub fn build<'js>(
    ctx: &Ctx<'js>,
    err: HostError,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> Result<Object<'js>> {
    let ctor: Constructor = ctx.globals().get("Error")?;
    let obj: Object = match err {
        HostError::Denied(d) => {
            let msg = format!("Access to this API has been restricted: {} {}", d.permission, d.resource);
            let o: Object = ctor.construct((msg,))?;
            o.set("code", "ERR_ACCESS_DENIED")?;
            o.set("permission", d.permission)?;
            o.set("resource", d.resource)?;
            o
        }
        // Node's own codes (ERR_FS_FILE_TOO_LARGE) are RangeErrors without errno fields.
        HostError::Os((code, message)) if code.starts_with("ERR_") => {
            let ctor: Constructor = ctx.globals().get("RangeError")?;
            let o: Object = ctor.construct((message,))?;
            o.set("code", code)?;
            o
        }
        HostError::Os((code, message)) => {
            let msg = match (path, dest) {
                (Some(p), Some(d)) => format!("{code}: {message}, {syscall} '{p}' -> '{d}'"),
                (Some(p), None) => format!("{code}: {message}, {syscall} '{p}'"),
                _ => format!("{code}: {message}, {syscall}"),
            };
            let o: Object = ctor.construct((msg,))?;
            o.set("errno", errno(&code))?;
            o.set("code", code)?;
            o.set("syscall", syscall)?;
            if let Some(p) = path {
                o.set("path", p)?;
            }
            if let Some(d) = dest {
                o.set("dest", d)?;
            }
            o
        }
    };
    Ok(obj)
}

/// Node's (negative, libuv-style) errno for a code, as on Linux.
fn errno(code: &str) -> i32 {
    -match code {
        "EPERM" => 1,
        "ENOENT" => 2,
        "EINTR" => 4,
        "EIO" => 5,
        "ENXIO" => 6,
        "EBADF" => 9,
        "EAGAIN" => 11,
        "ENOMEM" => 12,
        "EACCES" => 13,
        "EBUSY" => 16,
        "EEXIST" => 17,
        "EXDEV" => 18,
        "ENODEV" => 19,
        "ENOTDIR" => 20,
        "EISDIR" => 21,
        "EINVAL" => 22,
        "ENFILE" => 23,
        "EMFILE" => 24,
        "ETXTBSY" => 26,
        "EFBIG" => 27,
        "ENOSPC" => 28,
        "ESPIPE" => 29,
        "EROFS" => 30,
        "EMLINK" => 31,
        "EPIPE" => 32,
        "ENAMETOOLONG" => 36,
        "ENOSYS" => 38,
        "ENOTEMPTY" => 39,
        "ELOOP" => 40,
        "ENOTSUP" => 95,
        "ENOBUFS" => 105,
        "EADDRINUSE" => 98,
        "EADDRNOTAVAIL" => 99,
        "ENETUNREACH" => 101,
        "ECONNABORTED" => 103,
        "ECONNRESET" => 104,
        "ENOTCONN" => 107,
        "ETIMEDOUT" => 110,
        "ECONNREFUSED" => 111,
        "EHOSTUNREACH" => 113,
        "EDQUOT" => 122,
        "ECANCELED" => 125,
        _ => 0,
    }
}
