"""gazet's exceptions and warnings: one root, `GazetError`, and classes that also refine the
built-in they narrow (a `GazetteerError` is a `ValueError`), so both kinds of handler work.

Every exception gazet raises on purpose is one of these; an `OSError` from reading a
file, and the `KeyError` of ``gazetteer[missing_id]``, are Python's own."""

from __future__ import annotations

from typing import Any, NamedTuple


class GazetError(Exception):
    """The root of every exception gazet raises of its own."""


class ArgumentTypeError(GazetError, TypeError):
    """An argument, or an item of one (a row, a name, an attribute value), of a type gazet
    does not take: a text that is not a str, a reference date that is not a date or str."""


class ArgumentError(GazetError, ValueError):
    """An argument with a value gazet cannot use (`ref_dates` of another length than the
    texts, matches shown on a text they were not found in)."""


class OptionError(ArgumentError):
    """An option value that is not one of the allowed ones."""


class DateError(GazetError, ValueError):
    """A reference (publication) date that is not an existing day written YYYY-MM-DD (or
    an ISO datetime, whose date is taken as written)."""


class TextError(GazetError, ValueError):
    """A text the core cannot take: over 4 GiB (its offsets are 32-bit)."""


class GazetteerError(GazetError, ValueError):
    """A gazetteer entry that cannot be used: an empty name, label or id, or a bad file line."""


class SavedFileError(GazetError, ValueError):
    """A saved matcher (file or pickle) that cannot be read: not one, damaged, truncated or
    written by another layout version."""


class CorpusError(GazetError, ValueError):
    """A corpus the command line cannot read: a folder without .txt files, a file that is
    not UTF-8, a line or row without a text, a metadata file without its columns."""


class ReadOnlyError(GazetError, TypeError):
    """A change to something gazet shares and so keeps unchangeable (an entity's
    attributes)."""


class ColumnNotFoundError(GazetError, KeyError):
    """A DataFrame without a column that was asked for."""

    def __str__(self) -> str:
        # KeyError's own str() is the repr of its argument, quotes and escapes included.
        return str(self.args[0]) if len(self.args) == 1 else super().__str__()


class MissingDependencyError(GazetError, ImportError):
    """An optional dependency that a function needs and is not installed (the message
    names the extra that installs it)."""


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
