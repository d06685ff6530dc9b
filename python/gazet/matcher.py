"""Matcher: a compiled gazetteer (plus the date recognizer) that finds mentions in text."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from . import _core
from .display import Matches
from .gazetteer import Gazetteer

if TYPE_CHECKING:
    import pandas as pd

Case = Literal["insensitive", "smart", "sensitive"]
RefDate = str | dt.date | None

_MAGIC = b"GAZETM1\n"


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
    :func:`gazet.common_words`). `context=False` makes a plain dictionary matcher. `threads` sets the default
    for batch calls (None: all cores, or the GAZET_THREADS environment variable).
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
            records = json.loads(self._gazetteer_json or b"[]")
            self._gazetteer = Gazetteer.from_records(records)
        return self._gazetteer.copy()

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
        results = finder.find_many(rows, None, threads=self._threads)
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
    ) -> list[Matches]:
        """The mentions of each text (in parallel, without the GIL); None/NaN rows give []."""
        rows = _rows(texts)
        refs = None if ref_dates is None else [_iso(r) for r in ref_dates]
        threads = threads or self._threads
        return self._core.find_many(rows, refs, threads=threads, list_type=Matches)

    def extract(
        self,
        data: Any,
        text: str = "text",
        ref_date: Any = None,
        *,
        threads: int | None = None,
        progress: bool = False,
    ) -> pd.DataFrame:
        """All mentions as a long DataFrame with columns doc, start, end, text, label,
        entity_id, value; `doc` is the input's index label (list position for a list).

        `data`: a list of str, a pandas Series, or a DataFrame with a `text` column.
        `ref_date`: None, one date for every row, or (for a DataFrame) a column name.
        `progress` shows a progress bar (tqdm; in notebooks a widget) as chunks finish.
        """
        from .frames import extract

        return extract(self, data, text, ref_date, threads or self._threads, progress)

    def extract_arrow(
        self, data: Any, text: str = "text", ref_date: Any = None, *, threads: int | None = None
    ) -> Any:
        """Like :meth:`extract`, as a pyarrow Table (same columns; label and entity_id
        dictionary-encoded, text a large_string built straight from the core's buffers).
        It exports ``__arrow_c_stream__``, so polars, DuckDB or ``pd.DataFrame.from_arrow``
        read it without copying. Needs pyarrow (``gazet[arrow]``), not pandas, for a list."""
        from .frames import extract_arrow

        return extract_arrow(self, data, text, ref_date, threads or self._threads)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the compiled matcher and its gazetteer to a file that :meth:`load` reads
        back without compiling again."""
        with open(path, "wb") as f:
            f.write(_MAGIC)
            for part in self._parts():
                f.write(len(part).to_bytes(8, "little"))
                f.write(part)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Matcher:
        """Read a matcher written by :meth:`save`."""
        with open(path, "rb") as f:
            data = f.read()
        parts: list[bytes] = []
        at = len(_MAGIC)
        while data.startswith(_MAGIC) and at + 8 <= len(data) and len(parts) < 3:
            size = int.from_bytes(data[at : at + 8], "little")
            parts.append(data[at + 8 : at + 8 + size])
            at += 8 + size
        if len(parts) != 3 or at != len(data):
            raise ValueError(f"{path}: not a gazet matcher file (or a truncated one)")
        try:
            return cls._from_parts(*parts)
        except ValueError as e:
            raise ValueError(f"{path}: {e}") from None

    def _parts(self) -> tuple[bytes, bytes, bytes]:
        """(compiled core, options JSON, gazetteer JSON): what save and pickle keep."""
        if self._gazetteer_json is None:
            assert self._gazetteer is not None
            records = self._gazetteer.to_records()
            self._gazetteer_json = json.dumps(records, ensure_ascii=False).encode("utf-8")
        options = json.dumps({"threads": self._threads}).encode("utf-8")
        return self._core.to_bytes(), options, self._gazetteer_json

    @classmethod
    def _from_parts(cls, core: bytes, options: bytes, gazetteer_json: bytes) -> Matcher:
        matcher = cls.__new__(cls)
        matcher._core = _core.Matcher.from_bytes(core)
        matcher._threads = _threads(json.loads(options)["threads"])
        matcher._gazetteer = None  # parsed from the JSON when first asked for
        matcher._gazetteer_json = gazetteer_json
        return matcher

    def __reduce__(self) -> tuple[Any, tuple[bytes, bytes, bytes]]:
        return (Matcher._from_parts, self._parts())

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
    """A reference date as YYYY-MM-DD (datetime and pandas Timestamp give their date)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    raise TypeError(f"ref_date must be a str 'YYYY-MM-DD' or a date, got {type(value).__name__}")


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
    if threads is None:
        env = os.environ.get("GAZET_THREADS")
        if not env:
            return None
        try:
            threads = int(env)
        except ValueError:
            raise ValueError(f"GAZET_THREADS must be a whole number, not {env!r}") from None
    if threads < 1:
        raise ValueError(f"threads must be at least 1, not {threads}")
    return threads
