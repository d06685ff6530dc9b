"""Gazetteer matching benchmark: gazet against its Python-reachable peers.

Run it through `benches/run.sh` (it makes the virtualenv and pins the peers); see
benches/README.md for what every column means. Inputs (never copied into the repo):

    ../shared/bench/news.jsonl      2,225 BBC articles, field "text"
    ../shared/bench/gazetteer.csv   label,entity_id,surface (168,508 rows)

Reference semantics (what "exact" means below): case-insensitive with str.lower() keys
(the corpus keeps its length under lower()), whole words (a word character is
alphanumeric or "_"; a hit may not start or end inside a word), leftmost-longest among
the hits whose both edges pass that test.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import importlib.metadata
import inspect
import json
import multiprocessing
import os
import pickle
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import ahocorasick
import ahocorasick_rs
import flashtext
import flashtext2
import gazet
import psutil
import spacy
from ahocorasick_rs import MATCHKIND_LEFTMOST_LONGEST as LEFTMOST_LONGEST
from ahocorasick_rs import MATCHKIND_STANDARD
from spacy.matcher import PhraseMatcher

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "bench"

Span = tuple[int, int, Any]  # (start, end, payload): one match in one document
SpanSet = set[tuple[int, int, int]]  # (doc, start, end) over the corpus


# --------------------------------------------------------------------------- inputs


def load_docs(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


def load_ids(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line).get("id", str(i)) for i, line in enumerate(f)]


def read_keys(path: Path) -> dict[str, list[tuple[str, str]]]:
    """The peers' gazetteer: str.lower() surface -> [(label, entity_id), ...]."""
    keys: dict[str, list[tuple[str, str]]] = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            keys.setdefault(row["surface"].lower(), []).append((row["label"], row["entity_id"]))
    return keys


def head_csv(path: Path, rows: int, out: Path) -> Path:
    """Write the header and the first `rows` rows of `path` to `out`."""
    with (
        open(path, newline="", encoding="utf-8") as f,
        open(out, "w", newline="", encoding="utf-8") as g,
    ):
        reader, writer = csv.reader(f), csv.writer(g)
        writer.writerow(next(reader))
        for i, row in enumerate(reader):
            if i >= rows:
                break
            writer.writerow(row)
    return out


def mb(docs: list[str]) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / 1e6


# ------------------------------------------------- the one filter shared by exact peers


def is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def whole_word(text: str, hits: Iterable[tuple[Any, int, int]]) -> Iterator[Span]:
    """The hits (payload, start, end) that neither start nor end inside a word."""
    n = len(text)

    def edge_ok(i: int) -> bool:
        return i == 0 or i == n or not (is_word(text[i - 1]) and is_word(text[i]))

    return ((s, e, k) for k, s, e in hits if edge_ok(s) and edge_ok(e))


def leftmost_longest(spans: Iterable[Span]) -> list[Span]:
    """Leftmost start first, then the longest there; the next pick starts past its end."""
    picked: list[Span] = []
    last_end = 0
    for s, e, k in sorted(spans, key=lambda x: (x[0], -x[1])):
        if s >= last_end:
            picked.append((s, e, k))
            last_end = e
    return picked


# ---------------------------------------------------------------------------- engines
# Every engine reads the CSV file on disk into its input (gazet: a Gazetteer; the peers:
# the lowercased keys) and compiles that into a ready matcher; the two are timed and
# measured apart. Every scan takes (matcher, docs) and returns that engine's native result
# for the whole corpus; every `spans` turns a result into (doc, start, end) triples
# (untimed).


# The options that give gazet the reference semantics: no short-form person linking
# ("Mr Greenspan" after "Alan Greenspan"), which no peer does.
EXACT = {"case": "insensitive", "people": False, "context": False}


def read_gazet(path: Path) -> gazet.Gazetteer:
    return gazet.Gazetteer.from_csv(path, name_column="surface")


def compile_gazet(**options: Any) -> Callable[[gazet.Gazetteer], gazet.Matcher]:
    """Matcher(gazetteer, dates=False, **options); no options: the other defaults."""
    return lambda gz: gazet.Matcher(gz, dates=False, **options)


