#!/usr/bin/env python3
"""Measure which built-in place names are ordinary English words or first names; write
the list.

    python scripts/build_common_words.py [--corpus ../shared/bench/news.jsonl]

Writes python/gazet/data/common_words.txt: the one-word built-in place names (from
places.csv.gz, so run scripts/build_places.py first) that a news corpus writes in lower
case at least MIN_LOWER times and at least as often as it writes them capitalised on
their own mid-sentence. "Capitalised on their own" leaves out a capital that proves
nothing: at the start of a sentence or line, and next to another capitalised word
("World Bank", "Bank of England", "Union Street"), so that a word which mostly appears
inside proper names ("bank", "union") still counts as a word. A known given name
(data/given_names.txt) joins the list when the corpus writes it capitalised at least
MIN_NAME_USES times, at least NAME_SHARE of those right before another capitalised word
(it mostly starts a name: "Mary", "Vera", "Graham"; not "London", "Sydney"), and every
built-in place of that name is a town under MAX_NAME_TOWN people (so that no country,
division or city such as Manchester, of "Manchester United", is taken for a first name). The corpus serves for
counts only: no text of it is written anywhere. The matcher asks such names for more
evidence (see Matcher's common_words).

The default corpus is the 2,225 BBC articles of ../shared/bench (outside the repository;
see its SOURCE.md). The output is sorted and deterministic for a given corpus and
places file.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import json
import re
from pathlib import Path

from gazet._core import normalize_name

REPO = Path(__file__).resolve().parent.parent
PLACES = REPO / "python" / "gazet" / "data" / "places.csv.gz"
OUT = REPO / "python" / "gazet" / "data" / "common_words.txt"
CORPUS = REPO.parent / "shared" / "bench" / "news.jsonl"
MIN_LOWER = 3
MIN_SHARE = 0.5  # lower-case uses over lower-case plus lone capitalised uses
MIN_NAME_USES = 5
NAME_SHARE = 0.5  # capitalised uses right before another capitalised word
MAX_NAME_TOWN = 250_000
GIVEN_NAMES = REPO / "data" / "given_names.txt"

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
SENTENCE_START = re.compile(r"[.!?:;\"“”‘’'(\[-]\s*$")
JOINERS = {"of", "de", "upon", "on"}  # "Bank of England", "Stoke-on-Trent"


def one_word_names() -> dict[str, float]:
    """The built-in place names that are one capitalised word, folded as the matcher folds
    them ("Bānk" -> "Bank"), with the population of the biggest place of that name
    (unbounded for a country, division, region or continent)."""
    names: dict[str, float] = {}
    with gzip.open(PLACES, "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = normalize_name(row["name"], fold_case=False)
            if WORD.fullmatch(name) and name[0].isupper() and name[1:].islower():
                size = int(row["population"]) if row["kind"] == "city" else float("inf")
                names[name] = max(names.get(name, 0), size)
    return names


def counts(texts) -> dict[str, collections.Counter]:
    """Per word: "lower" (lower-case uses), "alone" (lone capitalised mid-sentence uses),
    "capital" (capitalised uses) and "before" (capitalised uses right before another
    capitalised word, one space apart)."""
    tally = {k: collections.Counter() for k in ("lower", "alone", "capital", "before")}
    for text in texts:
        for line in text.split("\n"):
            words = [(m.group(0), m.start(), m.end()) for m in WORD.finditer(line)]
            for i, (word, _, end) in enumerate(words):
                if word.islower():
                    tally["lower"][word] += 1
                elif word[0].isupper() and word[1:].islower():
                    tally["capital"][word] += 1
                    nxt = words[i + 1] if i + 1 < len(words) else None
                    if nxt and line[end : nxt[1]] == " " and nxt[0][0].isupper():
                        tally["before"][word] += 1
                    if lone(line, words, i):
                        tally["alone"][word] += 1
    return tally


def ordinary_word(name: str, tally: dict[str, collections.Counter]) -> bool:
    n = tally["lower"][name.lower()]
    return n >= MIN_LOWER and n >= MIN_SHARE * (n + tally["alone"][name])


def first_name(name: str, tally: dict[str, collections.Counter], given: set[str]) -> bool:
    uses = tally["capital"][name]
    return name.lower() in given and uses >= MIN_NAME_USES and (
        tally["before"][name] >= NAME_SHARE * uses
    )


def lone(line: str, words: list, i: int) -> bool:
    """Whether capitalised word i stands mid-sentence with no capitalised neighbour."""
    _, start, end = words[i]
    if i == 0 or SENTENCE_START.search(line[words[i - 1][2] : start]):
        return False
    before = words[i - 1][0]
    if before[0].isupper() or (before in JOINERS and i > 1 and words[i - 2][0][0].isupper()):
        return False
    if i + 1 < len(words):
        after = words[i + 1][0]
        if after[0].isupper() or (
            after in JOINERS and i + 2 < len(words) and words[i + 2][0][0].isupper()
        ):
            return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSONL, a 'text' per line")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.corpus.exists():
        parser.error(f"{args.corpus} not found (the BBC corpus lives in ../shared/bench)")
    with args.corpus.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    given = {line.split("\t", 1)[0] for line in GIVEN_NAMES.read_text("utf-8").splitlines()}
    tally = counts(texts)
    names = one_word_names()
    words = {n for n in names if ordinary_word(n, tally)}
    towns = {n for n, size in names.items() if size < MAX_NAME_TOWN}
    people = {n for n in towns if first_name(n, tally, given)} - words
    common = sorted(words | people)
    header = (
        "# Built-in place names that are ordinary English words or first names, measured\n"
        "# (not chosen by hand) by scripts/build_common_words.py on the "
        f"{len(texts):,} BBC articles of\n"
        f"# ../shared/bench: {len(words)} written in lower case at least as often as "
        "capitalised on\n"
        f"# their own mid-sentence, {len(people)} given names that mostly start a "
        "person's name there.\n"
        "# With the default case policy they match only with more evidence (see Matcher's\n"
        "# common_words). One name a line.\n"
    )
    args.out.write_text(header + "".join(f"{n}\n" for n in common), encoding="utf-8")
    print(f"wrote {args.out}: {len(words)} words, {len(people)} first names:", *sorted(people))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
