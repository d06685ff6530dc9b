"""Invariants for every option combination (case x context x people x discover x dates)
through every output path: find, find_many, extract, extract_arrow, save/load, pickle and
the command line.

- no exception on any valid str (empty strings, None/NaN/NA rows included);
- `text[m.start:m.end] == m.text`, spans sorted and non-overlapping;
- `find_many(texts, ref_dates) == [find(t, r) ...]`;
- extract's and extract_arrow's rows are find's (doc, start, end, text, label, entity_id,
  value), `.to_pandas()` works, `pd.concat` of two extracts keeps label and entity_id
  categorical;
- a saved-and-loaded or pickled matcher gives the same results;
- `gazet extract --format jsonl` gives find's rows.

Each combination runs over a fixed adversarial corpus; hypothesis then draws combinations
and texts (example counts from the profile in conftest.py).
"""

from __future__ import annotations

import csv
import functools
import itertools
import json
import math
import pickle
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest
from conftest import COLUMNS
from hypothesis import given, settings
from hypothesis import strategies as st

import gazet
from gazet.cli import main as cli_main

# A small gazetteer: a few people and organisations, and the built-in places and demonyms
# whose names news text below uses (with their country codes and populations, so context
# rules and shared names work as in the defaults).
PEOPLE = [
    ("PERSON", "person:khawaja_asif", ["Khawaja Asif", "Khawaja Muhammad Asif"]),
    ("PERSON", "person:asim_munir", ["Asim Munir", "Syed Asim Munir"]),
    ("PERSON", "person:asif_ali", ["Asif Ali Zardari"]),
    ("ORG", "org:ihc", ["Islamabad High Court"]),
    ("ORG", "org:afghan_taliban", ["Afghan Taliban", "Tehreek-e-Taliban"]),
    ("ORG", "org:boe", ["Bank of England"]),
]
PLACE_WORDS = {
    "Pakistan",
    "Lahore",
    "Islamabad",
    "Istanbul",
    "Türkiye",
    "Turkey",
    "Doha",
    "Qatar",
    "Kabul",
    "Afghanistan",
    "Paris",
    "Georgia",
    "Hyderabad",
    "India",
    "Texas",
    "France",
    "Reading",
    "Nice",
    "Split",
    "Liverpool",
    "Chelsea",
    "Tokyo",
    "London",
    "England",
    "Japan",
    "Bath",
    "Karachi",
    "Peshawar",
    "US",
    "United States",
    "China",
    "Beijing",
    "Tbilisi",
    "Delhi",
    "New Delhi",
    "Mumbai",
    "Iran",
    "Tehran",
    "Israel",
    "Gaza",
}


def _entities() -> list[tuple[str, str, list[str], dict[str, Any]]]:
    out: list[tuple[str, str, list[str], dict[str, Any]]] = [
        (label, i, n, {}) for label, i, n in PEOPLE
    ]
    for e in itertools.chain(gazet.places(), gazet.demonyms()):
        if e.label == "DEMONYM" or PLACE_WORDS.intersection(e.names):
            attrs = {
                k: e.attributes[k] for k in ("country_code", "population") if e.attributes.get(k)
            }
            out.append((e.label, e.entity_id, list(e.names), attrs))
    return out


ENTITIES = _entities()


def _gazetteer() -> gazet.Gazetteer:
    gz = gazet.Gazetteer()
    for label, entity_id, names, attrs in ENTITIES:
        gz.add(label, entity_id, names, **attrs)
    return gz


GAZETTEER = _gazetteer()

COMBOS = [
    {"case": case, "context": context, "people": people, "discover": discover, "dates": dates}
    for case in ("smart", "insensitive", "sensitive")
    for context in (True, False)
    for people in (True, False)
    for discover in (False, True)
    for dates in (True, False)
]


def combo_id(c: dict[str, Any]) -> str:
    return "-".join(k if v is True else ("no" + k if v is False else v) for k, v in c.items())


@functools.cache
def matcher(index: int) -> gazet.Matcher:
    return gazet.Matcher(GAZETTEER, **COMBOS[index])


@functools.cache
def pickled(index: int) -> gazet.Matcher:
    return pickle.loads(pickle.dumps(matcher(index)))


