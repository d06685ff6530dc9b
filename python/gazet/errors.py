"""gazet's exceptions and warnings: one root, `GazetError`, and classes that also refine the
built-in they narrow (a `GazetteerError` is a `ValueError`), so both kinds of handler work."""

from __future__ import annotations

from typing import Any, NamedTuple


class GazetError(Exception):
    """The root of every exception gazet raises of its own."""


class GazetteerError(GazetError, ValueError):
    """A gazetteer entry that cannot be used: an empty name, label or id, or a bad file line."""


class SavedFileError(GazetError, ValueError):
    """A saved matcher (file or pickle) that cannot be read: not one, damaged, truncated or
    written by another layout version."""


class InternalError(GazetError, RuntimeError):
    """A bug in gazet's core met on some input (a panic, caught). Please report it with
    the input."""


class DocumentError(InternalError):
    """The core failed on one document of a batch: `row` is its position in the input,
    `doc` its index label (the position again for a plain list)."""

    def __init__(self, message: str, row: int, doc: Any) -> None:
        super().__init__(message)
        self.row = row
        self.doc = doc

    def __reduce__(self) -> tuple[Any, tuple[str, int, Any]]:
        # copy, deepcopy (pandas copies a frame's attrs) and pickle rebuild it from these.
        return (type(self), (str(self), self.row, self.doc))


class SkippedRowsWarning(UserWarning):
    """Rows a batch call with ``errors="skip"`` left out (listed on the result)."""


class Failure(NamedTuple):
    """A row a batch call skipped: its position, its index label and the exception."""

    row: int
    doc: Any
    error: Exception
