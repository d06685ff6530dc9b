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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick
import ahocorasick_rs
import flashtext
import flashtext2
import gazet
import psutil
import spacy
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
# Every builder starts from the CSV file on disk and returns a ready matcher; every scan
# takes (matcher, docs) and returns that engine's native result for the whole corpus;
# every `spans` turns a result into (doc, start, end) triples (untimed).


def build_gazet(case: str) -> Callable[[Path], gazet.Matcher]:
    def build(path: Path) -> gazet.Matcher:
        gz = gazet.Gazetteer.from_csv(path, name_column="surface")
        return gazet.Matcher(gz, dates=False, case=case)

    return build


def scan_gazet(threads: int) -> Callable[[gazet.Matcher, list[str]], list[list[gazet.Match]]]:
    return lambda m, docs: m.find_many(docs, threads=threads)


def scan_gazet_extract(m: gazet.Matcher, docs: list[str]) -> Any:
    return m.extract(docs, threads=1)


def spans_gazet(result: list[list[gazet.Match]]) -> SpanSet:
    return {(i, m.start, m.end) for i, ms in enumerate(result) for m in ms}


def spans_frame(df: Any) -> SpanSet:
    return set(zip(df["doc"].tolist(), df["start"].tolist(), df["end"].tolist()))


def spans_tuples(result: list[list[Span]]) -> SpanSet:
    return {(i, s, e) for i, spans in enumerate(result) for s, e, _ in spans}


def build_acrs(kind: Any) -> Callable[[Path], Any]:
    def build(path: Path) -> Any:
        return ahocorasick_rs.AhoCorasick(list(read_keys(path)), matchkind=kind)

    return build


def scan_acrs_exact(ac: Any, docs: list[str]) -> list[list[Span]]:
    out = []
    for doc in docs:
        low = doc.lower()
        hits = ac.find_matches_as_indexes(low, overlapping=True)
        out.append(leftmost_longest(whole_word(low, hits)))
    return out


def scan_acrs_raw(ac: Any, docs: list[str]) -> list[list[Span]]:
    return [[(s, e, k) for k, s, e in ac.find_matches_as_indexes(d.lower())] for d in docs]


def build_pyac(path: Path) -> Any:
    automaton = ahocorasick.Automaton()
    for i, key in enumerate(read_keys(path)):
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


def build_flashtext(path: Path) -> Any:
    kp = flashtext.KeywordProcessor(case_sensitive=False)
    for key in read_keys(path):
        kp.add_keyword(key, key)
    return kp


def scan_flashtext(kp: Any, docs: list[str]) -> list[list[tuple[str, int, int]]]:
    return [kp.extract_keywords(doc, span_info=True) for doc in docs]


def build_flashtext2(path: Path) -> Any:
    kp = flashtext2.KeywordProcessor(case_sensitive=False)
    kp.add_keywords_with_clean_word_from_iter((key, key) for key in read_keys(path))
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


def build_spacy(path: Path) -> Phrases:
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("GAZ", list(nlp.tokenizer.pipe(read_keys(path))))
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
    build: Callable[[Path], Any]
    scan: Callable[[Any, list[str]], Any]
    spans: Callable[[Any], SpanSet]
    shares_build_with: str | None = None  # reuse another row's matcher in the main process


ENGINES = [
    Engine("gazet find_many t=1", "exact", build_gazet("insensitive"), scan_gazet(1), spans_gazet),
    Engine(
        "gazet find_many t=2",
        "exact",
        build_gazet("insensitive"),
        scan_gazet(2),
        spans_gazet,
        "gazet find_many t=1",
    ),
    Engine(
        "gazet extract() DataFrame t=1",
        "exact",
        build_gazet("insensitive"),
        scan_gazet_extract,
        spans_frame,
        "gazet find_many t=1",
    ),
    Engine("gazet case=smart t=1", "smart case", build_gazet("smart"), scan_gazet(1), spans_gazet),
    Engine(
        "ahocorasick_rs exact",
        "exact",
        build_acrs(ahocorasick_rs.MATCHKIND_STANDARD),
        scan_acrs_exact,
        spans_tuples,
    ),
    Engine(
        "ahocorasick_rs raw",
        "substrings",
        build_acrs(ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST),
        scan_acrs_raw,
        spans_tuples,
    ),
    Engine("pyahocorasick exact", "exact", build_pyac, scan_pyac_exact, spans_tuples),
    Engine("flashtext", "ASCII words", build_flashtext, scan_flashtext, spans_flashtext),
    Engine("flashtext2", "own words", build_flashtext2, scan_flashtext2, spans_flashtext),
    Engine("spaCy PhraseMatcher", "spaCy tokens", build_spacy, scan_spacy, spans_tuples),
]
BY_NAME = {e.name: e for e in ENGINES}
REFERENCE = "ahocorasick_rs exact"
BASELINE = "gazet find_many t=1"
SPACY = "spaCy PhraseMatcher"


