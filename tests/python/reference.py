"""A plain, slow reference of gazet's documented exact semantics.

`find(gazetteer_entries, text)` gives what
`gazet.Matcher(gz, case="insensitive", context=False, people=False, dates=False).find(text)`
must give, as `(start, end, text, label, entity_id)` tuples. It is written from the README
("Names match whole words, case- and diacritic-folded, with ’ = ', dashes = - and any run
of whitespace = one space ... leftmost-longest among whole-word hits only") and from the
Unicode data in `unicodedata`, never from gazet's own code: nothing here imports gazet.

Choices where the README leaves a detail open (each one a comment below, and the property
tests generate only text where the choice is not in doubt):

- Folding is per input character: its compatibility decomposition (NFKD), each part case
  folded (full Unicode case folding, `str.casefold`), combining marks (General_Category M)
  dropped. So `İ` -> `i`, `ß` -> `ss`, `ﬁ` -> `fi`, final `ς` -> `σ`, `é` = `e\u0301` = `e`.
- "Letters without a decomposition" are folded by their Unicode name: a Latin letter
  "WITH STROKE" loses the stroke (`ø`, `ł`, `đ`, `ħ`), plus `ı` -> `i`, `æ` -> `ae`,
  `œ` -> `oe`. gazet folds only ø ł đ ı ħ æ œ: other stroke letters (`ŧ`, `ƀ`, `ɨ`, `ƶ`,
  `ǥ`) are a documented-detail gap, so the generators leave them out.
- Quotes: the curly single quotes ‘ ’ ‚ ‛, the modifier-letter apostrophe ʼ and the prime ′
  are `'`; the curly double quotes “ ” „ ‟ and the double prime ″ are `"`. Guillemets and
  the dingbat quotes (❛ ❜ ❝ ❞) stay as they are (gazet leaves them too).
- Dashes: General_Category Pd and the minus sign U+2212 are `-`. gazet folds only
  U+2010..U+2015 and U+2212 (plus what NFKD maps onto them), not the other Pd characters
  (U+058A, U+05BE, U+1400, U+1806, U+2E17, U+2E1A, U+2E3A, U+2E3B, U+2E40, U+301C,
  U+3030, U+30A0): a documented-detail gap, so the generators use the common dashes only.
- Whitespace is the Unicode White_Space property (Python's `str.isspace` also counts the
  information separators U+001C..U+001F, which are not White_Space; they stay as they are).
  gazet's core agrees, but `Gazetteer.add` rejects a name of only U+001C..U+001F as empty
  (it checks with `str.strip()`): the generators leave such names out.
- A word character is a letter or a number (General_Category L* or N*) or `_`, judged on
  the folded text. (Unicode's Alphabetic also holds a few symbols such as the negative
  circled letters U+1F150..; the generators leave them out.)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

# White_Space (PropList.txt): Python's isspace() minus the four information separators.
WHITE_SPACE = frozenset(
    chr(c) for c in range(0x110000) if chr(c).isspace() and not 0x1C <= c <= 0x1F
)

SINGLE_QUOTES = frozenset("\u2018\u2019\u201a\u201b\u02bc\u2032")
DOUBLE_QUOTES = frozenset("\u201c\u201d\u201e\u201f\u2033")
DASHES = frozenset(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Pd") | {
    "\u2212"
}

# Letters with no decomposition to a base letter.
LETTERS = {"ı": "i", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ð": "d", "þ": "th", "ß": "ss"}
# Which letters gazet is documented to fold (the rest of the stroke letters are a gap).
DOCUMENTED_LETTERS = frozenset("øØłŁđĐıħĦæÆœŒðÐþÞß")


def _stroke_letter(c: str) -> str | None:
    """The base of a Latin letter 'X WITH STROKE' that has no decomposition, else None."""
    name = unicodedata.name(c, "")
    prefixes = ("LATIN SMALL LETTER ", "LATIN CAPITAL LETTER ")
    if (
        unicodedata.decomposition(c)
        or not name.startswith(prefixes)
        or not name.endswith(" WITH STROKE")
    ):
        return None
    base = name.split(" LETTER ", 1)[1][: -len(" WITH STROKE")]
    return base.lower() if len(base) == 1 else None


def _fold_char(c: str) -> str:
    """One already decomposed and case-folded, non-mark, non-space character, folded."""
    if c in SINGLE_QUOTES:
        return "'"
    if c in DOUBLE_QUOTES:
        return '"'
    if c in DASHES:
        return "-"
    if c in LETTERS:
        return LETTERS[c]
    return _stroke_letter(c) or c


def is_mark(c: str) -> bool:
    return unicodedata.category(c).startswith("M")


def is_word(c: str) -> bool:
    return c == "_" or unicodedata.category(c)[0] in "LN"


def normalize(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the input character
    it came from (one more entry: len(text))."""
    out: list[str] = []
    origin: list[int] = []

    def put(ch: str, at: int) -> None:
        if ch == " " and out and out[-1] == " ":
            return  # a run of whitespace is one space
        out.append(ch)
        origin.append(at)

    for i, c in enumerate(text):
        if c in WHITE_SPACE:
            put(" ", i)
            continue
        for d in unicodedata.normalize("NFKD", c):
            for e in d.casefold():
                if is_mark(e):
                    continue  # diacritics go
                if e in WHITE_SPACE:
                    put(" ", i)
                    continue
                for f in _fold_char(e):
                    put(f, i)
    origin.append(len(text))
    return "".join(out), origin


