"""Results before and after a change: dump everything gazet finds, then diff two dumps.

A refactor should change no result. This script runs the installed gazet over the seed
articles (reference dates from seeds/metadata.csv), every text of the gold sets in
tests/data (entity_passages, dates_sentences, dates_heldout with their ref_date;
seeds_gold and seeds_dates_gold annotate the seed articles, so "seeds" covers them) and
the BBC corpus (../shared/bench/news.jsonl, with no reference date and with 2005-03-01),
under the option sets in OPTION_SETS, and writes every match of `find_many` (and the rows
of `extract`, `extract_arrow` and `suggest` where noted) as one JSON line per
(option set, corpus, document) to a gzip file: sorted keys, no timestamps, so two dumps
of the same code are byte-identical. Outputs stay outside the repository (the BBC text
must never enter it).

    python scripts/diff_results.py dump /work/diff/before.jsonl.gz [--bbc DIR]
    python scripts/diff_results.py compare before.jsonl.gz after.jsonl.gz [--show N]

Run `dump` with the Python whose gazet you mean to test, from a directory where
`import gazet` does not find the source tree (the script prints the module it used).
`compare` prints, per option set and corpus, the documents compared and differing and
the items only in A / only in B, then the first differences (default 20); it exits 1 if
anything differs (a key missing on one side counts), 0 if the dumps are identical.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import inspect
import json
import pickle
import re
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BBC_REF = "2005-03-01"  # the BBC articles are from 2004-2005
FIELDS = ("start", "end", "text", "label", "entity_id", "value")
Doc = tuple[str, str, str | None]  # (key, text, reference date)
META = ("#meta", "#meta", "#meta")  # the key of the first line: versions, option sets, corpora

# name -> (gazetteer, Matcher options). Gazetteers: None = built-ins; "seeds" =
# seeds/gazetteer.csv; "+builtins" adds gazet.places() + gazet.demonyms(); "people" =
# tests/data/people.csv; "bench" = the benchmark's 168k-row gazetteer (from --bbc).
# "_reload" runs a copy of the matcher that went through pickle or save/load.
OPTION_SETS: dict[str, tuple[str | None, dict[str, Any]]] = {
    "defaults": (None, {}),
    "discover": (None, {"discover": True}),
    "case_insensitive": (None, {"case": "insensitive"}),
    "case_sensitive": (None, {"case": "sensitive"}),
    "no_context": (None, {"context": False}),
    "no_people": (None, {"people": False}),
    "no_dates": (None, {"dates": False}),
    "plain": (None, {"case": "insensitive", "people": False, "context": False, "dates": False}),
    "discover_insensitive_no_context": (
        None,
        {"discover": True, "case": "insensitive", "context": False},
    ),
    "seed_gazetteer": ("seeds", {}),  # tests' seed_matcher
    "seed_gazetteer_no_people": ("seeds", {"people": False}),
    "seed_gazetteer+demonyms": ("seeds+demonyms", {}),  # test_seeds_gold
    "seed_gazetteer+builtins": ("seeds+builtins", {}),  # the README's main job
    "people_list": ("people+builtins", {"discover": True}),  # test_entities_gold
    "people_list_no_people": ("people+builtins", {"discover": True, "people": False}),
    "people_list_pickled": ("people+builtins", {"discover": True, "_reload": "pickle"}),
    "seed_gazetteer_saved": ("seeds", {"_reload": "save"}),  # through save() and load()
    "bench_exact": (
        "bench",
        {"case": "insensitive", "people": False, "context": False, "dates": False},
    ),
    "bench_people": ("bench", {"case": "insensitive", "context": False, "dates": False}),
    "bench_defaults": ("bench", {"dates": False}),
}
# The option sets whose seed results also go through extract/extract_arrow, and suggest.
FRAME_SETS = ("defaults", "discover", "no_dates", "seed_gazetteer", "seed_gazetteer+builtins")
SUGGEST_SETS = ("defaults", "people_list")


def corpora(bbc: Path | None) -> dict[str, list[Doc]]:
    """Corpus name -> its documents."""
    seeds = ROOT / "seeds"
    with open(seeds / "metadata.csv", encoding="utf-8", newline="") as f:
        published = {row["doc_id"]: row["published"] or None for row in csv.DictReader(f)}
    out = {
        "seeds": [
            (p.stem, p.read_text(encoding="utf-8"), published.get(p.stem))
            for p in sorted(seeds.glob("*.txt"))
        ]
    }
    for name in ("entity_passages", "dates_sentences", "dates_heldout"):
        items = _jsonl(ROOT / "tests" / "data" / f"{name}.jsonl")
        out[name] = [(str(i["id"]), i["text"], i.get("ref_date")) for i in items]
    if bbc is not None:
        items = _jsonl(bbc / "news.jsonl")
        out["bbc"] = [(i["id"], i["text"], None) for i in items]
        out["bbc@" + BBC_REF] = [(i["id"], i["text"], BBC_REF) for i in items]
    for name, docs in out.items():
        if len({d[0] for d in docs}) != len(docs):  # keys must be unique: prefix positions
            out[name] = [(f"{n}:{key}", text, ref) for n, (key, text, ref) in enumerate(docs)]
    return out


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f.read().split("\n") if line.strip()]


def build(gazet: Any, spec: str | None, options: dict[str, Any], bbc: Path | None) -> Any:
    options = dict(options)
    reload = options.pop("_reload", None)
    matcher = gazet.Matcher(_gazetteer(gazet, spec, bbc), **options)
    if reload == "pickle":
        return pickle.loads(pickle.dumps(matcher))
    if reload == "save":
        with tempfile.TemporaryDirectory() as folder:
            matcher.save(Path(folder) / "m.gazet")
            return gazet.Matcher.load(Path(folder) / "m.gazet")
    return matcher


def _gazetteer(gazet: Any, spec: str | None, bbc: Path | None) -> Any:
    if spec is None:
        return None
    base, _, extra = spec.partition("+")
    path = {
        "seeds": ROOT / "seeds" / "gazetteer.csv",
        "people": ROOT / "tests" / "data" / "people.csv",
        "bench": bbc / "gazetteer.csv" if bbc else None,
    }[base]
    gz = gazet.Gazetteer.from_csv(path, **({"name_column": "surface"} if base == "bench" else {}))
    if extra == "demonyms":
        gz = gz + gazet.demonyms()
    elif extra == "builtins":
        gz = gz + gazet.places() + gazet.demonyms()
    return gz


def match_item(m: Any) -> dict[str, Any]:
    item = {f: getattr(m, f) for f in FIELDS}
    if hasattr(m, "candidates"):
        item["candidates"] = list(m.candidates)
    return item


def plain(value: Any) -> Any:
    """A DataFrame cell as JSON: missing values as None, numpy scalars as Python's."""
    missing = type(value).__name__ == "NAType" or (isinstance(value, float) and value != value)
    if value is None or missing:
        return None
    return value.item() if hasattr(value, "item") else value