# ------------------------------------------------------------------- timing, memory


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    """Seconds taken by fn(*args, **kwargs) (after a gc.collect()), and its result."""
    gc.collect()
    t0 = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - t0, result


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1e6


def measure_in_child(name: str, gazetteer: str, news: str, max_docs: int) -> dict[str, float]:
    """Runs in a fresh spawned process: build one engine, scan once, report RSS."""
    engine = BY_NAME[name]
    docs = load_docs(Path(news))
    docs = docs[:max_docs] if max_docs else docs
    gc.collect()
    before = rss_mb()
    build_s, matcher = timed(engine.build, Path(gazetteer))
    gc.collect()
    built = rss_mb()
    _, result = timed(engine.scan, matcher, docs)
    scanned = rss_mb()
    del result
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # KiB on Linux
    return {
        "build_s": build_s,
        "rss_build": built - before,
        "rss_scan": scanned - before,
        "peak": peak,
    }


def in_fresh_process(fn: Callable[..., Any], *args: Any) -> Any:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        return pool.submit(fn, *args).result()


# --------------------------------------------------------------------------- phases


@dataclass
class Row:
    engine: Engine
    docs: list[str]  # the docs this engine scans (all, or a subset for spaCy)
    build_s: list[float]
    rss_build: list[float]
    rss_scan: list[float]
    peak: list[float]
    scan_s: list[float]
    result: Any = None
    spans: SpanSet | None = None


def child_measurements(rows: list[Row], args: argparse.Namespace) -> None:
    """Build passes, interleaved: every engine in a fresh process, order rotated."""
    for p in range(args.build_passes):
        for row in rotated(rows, p):
            max_docs = len(row.docs) if len(row.docs) < args.n_docs else 0
            m = in_fresh_process(
                measure_in_child, row.engine.name, str(args.gazetteer), str(args.news), max_docs
            )
            row.build_s.append(m["build_s"])
            row.rss_build.append(m["rss_build"])
            row.rss_scan.append(m["rss_scan"])
            row.peak.append(m["peak"])
            log(
                f"build pass {p + 1}: {row.engine.name}: {m['build_s']:.2f} s, "
                f"+{m['rss_build']:.0f} MB"
            )


def scan_passes(rows: list[Row], args: argparse.Namespace) -> None:
    """Scan passes in this process, interleaved (engine order rotated each pass)."""
    matchers: dict[str, Any] = {}
    for row in rows:
        e = row.engine
        matchers[e.name] = (
            matchers[e.shares_build_with] if e.shares_build_with else e.build(args.gazetteer)
        )
    for row in rows:  # warm-up, not counted
        row.engine.scan(matchers[row.engine.name], row.docs[:50])
    for p in range(args.passes):
        for row in rotated(rows, p):
            seconds, result = timed(row.engine.scan, matchers[row.engine.name], row.docs)
            row.scan_s.append(seconds)
            row.result = result
            log(f"scan pass {p + 1}: {row.engine.name}: {mb(row.docs) / seconds:.1f} MB/s")
    for row in rows:
        row.spans = row.engine.spans(row.result)
        row.result = None


def rotated(items: list[Any], k: int) -> list[Any]:
    k %= len(items)
    return items[k:] + items[:k]


def save_load(args: argparse.Namespace) -> list[tuple[str, str]]:
    """Compiled-matcher persistence against a rebuild from the CSV (medians of 3)."""
    build = build_gazet("insensitive")
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


def corpus_scaling(docs: list[str], args: argparse.Namespace) -> list[list[str]]:
    m = build_gazet("insensitive")(args.gazetteer)
    rows = []
    for k in (1, 4, 16):
        big = docs * k
        size = mb(big)
        cells = [f"{k}x", f"{size:.1f}"]
        for threads in (1, 2):
            seconds = median_time(args.scale_passes, m.find_many, big, threads=threads)
            cells.append(f"{size / seconds:.1f}")
        rows.append(cells)
        log(f"corpus scaling {k}x done")
    return rows


