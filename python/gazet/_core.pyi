"""Stubs for the compiled core, gazet._core (src/python.rs): checked against the built
module by ``python -m mypy.stubtest gazet._core``."""

from collections.abc import Iterable, Sequence
from typing import Literal, NotRequired, TypeAlias, TypedDict, TypeVar, final, overload

__all__ = ["Match", "Matcher", "_inject_fault", "normalize_name", "sentence_spans", "timex_period"]

#: A row that failed: its position in the caller's input, the exception class (a name in
#: `gazet.errors` or a built-in) and the message.
RowFailure: TypeAlias = tuple[int, str, str]
#: How a match was found (`Match.how`).
How: TypeAlias = Literal["listed", "short form", "discovered", "parsed"]
#: The TIMEX3 type of a temporal expression (`Match.timex_type`).
TimexType: TypeAlias = Literal["DATE", "TIME", "DURATION", "SET"]

_Matches = TypeVar("_Matches", bound=list[Match])

class Columns(TypedDict):
    """What `Matcher.columns` returns (see there)."""

    row: bytes
    start: bytes
    end: bytes
    text_offsets: bytes
    text_data: bytes
    texts: NotRequired[list[str]]
    label_codes: bytes
    entity_codes: bytes
    value_codes: bytes
    values: list[str]
    people: list[str]
    how_codes: bytes
    timex_codes: bytes
    failures: list[RowFailure]

