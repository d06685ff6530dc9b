#!/usr/bin/env bash
# The gazet matching benchmark, in one command:
#
#     benches/run.sh [bench_match.py options, e.g. --passes 3 --spacy-docs 500]
#
# 1. makes benches/.venv (once; gitignored),
# 2. installs the pinned peers from benches/requirements.txt,
# 3. builds and installs gazet from this checkout (release wheel; cargo output goes to
#    target/bench so it does not disturb other builds),
# 4. runs benches/bench_match.py and writes its report to benches/last_run.txt (also shown
#    here; progress lines go to stderr only).
#
# The inputs are read from ../shared/bench (beside the repo); see benches/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
venv="$here/.venv"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
fi
"$venv/bin/pip" install --quiet -r "$here/requirements.txt"
CARGO_TARGET_DIR="$repo/target/bench" \
    "$venv/bin/pip" install --quiet --force-reinstall --no-deps "$repo"

"$venv/bin/python" "$here/bench_match.py" "$@" | tee "$here/last_run.txt"
