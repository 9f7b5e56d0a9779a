//! The guest component: its bytes ship inside the binary. On first use it is
//! pre-initialized (wasmtime-wizer: the JS library already evaluated) and compiled,
//! and the result is cached on disk keyed by the bytes' hash and the engine's
//! settings, so later runs only map the cached file.
use sha2::{Digest, Sha256};
use std::{
    hash::{Hash, Hasher},
    path::PathBuf,
};
use wasmtime::{component::Component, Engine};

/// The guest component built by build.rs.
static GUEST: &[u8] = include_bytes!(env!("CAPJS_GUEST_WASM"));

/// Where compiled guests are cached: $CAPJS_CACHE_DIR, else $XDG_CACHE_HOME/capjs,
/// else ~/.cache/capjs, else the temp dir.
fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("CAPJS_CACHE_DIR") {
        return d.into();
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("capjs");
    }
    match std::env::var_os("HOME") {
        Some(h) => PathBuf::from(h).join(".cache").join("capjs"),
        None => std::env::temp_dir().join("capjs-cache"),
    }
}

fn cache_key(engine: &Engine) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut h);
    let mut d = Sha256::new();
    d.update(GUEST);
    d.update(h.finish().to_le_bytes());
    d.update(env!("CARGO_PKG_VERSION"));
    d.update(b"wizened-1");
    d.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Loads the compiled guest from the cache. On a miss, `prepare` turns the embedded
/// component into its pre-initialized form, which is compiled and stored.
// std::fs is right here: the cache is the host's own file, not a guest-visible path.
#[allow(clippy::disallowed_methods)]
pub fn load(engine: &Engine, prepare: impl FnOnce(&[u8]) -> wasmtime::Result<Vec<u8>>) -> wasmtime::Result<Component> {
    let dir = cache_dir();
    let path = dir.join(format!("guest-{}.cwasm", cache_key(engine)));
    if path.exists() {
        // SAFETY: the file is one this code wrote from our own embedded guest, under
        // a name that includes the hash of those bytes and of the engine's settings.
        #[allow(unsafe_code)]
        if let Ok(c) = unsafe { Component::deserialize_file(engine, &path) } {
            return Ok(c);
        }
    }
    let bytes = engine.precompile_component(&prepare(GUEST)?)?;
    // Write to a unique temp name and rename, so concurrent first runs never see half a file.
    if std::fs::create_dir_all(&dir).is_ok() {
        let tmp = dir.join(format!(".tmp-{}-{:?}", std::process::id(), std::thread::current().id()));
        if std::fs::write(&tmp, &bytes).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
    // SAFETY: `bytes` came from precompile_component on this engine just now.
    #[allow(unsafe_code)]
    unsafe {
        Component::deserialize(engine, &bytes)
    }
}
