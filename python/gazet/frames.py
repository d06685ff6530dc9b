"""Columnar output for Matcher.extract (pandas, or polars for polars input: `_polars`) and
Matcher.extract_arrow (pyarrow); each is imported only here, when needed. The core hands
over column buffers, not one Python object per match."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from ._batch import Batch, Errors, failure_records
from ._dependencies import has, need
from .errors import ArgumentTypeError, ColumnNotFoundError

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

    from . import _core

COLUMNS = ["doc", "start", "end", "text", "label", "entity_id", "value", "how", "timex_type"]

Categories = tuple[list[str], list[str]]


def extract(
    core: _core.Matcher,
    categories: Categories,
    data: Any,
    *,
    text: str,
    ref_date: Any,
    threads: int | None,
    errors: Errors,
    progress: bool,
) -> pd.DataFrame | pl.DataFrame:
    """See :meth:`gazet.Matcher.extract`; `categories` are the core's (labels, ids)."""
    if is_polars(data):
        from ._polars import extract as extract_polars

        return extract_polars(
            core,
            categories,
            data,
            text=text,
            ref_date=ref_date,
            threads=threads,
            errors=errors,
            progress=progress,
        )
    pandas = need("pandas", "pandas", "extract()")
    batch = _batch(data, text, ref_date, errors)
    index = pandas.RangeIndex(len(batch)) if batch.labels is None else batch.labels
    import numpy as np

    strings = not has("pyarrow")
    labels, ids = categories
    dtypes = (
        pandas.CategoricalDtype(pandas.Index(labels, dtype=object)),
        np.array(ids, dtype=object),
        pandas.CategoricalDtype(pandas.Index(core.hows(), dtype=object)),
        pandas.CategoricalDtype(pandas.Index(core.timex_types(), dtype=object)),
    )
    frames = []
    for part, texts, refs in batch.parts(progress):
        cols = core.columns(
            texts, refs, threads=threads, first_row=part.start, strings=strings, skip=batch.skip
        )
        batch.failed(cols["failures"])
        frames.append(_frame(pandas, cols, index[part.start : part.stop], dtypes))
    df: pd.DataFrame = frames[0] if len(frames) == 1 else pandas.concat(frames, ignore_index=True)
    df.attrs["failures"] = batch.failures()
    return df


def extract_arrow(
    core: _core.Matcher,
    categories: Categories,
    data: Any,
    *,
    text: str,
    ref_date: Any,
    threads: int | None,
    errors: Errors,
    progress: bool,
) -> pa.Table:
    """See :meth:`gazet.Matcher.extract_arrow`."""
    pyarrow = need("pyarrow", "arrow", "extract_arrow()")
    batch = _batch(data, text, ref_date, errors)
    table = arrow_columns(pyarrow, core, categories, batch, threads, progress)
    failures = batch.failures()
    if failures:
        listed = failure_records(failures)
        metadata = {"gazet.failures": json.dumps(listed, ensure_ascii=False)}
        table = table.replace_schema_metadata(metadata)
    return table


def arrow_columns(
    pyarrow: Any,
    core: _core.Matcher,
    categories: Categories,
    batch: Batch,
    threads: int | None,
    progress: bool,
) -> pa.Table:
    """The mentions of a batch's rows as one Arrow table (see `arrow_table`); the rows the
    core failed on raise or are kept in `batch`."""
    labels, ids = (pyarrow.array(c, pyarrow.string()) for c in categories)
    hows = pyarrow.array(core.hows(), pyarrow.string())
    timex = pyarrow.array(core.timex_types(), pyarrow.string())
    tables = []
    for part, texts, refs in batch.parts(progress):
        cols = core.columns(texts, refs, threads=threads, first_row=part.start, skip=batch.skip)
        batch.failed(cols["failures"])
        docs = None if batch.labels is None else batch.labels[part.start : part.stop]
        tables.append(arrow_table(pyarrow, cols, part.start, docs, (labels, ids, hows, timex)))
    table: pa.Table = tables[0] if len(tables) == 1 else pyarrow.concat_tables(tables)
    return table


def is_polars(data: object) -> bool:
    """Whether `data` is a polars DataFrame, Series or LazyFrame, without importing polars
    (it can only be one if polars is loaded)."""
    polars = sys.modules.get("polars")
    return polars is not None and isinstance(
        data, polars.DataFrame | polars.Series | polars.LazyFrame
    )


def _batch(data: Any, text: str, ref_date: Any, errors: Errors) -> Batch:
    """The rows of a list, Series or DataFrame (pandas or polars), with their reference
    dates and (for pandas) index labels."""
    if isinstance(data, str):
        raise ArgumentTypeError(
            "data must be a list of str, a Series or a DataFrame, not a single str"
        )
    if is_polars(data):
        from ._polars import batch

        return batch(data, text, ref_date, errors)
    pandas = sys.modules.get("pandas")  # data can only be a pandas object if pandas is loaded
    if pandas is None or not isinstance(data, pandas.DataFrame | pandas.Series):
        return Batch(data, ref_date=ref_date, errors=errors)
    texts = data
    if isinstance(data, pandas.DataFrame):
        texts = data[column(data, text)]
        if isinstance(ref_date, str) and (
            ref_date in data.columns or not looks_like_date(ref_date)
        ):
            dates = data[column(data, ref_date)]
            return Batch(texts, ref_dates=list(dates), errors=errors, labels=data.index)
    return Batch(texts, ref_date=ref_date, errors=errors, labels=data.index)


