"""The built-in places gazetteer, shipped inside the wheel (see data/SOURCES.md)."""

from __future__ import annotations

import csv
import functools
import gzip
from importlib import resources

from .gazetteer import Gazetteer

_NUMBERS = {"latitude": float, "longitude": float, "population": int}

# Matcher() uses cities of at least this many people until ambiguous and common-word
# place names (Man, Nice, Reading, ...) are resolved with evidence from the document.
DEFAULT_MIN_CITY_POPULATION = 1_000_000


@functools.lru_cache(maxsize=4)
def _load(min_city_population: int) -> Gazetteer:
    gz = Gazetteer()
    data = resources.files("gazet") / "data" / "places.csv.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            attributes = {
                k: _NUMBERS[k](v) if k in _NUMBERS else v
                for k, v in row.items()
                if k not in ("label", "entity_id", "name") and v
            }
            if row["kind"] == "city" and int(row["population"] or 0) < min_city_population:
                continue
            gz.add(row["label"], row["entity_id"], row["name"], **attributes)
    return gz


def places(*, min_city_population: int = 0) -> Gazetteer:
    """The built-in places: countries (with common variants such as Türkiye/Turkey),
    first-level divisions, continents, common regions and cities of 15,000+ people, with
    GeoNames / ISO 3166-2 ids and the attributes kind, country_code, latitude, longitude
    and population. `min_city_population` leaves out smaller cities.

    Shared names go to the entity listed first: countries, then divisions, regions, and
    cities by population.
    """
    return _load(min_city_population).copy()


@functools.lru_cache(maxsize=1)
def _demonyms() -> Gazetteer:
    countries = {e.entity_id: e.attributes.get("country_code") for e in _load(1 << 62)}
    gz = Gazetteer()
    with (resources.files("gazet") / "data" / "demonyms.csv").open("r", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            gz.add(row["label"], row["entity_id"], row["name"], country_code=countries[row["entity_id"]])
    return gz


def demonyms() -> Gazetteer:
    """Demonyms and adjectival forms of every country ("Pakistani", "Afghan", "Turkish"),
    label DEMONYM, each with its country's entity id and country_code."""
    return _demonyms().copy()


@functools.lru_cache(maxsize=1)
def common_words() -> tuple[str, ...]:
    """Built-in place names that are also ordinary words or first names ("Reading",
    "Nice", "Victoria"): they need evidence to match (see Matcher's common_words)."""
    text = (resources.files("gazet") / "data" / "common_words.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def default_places() -> Gazetteer:
    """What Matcher() uses with no gazetteer: :func:`places` with cities of 1,000,000+,
    and :func:`demonyms`."""
    return places(min_city_population=DEFAULT_MIN_CITY_POPULATION) + demonyms()