# Text that has broken gazet before or is likely to: curly quotes, dashes, ellipses,
# guillemets and NBSP before titles and abbreviations and built-in place names; accents,
# combining marks, İ/ı, ß, ligatures, final sigma, CJK, emoji and ZWJ, RTL, whitespace runs.
FIXED_TEXTS = [
    "",
    " ",
    "“Yes. Pakistan is ready,” he said.",
    "‘No. Lahore is calm,’ Gen. Asim Munir said.",
    "Mr.\u00a0Lahore — Dr.\u00a0Karachi… «Gen. Pakistan» – Mr. Khawaja Asif",
    "…Pakistan. Lahore— Mr. Doha",
    "«Pakistan. Lahore» «Mr. Paris»",
    "Pakistani troops entered Pakistan. Asif said Asim Munir met Khawaja Asif on Thursday.",
    "ISTANBUL: Pakistan's Defence Minister Khawaja Asif arrived on Thursday; Asif said...",
    "Pakistan’s Qatar-based Pakistani TÜRKIYE Türkiye Turkiye İstanbul ıstanbul ISTANBUL",
    "Islamabad High Court; Bank of England; Liverpool beat Chelsea; Tokyo dropped 2.1%",
    "Paris, Texas. Georgia and Tbilisi. Hyderabad, India. Reading and reading, Nice nice.",
    "spokesman Zabihullah Mujahid said the Afghan Taliban met in Doha on 11 October 2025.",
    "Stra\u00dfe STRASSE ﬁnal ΣΟΦΟΣ σοφος Cafe\u0301 東京都 北京 😀👩\u200d💻🇵🇰 שלום القاهرة",
    "Khawaja\n\u00a0 Asif\t\tand\u2028KHAWAJA   ASIF in\u3000Lahore\r\n",
    "a_b x1 2025 U.S. Mr Mr. Dr Gen Sen. St. Lt. Col. Maj.",
    "PAKISTAN AND AFGHANISTAN CLASH NEAR LAHORE",
    "\u200f\u202eLahore\u202c\u200e \u0301Pakistan \ufeffKabul\u200b",
    "last week, in March, 2025-Q3, the summer of 2025, 1990s, Monday 3 November",
    "e\u0301\u0301\u0301 \U0001f3fd\u200d\ufe0f Ⅻ ½ ① ² ﬀ Ĳ ŉ",
    "\ud7ff\U0010ffff\U000e0001 Pakistan\x00Lahore\x1cKabul",
    "Dr.” Pakistan",
    "Mr.… Lahore",
    "Gen.— Pakistan",
    "Mr.\u00a0 Pakistan",
]

WORDS = [
    "Pakistan",
    "Lahore",
    "Islamabad",
    "Istanbul",
    "Türkiye",
    "Doha",
    "Qatar",
    "Kabul",
    "Afghanistan",
    "Paris",
    "Georgia",
    "Hyderabad",
    "Reading",
    "Nice",
    "Liverpool",
    "Chelsea",
    "Tokyo",
    "Bath",
    "US",
    "us",
    "Pakistani",
    "Afghan",
    "Khawaja Asif",
    "Asif",
    "Asim Munir",
    "Munir",
    "Zabihullah Mujahid",
    "Islamabad High Court",
    "Bank of England",
    "Mr.",
    "Mr",
    "Gen.",
    "Dr.",
    "Sen.",
    "St.",
    "spokesman",
    "Prime Minister",
    "said",
    "the",
    "beat",
    "dropped 2.1%",
    "High Court",
    "River",
    "Thursday",
    "11 October 2025",
    "last week",
    "March",
    "2025",
    "in March",
    "Q3",
    "the 1990s",
    "Yes.",
    "No.",
    "he said",
    "ISTANBUL:",
    "İ",
    "ı",
    "ß",
    "ﬁ",
    "ς",
    "é",
    "e\u0301",
    "東京",
    "😀",
    "👩\u200d💻",
    "שלום",
    "_",
    "x1",
]
SEPARATORS = [
    "",
    " ",
    "  ",
    ". ",
    ", ",
    "\n",
    "\n\n",
    "\u00a0",
    "’s ",
    "'s ",
    " — ",
    "—",
    "–",
    "…",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "\u200d",
    "\u200f",
    "\t",
    ": ",
]

text_piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(SEPARATORS),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=4),
)
texts = st.lists(text_piece, max_size=16).map("".join)
ref_dates = st.one_of(
    st.none(),
    st.dates(pd.Timestamp("1990-01-01").date(), pd.Timestamp("2035-12-31").date()).map(str),
)
MISSING = [None, float("nan"), pd.NA]
rows = st.lists(
    st.tuples(st.one_of(texts, texts, texts, st.sampled_from(MISSING)), ref_dates), max_size=6
)


def as_tuple(m: gazet.Match) -> tuple[Any, ...]:
    return (m.start, m.end, m.text, m.label, m.entity_id, m.value)