def gazetteer_scaling(docs: list[str], args: argparse.Namespace) -> list[list[str]]:
    with open(args.gazetteer, newline="", encoding="utf-8") as f:
        total = sum(1 for _ in csv.reader(f)) - 1
    size = mb(docs)
    reference = BY_NAME[REFERENCE]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (10_000, 50_000, total):
            path = head_csv(args.gazetteer, n, Path(tmp) / f"head{n}.csv")
            build_s, m = timed(build_gazet("insensitive"), path)
            t1 = median_time(args.scale_passes, m.find_many, docs, threads=1)
            t2 = median_time(args.scale_passes, m.find_many, docs, threads=2)
            tr = median_time(args.scale_passes, reference.scan, reference.build(path), docs)
            count = sum(map(len, m.find_many(docs, threads=1)))
            rows.append(
                [
                    f"{n:,}",
                    f"{build_s:.2f}",
                    f"{size / t1:.1f}",
                    f"{size / t2:.1f}",
                    f"{size / tr:.1f}",
                    f"{count:,}",
                ]
            )
            log(f"gazetteer scaling {n} done")
    return rows


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
        count = len(row.spans or ())
        subset = size < corpus_mb  # spaCy on a subset: scale its count, mark it
        out.append(
            [
                row.engine.name + (" *" if subset else ""),
                row.engine.semantics,
                f"{statistics.median(row.build_s):.2f}",
                f"{1 / scan_s:.1f}",
                f"{scan_s / base_s:.2f}",
                (f"~{count * corpus_mb / size:,.0f} *" if subset else f"{count:,}"),
                agreement(row, reference),
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
    spans = row.spans or set()
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
    ap.add_argument("--passes", type=int, default=5, help="scan passes per engine (median)")
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


def main() -> None:
    args = parse_args()
    docs, ids = load_docs(args.news), load_ids(args.news)
    args.n_docs = len(docs)
    wanted = [BY_NAME[n.strip()] for n in args.engines.split(",") if n.strip()] or ENGINES
    for needed in (BASELINE, REFERENCE):
        if BY_NAME[needed] not in wanted:
            wanted.insert(0, BY_NAME[needed])
    spacy_docs = docs[: args.spacy_docs] if 0 < args.spacy_docs < len(docs) else docs
    rows = [Row(e, spacy_docs if e.name == SPACY else docs, [], [], [], [], []) for e in wanted]
    rows.sort(key=lambda r: ENGINES.index(r.engine))

    header = machine()
    log("fresh-process builds and RSS")
    child_measurements(rows, args)
    log("scan passes")
    scan_passes(rows, args)

    reference = find_row(rows, REFERENCE).spans or set()
    keys = read_keys(args.gazetteer)
    spacy_note = (
        f"* spaCy scanned the first {len(spacy_docs):,} docs ({mb(spacy_docs):.2f} MB); its "
        "match count is scaled to the corpus by bytes, its MB/s is as measured"
        if len(spacy_docs) < len(docs)
        else ""
    )

    print("# gazet matching benchmark (benches/bench_match.py)\n")
    print("\n".join(header))
    print(
        f"- corpus: {args.news.name}, {len(docs):,} docs, {mb(docs):.2f} MB UTF-8; gazetteer: "
        f"{args.gazetteer.name}, {len(keys):,} lowercased keys"
    )
    print(
        f"- scan: median of {args.passes} interleaved passes; build and RSS: median of "
        f"{args.build_passes} fresh spawned processes each\n"
    )
    print("## Engines\n")
    print(
        table(
            [
                "engine",
                "semantics",
                "build s",
                "scan MB/s",
                "time / gazet t=1",
                "matches",
                "spans vs ref",
                "RSS +build MB",
                "RSS +build+scan MB",
                "peak RSS MB",
            ],
            engine_rows(rows, reference, mb(docs)),
        )
    )
    if spacy_note:
        print(f"\n{spacy_note}")
    print("\n## Exactness\n")
    exact = [r for r in rows if r.engine.semantics == "exact" and r.engine.name != REFERENCE]
    for row in exact:
        if row.spans == reference:
            print(
                f"- {row.engine.name}: same {len(reference):,} (doc, start, end) spans as {REFERENCE}"
            )
    for row in exact:
        if row.spans != reference:
            print(
                "\n" + differences(row.engine.name, row.spans or set(), reference, docs, ids, keys)
            )
            if row.engine.name.startswith("gazet"):
                break  # the gazet rows share one matcher: one list is enough

    print("\n## Save / load of a compiled gazet matcher (168k rows, case=insensitive)\n")
    print(table(["operation", "median of 3"], [list(r) for r in save_load(args)]))
    if not args.no_scaling:
        print("\n## Scaling: corpus size (gazet find_many, case=insensitive; MB/s)\n")
        print(table(["corpus", "MB", "t=1 MB/s", "t=2 MB/s"], corpus_scaling(docs, args)))
        print("\n## Scaling: gazetteer size (first N rows of the CSV; MB/s on the 1x corpus)\n")
        print(
            table(
                ["rows", "gazet build s", "gazet t=1", "gazet t=2", REFERENCE, "gazet matches"],
                gazetteer_scaling(docs, args),
            )
        )
    print(f"\n- load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
