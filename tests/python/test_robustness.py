"""The defaults on ordinary news never break: panics fail one row, never a batch;
categoricals are unique and fixed; errors="skip" keeps every other row."""

import warnings

import pandas as pd
import pyarrow as pa
import pytest

import gazet
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
    # A place that must be found after the tricky start, so the span check checks spans.
    text += " Talks were held in Kabul."
    found = defaults.find(text)
    assert "Kabul" in [m.text for m in found]
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
    for column in ("label", "how"):
        cats = list(a[column].cat.categories)
        assert len(cats) == len(set(cats)), column
        assert list(b[column].cat.categories) == cats
    assert list(a["label"].cat.categories) == sorted(a["label"].cat.categories)
    both = pd.concat([a, b], ignore_index=True)
    assert isinstance(both["label"].dtype, pd.CategoricalDtype)
    assert isinstance(both["how"].dtype, pd.CategoricalDtype)
    # Discovered people's ids vary by batch, so entity_id is a str column.
    assert isinstance(both["entity_id"].dtype, pd.StringDtype)
    assert {"DATE", "PERSON", "PLACE", "DEMONYM"} <= set(a["label"].cat.categories)
    ta = defaults.extract_arrow([COUNTRY_AND_DEMONYM]).to_pandas()
    assert ta["entity_id"].tolist() == a["entity_id"].tolist()


def test_one_id_under_two_labels_in_a_user_gazetteer():
    gz = gazet.Gazetteer()
    gz.add("ORG", "x:acme", "Acme")
    gz.add("PERSON", "x:acme", "Acme Smith")
    gz.add("PLACE", "x:acme", "Acmeville")
    m = gazet.Matcher(gz, dates=False)
    df = m.extract(["Acme Smith of Acme in Acmeville"])
    assert df["entity_id"].tolist() == ["x:acme"] * 3
    assert m.extract_arrow(["Acme"]).to_pandas()["entity_id"].tolist() == ["x:acme"]


def test_progress_chunks_share_the_categories(defaults):
    texts = [COUNTRY_AND_DEMONYM, "Kabul"] * 300  # more than one chunk
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tqdm may warn about the notebook widget
        df = defaults.extract(texts, progress=True)
    assert isinstance(df["entity_id"].dtype, pd.StringDtype)
    assert isinstance(df["how"].dtype, pd.CategoricalDtype)
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
    assert [(f.row, f.doc, type(f.error)) for f in found.failures] == [
        (1000, 1000, gazet.DocumentError)
    ]


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
        found = defaults.find_many(texts, ref_dates=refs, errors="skip")
    assert [len(ms) for ms in found] == [1, 0, 0, 0]
    assert [(f.row, type(f.error)) for f in found.failures] == [
        (1, gazet.TextError),
        (2, gazet.ArgumentTypeError),
        (3, gazet.DateError),
    ]
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
    assert issubclass(gazet.GazetteerError, ValueError) and issubclass(
        gazet.GazetteerError, gazet.GazetError
    )
    assert issubclass(gazet.SavedFileError, ValueError) and issubclass(
        gazet.DocumentError, gazet.InternalError
    )


def test_reference_dates_in_the_forms_feeds_use():
    m = gazet.Matcher(gazet.Gazetteer())
    value = lambda ref: [x.value for x in m.find("It rained yesterday.", ref_date=ref)]  # noqa: E731
    assert value("2025-02-11T10:00:00Z") == ["2025-02-10"]
    assert value("2025-02-11T23:30:00-05:00") == ["2025-02-10"]  # the date as written
    assert value(pd.Timestamp("2025-02-11 23:30", tz="Asia/Karachi")) == ["2025-02-10"]
    for missing in (None, pd.NaT, pd.NA, float("nan")):
        assert value(missing) == [None]
    assert [
        [x.value for x in ms]
        for ms in m.find_many(["yesterday"] * 2, ref_dates=[pd.NaT, "2025-02-11T01:00Z"])
    ] == [[None], ["2025-02-10"]]
    frame = pd.DataFrame(
        {"text": ["yesterday"] * 3, "p": [pd.NaT, pd.Timestamp("2025-02-11", tz="UTC"), None]}
    )
    assert m.extract(frame, ref_date="p")["value"].tolist()[1] == "2025-02-10"
    with pytest.raises(ValueError, match="invalid reference date"):
        value("2025-02-11T25:00")
    with pytest.raises(ValueError, match="row 1"):
        m.find_many(["a", "b"], ref_dates=["2025-02-11", "2025-02-30"])


def test_impossible_dates_and_far_years_have_no_value():
    m = gazet.Matcher(gazet.Gazetteer())
    found = m.find("Signed on February 29, 2023 and February 29, 2024.", ref_date="2025-01-01")
    assert [(x.text, x.value) for x in found] == [
        ("February 29, 2023", None),
        ("February 29, 2024", "2024-02-29"),
    ]
    for ref, text in [
        ("9999-12-31", "tomorrow"),
        ("9999-12-31", "next year"),
        ("9999-12-31", "next week"),
        ("0000-01-01", "last Monday"),
        ("0000-01-01", "yesterday"),
    ]:
        values = [x.value for x in m.find(text, ref_date=ref)]
        assert values == [None], (ref, text, values)
    assert [x.value for x in m.find("yesterday", ref_date="0001-01-01")] == ["0000-12-31"]


def test_thread_counts_are_validated_and_capped(monkeypatch):
    gz = gazet.Gazetteer()
    gz.add("PLACE", "pk", "Pakistan")
    cores = len(__import__("os").sched_getaffinity(0))
    for bad, error in [
        (0, ValueError),
        (-2, ValueError),
        (1.5, TypeError),
        ("2", TypeError),
        (True, TypeError),
    ]:
        with pytest.raises(error, match="threads"):
            gazet.Matcher(gz, threads=bad)
        with pytest.raises(error, match="threads"):
            gazet.Matcher(gz).find_many(["Pakistan"], threads=bad)
    assert gazet.Matcher(gz, threads=10_000)._threads == cores
    monkeypatch.setenv("GAZET_FORCE_THREADS", "1")
    assert gazet.Matcher(gz, threads=10_000)._threads == 256
    monkeypatch.delenv("GAZET_FORCE_THREADS")
    monkeypatch.setenv("GAZET_THREADS", "lots")
    with pytest.raises(ValueError, match="GAZET_THREADS must be a whole number"):
        gazet.Matcher(gz)
    monkeypatch.setenv("GAZET_THREADS", "0")
    with pytest.raises(ValueError, match="GAZET_THREADS must be at least 1"):
        gazet.Matcher(gz)
    monkeypatch.setenv("GAZET_THREADS", "64")
    m = gazet.Matcher(gz)
    assert m._threads == cores and m.find_many(["Pakistan"] * 10) == [m.find("Pakistan")] * 10


def test_a_character_that_expands_into_words_gives_one_match():
    gz = gazet.Gazetteer()
    gz.add("PERSON", "a", "الله")
    gz.add("PERSON", "b", "عليه")
    m = gazet.Matcher(gz, dates=False)
    text = "x \ufdfa y \ufdfa"
    found = m.find(text)
    assert [(x.start, x.end) for x in found] == [(2, 3), (6, 7)]
    assert len(m.extract([text])) == 2
