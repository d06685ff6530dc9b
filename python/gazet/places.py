"""The built-in places gazetteer, shipped inside the wheel (see data/SOURCES.md)."""

from __future__ import annotations

import csv
import functools
import gzip
from importlib import resources

from .gazetteer import Gazetteer

_NUMBERS = {"latitude": float, "longitude": float, "population": int}


@functools.lru_cache(maxsize=1)
def _load() -> Gazetteer:
    gz = Gazetteer()
    data = resources.files("gazet") / "data" / "places.csv.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            attributes = {
                k: _NUMBERS[k](v) if k in _NUMBERS else v
                for k, v in row.items()
                if k not in ("label", "entity_id", "name") and v
            }
            gz.add(row["label"], row["entity_id"], row["name"], **attributes)
    return gz


def places() -> Gazetteer:
    """The built-in places: countries (with their common variants), first-level divisions,
    continents, common regions and cities, with GeoNames / ISO 3166 ids and attributes
    kind, country_code, latitude, longitude and population."""
    return _load().copy()
