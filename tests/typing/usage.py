"""The public API as a user's code calls it, checked by ``mypy --strict`` (scripts/test.sh):
the types users see (``assert_type``), keyword-only options (a positional one must be an
error, or its ``type: ignore`` is reported unused), the exception hierarchy. Not run: the
functions only have to type-check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal, assert_type

import pandas as pd

import gazet
from gazet import display, plots


def build(path: Path) -> gazet.Matcher:
    gz = gazet.Gazetteer()
    gz.add("PERSON", "person:khawaja_asif", ["Khawaja Asif", "Khawaja Muhammad Asif"])
    gz.add("PLACE", "place:doha", "Doha", country_code="QA", population=1_186_023)
    gz = gz + gazet.Gazetteer.from_csv(path) + gazet.places(min_city_population=100_000)
    entity = gz["place:doha"]
    assert_type(entity.names, tuple[str, ...])
    assert_type(entity.attributes.get("population"), str | int | float | bool | None)
    m = gazet.Matcher(gz + gazet.demonyms(), case="smart", discover=True, threads=2)
    assert_type(m.case, Literal["insensitive", "smart", "sensitive"])
    return gazet.Matcher.load(path) if path.suffix == ".gazet" else m


def find(m: gazet.Matcher, text: str) -> list[str | None]:
    found = m.find(text, ref_date="2025-11-06")
    assert_type(found, gazet.Matches)
    first = found[0]
    assert_type(first, gazet.Match)
    assert_type(first.entity_id, str | None)
    assert_type(first.candidates, tuple[str, ...])
    html = gazet.highlight(text, m.find(text, ref_date=dt.date(2025, 11, 6)))
    assert_type(html._repr_html_(), str)
    # Options are keyword-only: mypy must reject these (else the ignores are unused).
    m.find(text, "2025-11-06")  # type: ignore[call-arg]
    m.extract([text], "text")  # type: ignore[call-overload]
    return [x.value for x in found]


def batch(m: gazet.Matcher, texts: list[str | None]) -> pd.DataFrame:
    many = m.find_many(texts, ref_dates=["2025-11-06"] * len(texts), threads=1, errors="skip")
    assert_type(many, gazet.ManyMatches)
    for failure in many.failures:
        assert_type(failure, gazet.Failure)
        assert_type(failure.error, Exception)
    frame = pd.DataFrame({"text": texts, "published": ["2025-11-06"] * len(texts)})
    df = m.extract(frame, text="text", ref_date="published", progress=True, errors="skip")
    table = m.extract_arrow(texts, ref_date=dt.date(2025, 11, 6), threads=2)
    assert table.num_rows == len(df)
    candidates = m.suggest(texts, min_count=2, progress=False)
    return display.add_sentences(pd.concat([df, candidates]), dict(enumerate(texts)))


def plot(df: pd.DataFrame) -> None:
    ax = plots.timeline(df, by="outlet", kinds=("day", "weekend"), start="2025-10-01")
    ax.set_title("Dates")
    assert_type(plots.period("2025-W45-WE"), tuple[dt.date, dt.date] | None)
    assert_type(plots.period_kind("2025-W45-WE"), str | None)


def errors(m: gazet.Matcher) -> str:
    try:
        m.find("Doha", ref_date="2025-02-30")
    except gazet.DateError as e:  # also a ValueError
        return str(e)
    except gazet.GazetError as e:
        return repr(e)
    try:
        m.save(Path("m.gazet"))
    except OSError as e:
        return str(e)
    return ""
