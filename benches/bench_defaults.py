"""The built-in defaults: how big the wheel is, how long `Matcher()` takes to be ready in a
fresh process, and how fast the defaults run on real news.

    python benches/bench_defaults.py [--wheel dist/gazet-*.whl] [--news ../shared/bench/news.jsonl]

Run it with a Python that has gazet installed (e.g. benches/.venv after benches/run.sh).
Prints medians of fresh-process timings; nothing is hand-timed.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

READY = """
import time
t = time.perf_counter()
import gazet
imported = time.perf_counter()
m = gazet.Matcher()
ready = time.perf_counter()
print(imported - t, ready - t)
"""


def ready_times(runs: int) -> tuple[float, float]:
    """Median (import, import + Matcher()) seconds over fresh interpreters."""
    imports, readies = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", READY], capture_output=True, text=True, check=True)
        a, b = map(float, out.stdout.split())
        imports.append(a)
        readies.append(b)
    return statistics.median(imports), statistics.median(readies)


def throughput(news: Path, passes: int) -> tuple[float, int, float]:
    """Median MB/s of Matcher() defaults (find_many, one thread), matches, and MB."""
    import gazet

    docs = [json.loads(line)["text"] for line in news.read_text(encoding="utf-8").splitlines()]
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    m = gazet.Matcher()
    times, found = [], 0
    for _ in range(passes):
        start = time.perf_counter()
        result = m.find_many(docs, threads=1)
        times.append(time.perf_counter() - start)
        found = sum(map(len, result))
    return mb / statistics.median(times), found, mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wheel", help="the wheel to size (default: newest dist/gazet-*.whl)")
    parser.add_argument("--news", type=Path, default=REPO.parent / "shared" / "bench" / "news.jsonl")
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters for the ready time")
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    wheels = [args.wheel] if args.wheel else sorted(glob.glob(str(REPO / "dist" / "gazet-*.whl")), key=os.path.getmtime)
    print(f"# gazet defaults ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, nproc {os.cpu_count()})\n")
    if wheels:
        print(f"- wheel: {Path(wheels[-1]).name}, {os.path.getsize(wheels[-1]) / 1e6:.2f} MB")
    else:
        print("- wheel: none built (scripts/test.sh or maturin build writes dist/)")
    imported, ready = ready_times(args.runs)
    print(f"- fresh process, median of {args.runs}: import gazet {imported:.3f} s; Matcher() ready {ready:.3f} s after start")
    mbs, found, mb = throughput(args.news, args.passes)
    print(f"- Matcher() defaults on {args.news.name} ({mb:.2f} MB): {mbs:.1f} MB/s median of {args.passes}, one thread, {found:,} mentions")
    print(f"  = {1 / mbs:.3f} s per MB of text")


if __name__ == "__main__":
    main()
