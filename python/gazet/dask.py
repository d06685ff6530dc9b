"""Dask: gazet over a dask DataFrame of any size, one partition per task, on a
``distributed.LocalCluster`` in a notebook or on a cluster with the same code
(``pip install 'gazet[dask]'``).

    import dask.dataframe as dd, gazet, gazet.dask
    from distributed import Client

    client = Client()                                   # before extract: see `matcher`
    articles = dd.read_parquet("articles/")             # columns id, text, published
    mentions = gazet.dask.extract(articles, gazet.Matcher(), ref_date="published")
    mentions.to_parquet("mentions/", write_index=False)  # or .compute() when it fits

Dask's own progress bars show the work: ``distributed.progress`` on a cluster,
``dask.diagnostics.ProgressBar`` with the local schedulers. Measured costs, memory per
worker and when one machine is the better choice: docs/scaling.md.
"""

from __future__ import annotations

import importlib
import os
import threading
import warnings
from typing import TYPE_CHECKING, Any, NamedTuple

from ._batch import Errors, failure_records
from ._batch import skipped as skipped_rows
from ._dependencies import need
from ._values import iso_date
from .errors import (
    ArgumentError,
    ArgumentTypeError,
    ColumnNotFoundError,
    DocumentError,
    GazetError,
    OptionError,
    SkippedRowsWarning,
)
from .matcher import Matcher

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["extract", "failures"]

# The attrs key of each output partition listing its skipped rows as JSON-ready records
# (pyarrow writes a frame's attrs into the Parquet file's pandas metadata, so it must be
# JSON), the same key under which extract_arrow lists them in its schema metadata.
FAILURES = "gazet.failures"


class _Saved(NamedTuple):
    """What the task graph carries for a matcher given as a saved file: its path only."""

    path: str


