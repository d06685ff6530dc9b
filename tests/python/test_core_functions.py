"""The core's text rules as Python sees them: the one normalizer (the places build folds
with it), the one TIMEX reader, the one sentence splitter, with str offsets on non-ASCII
and astral text, and the folds the built-in places depend on."""

from __future__ import annotations

import pytest

import gazet
from gazet import _core


def test_normalize_name_is_the_matchers_folding():
    assert _core.normalize_name("  Türkiye’s\u00a0 Ðà Lạt ") == "turkiye's da lat"
    assert _core.normalize_name("Þórshöfn Straße", fold_case=False) == "Thorshofn Strasse"
    assert _core.normalize_name("Guinea–Bissau") == "guinea-bissau"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Talks were held in Da Lat on Monday.", "Da Lat"),
        ("Talks were held in Đà Lạt on Monday.", "Đà Lạt"),
        ("Talks were held in Ðà Lạt on Monday.", "Ðà Lạt"),
        ("Floods reached Dong Ha overnight.", "Dong Ha"),
        ("The ferry left Hafnarfjordur at dawn.", "Hafnarfjordur"),
        ("The ferry left Hafnarfjörður at dawn.", "Hafnarfjörður"),
    ],
)
def test_built_in_places_spelt_without_the_special_letters(text: str, place: str):
    # The built-in data spells these with Ð/ð (U+00D0/U+00F0); text writes Đ or plain d.
    found = [m for m in gazet.Matcher().find(text) if m.label == "PLACE"]
    assert [m.text for m in found] == [place]
    assert found[0].entity_id.startswith("geonames:")


@pytest.mark.parametrize(
    ("value", "period"),
    [
        ("2025-11-06", ("day", "2025-11-06", "2025-11-06")),
        ("2025-W45", ("week", "2025-11-03", "2025-11-09")),
        ("2025-W45-WE", ("weekend", "2025-11-08", "2025-11-09")),
        ("2024-02", ("month", "2024-02-01", "2024-02-29")),
        ("2025-Q4", ("quarter", "2025-10-01", "2025-12-31")),
        ("2025-WI", ("season", "2025-12-01", "2026-02-28")),
        ("2025", ("year", "2025-01-01", "2025-12-31")),
        ("199X", ("decade", "1990-01-01", "1999-12-31")),
        ("2025-10-25/2025-10-31", ("range", "2025-10-25", "2025-10-31")),
        ("PAST_REF", None),
        ("XXXX-10-11", None),
        ("2025-02-30", None),
        ("2025-11-06/2025-11-01", None),
    ],
)
def test_timex_period(value: str, period: tuple[str, str, str] | None):
    assert _core.timex_period(value) == period


def test_every_value_the_finder_writes_on_the_seeds_has_a_reader():
    # Whatever the date finder writes with a reference date, the reader understands it,
    # except the *_REF values, which name no period.
    m = gazet.Matcher()
    text = (
        "On Thursday, talks resumed; last weekend they broke down, next week they go on, "
        "in the spring of 2024 and in Q3 2025, between 25 and 31 October, in the 1990s."
    )
    values = [x.value for x in m.find(text, ref_date="2025-11-06") if x.label == "DATE"]
    assert len(values) >= 7, values
    for v in values:
        assert v is not None
        assert (_core.timex_period(v) is None) == v.endswith("_REF"), v


def test_sentence_spans_are_str_offsets():
    text = "𝐀 note: Gen. Munir met U.S. envoys. “It went well. Yes,” he said!\nNext line 🌍 here"
    spans = _core.sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "𝐀 note: Gen. Munir met U.S. envoys.",
        "“It went well. Yes,” he said!",
        "Next line 🌍 here",
    ]
    assert _core.sentence_spans("") == []


def test_invalid_reference_dates_raise_date_error():
    m = gazet.Matcher()
    with pytest.raises(gazet.DateError, match="2025-02-30") as caught:
        m.find("Talks on Friday.", ref_date="2025-02-30")
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, gazet.GazetError)


def test_wrong_text_types_and_surrogates_are_gazet_errors():
    m = gazet.Matcher()
    with pytest.raises(gazet.ArgumentTypeError, match="text must be str, got int"):
        m.find(3)  # type: ignore[arg-type]
    with pytest.raises(gazet.TextError, match="lone surrogate"):
        m.find("Kabul \ud800")
    with pytest.raises(gazet.ArgumentTypeError, match="row 1: expected str or None, got int"):
        m.find_many(["Kabul", 3])  # type: ignore[list-item]
    with pytest.raises(gazet.ArgumentError, match="ref_dates has 1 entries for 2 texts"):
        m.find_many(["Kabul", "Herat"], ref_dates=["2025-11-06"])
    with pytest.warns(gazet.SkippedRowsWarning):
        result = m.find_many(["Kabul", 3, "Herat \ud800"], errors="skip")  # type: ignore[list-item]
    assert [(f.row, type(f.error).__name__) for f in result.failures] == [
        (1, "ArgumentTypeError"),
        (2, "TextError"),
    ]
