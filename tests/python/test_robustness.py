"""The defaults on ordinary news never break: panics fail one row, never a batch;
categoricals are unique and fixed; errors="skip" keeps every other row."""

import warnings

import gazet
import pandas as pd
import pyarrow as pa
import pytest
from gazet import _core

MARKER = "<<gazet-test-fault>>"


@pytest.fixture(scope="module")
def defaults():
    return gazet.Matcher()


@pytest.fixture
def fault():
    """Makes the core panic on any text holding MARKER while the test runs."""
    _core._inject_fault(MARKER)
    try:
        yield MARKER
    finally:
        _core._inject_fault(None)


# Text of the shapes that broke the defaults: a country with its demonym (one shared
# entity id), and a multi-byte character right before "<word>. <place>".
COUNTRY_AND_DEMONYM = "Pakistani troops entered Pakistan."
BEFORE_ABBREVIATION = [
    "“Yes. Pakistan is ready,” he said.",
    "He said “Gen. Lahore was calm",
    "He said\u00a0Gen. Lahore",
    "Wait… Gen. Lahore",
    "Troops—Gen. Lahore",
    "«Gen. Lahore",
    "🙂Dr. Lahore",
]


@pytest.mark.parametrize("text", BEFORE_ABBREVIATION)
def test_multibyte_character_before_an_abbreviation(defaults, text):
    found = defaults.find(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    assert defaults.find_many([text]) == [found]


def test_country_and_demonym_in_one_batch(defaults):
    df = defaults.extract([COUNTRY_AND_DEMONYM])
    assert list(df["label"]) == ["DEMONYM", "PLACE"]
    assert df["entity_id"].iloc[0] == df["entity_id"].iloc[1]
    table = defaults.extract_arrow([COUNTRY_AND_DEMONYM])
    assert table.to_pandas()["entity_id"].tolist() == df["entity_id"].tolist()


def test_categories_are_unique_sorted_and_fixed(defaults):
    a = defaults.extract([COUNTRY_AND_DEMONYM])
    b = defaults.extract(["Talks in Istanbul on Friday; Kabul said no."], ref_date="2025-11-07")
    for column in ("label", "entity_id"):
        cats = list(a[column].cat.categories)
        assert cats == sorted(set(cats)), column
        assert list(b[column].cat.categories) == cats
    both = pd.concat([a, b], ignore_index=True)
    assert isinstance(both["label"].dtype, pd.CategoricalDtype)
    assert isinstance(both["entity_id"].dtype, pd.CategoricalDtype)
    assert {"DATE", "PERSON", "PLACE", "DEMONYM"} <= set(a["label"].cat.categories)
    ta = defaults.extract_arrow([COUNTRY_AND_DEMONYM]).to_pandas()
    assert list(ta["entity_id"].cat.categories) == list(a["entity_id"].cat.categories)


def test_one_id_under_two_labels_in_a_user_gazetteer():
    gz = gazet.Gazetteer()
    gz.add("ORG", "x:acme", "Acme")
    gz.add("PERSON", "x:acme", "Acme Smith")
    gz.add("PLACE", "x:acme", "Acmeville")
    m = gazet.Matcher(gz, dates=False)
    df = m.extract(["Acme Smith of Acme in Acmeville"])
    assert df["entity_id"].tolist() == ["x:acme"] * 3
    assert list(df["entity_id"].cat.categories) == ["x:acme"]
    assert m.extract_arrow(["Acme"]).to_pandas()["entity_id"].tolist() == ["x:acme"]


def test_progress_chunks_share_the_categories(defaults):
    texts = [COUNTRY_AND_DEMONYM, "Kabul"] * 300  # more than one chunk
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tqdm may warn about the notebook widget
        df = defaults.extract(texts, progress=True)
    assert isinstance(df["entity_id"].dtype, pd.CategoricalDtype)
    assert len(df) == 900


def test_a_panic_is_an_ordinary_exception(defaults, fault):
    with pytest.raises(gazet.InternalError, match="bug in gazet") as info:
        defaults.find(f"Pakistan {fault}")
    assert isinstance(info.value, Exception) and isinstance(info.value, gazet.GazetError)


def test_a_panic_sinks_no_batch(defaults, fault):
    texts = ["Pakistan"] * 1000 + [f"Kabul {fault}"] + ["Kabul"]
    with pytest.raises(gazet.DocumentError, match="row 1000: internal error") as info:
        defaults.find_many(texts)
    assert (info.value.row, info.value.doc) == (1000, 1000)
    with pytest.warns(gazet.SkippedRowsWarning, match="skipped 1 of 1002 rows"):
        found = defaults.find_many(texts, errors="skip")
    assert len(found) == 1002 and found[1000] == [] and all(len(ms) == 1 for ms in found[:1000])
    assert [m.text for m in found[1001]] == ["Kabul"]
    assert [(f.row, f.doc, type(f.error)) for f in found.failures] == [(1000, 1000, gazet.DocumentError)]


def test_skip_through_frames_names_the_index_label(defaults, fault):
    data = pd.DataFrame(
        {"text": ["Pakistan", f"Kabul {fault}", "Kabul", 7], "published": ["2025-11-06"] * 4},
        index=["a", "b", "c", "d"],
    )
    with pytest.raises(TypeError, match="row 3: expected str or None, got int"):
        defaults.extract(data, ref_date="published")  # unreadable rows raise before any work
    with pytest.raises(gazet.DocumentError, match=r"row 1 \(index 'b'\)") as info:
        defaults.extract(data[:3], ref_date="published")
    assert info.value.doc == "b"
    with pytest.warns(gazet.SkippedRowsWarning, match="skipped 2 of 4 rows"):
        df = defaults.extract(data, ref_date="published", errors="skip")
    assert df["doc"].tolist() == ["a", "c"]
    assert [(f.row, f.doc) for f in df.attrs["failures"]] == [(1, "b"), (3, "d")]
    assert isinstance(df.attrs["failures"][1].error, TypeError)
    with pytest.warns(gazet.SkippedRowsWarning):
        table = defaults.extract_arrow(data, ref_date="published", errors="skip")
    assert table.column("doc").to_pylist() == ["a", "c"]
    assert b"gazet.failures" in table.schema.metadata
    assert isinstance(table, pa.Table)


def test_skip_covers_unreadable_rows_and_bad_dates(defaults):
    texts = ["Pakistan", "bad \ud800", 3, "Kabul"]
    refs = ["2025-11-06", None, None, "2025-02-30"]
    with pytest.warns(gazet.SkippedRowsWarning, match="skipped 3 of 4"):
        found = defaults.find_many(texts, refs, errors="skip")
    assert [len(ms) for ms in found] == [1, 0, 0, 0]
    assert [(f.row, type(f.error)) for f in found.failures] == [(1, ValueError), (2, TypeError), (3, ValueError)]
    with pytest.raises(ValueError, match="errors must be"):
        defaults.find_many(texts, errors="ignore")


def test_no_failures_no_warning(defaults):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = defaults.find_many(["Pakistan"], errors="skip")
        df = defaults.extract(["Pakistan"], errors="skip")
    assert found.failures == [] and df.attrs["failures"] == []


def test_build_time_errors_are_gazet_errors():
    gz = gazet.Gazetteer()
    gz.add("PLACE", "x", "X")
    with pytest.raises(gazet.GazetteerError):
        gz.add("PLACE", "", "Y")
    assert issubclass(gazet.GazetteerError, ValueError) and issubclass(gazet.GazetteerError, gazet.GazetError)
    assert issubclass(gazet.SavedFileError, ValueError) and issubclass(gazet.DocumentError, gazet.InternalError)
