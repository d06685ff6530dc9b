"""Show matches: highlighted HTML (like displaCy, without spaCy) and small frame helpers.

>>> from gazet import Match
>>> html = render("Khawaja Asif <b>", [Match(0, 12, "Khawaja Asif", "PERSON", "person:khawaja_asif", None)])
>>> "<mark" in html and "&lt;b&gt;" in html
True

Dependency-free: pandas is imported only by :func:`matches_frame`.
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _core
from ._dependencies import need
from ._values import text_or_none
from .errors import ArgumentError, ArgumentTypeError, ColumnNotFoundError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COLOURS",
    "TEXT_COLOUR",
    "Highlighted",
    "add_sentences",
    "colour",
    "contrast_ratio",
    "highlight",
    "matches_frame",
    "matches_html",
    "render",
    "sentences",
]

# Background colour per label. Every one gives text in TEXT_COLOUR a contrast ratio of at
# least 7:1 (WCAG AAA; AA asks 4.5:1), and they differ in hue so the labels stay apart.
TEXT_COLOUR = "#111111"
COLOURS: dict[str, str] = {
    "PERSON": "#d7c8ff",  # lavender
    "PLACE": "#ffd58a",  # amber
    "ORG": "#9fe6e6",  # teal
    "DATE": "#bfe8b4",  # green
}
# Further labels take one of these (all AAA on TEXT_COLOUR too), chosen from the label.
_EXTRA = ["#ffc2c2", "#c6dcff", "#f2d4b6", "#e0e0e0", "#f5c6ef", "#d9f0a3"]

_MISSING = "\u2013"  # what the title shows for a missing entity_id or value


class _Span(NamedTuple):
    start: int
    end: int
    text: str | None
    label: str
    entity_id: str | None
    value: str | None


def colour(label: str) -> str:
    """The background colour used for `label` (a fixed one for PERSON, PLACE, ORG, DATE)."""
    if label in COLOURS:
        return COLOURS[label]
    return _EXTRA[sum(label.encode("utf-8")) % len(_EXTRA)]


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""

    def luminance(hex_colour: str) -> float:
        h = hex_colour.lstrip("#")
        channels = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def render(text: str, matches: Any, *, title: str | None = None) -> str:
    """`text` as HTML with one ``<mark>`` per match, coloured by label, with a small label
    tag and a ``title`` (shown on hover) of ``"entity_id · value"``.

    `matches`: :class:`gazet.Match` objects (or anything with start, end, label, entity_id,
    value), or a DataFrame with those columns (one document's rows, e.g. from
    :meth:`gazet.Matcher.extract` filtered on ``doc``). Offsets are Python ``str`` indices.
    The text is HTML-escaped and its newlines kept (``white-space: pre-wrap``). A match
    that overlaps an earlier (or, at the same start, a longer) one is left out.
    Raises :class:`gazet.ArgumentError` (a ValueError) for a match outside the text or
    whose ``text`` is not ``text[start:end]``.
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(f"text must be str, got {type(text).__name__}")
    spans = _spans(matches)
    for s in spans:
        if not 0 <= s.start <= s.end <= len(text):
            raise ArgumentError(f"match {s.start}:{s.end} is outside the text (length {len(text)})")
        if s.text is not None and text[s.start : s.end] != s.text:
            raise ArgumentError(
                f"match {s.start}:{s.end} says {s.text!r} but the text there is "
                f"{text[s.start : s.end]!r}: matches from another text, or not str offsets?"
            )
    parts: list[str] = []
    if title is not None:
        parts.append(
            '<div style="font-weight:bold;font-size:1.1em;margin-bottom:0.5em">'
            f"{_html.escape(title)}</div>"
        )
    parts.append(
        '<div class="gazet-text" style="white-space:pre-wrap;line-height:2.1;'
        f'font-family:sans-serif;color:{TEXT_COLOUR}">'
    )
    at = 0
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.start < at or s.end == s.start:
            continue
        parts.append(_html.escape(text[at : s.start]))
        parts.append(_mark(text[s.start : s.end], s))
        at = s.end
    parts.append(_html.escape(text[at:]))
    parts.append("</div>")
    return "".join(parts)


def _mark(surface: str, s: _Span) -> str:
    tip = f"{s.entity_id or _MISSING} \u00b7 {s.value or _MISSING}"
    return (
        f'<mark class="gazet-entity" data-label="{_html.escape(s.label)}" '
        f'title="{_html.escape(tip)}" '
        f'style="background:{colour(s.label)};color:{TEXT_COLOUR};padding:0.1em 0.3em;'
        "border-radius:0.3em;line-height:1;box-decoration-break:clone;"
        '-webkit-box-decoration-break:clone">'
        f"{_html.escape(surface)}"
        '<span class="gazet-label" style="font-size:0.65em;font-weight:bold;'
        "text-transform:uppercase;margin-left:0.4em;vertical-align:middle;"
        f'font-family:sans-serif">{_html.escape(s.label)}</span></mark>'
    )