def keyword(func: Any, names: tuple[str, ...], value: Any) -> dict[str, Any]:
    """{name: value} for the first of `names` that `func` takes (options may be renamed)."""
    params = inspect.signature(func).parameters
    for name in names:
        if name in params:
            return {name: value}
    sys.exit(f"diff_results: {func.__qualname__}{inspect.signature(func)} takes none of {names}")


def run(name: str, matcher: Any, docs: list[Doc], corpus: str) -> Iterator[dict[str, Any]]:
    texts = [d[1] for d in docs]
    refs = keyword(matcher.find_many, ("ref_dates", "ref_date"), [d[2] for d in docs])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = matcher.find_many(texts, errors="skip", **refs)
    for (key, _, _), matches in zip(docs, found, strict=True):
        yield line(name, corpus, key, [match_item(m) for m in matches])
    if found.failures:
        failed = [
            {"doc": docs[f.row][0], "error": f"{type(f.error).__name__}: {f.error}"}
            for f in found.failures
        ]
        yield line(name, corpus, "#failures", failed)


def frames(matcher: Any, name: str, docs: list[Doc]) -> Iterator[dict[str, Any]]:
    """extract() (and extract_arrow() if pyarrow is there), rows grouped by document."""
    import pandas as pd

    df = pd.DataFrame(
        {"text": [d[1] for d in docs], "published": [d[2] for d in docs]},
        index=[d[0] for d in docs],
    )
    cols = {
        **keyword(matcher.extract, ("text", "text_column"), "text"),
        **keyword(matcher.extract, ("ref_date", "ref_dates"), "published"),
    }
    out = matcher.extract(df, **cols)
    categorical = [c for c in out.columns if isinstance(out[c].dtype, pd.CategoricalDtype)]
    frame = {
        "columns": [str(c) for c in out.columns],
        "dtypes": [str(t) for t in out.dtypes],
        "categories": {c: _digest([str(x) for x in out[c].cat.categories]) for c in categorical},
    }
    yield line(name, "seeds.extract", "#frame", [frame])
    yield from _grouped(name, "seeds.extract", docs, _records(out))
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        print(
            "diff_results: no pyarrow, extract_arrow skipped (its keys will be missing)",
            file=sys.stderr,
        )
        return
    table = matcher.extract_arrow(df, **cols)
    schema = [{"name": f.name, "type": str(f.type)} for f in table.schema]
    yield line(name, "seeds.extract_arrow", "#schema", schema)
    yield from _grouped(name, "seeds.extract_arrow", docs, table.to_pylist())


