"""gazet.display (highlighted HTML, frames, sentences) and gazet.plots (on matplotlib's Agg)."""

from __future__ import annotations

import datetime as dt
import importlib
import os
from html.parser import HTMLParser
from types import ModuleType

import pandas as pd
import pytest
from conftest import make_matcher

import gazet
from gazet import display


def _need(module: str) -> ModuleType:
    """Import an optional test dependency: skip without it, but fail in CI (CI=true)."""
    if os.environ.get("CI") == "true":
        return importlib.import_module(module)
    return pytest.importorskip(module)


class Marks(HTMLParser):
    """Reads render()'s output back: the marks (label, title, surface text) and the plain
    text (everything but the label tags)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str]] = []
        self.plain: list[str] = []
        self._in_mark = False
        self._in_tag = False
        self._in_text = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "div" and "gazet-text" in (a.get("class") or ""):
            self._in_text = True
        elif tag == "mark":
            self._in_mark = True
            self.marks.append(
                {"label": a["data-label"] or "", "title": a["title"] or "", "text": "", "tag": ""}
            )
        elif tag == "span" and a.get("class") == "gazet-label":
            self._in_tag = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark = False
        elif tag == "span":
            self._in_tag = False
        elif tag == "div":
            self._in_text = False

    def handle_data(self, data: str) -> None:
        if self._in_tag:
            self.marks[-1]["tag"] += data
        elif self._in_text:
            self.plain.append(data)
            if self._in_mark:
                self.marks[-1]["text"] += data


m = make_matcher(
    ("PERSON", "person:khawaja_asif", ["Khawaja Asif"]),
    ("PLACE", "place:turkiye", ["Türkiye"]),
    ("PLACE", "place:tokyo", ["東京"]),
    ("ORG", "org:ttp", ["TTP"]),
)


def test_render_escapes_html_and_keeps_text():
    text = "<script>alert('x')</script> & \"Khawaja Asif\" <b>said</b>"
    found = m.find(text)
    html = display.render(text, found)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    parsed = Marks(html)
    assert "".join(parsed.plain) == text
    assert [x["text"] for x in parsed.marks] == ["Khawaja Asif"]


def test_every_match_is_a_mark_with_its_label_and_title():
    text = "Khawaja Asif met the TTP in Türkiye on October 11, 2025."
    found = m.find(text, ref_date="2025-11-06")
    assert [x.label for x in found] == ["PERSON", "ORG", "PLACE", "DATE"]
    parsed = Marks(display.render(text, found))
    assert len(parsed.marks) == len(found)
    for mark, match in zip(parsed.marks, found, strict=True):
        assert mark["text"] == match.text
        assert mark["label"] == match.label
        assert mark["tag"] == match.label
    assert parsed.marks[0]["title"] == "person:khawaja_asif \u00b7 \u2013"
    assert parsed.marks[2]["title"] == "place:turkiye \u00b7 \u2013"
    assert parsed.marks[3]["title"] == "\u2013 \u00b7 2025-10-11"


def test_offsets_are_right_with_non_ascii_and_emoji():
    text = "🇵🇰🤝 Türkiye: 東京 👀 Khawaja Asif — “TTP” 😀\nİstanbul Türkiye"
    found = m.find(text)
    assert [x.text for x in found] == ["Türkiye", "東京", "Khawaja Asif", "TTP", "Türkiye"]
    html = display.render(text, found)
    parsed = Marks(html)
    assert [x["text"] for x in parsed.marks] == [x.text for x in found]
    assert "".join(parsed.plain) == text  # nothing shifted, nothing lost
    assert "\n" in html and "white-space:pre-wrap" in html


def test_newlines_are_kept():
    text = "Khawaja Asif\n\nTTP"
    parsed = Marks(display.render(text, m.find(text)))
    assert "".join(parsed.plain) == text


def test_wrong_offsets_raise():
    with pytest.raises(ValueError, match="outside the text"):
        display.render("short", [gazet.Match(0, 40, "x", "PLACE", "p", None)])
    with pytest.raises(ValueError, match="says 'Qatar'"):
        display.render("Doha, Qatar", [gazet.Match(0, 5, "Qatar", "PLACE", "p", None)])
    with pytest.raises(TypeError):
        display.render(None, [])  # type: ignore[arg-type]


def test_overlapping_matches_keep_the_first_longest():
    text = "Khawaja Asif"
    spans = [
        gazet.Match(8, 12, "Asif", "PERSON", "b", None),
        gazet.Match(0, 12, "Khawaja Asif", "PERSON", "a", None),
        gazet.Match(0, 7, "Khawaja", "PERSON", "c", None),
    ]
    parsed = Marks(display.render(text, spans))
    assert [(x["text"], x["title"]) for x in parsed.marks] == [("Khawaja Asif", "a \u00b7 \u2013")]


def test_title_and_labels_are_escaped():
    text = "Khawaja Asif"
    html = display.render(
        text, [gazet.Match(0, 12, text, 'P<"x">', 'id"&<', "v>")], title="<h1>T</h1>"
    )
    assert "<h1>" not in html and "&lt;h1&gt;T&lt;/h1&gt;" in html
    parsed = Marks(html)
    assert parsed.marks[0]["label"] == 'P<"x">'
    assert parsed.marks[0]["title"] == 'id"&< \u00b7 v>'


def test_dataframe_input_gives_the_same_html():
    text = "Khawaja Asif in Türkiye, then Türkiye again."
    frame = m.extract([text])
    assert display.render(text, frame) == display.render(text, m.find(text))


def test_highlighted_displays_in_notebooks():
    text = "Khawaja Asif"
    h = display.highlight(text, m.find(text), title="One")
    assert h._repr_html_() == display.render(text, m.find(text), title="One")
    assert repr(h) == "<Highlighted 12 characters, 1 matches>"


def test_colours_are_distinct_and_accessible():
    labels = ["PERSON", "PLACE", "ORG", "DATE"]
    colours = [display.colour(label) for label in labels]
    assert len(set(colours)) == len(labels)
    for c in list(display.COLOURS.values()) + display._EXTRA + [display.colour("EVENT")]:
        assert display.contrast_ratio(display.TEXT_COLOUR, c) >= 4.5  # WCAG AA, normal text
    assert display.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert display.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_matches_frame():
    text = "Khawaja Asif on 6 November 2025"
    frame = display.matches_frame(m.find(text, ref_date="2025-11-06"))
    assert list(frame.columns) == ["start", "end", "text", "label", "entity_id", "value"]
    assert frame["text"].tolist() == ["Khawaja Asif", "6 November 2025"]
    assert frame["value"].tolist()[1] == "2025-11-06"
    assert str(frame["start"].dtype) == "int64"
    assert len(display.matches_frame([])) == 0


def test_sentences():
    text = (
        "Lt. Gen. Ahmed Sharif spoke in the U.S. on Oct. 5. He said: “It failed. We left.” "
        "Then they met!\nHeadline without a stop\n\nLast one?"
    )
    got = [text[a:b] for a, b in display.sentences(text)]
    assert got == [
        "Lt. Gen. Ahmed Sharif spoke in the U.S. on Oct. 5.",
        "He said: “It failed. We left.”",
        "Then they met!",
        "Headline without a stop",
        "Last one?",
    ]
    assert display.sentences("") == []
    assert display.sentences(text) == gazet._core.sentence_spans(text)  # the core's splitter
    with pytest.raises(gazet.ArgumentTypeError):
        display.sentences(None)  # type: ignore[arg-type]


def test_add_sentences():
    texts = {"a": "Khawaja Asif spoke. The TTP did not.", "b": "TTP"}
    frame = m.extract(pd.Series(texts))
    out = display.add_sentences(frame, texts)
    assert out["sentence"].tolist() == [0, 1, 0]
    assert out["sentence_text"].tolist() == ["Khawaja Asif spoke.", "The TTP did not.", "TTP"]
    assert "sentence" not in frame.columns


# ----------------------------------------------------------------------------- plots


@pytest.fixture()
def plt():
    mpl = _need("matplotlib")
    mpl.use("Agg", force=True)
    import matplotlib.pyplot as pyplot

    yield pyplot
    pyplot.close("all")


def _frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        rows,
        columns=[
            "doc",
            "outlet",
            "published",
            "label",
            "text",
            "entity_id",
            "value",
            "start",
            "end",
        ],
    )


DATES = _frame(
    [
        ("d1", "A", "2025-11-06", "DATE", "October 11", None, "2025-10-11", 0, 10),
        ("d1", "A", "2025-11-06", "DATE", "Oct 11", None, "2025-10-11", 20, 26),  # same day again
        (
            "d1",
            "A",
            "2025-11-06",
            "DATE",
            "October 25 to 31",
            None,
            "2025-10-25/2025-10-31",
            30,
            46,
        ),
        ("d1", "A", "2025-11-06", "DATE", "now", None, "PRESENT_REF", 50, 53),
        ("d1", "A", "2025-11-06", "DATE", "2021", None, "2021", 60, 64),  # a year: left out
        ("d2", "B", "2025-10-31", "DATE", "October 12", None, "2025-10-12", 0, 10),
        ("d2", "B", "2025-10-31", "DATE", "last month", None, "2025-09", 12, 22),
        ("d2", "B", "2025-10-31", "DATE", "this week", None, "2025-W44", 30, 39),
        ("d2", "B", "2025-10-31", "DATE", "Thursday", None, None, 40, 48),  # unresolved
        ("d2", "B", "2025-10-31", "PLACE", "Doha", "place:doha", None, 50, 54),
    ]
)


def test_period():
    from gazet.plots import period, period_kind

    d = dt.date
    assert period("2025-10-11") == (d(2025, 10, 11), d(2025, 10, 11))
    assert period("2025-02") == (d(2025, 2, 1), d(2025, 2, 28))
    assert period("2025-W01") == (d(2024, 12, 30), d(2025, 1, 5))
    assert period("2025-10-25/2025-10-31") == (d(2025, 10, 25), d(2025, 10, 31))
    assert period("2019/2021") == (d(2019, 1, 1), d(2021, 12, 31))
    assert period("2025-Q4") == (d(2025, 10, 1), d(2025, 12, 31))
    assert period("2024-WI") == (d(2024, 12, 1), d(2025, 2, 28))
    assert period("199X") == (d(1990, 1, 1), d(1999, 12, 31))
    for nothing in [
        None,
        float("nan"),
        "PRESENT_REF",
        "PAST_REF",
        "XXXX-10-11",
        "2025-02-30",
        "2025-W60",
        "junk",
    ]:
        assert period(nothing) is None
        assert period_kind(nothing) is None
    assert [
        period_kind(v)
        for v in ["2025-10-11", "2025-W44", "2025-09", "2021", "2025-10-25/2025-10-31"]
    ] == ["day", "week", "month", "year", "range"]


def test_weekend_values_have_their_period():
    # The core writes 2025-W45-WE for "this weekend"; plots read it with the core's reader.
    from gazet.plots import period, period_kind

    m = gazet.Matcher(gazet.Gazetteer())
    [found] = m.find("They meet this weekend.", ref_date="2025-11-06")
    assert found.value == "2025-W45-WE"
    assert period_kind(found.value) == "weekend"
    assert period(found.value) == (dt.date(2025, 11, 8), dt.date(2025, 11, 9))
    assert period("2025-W45-WE/2025-W46") == (dt.date(2025, 11, 8), dt.date(2025, 11, 16))


def test_timeline_draws_weekends(plt):
    from gazet import plots

    weekend = _frame(
        [("d3", "C", "2025-11-06", "DATE", "this weekend", None, "2025-W45-WE", 0, 12)]
    )
    ax = plots.timeline(pd.concat([DATES, weekend]), by="outlet")
    assert sorted(round(p.get_width()) for p in ax.patches) == [2, 7, 7, 30]
    assert "weekend" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_timeline_dates_are_checked_as_reference_dates(plt):
    from gazet import plots

    with pytest.raises(gazet.DateError, match=r"^start: invalid date '2025-13-01'"):
        plots.timeline(DATES, start="2025-13-01")
    bad = DATES.assign(published=["2025-11-06"] * 9 + ["6 Nov"])
    with pytest.raises(gazet.DateError, match=r"^row 9: invalid published date '6 Nov'"):
        plots.timeline(bad)
    timestamps = DATES.assign(published=pd.to_datetime(DATES["published"]))
    ax = plots.timeline(timestamps, start=dt.date(2021, 1, 1))
    assert len(next(c for c in ax.collections if c.get_gid() == "published").get_offsets()) == 2


def test_timeline_marks_days_and_bars(plt):
    from gazet import plots

    ax = plots.timeline(DATES, by="outlet")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B"]
    days = next(c for c in ax.collections if c.get_gid() == "days")
    assert len(days.get_offsets()) == 2  # Oct 11 (twice, one dot) in A, Oct 12 in B
    sizes = sorted(days.get_sizes())
    assert sizes[0] < sizes[1]  # the day mentioned twice is bigger
    assert len(ax.patches) == 3  # A: the range; B: the month and the week
    widths = sorted(round(p.get_width()) for p in ax.patches)
    assert widths == [7, 7, 30]  # Oct 25-31, ISO week 44, September
    published = next(c for c in ax.collections if c.get_gid() == "published")
    assert len(published.get_offsets()) == 2
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "day",
        "range",
        "week",
        "month",
        "published",
    ]


def test_timeline_options(plt):
    from gazet import plots

    ax = plots.timeline(
        DATES, by="doc", kinds=("day", "year"), start="2021-01-01", end="2025-10-11", published=None
    )
    assert [t.get_text() for t in ax.get_yticklabels()] == ["d1", "d2"]
    days = next(c for c in ax.collections if c.get_gid() == "days")
    assert len(days.get_offsets()) == 1  # Oct 12 is after `end`
    assert len(ax.patches) == 1  # the year 2021
    assert not any(c.get_gid() == "published" for c in ax.collections)
    with pytest.raises(KeyError, match="outlet"):
        plots.timeline(DATES.drop(columns="outlet"))


ENTITIES = _frame(
    [
        ("d1", "A", None, "PLACE", "Doha", "place:doha", None, 0, 4),
        ("d1", "A", None, "PLACE", "DOHA", "place:doha", None, 5, 9),
        ("d1", "A", None, "PLACE", "Doha", "place:doha", None, 10, 14),
        ("d1", "A", None, "PERSON", "Khawaja Asif", "person:asif", None, 20, 32),
        ("d2", "B", None, "PERSON", "Asif", "person:asif", None, 0, 4),
        ("d2", "B", None, "PLACE", "Doha", "place:doha", None, 10, 14),
        ("d2", "B", None, "PLACE", "Kabul", "place:kabul", None, 20, 25),
        ("d2", "B", None, "DATE", "today", None, "2025-11-06", 30, 35),
        ("d3", "C", None, "ORG", "TTP", "org:ttp", None, 0, 3),
    ]
)


def test_frequency_stacks_by_outlet(plt):
    from gazet import plots

    ax = plots.frequency(ENTITIES, by="outlet")
    # most mentioned first, ties by entity_id; named by the form written most often (first on ties)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Doha", "Khawaja Asif", "TTP", "Kabul"]
    assert len(ax.containers) == 3  # A, B, C
    a, b, c = ([p.get_width() for p in bars] for bars in ax.containers)
    assert a == [3, 1, 0, 0] and b == [1, 1, 0, 1] and c == [0, 0, 1, 0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["A", "B", "C"]


def test_frequency_label_top_and_dates(plt):
    from gazet import plots

    ax = plots.frequency(ENTITIES, label="PLACE", top=1, names={"place:doha": "Doha (Qatar)"})
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Doha (Qatar)"]
    assert len(ax.containers) == 2  # C names no place
    ax = plots.frequency(ENTITIES, label="DATE")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["2025-11-06"]


CO = _frame(
    [
        ("d1", "A", None, "PERSON", "Asif", "person:asif", None, 0, 4),
        ("d1", "A", None, "PLACE", "Doha", "place:doha", None, 10, 14),
        ("d1", "A", None, "PLACE", "Kabul", "place:kabul", None, 30, 35),
        ("d2", "B", None, "PERSON", "Asif", "person:asif", None, 0, 4),
        ("d2", "B", None, "PLACE", "Doha", "place:doha", None, 10, 14),
        ("d2", "B", None, "ORG", "TTP", "org:ttp", None, 16, 19),
        ("d2", "B", None, "PERSON", "Munir", "person:munir", None, 40, 45),
    ]
)
CO_TEXTS = {
    "d1": "Asif said Doha. And Kabul.",
    "d2": "Asif said Doha; TTP ... well. Then Munir spoke.",
}


def test_cooccurrence_graph_by_sentence_and_document():
    _need("networkx")
    from gazet import plots

    g = plots.cooccurrence_graph(CO, texts=CO_TEXTS)
    assert g.graph["within"] == "sentence"
    assert {tuple(sorted(e)): d["weight"] for e, d in g.edges.items()} == {
        ("person:asif", "place:doha"): 2
    }
    assert g.nodes["person:asif"] == {"label": "PERSON", "name": "Asif", "mentions": 2}
    d = plots.cooccurrence_graph(CO, within="document")
    assert {tuple(sorted(e)): w["weight"] for e, w in d.edges.items()} == {
        ("person:asif", "place:doha"): 2,
        ("person:asif", "place:kabul"): 1,
        ("place:doha", "place:kabul"): 1,
        ("person:asif", "person:munir"): 1,
        ("person:munir", "place:doha"): 1,
    }
    assert set(plots.cooccurrence_graph(CO, within="document", min_count=2).edges) in (
        {("person:asif", "place:doha")},
        {("place:doha", "person:asif")},
    )
    with pytest.raises(ValueError, match="add_sentences"):
        plots.cooccurrence_graph(CO)
    with pytest.raises(ValueError, match="within"):
        plots.cooccurrence_graph(CO, within="paragraph")


def test_cooccurrence_draws_nodes_edges_and_labels(plt):
    _need("networkx")
    from gazet import plots

    ax = plots.cooccurrence(CO, within="document", labels=("PERSON", "PLACE"))
    nodes = next(c for c in ax.collections if c.get_gid() == "nodes")
    edges = next(c for c in ax.collections if c.get_gid() == "edges")
    assert len(nodes.get_offsets()) == 4
    assert len(edges.get_segments()) == 5
    assert sorted(t.get_text() for t in ax.texts) == ["Asif", "Doha", "Kabul", "Munir"]
    assert "same document" in ax.get_title()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["PERSON", "PLACE"]
    with_sentences = display.add_sentences(CO, CO_TEXTS)
    ax = plots.cooccurrence(with_sentences)
    assert "same sentence" in ax.get_title()
    assert len(next(c for c in ax.collections if c.get_gid() == "nodes").get_offsets()) == 2


def test_find_returns_a_list_that_notebooks_show_as_a_table():
    import gazet

    gz = gazet.Gazetteer()
    gz.add("PLACE", "place:doha", "Doha")
    m = gazet.Matcher(gz)
    found = m.find("Talks <b>in</b> Doha on 19 October 2025.", ref_date="2025-10-20")
    assert isinstance(found, list) and len(found) == 2
    html = found._repr_html_()
    assert html.count("<mark") == 2 and 'data-label="PLACE"' in html and 'data-label="DATE"' in html
    assert "place:doha" in html and "2025-10-19" in html and "2 matches" in html
    assert all(
        isinstance(ms, list) and hasattr(ms, "_repr_html_") for ms in m.find_many(["Doha", "x"])
    )
