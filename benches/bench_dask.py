"""gazet.dask on one worker vs two: the BBC corpus repeated to at least 1 GB of text in
Parquet, read by dask, extracted with gazet.Matcher() defaults and written back as Parquet
on a distributed.LocalCluster (worker processes, one thread each). Reports throughput (MB
of text a second), mention rows, rows per GB, peak RSS of each worker process and the
task graph's size; with --stream also Matcher.extract_to_parquet on the same corpus in
one process, for comparison.

    python benches/bench_dask.py [--news ../shared/bench/news.jsonl] [--gb 1.0]
                                 [--workers 1 2] [--stream] [--tmp /tmp] [-o FILE]

The corpus copies and outputs go to a temporary folder under --tmp (never the repo) and
are removed at the end. The report goes to benches/dask_last_run.txt (and stdout).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import pickle
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "bench" / "news.jsonl"
REPORT = Path(__file__).resolve().parent / "dask_last_run.txt"

STREAM = """
import json, resource, sys, time
import gazet
m = gazet.Matcher()
t = time.perf_counter()
r = m.extract_to_parquet(sys.argv[1], sys.argv[2], id="id", ref_date="published",
                         threads=int(sys.argv[3]))
seconds = time.perf_counter() - t
u = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"rows": r.mentions, "seconds": seconds, "cpu": u.ru_utime + u.ru_stime,
                  "peak_mb": u.ru_maxrss / 1024}))
"""


def write_corpus(news: Path, folder: Path, gb: float, per_file: int) -> tuple[int, int, int]:
    """The corpus repeated to at least `gb` GB of UTF-8 text, `per_file` copies a file
    (one dask partition each), with int64 ids and a publication date per copy. Returns
    (documents, text bytes, files)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [json.loads(line)["text"] for line in news.read_text("utf-8").splitlines() if line]
    size = sum(len(t.encode("utf-8")) for t in texts)
    copies = math.ceil(gb * 1e9 / size)
    files = math.ceil(copies / per_file)
    base = pa.array(texts, pa.string())
    n = len(texts)
    folder.mkdir(parents=True)
    done = 0
    for f in range(files):
        k = min(per_file, copies - done)
        days = [f"2005-{(done + j) % 12 + 1:02}-{(done + j) % 28 + 1:02}" for j in range(k)]
        table = pa.table(
            {
                "id": pa.array(range(done * n, (done + k) * n), pa.int64()),
                "text": pa.chunked_array([base] * k),
                "published": pa.array([d for d in days for _ in range(n)], pa.string()),
            }
        )
        pq.write_table(table, folder / f"part-{f:04}.parquet")
        done += k
    return copies * n, copies * size, files


