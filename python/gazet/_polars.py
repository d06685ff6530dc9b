"""polars input for Matcher.extract and extract_arrow, and polars output for extract.

Imported only when the input is a polars object, so polars is loaded already. The texts go
to the core as one list of str; the result is extract_arrow's table (built from the core's
buffers), read by polars: no Python object per match."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import polars as pl

from ._batch import Batch, Errors
from ._dependencies import need
from .errors import ArgumentTypeError
from .frames import Categories, arrow_columns, column, looks_like_date

if TYPE_CHECKING:
    from . import _core


def extract(
    core: _core.Matcher,
    categories: Categories,
    data: pl.DataFrame | pl.Series | pl.LazyFrame,
    *,
    text: str,
    ref_date: Any,
    threads: int | None,
    errors: Errors,
    progress: bool,
) -> pl.DataFrame:
    """Matcher.extract on polars input: the columns of the pandas result, `doc` the row's
    position, label, how and timex_type Enums over the matcher's categories (fixed, so results of one
    matcher concatenate), entity_id a String (discovered people's ids vary)."""
    pyarrow = need("pyarrow", "polars", "extract() on polars input")
    rows = batch(data, text, ref_date, errors)
    table = arrow_columns(pyarrow, core, categories, rows, threads, progress)
    labels, _ = categories
    enums: dict[str, pl.DataType | type[pl.DataType]] = {
        "label": pl.Enum(labels),
        "entity_id": pl.String,
        "how": pl.Enum(core.hows()),
        "timex_type": pl.Enum(core.timex_types()),
    }
    out = pl.from_arrow(table, schema_overrides=enums)
    assert isinstance(out, pl.DataFrame)  # from a Table, never a Series
    # The warning, if any rows were skipped: a polars DataFrame has no attrs to list them.
    rows.failures(
        see="a polars DataFrame keeps no list of them: extract_arrow() of the same input "
        "has it in the schema metadata 'gazet.failures'"
    )
    return out


def batch(
    data: pl.DataFrame | pl.Series | pl.LazyFrame,
    text: str,
    ref_date: Any,
    errors: Errors,
) -> Batch:
    """The rows of a polars DataFrame or Series, named by position (polars has no index);
    `ref_date` may name a column of the DataFrame, as for pandas."""
    if isinstance(data, pl.LazyFrame):
        raise ArgumentTypeError("data is a polars LazyFrame: collect() it first")
    if isinstance(data, pl.Series):
        return Batch(_texts(data, "the Series"), ref_date=ref_date, errors=errors)
    texts = _texts(data.get_column(column(data, text)), f"column {text!r}")
    if isinstance(ref_date, str) and (ref_date in data.columns or not looks_like_date(ref_date)):
        dates = data.get_column(column(data, ref_date)).to_list()
        return Batch(texts, ref_dates=dates, errors=errors)
    return Batch(texts, ref_date=ref_date, errors=errors)


def _texts(series: pl.Series, what: str) -> list[str | None]:
    """The texts as a list of str and None: the core reads Python strs, so this is the one
    object per row (a copy of the text) that polars input costs. A column of nulls only
    has the Null type."""
    if series.dtype not in (pl.String, pl.Null):
        raise ArgumentTypeError(f"{what} holds {series.dtype}, not text (pl.String)")
    texts: list[str | None] = series.to_list()
    return texts
