"""Streaming extraction: a corpus of any size read in chunks and its mentions written to
one Parquet file, a row group per chunk, so memory follows the chunk size, not the corpus.
Behind :meth:`gazet.Matcher.extract_to_parquet`."""

from __future__ import annotations

import csv as csvlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _core
from ._batch import Errors, failure_records, row_error, rows, warn_skipped
from ._dependencies import need
from ._values import iso_date
from .errors import (
    ArgumentTypeError,
    ColumnNotFoundError,
    CorpusError,
    Failure,
    OptionError,
)
from .frames import Categories, arrow_table, looks_like_date

if TYPE_CHECKING:
    import pyarrow as pa

# The file a directory target gets: a one-file dataset that pandas, pyarrow, polars and
# dask read by the directory's name.
PART = "part-0.parquet"


@dataclass(frozen=True)
class ParquetResult:
    """What :meth:`gazet.Matcher.extract_to_parquet` wrote: the file, how many documents
    it read, mention rows and row groups it wrote, and the rows it skipped."""

    path: Path
    documents: int
    mentions: int
    row_groups: int
    failures: list[Failure] = field(default_factory=list)


class _Chunk(NamedTuple):
    """Rows of the source: texts (str or None), ids (an Arrow array, None: positions),
    reference dates (one per row, None: the call's single date) and where they came from."""

    texts: list[Any]
    ids: pa.Array | None
    refs: list[Any] | None
    where: str


def extract_to_parquet(
    core: _core.Matcher,
    categories: Categories,
    source: Any,
    path: str | os.PathLike[str],
    *,
    text: str,
    id: str | None,
    ref_date: Any,
    chunk_size: int,
    threads: int | None,
    errors: Errors,
    progress: bool,
    overwrite: bool,
) -> ParquetResult:
    """See :meth:`gazet.Matcher.extract_to_parquet`."""
    pyarrow = need("pyarrow", "parquet", "extract_to_parquet()")
    import pyarrow.parquet as pq

    if errors not in ("raise", "skip"):
        raise OptionError(f"errors must be 'raise' or 'skip', not {errors!r}")
    if type(chunk_size) is not int or chunk_size < 1:
        raise OptionError(f"chunk_size must be a whole number of at least 1, not {chunk_size!r}")
    skip = errors == "skip"
    target = _target(Path(path))
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} exists; pass overwrite=True to replace it")
    reader = _reader(source, text, id, ref_date, chunk_size)
    single = None if _is_column(reader.columns, ref_date) else iso_date(ref_date)
    # Written beside the target and moved in place at the end: a run that fails leaves
    # nothing behind (a reader never sees half a file). Made now so an unwritable path
    # fails before any text is read.
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.touch()
    fixed = tuple(
        pyarrow.array(c, pyarrow.string()) for c in (*categories, core.hows(), core.timex_types())
    )
    writer: Any = None
    documents = mentions = groups = 0
    failures: list[Failure] = []
    bar = _bar(progress)
    try:
        for chunk in reader.chunks():
            refs = _dates(chunk, documents, single, skip, failures)
            cols = core.columns(chunk.texts, refs, threads=threads, first_row=documents, skip=skip)
            for row, kind, message in cols["failures"]:
                doc = _doc(chunk, documents, row - documents)
                error = row_error(kind, message, row, doc, f"{chunk.where}, row {row}")
                if not skip:
                    raise error
                failures.append(Failure(row, doc, error))
            table = arrow_table(pyarrow, cols, documents, chunk.ids, fixed)
            if writer is None:
                writer = pq.ParquetWriter(tmp, table.schema)
            elif table.schema != writer.schema:
                raise CorpusError(
                    f"{chunk.where}: the {id!r} ids have type {table.schema.field('doc').type}, "
                    f"earlier rows {writer.schema.field('doc').type}"
                )
            writer.write_table(table)
            documents += len(chunk.texts)
            mentions += table.num_rows
            groups += 1
            if bar is not None:
                bar.update(len(chunk.texts))
        if writer is None:  # an empty corpus still gives a file with the columns
            empty = core.columns([], None)
            writer = pq.ParquetWriter(tmp, arrow_table(pyarrow, empty, 0, None, fixed).schema)
        failures.sort(key=lambda f: f.row)
        if failures:
            listed = json.dumps(failure_records(failures), ensure_ascii=False)
            writer.add_key_value_metadata({"gazet.failures": listed})
        writer.close()
        writer = None
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
    except BaseException as e:
        if writer is not None:
            writer.close()
        tmp.unlink(missing_ok=True)
        e.add_note(f"gazet: nothing was written to {target}")
        raise
    finally:
        if bar is not None:
            bar.close()
    warn_skipped(
        failures, documents, "see the result's failures and the file's gazet.failures metadata"
    )
    return ParquetResult(target, documents, mentions, groups, failures)