def gazet_defaults() -> str:
    """The Matcher defaults that the defaults row runs with, e.g. "case=smart, people=True"."""
    params = inspect.signature(gazet.Matcher).parameters
    return ", ".join(
        f"{name}={params[name].default}" for name in ("case", "people", "context") if name in params
    )


def scan_gazet(threads: int) -> Callable[[gazet.Matcher, list[str]], list[list[gazet.Match]]]:
    return lambda m, docs: m.find_many(docs, threads=threads)


def scan_gazet_extract(m: gazet.Matcher, docs: list[str]) -> Any:
    return m.extract(docs, threads=1)


def spans_gazet(result: list[list[gazet.Match]]) -> SpanSet:
    return {(i, m.start, m.end) for i, ms in enumerate(result) for m in ms}


def spans_frame(df: Any) -> SpanSet:
    return set(zip(df["doc"].tolist(), df["start"].tolist(), df["end"].tolist(), strict=True))


def spans_tuples(result: list[list[Span]]) -> SpanSet:
    return {(i, s, e) for i, spans in enumerate(result) for s, e, _ in spans}


Keys = dict[str, list[tuple[str, str]]]


def compile_acrs(kind: Any) -> Callable[[Keys], Any]:
    return lambda keys: ahocorasick_rs.AhoCorasick(list(keys), matchkind=kind)


def scan_acrs_exact(ac: Any, docs: list[str]) -> list[list[Span]]:
    out = []
    for doc in docs:
        low = doc.lower()
        hits = ac.find_matches_as_indexes(low, overlapping=True)
        out.append(leftmost_longest(whole_word(low, hits)))
    return out


def scan_acrs_raw(ac: Any, docs: list[str]) -> list[list[Span]]:
    return [[(s, e, k) for k, s, e in ac.find_matches_as_indexes(d.lower())] for d in docs]


def compile_pyac(keys: Keys) -> Any:
    automaton = ahocorasick.Automaton()
    for i, key in enumerate(keys):
        automaton.add_word(key, (i, len(key)))
    automaton.make_automaton()
    return automaton


def scan_pyac_exact(automaton: Any, docs: list[str]) -> list[list[Span]]:
    out = []
    for doc in docs:
        low = doc.lower()
        hits = ((k, end + 1 - n, end + 1) for end, (k, n) in automaton.iter(low))
        out.append(leftmost_longest(whole_word(low, hits)))
    return out


def compile_flashtext(keys: Keys) -> Any:
    kp = flashtext.KeywordProcessor(case_sensitive=False)
    for key in keys:
        kp.add_keyword(key, key)
    return kp


def scan_flashtext(kp: Any, docs: list[str]) -> list[list[tuple[str, int, int]]]:
    return [kp.extract_keywords(doc, span_info=True) for doc in docs]


def compile_flashtext2(keys: Keys) -> Any:
    kp = flashtext2.KeywordProcessor(case_sensitive=False)
    kp.add_keywords_with_clean_word_from_iter((key, key) for key in keys)
    return kp


def scan_flashtext2(kp: Any, docs: list[str]) -> list[list[tuple[str, int, int]]]:
    return [kp.extract_keywords_with_span(doc) for doc in docs]


def spans_flashtext(result: list[list[tuple[str, int, int]]]) -> SpanSet:
    # flashtext2's end offset sometimes takes in the next character; the key's length is
    # the true one (str.lower() keeps lengths here), so both flashtexts use it.
    return {(i, s, s + len(key)) for i, hits in enumerate(result) for key, s, _ in hits}


@dataclass
class Phrases:
    nlp: Any
    matcher: Any


def compile_spacy(keys: Keys) -> Phrases:
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("GAZ", list(nlp.tokenizer.pipe(keys)))
    return Phrases(nlp, matcher)


def scan_spacy(p: Phrases, docs: list[str]) -> list[list[Span]]:
    out = []
    for doc in p.nlp.tokenizer.pipe(docs):
        hits = ((doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), None) for _, a, b in p.matcher(doc))
        out.append(leftmost_longest(hits))
    return out


