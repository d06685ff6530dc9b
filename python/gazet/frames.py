"""pandas output for Matcher.extract (pandas is imported only here, when needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .matcher import _iso, _rows

if TYPE_CHECKING:
    import pandas as pd

    from .matcher import Matcher

COLUMNS = ["doc", "start", "end", "text", "label", "entity_id", "value"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:
        raise ImportError("extract() needs pandas: pip install 'gazet[pandas]'") from e
    return pandas


def extract(matcher: Matcher, data: Any, text: str, ref_date: Any, threads: int | None) -> pd.DataFrame:
    """See :meth:`gazet.Matcher.extract`."""
    pd = _pandas()
    if isinstance(data, pd.DataFrame):
        if text not in data.columns:
            raise KeyError(f"no column {text!r} in the DataFrame; its columns are {list(data.columns)}")
        texts, index = data[text], data.index
    elif isinstance(data, pd.Series):
        texts, index = data, data.index
    elif isinstance(data, str):
        raise TypeError("data must be a list of str, a Series or a DataFrame, not a single str")
    else:
        texts = list(data)
        index = pd.RangeIndex(len(texts))
    refs = _references(pd, data, ref_date, len(index))
    rows, starts, ends, surfaces, labels, ids, values = matcher._core.columns(
        _rows(texts), refs, threads=threads
    )
    return pd.DataFrame(
        {
            "doc": index.take(rows),
            "start": pd.array(starts, dtype="int64"),
            "end": pd.array(ends, dtype="int64"),
            "text": surfaces,
            "label": labels,
            "entity_id": ids,
            "value": values,
        },
        columns=COLUMNS,
    )


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
