"""List, show and check the random BBC sample for the hand-judged PLACE gold set.

The sample is the one drawn by ``people_bbc_sample.py`` with seed 20261205 (24 articles
of ``news.jsonl``, no ``--skip``).  The corpus text has no open licence: this script only
prints it to the terminal and never writes it anywhere.

    python benches/places_bbc_sample.py            # list the sample: index, line, id
    python benches/places_bbc_sample.py --show 3   # print sampled article 3 (or an id)
    python benches/places_bbc_sample.py --check tests/data/bbc_places_sample.jsonl
    python benches/places_bbc_sample.py --score tests/data/bbc_places_sample.jsonl

``--score`` runs gazet's defaults (``gazet.Matcher()``, whichever gazet the interpreter
imports) on the sample and prints PLACE precision, recall, F1 (exact spans) and linking
(found gold places with an id whose id is right), over all articles and without
bbc/sport/476 (80 of the 179 places, mostly countries in seeding lists).  It prints
counts only, never corpus text.

``--check`` validates the annotation file: ids, order and sha256 match the sample, spans
lie inside the text, are sorted, do not overlap and sit on word boundaries, labels are
PLACE or ORG, PLACE ids are "geonames:<digits>" or null and ORG ids are null.  It prints
every annotated surface with its label and id so the file can be eyeballed.
"""

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # to import the sibling script
from people_bbc_sample import is_word_char, sample, sha256, show

SEED = 20261205
LABELS = {"PLACE", "ORG"}
GEONAMES_ID = re.compile(r"geonames:[1-9][0-9]*")


def check_span(text, m):
    """Return the problems of one mention (an empty list when it is well-formed)."""
    s, e, label, gid = m.get("start"), m.get("end"), m.get("label"), m.get("entity_id")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        return [f"span {s}:{e} outside the text"]
    problems = []
    # A span must not start or end inside a word (a trailing possessive 's is allowed).
    if (s > 0 and is_word_char(text[s - 1]) and is_word_char(text[s])) or (
        e < len(text) and is_word_char(text[e - 1]) and text[e].isalnum()
    ):
        problems.append(f"span {s}:{e} {text[s:e]!r} cuts a word")
    if text[s:e] != text[s:e].strip():
        problems.append(f"span {s}:{e} has outer whitespace")
    if label not in LABELS:
        problems.append(f"span {s}:{e} has label {label!r}")
    if label == "ORG" and gid is not None:
        problems.append(f"ORG span {s}:{e} has an id")
    if gid is not None and not (isinstance(gid, str) and GEONAMES_ID.fullmatch(gid)):
        problems.append(f"span {s}:{e} has a malformed id {gid!r}")
    return problems


def check(articles, path):
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    errors = []
    if len(rows) != len(articles):
        errors.append(f"{len(rows)} rows, expected {len(articles)}")
    counts = {"PLACE": 0, "ORG": 0, "with id": 0}
    for (_, doc_id, text), row in zip(articles, rows):
        if row.get("id") != doc_id:
            errors.append(f"{doc_id}: id {row.get('id')!r} out of order")
        if row.get("sha256") != sha256(text):
            errors.append(f"{doc_id}: sha256 does not match the text")
        print(f"== {doc_id} ({len(row['mentions'])} mentions)")
        last_end = 0
        for m in row["mentions"]:
            problems = check_span(text, m)
            if m.get("start", 0) < last_end:
                problems.append(f"span {m.get('start')}:{m.get('end')} overlaps or is out of order")
            last_end = max(last_end, m.get("end", 0))
            errors += [f"{doc_id}: {p}" for p in problems]
            counts[m.get("label")] = counts.get(m.get("label"), 0) + 1
            counts["with id"] += m.get("entity_id") is not None
            s, e = m.get("start"), m.get("end")
            print(f"  {s:5d} {e:5d} {m.get('label', '?'):5s} {m.get('entity_id')!s:17s} {text[s:e]}")
    for message in errors:
        print("ERROR", message)
    print(f"{len(rows)} articles, {counts['PLACE']} PLACE ({counts['with id']} with id), "
          f"{counts['ORG']} ORG, {len(errors)} errors")
    return not errors


def score(articles, path, skip=()):
    """(tp, fp, fn, right ids, found gold places that have an id) for gazet's defaults."""
    import gazet

    matcher = gazet.Matcher()
    gold = {json.loads(line)["id"]: json.loads(line) for line in Path(path).read_text().splitlines()}
    tp = fp = fn = right = with_id = 0
    for _, doc_id, text in articles:
        if doc_id in skip:
            continue
        places = {(m["start"], m["end"]): m["entity_id"] for m in gold[doc_id]["mentions"]
                  if m["label"] == "PLACE"}
        found = {(m.start, m.end): m.entity_id for m in matcher.find(text) if m.label == "PLACE"}
        for span, gid in places.items():
            if span in found:
                tp += 1
                with_id += gid is not None
                right += gid is not None and found[span] == gid
            else:
                fn += 1
        fp += len(found.keys() - places.keys())
    return tp, fp, fn, right, with_id


def print_score(articles, path):
    for title, skip in (("all 24 articles", ()), ("without bbc/sport/476", ("bbc/sport/476",))):
        tp, fp, fn, right, with_id = score(articles, path, skip)
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        f = 2 * p * r / max(p + r, 1e-9)
        print(f"{title}: PLACE tp {tp} fp {fp} fn {fn}  P {p:.3f} R {r:.3f} F1 {f:.3f}"
              f"  linking {right}/{with_id} = {right / max(with_id, 1):.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", metavar="INDEX_OR_ID", help="print one sampled article with offsets")
    parser.add_argument("--check", metavar="FILE", help="validate an annotation file")
    parser.add_argument("--score", metavar="FILE", help="score gazet's defaults against it")
    args = parser.parse_args()
    articles = sample(SEED)
    if args.show is not None:
        show(articles, args.show)
    elif args.check:
        sys.exit(0 if check(articles, args.check) else 1)
    elif args.score:
        print_score(articles, args.score)
    else:
        for k, (line, doc_id, text) in enumerate(articles):
            print(f"{k:2d} line {line:4d} {doc_id} {len(text)} chars sha256 {sha256(text)[:12]}")


if __name__ == "__main__":
    main()
