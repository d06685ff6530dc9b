"""Columnar output for Matcher.extract (pandas) and Matcher.extract_arrow (pyarrow); both
are imported only here, when needed. The core hands over column buffers, not one Python
object per match."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from .errors import Failure
from .matcher import _failures, _iso, _pandas, _rows, _skip, _warn
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
    matcher: Matcher, data: Any, text: str, ref_date: Any, threads: int | None, progress: bool, errors: str
) -> pd.DataFrame:
    """See :meth:`gazet.Matcher.extract`."""
    pd = _pandas()
    skip = _skip(errors)
    rows, refs, index = _inputs(data, text, ref_date)
    if index is None:
        index = pd.RangeIndex(len(rows))
    strings = not _has_pyarrow()
    dtypes = _dtypes(pd, matcher)
    frames = []
    failures: list[Failure] = []
    parts: Any = chunks(range(len(rows)), show=True) if progress else [range(len(rows))]
    for part in parts:
        window = slice(part.start, part.stop)
        sub_refs = None if refs is None else refs[window]
        cols = matcher._core.columns(
            rows[window], sub_refs, threads=threads, first_row=window.start, strings=strings, skip=skip
        )
        failures += _failures(cols["failures"], index.__getitem__, errors)
        frames.append(_frame(pd, cols, index[window], dtypes))
    if not frames:  # no rows, shown with a progress bar
        frames.append(_frame(pd, matcher._core.columns([], None, strings=strings), index, dtypes))
    df = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    df.attrs["failures"] = _warn(failures, len(rows), stacklevel=4)  # Matcher.extract's caller
    return df


def extract_arrow(matcher: Matcher, data: Any, text: str, ref_date: Any, threads: int | None, errors: str) -> Any:
    """See :meth:`gazet.Matcher.extract_arrow`."""
    try:
        import numpy as np
        import pyarrow as pa
    except ImportError as e:
        raise ImportError("extract_arrow() needs pyarrow: pip install 'gazet[arrow]'") from e
    skip = _skip(errors)
    rows, refs, index = _inputs(data, text, ref_date)
    cols = matcher._core.columns(rows, refs, threads=threads, skip=skip)
    doc_of = (lambda row: row) if index is None else index.__getitem__
    failures = _warn(_failures(cols["failures"], doc_of, errors), len(rows), stacklevel=4)
    n = len(cols["start"]) // 8
    labels, ids = _categories(matcher)

    def ints(name: str) -> Any:
        return pa.Array.from_buffers(pa.int64(), n, [None, pa.py_buffer(cols[name])])

    def coded(codes: str, categories: Any) -> Any:
        c = np.frombuffer(cols[codes], dtype="<i4")
        return pa.DictionaryArray.from_arrays(pa.array(c, mask=c < 0), categories)

    row = np.frombuffer(cols["row"], dtype="<i8")
    doc = pa.array(row) if index is None else pa.array(index.take(row))
    texts = pa.LargeStringArray.from_buffers(n, pa.py_buffer(cols["text_offsets"]), pa.py_buffer(cols["text_data"]))
    value = coded("value_codes", pa.array(cols["values"], pa.string())).cast(pa.string())
    arrays = [
        doc, ints("start"), ints("end"), texts,
        coded("label_codes", pa.array(labels, pa.string())), coded("entity_codes", pa.array(ids, pa.string())), value,
    ]
    table = pa.table(arrays, names=COLUMNS)
    if failures:
        listed = [{"row": f.row, "doc": _plain(f.doc), "error": f"{type(f.error).__name__}: {f.error}"} for f in failures]
        table = table.replace_schema_metadata({"gazet.failures": json.dumps(listed, ensure_ascii=False)})
    return table


def _categories(matcher: Matcher) -> tuple[list[str], list[str]]:
    """The matcher's label and id categories, asked of the core once per matcher."""
    if matcher._categories is None:
        matcher._categories = matcher._core.categories()
    return matcher._categories


def _dtypes(pd: Any, matcher: Matcher) -> tuple[Any, Any]:
    """The categorical dtypes of the label and entity_id columns, shared by every frame of
    one matcher (so that concatenated results stay categorical)."""
    labels, ids = _categories(matcher)
    return pd.CategoricalDtype(pd.Index(labels, dtype=object)), pd.CategoricalDtype(pd.Index(ids, dtype=object))


def _frame(pd: Any, cols: dict[str, Any], index: Any, dtypes: tuple[Any, Any]) -> pd.DataFrame:
    """The DataFrame from the core's column buffers: no Python object per match except
    the matched texts when pyarrow is missing (then the core made them, as `texts`)."""
    import numpy as np

    ints = {k: np.frombuffer(cols[k], dtype="<i8") for k in ("row", "start", "end")}

    def categorical(codes: str, dtype: Any) -> Any:
        return pd.Categorical.from_codes(np.frombuffer(cols[codes], dtype="<i4"), dtype=dtype)

    values = np.array(cols["values"] + [None], dtype=object)[np.frombuffer(cols["value_codes"], dtype="<i4")]
    return pd.DataFrame(
        {
            "doc": index.take(ints["row"]),
            "start": ints["start"].astype("int64"),
            "end": ints["end"].astype("int64"),
            "text": _strings(pd, cols),
            "label": categorical("label_codes", dtypes[0]),
            "entity_id": categorical("entity_codes", dtypes[1]),
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


def _plain(value: Any) -> Any:
    """An index label as a JSON value (numpy scalars as Python ones, others as str)."""
    value = value.item() if hasattr(value, "item") else value
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)
