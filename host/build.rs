//! Builds the guest (../guest) for wasm32-wasip2 and hands its path to the host
//! crate as CAPJS_GUEST_WASM. The nested cargo uses its own target dir so it never
//! waits on the outer build's lock (TOOLCHAIN.md).
// The build script runs on the build machine, outside any sandbox.
#![allow(clippy::disallowed_methods)]

use std::{env, path::PathBuf, process::Command};

fn main() {
    let host_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = host_dir.parent().unwrap().to_path_buf();
    let guest = root.join("guest");
    for p in ["src", "js", "Cargo.toml", "build.rs", ".cargo"] {
        println!("cargo:rerun-if-changed={}", guest.join(p).display());
    }
    println!("cargo:rerun-if-changed={}", root.join("wit").display());
    println!("cargo:rerun-if-env-changed=WASI_SDK");

    // The guest is always optimized (QuickJS is slow unoptimized); release adds LTO.
    let release = env::var("PROFILE").as_deref() == Ok("release");
    let target_dir = root.join("target").join("guest");
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&guest).arg("build").arg("--target=wasm32-wasip2").arg("--target-dir").arg(&target_dir);
    if release {
        cmd.arg("--release");
    }
    // The outer build's flags and jobserver are not the guest's.
    for (k, _) in env::vars() {
        if k.starts_with("CARGO_") && k != "CARGO_HOME" || k == "RUSTFLAGS" || k.starts_with("RUSTC") {
            cmd.env_remove(&k);
        }
    }
    if env::var_os("WASI_SDK").is_none() {
        let sdk = root.join("target").join("wasi-sdk");
        if sdk.join("bin").join("clang").exists() {
            cmd.env("WASI_SDK", sdk);
        } else {
            println!("cargo:warning=WASI_SDK is unset and target/wasi-sdk is missing: run scripts/setup.sh");
        }
    }
    // QuickJS-NG turns its stack-overflow check off under __wasi__; the prelude
    // restores it (see guest/quickjs-prelude.h).
    let prelude = guest.join("quickjs-prelude.h");
    println!("cargo:rerun-if-changed={}", prelude.display());
    cmd.env("CFLAGS_wasm32_wasip2", format!("-include {}", prelude.display()));
    let status = cmd.status().expect("running cargo for the guest");
    assert!(status.success(), "building the guest failed");
    let wasm =
        target_dir.join("wasm32-wasip2").join(if release { "release" } else { "debug" }).join("capjs_guest.wasm");
    println!("cargo:rustc-env=CAPJS_GUEST_WASM={}", wasm.display());
}
