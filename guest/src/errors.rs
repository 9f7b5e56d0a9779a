//! Turns host errors (capjs:runtime/types.error) into JS exceptions with Node's fields.
use crate::capjs::runtime::types::Error as HostError;
use javy::quickjs::{Constructor, Ctx, Error, Object, Result};

/// Throws `err` in `ctx`: ERR_ACCESS_DENIED with `permission`/`resource`, or an
/// OS error with `code`/`syscall`/`path` like Node's uvException.
pub fn throw(ctx: &Ctx<'_>, err: HostError, syscall: &str, path: Option<&str>) -> Error {
    match build(ctx, err, syscall, path) {
        Ok(obj) => ctx.throw(obj.into_value()),
        Err(e) => e,
    }
}

fn build<'js>(ctx: &Ctx<'js>, err: HostError, syscall: &str, path: Option<&str>) -> Result<Object<'js>> {
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
        HostError::Os((code, message)) => {
            let msg = match path {
                Some(p) => format!("{code}: {message}, {syscall} '{p}'"),
                None => format!("{code}: {message}, {syscall}"),
            };
            let o: Object = ctor.construct((msg,))?;
            o.set("errno", errno(&code))?;
            o.set("code", code)?;
            o.set("syscall", syscall)?;
            if let Some(p) = path {
                o.set("path", p)?;
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
        "EIO" => 5,
        "EBADF" => 9,
        "EACCES" => 13,
        "EEXIST" => 17,
        "ENOTDIR" => 20,
        "EISDIR" => 21,
        "EINVAL" => 22,
        "EMFILE" => 24,
        "ENOSPC" => 28,
        "ENAMETOOLONG" => 36,
        "ENOTEMPTY" => 39,
        "ELOOP" => 40,
        _ => 0,
    }
}