def extract(
    ddf: Any,
    matcher: Matcher | str | os.PathLike[str],
    *,
    text: str = "text",
    id: str | None = "id",
    ref_date: Any = None,
    threads: int | None = None,
    errors: Errors = "raise",
) -> Any:
    """The mentions of every document of the dask DataFrame `ddf`, as a lazy dask
    DataFrame with exactly the columns and dtypes of :meth:`gazet.Matcher.extract` (doc,
    start, end, text, label, entity_id, value, how, timex_type; label, how and timex_type
    categoricals, the same in every partition; entity_id a str column). Nothing runs until it is
    computed or written (``to_parquet(path, write_index=False)``); each partition's index
    counts its own mentions from 0, so use `doc`, not the index.

    `matcher`: a :class:`gazet.Matcher`, or the path of one saved with
    :meth:`gazet.Matcher.save` on a file system every worker can read. The matcher reaches
    each worker process once, not once per task: with a ``distributed.Client`` current
    when `extract` is called, it is scattered to the workers (the graph holds a reference,
    so compute on that client); without one it is a single ``dask.delayed`` object
    (shared in memory by the threaded scheduler; the ``processes`` scheduler would pickle
    it into every task); a path is all the graph holds, and each process loads the file
    on first use and keeps it (a file saved again is loaded again).

    `text`: the column of texts (str; missing values give no mentions). `id`: the column
    whose values fill `doc`, with their dtype (not checked for uniqueness). ``id=None``
    uses the index instead, only when dask knows where each index value lives (known
    divisions) and each partition's index is unique; otherwise there are no document ids
    to give, and ArgumentError says so. `ref_date`: None, one date for every document,
    or the name of a column of dates, as in :meth:`gazet.Matcher.extract`.

    `threads`: rayon threads per task, 1 if None (GAZET_THREADS is not consulted). Dask
    already runs one task per worker thread, so workers x threads per worker x `threads`
    should not exceed the cores: ``LocalCluster(n_workers=cores, threads_per_worker=1)``
    with the default is the simple choice.

    `errors="raise"` (default): the first bad row fails the computation with its gazet
    error, the message naming the partition and the row ("partition 3, row 17 (index
    'bbc-12'): ..."). ``errors="skip"``: a bad row gives no mentions and the other rows
    of its partition are kept; each partition with skipped rows warns once
    (:class:`gazet.SkippedRowsWarning`, forwarded from distributed workers to the client)
    and lists them, see :func:`failures`.

    Errors found before anything runs: ColumnNotFoundError for a missing text, id or
    ref_date column, ArgumentTypeError for a text column that does not hold text or a
    `ddf` that is not a dask DataFrame, ArgumentError for ``id=None`` without known
    divisions.
    """
    pandas = need("pandas", "dask", "gazet.dask.extract()")
    dd = need("dask.dataframe", "dask", "gazet.dask.extract()")
    if not isinstance(ddf, dd.DataFrame):
        kind = type(ddf).__name__
        hint = " (a Series: .to_frame('text') first)" if isinstance(ddf, dd.Series) else ""
        raise ArgumentTypeError(f"ddf must be a dask DataFrame, got {kind}{hint}")
    if errors not in ("raise", "skip"):
        raise OptionError(f"errors must be 'raise' or 'skip', not {errors!r}")
    threads = _threads(threads)
    columns = list(ddf.columns)
    _column(columns, text, "text")
    _text_column(pandas, ddf._meta[text].dtype, text)
    if id is not None:
        _column(columns, id, "id", " (or id=None to use a unique index)")
    elif not ddf.known_divisions:
        raise ArgumentError(
            "id=None takes the document ids from the index, but dask does not know that it "
            "is unique (its divisions are unknown: partitions may each count from 0, as "
            "after read_parquet or reset_index); pass id='<column of ids>', or give the "
            "frame a sorted unique index (set_index, or read_parquet(..., index=..., "
            "calculate_divisions=True))"
        )
    ref_column, ref = _reference(columns, ref_date)
    wanted = list(dict.fromkeys(c for c in (text, id, ref_column) if c is not None))
    ddf = ddf[wanted]  # only these columns are read (dask pushes the selection into read_parquet)

    local, shipped = _ship(matcher)
    options = {"text": text, "id": id, "ref": ref, "threads": threads, "errors": errors}
    meta = local.extract(_documents(pandas, ddf._meta, text, id, ref_column, -1), ref_date=ref)
    meta.attrs = {FAILURES: []}
    return ddf.map_partitions(
        _partition,
        shipped,
        ref_column=ref_column,
        options=options,
        meta=meta,
        # The output's own index restarts per partition; divisions of the input's no
        # longer hold. Our frames match meta by construction, and dask's check would swap
        # an empty partition for meta, losing its list of skipped rows.
        clear_divisions=True,
        enforce_metadata=False,
        partition_info=True,
    )


def failures(mentions: Any) -> Any:
    """The rows that :func:`extract` with ``errors="skip"`` skipped, as a lazy dask
    DataFrame with columns partition, row (position in the partition), doc and error
    (``"DateError: partition 3, row 17 ...: ..."``); empty when none were. Give it the
    DataFrame `extract` returned; compute both in one pass with
    ``dask.compute(mentions, gazet.dask.failures(mentions))`` (or with
    ``mentions.to_parquet(..., compute=False)`` in place of `mentions`).

    The list travels with each output partition (``attrs["gazet.failures"]``, also kept
    in the pandas metadata of each Parquet file written), so operations that concatenate
    partitions (repartition, shuffles) lose it; then this raises ArgumentError."""
    pandas = need("pandas", "dask", "gazet.dask.failures()")
    dd = need("dask.dataframe", "dask", "gazet.dask.failures()")
    if not isinstance(mentions, dd.DataFrame) or "doc" not in mentions.columns:
        raise ArgumentTypeError(
            f"failures() takes the dask DataFrame gazet.dask.extract returned, "
            f"got {type(mentions).__name__}"
        )
    meta = pandas.DataFrame(
        {
            "partition": pandas.Series([], dtype="int64"),
            "row": pandas.Series([], dtype="int64"),
            "doc": mentions._meta["doc"].iloc[:0].reset_index(drop=True),
            "error": pandas.Series([], dtype="str"),
        }
    )
    return mentions.map_partitions(
        _failures_frame, meta=meta, clear_divisions=True, partition_info=True
    )


