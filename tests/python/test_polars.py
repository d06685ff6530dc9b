"""extract() and extract_arrow() on polars input: the pandas result's rows as a polars
DataFrame, code-point offsets that agree with polars' str.slice, Enum categories that
concatenate, and the errors of the pandas path."""

import csv
import datetime as dt
import json
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pytest
from conftest import COLUMNS, SEEDS, make_matcher

import gazet

pl = pytest.importorskip("polars")


m = make_matcher(
    ("PLACE", "place:qatar", ["Qatar"]),
    ("PLACE", "place:pakistan", ["Pakistan"]),
    ("PERSON", "person:asif", ["Khawaja Asif"]),
    context=False,
)

# Written for these tests: accents, CJK, astral characters (emoji, mathematical letters)
# before the names, so that code-point offsets differ from UTF-8 and UTF-16 ones.
TEXTS = [
    "😀 Qatar 𝒜 Pakistan’s minister Khawaja Asif spoke on Thursday.",
    None,
    "Çok güzel: 東京 and Qatar, then 🇵🇰 Pakistan on 6 November 2025.",
    "",
    "𝕏𝕐 nothing here",
    "Khawaja Asif 😀😀 in Qatar",
]
PUBLISHED = ["2025-11-06", "2025-11-07", None, "2025-11-08", "2025-01-01", "2025-12-31"]


def pandas_rows(frame):
    """The rows of a pandas extract() result as tuples, missing values as None."""
    return [
        tuple(None if pd.isna(v) else v for v in row)
        for row in frame[COLUMNS].astype(object).itertuples(index=False, name=None)
    ]


def articles():
    return pl.DataFrame({"body": TEXTS, "published": PUBLISHED})


def test_dataframe_gives_the_pandas_rows_with_positions_as_doc():
    frame = articles()
    out = m.extract(frame, text="body", ref_date="published")
    assert isinstance(out, pl.DataFrame)
    assert out.columns == COLUMNS
    expected = m.extract(frame.to_pandas(), text="body", ref_date="published")
    assert out.rows() == pandas_rows(expected)
    assert set(out["doc"]) == {0, 2, 5}  # row 1 (null) gives nothing and shifts nothing
    assert out.filter(pl.col("label") == "DATE")["value"].to_list() == ["2025-11-06"] * 2
    plain = {"doc": pl.Int64, "start": pl.Int64, "end": pl.Int64, "text": pl.String}
    assert {name: out.schema[name] for name in plain} == plain
    assert out.schema["value"] == pl.String


def test_series_gives_the_rows_of_the_list():
    out = m.extract(pl.Series("t", TEXTS), ref_date="2025-11-06")
    expected = m.extract(TEXTS, ref_date="2025-11-06")
    assert out.rows() == pandas_rows(expected)
    assert out.height == 9


def test_seed_articles_give_the_pandas_rows(seed_matcher):
    with open(SEEDS / "metadata.csv", encoding="utf-8") as f:
        published = {r["doc_id"]: r["published"] for r in csv.DictReader(f)}
    texts = [(SEEDS / f"{doc}.txt").read_text(encoding="utf-8") for doc in published]
    frame = pl.DataFrame({"text": texts, "published": list(published.values())})
    out = seed_matcher.extract(frame, ref_date="published")
    expected = seed_matcher.extract(frame.to_pandas(), ref_date="published")
    assert out.height > 250
    assert out.rows() == pandas_rows(expected)
    as_dates = frame.with_columns(pl.col("published").str.to_date())
    assert seed_matcher.extract(as_dates, ref_date="published").equals(out)


def test_offsets_agree_with_str_slice_on_astral_text():
    frame = articles().with_row_index("doc").with_columns(pl.col("doc").cast(pl.Int64))
    out = m.extract(frame, text="body", ref_date="published")
    joined = out.join(frame, on="doc").with_columns(
        sliced=pl.col("body").str.slice(pl.col("start"), pl.col("end") - pl.col("start"))
    )
    assert joined.height == out.height == 9
    assert joined["sliced"].to_list() == joined["text"].to_list()
    # After astral characters, code points, UTF-16 units and bytes all differ.
    first = out.row(1, named=True)
    assert (first["start"], first["text"]) == (10, "Pakistan")
    assert TEXTS[0][first["start"] : first["end"]] == "Pakistan"


def test_label_and_how_are_enums_and_entity_id_a_string():
    out = m.extract(pl.Series(["Qatar", "Hungary's Viktor Orbán came."]))
    labels, ids = m._column_categories()
    assert out.schema["label"] == pl.Enum(labels)
    assert out.schema["how"] == pl.Enum(["listed", "short form", "discovered", "parsed"])
    # Discovered people's ids vary by batch: a String, not an Enum of fixed ids.
    assert out.schema["entity_id"] == pl.String
    assert ids == ["person:asif", "place:pakistan", "place:qatar"]  # all, used or not
    assert out["entity_id"].to_list() == ["place:qatar", "person:viktor-orban"]


def test_results_of_one_matcher_concatenate():
    a = m.extract(pl.Series(["Qatar"]))
    b = m.extract(articles(), text="body")
    both = pl.concat([a, b])
    assert both.schema == a.schema == b.schema
    assert both.height == a.height + b.height
    assert both["entity_id"].to_list() == a["entity_id"].to_list() + b["entity_id"].to_list()
    empty = m.extract(pl.Series([], dtype=pl.String))
    assert pl.concat([empty, a]).schema == a.schema