@final
class Match:
    """One mention found in a text."""

    def __new__(
        cls,
        start: int,
        end: int,
        text: str,
        label: str,
        entity_id: str | None = None,
        value: str | None = None,
        candidates: Sequence[str] | None = None,
        how: How = "listed",
        timex_type: TimexType | None = None,
    ) -> Match: ...
    @property
    def start(self) -> int:
        """Start offset (a Python str index)."""
    @property
    def end(self) -> int:
        """End offset (exclusive): `text[start:end] == match.text`."""
    @property
    def text(self) -> str:
        """The matched text as it stands in the input: `input[start:end]`."""
    @property
    def label(self) -> str:
        """PERSON, PLACE, DEMONYM, DATE or a label of the user's gazetteer."""
    @property
    def entity_id(self) -> str | None:
        """The canonical entity id (None for dates); a discovered person's id is
        "person:" and the folded full name."""
    @property
    def value(self) -> str | None:
        """The normalized value (TIMEX3-style for dates; None for entities)."""
    @property
    def candidates(self) -> tuple[str, ...]:
        """When several entities share the matched name: all their ids, the chosen one
        among them; otherwise empty."""
    @property
    def how(self) -> How:
        """How the match was found: "listed" (a gazetteer name), "short form" (a surname or
        given name alone, linked to a person named in full), "discovered" (a person found
        without a list) or "parsed" (a date)."""
    @property
    def timex_type(self) -> TimexType | None:
        """The TIMEX3 type of a temporal expression (label DATE): "DATE" (a calendar date:
        "Tuesday", "last week"), "TIME" (a time of day: "Tuesday night", "10:30 a.m."),
        "DURATION" ("two weeks") or "SET" ("every Friday", "weekly"); None for other
        matches."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(
        self,
    ) -> tuple[
        type[Match],
        tuple[int, int, str, str, str | None, str | None, tuple[str, ...], How, TimexType | None],
    ]: ...

@final
class Matcher:
    """The compiled matcher (wrapped by `gazet.Matcher`)."""

    def __new__(
        cls,
        entities: Sequence[tuple[str, str, Sequence[str], str | None, int, str | None]],
        *,
        case: Literal["insensitive", "smart", "sensitive"] = "smart",
        dates: bool = True,
        people: bool = True,
        discover: bool = True,
        context: bool = True,
        common_words: Sequence[str] = ...,
    ) -> Matcher:
        """Compiles `entities`, a list of (label, entity_id, names, country_code,
        population, division) tuples (country_code and division None, population 0
        when unknown)."""
    def to_bytes(self, extra: bytes | None = None) -> bytes:
        """The compiled matcher and `extra` (any bytes, kept as they are) as one
        versioned, checksummed container (see `from_bytes`)."""
    @staticmethod
    def from_bytes(data: bytes) -> tuple[Matcher, bytes]:
        """A matcher and its extra bytes from `to_bytes` output, without building again;
        `gazet.SavedFileError` if the data is not such a container or is damaged."""
    def with_discover(self, discover: bool) -> Matcher:
        """The same matcher with discovery of people no gazetteer lists on or off."""
    @property
    def index_size(self) -> int:
        """Heap bytes of the compiled names and the entity table."""
    def find(self, text: str, ref_date: str | None = None) -> list[Match]:
        """The matches in one text."""
    @overload
    def find_many(
        self,
        texts: Iterable[object],
        ref_dates: Sequence[str | None] | None = None,
        *,
        threads: int | None = None,
        first_row: int = 0,
        list_type: None = None,
        skip: bool = False,
    ) -> tuple[list[list[Match]], list[RowFailure]]: ...
    @overload
    def find_many(
        self,
        texts: Iterable[object],
        ref_dates: Sequence[str | None] | None = None,
        *,
        threads: int | None = None,
        first_row: int = 0,
        list_type: type[_Matches],
        skip: bool = False,
    ) -> tuple[list[_Matches], list[RowFailure]]:
        """The matches in each text, each text's as a `list_type` (a list subclass made
        with no arguments; default list); None and NaN rows give an empty one. Returns the
        lists and the failed rows as (row, exception class name, message): rows the core
        failed on, and with `skip` rows that could not be read (without `skip` those
        raise). Rows are counted from `first_row`."""
    def columns(
        self,
        texts: Iterable[object],
        ref_dates: Sequence[str | None] | None = None,
        *,
        threads: int | None = None,
        first_row: int = 0,
        strings: bool = False,
        skip: bool = False,
    ) -> Columns:
        """The matches of all texts as column buffers (see `gazet.frames`):
        little-endian int64 `row` (position in `texts`), `start`, `end`; the matched
        texts as int64 `text_offsets` into UTF-8 `text_data` (and, with `strings`, as a
        list of str, `texts`, for pandas without pyarrow); int32 codes into
        `categories()` for `label_codes` and `entity_codes` (-1 for None; codes past the
        matcher's ids index `people`, the ids of discovered people) and into `values` for
        `value_codes`; int8 `how_codes` into `hows()`; int8 `timex_codes` into
        `timex_types()` (-1 for matches that are not temporal); `failures` as in
        `find_many`."""
    @staticmethod
    def hows() -> list[str]:
        """The categories of the `how` column of `columns()`, in code order."""
    @staticmethod
    def timex_types() -> list[str]:
        """The categories of the `timex_type` column of `columns()`, in code order."""
    def entity_keys(self) -> list[tuple[str, str]]:
        """The (label, entity_id) of every entity, in gazetteer order."""
    def categories(self) -> tuple[list[str], list[str]]:
        """The categories of the label and entity_id columns of `columns()`: every label
        and every distinct id of this matcher, each sorted (the same for every call)."""
    @property
    def dates(self) -> bool:
        """Whether dates are found."""
    @property
    def people(self) -> bool:
        """Whether listed people's short forms are linked within a document."""
    @property
    def discover(self) -> bool:
        """Whether people no gazetteer lists are found (and their short forms linked)."""
    @property
    def context(self) -> bool:
        """Whether context rules may reject PLACE and DEMONYM mentions."""
    @property
    def case(self) -> Literal["insensitive", "smart", "sensitive"]:
        """The case policy: "insensitive", "smart" or "sensitive"."""

def normalize_name(name: str, *, fold_case: bool = True) -> str:
    """The normalized form of a name, as the matcher compares names and text: case
    (unless `fold_case` is false), diacritics, quotes, dashes and letters such as ø, ð,
    þ and ß folded, white space runs as one space, no space at either end."""

def timex_period(value: str) -> tuple[str, str, str] | None:
    """The calendar period of a TIMEX3 date value as (kind, first day, last day), days as
    YYYY-MM-DD and both included; kind is one of "day", "range", "week", "weekend",
    "month", "quarter", "season", "year", "decade". None for a value that names no
    period (PRESENT_REF, PAST_REF, XXXX-10-11, a day that does not exist, ...)."""

def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of `text` as (start, end) str offsets, trimmed, empty ones left out:
    a sentence ends at a line break, or at . ! ? (and closing quotes or brackets) before
    white space, except after common abbreviations ("Gen.", "Oct.", "U.S."), a single
    capital ("J. Smith") or inside a quotation opened in the sentence."""

def _inject_fault(marker: str | None) -> None:
    """For tests only: every document holding `marker` makes the core panic inside its
    search (None turns this off), to show that a panic fails that document alone."""
