"""Hypothesis properties over arbitrary Unicode text."""

from conftest import make_matcher
from hypothesis import given, settings
from hypothesis import strategies as st

m = make_matcher(
    ("PLACE", "tr", ["Türkiye"]),
    ("PLACE", "pk", ["Pakistan"]),
    ("X", "e", ["é", "ß"]),
    case="insensitive",
    context=False,
)

pieces = st.sampled_from(["Türkiye", "TURKİYE", "pakistan", "é", "e\u0301", "ß", "SS", " ", "\n", "’s", "-", "😀", "東"])
texts = st.lists(st.one_of(pieces, st.text(max_size=3)), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_every_span_slices_to_its_text(text):
    for x in m.find(text):
        assert 0 <= x.start < x.end <= len(text)
        assert text[x.start : x.end] == x.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(texts, st.none()), max_size=8))
def test_find_many_equals_find_per_text(rows):
    assert m.find_many(rows) == [[] if r is None else m.find(r) for r in rows]
