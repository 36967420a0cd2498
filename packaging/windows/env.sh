# Sourced by the scripts beside it: how this Debian machine builds for Windows.
#
# rustup here has no Windows standard library, so Debian's compiler (rustc-web, 1.96) builds
# one from its source (rust-web-src) with -Zbuild-std, and MinGW links. That compiler is not
# the one `cargo test` uses for Linux, so it gets its own target folder.
windows_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export RUSTC=/usr/bin/rustc
export RUSTDOC=/usr/bin/rustdoc
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${MEWS_WINDOWS_TARGET_DIR:-$windows_root/target/windows-build}"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
# `cargo test --target ...` runs each test program under Wine.
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$windows_root/packaging/windows/wine"
WINDOWS_TARGET=x86_64-pc-windows-gnu
# `windows_cargo SUBCOMMAND ARGS...`: the Windows flags go right after the subcommand, so
# that arguments after `--` still reach the test programs untouched.
windows_cargo() {
  local subcommand="$1"
  shift
  /usr/bin/cargo "$subcommand" -Zbuild-std=std,panic_unwind --target "$WINDOWS_TARGET" "$@"
}

# Installs the Debian packages named that are missing (as root, the way CI runs).
windows_need() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} ..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
}