def _target(path: Path) -> Path:
    """The file to write: `path` itself if it names a .parquet file, else `path`/PART
    (the directory is made)."""
    if path.suffix.lower() == ".parquet":
        path.parent.mkdir(parents=True, exist_ok=True)
        return path
    path.mkdir(parents=True, exist_ok=True)
    return path / PART


class _Reader:
    """The source's rows in chunks, its column names known before the first chunk."""

    def __init__(self, columns: list[str], chunks: Iterable[_Chunk]) -> None:
        self.columns = columns
        self._chunks = chunks

    def chunks(self) -> Iterator[_Chunk]:
        yield from self._chunks


def _reader(source: Any, text: str, id: str | None, ref_date: Any, size: int) -> _Reader:
    """A reader for a path (Parquet file or directory, JSONL, CSV) or an iterable of pandas
    DataFrames and Arrow tables or record batches."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.exists():
            raise FileNotFoundError(f"no such file or directory: {path}")
        suffix = path.suffix.lower()
        if path.is_dir() or suffix in (".parquet", ".pq"):
            return _parquet(path, text, id, ref_date, size)
        if suffix in (".jsonl", ".ndjson"):
            return _jsonl(path, text, id, ref_date, size)
        if suffix in (".csv", ".tsv"):
            return _csv(path, text, id, ref_date, size)
        raise CorpusError(f"{path}: not a corpus gazet reads (.parquet, a directory, .jsonl, .csv)")
    if isinstance(source, str | bytes) or not isinstance(source, Iterable):
        raise ArgumentTypeError(
            "source must be a path or an iterable of DataFrames or Arrow tables, "
            f"not {type(source).__name__}"
        )
    return _frames(iter(source), text, id, ref_date)


def _wanted(columns: list[str], text: str, id: str | None, ref_date: Any, where: str) -> list[str]:
    """The columns to read; a missing text or id column is an error naming the source."""
    for name in (text, id):
        if name is not None and name not in columns:
            raise ColumnNotFoundError(f"{where}: no column {name!r}; its columns are {columns}")
    wanted = [text] + ([id] if id is not None else [])
    if _is_column(columns, ref_date) and ref_date not in wanted:
        wanted.append(ref_date)
    return wanted


def _is_column(columns: list[str], ref_date: Any) -> bool:
    return isinstance(ref_date, str) and ref_date in columns


def _from_arrow(batch: Any, text: str, id: str | None, ref_date: Any, where: str) -> _Chunk:
    """A chunk from an Arrow table or record batch whose columns were checked."""
    import pyarrow

    column = batch.column(text)
    kind = column.type
    text_like = pyarrow.types.is_string(kind) or pyarrow.types.is_large_string(kind)
    if not (text_like or pyarrow.types.is_null(kind)):  # a column of nulls has no type
        raise ArgumentTypeError(f"{where}: column {text!r} holds {kind}, not text (str)")
    ids = None if id is None else batch.column(id)
    if isinstance(ids, pyarrow.ChunkedArray):
        ids = ids.combine_chunks()
    refs = batch.column(ref_date).to_pylist() if _is_column(batch.schema.names, ref_date) else None
    return _Chunk(column.to_pylist(), ids, refs, where)


def _parquet(path: Path, text: str, id: str | None, ref_date: Any, size: int) -> _Reader:
    import pyarrow.dataset as ds

    dataset = ds.dataset(path, format="parquet")
    columns = dataset.schema.names
    wanted = _wanted(columns, text, id, ref_date, str(path))
    # Arrow reads ahead 16 batches and 4 files on its own threads by default: memory
    # followed the files (1.2 GB peak on a 1 GB dataset), not the chunk. The matcher is
    # parallel itself, so the reader reads one batch at a time.
    batches = dataset.to_batches(
        columns=wanted, batch_size=size, batch_readahead=0, fragment_readahead=0, use_threads=False
    )
    return _Reader(columns, (_from_arrow(b, text, id, ref_date, str(path)) for b in batches))


def _csv(path: Path, text: str, id: str | None, ref_date: Any, size: int) -> _Reader:
    import pyarrow
    from pyarrow import csv

    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with open(path, encoding="utf-8", newline="") as f:
        columns = next(csvlib.reader(f, delimiter=delimiter), [])
    wanted = _wanted(columns, text, id, ref_date, str(path))
    # Every column read as text: a CSV has no types, and a type guessed per block could
    # change from one block to the next (ids "007" then "abc").
    convert = csv.ConvertOptions(
        include_columns=wanted, column_types={c: pyarrow.string() for c in wanted}
    )
    stream = csv.open_csv(
        path,
        read_options=csv.ReadOptions(block_size=max(1 << 20, size * 256)),
        parse_options=csv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
        convert_options=convert,
    )
    return _Reader(columns, (_from_arrow(b, text, id, ref_date, str(path)) for b in stream))


def _jsonl(path: Path, text: str, id: str | None, ref_date: Any, size: int) -> _Reader:
    import pyarrow

    refs_named = isinstance(ref_date, str) and not looks_like_date(ref_date)
    required = [text] + ([id] if id else [])
    columns = required + ([ref_date] if refs_named else [])

    def chunks() -> Iterator[_Chunk]:
        texts: list[Any] = []
        ids: list[Any] = []
        refs: list[Any] = []
        first = 1
        with open(path, encoding="utf-8", newline="") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{path}, line {n}"
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as e:
                    raise CorpusError(f"{where}: not JSON ({e.msg})") from None
                if not isinstance(item, dict):
                    raise CorpusError(f"{where}: not a JSON object")
                for name in required:
                    if name not in item:
                        raise ColumnNotFoundError(f"{where}: no field {name!r}")
                value = item[text]
                if value is not None and not isinstance(value, str):
                    raise ArgumentTypeError(
                        f"{where}: field {text!r} is {type(value).__name__}, not text (str)"
                    )
                texts.append(value)
                if id:
                    ids.append(item[id])
                if refs_named:
                    refs.append(item.get(ref_date))  # a line without one has no date
                if len(texts) == size:
                    yield _jsonl_chunk(pyarrow, texts, ids, refs, f"{path}, lines {first}-{n}", id)
                    texts, ids, refs, first = [], [], [], n + 1
        if texts:
            yield _jsonl_chunk(pyarrow, texts, ids, refs, f"{path}, lines {first}-end", id)

    return _Reader(columns, chunks())


def _jsonl_chunk(
    pyarrow: Any,
    texts: list[Any],
    ids: list[Any],
    refs: list[Any],
    where: str,
    id: str | None,
) -> _Chunk:
    try:
        id_array = pyarrow.array(ids) if id else None
    except (pyarrow.ArrowInvalid, pyarrow.ArrowTypeError) as e:
        raise CorpusError(f"{where}: the {id!r} ids are of mixed types ({e})") from None
    return _Chunk(texts, id_array, refs or None, where)


def _frames(items: Iterator[Any], text: str, id: str | None, ref_date: Any) -> _Reader:
    """Chunks from pandas DataFrames or Arrow tables or record batches, as given."""
    import pyarrow

    try:
        first = next(items)
    except StopIteration:
        return _Reader([], iter(()))

    def names(item: Any, k: int) -> list[str]:
        if isinstance(item, pyarrow.Table | pyarrow.RecordBatch):
            return list(item.schema.names)
        pandas = sys.modules.get("pandas")
        if pandas is not None and isinstance(item, pandas.DataFrame):
            return [str(c) for c in item.columns]
        raise ArgumentTypeError(
            f"chunk {k}: expected a pandas DataFrame or an Arrow table, got {type(item).__name__}"
        )

    def chunk(item: Any, k: int) -> _Chunk:
        where = f"chunk {k}"
        _wanted(names(item, k), text, id, ref_date, where)
        if isinstance(item, pyarrow.Table | pyarrow.RecordBatch):
            return _from_arrow(item, text, id, ref_date, where)
        # A DataFrame's texts go to the core as they are: a value that is not text, or a
        # str Arrow cannot hold (a lone surrogate), fails its own row, not the chunk.
        try:
            ids = None if id is None else pyarrow.array(item[id])
        except (pyarrow.ArrowInvalid, pyarrow.ArrowTypeError) as e:
            raise CorpusError(f"{where}: the {id!r} ids are of mixed types ({e})") from None
        refs = list(item[ref_date]) if _is_column(list(item.columns), ref_date) else None
        return _Chunk(rows(item[text]), ids, refs, where)

    columns = names(first, 0)
    return _Reader(columns, (chunk(item, k) for k, item in _numbered(first, items)))


def _numbered(first: Any, rest: Iterator[Any]) -> Iterator[tuple[int, Any]]:
    yield 0, first
    yield from enumerate(rest, 1)


def _dates(
    chunk: _Chunk, first_row: int, single: str | None, skip: bool, failures: list[Failure]
) -> list[str | None] | None:
    """The chunk's reference dates as YYYY-MM-DD: the call's one date, or the chunk's own
    (a bad one raises, or with `skip` fails its row, which then gives no matches)."""
    if chunk.refs is None:
        return None if single is None else [single] * len(chunk.texts)
    out: list[str | None] = []
    for i, value in enumerate(chunk.refs):
        row = first_row + i
        try:
            out.append(iso_date(value, f"{chunk.where}, row {row}"))
        except (ArgumentTypeError, ValueError) as e:
            if not skip:
                raise
            failures.append(Failure(row, _doc(chunk, first_row, i), e))
            chunk.texts[i] = None
            out.append(None)
    return out


def _doc(chunk: _Chunk, first_row: int, i: int) -> Any:
    """Row `i` of the chunk as the output names it: its id, or its position."""
    return first_row + i if chunk.ids is None else chunk.ids[i].as_py()


def _bar(show: bool) -> Any:
    if not show:
        return None
    from tqdm.auto import tqdm

    return tqdm(unit="doc", desc="gazet", file=sys.stderr, leave=False)