def parquet_rows(folder: Path) -> tuple[int, int]:
    """(rows, bytes on disk) of the Parquet files in `folder`."""
    import pyarrow.parquet as pq

    files = sorted(folder.glob("*.parquet"))
    return sum(pq.ParquetFile(f).metadata.num_rows for f in files), sum(
        f.stat().st_size for f in files
    )


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _cpu() -> float:
    """CPU seconds (user + system) this process has used."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _imports() -> None:
    import dask.dataframe  # noqa: F401
    import pandas  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    import gazet  # noqa: F401


def one_partition(corpus: Path, out: Path) -> dict[str, float]:
    """Where one partition's time goes, in this process: seconds to read its file into
    pandas, for Matcher.extract (one thread, then two) and to write the mentions."""
    import pandas as pd

    import gazet

    matcher = gazet.Matcher()
    first = sorted(corpus.glob("*.parquet"))[0]
    t = time.perf_counter()
    part = pd.read_parquet(first).set_index("id")
    read = time.perf_counter() - t
    t = time.perf_counter()
    found = matcher.extract(part, ref_date="published", threads=1)
    extract = time.perf_counter() - t
    t = time.perf_counter()
    matcher.extract(part, ref_date="published", threads=2)
    extract2 = time.perf_counter() - t
    t = time.perf_counter()
    found.to_parquet(out, index=False)
    write = time.perf_counter() - t
    mb = part["text"].str.len().sum() / 1e6  # ASCII-heavy: characters ~ bytes
    return {"mb": mb, "read": read, "extract": extract, "extract2": extract2, "write": write}


def _rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def thousand_partitions() -> Any:
    """A dask DataFrame of 1,000 one-row partitions made on the workers (nothing of the
    data in the graph), to weigh what gazet.dask.extract adds to a graph."""
    import dask.dataframe as dd
    import pandas as pd

    def part(k: int) -> pd.DataFrame:
        return pd.DataFrame({"id": [k], "text": [f"Paris {k}"]})

    meta = pd.DataFrame({"id": pd.Series([], dtype="int64"), "text": pd.Series([], dtype="str")})
    return dd.from_map(part, range(1000), meta=meta)


def graph_bytes(lazy: Any) -> int:
    """The size of the pickled task graph (cloudpickle, as distributed sends tasks)."""
    import cloudpickle

    return len(cloudpickle.dumps(dict(lazy.__dask_graph__())))


def run_dask(corpus: Path, out: Path, workers: int) -> dict[str, Any]:
    """extract -> to_parquet on a LocalCluster of `workers` processes, one thread each."""
    import dask.dataframe as dd
    import distributed

    import gazet
    import gazet.dask

    matcher = gazet.Matcher()
    with (
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.run(_imports)  # imported before the clock starts
        started = client.run(_rss)
        cpu = client.run(_cpu)
        here = _cpu()  # this process runs the scheduler and the client
        t = time.perf_counter()
        frame = dd.read_parquet(corpus)
        mentions = gazet.dask.extract(frame, matcher, ref_date="published")
        loaded = client.run(_rss)  # the matcher is on every worker now (scattered)
        graph = graph_bytes(mentions)
        mentions.to_parquet(out, write_index=False)
        seconds = time.perf_counter() - t
        here = _cpu() - here
        cpu = {k: v - cpu[k] for k, v in client.run(_cpu).items()}
        peaks = client.run(_peak_rss)
        thousand = graph_bytes(gazet.dask.extract(thousand_partitions(), matcher))
    rows, disk = parquet_rows(out)
    return {
        "workers": workers,
        "partitions": frame.npartitions,
        "seconds": seconds,
        "rows": rows,
        "out_mb": disk / 1e6,
        "graph": graph,
        "thousand": thousand,
        "cpu": sum(cpu.values()),
        "scheduler_cpu": here,
        "start_mb": [v / 1e6 for v in started.values()],
        "loaded_mb": [v / 1e6 for v in loaded.values()],
        "peak_mb": [v / 1e6 for v in peaks.values()],
    }


def versions() -> str:
    import dask
    import distributed
    import pandas
    import pyarrow

    import gazet

    return (
        f"gazet {gazet.__version__}, dask {dask.__version__}, distributed "
        f"{distributed.__version__}, pandas {pandas.__version__}, pyarrow {pyarrow.__version__}, "
        f"Python {platform.python_version()}"
    )


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {ram:.0f} GiB RAM, {platform.platform()}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--gb", type=float, default=1.0, help="GB of text at least (default 1)")
    ap.add_argument("--per-file", type=int, default=4, help="corpus copies a file/partition")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stream", action="store_true", help="also Matcher.extract_to_parquet")
    ap.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()))
    ap.add_argument("-o", "--output", type=Path, default=REPORT)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="gazet-bench-dask-", dir=args.tmp))
    lines: list[str] = []

    def say(line: str = "") -> None:
        print(line, flush=True)
        lines.append(line)

    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        say(f"# gazet.dask benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
        say(f"- machine: {machine()}; load average before {load}")
        say(f"- {versions()}")
        t = time.perf_counter()
        docs, size, files = write_corpus(args.news, tmp / "corpus", args.gb, args.per_file)
        _, corpus_disk = parquet_rows(tmp / "corpus")
        say(
            f"- corpus: {args.news.name} repeated to {docs:,} articles, {size / 1e9:.3f} GB of "
            f"text in {files} Parquet files ({corpus_disk / 1e6:,.0f} MB on disk, written in "
            f"{time.perf_counter() - t:.0f} s); matcher: gazet.Matcher() defaults"
        )
        say(
            "- job: dd.read_parquet -> gazet.dask.extract(ref_date='published') -> "
            "to_parquet(write_index=False); LocalCluster(processes=True, threads_per_worker=1); "
            "time from read_parquet to the last file written, cluster start not included"
        )
        p = one_partition(tmp / "corpus", tmp / "one.parquet")
        say(
            f"- one partition ({p['mb']:.0f} MB of text) in one process: read Parquet "
            f"{p['read']:.2f} s, Matcher.extract {p['extract']:.2f} s (threads=2: "
            f"{p['extract2']:.2f} s), write Parquet {p['write']:.2f} s"
        )
        say()
        say(
            "| workers | partitions | seconds | MB/s of text | MB/s per worker | mention rows | "
            "rows per GB of text | output MB | worker RSS after imports / with the matcher / peak MB | "
            "graph bytes | worker CPU s | MB per worker CPU s | scheduler + client CPU s |"
        )
        say("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        results = []
        for workers in args.workers:
            r = run_dask(tmp / "corpus", tmp / f"out-{workers}", workers)
            results.append(r)
            rate = size / 1e6 / r["seconds"]
            memory = "; ".join(
                f"{a:.0f} / {b:.0f} / {c:.0f}"
                for a, b, c in zip(r["start_mb"], r["loaded_mb"], r["peak_mb"], strict=True)
            )
            say(
                f"| {workers} | {r['partitions']} | {r['seconds']:.1f} | {rate:.1f} | "
                f"{rate / workers:.1f} | {r['rows']:,} | {r['rows'] / (size / 1e9):,.0f} | "
                f"{r['out_mb']:,.0f} | {memory} | {r['graph']:,} | "
                f"{r['cpu']:.1f} | {size / 1e6 / r['cpu']:.1f} | {r['scheduler_cpu']:.1f} |"
            )
            shutil.rmtree(tmp / f"out-{workers}")
        import gazet
        import gazet.dask

        matcher = gazet.Matcher()
        matcher.save(tmp / "m.gazet")
        thousand = thousand_partitions()
        say(
            f"- task graph of 1,000 partitions (a one-row frame each; the input's own tasks "
            f"weigh {graph_bytes(thousand):,} bytes) with gazet.Matcher() "
            f"({len(pickle.dumps(matcher)):,} bytes pickled): matcher scattered (a Client "
            f"current) {results[-1]['thousand']:,} bytes; a saved path "
            f"{graph_bytes(gazet.dask.extract(thousand, tmp / 'm.gazet')):,}; "
            f"no Client (one delayed object) "
            f"{graph_bytes(gazet.dask.extract(thousand, matcher)):,}"
        )
        if len({r["rows"] for r in results}) != 1:
            say("- WARNING: the runs wrote different numbers of mention rows")
        if len(results) >= 2:
            a, b = results[0], results[-1]
            say(
                f"- speed-up {b['workers']} vs {a['workers']} workers: "
                f"{a['seconds'] / b['seconds']:.2f}x"
            )
        if args.stream:
            say()
            say(
                "| one process | threads | seconds | MB/s of text | mention rows | peak RSS MB | "
                "CPU s (with loading the matcher) |"
            )
            say("|---|---|---|---|---|---|---|")
            for threads in sorted({1, max(args.workers)}):
                out = subprocess.run(
                    [sys.executable, "-c", STREAM, str(tmp / "corpus"), str(tmp / "s.parquet"),
                     str(threads)],
                    check=True, capture_output=True, text=True,
                ).stdout  # fmt: skip
                s = json.loads(out)
                say(
                    f"| Matcher.extract_to_parquet | {threads} | {s['seconds']:.1f} | "
                    f"{size / 1e6 / s['seconds']:.1f} | {s['rows']:,} | {s['peak_mb']:.0f} | "
                    f"{s['cpu']:.1f} |"
                )
                os.unlink(tmp / "s.parquet")
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        say()
        say(f"- load average after {load}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
