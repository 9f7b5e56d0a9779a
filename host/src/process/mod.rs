//! capjs:runtime/process: stdout/stderr, the granted environment, cwd, pid, signals and exit.
use crate::bindings::capjs::runtime::{process::Host, types::Error};
use std::{
    collections::{BTreeMap, HashSet},
    io::Write,
    path::PathBuf,
    sync::{Arc, Mutex},
};

/// Where a sandbox's stdout or stderr goes.
#[derive(Clone, Debug, Default)]
pub enum Output {
    /// The host process's own stream.
    Inherit,
    /// Discarded.
    #[default]
    Null,
    /// Collected in memory (tests, embedders).
    Buffer(Arc<Mutex<Vec<u8>>>),
}

impl Output {
    /// A fresh in-memory buffer.
    pub fn buffer() -> Self {
        Output::Buffer(Arc::default())
    }

    /// What a `Buffer` output holds so far, as lossy UTF-8.
    pub fn contents(&self) -> String {
        match self {
            Output::Buffer(b) => String::from_utf8_lossy(&b.lock().unwrap()).into_owned(),
            _ => String::new(),
        }
    }

    fn write(&self, fd: u32, data: &[u8]) {
        // A closed pipe (EPIPE) must not kill the host; the bytes are dropped as Node drops them.
        let _ = match self {
            Output::Null => Ok(()),
            Output::Inherit if fd == 2 => std::io::stderr().lock().write_all(data),
            Output::Inherit => std::io::stdout().lock().write_all(data),
            Output::Buffer(b) => {
                b.lock().unwrap().extend_from_slice(data);
                Ok(())
            }
        };
    }
}

/// Asks the host to end the sandbox with an exit code; raised as a trap by `exit`.
#[derive(Debug)]
pub struct ExitRequest(pub i32);

impl std::fmt::Display for ExitRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "process.exit({})", self.0)
    }
}

impl std::error::Error for ExitRequest {}

/// The signals a script listens for, shared with the embedder's `SignalHandle`.
pub type Listening = Arc<Mutex<HashSet<String>>>;

pub struct ProcessState {
    pub stdout: Output,
    pub stderr: Output,
    /// Only the variables the grants allow; filtered once, at sandbox creation.
    pub env: BTreeMap<String, String>,
    pub cwd: PathBuf,
    pub pid: u32,
    pub listening: Listening,
}

impl Host for ProcessState {
    fn write(&mut self, fd: u32, data: Vec<u8>) -> wasmtime::Result<()> {
        match fd {
            1 => self.stdout.write(1, &data),
            2 => self.stderr.write(2, &data),
            _ => {}
        }
        Ok(())
    }

    fn env_get(&mut self, name: String) -> wasmtime::Result<Result<Option<String>, Error>> {
        // The map holds only granted names, so an ungranted one reads as unset.
        Ok(Ok(self.env.get(&name).cloned()))
    }

    fn env_keys(&mut self) -> wasmtime::Result<Vec<String>> {
        Ok(self.env.keys().cloned().collect())
    }

    fn cwd(&mut self) -> wasmtime::Result<String> {
        Ok(self.cwd.display().to_string())
    }

    fn pid(&mut self) -> wasmtime::Result<u32> {
        Ok(self.pid)
    }

    fn signal_listen(&mut self, name: String, listen: bool) -> wasmtime::Result<()> {
        let mut set = self.listening.lock().unwrap();
        if listen {
            // Only names the host could ever deliver; the set stays tiny.
            if matches!(name.as_str(), "SIGINT" | "SIGTERM" | "SIGHUP" | "SIGUSR1" | "SIGUSR2") {
                set.insert(name);
            }
        } else {
            set.remove(&name);
        }
        Ok(())
    }

    fn exit(&mut self, code: i32) -> wasmtime::Result<()> {
        Err(wasmtime::Error::new(ExitRequest(code)))
    }
}
