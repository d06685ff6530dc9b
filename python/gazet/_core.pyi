"""Stubs for the compiled core (gazet._core)."""

from collections.abc import Iterable
from typing import Literal

Failure = tuple[int, str, str]

class Match:
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def entity_id(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...
    @property
    def candidates(self) -> tuple[str, ...]: ...
    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        label: str,
        entity_id: str | None = None,
        value: str | None = None,
        candidates: list[str] | None = None,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Matcher:
    def __init__(
        self,
        entities: list[tuple[str, str, list[str], str | None, int]],
        *,
        case: Literal["insensitive", "smart", "sensitive"] = "smart",
        dates: bool = True,
        people: bool = True,
        discover: bool = False,
        context: bool = True,
        common_words: list[str] = ...,
    ) -> None: ...
    def to_bytes(self, extra: bytes | None = None) -> bytes: ...
    @staticmethod
    def from_bytes(data: bytes) -> tuple[Matcher, bytes]: ...
    def with_discover(self, discover: bool) -> Matcher: ...
    def find(self, text: str, ref_date: str | None = None) -> list[Match]: ...
    def find_many(
        self,
        texts: Iterable[str | float | None],
        ref_dates: list[str | None] | None = None,
        *,
        threads: int | None = None,
        first_row: int = 0,
        list_type: type[list[Match]] | None = None,
        skip: bool = False,
    ) -> tuple[list[list[Match]], list[Failure]]: ...
    def columns(
        self,
        texts: Iterable[str | float | None],
        ref_dates: list[str | None] | None = None,
        *,
        threads: int | None = None,
        first_row: int = 0,
        strings: bool = False,
        skip: bool = False,
    ) -> dict[str, bytes | list[str] | list[Failure]]: ...
    def categories(self) -> tuple[list[str], list[str]]: ...
    @property
    def dates(self) -> bool: ...
    @property
    def case(self) -> str: ...
    @property
    def people(self) -> bool: ...
    @property
    def discover(self) -> bool: ...
    @property
    def context(self) -> bool: ...
    @property
    def index_size(self) -> int: ...

def normalize(text: str, *, fold_case: bool = True) -> str: ...
def _inject_fault(marker: str | None) -> None: ...
