"""The spaCy component "gazet" against spaCy's EntityRuler with the same phrase patterns.

    python benches/bench_spacy.py [--passes 3] [--seed-repeat 100] [--bbc-docs 0] [--out FILE]

Two sets, each read in place (the BBC corpus is never copied into the repository):

- seeds: seeds/gazetteer.csv (label,entity_id,name,...) on the five seed articles,
  repeated so that a pass takes long enough to time;
- BBC: ../shared/bench/gazetteer.csv (label,entity_id,surface; 168,508 rows) on
  ../shared/bench/news.jsonl (2,225 articles, field "text").

Both pipelines are spacy.blank("en") plus one component built from the same CSV rows:
an EntityRuler (`phrase_matcher_attr="LOWER"`, one phrase pattern per row with its
label and id) and gazet as a plain dictionary matcher (`case="insensitive"`,
`context=False`, `people=False`, `dates=False`, no built-in places). Reported: build
time and RSS growth, documents per second through `nlp.pipe` (median of the passes,
tokenizer alone as a floor), and span agreement on `doc.ents` as (doc, start_char,
end_char, label) sets, with every difference put in a category and a few examples (the
matched surface only, never the article text).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import gazet
import gazet.spacy  # registers the factory even where the entry point is not installed

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "bench"

Key = tuple[int, int, int, str]  # (doc, start_char, end_char, label)
PLAIN = {"case": "insensitive", "context": False, "people": False, "dates": False}


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass
class Dataset:
    name: str
    gazetteer: Path
    name_column: str
    texts: list[str]
    note: str

    @property
    def mb(self) -> float:
        return sum(len(t.encode("utf-8")) for t in self.texts) / 1e6


def seeds(repeat: int) -> Dataset:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    return Dataset(
        "seeds",
        REPO / "seeds" / "gazetteer.csv",
        "name",
        texts * repeat,
        f"the {len(texts)} seed articles repeated {repeat}x",
    )


def bbc(limit: int) -> Dataset:
    with open(DATA / "news.jsonl", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    note = f"all {len(texts):,} BBC articles"
    if 0 < limit < len(texts):
        texts = texts[:limit]
        note = f"the first {limit:,} BBC articles (subsample)"
    return Dataset("BBC", DATA / "gazetteer.csv", "surface", texts, note)


def rows(data: Dataset) -> list[tuple[str, str, str]]:
    with open(data.gazetteer, newline="", encoding="utf-8") as f:
        return [(r["label"], r["entity_id"], r[data.name_column]) for r in csv.DictReader(f)]


# ------------------------------------------------------------------------------ builds


def build_ruler(data: Dataset) -> tuple[Language, float, float]:
    before, start = rss_mb(), time.perf_counter()
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    patterns = [{"label": label, "pattern": name, "id": eid} for label, eid, name in rows(data)]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp, time.perf_counter() - start, rss_mb() - before


def build_gazet(data: Dataset) -> tuple[Language, float, float]:
    before, start = rss_mb(), time.perf_counter()
    nlp = spacy.blank("en")
    config = {
        "gazetteer": str(data.gazetteer),
        "name_column": data.name_column,
        "default_places": False,
        **PLAIN,
    }
    nlp.add_pipe("gazet", config=config)
    nlp.initialize()  # the component compiles its matcher here (else on the first doc)
    return nlp, time.perf_counter() - start, rss_mb() - before


# ------------------------------------------------------------------------------ timing


def timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def passes(
    engines: dict[str, Callable[[], float]], count: int, log: Callable[[str], None]
) -> dict[str, float]:
    """Median seconds per engine over `count` interleaved passes (each run returns the
    seconds it timed), after one untimed pass each: spaCy's tokenizer caches the words
    it has seen, so all start warm."""
    for run in engines.values():
        run()
    times: dict[str, list[float]] = defaultdict(list)
    for i in range(count):
        for name, run in engines.items():
            times[name].append(run())
            log(f"  pass {i + 1} {name}: {times[name][-1]:.2f} s")
    return {name: statistics.median(t) for name, t in times.items()}


def build_apart(engine: str, data: Dataset) -> tuple[float, float]:
    """Build time and RSS growth of one engine measured in a fresh process, so that
    what the other engine or the other set left in this one does not count."""
    done = subprocess.run(
        [sys.executable, __file__, "--build", engine, "--set", data.name, "--bbc-docs", "0"],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, rss = json.loads(done.stdout)
    return float(seconds), float(rss)


# --------------------------------------------------------------------------- agreement


def keys(docs: Iterable[Doc]) -> set[Key]:
    return {(i, e.start_char, e.end_char, e.label_) for i, doc in enumerate(docs) for e in doc.ents}


def overlapping(k: Key, spans: dict[int, list[Key]]) -> Key | None:
    for o in spans.get(k[0], ()):
        if o[1] < k[2] and k[1] < o[2]:
            return o
    return None


def explain(
    only: set[Key],
    other: set[Key],
    texts: list[str],
    patterns: set[str],
    pattern_tokens: Callable[[str], list[str]],
    nlp: Language,
    raw: dict[int, set[tuple[int, int]]],
) -> tuple[Counter[str], dict[str, list[str]]]:
    """Each span found by one engine only, put in the first category that fits, with up
    to three examples per category (the matched surface, its label)."""
    by_doc: dict[int, list[Key]] = defaultdict(list)
    for k in other:
        by_doc[k[0]].append(k)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for k in sorted(only):
        doc, start, end, label = k
        surface = texts[doc][start:end]
        o = overlapping(k, by_doc)
        if o is not None and (o[1], o[2]) == (start, end):
            why = "same span, other label (a name several labels share: each picks one)"
            extra = f" vs {o[3]}"
        elif o is not None:
            why = "overlapping span chosen differently (gazet: leftmost-longest over words; ruler: longest first over tokens)"
            extra = f" vs {texts[doc][o[1] : o[2]]!r}"
        elif (start, end) not in raw.get(doc, set()) and raw.get(doc) is not None:
            why = "gazet matched inside a spaCy token; the span is expanded to the whole token"
            extra = ""
        elif _inside_word(texts[doc], start, end):
            why = (
                "a token inside a word: spaCy splits 'cannot' into 'can' 'not', "
                "gazet matches whole words only"
            )
            extra = ""
        elif surface.lower() not in patterns:
            why = (
                "folding: no pattern is this text lower-cased (diacritics, dashes, quotes, spaces)"
            )
            extra = ""
        else:
            text_tokens = [t.lower_ for t in nlp.make_doc(surface)]
            if text_tokens != pattern_tokens(surface.lower()):
                why = "tokens differ between the pattern and the text"
            else:
                why = "other"
            extra = ""
        counts[why] += 1
        if len(examples[why]) < 3:
            examples[why].append(f"{surface!r} {label}{extra}")
    return counts, examples


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether [start, end) starts or ends between two word characters (gazet's rule)."""

    def word(i: int) -> bool:
        return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")

    return (word(start - 1) and word(start)) or (word(end - 1) and word(end))


