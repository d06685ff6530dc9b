#!/usr/bin/env bash
# The gazet DATE benchmark, in one command:
#
#     benches/run_dates.sh [bench_dates.py options, e.g. --passes 5 --peer-passes 1]
#
# 1. makes benches/.venv-dates (once; gitignored),
# 2. installs the pinned peers from benches/requirements-dates.txt (dateparser, datefinder),
# 3. builds and installs gazet from this checkout (release wheel; cargo output goes to
#    target/bench-dates so it does not disturb other builds),
# 4. runs benches/bench_dates.py and writes its report to benches/dates_last_run.txt (also
#    shown here; progress lines go to stderr only).
#
# Inputs: tests/data/dates_sentences.jsonl, tests/data/dates_heldout.jsonl (if present),
# tests/data/seeds_dates_gold.jsonl with seeds/*.txt and seeds/metadata.csv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
venv="$here/.venv-dates"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
fi
"$venv/bin/pip" install --quiet -r "$here/requirements-dates.txt"
CARGO_TARGET_DIR="$repo/target/bench-dates" \
    "$venv/bin/pip" install --quiet --force-reinstall --no-deps "$repo"

"$venv/bin/python" "$here/bench_dates.py" "$@" | tee "$here/dates_last_run.txt"
