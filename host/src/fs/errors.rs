//! fs errors as the guest sees them: Node's errno codes with libuv's messages, and denials.
use crate::bindings::capjs::runtime::types::{Denial, Error};
use std::{io, path::Path};

/// The script lacks `permission` for `path`.
pub fn denied(permission: &str, path: &Path) -> Error {
    Error::Denied(Denial { permission: permission.into(), resource: path.display().to_string() })
}

/// An error with a Node code and libuv's description.
pub fn code(code: &str) -> Error {
    Error::Os((code.into(), describe(code).into()))
}

/// Maps an I/O error to Node's code. cap-std reports an escape from the handle as
/// PermissionDenied without an OS errno; that is a denial, not EACCES.
pub fn os(e: &io::Error) -> Error {
    match e.raw_os_error() {
        Some(n) => code(name(n)),
        None if e.kind() == io::ErrorKind::PermissionDenied => {
            Error::Denied(Denial { permission: "FileSystemRead".into(), resource: e.to_string() })
        }
        None => code(match e.kind() {
            io::ErrorKind::NotFound => "ENOENT",
            io::ErrorKind::AlreadyExists => "EEXIST",
            io::ErrorKind::IsADirectory => "EISDIR",
            io::ErrorKind::NotADirectory => "ENOTDIR",
            io::ErrorKind::DirectoryNotEmpty => "ENOTEMPTY",
            io::ErrorKind::InvalidInput => "EINVAL",
            io::ErrorKind::StorageFull => "ENOSPC",
            io::ErrorKind::Unsupported => "ENOSYS",
            _ => "EIO",
        }),
    }
}

/// Like `os`, but an escape names the path and permission the operation needed.
pub fn os_at(e: &io::Error, permission: &str, path: &Path) -> Error {
    match os(e) {
        Error::Denied(_) => denied(permission, path),
        other => other,
    }
}

/// Linux errno numbers to names.
fn name(errno: i32) -> &'static str {
    match errno {
        1 => "EPERM",
        2 => "ENOENT",
        4 => "EINTR",
        5 => "EIO",
        6 => "ENXIO",
        9 => "EBADF",
        11 => "EAGAIN",
        12 => "ENOMEM",
        13 => "EACCES",
        16 => "EBUSY",
        17 => "EEXIST",
        18 => "EXDEV",
        19 => "ENODEV",
        20 => "ENOTDIR",
        21 => "EISDIR",
        22 => "EINVAL",
        23 => "ENFILE",
        24 => "EMFILE",
        26 => "ETXTBSY",
        27 => "EFBIG",
        28 => "ENOSPC",
        29 => "ESPIPE",
        30 => "EROFS",
        31 => "EMLINK",
        32 => "EPIPE",
        36 => "ENAMETOOLONG",
        38 => "ENOSYS",
        39 => "ENOTEMPTY",
        40 => "ELOOP",
        95 => "ENOTSUP",
        122 => "EDQUOT",
        125 => "ECANCELED",
        _ => "EIO",
    }
}

/// libuv's uv_strerror text, which Node puts in messages.
fn describe(code: &str) -> &'static str {
    match code {
        "EPERM" => "operation not permitted",
        "ENOENT" => "no such file or directory",
        "EINTR" => "interrupted system call",
        "EIO" => "i/o error",
        "ENXIO" => "no such device or address",
        "EBADF" => "bad file descriptor",
        "EAGAIN" => "resource temporarily unavailable",
        "ENOMEM" => "not enough memory",
        "EACCES" => "permission denied",
        "EBUSY" => "resource busy or locked",
        "EEXIST" => "file already exists",
        "EXDEV" => "cross-device link not permitted",
        "ENODEV" => "no such device",
        "ENOTDIR" => "not a directory",
        "EISDIR" => "illegal operation on a directory",
        "EINVAL" => "invalid argument",
        "ENFILE" => "file table overflow",
        "EMFILE" => "too many open files",
        "ETXTBSY" => "text file is busy",
        "EFBIG" => "file too large",
        "ENOSPC" => "no space left on device",
        "ESPIPE" => "invalid seek",
        "EROFS" => "read-only file system",
        "EMLINK" => "too many links",
        "EPIPE" => "broken pipe",
        "ENAMETOOLONG" => "name too long",
        "ENOSYS" => "function not implemented",
        "ENOTEMPTY" => "directory not empty",
        "ELOOP" => "too many symbolic links encountered",
        "ENOTSUP" => "operation not supported on socket",
        "EDQUOT" => "disk quota exceeded",
        "ECANCELED" => "operation canceled",
        _ => "unknown error",
    }
}