def _spans(matches: Any) -> list[_Span]:
    if hasattr(matches, "itertuples") and hasattr(matches, "columns"):  # a DataFrame
        missing = {"start", "end", "label"} - set(matches.columns)
        if missing:
            raise ColumnNotFoundError(
                f"the DataFrame needs columns start, end, label; missing {sorted(missing)}"
            )
        rows: Iterable[Any] = matches.itertuples(index=False)
    else:
        rows = matches
    out = []
    for m in rows:
        out.append(
            _Span(
                int(m.start),
                int(m.end),
                text_or_none(getattr(m, "text", None)),
                str(m.label),
                text_or_none(getattr(m, "entity_id", None)),
                text_or_none(getattr(m, "value", None)),
            )
        )
    return out


class Highlighted:
    """A text with its matches highlighted; a notebook shows it as HTML.

    >>> Highlighted("Doha", [])
    <Highlighted 4 characters, 0 matches>
    """

    def __init__(self, text: str, matches: Any, *, title: str | None = None) -> None:
        self.text = text
        self.matches = _spans(matches)
        self.title = title
        self.html = render(text, self.matches, title=title)

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<Highlighted {len(self.text)} characters, {len(self.matches)} matches>"


def matches_html(matches: Any) -> str:
    """`matches` (as :func:`render` takes them) as an HTML table, one row per mention
    highlighted by label (hover: entity_id · value): how a notebook shows
    :class:`gazet.Matches`."""
    spans = _spans(matches)
    head = "".join(f"<th>{h}</th>" for h in ("mention", "start", "end", "entity_id", "value"))
    rows = []
    for s in spans:
        cells = [
            _mark(s.text or "", s),
            str(s.start),
            str(s.end),
            _html.escape(s.entity_id or ""),
            _html.escape(s.value or ""),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (
        f'<table class="gazet-matches" style="color:{TEXT_COLOUR}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table><p>{len(spans)} matches</p>"
    )


def highlight(text: str, matches: Any, *, title: str | None = None) -> Highlighted:
    """:func:`render` as an object that notebooks display (``_repr_html_``)."""
    return Highlighted(text, matches, title=title)


def matches_frame(matches: Iterable[Any]) -> pd.DataFrame:
    """A list of :class:`gazet.Match` as a DataFrame with columns start, end, text, label,
    entity_id, value (missing entity_id/value as None)."""
    pandas = need("pandas", "pandas", "matches_frame()")
    rows = [
        {
            "start": int(m.start),
            "end": int(m.end),
            "text": m.text,
            "label": m.label,
            "entity_id": m.entity_id,
            "value": m.value,
        }
        for m in matches
    ]
    columns = ["start", "end", "text", "label", "entity_id", "value"]
    frame: pd.DataFrame = pandas.DataFrame(rows, columns=columns)
    return frame.astype({"start": "int64", "end": "int64"})


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) ``str`` offsets of the sentences of `text` (non-empty, stripped), as
    gazet's core splits them for its own rules: a sentence ends at . ! ? followed by
    space (not after common abbreviations such as Lt., Gen., Oct., U.S., a single
    capital, nor inside a quotation that opened in the sentence) and at every line
    break."""
    if not isinstance(text, str):
        raise ArgumentTypeError(f"text must be str, got {type(text).__name__}")
    return _core.sentence_spans(text)


def add_sentences(df: pd.DataFrame, texts: Mapping[Any, str] | Any) -> pd.DataFrame:
    """A copy of `df` (from :meth:`gazet.Matcher.extract`) with columns ``sentence`` (the
    number of the match's sentence in its document, from 0), ``sentence_start``,
    ``sentence_end`` and ``sentence_text``. `texts` maps each ``doc`` to its full text (a
    dict or a pandas Series indexed like the input of extract)."""
    import bisect

    out = df.copy()
    number, first, last, body = [], [], [], []
    cache: dict[Any, tuple[list[tuple[int, int]], list[int]]] = {}
    for doc, start in zip(out["doc"], out["start"], strict=True):
        if doc not in cache:
            text = texts[doc]
            spans = sentences(text)
            cache[doc] = (spans, [s for s, _ in spans])
        spans, starts = cache[doc]
        i = max(bisect.bisect_right(starts, int(start)) - 1, 0)
        s, e = spans[i] if spans else (0, 0)
        number.append(i)
        first.append(s)
        last.append(e)
        body.append(texts[doc][s:e])
    out["sentence"] = number
    out["sentence_start"] = first
    out["sentence_end"] = last
    out["sentence_text"] = body
    return out
