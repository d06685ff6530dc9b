"""Draw a random sample of gazet's matches on the BBC corpus for judging by hand.

    .venv/bin/python benches/sample_bbc.py [--seed 2026] [--out /tmp/bbc_sample.jsonl]

Runs the defaults, `gazet.Matcher(discover=True)` (built-in places and demonyms, default
options, plus PERSON names a title introduces), over every article of
`../shared/bench/news.jsonl` with `find_many`, prints the number of matches per label and
draws, with a fixed seed:

- 150 PLACE matches (uniformly among all PLACE matches),
- 100 PERSON or DEMONYM matches, split between the two labels in proportion to their
  counts (uniformly within each label),
- 30 sentences of 8 or more words (text split on ". " and on newlines), uniformly among
  all such sentences, each with the matches that lie inside it (for a recall estimate).

The sample goes to --out, one JSON object per line. It holds article text (the ±80
characters of context, the sentences), and the corpus has no open licence: keep it out of
the repository (the default is under /tmp). The judged figures are in docs/bbc_sample.md.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import json
import random
import re
import sys
import time
from pathlib import Path

import gazet

REPO = Path(__file__).resolve().parent.parent
NEWS = REPO.parent / "shared" / "bench" / "news.jsonl"
PLACES = REPO / "python" / "gazet" / "data" / "places.csv.gz"
CONTEXT = 80
SENT_MIN_WORDS = 8


def load_corpus(path: Path) -> tuple[list[str], list[str]]:
    ids, texts = [], []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                ids.append(row["id"])
                texts.append(row["text"])
    return ids, texts


def place_names(path: Path) -> dict[str, dict[str, str]]:
    """entity_id -> the first (primary) name, kind and country code of that place."""
    out: dict[str, dict[str, str]] = {}
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out.setdefault(
                row["entity_id"],
                {"name": row["name"], "kind": row["kind"], "cc": row["country_code"],
                 "pop": row["population"]},
            )
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of `text`: split on newlines and on ". "."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for piece in re.split(r"(?<=\.) ", para.group()):
            end = start + len(piece)
            s, e = start, end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if len(text[s:e].split()) >= SENT_MIN_WORDS:
                spans.append((s, e))
            start = end + 1
    return spans


def match_record(doc_id: str, text: str, m: gazet.Match, names: dict) -> dict:
    lo, hi = max(0, m.start - CONTEXT), min(len(text), m.end + CONTEXT)
    rec = {
        "doc": doc_id,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "label": m.label,
        "entity_id": m.entity_id,
        "candidates": list(m.candidates),
        "context": text[lo:m.start] + "[[" + text[m.start:m.end] + "]]" + text[m.end:hi],
    }
    if m.entity_id in names:
        rec["entity"] = names[m.entity_id]
    if m.candidates:
        rec["candidate_names"] = [names.get(c) for c in m.candidates]
    return rec


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", type=Path, default=Path("/tmp/bbc_sample.jsonl"))
    ap.add_argument("--places", type=int, default=150)
    ap.add_argument("--people-demonyms", type=int, default=100)
    ap.add_argument("--sentences", type=int, default=30)
    args = ap.parse_args(argv)

    ids, texts = load_corpus(args.news)
    m = gazet.Matcher(discover=True)
    t0 = time.perf_counter()
    found = m.find_many(texts)
    secs = time.perf_counter() - t0
    names = place_names(PLACES)

    by_label: dict[str, list[tuple[int, gazet.Match]]] = collections.defaultdict(list)
    for i, ms in enumerate(found):
        for x in ms:
            by_label[x.label].append((i, x))

    print(f"gazet {gazet.__version__}, Matcher(discover=True), seed {args.seed}")
    print(f"{len(texts)} articles, {sum(map(len, texts)):,} characters, {secs:.2f} s")
    print(f"{'label':<10}{'matches':>9}{'docs':>7}{'linked':>8}{'ambiguous':>11}")
    for label in sorted(by_label):
        rows = by_label[label]
        print(
            f"{label:<10}{len(rows):>9}{len({i for i, _ in rows}):>7}"
            f"{sum(1 for _, x in rows if x.entity_id):>8}"
            f"{sum(1 for _, x in rows if len(x.candidates) > 1):>11}"
        )

    rng = random.Random(args.seed)
    out = []
    places = by_label.get("PLACE", [])
    for i, x in rng.sample(places, min(args.places, len(places))):
        rec = match_record(ids[i], texts[i], x, names)
        out.append({"kind": "match", "stratum": "PLACE", **rec})

    persons, demonyms = by_label.get("PERSON", []), by_label.get("DEMONYM", [])
    total = len(persons) + len(demonyms)
    n_person = round(args.people_demonyms * len(persons) / total) if total else 0
    n_demonym = args.people_demonyms - n_person
    for label, pool, n in (("PERSON", persons, n_person), ("DEMONYM", demonyms, n_demonym)):
        for i, x in rng.sample(pool, min(n, len(pool))):
            rec = match_record(ids[i], texts[i], x, names)
            out.append({"kind": "match", "stratum": label, **rec})
    print(f"sampled: {min(args.places, len(places))} PLACE, {min(n_person, len(persons))} PERSON, "
          f"{min(n_demonym, len(demonyms))} DEMONYM")

    all_sents = [(i, s, e) for i, t in enumerate(texts) for s, e in sentences(t)]
    print(f"sentences of {SENT_MIN_WORDS}+ words: {len(all_sents)}")
    for i, s, e in rng.sample(all_sents, min(args.sentences, len(all_sents))):
        inside = [x for x in found[i] if x.start >= s and x.end <= e]
        out.append({
            "kind": "sentence",
            "doc": ids[i],
            "start": s,
            "end": e,
            "sentence": texts[i][s:e],
            "matches": [
                {"start": x.start, "end": x.end, "text": x.text, "label": x.label,
                 "entity_id": x.entity_id, "candidates": list(x.candidates),
                 **({"entity": names[x.entity_id]} if x.entity_id in names else {})}
                for x in inside
            ],
        })

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for n, rec in enumerate(out):
            f.write(json.dumps({"n": n, **rec}, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} items to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