def _threads(threads: int | None) -> int:
    if threads is None:
        return 1
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise ArgumentTypeError(f"threads must be an int, got {type(threads).__name__}")
    if threads < 1:
        raise OptionError(f"threads must be at least 1, not {threads}")
    return threads


def _column(columns: list[Any], name: str, what: str, hint: str = "") -> None:
    if name not in columns:
        raise ColumnNotFoundError(
            f"no {what} column {name!r} in the dask DataFrame; its columns are {columns}{hint}"
        )


def _text_column(pandas: Any, dtype: Any, name: str) -> None:
    """ArgumentTypeError unless the column's dtype can hold str: a string dtype, object
    (each row is checked when it runs) or a categorical of those."""
    inner = dtype.categories.dtype if isinstance(dtype, pandas.CategoricalDtype) else dtype
    if pandas.api.types.is_object_dtype(inner) or pandas.api.types.is_string_dtype(inner):
        return
    raise ArgumentTypeError(
        f"the text column {name!r} holds {dtype}, not text; pass text= the column of texts"
    )


def _reference(columns: list[Any], ref_date: Any) -> tuple[str | None, str | None]:
    """(the column of reference dates, or None; the single date as YYYY-MM-DD, or None).
    A str names a column when the frame has one of that name or it does not look like a
    date, as in Matcher.extract."""
    if isinstance(ref_date, str) and (ref_date in columns or not _date_like(ref_date)):
        _column(columns, ref_date, "ref_date")
        return ref_date, ref_date
    return None, iso_date(ref_date)  # checked now, not in every task


def _date_like(value: str) -> bool:
    return len(value) >= 10 and value[4] == "-" and value[7] == "-"


def _ship(matcher: Any) -> tuple[Matcher, Any]:
    """The matcher for this process (to build meta) and what the tasks receive: a
    scattered future, a delayed object or a saved path, so that the graph never holds
    one copy per task."""
    if isinstance(matcher, str | os.PathLike):
        path = os.path.abspath(os.fspath(matcher))
        return _load(path), _Saved(path)
    if not isinstance(matcher, Matcher):
        raise ArgumentTypeError(
            f"matcher must be a gazet.Matcher or the path of a saved one, "
            f"got {type(matcher).__name__}"
        )
    client = _client()
    if client is not None:
        # broadcast: every worker gets its copy now, instead of the first tasks on each
        # worker all waiting on one holder.
        return matcher, client.scatter(matcher, broadcast=True, hash=False)
    dask = need("dask", "dask", "gazet.dask.extract()")
    return matcher, dask.delayed(matcher, pure=False)


def _client() -> Any:
    """The current distributed Client, or None (distributed missing or no client)."""
    try:
        distributed = importlib.import_module("distributed")
    except ImportError:
        return None
    try:
        client = distributed.default_client()
    except ValueError:
        return None
    return client if client.status == "running" else None  # a closed one may linger


_loaded: dict[tuple[str, int, int], Matcher] = {}
_loading = threading.Lock()


def _load(path: str) -> Matcher:
    """The matcher saved at `path`, loaded once per process (again if the file changed).
    The lock keeps a worker's threads from loading the same file side by side."""
    stat = os.stat(path)
    key = (path, stat.st_mtime_ns, stat.st_size)
    with _loading:
        matcher = _loaded.get(key)
        if matcher is None:
            matcher = Matcher.load(path)
            if len(_loaded) >= 4:  # a few matchers per process, not every version of a file
                _loaded.pop(next(iter(_loaded)))
            _loaded[key] = matcher
    return matcher


def _documents(
    pandas: Any, part: Any, text: str, id: str | None, ref_column: str | None, number: int
) -> pd.DataFrame:
    """The partition as Matcher.extract takes it: the text (and dates) column, indexed by
    the document ids."""
    frame: pd.DataFrame = part[[text] if ref_column in (None, text) else [text, ref_column]]
    if id is not None:
        return frame.set_axis(pandas.Index(part[id]), axis=0)
    if not frame.index.is_unique:
        repeated = frame.index[frame.index.duplicated()][0]
        raise ArgumentError(
            f"partition {number}: the index repeats {repeated!r}, so it cannot serve as "
            "document ids (id=None); pass id='<column of ids>'"
        )
    return frame


