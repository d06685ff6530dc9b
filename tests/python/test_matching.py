"""Matching semantics: offsets, normalization, word boundaries, overlaps, case policy."""

import pytest
from conftest import make_matcher

PLACES = [
    ("PLACE", "tr", ["Türkiye", "Turkey"]),
    ("PLACE", "pk", ["Pakistan"]),
    ("PLACE", "qa", ["Qatar"]),
    ("PLACE", "ny", ["New York", "York"]),
    ("PLACE", "ist", ["Istanbul"]),
    ("PLACE", "jp", ["東京"]),
    ("PERSON", "asif", ["Khawaja Asif", "Khawaja Muhammad Asif"]),
]


@pytest.fixture(scope="module", params=["smart", "insensitive"])
def m(request):
    return make_matcher(*PLACES, case=request.param, dates=False, context=False)


def surfaces(m, text):
    found = m.find(text)
    for x in found:
        assert text[x.start : x.end] == x.text
    return [(x.text, x.entity_id) for x in found]


@pytest.mark.parametrize(
    "text",
    [
        "Çok güzel: Türkiye and Pakistan",
        "東京 and Pakistan 🌍 Qatar",
        "🇵🇰🇹🇷 Pakistan 𝒜 Türkiye 😀😀 Qatar",
        "e\u0301e\u0301 Türkiye Pakistan",
        "Pakistan",
    ],
)
def test_offsets_are_python_str_indices(m, text):
    found = m.find(text)
    assert found, text
    for x in found:
        assert text[x.start : x.end] == x.text
    assert [x.text for x in found][-1] == text.split()[-1]


def test_astral_offsets_exact(m):
    text = "😀 Pakistan 𝒜𝒜 Qatar"
    assert [(x.start, x.end) for x in m.find(text)] == [(2, 10), (14, 19)]


def test_diacritics_and_case_fold(m):
    assert surfaces(m, "Türkiye, Turkiye, TÜRKIYE, TURKIYE") == [
        ("Türkiye", "tr"),
        ("Turkiye", "tr"),
        ("TÜRKIYE", "tr"),
        ("TURKIYE", "tr"),
    ]


def test_decomposed_accents_match_and_keep_their_marks(m):
    text = "Tu\u0308rkiye!"
    assert surfaces(m, text) == [("Tu\u0308rkiye", "tr")]


def test_whitespace_runs_and_nbsp_inside_names(m):
    text = "Khawaja\n  Muhammad\u00a0Asif and Khawaja\tAsif"
    assert surfaces(m, text) == [
        ("Khawaja\n  Muhammad\u00a0Asif", "asif"),
        ("Khawaja\tAsif", "asif"),
    ]


def test_quotes_and_dashes_fold():
    m = make_matcher(
        ("PLACE", "ci", ["Côte d'Ivoire"]), ("PLACE", "gb", ["Guinea-Bissau"]), dates=False
    )
    assert [x.text for x in m.find("Côte d’Ivoire and Guinea–Bissau, Guinea—Bissau")] == [
        "Côte d’Ivoire",
        "Guinea–Bissau",
        "Guinea—Bissau",
    ]


def test_word_boundaries(m):
    text = "Pakistan’s Qatar-based Pakistani Yorkshire New Yorker Pakistan_x"
    assert surfaces(m, text) == [("Pakistan", "pk"), ("Qatar", "qa")]


def test_cjk_needs_word_boundaries(m):
    assert surfaces(m, "東京 東京都") == [("東京", "jp")]


def test_leftmost_longest(m):
    assert surfaces(m, "New York and York") == [("New York", "ny"), ("York", "ny")]


def test_longer_non_word_hit_does_not_hide_a_shorter_word_hit():
    m = make_matcher(("X", "a", ["the d"]), ("X", "b", ["deal"]), case="insensitive", dates=False)
    assert [x.text for x in m.find("The deal")] == ["deal"]


def test_all_caps_dateline(m):
    assert surfaces(m, "ISTANBUL: talks") == [("ISTANBUL", "ist")]


def test_smart_case_rejects_lower_case_text():
    entries = [("PLACE", "rdg", ["Reading"]), ("PLACE", "us", ["US", "U.S."])]
    smart = make_matcher(*entries, dates=False)
    assert [x.text for x in smart.find("reading us Reading US U.S. Us")] == [
        "Reading",
        "US",
        "U.S.",
    ]
    loose = make_matcher(*entries, case="insensitive", dates=False)
    assert len(loose.find("reading us Reading US U.S. Us")) == 6


def test_first_added_entity_wins_a_shared_name():
    m = make_matcher(("PLACE", "us-ga", ["Georgia"]), ("PLACE", "ge", ["Georgia"]), dates=False)
    assert m.find("Georgia")[0].entity_id == "us-ga"


def test_find_many_equals_find(m):
    texts = ["Pakistan and Qatar", "", "Türkiye", "nothing here"]
    found = m.find_many(texts)
    assert [len(ms) for ms in found] == [2, 0, 1, 0]
    assert found == [m.find(t) for t in texts]


def test_match_repr_and_equality(m):
    x = m.find("Qatar")[0]
    assert repr(x) == (
        "Match(start=0, end=5, text='Qatar', label='PLACE', entity_id='qa', value=None, "
        "how='listed')"
    )
    assert x == m.find("Qatar")[0]
    assert hash(x) == hash(m.find("Qatar")[0])
    with pytest.raises(AttributeError):
        x.start = 3


def test_dates_false_gives_no_dates():
    text = "On Thursday, 6 November 2025, in Istanbul"
    without = make_matcher(*PLACES, dates=False)
    assert [(x.text, x.label) for x in without.find(text)] == [("Istanbul", "PLACE")]
    with_dates = make_matcher(*PLACES, dates=True)
    assert [x.label for x in with_dates.find(text)] == ["DATE", "PLACE"]
