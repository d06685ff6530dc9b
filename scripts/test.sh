#!/usr/bin/env bash
# Runs every test: the Rust core's unit tests, then the release wheel (abi3, what users
# pip install) built, installed with its test and dev extras into a fresh virtual
# environment, checked (stubtest, mypy, ruff) and tested with pytest against the
# installed package (not the source tree).
set -euo pipefail
cd "$(dirname "$0")/.."

# Lint where the toolchain has the components (they cannot be fetched on every machine).
if cargo fmt --version >/dev/null 2>&1; then cargo fmt --all -- --check; else echo "rustfmt missing: skipped"; fi
if cargo clippy --version >/dev/null 2>&1; then
    cargo clippy --quiet --all-targets -- -D warnings
    # The binding too (checked only: nothing links libpython).
    cargo clippy --quiet --all-targets --features python -- -D warnings
else
    echo "clippy missing: skipped"
fi
cargo test --quiet
# The crate docs and their links (the stage map in lib.rs points at the modules).
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps

# The notebook test opens the exported notebooks in a real headless browser; on CI,
# install Debian's chromium when it is missing (elsewhere that test skips without it).
if [ "${CI:-}" = true ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

venv=.venv-test
rm -rf "$venv" dist
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "maturin>=1.9.4,<2"
CARGO_TARGET_DIR=target/wheel "$venv/bin/maturin" build --release --out dist
wheel=$(ls dist/gazet-*.whl)
"$venv/bin/pip" install --quiet "${wheel}[test,dev]"

# The Python checks: the stub against the built core, types (strict, also on a user's
# view of the API), lint and format.
"$venv/bin/python" -m mypy.stubtest gazet._core --allowlist tests/stubtest-allowlist.txt
"$venv/bin/mypy" --strict python/gazet tests/typing/usage.py
"$venv/bin/ruff" check python tests
"$venv/bin/ruff" format --check python tests
cd tests && ../"$venv/bin/python" -m pytest -q -p no:cacheprovider python "$@"