# ------------------------------------------------------------------------------ report


def machine() -> list[str]:
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "--", "src", "python"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        models = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
    return [
        f"- date: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"- machine: nproc {os.cpu_count()}, {models[0] if models else platform.processor()}, "
        f"{platform.platform()}",
        f"- python {platform.python_version()}; gazet {gazet.__version__} (repo {commit or '?'}"
        f"{', uncommitted changes in src/ or python/' if dirty else ''}); "
        f"spacy {importlib.metadata.version('spacy')}",
        f"- load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}",
    ]


def table(header: list[str], body: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return out + ["| " + " | ".join(r) + " |" for r in body]


def run_set(data: Dataset, count: int, log: Callable[[str], None]) -> list[str]:
    log(f"{data.name}: {data.note}, {data.mb:.2f} MB")
    table_rows = rows(data)
    builds = {engine: build_apart(engine, data) for engine in ("gazet", "ruler")}
    log(f"  built apart: {builds}")
    gz_nlp = build_gazet(data)[0]
    ruler_nlp = build_ruler(data)[0]
    component = gz_nlp.get_pipe("gazet")
    assert isinstance(component, gazet.spacy.GazetComponent)
    ruler = ruler_nlp.get_pipe("entity_ruler")
    tokenizer = spacy.blank("en")
    texts = data.texts
    cores = len(os.sched_getaffinity(0))
    last: dict[str, list[Doc]] = {}

    def whole(name: str, nlp: Language, threads: int | None = None) -> Callable[[], float]:
        def run() -> float:
            component.threads = threads
            start = time.perf_counter()
            last[name] = list(nlp.pipe(texts))
            return time.perf_counter() - start

        return run

    def alone(pipe: Any, nlp: Language, threads: int | None = None) -> Callable[[], float]:
        def run() -> float:
            component.threads = threads
            tokenize: Any = nlp.tokenizer  # typed as a plain callable; it has pipe()
            docs = list(tokenize.pipe(texts))  # untimed
            start = time.perf_counter()
            list(pipe.pipe(docs))
            return time.perf_counter() - start

        return run

    medians = passes(
        {
            "tokenizer only": whole("tokenizer", tokenizer),
            "EntityRuler": whole("ruler", ruler_nlp),
            f"gazet t={cores}": whole("gazet", gz_nlp),
            "EntityRuler alone": alone(ruler, ruler_nlp),
            "gazet alone t=1": alone(component, gz_nlp, 1),
            f"gazet alone t={cores}": alone(component, gz_nlp, cores),
        },
        count,
        log,
    )
    speed = []
    for name, seconds in medians.items():
        engine = "ruler" if name.startswith("EntityRuler") else "gazet" if "gazet" in name else ""
        build, rss = builds.get(engine, (None, None))
        base = medians["EntityRuler alone" if "alone" in name else "EntityRuler"]
        speed.append(
            [
                name,
                "" if build is None else f"{build:.2f}",
                "" if rss is None else f"{rss:.0f}",
                f"{seconds:.3f}",
                f"{len(texts) / seconds:,.0f}",
                f"{data.mb / seconds:.2f}",
                "" if not engine else f"{base / seconds:.2f}",
            ]
        )

    gz_docs, ruler_docs = last["gazet"], last["ruler"]
    ours, theirs = keys(gz_docs), keys(ruler_docs)
    same = ours & theirs
    ids = {
        (i, e.start_char, e.end_char, e.label_): e.ent_id_
        for i, doc in enumerate(ruler_docs)
        for e in doc.ents
    }
    same_ids = sum(
        1
        for i, doc in enumerate(gz_docs)
        for e in doc.ents
        if ids.get((i, e.start_char, e.end_char, e.label_)) == e.kb_id_
    )
    # gazet's own offsets, to tell the spans it expanded to whole tokens.
    raw_matches = component.matcher.find_many(texts)
    raw = {i: {(m.start, m.end) for m in found} for i, found in enumerate(raw_matches)}
    inside = sum(
        1
        for i, found in enumerate(raw_matches)
        for m in found
        if gz_docs[i].char_span(m.start, m.end) is None
    )
    patterns = {name.lower() for _, _, name in table_rows}
    token_cache: dict[str, list[str]] = {}

    def pattern_tokens(pattern: str) -> list[str]:
        if pattern not in token_cache:
            token_cache[pattern] = [t.lower_ for t in tokenizer.make_doc(pattern)]
        return token_cache[pattern]

    only_gazet = explain(ours - theirs, theirs, texts, patterns, pattern_tokens, tokenizer, raw)
    only_ruler = explain(theirs - ours, ours, texts, patterns, pattern_tokens, tokenizer, {})

    out = [
        f"## {data.name}: {data.note}",
        "",
        f"- text: {len(texts):,} documents, {data.mb:.2f} MB; gazetteer "
        f"{os.path.relpath(data.gazetteer, REPO)}: {len(table_rows):,} rows "
        f"({len(patterns):,} distinct lower-cased names)",
        f"- passes: {count}, interleaved, after one untimed pass; medians. The first three "
        "rows time `nlp.pipe` over the texts (tokenizer included); the `alone` rows time "
        "the component's own `pipe` over documents tokenized beforehand. Build time and "
        "RSS growth are measured in a fresh process each.",
        "",
        *table(
            ["timed", "build s", "RSS +build MB", "s", "docs/s", "MB/s", "speed vs EntityRuler"],
            speed,
        ),
        "",
        f"Span agreement on doc.ents, (doc, start_char, end_char, label): same {len(same):,}, "
        f"only gazet {len(ours - theirs):,}, only EntityRuler {len(theirs - ours):,} "
        f"(gazet {len(ours):,}, EntityRuler {len(theirs):,}; Jaccard "
        f"{len(same) / max(len(ours | theirs), 1):.4f}). Of the same spans, {same_ids:,} "
        "carry the same entity id (gazet's kb_id_ = the ruler's ent_id_); a name several "
        "ids share gets gazet's first listed entity and the ruler's first matching "
        f"pattern. gazet matches that start or end inside a spaCy token: {inside:,}.",
        "",
    ]
    for title, (counts, examples) in (
        ("only gazet", only_gazet),
        ("only EntityRuler", only_ruler),
    ):
        out.append(f"{title}, by cause:")
        out.append("")
        for why, n in counts.most_common():
            out.append(f"- {n:,} {why}: e.g. {'; '.join(examples[why])}")
        out.append("")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--seed-repeat", type=int, default=100)
    parser.add_argument("--bbc-docs", type=int, default=0, help="first N articles (0: all)")
    parser.add_argument("--out", type=Path, default=REPO / "benches" / "spacy_last_run.txt")
    parser.add_argument("--build", choices=["gazet", "ruler"], help=argparse.SUPPRESS)
    parser.add_argument("--set", choices=["seeds", "BBC"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:  # the child process of build_apart: print [seconds, RSS MB]
        data = seeds(1) if args.set == "seeds" else bbc(1)
        _, seconds, rss = (build_gazet if args.build == "gazet" else build_ruler)(data)
        print(json.dumps([seconds, rss]))
        return 0

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    start = time.perf_counter()
    report = ["# gazet's spaCy component against spaCy's EntityRuler", "", *machine(), ""]
    report += [
        "Both: spacy.blank('en') + one component from the same CSV rows. EntityRuler: "
        "phrase_matcher_attr='LOWER', one phrase pattern per row (label, id). gazet: "
        f"{', '.join(f'{k}={v}' for k, v in PLAIN.items())}, default_places=False "
        "(a plain dictionary matcher); alignment_mode='expand'.",
        "",
    ]
    for data in (seeds(args.seed_repeat), bbc(args.bbc_docs)):
        report += run_set(data, args.passes, log)
    report += [
        f"- load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
        f"whole run {time.perf_counter() - start:.0f} s",
    ]
    text = "\n".join(report) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
