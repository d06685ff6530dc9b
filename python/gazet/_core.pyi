"""Stubs for the compiled core (gazet._core)."""

from collections.abc import Iterable
from typing import Literal

class GazetteerError(ValueError): ...

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
    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        label: str,
        entity_id: str | None = None,
        value: str | None = None,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Matcher:
    def __init__(
        self,
        entities: list[tuple[str, str, list[str]]],
        *,
        case: Literal["insensitive", "smart", "sensitive"] = "smart",
        dates: bool = True,
    ) -> None: ...
    def find(self, text: str, ref_date: str | None = None) -> list[Match]: ...
    def find_many(
        self,
        texts: Iterable[str | float | None],
        ref_dates: list[str | None] | None = None,
        *,
        threads: int | None = None,
    ) -> list[list[Match]]: ...
    def columns(
        self,
        texts: Iterable[str | float | None],
        ref_dates: list[str | None] | None = None,
        *,
        threads: int | None = None,
    ) -> tuple[
        list[int], list[int], list[int], list[str], list[str], list[str | None], list[str | None]
    ]: ...
    @property
    def dates(self) -> bool: ...
    @property
    def case(self) -> str: ...

def normalize(text: str, *, fold_case: bool = True) -> str: ...