def none_if_missing(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def is_missing(row: Any) -> bool:
    return none_if_missing(row) is None


def check_matches(text: str, found: list[gazet.Match], options: dict[str, Any]) -> None:
    end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text), (text, m)
        assert text[m.start : m.end] == m.text, (text, m)
        assert m.start >= end, f"overlap or out of order in {text!r}: {found}"
        end = m.end
        # Only dates have values (a relative date without a reference date has none:
        # docs/dates.md, "No reference date").
        assert m.value is None or m.label == "DATE", m
        if m.entity_id is None:
            assert m.label == "DATE" or (m.label == "PERSON" and options["discover"]), m
        if m.label == "DATE":
            assert options["dates"], m


def find_all(m: gazet.Matcher, data: list[tuple[Any, str | None]]) -> list[list[gazet.Match]]:
    return [[] if is_missing(t) else m.find(t, ref_date=r) for t, r in data]


def frame_rows(df: pd.DataFrame) -> list[tuple[Any, ...]]:
    return [tuple(none_if_missing(v) for v in row) for row in df.itertuples(index=False, name=None)]


def expected_rows(labels: list[Any], found: list[list[gazet.Match]]) -> list[tuple[Any, ...]]:
    return [
        (label, *as_tuple(m)[:5], m.value, m.how, m.timex_type)
        for label, ms in zip(labels, found, strict=True)
        for m in ms
    ]


def check_all_paths(index: int, data: list[tuple[Any, str | None]]) -> None:
    options = COMBOS[index]
    m = matcher(index)
    found = find_all(m, data)
    for (t, _), ms in zip(data, found, strict=True):
        if not is_missing(t):
            check_matches(t, ms, options)
    row_texts = [t for t, _ in data]
    refs = [r for _, r in data]
    assert m.find_many(row_texts, ref_dates=refs) == found
    assert m.find_many(row_texts, ref_dates=refs, threads=1) == found
    # Without reference dates, for extract from a list.
    plain = find_all(m, [(t, None) for t in row_texts])
    assert m.find_many(row_texts) == plain

    # extract: a list (doc = position) and a DataFrame with its own index and a date column.
    want_plain = expected_rows(list(range(len(data))), plain)
    df = m.extract(row_texts)
    assert list(df.columns) == COLUMNS
    assert frame_rows(df) == want_plain
    labels = [f"row{i}" for i in range(len(data))][::-1]
    frame = pd.DataFrame({"text": row_texts, "published": refs}, index=labels, dtype=object)
    want = expected_rows(labels, found)
    assert frame_rows(m.extract(frame, ref_date="published")) == want
    assert frame_rows(m.extract(frame, ref_date="published", progress=False, threads=1)) == want

    # extract_arrow: the same rows; to_pandas works.
    table = m.extract_arrow(frame, ref_date="published")
    assert isinstance(table, pa.Table)
    assert table.column_names == COLUMNS
    assert [tuple(r.values()) for r in table.to_pylist()] == want
    assert frame_rows(table.to_pandas()) == want
    assert [tuple(r.values()) for r in m.extract_arrow(row_texts).to_pylist()] == want_plain

    # concat keeps the categoricals and the str ids.
    half = len(row_texts) // 2
    both = pd.concat([m.extract(row_texts[:half]), m.extract(row_texts[half:])], ignore_index=True)
    for column in ("label", "how"):
        assert isinstance(both[column].dtype, pd.CategoricalDtype), (column, both[column].dtype)
        assert isinstance(df[column].dtype, pd.CategoricalDtype), (column, df[column].dtype)
    assert isinstance(both["entity_id"].dtype, pd.StringDtype)

    # pickle gives the same matcher.
    assert find_all(pickled(index), data) == found


@pytest.mark.parametrize("index", range(len(COMBOS)), ids=[combo_id(c) for c in COMBOS])
def test_every_combination_on_adversarial_text(index: int, tmp_path: Path) -> None:
    data = [(t, "2025-11-06") for t in FIXED_TEXTS] + [
        (None, None),
        (float("nan"), "2025-01-01"),
        (pd.NA, None),
    ]
    check_all_paths(index, data)
    m = matcher(index)
    path = tmp_path / "m.gazet"
    m.save(path)
    loaded = gazet.Matcher.load(path)
    assert repr(loaded) == repr(m)
    assert find_all(loaded, data) == find_all(m, data)
    assert loaded.find_many([t for t, _ in data]) == m.find_many([t for t, _ in data])


@given(st.integers(0, len(COMBOS) - 1), rows)
def test_every_path_agrees_with_find(index: int, data: list[tuple[Any, str | None]]) -> None:
    check_all_paths(index, data)


