"""Gazetteer: the entities to find, each with a label, an id, names and attributes."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import _core
from .errors import GazetteerError

Attribute = str | int | float | bool | None


@dataclass(frozen=True)
class Entity:
    """One entity: its label, canonical id, surface names and free attributes.

    Entities are shared between a gazetteer and its copies (and matchers built from it):
    treat them as read-only and change a gazetteer through :meth:`Gazetteer.add`."""

    label: str
    entity_id: str
    names: list[str]
    attributes: dict[str, Attribute] = field(default_factory=dict)


class Gazetteer:
    """An ordered list of entities, each keyed by (label, entity_id): a DEMONYM may carry
    its country's id. When entities share a name, the matcher decides by the document's
    other places, then population, then the order entities were added.

    >>> gz = Gazetteer()
    >>> gz.add("PLACE", "place:turkiye", ["Türkiye", "Turkey"], country="TR")
    >>> len(gz), gz["place:turkiye"].names
    (1, ['Türkiye', 'Turkey'])
    """

    def __init__(self) -> None:
        self._entities: dict[tuple[str, str], Entity] = {}
        # Copies share `_entities` until one of them adds (copy on write).
        self._shared = False

    def add(
        self,
        label: str,
        entity_id: str,
        names: str | Iterable[str],
        **attributes: Attribute,
    ) -> None:
        """Add names (one str or several) to the entity (`label`, `entity_id`), creating it
        if new.

        Raises TypeError for non-str values and GazetteerError (a ValueError) for an empty
        label, id or name. Nothing is added when it raises. The attributes country_code
        and population help the matcher choose between entities sharing a name.
        """
        self._put(label, entity_id, _checked(label, entity_id, names, attributes), attributes)

    def _put(self, label: str, entity_id: str, names: list[str], attributes: Mapping[str, Any]) -> None:
        """Add checked names and attributes (copying the shared entity table first)."""
        if self._shared:
            self._entities = dict(self._entities)
            self._shared = False
        old = self._entities.get((label, entity_id))
        if old is not None:
            names = old.names + names
            attributes = {**old.attributes, **attributes}
        self._entities[label, entity_id] = Entity(label, entity_id, _unique(names), dict(attributes))

    @classmethod
    def from_csv(
        cls, path: str | os.PathLike[str], *, name_column: str = "name", encoding: str = "utf-8"
    ) -> Gazetteer:
        """Read a CSV with columns label, entity_id and `name_column`, one row per name;
        any further columns become attributes (empty cells are left out).

        Errors name the file and line: a missing column, a row with too few or too many
        fields, an empty value, bytes that are not `encoding`.
        """
        with open(path, "rb") as f:
            data = f.read()
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise GazetteerError(f"{path}, line {line}: not valid {encoding}: {e.reason}") from None
        gz = cls()
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader, None)
            if header is None:
                raise GazetteerError(f"{path}: the file is empty (no header row)")
            columns = _columns(header, name_column, f"{path}, line 1")
            at = [header.index(c) for c in columns]
            extra = [(i, k) for i, k in enumerate(header) if k not in columns]
            pending = _Pending(columns)
            for row in reader:
                if not row:
                    continue
                if len(row) != len(header):
                    raise GazetteerError(
                        f"{path}, line {reader.line_num}: expected {len(header)} fields "
                        f"({', '.join(header)}), got {len(row)}"
                    )
                attributes = {k: row[i] for i, k in extra if row[i]}
                pending.add(row[at[0]], row[at[1]], row[at[2]], attributes, lambda: f"{path}, line {reader.line_num}")
        except csv.Error as e:
            raise GazetteerError(f"{path}, line {reader.line_num}: {e}") from e
        pending.into(gz)
        return gz

    @classmethod
    def from_frame(cls, frame: Any, *, name_column: str = "name") -> Gazetteer:
        """Build from a pandas DataFrame with columns label, entity_id and `name_column`;
        further columns become attributes (missing values are left out)."""
        import pandas as pd

        if not isinstance(frame, pd.DataFrame):
            raise TypeError(f"expected a pandas DataFrame, got {type(frame).__name__}")
        columns = _columns([str(c) for c in frame.columns], name_column, "frame")
        gz = cls()
        pending = _Pending(columns)
        for label, record in zip(frame.index, frame.to_dict("records"), strict=True):
            clean = {str(k): _python_value(v) for k, v in record.items()}
            values = [clean.pop(c) for c in columns]
            attributes = {k: v for k, v in clean.items() if v is not None and v != ""}
            pending.add(*values, attributes, lambda: f"row {label!r}")
        pending.into(gz)
        return gz

    @classmethod
    def from_jsonl(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Read spaCy EntityRuler pattern lines: {"label": ..., "pattern": "...", "id": ...}.

        Only string patterns are supported (token patterns raise GazetteerError). A line
        without "id" uses its pattern as the entity id.
        """
        gz = cls()
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                where = f"{path}, line {number}"
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as e:
                    raise GazetteerError(f"{where}: not valid JSON: {e.msg}") from e
                if not isinstance(item, dict):
                    raise GazetteerError(f"{where}: expected a JSON object")
                pattern = item.get("pattern")
                if not isinstance(pattern, str):
                    raise GazetteerError(
                        f"{where}: only string patterns are supported, got {type(pattern).__name__}"
                    )
                label = item.get("label")
                if not isinstance(label, str):
                    raise GazetteerError(f"{where}: missing or non-string \"label\"")
                entity_id = item.get("id", pattern)
                try:
                    gz.add(label, str(entity_id), pattern)
                except (GazetteerError, TypeError) as e:
                    raise type(e)(f"{where}: {e}") from None
        return gz

    def __add__(self, other: Gazetteer) -> Gazetteer:
        """A new gazetteer with this one's entities first, then `other`'s."""
        if not isinstance(other, Gazetteer):
            return NotImplemented
        merged = Gazetteer()
        merged._entities = dict(self._entities)
        for key, e in other._entities.items():
            if key in merged._entities:
                merged._put(e.label, e.entity_id, e.names, e.attributes)
            else:
                merged._entities[key] = e  # entities are never changed in place
        return merged

    def copy(self) -> Gazetteer:
        """An independent copy (cheap: the entities are shared until either side adds)."""
        new = Gazetteer()
        new._entities = self._entities
        new._shared = self._shared = True
        return new

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())

    def __contains__(self, key: object) -> bool:
        """`entity_id in gz` (any label) or `(label, entity_id) in gz`."""
        try:
            self[key]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def __getitem__(self, key: str | tuple[str, str]) -> Entity:
        """`gz[label, entity_id]`, or `gz[entity_id]`: the first entity with that id."""
        if isinstance(key, tuple):
            return self._entities[key]
        for entity in self._entities.values():
            if entity.entity_id == key:
                return entity
        raise KeyError(key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Gazetteer) and list(self) == list(other)

    def __repr__(self) -> str:
        labels: dict[str, int] = {}
        for e in self:
            labels[e.label] = labels.get(e.label, 0) + 1
        counts = ", ".join(f"{k}={v}" for k, v in labels.items())
        return f"<Gazetteer {len(self)} entities ({counts})>"

    def to_records(self) -> list[tuple[str, str, list[str], dict[str, Attribute]]]:
        """The entities as (label, entity_id, names, attributes) tuples."""
        return [(e.label, e.entity_id, list(e.names), dict(e.attributes)) for e in self]

    @classmethod
    def from_records(cls, records: Iterable[Any]) -> Gazetteer:
        """The inverse of :meth:`to_records`."""
        gz = cls()
        for label, entity_id, names, attributes in records:
            gz._put(label, entity_id, _checked(label, entity_id, names, attributes), attributes)
        return gz


