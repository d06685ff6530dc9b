"""Matcher: a compiled gazetteer (plus the date recognizer) that finds mentions in text."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from . import _core
from .display import Matches
from .errors import DocumentError, Failure, SavedFileError, SkippedRowsWarning
from .gazetteer import Gazetteer

if TYPE_CHECKING:
    import pandas as pd

Case = Literal["insensitive", "smart", "sensitive"]
Errors = Literal["raise", "skip"]
RefDate = str | dt.date | None

# A forced thread count stays below this, so that pools stay few.
_MAX_THREADS = 256


class ManyMatches(list[Matches]):
    """What :meth:`Matcher.find_many` returns: one :class:`Matches` per text, and
    `failures`, the rows left out with ``errors="skip"`` (empty otherwise)."""

    failures: list[Failure]


class Matcher:
    """Finds gazetteer entities (whole words, leftmost-longest) and dates in text.

    `gazetteer=None` uses the built-in places and demonyms (:func:`gazet.places`,
    :func:`gazet.demonyms`). `case` decides how
    letter case counts: "smart" (default: a capitalised name needs a capital in the text,
    an acronym needs capitals), "insensitive" or "sensitive". `dates` also finds DATE
    mentions. `people` links a listed person's surname or given name alone, after the
    full name in the same document, to that person (an ambiguous short form stays
    unlinked). `discover` also reports PERSON names a title or role introduces
    ("spokesman Zabihullah Mujahid") that no gazetteer lists, with entity_id None.
    `context` lets the words around a PLACE or DEMONYM mention reject it: inside an
    organisation, person or feature name ("Islamabad High Court", "Élodie Martin",
    "Tennessee River"), standing for a team or market ("Liverpool beat Chelsea",
    "Tokyo dropped 2%"), a small town in an all-capitals line; and `common_words`
    (names that are also ordinary words, "Reading", "Nice") match only when capitalised
    mid-sentence or when the document names their country (None: the built-in list,
    :func:`gazet.common_words`). `context=False` makes a plain dictionary matcher.

    `threads` sets the default for batch calls: None uses the GAZET_THREADS environment
    variable if set, else all cores. Counts above the machine's cores are capped at them
    unless GAZET_FORCE_THREADS=1 (then at 256). A saved or pickled matcher keeps no thread
    count: it follows GAZET_THREADS where it is loaded.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        dates: bool = True,
        case: Case = "smart",
        people: bool = True,
        discover: bool = False,
        context: bool = True,
        common_words: Iterable[str] | None = None,
        threads: int | None = None,
    ) -> None:
        if gazetteer is None:
            from .places import default_places

            gazetteer = default_places()
        if not isinstance(gazetteer, Gazetteer):
            raise TypeError(f"gazetteer must be a gazet.Gazetteer, got {type(gazetteer).__name__}")
        if case not in ("insensitive", "smart", "sensitive"):
            raise ValueError(f"case must be 'insensitive', 'smart' or 'sensitive', not {case!r}")
        if common_words is None:
            from .places import common_words as builtin

            common_words = builtin()
        self._gazetteer: Gazetteer | None = gazetteer.copy()
        self._gazetteer_json: bytes | None = None
        self._threads = _threads(threads)
        self._categories: tuple[list[str], list[str]] | None = None
        entities = [
            (e.label, e.entity_id, e.names, _country(e), _population(e)) for e in self._gazetteer
        ]
        self._core = _core.Matcher(
            entities,
            case=case,
            dates=bool(dates),
            people=bool(people),
            discover=bool(discover),
            context=bool(context),
            common_words=list(common_words),
        )

    @property
    def gazetteer(self) -> Gazetteer:
        """A copy of the gazetteer this matcher was built from."""
        if self._gazetteer is None:
            self._gazetteer = self._saved_gazetteer()
        return self._gazetteer.copy()

    def _saved_gazetteer(self) -> Gazetteer:
        """The gazetteer from the records a loaded matcher carries (read on first use, so
        that loading stays fast); SavedFileError unless they hold exactly the compiled
        entities."""
        try:
            gazetteer = Gazetteer.from_records(json.loads(self._gazetteer_json or b"[]"))
        except (ValueError, TypeError, AttributeError) as e:  # JSON and record errors
            raise SavedFileError(f"the saved gazetteer records are damaged: {e}") from None
        if [(e.label, e.entity_id) for e in gazetteer] != self._core.entity_keys():
            raise SavedFileError("the saved gazetteer records do not match the compiled entities")
        return gazetteer

    @property
    def dates(self) -> bool:
        return self._core.dates

    @property
    def case(self) -> Case:
        return self._core.case  # type: ignore[return-value]

    @property
    def people(self) -> bool:
        return self._core.people

    @property
    def discover(self) -> bool:
        return self._core.discover

    @property
    def context(self) -> bool:
        return self._core.context

    def suggest(self, texts: Iterable[str | None], *, min_count: int = 1) -> pd.DataFrame:
        """Candidate new gazetteer entries: PERSON names a title introduces that no list
        holds, with how often they occur, in how many texts, and one example context.

        Columns: label, name, count, docs, example. Most frequent first.
        """
        pd = _pandas()
        rows = _rows(texts)
        finder = self._core if self.discover else self._core.with_discover(True)
        found: dict[str, list[Any]] = {}
        results, failed = finder.find_many(rows, None, threads=self._threads)
        _failures(failed, lambda row: row, "raise")
        for row, (text, matches) in enumerate(zip(rows, results, strict=True)):
            for m in matches:
                if m.label != "PERSON" or m.entity_id is not None:
                    continue
                entry = found.setdefault(m.text, [0, set(), _context(text, m.start, m.end)])
                entry[0] += 1
                entry[1].add(row)
        table = pd.DataFrame(
            [("PERSON", name, n, len(docs), example) for name, (n, docs, example) in found.items()],
            columns=["label", "name", "count", "docs", "example"],
        )
        table = table[table["count"] >= min_count]
        return table.sort_values(["count", "name"], ascending=[False, True], ignore_index=True)

    def find(self, text: str, ref_date: RefDate = None) -> Matches:
        """The mentions in `text`, in order; dates resolve against `ref_date`. The list
        shows as a highlighted table in a notebook."""
        return Matches(self._core.find(text, _iso(ref_date)))

    def find_many(
        self,
        texts: Iterable[str | None],
        ref_dates: Sequence[RefDate] | None = None,
        *,
        threads: int | None = None,
        errors: Errors = "raise",
    ) -> ManyMatches:
        """The mentions of each text (in parallel, without the GIL); None/NaN rows give [].

        `errors="raise"` (default) raises on the first bad row: TypeError or ValueError for
        a row that is not a str or holds a lone surrogate, or a bad reference date, and
        :class:`gazet.DocumentError` for a row the core failed on. `errors="skip"` gives
        those rows no matches, lists them on the result's `failures` and warns
        (:class:`gazet.SkippedRowsWarning`); the other rows' results are kept."""
        rows = _rows(texts)
        refs = None if ref_dates is None else [_iso(r) for r in ref_dates]
        found, failed = self._core.find_many(
            rows, refs, threads=self._threads_for(threads), list_type=Matches, skip=_skip(errors)
        )
        out = ManyMatches(found)
        out.failures = _warn(_failures(failed, lambda row: row, errors), len(rows))
        return out

    def extract(
        self,
        data: Any,
        text: str = "text",
        ref_date: Any = None,
        *,
        threads: int | None = None,
        progress: bool = False,
        errors: Errors = "raise",
    ) -> pd.DataFrame:
        """All mentions as a long DataFrame with columns doc, start, end, text, label,
        entity_id, value; `doc` is the input's index label (list position for a list).

        `data`: a list of str, a pandas Series, or a DataFrame with a `text` column.
        `ref_date`: None, one date for every row, or (for a DataFrame) a column name.
        `progress` shows a progress bar (tqdm; in notebooks a widget) as chunks finish.
        label and entity_id are categoricals whose categories are every label and id of
        this matcher, sorted: results of one matcher concatenate as categoricals.
        `errors` as in :meth:`find_many`; skipped rows are listed in
        ``df.attrs["failures"]``.
        """
        from .frames import extract

        return extract(self, data, text, ref_date, self._threads_for(threads), progress, errors)

    def extract_arrow(
        self,
        data: Any,
        text: str = "text",
        ref_date: Any = None,
        *,
        threads: int | None = None,
        errors: Errors = "raise",
    ) -> Any:
        """Like :meth:`extract`, as a pyarrow Table (same columns; label and entity_id
        dictionary-encoded over every label and id of this matcher, text a large_string
        built straight from the core's buffers). It exports ``__arrow_c_stream__``, so
        polars, DuckDB or ``pd.DataFrame.from_arrow`` read it without copying. Needs
        pyarrow (``gazet[arrow]``), not pandas, for a list. With ``errors="skip"``, skipped
        rows are listed as JSON in the schema metadata key ``gazet.failures``."""
        from .frames import extract_arrow

        return extract_arrow(self, data, text, ref_date, self._threads_for(threads), errors)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the compiled matcher and its gazetteer to a file that :meth:`load` reads
        back without compiling again: one versioned container with a checksum. The file
        is written beside `path` and renamed over it, so a failed save leaves any
        previous file whole."""
        data = self._to_bytes()
        folder = os.path.dirname(os.path.abspath(path))
        fd, temporary = tempfile.mkstemp(prefix=".gazet-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Matcher:
        """Read a matcher written by :meth:`save`; :class:`gazet.SavedFileError` (a
        ValueError) names the file if it is not one, or is damaged or truncated."""
        with open(path, "rb") as f:
            data = f.read()
        try:
            return cls._from_bytes(data)
        except SavedFileError as e:
            raise SavedFileError(f"{os.fspath(path)}: {e}") from None

    def _to_bytes(self) -> bytes:
        """The saved container: the compiled core with the gazetteer's records inside."""
        if self._gazetteer_json is None:
            assert self._gazetteer is not None
            records = self._gazetteer.to_records()
            self._gazetteer_json = json.dumps(records, ensure_ascii=False).encode("utf-8")
        return self._core.to_bytes(self._gazetteer_json)

    @classmethod
    def _from_bytes(cls, data: bytes) -> Matcher:
        matcher = cls.__new__(cls)
        matcher._core, matcher._gazetteer_json = _core.Matcher.from_bytes(data)
        matcher._threads = _threads(None)  # the loading process's setting, never the file's
        matcher._gazetteer = None  # parsed from the JSON when first asked for
        matcher._categories = None
        return matcher

    @classmethod
    def _from_parts(cls, *parts: bytes) -> Matcher:
        """What pickles of gazet before the checksummed container unpickle through."""
        raise SavedFileError("pickled by an older gazet (saved layout 2): build the matcher again")

    def __reduce__(self) -> tuple[Any, tuple[bytes]]:
        return (Matcher._from_bytes, (self._to_bytes(),))

    def _threads_for(self, threads: int | None) -> int | None:
        return self._threads if threads is None else _threads(threads)

    def __repr__(self) -> str:
        return (
            f"<Matcher case={self.case!r}, dates={self.dates}, people={self.people}, "
            f"discover={self.discover}, context={self.context}>"
        )


