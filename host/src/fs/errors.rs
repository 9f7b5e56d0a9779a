//! fs errors as the guest sees them: Node's errno codes with libuv's messages, and denials.
use crate::bindings::capjs::runtime::types::{Denial, Error};
use crate::errno::{describe, name};
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
