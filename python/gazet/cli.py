"""The `gazet` command: extract people, places and dates from files, folders and corpora."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from ._dependencies import need
from ._values import iso_date
from .errors import (
    ArgumentTypeError,
    CorpusError,
    DateError,
    GazetError,
    OptionError,
    SkippedRowsWarning,
)
from .gazetteer import Gazetteer
from .matcher import Matcher
from .places import default_places
from .progress import on_terminal

# Takes an unreadable file, line or document: raises it, or reports it and goes on.
Report = Callable[[Exception], None]

FIELDS = ["doc", "start", "end", "label", "text", "entity_id", "value"]
FORMATS = ["table", "summary", "csv", "jsonl", "parquet"]
# Documents per chunk when streaming to Parquet.
CHUNK = 10_000


class Document(NamedTuple):
    id: str
    text: str
    published: str | None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 bad usage)."""
    args = _parser().parse_args(argv)
    try:
        args.ref_date = iso_date(args.ref_date, "--ref-date")
    except DateError as e:
        print(f"gazet: error: {e}", file=sys.stderr)
        return 2
    try:
        return _extract(args)
    except BrokenPipeError:  # e.g. `gazet extract ... | head`
        sys.stderr.close()
        return 0
    except (OSError, GazetError, ValueError, TypeError, ImportError, csv.Error) as e:
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
    from . import __version__

    parser.add_argument("--version", action="version", version=f"gazet {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        help="extract mentions from text files and corpora",
        description="Extract PERSON, PLACE, DEMONYM, DATE (and your gazetteers' labels) from "
        '.txt files, folders of .txt files, .jsonl corpora (one {"id", "text"[, '
        '"published"]} object a line) and .csv corpora (columns text[, id][, published]).',
        epilog="Exit status: 0 done, 1 unreadable or invalid input (with --keep-going: after "
        "everything readable was extracted), 2 bad usage.",
    )
    ex.add_argument("paths", nargs="+", type=Path, help="files or folders")
    ex.add_argument(
        "--gazetteer",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="a gazetteer CSV (label,entity_id,name[,attributes...]); repeatable",
    )
    ex.add_argument(
        "--no-default-places",
        action="store_true",
        help="leave out the built-in places and demonyms",
    )
    dates = ex.add_mutually_exclusive_group()
    dates.add_argument(
        "--metadata",
        type=Path,
        metavar="CSV",
        help="CSV with doc_id and published (YYYY-MM-DD) columns: reference dates",
    )
    dates.add_argument(
        "--ref-date", metavar="DATE", help="one reference date (YYYY-MM-DD) for every document"
    )
    ex.add_argument(
        "--discover",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="find people no list holds (default); --no-discover reports only listed names",
    )
    ex.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: summary on a terminal, table in a pipe or with -o); "
        "summary: per document, the people, places "
        "and dates found with counts and canonical names; parquet streams into -o DIR "
        "(needs pyarrow)",
    )
    ex.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PATH",
        help="write here instead of standard output (parquet: a directory that gets "
        "part-0.parquet, or a .parquet file; required)",
    )
    ex.add_argument(
        "--no-progress", action="store_true", help="no progress bar (it shows only on a terminal)"
    )
    ex.add_argument(
        "--keep-going",
        action="store_true",
        help="report unreadable files, lines and failing documents on standard error "
        "and go on with the rest; exit status 1 at the end if any",
    )
    return parser


def _extract(args: argparse.Namespace) -> int:
    if args.format is None:  # a reader at a terminal gets the answer; a pipe gets rows
        args.format = "summary" if sys.stdout.isatty() and not args.output else "table"
    if args.format == "parquet" and not args.output:
        raise OptionError("--format parquet needs -o DIR")
    gazetteer = Gazetteer()
    for path in args.gazetteer:
        gazetteer = gazetteer + Gazetteer.from_csv(path)
    if not args.no_default_places:
        gazetteer = gazetteer + default_places()
    matcher = Matcher(gazetteer, discover=args.discover)
    problems: list[str] = []

    def report(error: Exception) -> None:
        if not args.keep_going:
            raise error
        problems.append(str(error))
        print(f"gazet: skipped: {error}", file=sys.stderr)

    metadata = _metadata(args.metadata) if args.metadata else None
    dates = metadata.dates if metadata else {}
    show = on_terminal() and not args.no_progress
    if args.format == "parquet":
        return _to_parquet(args, matcher, dates, metadata, report, problems, show)
    docs = list(_documents(args.paths, report))
    if metadata:
        _unmatched(metadata, {d.id for d in docs})
    ref_dates = [args.ref_date or dates.get(d.id) or d.published for d in docs]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedRowsWarning)  # reported below, by document
        found = matcher.find_many(
            [d.text for d in docs],
            ref_dates=ref_dates,
            errors="skip" if args.keep_going else "raise",
            progress=show and len(docs) > 1,
        )
    for failure in found.failures:
        report(CorpusError(f"document {docs[failure.row].id!r}: {failure.error}"))
    rows = [
        {
            "doc": doc.id,
            "start": m.start,
            "end": m.end,
            "label": m.label,
            "text": m.text,
            "entity_id": m.entity_id,
            "value": m.value,
        }
        for doc, matches in zip(docs, found, strict=True)
        for m in matches
    ]
    if args.format == "summary":
        _summary(docs, ref_dates, rows, gazetteer, args.output)
    else:
        _write(rows, args.format, args.output)
    if args.output or args.format not in ("table", "summary"):
        print(f"gazet: {len(rows)} mentions in {len(docs)} documents", file=sys.stderr)
    return _finish(problems)


