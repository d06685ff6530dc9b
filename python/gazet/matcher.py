"""Matcher: a compiled gazetteer (plus the date recognizer) that finds mentions in text."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from . import _core
from ._batch import Batch, Errors
from ._dependencies import need
from ._values import iso_date
from .errors import ArgumentTypeError, DateError, Failure, OptionError, SavedFileError
from .gazetteer import Entity, Gazetteer, linked

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

    from .stream import ParquetResult

Case = Literal["insensitive", "smart", "sensitive"]
RefDate = str | dt.date | None

# A forced thread count stays below this, so that pools stay few.
_MAX_THREADS = 256


class Matches(list[_core.Match]):
    """The mentions :meth:`Matcher.find` returns, in text order: a list of
    :class:`gazet.Match`. A notebook shows it as a table with each mention highlighted
    by label (hover: entity_id · value)."""

    def _repr_html_(self) -> str:
        from .display import matches_html

        return matches_html(self)


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
    mentions. `discover` (default True) finds people no gazetteer lists: names that a
    known given name starts ("Viktor Orbán") or a title or role introduces ("spokesman
    Zabihullah Mujahid"), each with an id from its folded full name
    ("person:viktor-orban", the same in every document), and their later short forms;
    a listed person's id always wins. `people` links a listed person's surname or given
    name alone, after the full name in the same document, to that person (an ambiguous
    short form stays unlinked). Each match's `how` says how it was found: "listed",
    "short form", "discovered" or "parsed" (dates).
    `context` lets the words around a PLACE or DEMONYM mention reject it: inside an
    organisation, person or feature name ("Islamabad High Court", "Élodie Martin",
    "Tennessee River"), standing for a team ("Liverpool beat Chelsea", and then the
    name's other mentions in the document), a small town in an all-capitals line; and
    `common_words`
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
        discover: bool = True,
        context: bool = True,
        common_words: Iterable[str] | None = None,
        threads: int | None = None,
    ) -> None:
        if gazetteer is None:
            from .places import default_places

            gazetteer = default_places()
        if not isinstance(gazetteer, Gazetteer):
            raise ArgumentTypeError(
                f"gazetteer must be a gazet.Gazetteer, got {type(gazetteer).__name__}"
            )
        if common_words is None:
            from .places import common_words as builtin

            common_words = builtin()
        from .places import builtin_ids

        self._gazetteer: Gazetteer | None = linked(gazetteer, builtin_ids).copy()
        self._gazetteer_json: bytes | None = None
        self._threads = _threads(threads)
        self._categories: tuple[list[str], list[str]] | None = None
        entities = [
            (e.label, e.entity_id, e.names, _country(e), _population(e), _division(e))
            for e in self._gazetteer
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
        return self._core.case

    @property
    def people(self) -> bool:
        return self._core.people

    @property
    def discover(self) -> bool:
        return self._core.discover

    @property
    def context(self) -> bool:
        return self._core.context

    def find(self, text: str, *, ref_date: RefDate = None) -> Matches:
        """The mentions in `text`, in order; dates resolve against `ref_date` (a date, a
        datetime, or a str YYYY-MM-DD or ISO datetime: see :meth:`extract`). The list
        shows as a highlighted table in a notebook."""
        if type(ref_date) is str and len(ref_date) == 10:
            # The usual "YYYY-MM-DD": the core checks the day itself, saving a call per
            # text; a day it rejects gets iso_date's message.
            try:
                return Matches(self._core.find(text, ref_date))
            except DateError:
                pass
        return Matches(self._core.find(text, iso_date(ref_date)))

    def find_many(
        self,
        texts: Iterable[str | None],
        *,
        ref_dates: Sequence[RefDate] | None = None,
        threads: int | None = None,
        errors: Errors = "raise",
        progress: bool = False,
    ) -> ManyMatches:
        """The mentions of each text (in parallel, without the GIL); None/NaN rows give [].

        `ref_dates`: one reference date per text (None: no date for any).
        `threads`: this call's thread count (None: the matcher's).
        `errors="raise"` (default) raises on the first bad row:
        :class:`gazet.ArgumentTypeError` for a row that is not a str,
        :class:`gazet.TextError` for one holding a lone surrogate, :class:`gazet.DateError` for a
        bad reference date, and :class:`gazet.DocumentError` for a row the core failed
        on. `errors="skip"` gives those rows no matches, lists them on the result's
        `failures` and warns (:class:`gazet.SkippedRowsWarning`); the other rows'
        results are kept. `progress` shows a progress bar (tqdm; in notebooks a widget)
        as chunks of rows finish."""
        batch = Batch(texts, ref_dates=ref_dates, errors=errors)
        return self._find_many(self._core, batch, threads, progress)

    def _find_many(
        self, core: _core.Matcher, batch: Batch, threads: int | None, progress: bool
    ) -> ManyMatches:
        out = ManyMatches()
        threads = self._threads_for(threads)
        for part, texts, refs in batch.parts(progress):
            found, failed = core.find_many(
                texts,
                refs,
                threads=threads,
                first_row=part.start,
                list_type=Matches,
                skip=batch.skip,
            )
            batch.failed(failed)
            out.extend(found)
        out.failures = batch.failures()
        return out

    @overload
    def extract(
        self,
        data: pl.DataFrame | pl.Series,
        *,
        text: str = ...,
        ref_date: Any = ...,
        threads: int | None = ...,
        errors: Errors = ...,
        progress: bool = ...,
    ) -> pl.DataFrame: ...

    @overload
    def extract(
        self,
        data: Any,
        *,
        text: str = ...,
        ref_date: Any = ...,
        threads: int | None = ...,
        errors: Errors = ...,
        progress: bool = ...,
    ) -> pd.DataFrame: ...

    def extract(
        self,
        data: Any,
        *,
        text: str = "text",
        ref_date: Any = None,
        threads: int | None = None,
        errors: Errors = "raise",
        progress: bool = False,
    ) -> pd.DataFrame | pl.DataFrame:
        """All mentions as a long DataFrame with columns doc, start, end, text, label,
        entity_id, value, how; `doc` is the input's index label (list position for a
        list). A polars DataFrame or Series gives a polars DataFrame (`doc` the row
        position; label and how ``pl.Enum``, entity_id ``pl.String``; see docs/polars.md).

        `data`: a list of str, a pandas Series, or a DataFrame with a `text` column.
        `ref_date`: None, one date for every row (a date, a datetime or pandas Timestamp:
        its own calendar date; a str YYYY-MM-DD or ISO datetime: the date as written),
        or (for a DataFrame) the name of a column of such dates (missing values: no
        date for that row). label is a categorical over every label of this matcher,
        sorted, and how one over "listed", "short form", "discovered", "parsed": results of
        one matcher concatenate as categoricals. entity_id is a str column (discovered
        people's ids are not known in advance). `threads`, `errors` and `progress` as in
        :meth:`find_many`; skipped rows are listed in ``df.attrs["failures"]``.
        """
        from .frames import extract

        return extract(
            self._core,
            self._column_categories(),
            data,
            text=text,
            ref_date=ref_date,
            threads=self._threads_for(threads),
            errors=errors,
            progress=progress,
        )

    def extract_arrow(
        self,
        data: Any,
        *,
        text: str = "text",
        ref_date: Any = None,
        threads: int | None = None,
        errors: Errors = "raise",
        progress: bool = False,
    ) -> pa.Table:
        """Like :meth:`extract`, as a pyarrow Table (same columns and options; label, how
        and entity_id dictionary-encoded: over every label of this matcher, the four ways
        a match is found, and this matcher's ids plus the people discovered in the batch;
        text a large_string built straight from the core's buffers). It exports
        ``__arrow_c_stream__``, so polars, DuckDB or ``pd.DataFrame.from_arrow`` read it
        without copying. Needs pyarrow (``gazet[arrow]``), not pandas, for a list. With
        ``errors="skip"``, skipped rows are listed as JSON in the schema metadata key
        ``gazet.failures``."""
        from .frames import extract_arrow

        return extract_arrow(
            self._core,
            self._column_categories(),
            data,
            text=text,
            ref_date=ref_date,
            threads=self._threads_for(threads),
            errors=errors,
            progress=progress,
        )

    def extract_to_parquet(
        self,
        source: Any,
        path: str | os.PathLike[str],
        *,
        text: str = "text",
        id: str | None = "id",
        ref_date: Any = None,
        chunk_size: int = 10_000,
        threads: int | None = None,
        errors: Errors = "raise",
        progress: bool = False,
        overwrite: bool = False,
    ) -> ParquetResult:
        """Streams a corpus of any size into one Parquet file of mentions, a row group
        per chunk of `chunk_size` documents, so memory follows the chunk, not the corpus.

        `source`: a Parquet file or a directory of them, a JSONL or CSV file, or an
        iterable of pandas DataFrames or Arrow tables/record batches (read as given).
        `path`: the file to write if it ends in ``.parquet``, else a directory that gets
        ``part-0.parquet`` (so readers take the directory's name). The columns are those
        of :meth:`extract_arrow`: doc, start, end (int64 ``str`` offsets), text, label
        and entity_id (dictionary-encoded), value, how. `doc` holds the `id` column's values with their type (CSV ids are text);
        ``id=None`` numbers the documents from 0 in reading order instead.
        `ref_date`: one date for every document, or the name of a column (JSONL field)
        of dates. `threads`, `errors` and `progress` as in :meth:`find_many`; skipped rows
        come back on the result and, as JSON, in the file's key-value metadata
        ``gazet.failures`` (``pyarrow.parquet.ParquetFile(path).metadata.metadata``).

        The file appears only when the whole corpus is written (it is written beside the
        target and moved in place): an error leaves nothing, and says so. An existing
        file raises FileExistsError unless `overwrite`. Errors name the file and line or
        row: ColumnNotFoundError for a missing text or id column, ArgumentTypeError for
        a column that is not text, CorpusError for an unreadable line."""
        from .stream import extract_to_parquet

        return extract_to_parquet(
            self._core,
            self._column_categories(),
            source,
            path,
            text=text,
            id=id,
            ref_date=ref_date,
            chunk_size=chunk_size,
            threads=self._threads_for(threads),
            errors=errors,
            progress=progress,
            overwrite=overwrite,
        )

    def suggest(
        self,
        texts: Iterable[str | None],
        *,
        min_count: int = 1,
        threads: int | None = None,
        errors: Errors = "raise",
        progress: bool = False,
    ) -> pd.DataFrame:
        """Candidate new gazetteer entries: the people no list holds (as ``discover=True``
        finds them), one row per proposed entity, with how often they are mentioned
        (short forms included), in how many texts, and one example context cut at word
        boundaries. People found fewer than `min_count` times are left out; `threads`,
        `errors` and `progress` as in :meth:`find_many` (skipped rows are listed in
        ``table.attrs["failures"]``).

        Columns: label, entity_id (the id discovery gives, "person:viktor-orban"), name
        (the full name as most often written), count, docs, example; most frequent first.
        ``gazet.Gazetteer.from_frame(table)`` turns it into a gazetteer (count, docs and
        example become attributes): review it, then build a matcher with it.
        """
        pandas = need("pandas", "pandas", "suggest()")
        batch = Batch(texts, errors=errors)
        finder = self._core if self.discover else self._core.with_discover(True)
        counts: Counter[str] = Counter()
        names: dict[str, Counter[str]] = {}
        docs: dict[str, set[int]] = {}
        examples: dict[str, str] = {}
        found = self._find_many(finder, batch, threads, progress)
        for row, matches in enumerate(found):
            for m in matches:
                if m.label != "PERSON" or m.how == "listed" or m.entity_id is None:
                    continue
                counts[m.entity_id] += 1
                docs.setdefault(m.entity_id, set()).add(row)
                if m.how == "discovered":
                    names.setdefault(m.entity_id, Counter())[m.text] += 1
                    examples.setdefault(m.entity_id, _context(batch.texts[row], m.start, m.end))
        rows = [
            ("PERSON", e, names[e].most_common(1)[0][0], n, len(docs[e]), examples[e])
            for e, n in counts.items()
            if e in names  # a short form of a listed person is no new entry
        ]
        table: pd.DataFrame = pandas.DataFrame(
            rows, columns=["label", "entity_id", "name", "count", "docs", "example"]
        )
        table = table[table["count"] >= min_count]
        table = table.sort_values(
            ["count", "entity_id"], ascending=[False, True], ignore_index=True
        )
        table.attrs["failures"] = found.failures
        return table

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

    def _column_categories(self) -> tuple[list[str], list[str]]:
        """The label and id categories of extract's columns, asked of the core once."""
        if self._categories is None:
            self._categories = self._core.categories()
        return self._categories

    def __repr__(self) -> str:
        return (
            f"<Matcher case={self.case!r}, dates={self.dates}, people={self.people}, "
            f"discover={self.discover}, context={self.context}>"
        )


def _country(e: Entity) -> str | None:
    code = e.attributes.get("country_code")
    return code if isinstance(code, str) and code else None


def _division(e: Entity) -> str | None:
    """The id of the first-level division the entity lies in (attribute admin1)."""
    division = e.attributes.get("admin1")
    return division if isinstance(division, str) and division else None


def _population(e: Entity) -> int:
    try:
        return max(int(e.attributes.get("population") or 0), 0)
    except (TypeError, ValueError):
        return 0


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    """The text around [start, end) on one line, with the mention in [brackets]: about
    `width` characters each side, cut at word boundaries (whole words only)."""
    left = text[max(start - width, 0) : start]
    if start > width and not text[start - width - 1].isspace():
        left = left.split(None, 1)[1] if len(left.split(None, 1)) > 1 else ""
    right = text[end : end + width]
    if end + width < len(text) and not text[end + width].isspace():
        right = right.rsplit(None, 1)[0] if len(right.rsplit(None, 1)) > 1 else ""
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


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
            raise OptionError(f"GAZET_THREADS must be a whole number, not {env!r}") from None
        where = "GAZET_THREADS"
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise ArgumentTypeError(f"{where} must be an int, got {type(threads).__name__}")
    if threads < 1:
        raise OptionError(f"{where} must be at least 1, not {threads}")
    forced = os.environ.get("GAZET_FORCE_THREADS", "") not in ("", "0")
    return min(threads, _MAX_THREADS if forced else _cores())


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1
