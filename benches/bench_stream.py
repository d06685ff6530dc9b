"""Streaming memory: Matcher.extract_to_parquet over the BBC corpus repeated 1x and 10x
(and extract_arrow on the whole corpus beside it), each in a fresh process, reporting
peak RSS, throughput and mention rows. Memory should follow the chunk, not the corpus.

    python benches/bench_stream.py [--news ../shared/bench/news.jsonl] [--times 1 10]

The corpus copies are written to a temporary folder (the text never enters the repo).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "bench" / "news.jsonl"

CHILD = """
import json, resource, sys, time
import gazet
how, source, out = sys.argv[1], sys.argv[2], sys.argv[3]
m = gazet.Matcher()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
if how == "stream":
    r = m.extract_to_parquet(source, out, id="id", chunk_size=10_000, overwrite=True)
    rows, docs = r.mentions, r.documents
else:
    import pandas as pd
    texts = pd.read_json(source, lines=True)
    table = m.extract_arrow(texts["text"].tolist())
    rows, docs = table.num_rows, len(texts)
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rows": rows, "docs": docs, "seconds": seconds,
                  "matcher_mb": base / 1024, "peak_mb": peak / 1024}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--times", type=int, nargs="+", default=[1, 10])
    args = ap.parse_args()
    lines = [line for line in args.news.read_text("utf-8").splitlines() if line.strip()]
    mb = sum(len(json.loads(line)["text"].encode()) for line in lines) / 1e6
    print(f"# {args.news.name}: {len(lines)} articles, {mb:.1f} MB of text; gazet.Matcher()")
    print(
        "| corpus | method | documents | text MB | mention rows | seconds | MB/s | "
        "RSS after build MB | peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for times in args.times:
            source = Path(tmp) / f"news-x{times}.jsonl"
            with open(source, "w", encoding="utf-8") as f:
                for k in range(times):
                    for line in lines:
                        item = json.loads(line)
                        item["id"] = f"{item['id']}#{k}"
                        f.write(json.dumps(item, ensure_ascii=False) + "\n")
            for how in ("stream", "extract_arrow"):
                if how == "extract_arrow" and times > 1:
                    continue  # the whole-corpus path is the baseline at 1x only
                out = subprocess.run(
                    [sys.executable, "-c", CHILD, how, str(source), str(Path(tmp) / "out")],
                    check=True, capture_output=True, text=True,
                ).stdout  # fmt: skip
                r = json.loads(out)
                print(
                    f"| {times}x | {how} | {r['docs']:,} | {mb * times:.0f} | {r['rows']:,} | "
                    f"{r['seconds']:.2f} | {mb * times / r['seconds']:.1f} | "
                    f"{r['matcher_mb']:.0f} | {r['peak_mb']:.0f} |"
                )
    print(
        f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