def _finish(problems: list[str]) -> int:
    if problems:
        print(f"gazet: {len(problems)} problem(s); everything else was extracted", file=sys.stderr)
        return 1
    return 0


def _to_parquet(
    args: argparse.Namespace,
    matcher: Matcher,
    dates: dict[str, str],
    metadata: Metadata | None,
    report: Report,
    problems: list[str],
    show: bool,
) -> int:
    """Streams the documents into Parquet, CHUNK at a time (memory follows the chunk)."""
    pyarrow = need("pyarrow", "parquet", "--format parquet")
    seen: set[str] = set()

    def tables() -> Iterator[Any]:
        part: list[Document] = []
        for doc in _documents(args.paths, report):
            part.append(doc)
            if len(part) == CHUNK:
                yield table(part)
                part = []
        if part or not seen:
            yield table(part)

    def table(part: list[Document]) -> Any:
        seen.update(d.id for d in part)
        refs = [args.ref_date or dates.get(d.id) or d.published for d in part]
        columns = {"id": [d.id for d in part], "text": [d.text for d in part], "ref": refs}
        return pyarrow.table(columns, schema=_input_schema(pyarrow))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedRowsWarning)  # reported below, by document
        result = matcher.extract_to_parquet(
            tables(),
            args.output,
            id="id",
            ref_date="ref",
            chunk_size=CHUNK,
            errors="skip" if args.keep_going else "raise",
            progress=show,
            overwrite=True,
        )
    for failure in result.failures:
        report(CorpusError(f"document {failure.doc!r}: {failure.error}"))
    if metadata:
        _unmatched(metadata, seen)
    print(
        f"gazet: {result.mentions} mentions in {result.documents} documents -> {result.path}",
        file=sys.stderr,
    )
    return _finish(problems)


def _input_schema(pyarrow: Any) -> Any:
    """The columns the CLI hands the Parquet writer: every one text, so that a chunk of
    documents without any date still has the same schema as the others."""
    return pyarrow.schema(
        [("id", pyarrow.string()), ("text", pyarrow.string()), ("ref", pyarrow.string())]
    )


def _label_order(label: str) -> tuple[int, str]:
    """People, places, demonyms and dates first, then the user's labels by name."""
    first = ["PERSON", "PLACE", "DEMONYM", "DATE"]
    return (first.index(label) if label in first else len(first), label)


def _summary(
    docs: list[Document],
    ref_dates: list[str | None],
    rows: list[dict[str, Any]],
    gazetteer: Gazetteer,
    output: Path | None,
) -> None:
    """Per document: its people, places (and other labels) and dates, each with its
    count, most mentioned first, under its canonical name (the gazetteer's first name;
    the text itself for unlisted people; the TIMEX value for dates)."""
    by_doc: dict[str, list[dict[str, Any]]] = {d.id: [] for d in docs}
    for row in rows:
        by_doc[row["doc"]].append(row)
    names: dict[tuple[str, str], str] = {}

    def canonical(row: dict[str, Any]) -> str:
        surface = str(row["text"])
        if row["label"] == "DATE":
            return str(row["value"]) if row["value"] else f"{surface} (no value)"
        if row["entity_id"] is None:
            return surface
        key = (row["label"], row["entity_id"])
        if key not in names:
            names[key] = gazetteer[key].names[0] if key in gazetteer else surface
        return names[key]

    with open(output, "w", encoding="utf-8") if output else _stdout() as out:
        for doc, published in zip(docs, ref_dates, strict=True):
            found = by_doc[doc.id]
            when = f", published {published}" if published else ""
            out.write(f"{doc.id}{when}: {len(found)} mentions\n")
            counts: dict[str, dict[str, int]] = {}
            for row in found:
                per_label = counts.setdefault(row["label"], {})
                name = canonical(row)
                per_label[name] = per_label.get(name, 0) + 1
            for label in sorted(counts, key=_label_order):
                items = sorted(counts[label].items(), key=lambda kv: (-kv[1], kv[0]))
                listed = ", ".join(f"{name} ×{n}" if n > 1 else name for name, n in items)
                out.write(f"  {label:<8} {listed}\n")
            out.write("\n")


