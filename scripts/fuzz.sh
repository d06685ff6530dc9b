#!/usr/bin/env bash
# Coverage-guided fuzzing: each cargo-fuzz target of fuzz/ for MINUTES minutes, one after
# another, then the atheris harness over the Python API (tests/fuzz/atheris_api.py).
#
#   scripts/fuzz.sh [MINUTES] [TARGET...]     (default 1 minute each, every target;
#                                             targets: normalize scan dates gazetteer
#                                             from_bytes atheris)
#
# Prints executions, coverage and findings per target and exits 1 if any target found a
# crash, a timeout or an out-of-memory input (kept in fuzz/artifacts/<target>/; replay
# one with `cargo +nightly fuzz run -s none <target> <file>`, or for atheris
# `python tests/fuzz/atheris_api.py <file>`). Corpora grow in fuzz/corpus/<target>/
# (not committed); the hand-made seeds are fuzz/seeds/<target>/.
#
# The core has no unsafe code, so the targets build without a sanitizer (-s none):
# twice the executions, and a panic or a broken assertion is what they look for.
#
# Environment: GAZET_FUZZ_PYTHON, a Python with gazet, atheris, pandas and pyarrow
# installed (default .venv-fuzz/bin/python, made and built with maturin if missing);
# GAZET_FUZZ_NICE (default 10), the niceness of the runs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MINUTES="${1:-1}"
shift || true
if ! [[ "$MINUTES" =~ ^[0-9]+([.][0-9]+)?$ ]]; then
    echo "usage: scripts/fuzz.sh [MINUTES] [TARGET...]" >&2
    exit 2
fi
SECONDS_EACH="$(python3 -c "print(max(1, round(float('$MINUTES') * 60)))")"
CARGO_TARGETS=(normalize scan dates gazetteer from_bytes)
if [ "$#" -gt 0 ]; then
    WANTED=("$@")
else
    WANTED=("${CARGO_TARGETS[@]}" atheris)
fi
NICE="nice -n ${GAZET_FUZZ_NICE:-10}"
export CARGO_TARGET_DIR="$ROOT/fuzz/target"
LOGS="$ROOT/fuzz/logs"
mkdir -p "$LOGS"

needs_cargo=0
for t in "${WANTED[@]}"; do
    [ "$t" != atheris ] && needs_cargo=1
done

if [ "$needs_cargo" = 1 ]; then
    if ! rustup run nightly rustc --version >/dev/null 2>&1; then
        echo "== installing the nightly toolchain (cargo-fuzz needs it)"
        rustup toolchain install nightly --profile minimal
    fi
    if ! cargo fuzz --version >/dev/null 2>&1; then
        echo "== installing cargo-fuzz"
        $NICE cargo install cargo-fuzz --locked
    fi
    echo "== building the fuzz targets"
    (cd fuzz && $NICE cargo +nightly fuzz build -s none)
    # Seeds from the tree as it is now (the from_bytes seeds follow the saved layout).
    echo "== writing seeds into fuzz/corpus/"
    (cd fuzz && $NICE cargo +nightly run -q --example make_seeds -- "$ROOT/fuzz/corpus")
fi

# One line of the summary per target: name, seconds, executions, coverage, findings.
SUMMARY=()
FOUND=0

# New artifacts (crash-, timeout-, oom-, leak-, slow-unit-) since the run started.
new_artifacts() {
    local dir="$1" stamp="$2"
    find "$dir" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) -newer "$stamp" 2>/dev/null | sort
}

# The numbers libFuzzer prints at the end of a run (-print_final_stats=1).
stats() {
    local log="$1"
    local execs cov
    execs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)"
    cov="$(grep -oE '^#[0-9]+.*cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)"
    echo "${execs:-?}|${cov:-cov: ?}"
}

