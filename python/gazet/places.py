"""The built-in places gazetteer, shipped inside the wheel (see data/SOURCES.md)."""

from __future__ import annotations

import csv
import functools
import gc
import gzip
import itertools
from importlib import resources

from .gazetteer import Attribute, Entity, FrozenDict, Gazetteer, frozen_entity, trusted

_NUMBERS = {"latitude": float, "longitude": float, "population": int}
_KEY_COLUMNS = ("label", "entity_id", "name")


@functools.lru_cache(maxsize=4)
def _load(min_city_population: int) -> Gazetteer:
    # Tens of thousands of new objects, none of them garbage: collecting while they are
    # made only walks them again and again.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read(min_city_population)
    finally:
        if enabled:
            gc.enable()


def _read(min_city_population: int) -> Gazetteer:
    # The shipped file is trusted and grouped by entity (rows of one entity together):
    # build each entity as its rows end, directly instead of through Gazetteer.add. The
    # entities are immutable (a names tuple, read-only attributes): this cached gazetteer
    # is shared by every places() copy and every Matcher() of the process.
    entities: dict[tuple[str, str], Entity] = {}
    data = resources.files("gazet") / "data" / "places.csv.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        extra = [
            (i, k, _NUMBERS.get(k, str)) for i, k in enumerate(header) if k not in _KEY_COLUMNS
        ]
        label, entity_id, name = (header.index(k) for k in _KEY_COLUMNS)
        key = ("", "")
        names: list[str] = []
        attributes: dict[str, Attribute] = {}
        for row in itertools.chain(rows, [[""] * len(header)]):  # the end closes the last entity
            if row[entity_id] != key[1] or row[label] != key[0]:
                if names:
                    if key in entities:  # only if the rows of an entity were not together
                        names = [*entities[key].names, *names]
                    attrs = FrozenDict(attributes)
                    entities[key] = frozen_entity(key[0], key[1], tuple(names), attrs)
                key = (row[label], row[entity_id])
                attributes = {k: convert(row[i]) for i, k, convert in extra if row[i]}
                people = attributes.get("population", 0)
                if (
                    attributes.get("kind") == "city"
                    and isinstance(people, int)
                    and people < min_city_population
                ):
                    names = []
                    continue
                names = [row[name]]
            elif names:
                names.append(row[name])
    return trusted(entities)


@functools.lru_cache(maxsize=1)
def builtin_ids() -> frozenset[str]:
    """The ids of the built-in places (what a `same_as` attribute may name)."""
    return frozenset(e.entity_id for e in _load(0))


def places(*, min_city_population: int = 0) -> Gazetteer:
    """The built-in places: countries (with common variants such as Türkiye/Turkey),
    first-level divisions, continents, common regions and cities of 15,000+ people, with
    GeoNames ids (ISO 3166-2 for the few divisions GeoNames lacks) and the attributes
    kind, country_code, latitude, longitude, population and, for divisions, iso3166_2.
    `min_city_population` leaves out smaller cities.

    Entities are listed countries first, then divisions, regions, and cities by
    population: the order the matcher falls back on when neither the document's other
    places nor population tell entities sharing a name apart.

    The entities are shared by every call and every ``Matcher()`` of the process, so they
    cannot be changed in place (names are tuples, attributes read-only dicts); add to the
    returned gazetteer with :meth:`Gazetteer.add` instead.
    """
    return _load(min_city_population).copy()


@functools.lru_cache(maxsize=1)
def _demonyms() -> Gazetteer:
    countries = {e.entity_id: e.attributes.get("country_code") for e in _load(0)}
    gz = Gazetteer()
    with (resources.files("gazet") / "data" / "demonyms.csv").open("r", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            gz.add(
                row["label"],
                row["entity_id"],
                row["name"],
                country_code=countries[row["entity_id"]],
            )
    return gz


def demonyms() -> Gazetteer:
    """Demonyms and adjectival forms of every country ("Pakistani", "Afghan", "Turkish"),
    label DEMONYM, each with its country's entity id and country_code."""
    return _demonyms().copy()


@functools.lru_cache(maxsize=1)
def _orgs() -> Gazetteer:
    # Shipped and trusted, rows of one entity together: built directly, as _read does.
    names: dict[tuple[str, str], list[str]] = {}
    attributes: dict[tuple[str, str], FrozenDict] = {}
    with (resources.files("gazet") / "data" / "orgs.csv").open("r", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["label"], row["entity_id"])
            if key not in names:
                names[key] = []
                attrs: dict[str, Attribute] = {"kind": row["kind"]}
                if row["country_code"]:
                    attrs["country_code"] = row["country_code"]
                attributes[key] = FrozenDict(attrs)
            names[key].append(row["name"])
    return trusted({k: frozen_entity(*k, tuple(names[k]), attributes[k]) for k in names})


def orgs() -> Gazetteer:
    """Built-in organisations, label ORG, id ``org:<slug>``: news agencies, papers and
    broadcasters, international bodies, central banks and police forces, sports clubs,
    universities, parties and listed companies (about 3,400; see data/ORGS_SOURCES.md),
    with the attributes kind and country_code. They are in the defaults so that a place
    inside an organisation's name ("Bank of England", "Newcastle United", "Dubai
    Police") is reported as the organisation, not as the place."""
    return _orgs().copy()


@functools.lru_cache(maxsize=1)
def common_words() -> tuple[str, ...]:
    """Built-in place names that are also ordinary words or first names ("Reading",
    "Nice", "Vera"), measured on a news corpus (scripts/build_common_words.py): they need
    evidence to match (see Matcher's common_words)."""
    text = (resources.files("gazet") / "data" / "common_words.txt").read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def default_places() -> Gazetteer:
    """What Matcher() uses with no gazetteer: :func:`places`, :func:`demonyms` and
    :func:`orgs`."""
    return places() + demonyms() + orgs()