@dataclass(frozen=True)
class Engine:
    name: str
    semantics: str  # "exact" = the reference semantics; otherwise what differs
    read: Callable[[Path], Any]
    compile: Callable[[Any], Any]
    scan: Callable[[Any, list[str]], Any]
    spans: Callable[[Any], SpanSet]

    def build(self, path: Path) -> Any:
        return self.compile(self.read(path))


REFERENCE = "ahocorasick_rs exact"
BASELINE = "gazet find_many t=1"
SPACY = "spaCy PhraseMatcher"
PEOPLE = "gazet people=True t=1"
gazet_exact = compile_gazet(**EXACT)
gazet_people = compile_gazet(case="insensitive", people=True, context=False)
ENGINES = [
    Engine(BASELINE, "exact", read_gazet, gazet_exact, scan_gazet(1), spans_gazet),
    Engine("gazet find_many t=2", "exact", read_gazet, gazet_exact, scan_gazet(2), spans_gazet),
    Engine(
        "gazet extract() DataFrame t=1",
        "exact",
        read_gazet,
        gazet_exact,
        scan_gazet_extract,
        spans_frame,
    ),
    Engine(
        PEOPLE,
        "exact + short forms",
        read_gazet,
        gazet_people,
        scan_gazet(1),
        spans_gazet,
    ),
    Engine(
        "gazet defaults t=1",
        gazet_defaults(),
        read_gazet,
        compile_gazet(),
        scan_gazet(1),
        spans_gazet,
    ),
    Engine(
        REFERENCE,
        "exact",
        read_keys,
        compile_acrs(MATCHKIND_STANDARD),
        scan_acrs_exact,
        spans_tuples,
    ),
    Engine(
        "ahocorasick_rs raw",
        "substrings",
        read_keys,
        compile_acrs(LEFTMOST_LONGEST),
        scan_acrs_raw,
        spans_tuples,
    ),
    Engine("pyahocorasick exact", "exact", read_keys, compile_pyac, scan_pyac_exact, spans_tuples),
    Engine("flashtext", "ASCII words", read_keys, compile_flashtext, scan_flashtext, spans_flashtext),
    Engine("flashtext2", "own words", read_keys, compile_flashtext2, scan_flashtext2, spans_flashtext),
    Engine(SPACY, "spaCy tokens", read_keys, compile_spacy, scan_spacy, spans_tuples),
]
BY_NAME = {e.name: e for e in ENGINES}


# ------------------------------------------------------------------- timing, memory


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    """Seconds taken by fn(*args, **kwargs) (after a gc.collect()), and its result."""
    gc.collect()
    t0 = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - t0, result


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1e6


def load_subset(news: str, max_docs: int) -> list[str]:
    docs = load_docs(Path(news))
    return docs[:max_docs] if max_docs else docs


def measure_build(name: str, gazetteer: str, news: str, max_docs: int) -> dict[str, float]:
    """In a fresh process: build one engine, scan once, and report time and RSS."""
    engine = BY_NAME[name]
    docs = load_subset(news, max_docs)
    gc.collect()
    before = rss_mb()
    read_s, data = timed(engine.read, Path(gazetteer))
    gc.collect()
    ready = rss_mb()
    compile_s, matcher = timed(engine.compile, data)
    gc.collect()
    built = rss_mb()
    _, result = timed(engine.scan, matcher, docs)
    scanned = rss_mb()
    del result
    return {
        "build_s": read_s + compile_s,
        "compile_s": compile_s,
        "rss_compile": built - ready,
        "rss_build": built - before,
        "rss_scan": scanned - before,
        "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3,  # KiB on Linux
    }


# A scan worker: one process per engine that holds its matcher between passes, so every
# engine scans with only its own objects on the heap (the garbage collector's work
# depends on what else is alive).
_worker: dict[str, Any] = {}


def worker_init(name: str, gazetteer: str, news: str, max_docs: int) -> None:
    engine = BY_NAME[name]
    docs = load_subset(news, max_docs)
    matcher = engine.build(Path(gazetteer))
    # One untimed pass over the whole corpus warms the caches and the allocator, which
    # then holds one result while the next is made, as in the timed passes.
    _worker.update(engine=engine, docs=docs, matcher=matcher, result=engine.scan(matcher, docs))


