"""The `gazet` command: extract people, places and dates from files, folders and corpora."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from .gazetteer import Gazetteer, GazetteerError
from .matcher import Matcher
from .places import default_places
from .progress import chunks, on_terminal

FIELDS = ["doc", "start", "end", "label", "text", "entity_id", "value"]
FORMATS = ["table", "csv", "jsonl", "parquet"]


class Document(NamedTuple):
    id: str
    text: str
    published: str | None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 bad usage)."""
    args = _parser().parse_args(argv)
    try:
        return _extract(args)
    except (OSError, GazetteerError, ValueError, TypeError, ImportError) as e:
        print(f"gazet: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("gazet: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gazet",
        description="Find people, places and dates in news text from gazetteers.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        help="extract mentions from text files and corpora",
        description="Extract PERSON, PLACE, DEMONYM, DATE (and your gazetteers' labels) from "
        ".txt files, folders of .txt files, .jsonl corpora (one {\"id\", \"text\"[, "
        "\"published\"]} object a line) and .csv corpora (columns text[, id][, published]).",
        epilog="Exit status: 0 done, 1 unreadable or invalid input, 2 bad usage.",
    )
    ex.add_argument("paths", nargs="+", type=Path, help="files or folders")
    ex.add_argument("--gazetteer", action="append", type=Path, default=[], metavar="FILE",
                    help="a gazetteer CSV (label,entity_id,name[,attributes...]); repeatable")
    ex.add_argument("--no-default-places", action="store_true",
                    help="leave out the built-in places and demonyms")
    dates = ex.add_mutually_exclusive_group()
    dates.add_argument("--metadata", type=Path, metavar="CSV",
                       help="CSV with doc_id and published (YYYY-MM-DD) columns: reference dates")
    dates.add_argument("--ref-date", metavar="DATE",
                       help="one reference date (YYYY-MM-DD) for every document")
    ex.add_argument("--discover", action="store_true",
                    help="also report unlisted PERSON names introduced by a title or role")
    ex.add_argument("--format", choices=FORMATS, default="table",
                    help="output format (default: table); parquet needs pandas and pyarrow")
    ex.add_argument("-o", "--output", type=Path, metavar="FILE",
                    help="write here instead of standard output (required for parquet)")
    ex.add_argument("--no-progress", action="store_true",
                    help="no progress bar (it shows only on a terminal)")
    return parser


def _extract(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output:
        raise ValueError("--format parquet needs -o FILE")
    gazetteer = Gazetteer()
    for path in args.gazetteer:
        gazetteer = gazetteer + Gazetteer.from_csv(path)
    if not args.no_default_places:
        gazetteer = gazetteer + default_places()
    matcher = Matcher(gazetteer, discover=args.discover)
    docs = list(_documents(args.paths))
    refs = _metadata(args.metadata) if args.metadata else {}
    ref_dates = [args.ref_date or refs.get(d.id) or d.published for d in docs]
    show = on_terminal() and not args.no_progress and len(docs) > 1
    rows: list[dict[str, Any]] = []
    for part in chunks(range(len(docs)), show):
        found = matcher.find_many([docs[i].text for i in part], [ref_dates[i] for i in part])
        for i, matches in zip(part, found, strict=True):
            rows.extend(
                {"doc": docs[i].id, "start": m.start, "end": m.end, "label": m.label,
                 "text": m.text, "entity_id": m.entity_id, "value": m.value}
                for m in matches
            )
    _write(rows, args.format, args.output)
    if args.output or args.format != "table":
        print(f"gazet: {len(rows)} mentions in {len(docs)} documents", file=sys.stderr)
    return 0


def _documents(paths: list[Path]) -> Iterator[Document]:
    for path in paths:
        if path.is_dir():
            files = sorted(path.glob("*.txt"))
            if not files:
                raise FileNotFoundError(f"{path}: no .txt files in this folder")
            for f in files:
                yield Document(f.stem, _read(f), None)
        elif path.suffix == ".jsonl":
            yield from _jsonl(path)
        elif path.suffix == ".csv":
            yield from _csv(path)
        else:
            yield Document(path.stem, _read(path), None)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None


def _jsonl(path: Path) -> Iterator[Document]:
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise ValueError(f"{path}, line {number}: expected a JSON object with \"text\" ({e})") from None
            if not isinstance(text, str):
                raise ValueError(f"{path}, line {number}: \"text\" is not a string")
            yield Document(str(item.get("id", f"{path.stem}:{number}")), text, item.get("published"))


def _csv(path: Path) -> Iterator[Document]:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or "text" not in reader.fieldnames:
            raise ValueError(f"{path}: needs a text column (columns: {reader.fieldnames})")
        for row in reader:
            if row.get("text") is None:
                raise ValueError(f"{path}, line {reader.line_num}: missing the text field")
            doc_id = row.get("id") or row.get("doc_id") or f"{path.stem}:{reader.line_num}"
            yield Document(doc_id, row["text"], row.get("published") or None)


def _metadata(path: Path) -> dict[str, str]:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or not {"doc_id", "published"} <= set(reader.fieldnames):
            raise ValueError(f"{path}: needs columns doc_id and published")
        return {row["doc_id"]: row["published"] for row in reader if row["published"]}


def _write(rows: list[dict[str, Any]], fmt: str, output: Path | None) -> None:
    if fmt == "parquet":
        import pandas as pd

        assert output is not None
        pd.DataFrame(rows, columns=FIELDS).to_parquet(output, index=False)
        return
    with open(output, "w", encoding="utf-8", newline="") if output else _stdout() as out:
        if fmt == "jsonl":
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            w = csv.DictWriter(out, FIELDS)
            w.writeheader()
            w.writerows(rows)
        else:
            _table(rows, out)


def _table(rows: list[dict[str, Any]], out: TextIO) -> None:
    cells = [FIELDS] + [["" if r[k] is None else str(r[k]) for k in FIELDS] for r in rows]
    widths = [min(max(len(c[i]) for c in cells), 40) for i in range(len(FIELDS))]
    for c in cells:
        out.write("  ".join(v[:40].ljust(w) for v, w in zip(c, widths, strict=True)).rstrip() + "\n")


class _stdout:
    """Standard output as a context manager that is not closed on exit."""

    def __enter__(self) -> TextIO:
        return sys.stdout

    def __exit__(self, *exc: object) -> None:
        sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
