"""Columnar output for Matcher.extract (pandas) and Matcher.extract_arrow (pyarrow); both
are imported only here, when needed. The core hands over column buffers, not one Python
object per match."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from .matcher import _iso, _pandas, _rows
from .progress import chunks

if TYPE_CHECKING:
    import pandas as pd

    from .matcher import Matcher

COLUMNS = ["doc", "start", "end", "text", "label", "entity_id", "value"]


def _inputs(data: Any, text: str, ref_date: Any) -> tuple[list[Any], list[str | None] | None, Any]:
    """The rows, their reference dates and their labels (a pandas Index, or None for a
    plain list: positions) from a list, Series or DataFrame."""
    if isinstance(data, str):
        raise TypeError("data must be a list of str, a Series or a DataFrame, not a single str")
    pandas = sys.modules.get("pandas")  # data can only be a pandas object if pandas is loaded
    if pandas is None or not isinstance(data, pandas.DataFrame | pandas.Series):
        rows = _rows(data)
        refs = None if ref_date is None else [_iso(ref_date)] * len(rows)
        return rows, refs, None
    texts = data
    if isinstance(data, pandas.DataFrame):
        if text not in data.columns:
            raise KeyError(f"no column {text!r} in the DataFrame; its columns are {list(data.columns)}")
        texts = data[text]
    return _rows(texts), _references(pandas, data, ref_date, len(data.index)), data.index


def extract(
    matcher: Matcher, data: Any, text: str, ref_date: Any, threads: int | None, progress: bool
) -> pd.DataFrame:
    """See :meth:`gazet.Matcher.extract`."""
    pd = _pandas()
    rows, refs, index = _inputs(data, text, ref_date)
    if index is None:
        index = pd.RangeIndex(len(rows))
    strings = not _has_pyarrow()
    if not progress:
        return _frame(pd, matcher._core.columns(rows, refs, threads=threads, strings=strings), index)
    frames = []
    for part in chunks(range(len(rows)), show=True):
        window = slice(part[0], part[-1] + 1)
        sub_refs = None if refs is None else refs[window]
        cols = matcher._core.columns(
            rows[window], sub_refs, threads=threads, first_row=window.start, strings=strings
        )
        frames.append(_frame(pd, cols, index[window]))
    if not frames:
        return _frame(pd, matcher._core.columns([], None, strings=strings), index)
    df = pd.concat(frames, ignore_index=True)
    for column in ("label", "entity_id"):
        df[column] = df[column].astype("category")
    return df


def extract_arrow(matcher: Matcher, data: Any, text: str, ref_date: Any, threads: int | None) -> Any:
    """See :meth:`gazet.Matcher.extract_arrow`."""
    try:
        import numpy as np
        import pyarrow as pa
    except ImportError as e:
        raise ImportError("extract_arrow() needs pyarrow: pip install 'gazet[arrow]'") from e
    rows, refs, index = _inputs(data, text, ref_date)
    cols = matcher._core.columns(rows, refs, threads=threads)
    n = len(cols["start"]) // 8

    def ints(name: str) -> Any:
        return pa.Array.from_buffers(pa.int64(), n, [None, pa.py_buffer(cols[name])])

    def coded(codes: str, categories: str) -> Any:
        c = np.frombuffer(cols[codes], dtype="<i4")
        return pa.DictionaryArray.from_arrays(pa.array(c, mask=c < 0), pa.array(cols[categories], pa.string()))

    row = np.frombuffer(cols["row"], dtype="<i8")
    doc = pa.array(row) if index is None else pa.array(index.take(row))
    texts = pa.LargeStringArray.from_buffers(n, pa.py_buffer(cols["text_offsets"]), pa.py_buffer(cols["text_data"]))
    value = coded("value_codes", "values").cast(pa.string())
    arrays = [doc, ints("start"), ints("end"), texts, coded("label_codes", "labels"), coded("entity_codes", "entity_ids"), value]
    return pa.table(arrays, names=COLUMNS)


def _frame(pd: Any, cols: dict[str, Any], index: Any) -> pd.DataFrame:
    """The DataFrame from the core's column buffers: no Python object per match except
    the matched texts when pyarrow is missing (then the core made them, as `texts`)."""
    import numpy as np

    ints = {k: np.frombuffer(cols[k], dtype="<i8") for k in ("row", "start", "end")}

    def categorical(codes: str, categories: str) -> Any:
        return pd.Categorical.from_codes(
            np.frombuffer(cols[codes], dtype="<i4"), categories=pd.Index(cols[categories], dtype=object)
        )

    values = np.array(cols["values"] + [None], dtype=object)[np.frombuffer(cols["value_codes"], dtype="<i4")]
    return pd.DataFrame(
        {
            "doc": index.take(ints["row"]),
            "start": ints["start"].astype("int64"),
            "end": ints["end"].astype("int64"),
            "text": _strings(pd, cols),
            "label": categorical("label_codes", "labels"),
            "entity_id": categorical("entity_codes", "entity_ids"),
            "value": pd.array(values, dtype="str"),
        },
        columns=COLUMNS,
    )


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def _strings(pd: Any, cols: dict[str, Any]) -> Any:
    """The str column of the matched texts: the core's list of str, else an Arrow array
    over its offsets and UTF-8 data."""
    if "texts" in cols:
        return pd.array(cols["texts"], dtype="str")
    import pyarrow as pa

    offsets, data = cols["text_offsets"], cols["text_data"]
    arr = pa.LargeStringArray.from_buffers(len(offsets) // 8 - 1, pa.py_buffer(offsets), pa.py_buffer(data))
    return pd.array(arr, dtype="str")


def _references(pd: Any, data: Any, ref_date: Any, n: int) -> list[str | None] | None:
    """One YYYY-MM-DD (or None) per row, from a column name or one value for all."""
    if ref_date is None:
        return None
    if isinstance(data, pd.DataFrame) and isinstance(ref_date, str) and ref_date in data.columns:
        column = data[ref_date]
        out: list[str | None] = []
        for label, value in zip(data.index, column):
            try:
                out.append(None if _missing(pd, value) else _iso(value))
            except TypeError as e:
                raise TypeError(f"row {label!r}: {e}") from None
        return out
    if isinstance(data, pd.DataFrame) and isinstance(ref_date, str) and not _looks_like_date(ref_date):
        raise KeyError(f"no column {ref_date!r} in the DataFrame; its columns are {list(data.columns)}")
    return [_iso(ref_date)] * n


def _missing(pd: Any, value: Any) -> bool:
    return bool(pd.api.types.is_scalar(value) and pd.isna(value))


def _looks_like_date(value: str) -> bool:
    return len(value) == 10 and value[4] == "-" and value[7] == "-"