record() {
    local target="$1" log="$2" stamp="$3" artifacts="$4" started="$5"
    local took=$(( $(date +%s) - started ))
    local s execs cov found
    s="$(stats "$log")"
    execs="${s%%|*}"
    cov="${s#*|}"
    found="$(new_artifacts "$artifacts" "$stamp")"
    local n=0
    if [ -n "$found" ]; then
        n="$(echo "$found" | wc -l)"
        FOUND=1
    fi
    SUMMARY+=("$(printf '%-11s %6ss %12s execs  %-22s %s finding(s)' "$target" "$took" "$execs" "$cov" "$n")")
    echo "-- $target: ${took}s, $execs executions, $cov, $n finding(s) (log: ${log#"$ROOT"/})"
    if [ -n "$found" ]; then
        echo "$found" | sed 's/^/   finding: /'
        # The panic message and where it came from.
        grep -m1 -E "panicked at|Finding:|Error|==ERROR" "$log" | sed 's/^/   /' || true
    fi
}

for t in "${WANTED[@]}"; do
    [ "$t" = atheris ] && continue
    if [[ ! " ${CARGO_TARGETS[*]} " == *" $t "* ]]; then
        echo "unknown target $t (targets: ${CARGO_TARGETS[*]} atheris)" >&2
        exit 2
    fi
    corpus="$ROOT/fuzz/corpus/$t"
    artifacts="$ROOT/fuzz/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    flags=(-max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
           -artifact_prefix="$artifacts/")
    [ -f "$ROOT/fuzz/dicts/$t.dict" ] && flags+=(-dict="$ROOT/fuzz/dicts/$t.dict")
    seeds=()
    [ -d "$ROOT/fuzz/seeds/$t" ] && seeds=("$ROOT/fuzz/seeds/$t")
    stamp="$(mktemp)"
    log="$LOGS/$t.log"
    started=$(date +%s)
    echo "== $t for ${SECONDS_EACH}s"
    (cd fuzz && $NICE cargo +nightly fuzz run -s none "$t" "$corpus" "${seeds[@]}" -- "${flags[@]}") >"$log" 2>&1 || true
    record "$t" "$log" "$stamp" "$artifacts" "$started"
    rm -f "$stamp"
done

if [[ " ${WANTED[*]} " == *" atheris "* ]]; then
    PY="${GAZET_FUZZ_PYTHON:-$ROOT/.venv-fuzz/bin/python}"
    if [ ! -x "$PY" ] || ! "$PY" -c "import atheris, gazet, pandas, pyarrow" >/dev/null 2>&1; then
        echo "== making .venv-fuzz with gazet, atheris, pandas and pyarrow"
        python3 -m venv "$ROOT/.venv-fuzz"
        PY="$ROOT/.venv-fuzz/bin/python"
        "$PY" -m pip install -q maturin atheris pandas pyarrow
        (VIRTUAL_ENV="$ROOT/.venv-fuzz" CARGO_TARGET_DIR="$ROOT/target/fuzz-py" \
            $NICE "$ROOT/.venv-fuzz/bin/maturin" develop --release)
    fi
    corpus="$ROOT/fuzz/corpus/atheris"
    artifacts="$ROOT/fuzz/artifacts/atheris"
    mkdir -p "$corpus" "$artifacts"
    seeds=()
    [ -d "$ROOT/fuzz/seeds/atheris" ] && seeds=("$ROOT/fuzz/seeds/atheris")
    stamp="$(mktemp)"
    log="$LOGS/atheris.log"
    started=$(date +%s)
    echo "== atheris for ${SECONDS_EACH}s"
    GAZET_THREADS=2 $NICE "$PY" tests/fuzz/atheris_api.py "$corpus" "${seeds[@]}" \
        -max_total_time="$SECONDS_EACH" -rss_limit_mb=4096 -timeout=30 -max_len=4096 -len_control=20 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" >"$log" 2>&1 || true
    record atheris "$log" "$stamp" "$artifacts" "$started"
    rm -f "$stamp"
fi

echo
echo "== summary ($MINUTES min per target)"
printf '%s\n' "${SUMMARY[@]}"
if [ "$FOUND" = 1 ]; then
    echo "findings: see fuzz/artifacts/ and fuzz/logs/"
    exit 1
fi