def normalize_name(name: str) -> str:
    return normalize(name)[0].strip(" ")


def whole_word(hay: str, start: int, end: int) -> bool:
    """Neither edge of [start, end) cuts a word: an edge is bad only where a word
    character is on both sides of it."""

    def cuts(at: int) -> bool:
        return 0 < at < len(hay) and is_word(hay[at - 1]) and is_word(hay[at])

    return not cuts(start) and not cuts(end)


def input_span(text: str, origin: list[int], start: int, end: int) -> tuple[int, int]:
    """The input span of the folded span [start, end): from the first character's source
    to the next folded character's source; a span ending inside one input character's
    expansion keeps that whole character."""
    first, last = origin[start], origin[end - 1]
    stop = origin[end] if origin[end] != last else last + 1
    return first, stop


Entry = tuple[str, str, Sequence[str]]  # (label, entity_id, names)


def keys(entries: Iterable[Entry]) -> dict[str, tuple[str, str]]:
    """Folded name -> (label, entity_id) of the first entity (in the order added) that has
    it (entries without country or population: the first added wins a shared name)."""
    table: dict[str, tuple[str, str]] = {}
    for label, entity_id, names in entries:
        for name in names:
            key = normalize_name(name)
            if key:
                table.setdefault(key, (label, entity_id))
    return table


def find(entries: Iterable[Entry], text: str) -> list[tuple[int, int, str, str, str]]:
    """Leftmost-longest whole-word matches of the entries' names in `text`."""
    table = keys(entries)
    hay, origin = normalize(text)
    by_length = sorted(table, key=len, reverse=True)
    out = []
    at = 0
    while at < len(hay):
        hit = None
        for start in range(at, len(hay)):
            for key in by_length:  # longest first
                end = start + len(key)
                if hay.startswith(key, start) and whole_word(hay, start, end):
                    hit = (start, end, key)
                    break
            if hit:
                break
        if hit is None:
            break
        start, end, key = hit
        s, e = input_span(text, origin, start, end)
        at = end
        if out and s < out[-1][1]:
            # One input character can fold into several words (`…` is three periods,
            # `½` is 1⁄2, `ﷺ` four Arabic words): a second hit inside the input span
            # already reported would repeat or overlap it, so it is dropped (the README's
            # spans never overlap; the folded text's scan goes on after the hit).
            continue
        label, entity_id = table[key]
        out.append((s, e, text[s:e], label, entity_id))
    return out