def test_ref_date_column_of_dates_and_aware_datetimes():
    # 7 November in Tokyo, still 6 November in UTC
    at = pl.Series([dt.datetime(2025, 11, 7, 8, 0), None]).dt.replace_time_zone("Asia/Tokyo")
    frame = pl.DataFrame(
        {"text": ["Qatar today"] * 2, "at": at, "day": [dt.date(2025, 11, 7), None]}
    )
    for name in ("at", "day"):
        out = m.extract(frame, ref_date=name).filter(pl.col("label") == "DATE")
        assert out["value"].to_list() == ["2025-11-07", None], name
    pandas = m.extract(frame.to_pandas(), ref_date="at")  # a Timestamp's own calendar date
    assert m.extract(frame, ref_date="at").rows() == pandas_rows(pandas)


def test_nulls_and_a_column_of_nulls_give_no_rows():
    out = m.extract(pl.Series([None, "Qatar", None, "Pakistan"]))
    assert out["doc"].to_list() == [1, 3]
    nulls = pl.DataFrame({"text": [None, None]})
    assert nulls.schema["text"] == pl.Null
    empty = m.extract(nulls)
    assert empty.height == 0 and empty.columns == COLUMNS
    assert m.extract(pl.DataFrame({"text": []}, schema={"text": pl.String})).height == 0


def test_progress_chunks_give_the_same_frame():
    series = pl.Series(TEXTS * 100)  # several chunks of the progress bar
    out = m.extract(series, progress=True)
    assert out.equals(m.extract(series))
    assert out["doc"].max() == len(TEXTS) * 100 - 1


def test_extract_arrow_takes_polars_input():
    table = m.extract_arrow(articles(), text="body", ref_date="published")
    assert isinstance(table, pa.Table) and table.column_names == COLUMNS
    pandas = articles().to_pandas()  # a RangeIndex: its labels are the positions
    assert table.equals(m.extract_arrow(pandas, text="body", ref_date="published"))
    listed = m.extract_arrow(TEXTS, ref_date="2025-11-06")
    assert m.extract_arrow(pl.Series(TEXTS), ref_date="2025-11-06").equals(listed)
    assert (
        table.column("doc").to_pylist()
        == m.extract(articles(), text="body", ref_date="published")["doc"].to_list()
    )


def test_missing_columns_are_column_errors():
    with pytest.raises(
        gazet.ColumnNotFoundError, match=r"no column 'text'.*\['body', 'published'\]"
    ):
        m.extract(articles())
    with pytest.raises(KeyError, match="no column 'pub'"):
        m.extract(articles(), text="body", ref_date="pub")
    with pytest.raises(gazet.ColumnNotFoundError, match="no column 'text'"):
        m.extract_arrow(articles())


def test_non_text_input_is_a_type_error():
    with pytest.raises(gazet.ArgumentTypeError, match="column 'n' holds Int64, not text"):
        m.extract(pl.DataFrame({"n": [1, 2]}), text="n")
    with pytest.raises(TypeError, match=r"the Series holds Categorical.*, not text"):
        m.extract_arrow(pl.Series(["Qatar"], dtype=pl.Categorical))
    with pytest.raises(gazet.ArgumentTypeError, match="LazyFrame: collect"):
        m.extract(articles().lazy(), text="body")


def test_without_pyarrow_polars_input_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(gazet.MissingDependencyError, match=r"gazet\[polars\]"):
        m.extract(pl.Series(["Qatar"]))


def test_bad_reference_date_names_the_row():
    frame = pl.DataFrame({"text": ["Qatar", "Qatar"], "published": ["2025-11-06", "not a date"]})
    with pytest.raises(gazet.DateError, match=r"row 1: invalid reference date 'not a date'"):
        m.extract(frame, ref_date="published")
    numbers = pl.DataFrame({"text": ["Qatar"], "published": [20251106]})
    with pytest.raises(gazet.ArgumentTypeError, match="row 0: reference date must be"):
        m.extract(numbers, ref_date="published")


def test_errors_skip_warns_and_keeps_the_other_rows():
    frame = pl.DataFrame(
        {"text": ["Qatar", "Pakistan", "Qatar"], "published": ["2025-11-06", "bad", None]}
    )
    with pytest.warns(
        gazet.SkippedRowsWarning, match=r"skipped 1 of 3 rows \(row 1: .*'gazet.failures'"
    ):
        out = m.extract(frame, ref_date="published", errors="skip")
    assert out["doc"].to_list() == [0, 2]
    with pytest.warns(gazet.SkippedRowsWarning, match="skipped 1 of 3"):
        table = m.extract_arrow(frame, ref_date="published", errors="skip")
    failures = json.loads(table.schema.metadata[b"gazet.failures"])
    assert [(f["row"], f["doc"]) for f in failures] == [(1, 1)]
    assert failures[0]["error"].startswith("DateError: row 1: invalid reference date 'bad'")
    assert pl.from_arrow(table)["doc"].to_list() == [0, 2]


@pytest.mark.parametrize("blocked", [True, False])
def test_gazet_neither_needs_nor_imports_polars(blocked):
    code = (
        f"import sys; sys.modules['polars'] = None if {blocked} else sys.modules.get('polars')\n"
        "import gazet, pandas\n"
        "m = gazet.Matcher(gazet.Gazetteer.from_records([('PLACE', 'q', ['Qatar'], {})]))\n"
        "assert m.extract(pandas.Series(['Qatar']))['doc'].tolist() == [0]\n"
        "assert m.extract(pandas.DataFrame({'text': ['Qatar']}))['doc'].tolist() == [0]\n"
        "assert m.extract_arrow(['Qatar']).num_rows == 1\n"
        "assert sys.modules.get('polars') is None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