def _digest(values: list[str]) -> dict[str, Any]:
    return {
        "count": len(values),
        "sha256": hashlib.sha256("\n".join(values).encode()).hexdigest(),
        "head": values[:10],
    }


def _grouped(
    name: str, corpus: str, docs: list[Doc], rows: list[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    by_doc: dict[Any, list[dict[str, Any]]] = {d[0]: [] for d in docs}
    for row in rows:
        by_doc.setdefault(row["doc"], []).append(row)
    for key, items in by_doc.items():
        yield line(name, corpus, str(key), items)


def suggest(matcher: Any, name: str, corpus: str, docs: list[Doc]) -> dict[str, Any]:
    return line(
        name, corpus + ".suggest", "#table", _records(matcher.suggest([d[1] for d in docs]))
    )


def _records(df: Any) -> list[dict[str, Any]]:
    """A DataFrame's rows as JSON-ready dicts."""
    return [
        {str(c): plain(v) for c, v in zip(df.columns, row, strict=True)}
        for row in df.itertuples(index=False)
    ]


def line(options: str, corpus: str, doc: str, items: list[Any]) -> dict[str, Any]:
    return {"options": options, "corpus": corpus, "doc": doc, "rows": items}


def dump(out: Path, bbc: Path | None) -> None:
    import gazet

    if bbc is not None and not (bbc / "news.jsonl").is_file():
        print(f"diff_results: no {bbc}/news.jsonl: BBC and bench sets left out", file=sys.stderr)
        bbc = None
    print(f"diff_results: gazet {gazet.__version__} from {gazet.__file__}", file=sys.stderr)
    docs = corpora(bbc)
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as f:

        def write(record: dict[str, Any]) -> None:
            f.write(json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n")

        sets = {name: {"gazetteer": g, "options": o} for name, (g, o) in OPTION_SETS.items()}
        counts = {c: len(d) for c, d in docs.items()}
        meta = {"gazet": gazet.__version__, "option_sets": sets, "corpora": counts}
        write(line(*META, [meta]))
        for name, (spec, options) in OPTION_SETS.items():
            if spec == "bench" and bbc is None:
                continue
            t0 = time.perf_counter()
            matcher = build(gazet, spec, options, bbc)
            n = 0
            for corpus, items in docs.items():
                for record in run(name, matcher, items, corpus):
                    write(record)
                    n += len(record["rows"])
            if name in FRAME_SETS:
                for record in frames(matcher, name, docs["seeds"]):
                    write(record)
            if name in SUGGEST_SETS:
                for corpus in ("seeds", "entity_passages", "bbc"):
                    if corpus in docs:
                        write(suggest(matcher, name, corpus, docs[corpus]))
            print(f"  {name}: {n} matches, {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    print(f"diff_results: wrote {out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)


# A dump line as written (sorted keys): its key is read without parsing the rows, so that
# equal lines are compared as strings and only the differing ones are parsed.
_STR = r'("(?:[^"\\]|\\.)*")'  # a JSON string
LINE = re.compile(rf'\{{"corpus": {_STR}, "doc": {_STR}, "options": {_STR}, "rows": ')


def load(path: Path) -> dict[tuple[str, str, str], str]:
    """Key -> the line's text."""
    lines = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for text in f:
            m = LINE.match(text)
            if m:
                key = (json.loads(m[3]), json.loads(m[1]), json.loads(m[2]))
            else:  # not as this script writes it: parse it all
                r = json.loads(text)
                key = (r["options"], r["corpus"], r["doc"])
            lines[key] = text
    return lines


def rows(text: str | None) -> list[Any]:
    return [] if text is None else list(json.loads(text)["rows"])


def canon(item: Any) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def show(item: Any) -> str:
    if isinstance(item, dict) and {"start", "end", "text", "label"} <= item.keys():
        cands = f" candidates={item['candidates']}" if item.get("candidates") else ""
        return f"{item['label']} id={item.get('entity_id')} value={item.get('value')}{cands}"
    return canon(item)


def compare(a_path: Path, b_path: Path, limit: int) -> int:
    a, b = load(a_path), load(b_path)
    for side, path, data in (("A", a_path, a), ("B", b_path, b)):
        meta = (rows(data.pop(META, None)) or [{}])[0]
        print(f"{side}: {path} (gazet {meta.get('gazet')}, {len(data)} records)")
    groups: dict[tuple[str, str], Counter[str]] = {}
    shown: list[str] = []
    for key in list(a) + [k for k in b if k not in a]:
        stats = groups.setdefault(key[:2], Counter())
        stats["docs"] += 1
        if a.get(key) == b.get(key):
            continue
        stats["differ"] += 1
        left = rows(a[key]) if key in a else None
        right = rows(b[key]) if key in b else None
        only_a = Counter(map(canon, left or [])) - Counter(map(canon, right or []))
        only_b = Counter(map(canon, right or [])) - Counter(map(canon, left or []))
        stats["only_a"] += sum(only_a.values())
        stats["only_b"] += sum(only_b.values())
        if len(shown) >= limit:
            continue
        where = " | ".join(key)
        if left is None or right is None:
            missing, other = ("A", right) if left is None else ("B", left)
            shown.append(f"{where}: missing in {missing} ({len(other or [])} items in the other)")
            continue
        if not only_a and not only_b:
            shown.append(f"{where}: same items, different order")
            continue
        spans: dict[Any, tuple[list[Any], list[Any]]] = {}
        for i, items in enumerate((only_a, only_b)):
            for text, count in items.items():
                item = json.loads(text)
                span = (
                    (item["start"], item["end"], item["text"])
                    if isinstance(item, dict) and "start" in item
                    else text
                )
                spans.setdefault(span, ([], []))[i].extend([item] * count)
        for span, (left_items, right_items) in spans.items():
            label = f"[{span[0]}:{span[1]}] {span[2]!r}" if isinstance(span, tuple) else ""
            a_text = "; ".join(map(show, left_items)) or "-"
            b_text = "; ".join(map(show, right_items)) or "-"
            shown.append(f"{where} {label}\n    A: {a_text}\n    B: {b_text}")
    w1 = max((len(o) for o, _ in groups), default=10)
    w2 = max((len(c) for _, c in groups), default=6)
    head = f"{'docs':>6} {'differ':>6} {'only A':>7} {'only B':>7}"
    print(f"\n{'option set':<{w1}}  {'corpus':<{w2}}  {head}")
    for (options, corpus), s in groups.items():
        counts = f"{s['docs']:>6} {s['differ']:>6} {s['only_a']:>7} {s['only_b']:>7}"
        print(f"{options:<{w1}}  {corpus:<{w2}}  {counts}")
    differ = sum(s["differ"] for s in groups.values())
    total = sum(s["docs"] for s in groups.values())
    if differ:
        print(f"\nfirst {len(shown)} differences (A = {a_path}, B = {b_path}):")
        print("\n".join(shown))
    print(f"\n{differ} of {total} records differ" if differ else f"\nidentical: {total} records")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="run the installed gazet, write OUT.jsonl.gz")
    d.add_argument("out", type=Path)
    d.add_argument(
        "--bbc",
        type=Path,
        default=ROOT.parent / "shared" / "bench",
        help="folder with news.jsonl and gazetteer.csv (default: ../shared/bench)",
    )
    c = sub.add_parser("compare", help="diff two dumps; exit 1 if they differ")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--show", type=int, default=20, help="differences to print (default 20)")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.bbc)
        return 0
    return compare(args.a, args.b, args.show)


if __name__ == "__main__":
    sys.exit(main())
