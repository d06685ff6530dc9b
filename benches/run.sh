#!/usr/bin/env bash
# The gazet benchmarks, in one command each:
#
#     benches/run.sh [bench_match.py options, e.g. --passes 3 --spacy-docs 500]
#     benches/run.sh dates [bench_dates.py options, e.g. --passes 5 --peer-passes 1]
#
# 1. makes a virtualenv for the benchmark (benches/.venv or benches/.venv-dates, once;
#    gitignored),
# 2. installs the pinned peers (benches/requirements.txt or requirements-dates.txt),
# 3. builds and installs gazet from this checkout (release wheel; cargo output goes to
#    target/bench so it does not disturb other builds); for dates, also builds the duckling
#    peer benches/duckling_peer (its own Cargo project; skipped with a note without cargo),
# 4. runs the benchmark and writes its report to benches/last_run.txt or
#    benches/dates_last_run.txt (also shown here; progress lines go to stderr only).
#
# The matching benchmark reads ../shared/bench (beside the repo; see benches/README.md);
# the date benchmark reads the annotated sets in tests/data (see benches/README-dates.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
if [ "${1:-}" = dates ]; then
    shift
    venv="$here/.venv-dates" requirements="$here/requirements-dates.txt"
    script="$here/bench_dates.py" report="$here/dates_last_run.txt"
else
    venv="$here/.venv" requirements="$here/requirements.txt"
    script="$here/bench_match.py" report="$here/last_run.txt"
fi

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
fi
"$venv/bin/pip" install --quiet -r "$requirements"
CARGO_TARGET_DIR="$repo/target/bench" \
    "$venv/bin/pip" install --quiet --force-reinstall --no-deps "$repo"

if [ "$script" = "$here/bench_dates.py" ]; then
    # The duckling peer (benches/duckling_peer, its own Cargo project). Without cargo or
    # crates.io the bench leaves its row out and says so.
    if command -v cargo >/dev/null 2>&1; then
        CARGO_TARGET_DIR="$here/duckling_peer/target" \
            cargo build --release --quiet --manifest-path "$here/duckling_peer/Cargo.toml" \
            || echo "note: benches/duckling_peer did not build; the duckling row is left out" >&2
    else
        echo "note: no cargo; the duckling row is left out" >&2
    fi
fi

"$venv/bin/python" "$script" "$@" | tee "$report"