def _checked(label: Any, entity_id: Any, names: Any, attributes: Mapping[str, Any]) -> list[str]:
    """The names as a list, after checking every argument of Gazetteer.add."""
    for what, value in (("label", label), ("entity_id", entity_id)):
        if not isinstance(value, str):
            raise TypeError(f"{what} must be str, got {type(value).__name__}")
        if not value.strip():
            raise GazetteerError(f"{what} must not be empty")
    name_list = [names] if isinstance(names, str) else list(names)
    for name in name_list:
        if not isinstance(name, str):
            raise TypeError(f"entity {entity_id!r}: name must be str, got {type(name).__name__}")
        if not name.strip() or (not name.isascii() and not _core.normalize(name)):
            raise GazetteerError(f"entity {entity_id!r} has an empty name {name!r}")
    for key, value in attributes.items():
        if not isinstance(value, Attribute):  # type: ignore[arg-type]
            raise TypeError(f"entity {entity_id!r}: attribute {key!r} must be str, int, float, bool or None")
    return name_list


class _Pending:
    """Rows of a file or frame gathered per entity, added to a gazetteer in one go."""

    def __init__(self, columns: tuple[str, str, str]) -> None:
        self.columns = columns
        self.entities: dict[tuple[str, str], tuple[list[str], dict[str, Any]]] = {}

    def add(self, label: Any, entity_id: Any, name: Any, attributes: dict[str, Any], where: Callable[[], str]) -> None:
        """Check one row (`where()` names it in errors) and keep its name and attributes."""
        for column, value in zip(self.columns, (label, entity_id, name), strict=True):
            if value is None or (isinstance(value, str) and not value.strip()):
                raise GazetteerError(f"{where()}: missing {column}")
        if not (type(label) is type(entity_id) is type(name) is str) or not name.isascii():
            try:
                _checked(str(label), str(entity_id), str(name), attributes)
            except (GazetteerError, TypeError) as e:
                raise type(e)(f"{where()}: {e}") from None
        entry = self.entities.get((label, entity_id))
        if entry is None:
            entry = self.entities[label, entity_id] = ([], {})
        entry[0].append(name)
        if attributes:
            entry[1].update(attributes)

    def into(self, gz: Gazetteer) -> None:
        for (label, entity_id), (names, attributes) in self.entities.items():
            gz._put(str(label), str(entity_id), [str(n) for n in names], attributes)


def _columns(header: list[str], name_column: str, where: str) -> tuple[str, str, str]:
    wanted = ("label", "entity_id", name_column)
    missing = [c for c in wanted if c not in header]
    if missing:
        raise GazetteerError(
            f"{where}: missing column(s) {', '.join(missing)}; the header has {', '.join(header)}"
        )
    return wanted


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _python_value(value: Any) -> Any:
    """A DataFrame cell as a plain Python value; missing values (None, NaN, NA) as None."""
    import pandas as pd

    if pd.api.types.is_scalar(value) and pd.isna(value):
        return None
    return value.item() if hasattr(value, "item") else value
