//! capjs: a Node.js-compatible JavaScript runtime whose engine (QuickJS) runs inside
//! a WebAssembly component. This crate is the host: it owns the event loop's waiting
//! and every capability, and grants each one only as a sandbox's `Grants` allow.
//!
//! ```no_run
//! # async fn demo() -> Result<(), capjs::Error> {
//! let runtime = capjs::Runtime::new()?;
//! let sandbox = runtime.sandbox(capjs::SandboxConfig::default())?;
//! let exit = sandbox.run(capjs::Main::Eval("console.log(1 + 1)".into()), vec![]).await?;
//! assert_eq!(exit.code, 0);
//! # Ok(()) }
//! ```

mod bindings;
mod errno;
mod fs;
mod guest;
mod http;
pub mod limits;
mod r#loop;
mod modules;
mod net;
pub mod permissions;
mod process;
mod runtime;
mod state;
mod sys;
mod tls;

pub use limits::Limits;
pub use permissions::Grants;
pub use process::Output;
pub use runtime::{Exit, Main, Runtime, Sandbox, SandboxConfig, SignalHandle};

/// Escapes control characters (ANSI sequences, bidi overrides) in text that came
/// from a script or a path before it reaches the terminal (SECURITY.md P12).
pub fn escape_for_terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}');
        if (c.is_control() && c != '\n' && c != '\t') || bidi {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Why a sandbox could not start or was stopped.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot set up the wasm engine: {0}")]
    Engine(String),
    #[error("script exceeded its CPU-time limit of {0:?}")]
    CpuTime(std::time::Duration),
    #[error("script exceeded its wall-clock limit of {0:?}")]
    Timeout(std::time::Duration),
    #[error("script exceeded its memory limit of {0} bytes")]
    Memory(u64),
    #[error("the sandbox trapped: {0}")]
    Trap(String),
}

#[cfg(test)]
mod tests {
    #[test]
    fn terminal_escapes() {
        assert_eq!(super::escape_for_terminal("a\x1b[31mb"), "a\\u{1b}[31mb");
        assert_eq!(super::escape_for_terminal("x\u{202e}y\nz"), "x\\u{202e}y\nz");
    }
}