def _partition(
    part: pd.DataFrame,
    shipped: Any,
    *,
    ref_column: str | None,
    options: dict[str, Any],
    partition_info: dict[str, Any] | None = None,
) -> pd.DataFrame:
    """One task: the mentions of one partition, with its skipped rows in attrs."""
    import pandas

    number = -1 if partition_info is None else int(partition_info["number"])
    matcher = _load(shipped.path) if isinstance(shipped, _Saved) else shipped
    frame = _documents(pandas, part, options["text"], options["id"], ref_column, number)
    extract = {"text": options["text"], "ref_date": options["ref"], "threads": options["threads"]}
    try:
        found = matcher.extract(frame, errors="raise", **extract)
    except GazetError as e:
        if options["errors"] == "raise":
            raise _in_partition(e, number) from None
        # A bad row: again, skipping (the rare path, so the common one pays nothing).
        found = _skipping(matcher, frame, extract, number)
    except Exception as e:
        e.add_note(f"in partition {number} of the dask DataFrame")
        raise
    else:
        found.attrs = {FAILURES: []}
    return found


# Matcher.extract warns about skipped rows without the partition; recording that warning
# changes process-wide state, so one task at a time does it (only tasks with bad rows).
_recording = threading.Lock()


def _skipping(
    matcher: Matcher, frame: pd.DataFrame, extract: dict[str, Any], number: int
) -> pd.DataFrame:
    """The partition's mentions with errors="skip", its skipped rows named with the
    partition in attrs, and one SkippedRowsWarning for them."""
    with _recording, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            found = matcher.extract(frame, errors="skip", **extract)
        except GazetError as e:  # not a row's fault (nothing skips it)
            raise _in_partition(e, number) from None
    for w in caught:  # pass on what was not ours to swallow
        if not issubclass(w.category, SkippedRowsWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    skipped = found.attrs["failures"]
    renamed = [f._replace(error=_in_partition(f.error, number)) for f in skipped]
    found.attrs = {FAILURES: [{"partition": number, **r} for r in failure_records(renamed)]}
    _warn(
        f"partition {number}: {skipped_rows(skipped, len(frame))}; "
        "gazet.dask.failures(result) lists them"
    )
    return found


def _warn(message: str) -> None:
    """A SkippedRowsWarning here, and on the client too when this runs on a distributed
    worker (workers' own warnings stay in their logs)."""
    try:
        from distributed import warn
    except ImportError:
        warnings.warn(message, SkippedRowsWarning, stacklevel=2)
    else:
        warn(message, SkippedRowsWarning)


def _in_partition(error: Exception, number: int) -> Exception:
    """The same error, its message led by the partition ("partition 3, row 17: ...")."""
    message = str(error)
    joined = f"partition {number}{', ' if message.startswith('row ') else ': '}{message}"
    if isinstance(error, DocumentError):
        return DocumentError(joined, error.row, error.doc)
    try:
        return type(error)(joined)
    except Exception:  # a class built from other arguments: keep it, with a note
        error.add_note(f"in partition {number} of the dask DataFrame")
        return error


def _failures_frame(
    mentions: pd.DataFrame, partition_info: dict[str, Any] | None = None
) -> pd.DataFrame:
    import pandas

    number = -1 if partition_info is None else int(partition_info["number"])
    records = mentions.attrs.get(FAILURES)
    if records is None:
        raise ArgumentError(
            f"partition {number} carries no list of skipped rows: give failures() the "
            "DataFrame gazet.dask.extract returned, before any repartition or shuffle"
        )
    doc = mentions["doc"].dtype
    return pandas.DataFrame(
        {
            "partition": pandas.Series([r["partition"] for r in records], dtype="int64"),
            "row": pandas.Series([r["row"] for r in records], dtype="int64"),
            "doc": pandas.Series([r["doc"] for r in records], dtype=object).astype(doc),
            "error": pandas.Series([r["error"] for r in records], dtype="str"),
        }
    )
