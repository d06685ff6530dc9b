#!/usr/bin/env bash
# Runs every test: the Rust core's unit tests, then the release wheel (abi3, what users
# pip install) built, installed with its test extras into a fresh virtual environment,
# and tested with pytest against the installed package (not the source tree).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo test --quiet

venv=.venv-test
rm -rf "$venv" dist
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "maturin>=1.9.4,<2"
CARGO_TARGET_DIR=target/wheel "$venv/bin/maturin" build --release --out dist
wheel=$(ls dist/gazet-*.whl)
"$venv/bin/pip" install --quiet "${wheel}[test]"
cd tests && ../"$venv/bin/python" -m pytest -q -p no:cacheprovider python "$@"