def worker_scan() -> float:
    seconds, _worker["result"] = timed(_worker["engine"].scan, _worker["matcher"], _worker["docs"])
    return seconds


def worker_spans() -> SpanSet:
    return _worker["engine"].spans(_worker["result"])


def spawn_pool(initializer: Callable[..., None] | None = None, args: tuple = ()) -> Any:
    spawn = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(1, mp_context=spawn, initializer=initializer, initargs=args)


def in_fresh_process(fn: Callable[..., Any], *args: Any) -> Any:
    with spawn_pool() as pool:
        return pool.submit(fn, *args).result()


# --------------------------------------------------------------------------- phases


@dataclass
class Row:
    engine: Engine
    docs: list[str]  # the docs this engine scans (all, or a subset for spaCy)
    max_docs: int  # 0: all
    build_s: list[float] = field(default_factory=list)
    compile_s: list[float] = field(default_factory=list)
    rss_compile: list[float] = field(default_factory=list)
    rss_build: list[float] = field(default_factory=list)
    rss_scan: list[float] = field(default_factory=list)
    peak: list[float] = field(default_factory=list)
    scan_s: list[float] = field(default_factory=list)
    spans: SpanSet = field(default_factory=set)


def build_passes(rows: list[Row], args: argparse.Namespace) -> None:
    """Every engine built in a fresh process, `--build-passes` times, order rotated."""
    for p in range(args.build_passes):
        for row in rotated(rows, p):
            m = in_fresh_process(
                measure_build, row.engine.name, str(args.gazetteer), str(args.news), row.max_docs
            )
            row.build_s.append(m["build_s"])
            row.compile_s.append(m["compile_s"])
            row.rss_compile.append(m["rss_compile"])
            row.rss_build.append(m["rss_build"])
            row.rss_scan.append(m["rss_scan"])
            row.peak.append(m["peak"])
            log(f"build pass {p + 1}: {row.engine.name}: {m['build_s']:.2f} s")


def scan_passes(rows: list[Row], args: argparse.Namespace) -> None:
    """`--passes` scan passes, one worker process per engine, engine order rotated."""
    pools = {}
    try:
        for row in rows:  # start the workers one at a time, so no build overlaps a scan
            init = (row.engine.name, str(args.gazetteer), str(args.news), row.max_docs)
            pools[row.engine.name] = spawn_pool(worker_init, init)
            pools[row.engine.name].submit(gc.collect).result()
        for p in range(args.passes):
            for row in rotated(rows, p):
                seconds = pools[row.engine.name].submit(worker_scan).result()
                row.scan_s.append(seconds)
                log(f"scan pass {p + 1}: {row.engine.name}: {mb(row.docs) / seconds:.1f} MB/s")
        for row in rows:
            row.spans = pools[row.engine.name].submit(worker_spans).result()
    finally:
        for pool in pools.values():
            pool.shutdown()


def rotated(items: list[Any], k: int) -> list[Any]:
    k %= len(items)
    return items[k:] + items[:k]


def save_load(args: argparse.Namespace) -> list[tuple[str, str]]:
    """Compiled-matcher persistence against a rebuild from the CSV (medians of 3)."""
    build = BY_NAME[BASELINE].build
    m = build(args.gazetteer)
    out: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "matcher.json"
        rebuild = median_time(3, build, args.gazetteer)
        save = median_time(3, m.save, path)
        load = median_time(3, gazet.Matcher.load, path)
        dump = median_time(3, pickle.dumps, m)
        blob = pickle.dumps(m)
        loads = median_time(3, pickle.loads, blob)
        out += [
            ("rebuild: Gazetteer.from_csv + Matcher()", f"{rebuild:.2f} s"),
            ("m.save(path)", f"{save:.2f} s, file {path.stat().st_size / 1e6:.1f} MB"),
            ("Matcher.load(path)", f"{load:.2f} s ({load / rebuild:.2f} x rebuild)"),
            ("pickle.dumps(m)", f"{dump:.2f} s, {len(blob) / 1e6:.1f} MB"),
            ("pickle.loads(blob)", f"{loads:.2f} s ({loads / rebuild:.2f} x rebuild)"),
        ]
    return out


