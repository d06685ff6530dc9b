"""What the batch calls (find_many, extract, extract_arrow, suggest) share: their rows and
reference dates read and checked, chunks for a progress bar, and the rows they skip."""

from __future__ import annotations

import builtins
import os
import sys
import warnings
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from . import errors as _errors
from ._values import is_missing, iso_date
from .errors import (
    ArgumentError,
    ArgumentTypeError,
    DateError,
    DocumentError,
    Failure,
    OptionError,
    SkippedRowsWarning,
)
from .progress import chunks

Errors = Literal["raise", "skip"]

# A row the core failed on: its position, the exception class's name, the message.
CoreFailure = tuple[int, str, str]

_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Batch:
    """The rows of one batch call, read and checked: `texts` (str, None, or a value the
    core rejects with the row's position), `refs` (one YYYY-MM-DD or None per row, or
    None for none at all), and the rows skipped so far.

    `labels` (a pandas Index, or None for positions) names the rows in errors.
    ``errors="skip"`` turns a row's bad reference date into a skipped row; otherwise it
    raises."""

    def __init__(
        self,
        texts: Iterable[Any],
        *,
        ref_date: Any = None,
        ref_dates: Iterable[Any] | None = None,
        errors: Errors = "raise",
        labels: Any = None,
    ) -> None:
        if errors not in ("raise", "skip"):
            raise OptionError(f"errors must be 'raise' or 'skip', not {errors!r}")
        self.skip = errors == "skip"
        self.labels = labels
        self.texts = rows(texts)
        self.refs: list[str | None] | None = None
        self._failures: list[Failure] = []
        if ref_dates is not None:
            ref_dates = list(ref_dates)
            if len(ref_dates) != len(self.texts):
                raise ArgumentError(
                    f"ref_dates has {len(ref_dates)} entries for {len(self.texts)} texts"
                )
            self.refs = [self._date(row, value) for row, value in enumerate(ref_dates)]
        elif ref_date is not None:
            self.refs = [iso_date(ref_date)] * len(self.texts)

    def __len__(self) -> int:
        return len(self.texts)

    def doc(self, row: int) -> Any:
        """The index label of a row (its position for a plain list)."""
        return row if self.labels is None else self.labels[row]

    def where(self, row: int) -> str:
        """A row named in errors: its position, and its index label if that differs."""
        label = self.doc(row)
        return f"row {row}" if label == row else f"row {row} (index {label!r})"

    def _date(self, row: int, value: Any) -> str | None:
        try:
            return iso_date(value, self.where(row))
        except (DateError, ArgumentTypeError) as e:
            if not self.skip:
                raise
            self._failures.append(Failure(row, self.doc(row), e))
            self.texts[row] = None  # a skipped row gives no matches
            return None

    def parts(self, progress: bool) -> Iterator[tuple[range, list[Any], list[str | None] | None]]:
        """The rows in chunks (one chunk without `progress`): each chunk's positions,
        texts and reference dates."""
        for part in chunks(len(self.texts), progress):
            window = slice(part.start, part.stop)
            yield part, self.texts[window], None if self.refs is None else self.refs[window]

    def failed(self, failed: list[CoreFailure]) -> None:
        """Take the core's failed rows of one chunk: raise the first unless skipping."""
        for row, kind, message in failed:
            error = row_error(kind, message, row, self.doc(row), self.where(row))
            if not self.skip:
                raise error
            self._failures.append(Failure(row, self.doc(row), error))

    def failures(self, see: str = "see the result's failures") -> list[Failure]:
        """The skipped rows in order, after one SkippedRowsWarning (if any) shown at the
        caller's line; `see` says where they are listed."""
        failures = sorted(self._failures, key=lambda f: f.row)
        warn_skipped(failures, len(self), see)
        return failures


def skipped(failures: list[Failure], total: int) -> str:
    """ "skipped 2 of 6 rows (the first three reasons; and how many more)"."""
    listed = "; ".join(str(f.error) for f in failures[:3])
    more = f"; and {len(failures) - 3} more" if len(failures) > 3 else ""
    return f"skipped {len(failures)} of {total} rows ({listed}{more})"


def warn_skipped(failures: list[Failure], total: int, see: str) -> None:
    """One SkippedRowsWarning at the caller's line, if any row was skipped."""
    if failures:
        warnings.warn(
            f"{skipped(failures, total)}; {see}", SkippedRowsWarning, stacklevel=caller_level()
        )


def failure_records(failures: list[Failure]) -> list[dict[str, Any]]:
    """The skipped rows as JSON-ready records (row, doc, "Class: message"), as Arrow and
    Parquet metadata keep them under "gazet.failures"."""
    return [
        {"row": f.row, "doc": plain(f.doc), "error": f"{type(f.error).__name__}: {f.error}"}
        for f in failures
    ]


def plain(value: Any) -> Any:
    """A document id or index label as a JSON value (numpy scalars as Python ones, others
    as str)."""
    value = value.item() if hasattr(value, "item") else value
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def rows(texts: Iterable[Any]) -> list[Any]:
    """The rows as a list; missing values (None, NaN, NA, NaT) become None."""
    if isinstance(texts, str):
        raise ArgumentTypeError("texts must be a sequence of str, not a single str")
    out = list(texts)
    for i, row in enumerate(out):
        if type(row) is not str and row is not None and is_missing(row):
            out[i] = None
    return out


def row_error(kind: str, message: str, row: int, doc: Any, where: str) -> Exception:
    """The exception for a row the core failed on: a class of gazet.errors, or a built-in
    one, by name."""
    if kind == "DocumentError":
        return DocumentError(f"{where}: {message}", row, doc)
    cls = getattr(_errors, kind, None) or getattr(builtins, kind, None)
    if not (isinstance(cls, type) and issubclass(cls, Exception)):
        raise _errors.InternalError(f"{where}: the core failed with unknown {kind}: {message}")
    return cls(message)


def caller_level() -> int:
    """The `stacklevel` of the nearest caller outside gazet, for warnings to point at the
    user's line (however deep inside gazet the warning is made)."""
    level, frame = 1, sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level
