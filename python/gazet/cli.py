"""The `gazet` command: extract people, places and dates from files and folders."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from .gazetteer import Gazetteer, GazetteerError
from .matcher import Matcher
from .places import default_places

FIELDS = ["doc", "start", "end", "label", "text", "entity_id", "value"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="gazet",
        description="Find people, places and dates in news text from gazetteers.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        help="extract mentions from text files",
        description="Extract mentions from .txt files (folders are searched for *.txt) "
        "and .jsonl corpora (one {\"id\", \"text\"} object a line).",
    )
    ex.add_argument("paths", nargs="+", type=Path, help="files or folders")
    ex.add_argument("--gazetteer", action="append", type=Path, default=[],
                    help="a gazetteer CSV (label,entity_id,name[,attributes]); repeatable")
    ex.add_argument("--no-default-places", action="store_true",
                    help="do not add the built-in places")
    dates = ex.add_mutually_exclusive_group()
    dates.add_argument("--metadata", type=Path,
                       help="CSV with doc_id and published (YYYY-MM-DD) columns: reference dates")
    dates.add_argument("--ref-date", help="one reference date (YYYY-MM-DD) for every document")
    ex.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")
    ex.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    args = parser.parse_args(argv)
    try:
        return _extract(args)
    except (OSError, GazetteerError, ValueError, TypeError) as e:
        print(f"gazet: error: {e}", file=sys.stderr)
        return 2


def _extract(args: argparse.Namespace) -> int:
    gazetteer = Gazetteer()
    for path in args.gazetteer:
        gazetteer = gazetteer + Gazetteer.from_csv(path)
    if not args.no_default_places:
        gazetteer = gazetteer + default_places()
    matcher = Matcher(gazetteer)
    docs = list(_documents(args.paths))
    refs = _metadata(args.metadata) if args.metadata else {}
    ref_dates = [args.ref_date or refs.get(doc_id) for doc_id, _ in docs]
    found = matcher.find_many([text for _, text in docs], ref_dates)
    rows = [
        {"doc": doc_id, "start": m.start, "end": m.end, "label": m.label, "text": m.text,
         "entity_id": m.entity_id, "value": m.value}
        for (doc_id, _), matches in zip(docs, found)
        for m in matches
    ]
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        _write(rows, args.format, out)
    finally:
        if args.output:
            out.close()
    if args.output or args.format != "table":
        print(f"gazet: {len(rows)} mentions in {len(docs)} documents", file=sys.stderr)
    return 0


def _documents(paths: list[Path]) -> Iterator[tuple[str, str]]:
    for path in paths:
        if path.is_dir():
            files = sorted(path.glob("*.txt"))
            if not files:
                raise FileNotFoundError(f"{path}: no .txt files in this folder")
            for f in files:
                yield f.stem, f.read_text(encoding="utf-8")
        elif path.suffix == ".jsonl":
            yield from _jsonl(path)
        else:
            yield path.stem, path.read_text(encoding="utf-8")


def _jsonl(path: Path) -> Iterator[tuple[str, str]]:
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                yield str(item.get("id", f"{path.stem}:{number}")), item["text"]
            except (json.JSONDecodeError, KeyError, AttributeError) as e:
                raise ValueError(f"{path}, line {number}: expected a JSON object with \"text\" ({e})") from None


def _metadata(path: Path) -> dict[str, str]:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or not {"doc_id", "published"} <= set(reader.fieldnames):
            raise ValueError(f"{path}: needs columns doc_id and published")
        return {row["doc_id"]: row["published"] for row in reader if row["published"]}


def _write(rows: list[dict[str, object]], fmt: str, out: object) -> None:
    write = out.write  # type: ignore[attr-defined]
    if fmt == "jsonl":
        for row in rows:
            write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(out, FIELDS)  # type: ignore[arg-type]
        w.writeheader()
        w.writerows(rows)
    else:
        cells = [FIELDS] + [["" if r[k] is None else str(r[k]) for k in FIELDS] for r in rows]
        widths = [min(max(len(c[i]) for c in cells), 40) for i in range(len(FIELDS))]
        for c in cells:
            write("  ".join(v[:40].ljust(w) for v, w in zip(c, widths)).rstrip() + "\n")


if __name__ == "__main__":
    sys.exit(main())