def column(frame: Any, name: str) -> str:
    """`name` if the (pandas or polars) DataFrame has such a column, else
    ColumnNotFoundError listing its columns."""
    if name not in frame.columns:
        raise ColumnNotFoundError(
            f"no column {name!r} in the DataFrame; its columns are {list(frame.columns)}"
        )
    return name


def looks_like_date(value: str) -> bool:
    """Whether a str `ref_date` reads as a date rather than a column's name."""
    return len(value) >= 10 and value[4] == "-" and value[7] == "-"


def _frame(pandas: Any, cols: _core.Columns, index: Any, dtypes: tuple[Any, ...]) -> pd.DataFrame:
    """The DataFrame from the core's column buffers: no Python object per match except
    the matched texts when pyarrow is missing (then the core made them, as `texts`).
    `dtypes`: the label dtype, the matcher's ids (an object array), the how dtype and the
    timex_type dtype."""
    import numpy as np

    ints = {k: np.frombuffer(cols[k], dtype="<i8") for k in ("row", "start", "end")}

    def categorical(codes: Any, dtype: Any) -> Any:
        return pandas.Categorical.from_codes(codes, dtype=dtype)

    def strings(codes: bytes, *categories: Any) -> Any:
        table = np.concatenate([*categories, np.array([None], dtype=object)])
        return pandas.array(table[np.frombuffer(codes, dtype="<i4")], dtype="str")

    people = np.array(cols["people"], dtype=object)
    frame: pd.DataFrame = pandas.DataFrame(
        {
            "doc": index.take(ints["row"]),
            "start": ints["start"].astype("int64"),
            "end": ints["end"].astype("int64"),
            "text": _strings(pandas, cols),
            "label": categorical(np.frombuffer(cols["label_codes"], dtype="<i4"), dtypes[0]),
            "entity_id": strings(cols["entity_codes"], dtypes[1], people),
            "value": strings(cols["value_codes"], np.array(cols["values"], dtype=object)),
            "how": categorical(np.frombuffer(cols["how_codes"], dtype="<i1"), dtypes[2]),
            "timex_type": categorical(np.frombuffer(cols["timex_codes"], dtype="<i1"), dtypes[3]),
        },
        columns=COLUMNS,
    )
    return frame


def arrow_table(
    pyarrow: Any, cols: _core.Columns, first_row: int, docs: Any, categories: Any
) -> pa.Table:
    """The Table from the core's column buffers of the rows from `first_row` on; `docs`
    are their index labels or ids (a pandas Index or an Arrow array; None: positions);
    `categories` the label, id, how and timex_type arrays. extract_arrow and the streaming
    Parquet writer build their tables here."""
    labels, ids, hows, timex = categories
    import numpy as np

    n = len(cols["start"]) // 8

    def ints(buffer: bytes) -> Any:
        return pyarrow.Array.from_buffers(pyarrow.int64(), n, [None, pyarrow.py_buffer(buffer)])

    def coded(codes: bytes, categories: Any, width: str = "<i4") -> Any:
        c = np.frombuffer(codes, dtype=width).astype("<i4")
        return pyarrow.DictionaryArray.from_arrays(pyarrow.array(c, mask=c < 0), categories)

    if cols["people"]:
        ids = pyarrow.concat_arrays([ids, pyarrow.array(cols["people"], pyarrow.string())])

    row = np.frombuffer(cols["row"], dtype="<i8")
    doc = pyarrow.array(row + first_row) if docs is None else pyarrow.array(docs.take(row))
    offsets, data = pyarrow.py_buffer(cols["text_offsets"]), pyarrow.py_buffer(cols["text_data"])
    value = coded(cols["value_codes"], pyarrow.array(cols["values"], pyarrow.string())).cast(
        pyarrow.string()
    )
    arrays = [
        doc,
        ints(cols["start"]),
        ints(cols["end"]),
        pyarrow.LargeStringArray.from_buffers(n, offsets, data),
        coded(cols["label_codes"], labels),
        coded(cols["entity_codes"], ids),
        value,
        coded(cols["how_codes"], hows, "<i1"),
        coded(cols["timex_codes"], timex, "<i1"),
    ]
    return pyarrow.table(arrays, names=COLUMNS)


def _strings(pandas: Any, cols: _core.Columns) -> Any:
    """The str column of the matched texts: the core's list of str, else an Arrow array
    over its offsets and UTF-8 data."""
    if "texts" in cols:
        return pandas.array(cols["texts"], dtype="str")
    import pyarrow

    offsets, data = cols["text_offsets"], cols["text_data"]
    n = len(offsets) // 8 - 1
    arr = pyarrow.LargeStringArray.from_buffers(
        n, pyarrow.py_buffer(offsets), pyarrow.py_buffer(data)
    )
    return pandas.array(arr, dtype="str")