def _country(e: Any) -> str | None:
    code = e.attributes.get("country_code")
    return code if isinstance(code, str) and code else None


def _population(e: Any) -> int:
    try:
        return max(int(e.attributes.get("population") or 0), 0)
    except (TypeError, ValueError):
        return 0


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    """The text around [start, end) on one line, with the mention in [brackets]."""
    left = text[max(start - width, 0) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:
        raise ImportError("this needs pandas: pip install 'gazet[pandas]'") from e
    return pandas


def _iso(value: RefDate) -> str | None:
    """A reference date as YYYY-MM-DD: a date, a datetime or pandas Timestamp (its own
    calendar date, in its own time zone), or a str holding an ISO date or datetime
    ("2025-02-11", "2025-02-11T10:00:00Z"); None and missing values (NaT, NA, NaN) give
    None. Anything else is a TypeError; a str that is not an ISO date, a ValueError."""
    if value is None or _is_na(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        if len(value) <= 10:
            return value  # the core checks it and names the row
        try:
            return dt.datetime.fromisoformat(value).date().isoformat()
        except ValueError:
            raise ValueError(
                f"invalid reference date {value!r} (expected YYYY-MM-DD or an ISO datetime)"
            ) from None
    raise TypeError(f"ref_date must be a str 'YYYY-MM-DD', a date or a datetime, got {type(value).__name__}")


def _rows(texts: Iterable[Any]) -> list[Any]:
    """The rows as a list; pandas missing values (NA, NaT) become None."""
    if isinstance(texts, str):
        raise TypeError("texts must be a sequence of str, not a single str")
    rows = list(texts)
    for i, row in enumerate(rows):
        if row is not None and not isinstance(row, str | float) and _is_na(row):
            rows[i] = None
    return rows


def _is_na(value: Any) -> bool:
    """pandas.NA and values unequal to themselves (NaT, numpy NaN)."""
    if type(value).__name__ == "NAType":
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def _threads(threads: int | None) -> int | None:
    """A validated thread count (None: all cores), from `threads` or GAZET_THREADS, capped
    at the cores this process may use unless GAZET_FORCE_THREADS=1."""
    where = "threads"
    if threads is None:
        env = os.environ.get("GAZET_THREADS", "").strip()
        if not env:
            return None
        try:
            threads = int(env)
        except ValueError:
            raise ValueError(f"GAZET_THREADS must be a whole number, not {env!r}") from None
        where = "GAZET_THREADS"
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise TypeError(f"{where} must be an int, got {type(threads).__name__}")
    if threads < 1:
        raise ValueError(f"{where} must be at least 1, not {threads}")
    forced = os.environ.get("GAZET_FORCE_THREADS", "") not in ("", "0")
    return min(threads, _MAX_THREADS if forced else _cores())


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _skip(errors: str) -> bool:
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    return errors == "skip"


_BUILTIN_ERRORS: dict[str, type[Exception]] = {"TypeError": TypeError, "ValueError": ValueError}


def _failures(failed: list[tuple[int, str, str]], doc: Callable[[int], Any], errors: str) -> list[Failure]:
    """The core's failed rows (position, exception class name, message) as Failures; with
    errors="raise" the first is raised instead. `doc` gives a row's index label."""
    failures = []
    for row, kind, message in failed:
        label = doc(row)
        if kind == "DocumentError":
            where = f"row {row}" if label == row else f"row {row} (index {label!r})"
            error: Exception = DocumentError(f"{where}: {message}", row, label)
        else:
            error = _BUILTIN_ERRORS[kind](message)
        if errors == "raise":
            raise error
        failures.append(Failure(row, label, error))
    return failures


def _warn(failures: list[Failure], total: int, stacklevel: int = 3) -> list[Failure]:
    """One SkippedRowsWarning for a call's skipped rows (if any), shown at the caller of
    the public method `stacklevel - 1` frames up; returns them."""
    if failures:
        listed = "; ".join(str(f.error) for f in failures[:3])
        more = f"; and {len(failures) - 3} more" if len(failures) > 3 else ""
        warnings.warn(
            f"skipped {len(failures)} of {total} rows ({listed}{more}); see the result's failures",
            SkippedRowsWarning,
            stacklevel=stacklevel,
        )
    return failures
