//! Embeds every file under js/ into the guest as a (name, source) table, so the
//! JS library never loads from disk at run time.
// The build script reads guest/js on the build machine, outside any sandbox.
#![allow(clippy::disallowed_methods)]

use std::{env, fs, path::Path};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        if p.is_dir() {
            collect(&p, &format!("{prefix}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".js") {
            out.push((format!("{prefix}{stem}"), p.canonicalize().unwrap().display().to_string()));
        }
    }
}

fn main() {
    let js = Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
    println!("cargo:rerun-if-changed={}", js.display());
    let mut files = Vec::new();
    collect(&js, "", &mut files);
    // js::source binary-searches by name, so sort by name, not by path.
    files.sort();
    for (_, p) in &files {
        println!("cargo:rerun-if-changed={p}");
    }
    let mut src = String::from(
        "/// (name, source) for every file under guest/js, sorted by name.\npub static SOURCES: &[(&str, &str)] = &[\n",
    );
    for (name, path) in &files {
        src.push_str(&format!("    ({name:?}, include_str!({path:?})),\n"));
    }
    src.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("js_sources.rs"), src).unwrap();
}