def median_time(passes: int, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> float:
    return statistics.median(timed(fn, *args, **kwargs)[0] for _ in range(passes))


def interleaved(jobs: dict[Any, Callable[[], Any]], passes: int) -> dict[Any, float]:
    """Median seconds of each job over `passes` passes, the job order rotated each pass."""
    seconds: dict[Any, list[float]] = {name: [] for name in jobs}
    for p in range(passes):
        for name in rotated(list(jobs), p):
            seconds[name].append(timed(jobs[name])[0])
    return {name: statistics.median(s) for name, s in seconds.items()}


def without_gc(fn: Callable[[], Any]) -> Callable[[], Any]:
    """fn run with Python's cyclic garbage collector paused (a diagnostic column)."""

    def run() -> Any:
        gc.disable()
        try:
            return fn()
        finally:
            gc.enable()

    return run


def corpus_scaling(docs: list[str], args: argparse.Namespace) -> list[list[str]]:
    """gazet find_many on the corpus repeated 1, 4, 16 times; all cells interleaved."""
    m = BY_NAME[BASELINE].build(args.gazetteer)
    corpora = {k: docs * k for k in (1, 4, 16)}
    variants = {"t=1": 1, "t=2": 2, "t=1 gc off": 1, "t=2 gc off": 2}
    jobs = {}
    for k, big in corpora.items():
        for name, threads in variants.items():
            job = partial(m.find_many, big, threads=threads)
            jobs[k, name] = without_gc(job) if "gc off" in name else job
    seconds = interleaved(jobs, args.scale_passes)
    return [
        [f"{k}x", f"{mb(big):.1f}", *(f"{mb(big) / seconds[k, name]:.1f}" for name in variants)]
        for k, big in corpora.items()
    ]


def gazetteer_scaling(docs: list[str], args: argparse.Namespace) -> list[list[str]]:
    """The first N rows of the gazetteer: build, then scans interleaved across sizes."""
    with open(args.gazetteer, newline="", encoding="utf-8") as f:
        total = sum(1 for _ in csv.reader(f)) - 1
    sizes = (10_000, 50_000, total)
    reference = BY_NAME[REFERENCE]
    builds, jobs, counts = {}, {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = head_csv(args.gazetteer, n, Path(tmp) / f"head{n}.csv")
            builds[n], m = timed(BY_NAME[BASELINE].build, path)
            jobs[n, 1] = partial(m.find_many, docs, threads=1)
            jobs[n, 2] = partial(m.find_many, docs, threads=2)
            people = BY_NAME[PEOPLE].build(path)
            jobs[n, "people"] = partial(people.find_many, docs, threads=1)
            jobs[n, REFERENCE] = partial(reference.scan, reference.build(path), docs)
            counts[n] = sum(map(len, m.find_many(docs, threads=1)))
    seconds = interleaved(jobs, args.scale_passes)
    size = mb(docs)
    return [
        [
            f"{n:,}",
            f"{builds[n]:.2f}",
            *(f"{size / seconds[n, v]:.1f}" for v in (1, 2, "people", REFERENCE)),
            f"{counts[n]:,}",
        ]
        for n in sizes
    ]


# --------------------------------------------------------------------------- report


def log(msg: str) -> None:
    print(f"  [{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def machine() -> list[str]:
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        models = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
    commit = (
        subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        or "?"
    )
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "--", "src", "python"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    peers = ", ".join(
        f"{p} {importlib.metadata.version(p)}"
        for p in ("ahocorasick-rs", "pyahocorasick", "flashtext", "flashtext2", "spacy", "pandas")
    )
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"- date: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        (
            f"- machine: nproc {os.cpu_count()}, {models[0] if models else platform.processor()}, "
            f"{psutil.virtual_memory().total / 2**30:.0f} GiB, {platform.platform()}"
        ),
        (
            f"- python {platform.python_version()}; gazet {gazet.__version__} "
            f"(repo {commit}{', uncommitted changes in src/ or python/' if dirty else ''}); {peers}"
        ),
        f"- load average at start: {load}",
    ]


def engine_rows(rows: list[Row], reference: SpanSet, corpus_mb: float) -> list[list[str]]:
    base = find_row(rows, BASELINE)
    base_s = statistics.median(base.scan_s) / mb(base.docs)  # seconds per MB
    out = []
    for row in rows:
        size = mb(row.docs)
        scan_s = statistics.median(row.scan_s) / size
        count = len(row.spans)
        subset = size < corpus_mb  # spaCy on a subset: scale its count, mark it
        out.append(
            [
                row.engine.name + (" *" if subset else ""),
                row.engine.semantics,
                f"{statistics.median(row.build_s):.2f}",
                f"{statistics.median(row.compile_s):.2f}",
                f"{1 / scan_s:.1f}",
                f"{scan_s / base_s:.2f}",
                (f"~{count * corpus_mb / size:,.0f} *" if subset else f"{count:,}"),
                agreement(row, reference),
                f"{statistics.median(row.rss_compile):.0f}",
                f"{statistics.median(row.rss_build):.0f}",
                f"{statistics.median(row.rss_scan):.0f}",
                f"{statistics.median(row.peak):.0f}",
            ]
        )
    return out


def find_row(rows: list[Row], name: str) -> Row:
    return next(r for r in rows if r.engine.name == name)


def agreement(row: Row, reference: SpanSet) -> str:
    """ "= ref", or how many reference spans it lacks (-) and how many it adds (+)."""
    reference = {t for t in reference if t[0] < len(row.docs)}
    spans = row.spans
    if spans == reference:
        return "= ref"
    return f"-{len(reference - spans):,} +{len(spans - reference):,}"


def differences(
    name: str,
    spans: SpanSet,
    reference: SpanSet,
    docs: list[str],
    ids: list[str],
    keys: dict[str, Any],
    limit: int = 20,
) -> str:
    """The first `limit` span differences with context, and why each differs."""
    missing, extra = reference - spans, spans - reference
    diffs = sorted([(t, "missing") for t in missing] + [(t, "extra") for t in extra])
    reasons = Counter(f"{kind}, {why(kind, t, docs, keys, extra)}" for t, kind in diffs)
    lines = [
        f"### {name} vs the exact reference: {len(missing):,} missing, {len(extra):,} extra",
        "",
        *(f"- {n:,} {reason}" for reason, n in reasons.most_common()),
        "",
    ]
    for (doc, s, e), kind in diffs[:limit]:
        text = docs[doc]
        context = (text[max(0, s - 30) : s] + "[[" + text[s:e] + "]]" + text[e : e + 30]).replace(
            "\n", " "
        )
        lines.append(
            f"- {kind} ({why(kind, (doc, s, e), docs, keys, extra)}) {ids[doc]} [{s}:{e}] "
            f"{text[s:e]!r}: …{context}…"
        )
    return "\n".join(lines)


def why(
    kind: str, span: tuple[int, int, int], docs: list[str], keys: dict[str, Any], extra: SpanSet
) -> str:
    doc, s, e = span
    if kind == "extra":
        lowered = docs[doc][s:e].lower()
        return (
            "its str.lower() is a key" if lowered in keys else "its str.lower() is no key (folding)"
        )
    if any(d == doc and a < e and s < b for d, a, b in extra):
        return "overlapped by an extra span"
    return "not overlapped by any extra span"


# ----------------------------------------------------------------------------- main


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", type=Path, default=DATA / "news.jsonl")
    ap.add_argument("--gazetteer", type=Path, default=DATA / "gazetteer.csv")
    ap.add_argument("--passes", type=int, default=7, help="scan passes per engine (median)")
    ap.add_argument(
        "--build-passes",
        type=int,
        default=3,
        help="fresh-process build + RSS measurements per engine (median)",
    )
    ap.add_argument("--scale-passes", type=int, default=3, help="passes per scaling cell")
    ap.add_argument(
        "--spacy-docs",
        type=int,
        default=0,
        help="scan only the first N docs with spaCy (0: all); figures marked *",
    )
    ap.add_argument("--engines", default="", help="comma-separated engine names (default: all)")
    ap.add_argument("--no-scaling", action="store_true", help="skip the scaling tables")
    return ap.parse_args()


ENGINE_COLUMNS = [
    "engine",
    "semantics",
    "build s",
    "compile s",
    "scan MB/s",
    "time / gazet t=1",
    "matches",
    "spans vs ref",
    "RSS +compile MB",
    "RSS +build MB",
    "RSS +build+scan MB",
    "peak RSS MB",
]


def make_rows(args: argparse.Namespace, docs: list[str]) -> list[Row]:
    """The engines asked for (always with the baseline and the reference), in table order."""
    wanted = {BY_NAME[n.strip()] for n in args.engines.split(",") if n.strip()} or set(ENGINES)
    wanted |= {BY_NAME[BASELINE], BY_NAME[REFERENCE]}
    rows = []
    for engine in ENGINES:
        if engine not in wanted:
            continue
        if engine.name == SPACY and 0 < args.spacy_docs < len(docs):
            rows.append(Row(engine, docs[: args.spacy_docs], args.spacy_docs))
        else:
            rows.append(Row(engine, docs, 0))
    return rows


def exactness(
    rows: list[Row], reference: SpanSet, docs: list[str], ids: list[str], keys: dict[str, Any]
) -> list[str]:
    """Each exact row against the reference; gazet rows that agree with the baseline are
    listed once, with the baseline's differences."""
    baseline = find_row(rows, BASELINE).spans
    lines = []
    for row in rows:
        if row.engine.semantics != "exact" or row.engine.name == REFERENCE:
            continue
        if row.spans == reference:
            lines.append(f"- {row.engine.name}: the same {len(reference):,} spans as {REFERENCE}")
        elif row.engine.name != BASELINE and row.spans == baseline:
            lines.append(f"- {row.engine.name}: the same spans as {BASELINE}")
        else:
            lines.append("\n" + differences(row.engine.name, row.spans, reference, docs, ids, keys))
    return lines


def main() -> None:
    args = parse_args()
    docs, ids = load_docs(args.news), load_ids(args.news)
    rows = make_rows(args, docs)
    header = machine()
    log("fresh-process builds and RSS")
    build_passes(rows, args)
    log("scan passes")
    scan_passes(rows, args)
    reference = find_row(rows, REFERENCE).spans
    keys = read_keys(args.gazetteer)

    print("# gazet matching benchmark (benches/bench_match.py)\n")
    print("\n".join(header))
    print(
        f"- corpus: {args.news.name}, {len(docs):,} docs, {mb(docs):.2f} MB UTF-8; gazetteer: "
        f"{args.gazetteer.name}, {len(keys):,} lowercased keys"
    )
    print(
        f"- scan: median of {args.passes} interleaved passes, one process per engine; "
        f"build and RSS: median of {args.build_passes} fresh processes per engine\n"
    )
    print("## Engines\n")
    print(table(ENGINE_COLUMNS, engine_rows(rows, reference, mb(docs))))
    for row in rows:
        if row.max_docs:
            print(
                f"\n* {row.engine.name} scanned the first {row.max_docs:,} docs "
                f"({mb(row.docs):.2f} MB): its MB/s is as measured, its match count is scaled "
                "to the whole corpus by bytes"
            )
    print("\n## Exactness\n")
    print("\n".join(exactness(rows, reference, docs, ids, keys)))

    options = ", ".join(f"{k}={v!r}" for k, v in EXACT.items())
    print(f"\n## Save / load of a compiled gazet matcher (whole gazetteer, {options})\n")
    print(table(["operation", "median of 3"], [list(r) for r in save_load(args)]))
    if not args.no_scaling:
        log("scaling")
        print(f"\n## Scaling: corpus size (gazet find_many, {options}; MB/s)\n")
        columns = ["corpus", "MB", "t=1", "t=2", "t=1 gc off", "t=2 gc off"]
        print(table(columns, corpus_scaling(docs, args)))
        print(f"\n## Scaling: gazetteer size (first N rows of the CSV, gazet {options}; MB/s)\n")
        columns = ["rows", "gazet build s", "gazet t=1", "gazet t=2", "gazet people=True t=1"]
        columns += [REFERENCE, "gazet matches"]
        print(table(columns, gazetteer_scaling(docs, args)))
    print(f"\n- load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
