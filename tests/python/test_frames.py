"""extract(): DataFrame output, index labels, missing rows, reference dates."""

import math

import pandas as pd
import pytest
from conftest import COLUMNS, make_matcher

m = make_matcher(("PLACE", "pk", ["Pakistan"]), ("PLACE", "qa", ["Qatar"]), dates=False)


def test_list_input_uses_positions():
    df = m.extract(["Pakistan", "Qatar and Pakistan"])
    assert list(df.columns) == COLUMNS
    assert df["doc"].tolist() == [0, 1, 1]
    assert df["entity_id"].tolist() == ["pk", "qa", "pk"]
    assert df["start"].tolist() == [0, 0, 10]


def test_missing_rows_give_nothing_and_do_not_shift_others():
    s = pd.Series(
        ["Qatar", None, math.nan, pd.NA, "x Pakistan"],
        index=["a", "b", "c", "d", "e"],
        dtype=object,
    )
    df = m.extract(s)
    assert df["doc"].tolist() == ["a", "e"]
    assert df["text"].tolist() == ["Qatar", "Pakistan"]
    assert df["start"].tolist() == [0, 2]


def test_dataframe_keeps_index_labels_and_does_not_change_input():
    frame = pd.DataFrame({"body": ["Qatar", "Pakistan"], "n": [1, 2]}, index=[10, 20])
    before = frame.copy()
    df = m.extract(frame, text="body")
    assert df["doc"].tolist() == [10, 20]
    pd.testing.assert_frame_equal(frame, before)


def test_missing_text_column_is_a_clear_error():
    with pytest.raises(KeyError, match=r"no column 'text'.*body"):
        m.extract(pd.DataFrame({"body": ["Qatar"]}))


def test_empty_result_has_the_columns():
    df = m.extract(["nothing"])
    assert list(df.columns) == COLUMNS and len(df) == 0


def test_ref_date_column_and_bad_value():
    frame = pd.DataFrame({"text": ["Qatar", "Qatar"], "published": ["2025-11-06", "not a date"]})
    with pytest.raises(ValueError, match=r"row 1.*not a date"):
        m.extract(frame, ref_date="published")
    frame["published"] = pd.to_datetime(["2025-11-06", None])
    assert len(m.extract(frame, ref_date="published")) == 2
    with pytest.raises(KeyError, match="no column 'pub'"):
        m.extract(frame, ref_date="pub")


def test_non_str_row_names_the_row():
    with pytest.raises(TypeError, match="row 1: expected str or None, got bytes"):
        m.extract(pd.Series(["Qatar", b"Qatar"]))


def test_extract_equals_find_many_on_non_ascii_text():
    texts = ["😀 Qatar 𝒜 Pakistan’s", "Çok: Qatar", None, "Pakistan"]
    df = m.extract(texts)
    expected = [
        (i, x.start, x.end, x.text, x.label, x.entity_id)
        for i, ms in enumerate(m.find_many(texts))
        for x in ms
    ]
    got = list(
        df[["doc", "start", "end", "text", "label", "entity_id"]].itertuples(index=False, name=None)
    )
    assert got == expected
    for doc, start, end, text in df[["doc", "start", "end", "text"]].itertuples(index=False):
        assert texts[doc][start:end] == text


def test_extract_without_pyarrow_gives_the_same_frame(monkeypatch):
    import sys

    texts = ["😀 Qatar 𝒜 Pakistan’s", "Çok: Qatar"]
    with_arrow = m.extract(texts)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    pd.testing.assert_frame_equal(m.extract(texts), with_arrow)


def test_extract_with_progress_gives_the_same_frame():
    texts = ["Qatar and Pakistan", None, "Pakistan"] * 200
    plain = m.extract(texts)
    shown = m.extract(texts, progress=True)
    pd.testing.assert_frame_equal(shown, plain, check_categorical=False)


def test_extract_arrow_matches_extract():
    import pyarrow as pa

    texts = ["😀 Qatar 𝒜 Pakistan’s", None, "Çok: Qatar"]
    table = m.extract_arrow(texts)
    assert isinstance(table, pa.Table) and hasattr(table, "__arrow_c_stream__")
    assert table.column_names == COLUMNS
    frame = m.extract(texts)
    assert table.column("doc").to_pylist() == frame["doc"].tolist()
    assert table.column("text").to_pylist() == frame["text"].tolist()
    assert table.column("entity_id").to_pylist() == frame["entity_id"].astype(object).tolist()
    assert table.column("value").to_pylist() == [None] * len(frame)
    labelled = m.extract_arrow(pd.Series(["Qatar", "Pakistan"], index=["a", "b"]))
    assert labelled.column("doc").to_pylist() == ["a", "b"]
    assert m.extract_arrow([]).num_rows == 0


def test_progress_chunks_name_the_callers_row():
    with pytest.raises(TypeError, match="row 300: expected str or None, got int"):
        m.extract(["Qatar"] * 300 + [5], progress=True)
    frame = pd.DataFrame({"text": ["Qatar"] * 301, "published": ["2025-11-06"] * 300 + ["bad"]})
    with pytest.raises(ValueError, match=r"^row 300: invalid reference date"):
        m.extract(frame, ref_date="published", progress=True)


def test_dataframe_subclasses_are_frames():
    class Articles(pd.DataFrame):
        pass

    df = m.extract(Articles({"text": ["Qatar"]}, index=["q"]))
    assert df["doc"].tolist() == ["q"]
