#!/usr/bin/env bash
# Idempotent set-up for a fresh machine: Debian packages, rustup targets and the
# WASI_SDK folder that rquickjs-sys needs to build QuickJS offline (see TOOLCHAIN.md).
# Prints the WASI_SDK path on its last line of stdout.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

need_pkgs=()
[ -x /usr/lib/llvm-19/bin/clang ] || need_pkgs+=(clang-19)
[ -x /usr/lib/llvm-19/bin/wasm-ld ] || [ -x /usr/bin/wasm-ld-19 ] || need_pkgs+=(lld-19)
[ -d /usr/include/wasm32-wasi ] || need_pkgs+=(wasi-libc)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >&2
fi

installed=$(rustup target list --installed)
for t in wasm32-wasip2 wasm32-wasip1; do
  grep -qx "$t" <<<"$installed" || rustup target add "$t" >&2
done

# A wasi-sdk-shaped folder built from Debian's parts, unless the caller points elsewhere.
sdk="$root/target/wasi-sdk"
mkdir -p "$sdk/bin" "$sdk/share/wasi-sysroot/include" "$sdk/share/wasi-sysroot/lib"
ln -sfn /usr/lib/llvm-19/bin/clang "$sdk/bin/clang"
ln -sfn /usr/lib/llvm-19/bin/llvm-ar "$sdk/bin/ar"
for t in wasm32-wasi wasm32-wasip1 wasm32-wasip2; do
  ln -sfn /usr/include/wasm32-wasi "$sdk/share/wasi-sysroot/include/$t"
  ln -sfn /usr/lib/wasm32-wasi "$sdk/share/wasi-sysroot/lib/$t"
done
echo "$sdk"
