"""Gazetteer: the entities to find, each with a label, an id, names and attributes."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

from . import _core
from ._dependencies import need
from ._values import is_missing
from .errors import ArgumentTypeError, GazetteerError, ReadOnlyError

Attribute = str | int | float | bool | None

#: The labels gazet's own rules know (a gazetteer may bring any other label as well).
BUILTIN_LABELS = ("PERSON", "PLACE", "DEMONYM", "DATE")


class FrozenDict(dict[str, Attribute]):
    """A dict that cannot be changed: the attributes of an :class:`Entity`.

    It equals a dict with the same items, pickles, copies and serialises to JSON like
    one; every method that would change it raises :class:`gazet.ReadOnlyError` (a
    TypeError). `dict(e.attributes)` is a
    plain, changeable copy."""

    __slots__ = ()

    def _read_only(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ReadOnlyError(
            "entity attributes are read-only (shared with copies, matchers and the built-ins): "
            "copy them with dict(entity.attributes), or change the gazetteer with Gazetteer.add"
        )

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Attribute]]]:
        return (FrozenDict, (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))


@dataclass(frozen=True)
class Entity:
    """One entity: its label, canonical id, surface names and free attributes.

    Entities are shared between a gazetteer, its copies, the matchers built from it and
    the cached built-ins, so they cannot be changed in place: `names` is a tuple and
    `attributes` a read-only dict (:class:`FrozenDict`). Change a gazetteer through
    :meth:`Gazetteer.add`; `list(e.names)` and `dict(e.attributes)` are changeable copies."""

    label: str
    entity_id: str
    names: tuple[str, ...]
    attributes: Mapping[str, Attribute] = field(default_factory=FrozenDict)

    def __post_init__(self) -> None:
        if type(self.names) is not tuple:
            names = (self.names,) if isinstance(self.names, str) else tuple(self.names)
            object.__setattr__(self, "names", names)
        if type(self.attributes) is not FrozenDict:
            object.__setattr__(self, "attributes", FrozenDict(self.attributes))


_new = object.__new__
_set = object.__setattr__


def frozen_entity(
    label: str, entity_id: str, names: tuple[str, ...], attributes: FrozenDict
) -> Entity:
    """An Entity from values already checked and frozen, without the dataclass __init__
    (the built-ins make tens of thousands on every fresh start). Setting the fields one
    by one keeps them in the object (no separate __dict__ for the garbage collector to
    walk)."""
    entity = _new(Entity)
    _set(entity, "label", label)
    _set(entity, "entity_id", entity_id)
    _set(entity, "names", names)
    _set(entity, "attributes", attributes)
    return entity


class Gazetteer:
    """An ordered list of entities, each keyed by (label, entity_id): a DEMONYM may carry
    its country's id. When entities share a name, the matcher decides by the document's
    other places, then population, then the order entities were added.

    >>> gz = Gazetteer()
    >>> gz.add("PLACE", "place:turkiye", ["Türkiye", "Turkey"], country_code="TR")
    >>> len(gz), gz["place:turkiye"].names
    (1, ('Türkiye', 'Turkey'))
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
        if new; attributes given again replace the old values.

        The built-in labels are PERSON, PLACE, DEMONYM and DATE, written so: "person"
        raises rather than becoming a label of its own that the rules skip. Any other
        label is kept as given. The matcher reads two attributes to choose between
        entities sharing a name: `country_code` (two letters, ISO 3166-1 alpha-2, stored
        upper-case: "tr" becomes "TR") and `population` (a whole number of at least 0;
        a whole float or a string of digits is stored as int). A Matcher reads a third,
        `same_as`: the id of another entity (a built-in place, say "geonames:1168579")
        that this one is; the Matcher reports its mentions under that id and merges the
        two entities' names (an unknown id raises GazetteerError there); and `admin1`, the
        id of the first-level division the entity lies in ("Springfield, Illinois" picks
        the entity whose admin1 is Illinois's id). `country=` without
        `country_code` raises TypeError, as the matcher would ignore it (give both to
        keep an attribute called country of your own).

        Raises TypeError for non-str label, id or names and attribute values other than
        str, int, float, bool or None, and GazetteerError (a ValueError) for an empty
        label, id or name, a lone surrogate, a label such as "person", a bad country_code
        or population. Nothing is added when it raises.
        """
        names_list, checked = _checked(label, entity_id, names, attributes)
        if "country" in checked and "country_code" not in checked:
            old = self._entities.get((label, entity_id))
            if old is None or "country_code" not in old.attributes:
                value = checked["country"]
                example = value.upper() if isinstance(value, str) and len(value) == 2 else "TR"
                raise ArgumentTypeError(
                    f"entity {entity_id!r}: the matcher reads the attribute country_code "
                    f"(two letters, e.g. country_code={example!r}), not country; "
                    "give country_code as well to keep an attribute called country"
                )
        self._put(label, entity_id, names_list, checked)

    def _put(
        self, label: str, entity_id: str, names: Iterable[str], attributes: Mapping[str, Any]
    ) -> None:
        """Add checked names and attributes (copying the shared entity table first)."""
        if self._shared:
            self._entities = dict(self._entities)
            self._shared = False
        old = self._entities.get((label, entity_id))
        if old is not None:
            names = [*old.names, *names]
            attributes = {**old.attributes, **attributes}
        self._entities[label, entity_id] = frozen_entity(
            label, entity_id, tuple(dict.fromkeys(names)), FrozenDict(attributes)
        )

    @classmethod
    def from_csv(
        cls, path: str | os.PathLike[str], *, name_column: str = "name", encoding: str = "utf-8"
    ) -> Gazetteer:
        """Read a CSV with columns label, entity_id and `name_column`, one row per name;
        any further columns become attributes (empty cells are left out). A UTF-8 byte
        order mark at the start is skipped. The attributes country_code and population
        are checked and stored as :meth:`add` does; a column called country is an
        ordinary attribute (a warning says so when there is no country_code column).

        Errors name the file and line: a missing or duplicate column, a row with too few
        or too many fields, an empty value, a bad label, country_code or population,
        bytes that are not `encoding`, a quote that is never closed, and a label, id or
        name with a line break in it (the sign of a closing quote missing: only other
        columns may hold multi-line quoted values).
        """
        with open(path, "rb") as f:
            data = f.read()
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise GazetteerError(f"{path}, line {line}: not valid {encoding}: {e.reason}") from None
        if text.startswith("\ufeff"):
            text = text[1:]
        gz = cls()
        reader = csv.reader(io.StringIO(text, newline=""))
        start = end = 0  # the physical lines of the current row

        def fail(message: str) -> NoReturn:
            """Raise for the row on lines start..end, or for the quote that swallowed it."""
            if start != end:
                if next(reader, None) is None:
                    _check_closed_quotes(text, start, path)
                message += f" (the row runs over lines {start}-{end}: is a closing quote missing?)"
            raise GazetteerError(f"{path}, line {start}: {message}")

        try:
            header = next(reader, None)
            if header is None:
                raise GazetteerError(f"{path}: the file is empty (no header row)")
            start, end = 1, reader.line_num
            for column in header:
                if "\n" in column or "\r" in column:
                    fail(f"column name {_short(column)} has a line break")
            columns = _columns(header, name_column, f"{path}, line 1")
            at = [header.index(c) for c in columns]
            extra = [(i, k) for i, k in enumerate(header) if k not in columns]
            pending = _Pending(columns, typed=False)

            def on_line(number: int) -> str:
                return f"{path}, line {number}"

            last: list[str] = []
            last_start = 0
            for row in reader:
                start, end = end + 1, reader.line_num
                if not row:
                    continue
                last, last_start = row, start
                if len(row) != len(header):
                    fail(f"expected {len(header)} fields ({', '.join(header)}), got {len(row)}")
                if start != end:
                    for column, i in zip(columns, at, strict=True):
                        if "\n" in row[i] or "\r" in row[i]:
                            fail(f"{column} {_short(row[i])} has a line break")
                attributes = {k: row[i] for i, k in extra if row[i]}
                pending.add(row[at[0]], row[at[1]], row[at[2]], attributes, on_line, start)
        except csv.Error as e:
            hint = ": is a closing quote missing?" if "field limit" in str(e) else ""
            raise GazetteerError(f"{path}, line {end + 1}: {e}{hint}") from e
        # A quote left open swallows the rest of the file into the last field of the last
        # row: then the file ends with that field's text (its quotes doubled).
        if last and text.endswith(last[-1].replace('"', '""')):
            _check_closed_quotes(text, last_start, path)
        pending.into(gz)
        _warn_country([k for _, k in extra], str(path))
        return gz

    @classmethod
    def from_frame(cls, frame: Any, *, name_column: str = "name") -> Gazetteer:
        """Build from a pandas DataFrame with columns label, entity_id and `name_column`;
        further columns become attributes (missing values are left out).

        Labels and names must be str; an integer entity_id (a database key) becomes its
        decimal string. Attributes must be str, int, float or bool (numpy scalars become
        Python ones); country_code and population are checked and stored as :meth:`add`
        does; a column called country stays an ordinary attribute (a warning says so
        when there is no country_code column). Errors name the row (its index label) and
        the column.
        """
        pandas = need("pandas", "pandas", "Gazetteer.from_frame()")
        if not isinstance(frame, pandas.DataFrame):
            raise ArgumentTypeError(f"expected a pandas DataFrame, got {type(frame).__name__}")
        names = [str(c) for c in frame.columns]
        columns = _columns(names, name_column, "frame")
        gz = cls()
        pending = _Pending(columns, typed=True)
        for label, record in zip(frame.index, frame.to_dict("records"), strict=True):
            clean = {str(k): _python_value(v) for k, v in record.items()}
            key, entity_id, name = (clean.pop(c) for c in columns)
            attributes = {
                k: v
                for k, v in clean.items()
                if v is not None and not (isinstance(v, str) and v == "")
            }
            pending.add(key, entity_id, name, attributes, _row, label)
        pending.into(gz)
        _warn_country([c for c in names if c not in columns], "frame")
        return gz

    @classmethod
    def from_jsonl(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Read spaCy EntityRuler pattern lines: {"label": ..., "pattern": "...", "id": ...}.

        Only string patterns are supported (token patterns raise GazetteerError). A line
        without "id", or with "id": null, uses its pattern as the entity id; an integer
        id becomes its decimal string; any other id (a fraction, NaN, true, a list or an
        object) raises GazetteerError. A UTF-8 byte order mark at the start is skipped.
        Errors name the file and line, including bytes that are not UTF-8 and lone
        surrogates ("\\ud800" escapes).
        """
        with open(path, "rb") as f:
            data = f.read()
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            bad = data[: e.start].count(b"\n") + 1
            raise GazetteerError(f"{path}, line {bad}: not valid UTF-8: {e.reason}") from None
        gz = cls()
        for number, line in enumerate(io.StringIO(text, newline=None), 1):
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
                raise GazetteerError(f'{where}: missing or non-string "label"')
            entity_id = item.get("id")
            if entity_id is None:
                entity_id = pattern
            elif type(entity_id) is int:
                entity_id = str(entity_id)
            elif not isinstance(entity_id, str):
                raise GazetteerError(
                    f'{where}: "id" must be a string or an integer (or null or absent: the '
                    f"pattern is the id), got {_short(entity_id)}"
                )
            try:
                gz.add(label, entity_id, pattern)
            except (GazetteerError, ArgumentTypeError) as e:
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
                merged._entities[key] = e  # entities are immutable: share them
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
        """The entities as (label, entity_id, names, attributes) tuples of plain lists
        and dicts."""
        return [(e.label, e.entity_id, list(e.names), dict(e.attributes)) for e in self]

    @classmethod
    def from_records(cls, records: Iterable[Any]) -> Gazetteer:
        """The inverse of :meth:`to_records` (with the checks of :meth:`add`, except that
        an attribute called country needs no country_code). Errors name the record by
        its position."""
        gz = cls()
        for number, record in enumerate(records):
            try:
                label, entity_id, names, attributes = record
            except (TypeError, ValueError):
                raise ArgumentTypeError(
                    f"record {number}: expected (label, entity_id, names, attributes), got {_short(record)}"
                ) from None
            try:
                if not isinstance(attributes, Mapping):
                    raise ArgumentTypeError(
                        f"attributes must be a mapping, got {type(attributes).__name__}"
                    )
                gz._put(label, entity_id, *_checked(label, entity_id, names, attributes))
            except (GazetteerError, ArgumentTypeError) as e:
                raise type(e)(f"record {number}: {e}") from None
        return gz


def linked(gz: Gazetteer, known: Callable[[], frozenset[str]]) -> Gazetteer:
    """`gz` with every entity that has a `same_as` attribute given that id: merged into
    the entity (label, same_as) where `gz` has one (the merged entity stands where the
    first of the two stood, keeps that entity's country, population and other attributes
    and gains the names and the attributes it lacked), else renamed in place. A `same_as` that is not a str, or names an id neither `gz` nor `known()` (the
    built-in ids) holds, raises GazetteerError naming the entity."""
    if not any("same_as" in e.attributes for e in gz):
        return gz
    ids = {e.entity_id for e in gz}
    entities: dict[tuple[str, str], Entity] = {}
    for key, e in gz._entities.items():
        target = e.attributes.get("same_as")
        if target is None:
            if key in entities:  # merged into ahead of its own place
                continue
            entities[key] = e
            continue
        if not isinstance(target, str) or not (target in ids or target in known()):
            raise GazetteerError(
                f"entity {e.entity_id!r} ({e.label}): same_as={target!r} is not the id of "
                "an entity of the gazetteer or of the built-in places"
            )
        attributes = {k: v for k, v in e.attributes.items() if k != "same_as"}
        old = entities.get((e.label, target)) or gz._entities.get((e.label, target))
        if old is not None:
            names = tuple(dict.fromkeys([*old.names, *e.names]))
            attributes = {**attributes, **old.attributes}
        else:
            names = e.names
        entities[e.label, target] = frozen_entity(e.label, target, names, FrozenDict(attributes))
    return trusted(entities)


def trusted(entities: dict[tuple[str, str], Entity]) -> Gazetteer:
    """A gazetteer holding `entities` as they are, unchecked: for data gazet ships (the
    built-in places), whose entities come from :func:`frozen_entity`."""
    gz = Gazetteer()
    gz._entities = entities
    return gz


def _checked(
    label: Any, entity_id: Any, names: Any, attributes: Mapping[str, Any]
) -> tuple[list[str], dict[str, Attribute]]:
    """The names as a list and the attributes as stored, after checking every argument
    of Gazetteer.add."""
    for what, value in (("label", label), ("entity_id", entity_id)):
        if not isinstance(value, str):
            raise ArgumentTypeError(f"{what} must be str, got {type(value).__name__}")
        if not value.strip():
            raise GazetteerError(f"{what} must not be empty")
        if not value.isascii():
            _no_surrogates(f"{what} {value!r}", value)
    _check_label(label)
    if isinstance(names, str):
        name_list = [names]
    else:
        try:
            if isinstance(names, bytes | bytearray):
                raise TypeError
            name_list = list(names)
        except TypeError:
            raise ArgumentTypeError(
                f"entity {entity_id!r}: names must be a str or an iterable of str, "
                f"got {type(names).__name__}"
            ) from None
    for name in name_list:
        if not isinstance(name, str):
            raise ArgumentTypeError(
                f"entity {entity_id!r}: name must be str, got {type(name).__name__}"
            )
        if not name.isascii():
            _check_name(entity_id, name)
        elif _blank(name):
            raise GazetteerError(f"entity {entity_id!r} has an empty name {name!r}")
    if not attributes:
        return name_list, {}
    try:
        checked = _attributes(attributes, "attribute")
    except (GazetteerError, ArgumentTypeError) as e:
        raise type(e)(f"entity {entity_id!r}: {e}") from None
    return name_list, checked


def _check_name(entity_id: str, name: str) -> None:
    """Check a non-ASCII name: no lone surrogate, something left after folding."""
    try:
        folded = _core.normalize_name(name)
    except UnicodeEncodeError:
        _no_surrogates(f"entity {entity_id!r}: name {name!r}", name)
        raise
    if not folded:
        raise GazetteerError(f"entity {entity_id!r} has an empty name {name!r}")


def _blank(name: str) -> bool:
    """Whether nothing is left of a name once folded: the core decides when str.strip
    leaves nothing, as its white space is not str.strip's (\x1c-\x1f are no space to
    it)."""
    return not name.strip() and not _core.normalize_name(name)


def _attributes(attributes: Mapping[str, Any], noun: str) -> dict[str, Attribute]:
    """The attributes as stored: each value checked (`noun` names a key in errors) and
    country_code and population normalised."""
    out: dict[str, Attribute] = {}
    for key, value in attributes.items():
        if not isinstance(key, str):
            raise ArgumentTypeError(f"{noun} names must be str, got {type(key).__name__}")
        if isinstance(value, str):
            if not value.isascii():
                _no_surrogates(f"{noun} {key!r}", value)
        elif not isinstance(value, Attribute):
            raise ArgumentTypeError(
                f"{noun} {key!r} must be str, int, float, bool or None, got {type(value).__name__}"
            )
        out[key] = value
    _normalise(out)
    return out


def _normalise(attributes: dict[str, Any]) -> None:
    """Check and store country_code (upper-case) and population (int) in place."""
    if "country_code" in attributes:
        attributes["country_code"] = _country_code(attributes["country_code"])
    if "population" in attributes:
        attributes["population"] = _population(attributes["population"])


def _country_code(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        code = value.strip()
        if len(code) == 2 and code.isascii() and code.isalpha():
            return code.upper()
    raise GazetteerError(
        f"country_code must be two letters (ISO 3166-1 alpha-2, e.g. 'TR'), got {_short(value)}"
    )


def _population(value: Any) -> int | None:
    if value is None:
        return None
    number: int | None = None
    if isinstance(value, bool):
        pass
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float):
        number = int(value) if value.is_integer() else None
    elif isinstance(value, str):
        whole, _, fraction = value.strip().partition(".")
        if whole.isascii() and whole.isdigit() and not fraction.strip("0"):
            number = int(whole)
    if number is None or not 0 <= number < 2**64:
        raise GazetteerError(
            f"population must be a whole number of at least 0, got {_short(value)}"
        )
    return number


def _check_label(label: str) -> None:
    canonical = label.strip().upper()
    if canonical in BUILTIN_LABELS and label != canonical:
        raise GazetteerError(
            f"label {label!r}: write {canonical!r} (the built-in labels "
            f"{', '.join(BUILTIN_LABELS)} are upper-case; any other label is kept as given)"
        )


def _no_surrogates(what: str, value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise GazetteerError(
            f"{what} has a lone surrogate {value[e.start]!r} at position {e.start}"
        ) from None


def _short(value: Any, width: int = 60) -> str:
    """repr(value), cut to about `width` characters."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def _warn_country(attribute_columns: list[str], source: str) -> None:
    if "country" in attribute_columns and "country_code" not in attribute_columns:
        warnings.warn(
            f"{source}: the column 'country' is kept as an ordinary attribute; the matcher "
            "reads country_code (two letters, e.g. TR) to choose between places sharing a name",
            UserWarning,
            stacklevel=3,
        )


def _check_closed_quotes(text: str, line: int, path: Any) -> None:
    """Raise if the text from physical `line` on ends inside a quoted field, naming the
    line where that field's quote opened (csv's reader takes such a field to the end of
    the file without a word)."""
    offset = sum(map(len, itertools.islice(io.StringIO(text, newline=""), line - 1)))
    tail = text[offset:]
    # The states of csv's reader (default dialect) that matter: at a field's start, in an
    # unquoted field, in a quoted one, just after a quote inside a quoted one.
    state, opened = "start", 0
    for i, c in enumerate(tail):
        if state == "quoted":
            if c == '"':
                state = "quote"
        elif c in ",\r\n":
            state = "start"
        elif state == "start" and c == '"':
            state, opened = "quoted", i
        elif state == "quote" and c == '"':
            state = "quoted"
        else:
            state = "field"
    if state == "quoted":
        line += len(re.findall(r"\r\n?|\n", tail[:opened]))
        raise GazetteerError(
            f"{path}, line {line}: a quote opened on this line is never closed "
            "(the rest of the file would be read as one field)"
        )


class _Pending:
    """Rows of a file or frame gathered per entity, added to a gazetteer in one go.

    `typed`: the rows come from a frame (any Python values) rather than a CSV (str only)."""

    def __init__(self, columns: tuple[str, str, str], *, typed: bool) -> None:
        self.columns = columns
        self.typed = typed
        self.labels: set[str] = set()
        self.codes: dict[str, str | None] = {}
        self.entities: dict[tuple[str, str], tuple[list[str], dict[str, Any]]] = {}

    def add(
        self,
        label: Any,
        entity_id: Any,
        name: Any,
        attributes: dict[str, Any],
        where: Callable[[Any], str],
        at: Any,
    ) -> None:
        """Check one row (`where(at)` names it in errors) and keep its name and
        attributes."""
        try:
            if not (type(label) is type(entity_id) is type(name) is str):
                label, entity_id, name = self._keys(label, entity_id, name)
            if not (label.strip() and entity_id.strip()) or _blank(name):
                blank = [
                    c
                    for c, v in zip(self.columns, (label, entity_id, name), strict=True)
                    if not v.strip()
                ]
                raise GazetteerError(f"missing {blank[0]}")
            if not (label.isascii() and entity_id.isascii()):
                _checked(label, entity_id, name, {})
            elif not name.isascii():
                _check_name(entity_id, name)
            if label not in self.labels:
                _check_label(label)
                self.labels.add(label)
            if self.typed:
                attributes = _attributes(attributes, "column")
            elif attributes:  # str values from a file: the two the matcher reads, fast
                code = attributes.get("country_code")
                if code is not None:
                    checked = self.codes.get(code)
                    if checked is None:
                        checked = self.codes[code] = _country_code(code)
                    attributes["country_code"] = checked
                people = attributes.get("population")
                if people is not None:
                    whole = people.isdigit() and people.isascii()
                    attributes["population"] = int(people) if whole else _population(people)
        except (GazetteerError, ArgumentTypeError) as e:
            raise type(e)(f"{where(at)}: {e}") from None
        entry = self.entities.get((label, entity_id))
        if entry is None:
            entry = self.entities[label, entity_id] = ([], {})
        entry[0].append(name)
        if attributes:
            entry[1].update(attributes)

    def _keys(self, label: Any, entity_id: Any, name: Any) -> tuple[str, str, str]:
        """The key cells of a frame row as str, or why not: missing values first, then
        types (an int entity_id becomes str)."""
        for column, value in zip(self.columns, (label, entity_id, name), strict=True):
            if value is None or (isinstance(value, str) and not value.strip()):
                raise GazetteerError(f"missing {column}")
        if not isinstance(entity_id, str):
            if type(entity_id) is not int:
                hint = ""
                if isinstance(entity_id, float) and entity_id.is_integer():
                    hint = " (a column of whole numbers with missing values reads as float)"
                raise ArgumentTypeError(
                    f"entity_id must be str or int, got {type(entity_id).__name__}{hint}"
                )
            entity_id = str(entity_id)
        if not isinstance(label, str):
            raise ArgumentTypeError(f"label must be str, got {type(label).__name__}")
        if not isinstance(name, str):
            raise ArgumentTypeError(
                f"entity {entity_id!r}: name must be str, got {type(name).__name__}"
            )
        return str(label), entity_id, str(name)

    def into(self, gz: Gazetteer) -> None:
        for (label, entity_id), (names, attributes) in self.entities.items():
            gz._put(label, entity_id, names, attributes)


def _row(label: object) -> str:
    """A frame row named in errors by its index label."""
    return f"row {label!r}"


def _columns(header: list[str], name_column: str, where: str) -> tuple[str, str, str]:
    duplicates = list(dict.fromkeys(c for i, c in enumerate(header) if c and c in header[:i]))
    if duplicates:
        raise GazetteerError(f"{where}: duplicate column(s) {', '.join(map(repr, duplicates))}")
    wanted = ("label", "entity_id", name_column)
    missing = [c for c in wanted if c not in header]
    if missing:
        raise GazetteerError(
            f"{where}: missing column(s) {', '.join(missing)}; the header has {', '.join(header)}"
        )
    return wanted


def _python_value(value: Any) -> Any:
    """A DataFrame cell as a plain Python value; missing values (None, NaN, NA, NaT) as
    None. Other values are kept (a list, a Timestamp) for the checks to reject."""
    import numpy as np

    if value is None or type(value) in (str, int, bool):
        return value
    if is_missing(value):
        return None
    if isinstance(value, np.str_):
        return str(value)
    if isinstance(value, np.bool_ | np.number):
        return value.item()
    return value