@given(st.integers(0, len(COMBOS) - 1), texts)
def test_no_exception_and_valid_spans(index: int, text: str) -> None:
    found = matcher(index).find(text)
    check_matches(text, found, COMBOS[index])
    assert matcher(index).find_many([text, None, text]) == [found, [], found]


@pytest.mark.parametrize(
    "text", ["Pakistani troops entered Pakistan.", "Afghan forces in Afghanistan"]
)
def test_builtin_demonym_and_country_extract(text: str) -> None:
    """The built-in country and its demonym share an entity id: extract must still work
    and its categories must be unique (a concat keeps them categorical)."""
    m = gazet.Matcher()
    df = m.extract([text])
    assert frame_rows(df) == expected_rows([0], [m.find(text)])
    both = pd.concat([df, m.extract(["Lahore", text])])
    assert isinstance(both["label"].dtype, pd.CategoricalDtype)
    assert isinstance(both["entity_id"].dtype, pd.StringDtype)
    table = m.extract_arrow([text])
    assert [tuple(r.values()) for r in table.to_pylist()] == expected_rows([0], [m.find(text)])


# The command line: Matcher(gazetteer, discover=...) with the default options otherwise.
CLI_COMBOS = [
    i
    for i, c in enumerate(COMBOS)
    if c["case"] == "smart" and c["context"] and c["people"] and c["dates"]
]


@pytest.fixture(scope="module")
def cli_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    with open(folder / "gazetteer.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["label", "entity_id", "name", "country_code", "population"])
        for label, entity_id, names, attrs in ENTITIES:
            for name in names:
                w.writerow(
                    [
                        label,
                        entity_id,
                        name,
                        attrs.get("country_code", ""),
                        attrs.get("population", ""),
                    ]
                )
    return folder


def run_cli(
    folder: Path, docs: list[tuple[str, str | None]], discover: bool, ensure_ascii: bool = True
) -> list[dict[str, Any]]:
    corpus, out = folder / "corpus.jsonl", folder / "out.jsonl"
    with open(corpus, "w", encoding="utf-8") as f:
        for i, (text, published) in enumerate(docs):
            item = {"id": f"d{i}", "text": text}
            if published is not None:
                item["published"] = published
            f.write(json.dumps(item, ensure_ascii=ensure_ascii) + "\n")
    args = [
        "extract",
        str(corpus),
        "--gazetteer",
        str(folder / "gazetteer.csv"),
        "--no-default-places",
        "--format",
        "jsonl",
        "-o",
        str(out),
        "--no-progress",
    ]
    assert cli_main(args + ([] if discover else ["--no-discover"])) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def cli_expected(m: gazet.Matcher, docs: list[tuple[str, str | None]]) -> list[dict[str, Any]]:
    return [
        {
            "doc": f"d{i}",
            "start": x.start,
            "end": x.end,
            "label": x.label,
            "text": x.text,
            "entity_id": x.entity_id,
            "value": x.value,
        }
        for i, (text, published) in enumerate(docs)
        for x in m.find(text, ref_date=published)
    ]


@pytest.mark.parametrize("index", CLI_COMBOS, ids=[combo_id(COMBOS[i]) for i in CLI_COMBOS])
def test_cli_jsonl_equals_find_on_adversarial_text(index: int, cli_dir: Path) -> None:
    docs = [(t, "2025-11-06") for t in FIXED_TEXTS] + [("Lahore on Friday", None)]
    got = run_cli(cli_dir, docs, COMBOS[index]["discover"])
    assert got == cli_expected(matcher(index), docs)


@settings(max_examples=max(settings.default.max_examples // 5, 10))
@given(st.sampled_from(CLI_COMBOS), st.lists(st.tuples(texts, ref_dates), max_size=4))
def test_cli_jsonl_equals_find(
    cli_dir: Path, index: int, docs: list[tuple[str, str | None]]
) -> None:
    got = run_cli(cli_dir, docs, COMBOS[index]["discover"])
    assert got == cli_expected(matcher(index), docs)


@pytest.mark.parametrize(
    "separator", ["\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c"]
)
def test_cli_reads_jsonl_written_without_ascii_escapes(cli_dir: Path, separator: str) -> None:
    """A .jsonl corpus written with ensure_ascii=False is valid JSON Lines even when a text
    holds a line or paragraph separator (JSON lines end at \\n only)."""
    index = CLI_COMBOS[0]
    docs = [(f"Khawaja Asif{separator}Lahore on Thursday", "2025-11-06")]
    got = run_cli(cli_dir, docs, False, ensure_ascii=False)
    assert got == cli_expected(matcher(index), docs)