def _documents(paths: list[Path], report: Report) -> Iterator[Document]:
    """The documents of every path; an unreadable file or line goes to `report` (which
    raises it unless the command keeps going)."""
    for path in paths:
        if path.is_dir():
            files = sorted(path.glob("*.txt"))
            if not files:
                report(CorpusError(f"{path}: no .txt files in this folder"))
            for f in files:
                yield from _guarded(_text_file, f, report)
        elif path.suffix == ".jsonl":
            yield from _guarded(_jsonl, path, report)
        elif path.suffix == ".csv":
            yield from _guarded(_csv, path, report)
        else:
            yield from _guarded(_text_file, path, report)


def _guarded(
    read: Callable[[Path, Report], Iterable[Document]], path: Path, report: Report
) -> Iterator[Document]:
    """The documents `read` gives, or none when it fails on the whole file (reported)."""
    try:
        yield from list(read(path, report))
    except (OSError, ValueError, csv.Error) as e:
        report(e)


def _text_file(path: Path, report: Report) -> list[Document]:
    return [Document(path.stem, _read(path), None)]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None


def _jsonl(path: Path, report: Report) -> Iterator[Document]:
    # Lines end at "\n" only: U+2028 and friends may stand unescaped inside JSON strings.
    for number, line in enumerate(_read(path).split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            item = json.loads(line)
            text = item["text"]
            if not isinstance(text, str):
                raise CorpusError(f'{where}: "text" is not a string')
            doc_id = f"{path.stem}:{number}" if item.get("id") is None else str(item["id"])
            yield Document(doc_id, text, _published(item.get("published"), where))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as e:
            report(CorpusError(f'{where}: expected a JSON object with "text" ({e})'))
        except (CorpusError, DateError, ArgumentTypeError) as e:
            report(e)


def _csv(path: Path, report: Report) -> Iterator[Document]:
    csv.field_size_limit(sys.maxsize)  # a news article can be longer than csv's 128 KiB
    reader = csv.DictReader(io.StringIO(_read(path), newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise CorpusError(f"{path}: needs a text column (columns: {reader.fieldnames})")
    try:
        for row in reader:
            where = f"{path}, line {reader.line_num}"
            if row.get("text") is None:
                report(CorpusError(f"{where}: missing the text field"))
                continue
            doc_id = row.get("id") or row.get("doc_id") or f"{path.stem}:{reader.line_num}"
            try:
                yield Document(doc_id, row["text"], _published(row.get("published") or None, where))
            except DateError as e:
                report(e)
    except csv.Error as e:
        raise CorpusError(f"{path}, line {reader.line_num}: {e}") from None


def _published(value: Any, where: str) -> str | None:
    """A publication date of a corpus or metadata file as YYYY-MM-DD (or None)."""
    return iso_date(value, where, "published date")


class Metadata(NamedTuple):
    """A metadata file's reference dates by document id, and every id it lists (with its
    line) for the warning about ids that name no document."""

    path: Path
    dates: dict[str, str]
    listed: list[tuple[str, int]]


def _metadata(path: Path) -> Metadata:
    """The metadata file's publication dates (columns doc_id, published)."""
    reader = csv.DictReader(io.StringIO(_read(path), newline=""))
    if not reader.fieldnames or not {"doc_id", "published"} <= set(reader.fieldnames):
        raise CorpusError(f"{path}: needs columns doc_id and published")
    dates = {}
    listed = []
    for row in reader:
        published = _published(row["published"] or None, f"{path}, line {reader.line_num}")
        listed.append((row["doc_id"], reader.line_num))
        if published:
            dates[row["doc_id"]] = published
    return Metadata(path, dates, listed)


def _unmatched(metadata: Metadata, ids: set[str]) -> None:
    """Warns (on stderr) about metadata ids that name no document."""
    unknown = [f"{doc!r} (line {line})" for doc, line in metadata.listed if doc not in ids]
    if unknown:
        listed = ", ".join(unknown[:5]) + (
            f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        )
        print(
            f"gazet: warning: {metadata.path}: {len(unknown)} doc_id(s) match no document: "
            f"{listed}",
            file=sys.stderr,
        )


def _write(rows: list[dict[str, Any]], fmt: str, output: Path | None) -> None:
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
        out.write(
            "  ".join(v[:40].ljust(w) for v, w in zip(c, widths, strict=True)).rstrip() + "\n"
        )


class _stdout:
    """Standard output as a context manager that is not closed on exit."""

    def __enter__(self) -> TextIO:
        return sys.stdout

    def __exit__(self, *exc: object) -> None:
        sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
